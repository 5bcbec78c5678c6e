// report.xml and check.xml, streamed through XmlWriter: element by element straight to their
// output, so a report is never held whole in memory.
#include "claimtrace/report_xml.h"

#include "claimtrace/check_report.h"

#include <cmath>
#include <cstdio>
#include <map>

#include "xml_writer.h"

namespace claimtrace {

namespace {

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

// Where a claim or a piece of evidence stands: source, file, byte range, line and column.
void set_place(XmlWriter& w, const std::string& source, const std::string& path, Span span,
               Position at) {
  w.attr("source", source);
  w.attr("path", path);
  w.attr("start", span.begin);
  w.attr("end", span.end);
  w.attr("line", static_cast<uint64_t>(at.line));
  w.attr("column", static_cast<uint64_t>(at.column));
}

// What a claim says, as attributes: kind, subject, attribute, period, value and its interval.
void set_claim(XmlWriter& w, const Claim& c) {
  w.attr("kind", to_string(c.kind));
  w.attr("subject", c.subject.text());
  w.attr("attribute", c.attribute);
  w.attr("period", c.period.iso());
  w.attr("period-basis", to_string(c.period_basis));
  w.attr("value", c.numeric ? number_text(c.value) : c.text.str());
  if (!c.unit.empty()) w.attr("unit", c.unit);
  if (c.numeric) {
    w.attr("low", number_text(c.low));
    if (std::isfinite(c.high)) w.attr("high", number_text(c.high));
  }
  w.attr("qualifier", to_string(c.qualifier));
  w.attr("modality", to_string(c.modality));
  if (!c.speaker.empty()) w.attr("speaker", c.speaker);
  if (!c.scope.empty()) w.attr("scope", c.scope);
  if (!c.object.empty()) w.attr("object", c.object);
}

void add_evidence(XmlWriter& w, const Evidence& e) {
  w.open("evidence");
  if (!e.claim.empty()) w.attr("claim", e.claim);
  set_place(w, e.source, e.path, e.span, e.position);
  w.attr("role", to_string(e.role));
  if (e.value_rank > 0) w.attr("rank", static_cast<uint64_t>(e.value_rank));
  w.body(e.quote);
  w.close();
}

}  // namespace

void write_report_xml(const ReportInput& input, Output& out) {
  const std::vector<Document>& documents = input.documents;
  const std::vector<Extraction>& extractions = input.extractions;
  const ClaimGraph& graph = input.graph;
  const Verification& verification = input.verification;
  XmlWriter w(out);
  w.open("claimtrace-report");
  w.attr("version", "1");
  w.attr("generator", std::string("claimtrace ") + version());

  std::map<std::string, const SourceTrust*> trust;
  for (const SourceTrust& t : verification.trust) trust[t.source] = &t;

  w.open("sources");
  for (size_t d = 0; d < documents.size(); ++d) {
    const Document& x = documents[d];
    w.open("source");
    w.attr("id", x.source.id);
    w.attr("path", x.source.path);
    w.attr("status", to_string(x.status));
    if (x.status != InputStatus::kOk) w.attr("reason", x.reason.message());
    if (x.status == InputStatus::kOk) {
      w.attr("format", to_string(x.format));
      w.attr("encoding", x.encoding);
    }
    w.attr("bytes", x.bytes);
    if (x.source.title.known()) w.attr("title", x.source.title.value);
    if (x.source.publisher.known()) w.attr("publisher", x.source.publisher.value);
    if (x.source.kind.known()) w.attr("kind", x.source.kind.value);
    if (x.source.language.known()) w.attr("language", x.source.language.value);
    if (x.source.published.precision != DatePrecision::kUnknown) {
      w.attr("published", x.source.published.iso());
    }
    if (!x.source.url.empty()) w.attr("url", x.source.url);
    if (!x.source.archived_url.empty()) w.attr("archived-url", x.source.archived_url);
    if (x.source.trust_prior) w.attr("trust-prior", fixed(*x.source.trust_prior));
    w.attr("claims", static_cast<uint64_t>(extractions[d].claims.size()));
    if (auto it = trust.find(x.source.id); it != trust.end())
      w.attr("trust", fixed(it->second->trust));
    w.close();
  }
  w.close();

  w.open("claims");
  for (const Extraction& e : extractions) {
    for (const Claim& c : e.claims) {
      w.open("claim");
      w.attr("id", c.id);
      set_claim(w, c);
      w.open("provenance");
      set_place(w, c.source, c.path, c.span, c.position);
      w.text_element("quote", c.quote);
      w.text_element("sentence", c.sentence.text());
      w.close();
      w.close();
    }
  }
  w.close();

  w.open("discrepancies");
  for (const Discrepancy& d : verification.discrepancies) {
    w.open("discrepancy");
    w.attr("id", d.id);
    w.attr("kind", to_string(d.kind));
    w.attr("severity", to_string(d.severity));
    w.attr("counts", d.counts() ? "true" : "false");
    if (!d.subject.empty()) w.attr("subject", d.subject);
    if (!d.attribute.empty()) w.attr("attribute", d.attribute);
    if (!d.period.empty()) w.attr("period", d.period);
    w.text_element("explanation", d.explanation);
    // An untouched finding carries no review, so a first pass reads as before.
    if (d.review.decision != ReviewDecision::kOpen || d.review.reopened) {
      w.open("review");
      w.attr("decision", to_string(d.review.decision));
      if (!d.review.date.empty()) w.attr("date", d.review.date);
      if (!d.review.reviewer.empty()) w.attr("reviewer", d.review.reviewer);
      w.attr("reopened", d.review.reopened ? "true" : "false");
      if (!d.review.note.empty()) w.body(d.review.note);
      w.close();
    }
    for (const CompetingValue& v : d.values) {
      w.open("value");
      w.attr("text", v.value);
      w.attr("support", fixed(v.support));
      std::string sources_text, claims_text;
      for (const std::string& s : v.sources) sources_text += (sources_text.empty() ? "" : " ") + s;
      for (const std::string& c : v.claims) claims_text += (claims_text.empty() ? "" : " ") + c;
      w.attr("sources", sources_text);
      w.attr("claims", claims_text);
      w.close();
    }
    for (const Evidence& e : d.evidence) add_evidence(w, e);
    w.close();
  }
  w.close();

  w.open("trust");
  w.attr("iterations", static_cast<uint64_t>(verification.trust_iterations));
  w.attr("formula", "(prior * prior-weight + confidence) / (prior-weight + disputed)");
  for (const SourceTrust& s : verification.trust) {
    w.open("source");
    w.attr("id", s.source);
    w.attr("claims", static_cast<uint64_t>(s.claims));
    w.attr("disputed", static_cast<uint64_t>(s.disputed));
    w.attr("leading", static_cast<uint64_t>(s.leading));
    w.attr("confidence", fixed(s.confidence));
    w.attr("prior", fixed(s.prior));
    w.attr("prior-weight", fixed(s.prior_weight));
    w.attr("score", fixed(s.trust));
    w.close();
  }
  w.close();
  w.open("copies");
  for (size_t i = 0; i < graph.copy_count(); ++i) {
    const Copy c = graph.copy(i);
    w.open("copy");
    w.attr("source", c.copy);
    w.attr("claim", c.copy_claim);
    w.attr("original-source", c.original);
    w.attr("original-claim", c.original_claim);
    w.close();
  }
  w.close();
  w.open("graph");
  w.attr("sources", static_cast<uint64_t>(graph.count(NodeKind::kSource)));
  w.attr("claims", static_cast<uint64_t>(graph.count(NodeKind::kClaim)));
  w.attr("keys", static_cast<uint64_t>(graph.count(NodeKind::kKey)));
  w.attr("entities", static_cast<uint64_t>(graph.count(NodeKind::kEntity)));
  w.attr("contradicts", static_cast<uint64_t>(graph.count(Relation::kContradicts)));
  w.attr("corroborates", static_cast<uint64_t>(graph.count(Relation::kCorroborates)));
  w.attr("copies", static_cast<uint64_t>(graph.count(Relation::kCopies)));
  w.close();
  w.close();
  w.finish();
}

std::string report_xml(const ReportInput& input) {
  StringOutput out;
  write_report_xml(input, out);
  return std::move(out.text);
}

std::string check_xml(const Document& draft, const DraftCheck& check,
                      const std::vector<Document>& corpus) {
  StringOutput out;
  XmlWriter w(out);
  w.open("claimtrace-check");
  w.attr("version", "1");
  w.attr("draft", draft.source.path);
  if (draft.source.published.precision != DatePrecision::kUnknown) {
    w.attr("published", draft.source.published.iso());
  }
  w.open("sources");
  auto add_source = [&](const Document& d, const char* role,
                        const std::vector<Diagnostic>& warnings) {
    w.open("source");
    w.attr("id", d.source.id);
    w.attr("path", d.source.path);
    w.attr("role", role);
    w.attr("status", to_string(d.status));
    if (d.status != InputStatus::kOk) w.attr("reason", d.reason.message());
    for (const Diagnostic& g : warnings) {
      w.open("warning");
      w.attr("severity", to_string(g.severity));
      if (g.where.offset >= 0) w.attr("offset", static_cast<uint64_t>(g.where.offset));
      if (g.where.line > 0) {
        w.attr("line", static_cast<uint64_t>(g.where.line));
        w.attr("column", static_cast<uint64_t>(g.where.column));
      }
      w.body(g.message);
      w.close();
    }
    w.close();
  };
  add_source(draft, "draft", check.warnings);
  for (const Document& d : corpus) add_source(d, "corpus", {});
  w.close();
  for (const DraftFinding& f : check.findings) {
    w.open("finding");
    w.attr("verdict", to_string(f.verdict));
    w.attr("claim", f.claim.id);
    w.attr("start", f.claim.span.begin);
    w.attr("end", f.claim.span.end);
    w.attr("line", static_cast<uint64_t>(f.claim.position.line));
    w.attr("column", static_cast<uint64_t>(f.claim.position.column));
    if (!f.discrepancy.empty()) w.attr("discrepancy", f.discrepancy);
    w.open("claim");
    set_claim(w, f.claim);
    w.text_element("quote", f.claim.quote);
    w.text_element("sentence", f.claim.sentence.text());
    w.close();
    w.text_element("explanation", f.explanation);
    for (const Evidence& e : f.evidence) add_evidence(w, e);
    w.close();
  }
  w.close();
  w.finish();
  return std::move(out.text);
}

}  // namespace claimtrace
