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

#include "claimtrace/claim_writers.h"
#include "claimtrace/utf8.h"

namespace claimtrace {

namespace {

// Whole numbers in full ("3000000000", not number_text's "3e+09", which a spreadsheet or a
// reader may take for text); anything else the shortest number_text that reads back the same.
// ---- JSON ----

// JSON has no infinity or NaN: those become null.
std::string json_number(double v) { return std::isfinite(v) ? number_text(v) : "null"; }

std::string json_count(uint64_t n) { return std::to_string(n); }
std::string json_bool(bool b) { return b ? "true" : "false"; }
std::string json_or_null(bool known, std::string_view s) { return known ? json_string(s) : "null"; }

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
std::string json_array(const std::vector<std::string>& items, std::string_view indent = "") {
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

std::string json_strings(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  quoted.reserve(items.size());
  for (const std::string& s : items) quoted.push_back(json_string(s));
  return json_array(quoted);
}

std::string claim_value_json(const Claim& c) {
  return c.numeric ? json_number(c.value) : json_string(c.text);
}

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

std::string claim_value_text(const Claim& c) { return c.numeric ? number_text(c.value) : c.text; }

// A path as a URI reference: absolute paths become file: URIs; every byte outside RFC 3986's
// unreserved set (and "/") is percent-encoded, so even a name that is not UTF-8 survives.
std::string path_uri(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (char ch : path) {
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

// ---- Web Annotation ----

// Up to `limit` characters of the paragraph before `at` (prefix) or from `at` (suffix); whole
// UTF-8 characters only, and never past a paragraph break.
std::string_view context_before(std::string_view text, size_t at, int limit) {
  size_t i = at;
  for (int n = 0; n < limit && i > 0; ++n) {
    size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
    if (text[j] == '\n') break;
    i = j;
  }
  return text.substr(i, at - i);
}

std::string_view context_after(std::string_view text, size_t at, int limit) {
  size_t i = at;
  for (int n = 0; n < limit && i < text.size(); ++n) {
    if (text[i] == '\n') break;
    size_t len = utf8_char_length(text, i);
    i += len ? len : 1;
  }
  return text.substr(at, i - at);
}

constexpr int kContextCharacters = 32;

// Prefix and suffix from the document's normalized text; from the sentence when the claim's
// range does not hold its quote there (the text was not kept).
std::pair<std::string, std::string> quote_context(const Claim& c, const Document* doc) {
  if (doc) {
    std::string_view text = doc->text.str();
    if (c.text_begin <= c.text_end && c.text_end <= text.size() &&
        text.substr(c.text_begin, c.text_end - c.text_begin) == c.quote) {
      return {std::string(context_before(text, c.text_begin, kContextCharacters)),
              std::string(context_after(text, c.text_end, kContextCharacters))};
    }
  }
  size_t at = c.quote.empty() ? std::string::npos : c.sentence.text().find(c.quote);
  if (at == std::string::npos) return {"", ""};
  return {std::string(context_before(c.sentence.text(), at, kContextCharacters)),
          std::string(context_after(c.sentence.text(), at + c.quote.size(), kContextCharacters))};
}

// "BY-CN trade.turnover 2021: 6000000000 USD (amount, approx, asserted)".
std::string claim_summary(const Claim& c) {
  std::string out = c.subject.empty() ? "?" : c.subject.text();
  out += ' ';
  out += c.attribute.empty() ? "?" : c.attribute;
  if (!c.period.empty()) {
    out += ' ';
    out += c.period.iso();
  }
  out += ": ";
  out += claim_value_text(c);
  if (!c.unit.empty()) out += " " + c.unit;
  out += std::string(" (") + to_string(c.kind) + ", " + to_string(c.qualifier) + ", " +
         to_string(c.modality) + ")";
  return out;
}

std::string annotation(const Claim& c, const Document* doc) {
  auto [prefix, suffix] = quote_context(c, doc);
  std::string quote_selector = JsonObject()
                                   .add("type", "\"TextQuoteSelector\"")
                                   .add("exact", json_string(c.quote))
                                   .add("prefix", json_string(prefix))
                                   .add("suffix", json_string(suffix))
                                   .str();
  std::string position_selector = JsonObject()
                                      .add("type", "\"TextPositionSelector\"")
                                      .add("start", json_count(c.span.begin))
                                      .add("end", json_count(c.span.end))
                                      .add("claimtrace:unit", "\"byte\"")
                                      .str();
  std::string target = JsonObject()
                           .add("source", json_string(path_uri(c.path)))
                           .add("selector", json_array({quote_selector, position_selector}))
                           .str();
  std::string body = JsonObject()
                         .add("type", "\"TextualBody\"")
                         .add("purpose", "\"describing\"")
                         .add("format", "\"text/plain\"")
                         .add("value", json_string(claim_summary(c)))
                         .add("claimtrace:kind", json_string(to_string(c.kind)))
                         .add("claimtrace:subject", json_string(c.subject.text()))
                         .add("claimtrace:attribute", json_string(c.attribute))
                         .add("claimtrace:period", json_string(c.period.iso()))
                         .add("claimtrace:value", claim_value_json(c))
                         .add("claimtrace:unit", json_string(c.unit))
                         .str();
  return JsonObject()
      .add("id", json_string("urn:claimtrace:claim:" + c.id))
      .add("type", "\"Annotation\"")
      .add("motivation", "\"describing\"")
      .add("body", body)
      .add("target", target)
      .str();
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
  return JsonObject()
      .add("id", json_string(s.id))
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
           json_or_null(s.published.precision != DatePrecision::kUnknown, s.published.iso()))
      .add("claims", json_count(claims))
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

constexpr std::string_view kRecordIndent = "    ";

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
  for (const Copy& c : input.graph.copies()) {
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
  csv_row(claim_field_names(), out.text);
  for (const Extraction& e : input.extractions) {
    for (const Claim& c : e.claims) {
      csv_row(claim_fields(c, number_text), out.text);
      out.spill();
    }
  }
}

void write_discrepancies_csv(const ReportInput& input, Output& output) {
  Chunks out(output);
  csv_row({"id", "kind", "severity", "subject", "attribute", "period", "values", "sources",
           "review", "explanation"},
          out.text);
  for (const Discrepancy& d : input.verification.discrepancies) {
    std::vector<std::string> values;
    for (const CompetingValue& v : d.values) values.push_back(v.value);
    std::string review = to_string(d.review.decision);
    if (d.review.reopened) review += " (reopened)";
    csv_row({d.id, to_string(d.kind), to_string(d.severity), d.subject, d.attribute, d.period,
             joined(values, " | "), joined(evidence_sources(d), " | "), review, d.explanation},
            out.text);
    out.spill();
  }
}

void write_web_annotations_json(const ReportInput& input, Output& output) {
  size_t total = 0;
  for (const Extraction& e : input.extractions) total += e.claims.size();
  std::string head =
      JsonObject()
          .add("@context", "\"http://www.w3.org/ns/anno.jsonld\"")
          .add("id", "\"urn:claimtrace:claims\"")
          .add("type", "\"AnnotationCollection\"")
          .add("label", json_string(std::string("Claims found by claimtrace ") + version()))
          .add("total", json_count(total))
          .str();
  head.pop_back();  // the collection stays open for its first page
  Chunks out(output);
  out.text = head + ",\"first\":";
  std::string page = JsonObject().add("type", "\"AnnotationPage\"").add("startIndex", "0").str();
  page.pop_back();  // the page stays open for its items
  out.text += page + ",\"items\":";
  RecordArray items(out);
  for (size_t d = 0; d < input.extractions.size(); ++d) {
    const Document* doc = d < input.documents.size() ? &input.documents[d] : nullptr;
    for (const Claim& c : input.extractions[d].claims) items.add(annotation(c, doc));
  }
  items.close();
  out.text += "}}\n";
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

std::string claim_review_jsonld(const std::string& draft_path, const Document& draft,
                                const DraftCheck& check) {
  const Source& s = draft.source;
  const bool dated = s.published.precision != DatePrecision::kUnknown;
  std::vector<std::string> reviews;
  for (const DraftFinding& f : check.findings) {
    if (f.verdict != Verdict::kContradicted) continue;
    JsonObject appearance;
    appearance.add("@type", "\"CreativeWork\"").add("url", json_string(path_uri(draft_path)));
    if (s.title.known()) appearance.add("headline", json_string(s.title.value));
    if (dated) appearance.add("datePublished", json_string(s.published.iso()));
    JsonObject item;
    item.add("@type", "\"Claim\"").add("appearance", appearance.str());
    if (s.author.known()) {
      item.add(
          "author",
          JsonObject().add("@type", "\"Person\"").add("name", json_string(s.author.value)).str());
    } else if (s.publisher.known()) {
      item.add("author", JsonObject()
                             .add("@type", "\"Organization\"")
                             .add("name", json_string(s.publisher.value))
                             .str());
    }
    std::string rating = JsonObject()
                             .add("@type", "\"Rating\"")
                             .add("ratingValue", "1")
                             .add("bestRating", "5")
                             .add("worstRating", "1")
                             .add("alternateName", "\"Contradicted by corpus\"")
                             .add("ratingExplanation", json_string(f.explanation))
                             .str();
    std::vector<std::string> citations;
    for (const Evidence& e : f.evidence) {
      if (e.role != EvidenceRole::kConflicts) continue;
      citations.push_back(JsonObject()
                              .add("@type", "\"CreativeWork\"")
                              .add("url", json_string(path_uri(e.path)))
                              .add("identifier", json_string(e.claim))
                              .add("text", json_string(e.quote))
                              .str());
    }
    const Claim& c = f.claim;
    JsonObject review;
    review.add("@context", "\"https://schema.org\"")
        .add("@type", "\"ClaimReview\"")
        .add("identifier", json_string(c.id))
        .add("claimReviewed", json_string(c.sentence.empty_text() ? c.quote : c.sentence.text()))
        .add("itemReviewed", item.str())
        .add("reviewRating", rating)
        .add("reviewBody", json_string(f.explanation));
    if (dated) review.add("datePublished", json_string(s.published.iso()));
    review.add("citation", json_array(citations));
    reviews.push_back(review.str());
  }
  return json_array(reviews, "  ") + "\n";
}

}  // namespace claimtrace
