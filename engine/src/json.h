// JSON for the claims file: a writer of exact values and a small parser that reports where
// malformed input goes wrong. Private to the engine.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace::json {

// A string literal. Bytes that are not UTF-8 (a file name's) are written as lone surrogates
// \udc80..\udcff, which read() turns back into the same bytes: the round trip is exact.
void append_string(std::string& out, std::string_view s);
// A number that reads back as the same double; a non-finite one as the string "inf", "-inf" or
// "nan", since JSON has no such numbers.
void append_number(std::string& out, double value);

// A parsed value; `at` is its byte offset in the parsed text, for errors about its content.
struct Value {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  std::string text;  // a string's bytes, or a number's token as written
  std::vector<Value> items;
  // An object's members, in order, as two lists: a std::pair<std::string, Value> here would need
  // Value complete, which clang refuses.
  std::vector<std::string> names;
  std::vector<Value> values;
  size_t at = 0;

  const Value* find(std::string_view name) const;  // the member named so, or null
};

// Parses one JSON text. A syntax error comes back with a message and its byte offset in `text`
// (Status::where().offset); the caller places it in its file.
Result<Value> parse(std::string_view text);

// Conversions that fail on a value of another type; the caller names the field.
std::optional<int64_t> as_integer(const Value& v);
std::optional<double> as_double(const Value& v);  // a number, or "inf", "-inf", "nan"

}  // namespace claimtrace::json
