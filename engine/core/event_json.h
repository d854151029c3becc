#pragma once

#include <string_view>
#include <variant>

#include "engine/core/json_document_builder.h"
#include "engine/core/json_out.h"

// The JSON of any event, written once next to its struct in <module>_events.h:
//
//   struct PageHit {
//     Page page;
//     FrameIndex frame;
//     static constexpr std::string_view kJsonType = "hit";           // its "type"
//     void describe(JsonOut& out) const { out.field("page", page); out.field("frame", frame); }
//   };
//
// An event whose fields need names from the state (ids as names: tags, tasks, processes) takes
// the module's names as a second argument, `template <class Names> void describe(JsonOut&, const
// Names&) const`; the module's reporting model says what they are (M::jsonNames(state)). An
// event whose type depends on its values declares `std::string_view jsonType() const` instead
// of kJsonType. So the event is written out in three places (struct, sentence, docs), and the
// generic part below turns any event variant into {"type": ..., fields...}.
namespace oslens::engine {

// Names for events that need none.
struct NoJsonNames {};

template <class Event>
std::string_view eventJsonType(const Event& event) {
  if constexpr (requires { event.jsonType(); }) return event.jsonType();
  else return Event::kJsonType;
}

template <class... Events>
std::string_view eventJsonType(const std::variant<Events...>& event) {
  return std::visit([](const auto& e) { return eventJsonType(e); }, event);
}

// The event's fields, without "type" and the braces (an event may lend its fields to another:
// CFS's tree events are the red-black tree's).
template <class Event, class Names>
void describeEventFields(JsonOut& out, const Event& event, const Names& names) {
  if constexpr (requires { event.describe(out, names); }) event.describe(out, names);
  else event.describe(out);
}

template <class... Events, class Names>
void describeEventFields(JsonOut& out, const std::variant<Events...>& event, const Names& names) {
  std::visit([&](const auto& e) { describeEventFields(out, e, names); }, event);
}

template <class Event, class Names>
void writeEventJson(JsonOut& out, const Event& event, const Names& names) {
  out.beginObject();
  out.field("type", eventJsonType(event));
  describeEventFields(out, event, names);
  out.endObject();
}

// The same as a document (tests, and anything that indexes one event).
template <class Event, class Names>
OutputJson eventJson(const Event& event, const Names& names) {
  JsonDocumentBuilder document;
  writeEventJson(document, event, names);
  return std::move(document.result());
}

}  // namespace oslens::engine
