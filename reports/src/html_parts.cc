// The shared parts of report.html: review state, sources of a finding, claim wording, links.
#include "html_parts.h"

#include <algorithm>
#include <cmath>

#include "html_text.h"

namespace claimtrace::html_report {

namespace {

std::string with_unit(const std::string& number, const std::string& unit) {
  if (unit.empty()) return number;
  if (unit == "percent") return number + "%";
  if (unit == "x") return number + "\xC3\x97";  // ×
  if (unit == "rank") return "rank " + number;
  return number + " " + unit;
}

}  // namespace

void Index::spill(std::string& out) const {
  constexpr size_t kChunk = 1 << 18;
  if (!output || out.size() < kChunk) return;
  output->write(out);
  out.clear();
}

bool reviewed(const Discrepancy& d) { return !d.counts(); }
std::string review_state(const Discrepancy& d) {
  return reviewed(d) ? to_string(d.review.decision) : "open";
}

std::vector<std::string> finding_sources(const Index& x, const Discrepancy& d) {
  std::vector<std::string> s;
  for (const Evidence& e : d.evidence) s.push_back(e.source);
  std::sort(s.begin(), s.end(), [&](const std::string& a, const std::string& b) {
    return std::make_pair(x.color(a), a) < std::make_pair(x.color(b), b);
  });
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

std::string swatch(size_t source_index) {
  return "<span class=\"swatch src-" + std::to_string(source_index % 10) +
         "\" aria-hidden=\"true\"></span>";
}

void attr(std::string& out, const char* name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_html(out, value);
  out += '"';
}

std::string words(std::string_view name) {
  std::string s(name);
  std::replace(s.begin(), s.end(), '_', ' ');
  std::replace(s.begin(), s.end(), '.', ' ');  // attributes: "trade.turnover"
  return s;
}

std::string source_name(const Index& x, const std::string& source) {
  const Document* d = x.doc(source);
  return d && d->source.title.known() && !d->source.title.value.empty() ? d->source.title.value
                                                                        : source;
}

std::string claim_value(const Claim& c) {
  if (!c.numeric) return c.text;
  if (c.qualifier == Qualifier::kRange && std::isfinite(c.high)) {
    return with_unit(readable_number(c.low) + "\xE2\x80\x93" + readable_number(c.high), c.unit);
  }
  return qualifier_words(c.qualifier) + with_unit(readable_number(c.value), c.unit);
}

std::string claim_interval(const Claim& c) {
  if (!c.numeric || (c.low == c.value && c.high == c.value)) return "";
  if (!std::isfinite(c.high)) return "from " + readable_number(c.low) + ", open above";
  return readable_number(c.low) + " \xE2\x80\x93 " + readable_number(c.high);
}

std::string claim_period(const Claim& c) {
  std::string p = period_words(c.period.iso());
  if (p.empty()) return c.period.unresolved ? "unresolved" : "no period stated";
  if (c.period_basis != PeriodBasis::kNone && c.period_basis != PeriodBasis::kStated) {
    p += std::string(" (") + to_string(c.period_basis) + ")";
  }
  return p;
}

std::string trust_formula(const SourceTrust& t) {
  return std::string("(") + fixed(t.prior, 2) + " \xC3\x97 " + fixed(t.prior_weight, 2) + " + " +
         fixed(t.confidence, 2) + ") / (" + fixed(t.prior_weight, 2) + " + " +
         std::to_string(t.disputed) + ")";
}

void claim_link(std::string& out, const Index& x, const std::string& claim,
                const std::string& source, std::string_view text) {
  out += "<a class=\"claim-link\"";
  attr(out, "href", x.href(source, "span-" + claim));
  attr(out, "data-claim", claim);
  attr(out, "data-source", anchor_id(source));
  out += '>';
  append_html(out, text);
  out += "</a>";
}

std::string mention_anchor(const std::string& source, Span span) {
  return "m-" + std::to_string(span.begin) + "-" + std::to_string(span.end) + "-" +
         anchor_id(source);
}

void mention_link(std::string& out, const Index& x, const Evidence& e, std::string_view text) {
  out += "<a class=\"mention-link\"";
  attr(out, "href", x.href(e.source, mention_anchor(e.source, e.span)));
  attr(out, "data-source", anchor_id(e.source));
  out += '>';
  append_html(out, text);
  out += "</a>";
}

void Index::choose_cards() {
  const std::vector<Discrepancy>& all = in.verification.discrepancies;
  std::vector<size_t> order(all.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (reviewed(all[a]) != reviewed(all[b])) return !reviewed(all[a]);
    return all[a].severity > all[b].severity;
  });
  if (order.size() > in.html.findings) order.resize(in.html.findings);
  carded.assign(all.size(), false);
  for (size_t i : order) {
    carded[i] = true;
    for (const Evidence& e : all[i].evidence) {
      if (!e.claim.empty()) listed.insert(e.claim);
    }
  }
}

std::string Index::href(const std::string& source, const std::string& anchor) const {
  auto it = document.find(source);
  if (!apart || it == document.end()) return "#" + anchor;
  return source_page(it->second) + "#" + anchor;
}

std::string source_page(size_t document) {
  return "sources/doc-" + std::to_string(document + 1) + ".html";
}

bool sources_apart(const ReportInput& input) {
  uint64_t bytes = 0;
  for (const Document& d : input.documents) {
    if (d.status == InputStatus::kOk) bytes += d.bytes;
  }
  return bytes > input.html.inline_sources;
}

std::string place(Position p) {
  return "line " + std::to_string(p.line) + ", col " + std::to_string(p.column);
}

}  // namespace claimtrace::html_report
