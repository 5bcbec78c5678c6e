// report.xml through pugixml, which escapes markup characters; we only clean what XML 1.0
// cannot hold at all.
#include "claimtrace/report_xml.h"

#include "claimtrace/check_report.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <pugixml.hpp>
#include <sstream>

#include "claimtrace/utf8.h"

namespace claimtrace {

namespace {

// Valid UTF-8 with XML 1.0's allowed characters; anything else becomes U+FFFD.
std::string xml_clean(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      bool ok = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
      if (ok) {
        out += static_cast<char>(c);
      } else {
        out += "\xEF\xBF\xBD";
      }
      ++i;
      continue;
    }
    size_t n = utf8_char_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    std::string_view ch = s.substr(i, n);
    // U+FFFE and U+FFFF are not characters XML allows.
    if (ch == "\xEF\xBF\xBE" || ch == "\xEF\xBF\xBF") {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(ch);
    }
    i += n;
  }
  return out;
}

void set(pugi::xml_node n, const char* name, std::string_view value) {
  n.append_attribute(name).set_value(xml_clean(value).c_str());
}

void set(pugi::xml_node n, const char* name, uint64_t value) {
  set(n, name, std::to_string(value));
}

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

void text(pugi::xml_node parent, const char* name, std::string_view value) {
  parent.append_child(name).append_child(pugi::node_pcdata).set_value(xml_clean(value).c_str());
}

// Where a claim or a piece of evidence stands: source, file, byte range, line and column.
void set_place(pugi::xml_node n, const std::string& source, const std::string& path, Span span,
               Position at) {
  set(n, "source", source);
  set(n, "path", path);
  set(n, "start", span.begin);
  set(n, "end", span.end);
  set(n, "line", static_cast<uint64_t>(at.line));
  set(n, "column", static_cast<uint64_t>(at.column));
}

// What a claim says, as attributes: kind, subject, attribute, period, value and its interval.
void set_claim(pugi::xml_node n, const Claim& c) {
  set(n, "kind", to_string(c.kind));
  set(n, "subject", c.subject.text());
  set(n, "attribute", c.attribute);
  set(n, "period", c.period.iso());
  set(n, "period-basis", to_string(c.period_basis));
  set(n, "value", c.numeric ? number_text(c.value) : c.text);
  if (!c.unit.empty()) set(n, "unit", c.unit);
  if (c.numeric) {
    set(n, "low", number_text(c.low));
    if (std::isfinite(c.high)) set(n, "high", number_text(c.high));
  }
  set(n, "qualifier", to_string(c.qualifier));
  set(n, "modality", to_string(c.modality));
  if (!c.speaker.empty()) set(n, "speaker", c.speaker);
  if (!c.scope.empty()) set(n, "scope", c.scope);
  if (!c.object.empty()) set(n, "object", c.object);
}

void add_evidence(pugi::xml_node parent, const Evidence& e) {
  pugi::xml_node ev = parent.append_child("evidence");
  if (!e.claim.empty()) set(ev, "claim", e.claim);
  set_place(ev, e.source, e.path, e.span, e.position);
  set(ev, "role", to_string(e.role));
  if (e.value_rank > 0) set(ev, "rank", static_cast<uint64_t>(e.value_rank));
  ev.append_child(pugi::node_pcdata).set_value(xml_clean(e.quote).c_str());
}

std::string saved(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace

std::string report_xml(const ReportInput& input) {
  const std::vector<Document>& documents = input.documents;
  const std::vector<Extraction>& extractions = input.extractions;
  const ClaimGraph& graph = input.graph;
  const Verification& verification = input.verification;
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("claimtrace-report");
  set(root, "version", "1");
  set(root, "generator", std::string("claimtrace ") + version());

  std::map<std::string, const SourceTrust*> trust;
  for (const SourceTrust& t : verification.trust) trust[t.source] = &t;

  pugi::xml_node sources = root.append_child("sources");
  for (size_t d = 0; d < documents.size(); ++d) {
    const Document& x = documents[d];
    pugi::xml_node s = sources.append_child("source");
    set(s, "id", x.source.id);
    set(s, "path", x.source.path);
    set(s, "status", to_string(x.status));
    if (x.status != InputStatus::kOk) set(s, "reason", x.reason.message());
    if (x.status == InputStatus::kOk) {
      set(s, "format", to_string(x.format));
      set(s, "encoding", x.encoding);
    }
    set(s, "bytes", x.bytes);
    if (x.source.title.known()) set(s, "title", x.source.title.value);
    if (x.source.publisher.known()) set(s, "publisher", x.source.publisher.value);
    if (x.source.kind.known()) set(s, "kind", x.source.kind.value);
    if (x.source.language.known()) set(s, "language", x.source.language.value);
    if (x.source.published.precision != DatePrecision::kUnknown) {
      set(s, "published", x.source.published.iso());
    }
    set(s, "claims", extractions[d].claims.size());
    if (auto it = trust.find(x.source.id); it != trust.end())
      set(s, "trust", fixed(it->second->trust));
  }

  pugi::xml_node claims = root.append_child("claims");
  for (const Extraction& e : extractions) {
    for (const Claim& c : e.claims) {
      pugi::xml_node n = claims.append_child("claim");
      set(n, "id", c.id);
      set_claim(n, c);
      pugi::xml_node p = n.append_child("provenance");
      set_place(p, c.source, c.path, c.span, c.position);
      text(p, "quote", c.quote);
      text(p, "sentence", c.sentence);
    }
  }

  pugi::xml_node found = root.append_child("discrepancies");
  for (const Discrepancy& d : verification.discrepancies) {
    pugi::xml_node n = found.append_child("discrepancy");
    set(n, "id", d.id);
    set(n, "kind", to_string(d.kind));
    set(n, "severity", to_string(d.severity));
    set(n, "counts", d.counts() ? "true" : "false");
    if (!d.subject.empty()) set(n, "subject", d.subject);
    if (!d.attribute.empty()) set(n, "attribute", d.attribute);
    if (!d.period.empty()) set(n, "period", d.period);
    text(n, "explanation", d.explanation);
    // An untouched finding carries no review, so a first pass reads as before.
    if (d.review.decision != ReviewDecision::kOpen || d.review.reopened) {
      pugi::xml_node r = n.append_child("review");
      set(r, "decision", to_string(d.review.decision));
      if (!d.review.date.empty()) set(r, "date", d.review.date);
      set(r, "reopened", d.review.reopened ? "true" : "false");
      if (!d.review.note.empty()) {
        r.append_child(pugi::node_pcdata).set_value(xml_clean(d.review.note).c_str());
      }
    }
    for (const CompetingValue& v : d.values) {
      pugi::xml_node cv = n.append_child("value");
      set(cv, "text", v.value);
      set(cv, "support", fixed(v.support));
      std::string sources_text, claims_text;
      for (const std::string& s : v.sources) sources_text += (sources_text.empty() ? "" : " ") + s;
      for (const std::string& c : v.claims) claims_text += (claims_text.empty() ? "" : " ") + c;
      set(cv, "sources", sources_text);
      set(cv, "claims", claims_text);
    }
    for (const Evidence& e : d.evidence) add_evidence(n, e);
  }

  pugi::xml_node t = root.append_child("trust");
  set(t, "iterations", static_cast<uint64_t>(verification.trust_iterations));
  set(t, "formula", "(prior * prior-weight + confidence) / (prior-weight + disputed)");
  for (const SourceTrust& s : verification.trust) {
    pugi::xml_node n = t.append_child("source");
    set(n, "id", s.source);
    set(n, "claims", static_cast<uint64_t>(s.claims));
    set(n, "disputed", static_cast<uint64_t>(s.disputed));
    set(n, "leading", static_cast<uint64_t>(s.leading));
    set(n, "confidence", fixed(s.confidence));
    set(n, "prior", fixed(s.prior));
    set(n, "prior-weight", fixed(s.prior_weight));
    set(n, "score", fixed(s.trust));
  }
  pugi::xml_node copies = root.append_child("copies");
  for (const Copy& c : graph.copies()) {
    pugi::xml_node n = copies.append_child("copy");
    set(n, "source", c.copy);
    set(n, "claim", c.copy_claim);
    set(n, "original-source", c.original);
    set(n, "original-claim", c.original_claim);
  }
  pugi::xml_node g = root.append_child("graph");
  set(g, "sources", graph.count(NodeKind::kSource));
  set(g, "claims", graph.count(NodeKind::kClaim));
  set(g, "keys", graph.count(NodeKind::kKey));
  set(g, "entities", graph.count(NodeKind::kEntity));
  set(g, "contradicts", graph.count(Relation::kContradicts));
  set(g, "corroborates", graph.count(Relation::kCorroborates));
  set(g, "copies", graph.count(Relation::kCopies));

  return saved(doc);
}

std::string check_xml(const Document& draft, const DraftCheck& check,
                      const std::vector<Document>& corpus) {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("claimtrace-check");
  set(root, "version", "1");
  set(root, "draft", draft.source.path);
  if (draft.source.published.precision != DatePrecision::kUnknown) {
    set(root, "published", draft.source.published.iso());
  }
  pugi::xml_node sources = root.append_child("sources");
  auto add_source = [&](const Document& d, const char* role) {
    pugi::xml_node n = sources.append_child("source");
    set(n, "id", d.source.id);
    set(n, "path", d.source.path);
    set(n, "role", role);
    set(n, "status", to_string(d.status));
    if (d.status != InputStatus::kOk) set(n, "reason", d.reason.message());
  };
  add_source(draft, "draft");
  for (const Document& d : corpus) add_source(d, "corpus");
  for (const DraftFinding& f : check.findings) {
    pugi::xml_node n = root.append_child("finding");
    set(n, "verdict", to_string(f.verdict));
    set(n, "claim", f.claim.id);
    set(n, "start", f.claim.span.begin);
    set(n, "end", f.claim.span.end);
    set(n, "line", static_cast<uint64_t>(f.claim.position.line));
    set(n, "column", static_cast<uint64_t>(f.claim.position.column));
    if (!f.discrepancy.empty()) set(n, "discrepancy", f.discrepancy);
    pugi::xml_node c = n.append_child("claim");
    set_claim(c, f.claim);
    text(c, "quote", f.claim.quote);
    text(c, "sentence", f.claim.sentence);
    text(n, "explanation", f.explanation);
    for (const Evidence& e : f.evidence) add_evidence(n, e);
  }
  return saved(doc);
}

}  // namespace claimtrace
