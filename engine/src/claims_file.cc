// The claims file: one JSON object per line, a document record followed by its claims, mentions
// and breakdowns. Written and read field by field, so the round trip is exact.
#include "claimtrace/claims_file.h"

#include <array>
#include <optional>

#include "claims_file_names.h"
#include "json.h"

namespace claimtrace {

namespace {

using claims_file_names::kLevels;
using claims_file_names::kStatusCodes;
using claims_file_names::to_name;

// One JSON object being written: members separated by commas, in the order given.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  void finish() { out_ += '}'; }

  ObjectWriter& str(const char* name, std::string_view value) {
    key(name);
    json::append_string(out_, value);
    return *this;
  }
  ObjectWriter& integer(const char* name, int64_t value) {
    key(name);
    out_ += std::to_string(value);
    return *this;
  }
  ObjectWriter& number(const char* name, double value) {
    key(name);
    json::append_number(out_, value);
    return *this;
  }
  ObjectWriter& boolean(const char* name, bool value) {
    key(name);
    out_ += value ? "true" : "false";
    return *this;
  }
  // Starts a member whose value the caller writes itself.
  std::string& raw(const char* name) {
    key(name);
    return out_;
  }

 private:
  void key(const char* name) {
    if (!first_) out_ += ',';
    first_ = false;
    json::append_string(out_, name);
    out_ += ':';
  }
  std::string& out_;
  bool first_ = true;
};

void write_location(std::string& out, const Location& where) {
  ObjectWriter w(out);
  w.str("file", where.file).integer("offset", where.offset).integer("line", where.line);
  w.integer("column", where.column).finish();
}

void write_place(ObjectWriter& w, const Span& span, const Position& position) {
  w.integer("start", static_cast<int64_t>(span.begin))
      .integer("end", static_cast<int64_t>(span.end))
      .integer("line", position.line)
      .integer("column", position.column);
}

void write_field(ObjectWriter& w, const char* name, const SourceField& field) {
  ObjectWriter f(w.raw(name));
  f.str("value", field.value).str("from", field.from).finish();
}

void write_date(std::string& out, int year, int month, int day) {
  out += '[' + std::to_string(year) + ',' + std::to_string(month) + ',' + std::to_string(day) + ']';
}

void write_document(const Document& d, const Extraction& e, std::string& out) {
  ObjectWriter w(out);
  w.str("type", "document").str("id", d.source.id).str("path", d.source.path);
  write_field(w, "title", d.source.title);
  write_field(w, "publisher", d.source.publisher);
  write_field(w, "kind", d.source.kind);
  write_field(w, "language", d.source.language);
  write_field(w, "author", d.source.author);
  {
    const PartialDate& p = d.source.published;
    ObjectWriter date(w.raw("published"));
    date.integer("year", p.year).integer("month", p.month).integer("day", p.day);
    date.str("precision", to_string(p.precision)).str("from", d.source.published_from).finish();
  }
  // Manifest fields most corpora lack: written only when given, so older files read the same.
  if (!d.source.url.empty()) w.str("url", d.source.url);
  if (!d.source.archived_url.empty()) w.str("archived_url", d.source.archived_url);
  if (d.source.trust_prior) w.number("trust_prior", *d.source.trust_prior);
  w.str("format", to_string(d.format)).str("encoding", d.encoding);
  w.integer("bytes", static_cast<int64_t>(d.bytes)).str("status", to_string(d.status));
  {
    ObjectWriter reason(w.raw("reason"));
    reason.str("code", to_name(d.reason.code())).str("message", d.reason.message());
    write_location(reason.raw("where"), d.reason.where());
    reason.finish();
  }
  std::string& list = w.raw("diagnostics");
  list += '[';
  for (size_t i = 0; i < d.diagnostics.size(); ++i) {
    if (i) list += ',';
    ObjectWriter diag(list);
    diag.str("severity", to_name(d.diagnostics[i].severity))
        .str("message", d.diagnostics[i].message);
    write_location(diag.raw("where"), d.diagnostics[i].where);
    diag.finish();
  }
  list += ']';
  w.integer("claims", static_cast<int64_t>(e.claims.size()))
      .integer("mentions", static_cast<int64_t>(e.mentions.size()))
      .integer("breakdowns", static_cast<int64_t>(e.breakdowns.size()))
      .integer("warnings", static_cast<int64_t>(e.diagnostics.size()));
  w.finish();
  out += '\n';
}

void write_claim(const Claim& c, std::string& out) {
  ObjectWriter w(out);
  w.str("type", "claim").str("id", c.id).str("source", c.source).str("path", c.path);
  write_place(w, c.span, c.position);
  w.integer("text_begin", static_cast<int64_t>(c.text_begin))
      .integer("text_end", static_cast<int64_t>(c.text_end));
  w.str("quote", c.quote).str("sentence", c.sentence.text());
  w.integer("sentence_begin", static_cast<int64_t>(c.sentence.range().begin))
      .integer("sentence_end", static_cast<int64_t>(c.sentence.range().end));
  w.str("kind", to_string(c.kind));
  std::string& subject = w.raw("subject");
  subject += '[';
  for (size_t i = 0; i < c.subject.entities.size(); ++i) {
    if (i) subject += ',';
    json::append_string(subject, c.subject.entities[i]);
  }
  subject += ']';
  w.str("attribute", c.attribute);
  {
    const Period& p = c.period;
    ObjectWriter period(w.raw("period"));
    write_date(period.raw("begin"), p.begin_year, p.begin_month, p.begin_day);
    write_date(period.raw("end"), p.end_year, p.end_month, p.end_day);
    period.boolean("unresolved", p.unresolved).finish();
  }
  w.str("period_basis", to_string(c.period_basis)).boolean("numeric", c.numeric);
  w.number("value", c.value).str("text", c.text).str("unit", c.unit);
  w.number("low", c.low).number("high", c.high);
  w.str("qualifier", to_string(c.qualifier)).str("modality", to_string(c.modality));
  w.str("speaker", c.speaker).str("scope", c.scope).str("object", c.object);
  w.integer("anchor", c.anchor).finish();
  out += '\n';
}

void write_mention(const Mention& m, std::string& out) {
  ObjectWriter w(out);
  w.str("type", "mention").str("entity", m.entity).str("canonical", m.canonical);
  w.str("surface", m.surface).str("entity_type", to_string(m.type));
  write_place(w, m.span, m.position);
  w.integer("text_begin", static_cast<int64_t>(m.text_begin))
      .integer("text_end", static_cast<int64_t>(m.text_end))
      .finish();
  out += '\n';
}

void write_breakdown(const Breakdown& b, std::string& out) {
  ObjectWriter w(out);
  w.str("type", "breakdown").str("total", b.total).boolean("exhaustive", b.exhaustive);
  w.str("cue", b.cue);
  std::string& parts = w.raw("parts");
  parts += '[';
  for (size_t i = 0; i < b.parts.size(); ++i) {
    if (i) parts += ',';
    const BreakdownPart& p = b.parts[i];
    ObjectWriter part(parts);
    part.str("claim", p.claim).number("low", p.low).number("high", p.high);
    write_place(part, p.span, p.position);
    part.str("quote", p.quote).finish();
  }
  parts += ']';
  w.finish();
  out += '\n';
}

// What extraction could not settle (Extraction::diagnostics), one record each.
void write_warning(const Diagnostic& d, std::string& out) {
  ObjectWriter w(out);
  w.str("type", "warning").str("severity", to_name(d.severity)).str("message", d.message);
  write_location(w.raw("where"), d.where);
  w.finish();
  out += '\n';
}

}  // namespace

void append_claims_file(const Document& document, const Extraction& extraction, std::string& out) {
  write_document(document, extraction, out);
  for (const Claim& c : extraction.claims) write_claim(c, out);
  for (const Mention& m : extraction.mentions) write_mention(m, out);
  for (const Breakdown& b : extraction.breakdowns) write_breakdown(b, out);
  for (const Diagnostic& d : extraction.diagnostics) write_warning(d, out);
}

}  // namespace claimtrace
