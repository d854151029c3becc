#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ranges>
#include <string_view>
#include <type_traits>

#include <nlohmann/json_fwd.hpp>

namespace oslens::engine {

// Where the engine writes JSON (step records, ops, events): a stream of begin/key/value/end
// calls. Two sinks take them: JsonWriter (json_writer.h) writes the text straight away, for
// `oslens-cli run`; JsonDocumentBuilder (json_document_builder.h) builds an OutputJson, for the
// tests and the GUI. So a record is written once in the source and gives the same JSON either way.
//
// A virtual sink rather than a template parameter: the records stay in .cpp files, and the
// per-value virtual call costs far less than the nlohmann document it replaces.
class JsonOut {
 public:
  virtual ~JsonOut() = default;

  virtual void beginObject() = 0;
  virtual void endObject() = 0;
  virtual void beginArray() = 0;
  virtual void endArray() = 0;
  virtual void key(std::string_view name) = 0;

  virtual void null() = 0;
  virtual void boolean(bool value) = 0;
  virtual void integer(std::int64_t value) = 0;
  virtual void unsignedInteger(std::uint64_t value) = 0;
  virtual void number(double value) = 0;
  virtual void string(std::string_view value) = 0;
  // A part that is still built as a document (the summaries, once per run).
  virtual void document(const nlohmann::ordered_json& value) = 0;

  // Any value below by its C++ type: bool, integers, doubles, strings, nullptr, std::optional
  // (empty: null), ranges (arrays), OutputJson, or a type with writeJson(JsonOut&) (JsonArrayOf).
  template <class T>
  void value(const T& v);

  template <class T>
  void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
};

// An array of fn(x) for each x of a range, written without building it: ids as their names.
template <class Range, class Fn>
struct JsonArrayOf {
  const Range& range;
  Fn fn;
  void writeJson(JsonOut& out) const {
    out.beginArray();
    for (const auto& x : range) out.value(fn(x));
    out.endArray();
  }
};
template <class Range, class Fn>
JsonArrayOf<Range, Fn> jsonArrayOf(const Range& range, Fn fn) {
  return {range, std::move(fn)};
}

namespace detail {
template <class T>
inline constexpr bool kIsOptional = false;
template <class T>
inline constexpr bool kIsOptional<std::optional<T>> = true;
}  // namespace detail

template <class T>
void JsonOut::value(const T& v) {
  if constexpr (std::is_same_v<T, bool>) {
    boolean(v);
  } else if constexpr (std::is_same_v<T, std::nullptr_t>) {
    null();
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    integer(v);
  } else if constexpr (std::is_integral_v<T>) {
    unsignedInteger(v);
  } else if constexpr (std::is_floating_point_v<T>) {
    number(static_cast<double>(v));
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    string(std::string_view(v));
  } else if constexpr (detail::kIsOptional<T>) {
    if (v) value(*v);
    else null();
  } else if constexpr (std::is_same_v<T, nlohmann::ordered_json>) {
    document(v);
  } else if constexpr (requires { v.writeJson(*this); }) {
    v.writeJson(*this);
  } else {
    static_assert(std::ranges::input_range<const T>, "no JSON for this type");
    beginArray();
    for (const auto& x : v) value(x);
    endArray();
  }
}

}  // namespace oslens::engine

namespace oslens::engine {

// `value`, or null when it is the sentinel that stands for "none" (kNever, kNoPfn, kNoTask).
template <class T>
std::optional<T> nullIf(const T& value, const T& none) {
  return value == none ? std::nullopt : std::optional<T>(value);
}

}  // namespace oslens::engine
