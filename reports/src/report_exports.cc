// Report exports. Like report.xml, each depends only on the records given, so it is
// byte-identical across runs.
#include "claimtrace/report_exports.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include <unistd.h>

#include "claimtrace/claim_writers.h"
#include "claimtrace/utf8.h"
#include "json_parts.h"

namespace claimtrace {

std::string document_iri(const std::string& url, const std::string& path) {
  if (!url.empty()) return url;
  static const char kHex[] = "0123456789ABCDEF";
  std::string absolute = path;
  if (path.empty() || path[0] != '/') {
    char here[4096];
    if (::getcwd(here, sizeof here)) {
      absolute = join_path(here, path.rfind("./", 0) == 0 ? path.substr(2) : path);
    }
  }
  std::string out = absolute[0] == '/' ? "file://" : "";
  for (char ch : absolute) {
    auto c = static_cast<unsigned char>(ch);
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

namespace {

// ---- text ----

// Valid UTF-8: what a spreadsheet or a JSON reader can take; other bytes become U+FFFD.
std::string valid_utf8(std::string_view s) {
  if (is_valid_utf8(s)) return std::string(s);
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t bad = 1;
    size_t n = utf8_char_length(s, i, &bad);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      i += bad;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

// Source ids in the order the evidence first names them.
std::vector<std::string> evidence_sources(const Discrepancy& d) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Evidence& e : d.evidence) {
    if (seen.insert(e.source).second) out.push_back(e.source);
  }
  return out;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

// ---- CSV ----

// What Excel needs to read a CSV file as UTF-8 rather than the system's code page.
constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

// "-5", "+3.2", "1e6": a number a spreadsheet reads as a number, not as a formula.
bool plain_number(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exponent = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++exponent;
    if (exponent == 0) return false;
  }
  return i == s.size();
}

// One CSV field: control and bidi characters shown as escapes ("\x1b", "\u202e"), formula-looking
// text defused with a leading apostrophe (OWASP's advice for CSV injection), then quoted when it
// holds a comma, a quote or a line break.
std::string csv_field(std::string_view raw) {
  std::string s;
  const std::string text = valid_utf8(raw);
  for (size_t i = 0; i < text.size();) {
    const size_t n = utf8_char_length(text, i);
    const char32_t c = utf8_code_point(std::string_view(text).substr(i, n));
    if (is_hidden_control(c)) {
      append_control_escape(s, c);
    } else {
      s.append(text, i, n);
    }
    i += n;
  }
  if (!s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos &&
      !plain_number(s)) {
    s.insert(0, 1, '\'');
  }
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void csv_row(const std::vector<std::string>& fields, std::string& out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += csv_field(fields[i]);
  }
  out += "\r\n";
}

// ---- report JSON parts ----

std::string trust_json(const SourceTrust& t) {
  return JsonObject()
      .add("claims", json_count(static_cast<uint64_t>(t.claims)))
      .add("disputed", json_count(static_cast<uint64_t>(t.disputed)))
      .add("leading", json_count(static_cast<uint64_t>(t.leading)))
      .add("confidence", json_number(t.confidence))
      .add("prior", json_number(t.prior))
      .add("prior_weight", json_number(t.prior_weight))
      .add("score", json_number(t.trust))
      .str();
}

std::string source_json(const Document& x, size_t claims, const SourceTrust* trust) {
  const Source& s = x.source;
  const bool read = x.status == InputStatus::kOk;
  JsonObject o;
  o.add("id", json_string(s.id))
      .add("path", json_string(s.path))
      .add("status", json_string(to_string(x.status)))
      .add("reason", json_or_null(!read, x.reason.message()))
      .add("format", json_or_null(read, to_string(x.format)))
      .add("encoding", json_or_null(read, x.encoding))
      .add("bytes", json_count(x.bytes))
      .add("title", json_or_null(s.title.known(), s.title.value))
      .add("publisher", json_or_null(s.publisher.known(), s.publisher.value))
      .add("kind", json_or_null(s.kind.known(), s.kind.value))
      .add("language", json_or_null(s.language.known(), s.language.value))
      .add("published",
           json_or_null(s.published.precision != DatePrecision::kUnknown, s.published.iso()));
  // Manifest fields most corpora lack: present only when given.
  if (!s.url.empty()) o.add("url", json_string(s.url));
  if (!s.archived_url.empty()) o.add("archived_url", json_string(s.archived_url));
  if (s.trust_prior) o.add("trust_prior", json_number(*s.trust_prior));
  return o.add("claims", json_count(claims))
      .add("trust", trust ? trust_json(*trust) : "null")
      .str();
}

// Where a claim or a piece of evidence stands: source, file, byte range, line and column.
JsonObject& add_place(JsonObject& o, const std::string& source, const std::string& path, Span span,
                      Position at) {
  return o.add("source", json_string(source))
      .add("path", json_string(path))
      .add("start", json_count(span.begin))
      .add("end", json_count(span.end))
      .add("line", json_count(static_cast<uint64_t>(at.line)))
      .add("column", json_count(static_cast<uint64_t>(at.column)));
}

std::string claim_json(const Claim& c) {
  JsonObject provenance;
  add_place(provenance, c.source, c.path, c.span, c.position)
      .add("quote", json_string(c.quote))
      .add("sentence", json_string(c.sentence.text()));
  return JsonObject()
      .add("id", json_string(c.id))
      .add("kind", json_string(to_string(c.kind)))
      .add("subject", json_string(c.subject.text()))
      .add("attribute", json_string(c.attribute))
      .add("period", json_string(c.period.iso()))
      .add("period_basis", json_string(to_string(c.period_basis)))
      .add("value", claim_value_json(c))
      .add("unit", json_string(c.unit))
      .add("low", c.numeric ? json_number(c.low) : "null")
      .add("high", c.numeric ? json_number(c.high) : "null")
      .add("qualifier", json_string(to_string(c.qualifier)))
      .add("modality", json_string(to_string(c.modality)))
      .add("speaker", json_string(c.speaker))
      .add("scope", json_string(c.scope))
      .add("object", json_string(c.object))
      .add("provenance", provenance.str())
      .str();
}

std::string discrepancy_json(const Discrepancy& d) {
  std::vector<std::string> values, evidence;
  for (const CompetingValue& v : d.values) {
    values.push_back(JsonObject()
                         .add("value", json_string(v.value))
                         .add("support", json_number(v.support))
                         .add("sources", json_strings(v.sources))
                         .add("claims", json_strings(v.claims))
                         .str());
  }
  for (const Evidence& e : d.evidence) {
    JsonObject o;
    o.add("claim", json_or_null(!e.claim.empty(), e.claim));
    add_place(o, e.source, e.path, e.span, e.position)
        .add("role", json_string(to_string(e.role)))
        .add("rank", e.value_rank > 0 ? json_count(static_cast<uint64_t>(e.value_rank)) : "null")
        .add("quote", json_string(e.quote));
    evidence.push_back(o.str());
  }
  std::string review = JsonObject()
                           .add("decision", json_string(to_string(d.review.decision)))
                           .add("note", json_string(d.review.note))
                           .add("date", json_or_null(!d.review.date.empty(), d.review.date))
                           .add("reopened", json_bool(d.review.reopened))
                           .str();
  return JsonObject()
      .add("id", json_string(d.id))
      .add("kind", json_string(to_string(d.kind)))
      .add("severity", json_string(to_string(d.severity)))
      .add("counts", json_bool(d.counts()))
      .add("subject", json_string(d.subject))
      .add("attribute", json_string(d.attribute))
      .add("period", json_string(d.period))
      .add("explanation", json_string(d.explanation))
      .add("review", review)
      .add("values", json_array(values))
      .add("evidence", json_array(evidence))
      .str();
}

}  // namespace

void write_report_json(const ReportInput& input, Output& output) {
  std::map<std::string, const SourceTrust*> trust;
  for (const SourceTrust& t : input.verification.trust) trust[t.source] = &t;

  // Top-level members one per line, and records one per line inside them.
  Chunks out(output);
  out.text = "{\n  \"format\":\"claimtrace-report\",\n  \"version\":1,\n  \"generator\":";
  out.text += json_string(std::string("claimtrace ") + version());
  out.text += ",\n  \"sources\":";
  RecordArray sources(out);
  for (size_t d = 0; d < input.documents.size(); ++d) {
    const Document& x = input.documents[d];
    auto t = trust.find(x.source.id);
    size_t n = d < input.extractions.size() ? input.extractions[d].claims.size() : 0;
    sources.add(source_json(x, n, t == trust.end() ? nullptr : t->second));
  }
  sources.close();
  out.text += ",\n  \"claims\":";
  RecordArray claims(out);
  for (const Extraction& e : input.extractions) {
    for (const Claim& c : e.claims) claims.add(claim_json(c));
  }
  claims.close();
  out.text += ",\n  \"discrepancies\":";
  RecordArray discrepancies(out);
  for (const Discrepancy& d : input.verification.discrepancies) {
    discrepancies.add(discrepancy_json(d));
  }
  discrepancies.close();
  out.text += ",\n  \"trust\":";
  out.text +=
      JsonObject()
          .add("iterations", json_count(static_cast<uint64_t>(input.verification.trust_iterations)))
          .add("formula",
               json_string("(prior * prior_weight + confidence) / (prior_weight + disputed)"))
          .str();
  out.text += ",\n  \"copies\":";
  RecordArray copies(out);
  for (size_t i = 0; i < input.graph.copy_count(); ++i) {
    const Copy c = input.graph.copy(i);
    copies.add(JsonObject()
                   .add("source", json_string(c.copy))
                   .add("claim", json_string(c.copy_claim))
                   .add("original_source", json_string(c.original))
                   .add("original_claim", json_string(c.original_claim))
                   .str());
  }
  copies.close();
  const ClaimGraph& g = input.graph;
  out.text += ",\n  \"graph\":";
  out.text += JsonObject()
                  .add("sources", json_count(g.count(NodeKind::kSource)))
                  .add("claims", json_count(g.count(NodeKind::kClaim)))
                  .add("keys", json_count(g.count(NodeKind::kKey)))
                  .add("entities", json_count(g.count(NodeKind::kEntity)))
                  .add("contradicts", json_count(g.count(Relation::kContradicts)))
                  .add("corroborates", json_count(g.count(Relation::kCorroborates)))
                  .add("copies", json_count(g.count(Relation::kCopies)))
                  .str();
  out.text += "\n}\n";
}

// The columns of `claimtrace extract --format tsv`, in its order.
void write_claims_csv(const ReportInput& input, Output& output) {
  Chunks out(output);
  if (input.csv_bom) out.text = kUtf8Bom;
  csv_row(claim_field_names(), out.text);
  for (const Extraction& e : input.extractions) {
    for (const Claim& c : e.claims) {
      csv_row(claim_fields(c, number_text), out.text);
      out.spill();
    }
  }
}

// One row per competing value, with the sources that give it and their quotes; a finding with
// no competing values (one source's slip) is one row with all its evidence.
void write_discrepancies_csv(const ReportInput& input, Output& output) {
  Chunks out(output);
  if (input.csv_bom) out.text = kUtf8Bom;
  csv_row({"id", "kind", "severity", "subject", "attribute", "period", "value", "support",
           "sources", "quotes", "review", "explanation"},
          out.text);
  for (const Discrepancy& d : input.verification.discrepancies) {
    std::string review = to_string(d.review.decision);
    if (d.review.reopened) review += " (reopened)";
    auto row = [&](const std::string& value, const std::string& support,
                   const std::vector<std::string>& sources, const std::set<std::string>* claims) {
      std::vector<std::string> quotes;
      std::set<std::string> seen;
      for (const Evidence& e : d.evidence) {
        if (claims && !claims->count(e.claim)) continue;
        const std::string line = e.source + ": " + e.quote;
        if (!e.quote.empty() && seen.insert(line).second) quotes.push_back(line);
      }
      csv_row({d.id, to_string(d.kind), to_string(d.severity), d.subject, d.attribute, d.period,
               value, support, joined(sources, " | "), joined(quotes, "\n"), review, d.explanation},
              out.text);
    };
    if (d.values.empty()) row("", "", evidence_sources(d), nullptr);
    for (const CompetingValue& v : d.values) {
      const std::set<std::string> claims(v.claims.begin(), v.claims.end());
      row(v.value, number_text(v.support), v.sources, &claims);
    }
    out.spill();
  }
}

namespace {

template <void (*write)(const ReportInput&, Output&)>
std::string whole(const ReportInput& input) {
  StringOutput out;
  write(input, out);
  return std::move(out.text);
}

}  // namespace

std::string report_json(const ReportInput& input) { return whole<write_report_json>(input); }
std::string claims_csv(const ReportInput& input) { return whole<write_claims_csv>(input); }
std::string discrepancies_csv(const ReportInput& input) {
  return whole<write_discrepancies_csv>(input);
}
std::string web_annotations_json(const ReportInput& input) {
  return whole<write_web_annotations_json>(input);
}

}  // namespace claimtrace
