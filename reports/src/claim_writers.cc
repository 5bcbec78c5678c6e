// Claim writers. Output depends only on the claims, so it is byte-identical across runs.
#include "claimtrace/claim_writers.h"

#include "claimtrace/utf8.h"

#include <cmath>
#include <cstdio>

namespace claimtrace {

namespace {

// Appends s as a JSON string: runs of bytes that need no escape are copied at once.
void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  size_t plain = 0;  // start of the run not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && c < 0x80) continue;
    if (c >= 0x80) {
      // JSON text is Unicode: a byte that is not UTF-8 (a file name, say) becomes U+FFFD.
      if (const size_t n = utf8_char_length(s, i); n > 0) {
        i += n - 1;  // still in the run
        continue;
      }
      out.append(s.substr(plain, i - plain));
      out += "\\ufffd";
      plain = i + 1;
      continue;
    }
    out.append(s.substr(plain, i - plain));
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {  // another control character
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      }
    }
    plain = i + 1;
  }
  out.append(s.substr(plain));
  out += '"';
}

}  // namespace

std::string json_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_json_string(out, s);
  return out;
}

namespace {

std::string json_number(double v) { return std::isfinite(v) ? number_text(v) : "null"; }

// One TSV cell: the plain-text escaping of the terminal, so a cell is one line and shows no
// control character raw.
std::string tsv_field(std::string_view s) { return escaped_text(s); }

void field(std::string& out, const char* name, const std::string& json, bool first = false) {
  if (!first) out += ',';
  out += '"';
  out += name;
  out += "\":";
  out += json;
}

// A string field, escaped straight into out.
void string_field(std::string& out, const char* name, std::string_view text, bool first = false) {
  if (!first) out += ',';
  out += '"';
  out += name;
  out += "\":";
  append_json_string(out, text);
}

}  // namespace

void append_claims_jsonl(const std::vector<Claim>& claims, std::string& out) {
  for (const Claim& c : claims) {
    out += '{';
    string_field(out, "id", c.id, true);
    string_field(out, "path", c.path);
    string_field(out, "source", c.source);
    field(out, "start", std::to_string(c.span.begin));
    field(out, "end", std::to_string(c.span.end));
    field(out, "line", std::to_string(c.position.line));
    field(out, "column", std::to_string(c.position.column));
    string_field(out, "quote", c.quote);
    string_field(out, "sentence", c.sentence.text());
    string_field(out, "kind", to_string(c.kind));
    string_field(out, "subject", c.subject.text());
    string_field(out, "attribute", c.attribute);
    string_field(out, "period", c.period.iso());
    string_field(out, "period_basis", to_string(c.period_basis));
    field(out, "value", c.numeric ? json_number(c.value) : json_string(c.text));
    string_field(out, "unit", c.unit);
    field(out, "low", c.numeric ? json_number(c.low) : "null");
    field(out, "high", c.numeric ? json_number(c.high) : "null");
    string_field(out, "qualifier", to_string(c.qualifier));
    string_field(out, "modality", to_string(c.modality));
    string_field(out, "speaker", c.speaker);
    string_field(out, "scope", c.scope);
    string_field(out, "object", c.object);
    out += "}\n";
  }
}

const std::vector<std::string>& claim_field_names() {
  static const std::vector<std::string> names = {
      "id",        "path",      "source",  "start",        "end",    "line",  "column",  "kind",
      "subject",   "attribute", "period",  "period_basis", "value",  "unit",  "low",     "high",
      "qualifier", "modality",  "speaker", "scope",        "object", "quote", "sentence"};
  return names;
}

std::vector<std::string> claim_fields(const Claim& c, std::string (*number)(double)) {
  return {c.id,
          c.path,
          c.source,
          std::to_string(c.span.begin),
          std::to_string(c.span.end),
          std::to_string(c.position.line),
          std::to_string(c.position.column),
          to_string(c.kind),
          c.subject.text(),
          c.attribute,
          c.period.iso(),
          to_string(c.period_basis),
          c.numeric ? number(c.value) : c.text.str(),
          c.unit,
          c.numeric && std::isfinite(c.low) ? number(c.low) : "",
          c.numeric && std::isfinite(c.high) ? number(c.high) : "",
          to_string(c.qualifier),
          to_string(c.modality),
          c.speaker,
          c.scope,
          c.object,
          c.quote,
          c.sentence.text()};
}

namespace {

void append_tsv_row(const std::vector<std::string>& cols, std::string& out) {
  bool first = true;
  for (const std::string& col : cols) {
    if (!first) out += '\t';
    first = false;
    out += tsv_field(col);
  }
  out += '\n';
}

}  // namespace

void append_claims_tsv_header(std::string& out) { append_tsv_row(claim_field_names(), out); }

void append_claims_tsv(const std::vector<Claim>& claims, std::string& out) {
  for (const Claim& c : claims) append_tsv_row(claim_fields(c, number_text), out);
}

void append_mentions_jsonl(const std::vector<Mention>& mentions, const std::string& source,
                           const std::string& path, std::string& out) {
  for (const Mention& m : mentions) {
    out += '{';
    field(out, "path", json_string(path), true);
    field(out, "source", json_string(source));
    field(out, "start", std::to_string(m.span.begin));
    field(out, "end", std::to_string(m.span.end));
    field(out, "line", std::to_string(m.position.line));
    field(out, "column", std::to_string(m.position.column));
    field(out, "quote", json_string(m.surface));
    field(out, "kind", "\"name\"");
    field(out, "value", json_string(m.canonical));
    field(out, "entity", json_string(m.entity));
    field(out, "type", json_string(to_string(m.type)));
    out += "}\n";
  }
}

}  // namespace claimtrace
