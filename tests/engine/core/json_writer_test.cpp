// JsonWriter must write what nlohmann's dump() writes for the same document, byte for byte:
// `oslens-cli run --format json` streams through it, and its output is a public interface that
// the golden traces pin. JsonDocumentBuilder must build that same document.
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "engine/core/json_document_builder.h"
#include "engine/core/json_writer.h"
#include "engine/core/rng.h"

namespace oslens::engine {
namespace {

// Replays a document as JsonOut calls, the way a record writes itself.
void replay(const OutputJson& value, JsonOut& out) {
  switch (value.type()) {
    case OutputJson::value_t::object:
      out.beginObject();
      for (const auto& [key, child] : value.items()) {
        out.key(key);
        replay(child, out);
      }
      out.endObject();
      break;
    case OutputJson::value_t::array:
      out.beginArray();
      for (const auto& child : value) replay(child, out);
      out.endArray();
      break;
    case OutputJson::value_t::string: out.string(value.get_ref<const std::string&>()); break;
    case OutputJson::value_t::boolean: out.boolean(value.get<bool>()); break;
    case OutputJson::value_t::number_integer: out.integer(value.get<std::int64_t>()); break;
    case OutputJson::value_t::number_unsigned: out.unsignedInteger(value.get<std::uint64_t>()); break;
    case OutputJson::value_t::number_float: out.number(value.get<double>()); break;
    default: out.null(); break;
  }
}

std::string written(const OutputJson& value) {
  std::string text;
  JsonWriter writer(text);
  replay(value, writer);
  EXPECT_TRUE(writer.complete());
  return text;
}

OutputJson built(const OutputJson& value) {
  JsonDocumentBuilder builder;
  replay(value, builder);
  return builder.result();
}

void expectSameAsDump(const OutputJson& value) {
  EXPECT_EQ(written(value), value.dump());
  EXPECT_EQ(built(value).dump(), value.dump());
}

TEST(JsonWriter, EscapesStringsAsDumpDoes) {
  std::string everyControl;
  for (int c = 0; c < 0x20; ++c) everyControl += static_cast<char>(c);
  for (const std::string& s : {std::string(), std::string("plain"), std::string("\"quoted\" and \\back\\slashed"),
                               std::string("tab\there\nnewline\r\f\b"), everyControl, std::string("\x7f del"),
                               std::string("/ is not escaped"), std::string("caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x98\x80"),
                               std::string("nul \0 inside", 12)}) {
    SCOPED_TRACE(s);
    expectSameAsDump(OutputJson(s));
    expectSameAsDump(OutputJson{{s, s}});  // keys too
  }
  EXPECT_EQ(written(OutputJson("\x01\x1f")), "\"\\u0001\\u001f\"");  // lower-case hex, as dump()
}

TEST(JsonWriter, WritesIntegersAsDumpDoes) {
  for (std::int64_t v : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{42}, std::int64_t{-1000000007},
                         std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()})
    expectSameAsDump(OutputJson(v));
  for (std::uint64_t v : {std::uint64_t{0}, std::uint64_t{7}, std::numeric_limits<std::uint64_t>::max()})
    expectSameAsDump(OutputJson(v));
}

// nlohmann prints doubles with its own shortest round-trip form (Grisu2: "1.0", "1e+300",
// "1000000000000000.0"), which std::to_chars does not match; NaN and infinities become null.
TEST(JsonWriter, WritesDoublesAsDumpDoes) {
  const double kInf = std::numeric_limits<double>::infinity();
  for (double v : {0.0, -0.0, 0.1, 0.5, 1.0, 3.0, 2.0 / 3.0, 1e15, 1e16, 1e17, 123456.789, 1e300, -1e300, 1e-300,
                   5e-324, 1e-5, 1e-4, 0.001, std::numeric_limits<double>::max(), std::numeric_limits<double>::min(),
                   std::numeric_limits<double>::quiet_NaN(), kInf, -kInf}) {
    SCOPED_TRACE(v);
    expectSameAsDump(OutputJson(v));
  }
  EXPECT_EQ(written(OutputJson(std::nan(""))), "null");
  // Any bit pattern (seeded): the writer defers to nlohmann, so this pins that it still does.
  Rng rng(13);
  for (int i = 0; i < 2000; ++i) expectSameAsDump(OutputJson(std::bit_cast<double>(rng.next())));
}

TEST(JsonWriter, NestsAndSeparatesAsDumpDoes) {
  expectSameAsDump(OutputJson::object());
  expectSameAsDump(OutputJson::array());
  expectSameAsDump(OutputJson{{"a", OutputJson::array()}, {"b", OutputJson::object()}, {"c", nullptr}});
  expectSameAsDump(OutputJson{{"steps", {{{"index", 0}, {"events", {{{"type", "hit"}}, {{"type", "x"}}}}}, 1, "two"}},
                              {"summary", {{"rate", 0.25}, {"ok", true}, {"no", false}}}});
}

// A document passed whole (a summary) is written as dump() writes it, in its place.
TEST(JsonWriter, WritesADocumentInPlace) {
  const OutputJson summary{{"hit_rate", 0.1}, {"frames", {1, nullptr, 3}}};
  std::string text;
  JsonWriter writer(text);
  writer.beginObject();
  writer.field("steps", std::vector<int>{1, 2});
  writer.field("summary", summary);
  writer.endObject();
  EXPECT_EQ(text, (OutputJson{{"steps", {1, 2}}, {"summary", summary}}).dump());
}

// Random documents (seeded): deep and wide, every kind of value, including keys that repeat
// nothing and strings with every byte below 0x80.
OutputJson randomValue(Rng& rng, int depth) {
  switch (rng.below(depth > 3 ? 6 : 8)) {
    case 0: return nullptr;
    case 1: return rng.below(2) == 1;
    case 2: return static_cast<std::int64_t>(rng.next());
    case 3: return rng.next();
    case 4: return std::bit_cast<double>(rng.next());
    case 5: {
      std::string s;
      for (std::uint64_t n = rng.below(12); n > 0; --n) s += static_cast<char>(rng.below(0x80));
      return s;
    }
    case 6: {
      OutputJson array = OutputJson::array();
      for (std::uint64_t n = rng.below(5); n > 0; --n) array.push_back(randomValue(rng, depth + 1));
      return array;
    }
    default: {
      OutputJson object = OutputJson::object();
      for (std::uint64_t n = rng.below(5); n > 0; --n) object["k" + std::to_string(n)] = randomValue(rng, depth + 1);
      return object;
    }
  }
}

TEST(JsonWriter, WritesRandomDocumentsAsDumpDoes) {
  Rng rng(2024);
  for (int i = 0; i < 500; ++i) expectSameAsDump(randomValue(rng, 0));
}

// The typed values a record writes: optionals as null, ranges as arrays, ids through a function.
TEST(JsonOut, WritesTypedValues) {
  std::string text;
  JsonWriter writer(text);
  const std::vector<std::uint32_t> ids{2, 0};
  const std::vector<std::string> names{"A", "B", "C"};
  writer.beginObject();
  writer.field("none", std::optional<int>());
  writer.field("some", std::optional<int>(-3));
  writer.field("never", nullIf(std::uint64_t{UINT64_MAX}, std::uint64_t{UINT64_MAX}));
  writer.field("order", std::uint8_t{3});
  writer.field("flags", std::vector<bool>{true, false});
  writer.field("names", jsonArrayOf(ids, [&](std::uint32_t id) { return std::string_view(names[id]); }));
  writer.endObject();
  EXPECT_EQ(text, R"({"none":null,"some":-3,"never":null,"order":3,"flags":[true,false],"names":["C","A"]})");
}

}  // namespace
}  // namespace oslens::engine
