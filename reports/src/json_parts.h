// The JSON and JSON-LD exports' shared parts: members in order, arrays one record per line,
// output handed on in chunks. Private to the report writers.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/claim_writers.h"
#include "claimtrace/env.h"

namespace claimtrace {

// JSON has no infinity or NaN: those become null.
inline std::string json_number(double v) { return std::isfinite(v) ? number_text(v) : "null"; }

inline std::string json_count(uint64_t n) { return std::to_string(n); }
inline std::string json_bool(bool b) { return b ? "true" : "false"; }
inline std::string json_or_null(bool known, std::string_view s) {
  return known ? json_string(s) : "null";
}

// One JSON object, members in the order added.
class JsonObject {
 public:
  JsonObject& add(std::string_view name, const std::string& json) {
    text_ += text_.size() > 1 ? "," : "";
    text_ += json_string(name);
    text_ += ':';
    text_ += json;
    return *this;
  }
  std::string str() const { return text_ + "}"; }

 private:
  std::string text_ = "{";
};

// A JSON array; with a non-empty indent each item goes on its own line, so a long report
// reads and diffs one record per line, and the closing bracket two spaces left of the items.
inline std::string json_array(const std::vector<std::string>& items, std::string_view indent = "") {
  if (items.empty()) return "[]";
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    if (!indent.empty()) {
      out += '\n';
      out += indent;
    }
    out += items[i];
  }
  if (!indent.empty()) {
    out += '\n';
    out += indent.substr(std::min<size_t>(2, indent.size()));
  }
  out += ']';
  return out;
}

inline std::string json_strings(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  quoted.reserve(items.size());
  for (const std::string& s : items) quoted.push_back(json_string(s));
  return json_array(quoted);
}

inline std::string claim_value_json(const Claim& c) {
  return c.numeric ? json_number(c.value) : json_string(c.text);
}

inline std::string claim_value_text(const Claim& c) {
  return c.numeric ? number_text(c.value) : c.text.str();
}

// Where a document can be found, as an IRI: the manifest's url when it gives one, else a file:
// URI of the path made absolute, every byte outside RFC 3986's unreserved set (and "/")
// percent-encoded, so even a name that is not UTF-8 survives.
std::string document_iri(const std::string& url, const std::string& path);

inline constexpr std::string_view kRecordIndent = "    ";

// Export text collected in a buffer and handed on in chunks, so an export is never held whole.
class Chunks {
 public:
  explicit Chunks(Output& out) : out_(out) {}
  Chunks(const Chunks&) = delete;
  Chunks& operator=(const Chunks&) = delete;
  ~Chunks() { out_.write(text); }
  void spill() {
    if (text.size() < (1 << 16)) return;
    out_.write(text);
    text.clear();
  }
  std::string text;

 private:
  Output& out_;
};

// A JSON array of records, one per line, laid out as json_array(items, kRecordIndent) lays it
// out, written as each record is made.
class RecordArray {
 public:
  explicit RecordArray(Chunks& out) : out_(out) { out_.text += '['; }
  void add(const std::string& record) {
    if (count_++) out_.text += ',';
    out_.text += '\n';
    out_.text += kRecordIndent;
    out_.text += record;
    out_.spill();
  }
  void close() {
    if (count_) {
      out_.text += '\n';
      out_.text += kRecordIndent.substr(2);
    }
    out_.text += ']';
  }

 private:
  Chunks& out_;
  size_t count_ = 0;
};

}  // namespace claimtrace
