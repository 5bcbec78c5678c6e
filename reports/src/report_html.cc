// report.html: the findings as a fact-checker reads them, escaped markup written section by
// section and handed on in chunks.
// Its only script and style are the embedded assets, allowed by hash in the page's CSP.
#include "claimtrace/report_html.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "claimtrace/rules.h"
#include "html_assets.h"
#include "html_parts.h"
#include "html_svg.h"
#include "html_text.h"
#include "sha256.h"

namespace claimtrace {

namespace html_report {
namespace {

void append_summary(std::string& out, const Index& x) {
  const ReportInput& in = x.in;
  size_t read = 0, skipped = 0, excluded = 0, claims = 0;
  for (const Document& d : in.documents) {
    read += d.status == InputStatus::kOk;
    skipped += d.status == InputStatus::kSkipped;
    excluded += d.status == InputStatus::kExcluded;
  }
  for (const Extraction& e : in.extractions) claims += e.claims.size();
  std::map<Severity, size_t> by_severity;
  std::map<std::string, size_t> by_kind, by_review;
  size_t reopened = 0;
  for (const Discrepancy& d : in.verification.discrepancies) {
    ++by_severity[d.severity];
    ++by_kind[to_string(d.kind)];
    ++by_review[review_state(d)];
    reopened += d.review.reopened;
  }
  auto stat = [&](size_t n, const std::string& what, const char* css = "") {
    out += "<div class=\"stat " + std::string(css) + "\"><span class=\"num\">" + std::to_string(n) +
           "</span> " + what + "</div>";
  };
  out += "<section id=\"summary\"><h2>Summary</h2><div class=\"stats\">";
  stat(read, "documents read");
  stat(skipped, "skipped", skipped ? "warn" : "");
  stat(excluded, "excluded");
  stat(claims, "claims");
  stat(in.verification.discrepancies.size(), "discrepancies");
  stat(by_review["open"], "open", "");
  out += "</div><div class=\"breakdown\"><table class=\"counts\"><caption>By severity</caption>";
  for (Severity s : kSeverities) {
    std::string name = to_string(s);
    out +=
        "<tr><th><button type=\"button\" class=\"set-filter\" data-filter=\"filter-severity\""
        " data-value=\"" +
        name + "\"><span class=\"badge sev-" + name + "\">" + name + "</span></button></th><td>" +
        std::to_string(by_severity[s]) + "</td></tr>";
  }
  out += "</table><table class=\"counts\"><caption>By kind</caption>";
  for (const auto& [kind, n] : by_kind) {
    out += "<tr><th><button type=\"button\" class=\"set-filter\" data-filter=\"filter-kind\"";
    attr(out, "data-value", kind);
    out += '>';
    append_html(out, words(kind));
    out += "</button></th><td>" + std::to_string(n) + "</td></tr>";
  }
  out += "</table><table class=\"counts\"><caption>By review</caption>";
  for (const char* r : {"open", "confirmed", "false-positive", "resolved"}) {
    out +=
        "<tr><th><button type=\"button\" class=\"set-filter\" data-filter=\"filter-review\""
        " data-value=\"" +
        std::string(r) + "\">" + r + "</button></th><td>" + std::to_string(by_review[r]) +
        "</td></tr>";
  }
  if (reopened) {
    out += "<tr><th>of the open: reopened</th><td>" + std::to_string(reopened) + "</td></tr>";
  }
  out += "</table><table class=\"counts\"><caption>Graph</caption>";
  const ClaimGraph& g = in.graph;
  auto row = [&](const char* name, size_t n) {
    out += "<tr><th>" + std::string(name) + "</th><td>" + std::to_string(n) + "</td></tr>";
  };
  row("keys", g.count(NodeKind::kKey));
  row("entities", g.count(NodeKind::kEntity));
  row("contradictions", g.count(Relation::kContradicts));
  row("corroborations", g.count(Relation::kCorroborates));
  row("copied sentences", g.copy_count());
  row("trust iterations", static_cast<size_t>(std::max(0, in.verification.trust_iterations)));
  out += "</table></div>";
  if (skipped) {
    out += "<div class=\"skipped\"><h3>Not read</h3><ul>";
    for (const Document& d : in.documents) {
      if (d.status != InputStatus::kSkipped) continue;
      out += "<li><a";
      attr(out, "href", "#source-" + anchor_id(d.source.id));
      out += "><code>";
      append_html(out, d.source.path);
      out += "</code></a>: ";
      append_html(out, d.reason.message());
      out += "</li>";
    }
    out += "</ul></div>";
  }
  out +=
      "<p class=\"note\">A value\xE2\x80\x99s support is the sum of the trust of its "
      "independent sources (a copy speaks with its original\xE2\x80\x99s voice). A "
      "source\xE2\x80\x99s trust is (prior \xC3\x97 prior-weight + confidence) / (prior-weight "
      "+ disputed), iterated to a fixed point.</p></section>\n";
}

// Fractional years of a period's start and end; false when an end is open.
bool period_years(const Period& p, double& from, double& to) {
  if (p.empty() || p.unresolved || p.begin_year == 0 || p.end_year == 0) return false;
  from = p.begin_year +
         (p.begin_month ? (p.begin_month - 1 + (p.begin_day ? (p.begin_day - 1) / 31.0 : 0)) / 12.0
                        : 0);
  if (p.end_day) {
    to = p.end_year + (p.end_month - 1 + p.end_day / 31.0) / 12.0;
  } else if (p.end_month) {
    to = p.end_year + p.end_month / 12.0;
  } else {
    to = p.end_year + 1;
  }
  return to > from;
}

void append_charts(std::string& out, const Index& x) {
  struct Group {
    std::string subject, attribute, unit;
    Chart chart;
    std::set<std::string> periods;
    std::vector<std::string> sources;
    size_t open_periods = 0, not_drawn = 0;
    std::map<std::tuple<std::string, std::string, double, double, double>, size_t> drawn;
    bool disputed = false, hollow = false;
  };
  std::map<std::tuple<std::string, std::string, std::string>, Group> groups;
  for (const Extraction& e : x.in.extractions) {
    for (const Claim& c : e.claims) {
      if (!c.numeric || c.attribute.empty() || !std::isfinite(c.value)) continue;
      if (!x.listed.count(c.id)) continue;  // a chart point links to the claim's mark
      Group& g = groups[{c.subject.text(), c.attribute, c.unit}];
      g.subject = c.subject.text();
      g.attribute = c.attribute;
      g.unit = c.unit;
      ChartMark m;
      if (!period_years(c.period, m.from, m.to)) {
        ++g.open_periods;
        continue;
      }
      m.period = c.period.iso();
      if (std::isnan(c.low) || std::isnan(c.high)) continue;
      // One mark per source, period and value: a repeated figure is drawn once, disputed if
      // any of its claims is.
      auto [seen, added] = g.drawn.try_emplace(
          std::make_tuple(c.source, m.period, c.value, c.low, c.high), g.chart.marks.size());
      if (!added) {
        if (x.disputed.count(c.id)) {
          g.chart.marks[seen->second].disputed = true;
          g.disputed = true;
        }
        continue;
      }
      if (g.chart.marks.size() >= x.in.html.chart_points) {
        g.drawn.erase(seen);
        ++g.not_drawn;
        continue;
      }
      m.claim = c.id;
      m.href = x.href(c.source, "span-" + c.id);
      m.color = x.color(c.source);
      m.value = c.value;
      m.low = c.low;
      m.high = c.high;
      m.disputed = x.disputed.count(c.id) > 0;
      m.hollow = c.modality == Modality::kPlanned || c.modality == Modality::kTarget ||
                 c.modality == Modality::kForecast;
      m.tooltip = c.source + ": " + claim_value(c) + ", " + claim_period(c) +
                  " \xE2\x80\x94 \xE2\x80\x9C" + c.quote + "\xE2\x80\x9D" +
                  (m.disputed ? " (disputed)" : "");
      g.disputed = g.disputed || m.disputed;
      g.hollow = g.hollow || m.hollow;
      if (std::find(g.sources.begin(), g.sources.end(), c.source) == g.sources.end()) {
        g.sources.push_back(c.source);
      }
      g.periods.insert(m.period);
      g.chart.marks.push_back(std::move(m));
    }
  }
  std::vector<Group*> shown;
  for (auto& [key, g] : groups) {
    if (g.periods.size() >= 2) shown.push_back(&g);
  }
  // Disputed figures first, then the groups with most points.
  std::stable_sort(shown.begin(), shown.end(), [](const Group* a, const Group* b) {
    if (a->disputed != b->disputed) return a->disputed;
    return a->chart.marks.size() > b->chart.marks.size();
  });
  out += "<section id=\"charts\"><h2>Figures over time</h2>";
  if (shown.empty()) {
    out += "<p class=\"note\">No attribute has numeric values for two or more periods.</p>";
  } else {
    out +=
        "<p class=\"note\">One chart per subject, attribute and unit with figures for two or "
        "more periods: a point per source and period, a vertical bar for the interval the "
        "wording allows (an arrow when it is open above), a horizontal bar for a period longer "
        "than a month. Click a point to see the claim in its document.</p><div class=\"charts\">";
  }
  for (Group* g : shown) {
    std::sort(g->sources.begin(), g->sources.end(),
              [&](const std::string& a, const std::string& b) { return x.color(a) < x.color(b); });
    std::sort(g->chart.marks.begin(), g->chart.marks.end(),
              [](const ChartMark& a, const ChartMark& b) {
                return std::tie(a.from, a.to, a.color, a.value, a.claim) <
                       std::tie(b.from, b.to, b.color, b.value, b.claim);
              });
    g->chart.unit = g->unit;
    out += "<figure class=\"chart\"";
    attr(out, "data-attribute", g->attribute);
    attr(out, "data-subject", g->subject);
    out += "><figcaption><strong>";
    append_html(out, g->attribute);
    out += "</strong> \xC2\xB7 ";
    append_html(out, g->subject.empty() ? "no subject" : g->subject);
    if (!g->unit.empty()) {
      out += " \xC2\xB7 ";
      append_html(out, g->unit);
    }
    out += "</figcaption>" + chart_svg(g->chart) + "<ul class=\"legend\">";
    for (const std::string& s : g->sources) {
      out += "<li>" + swatch(x.color(s));
      append_html(out, s);
      out += "</li>";
    }
    if (g->disputed) {
      out += "<li><span class=\"swatch disputed\" aria-hidden=\"true\"></span>disputed</li>";
    }
    if (g->hollow) {
      out +=
          "<li><span class=\"swatch hollow\" aria-hidden=\"true\"></span>target, plan or "
          "forecast</li>";
    }
    if (g->open_periods) {
      out += "<li class=\"muted\">" + std::to_string(g->open_periods) +
             " without a closed period, not drawn</li>";
    }
    if (g->not_drawn) {
      out += "<li class=\"muted elided\">" + std::to_string(g->not_drawn) +
             " more points not drawn (at most " + std::to_string(x.in.html.chart_points) +
             " a chart); every claim is in report.xml</li>";
    }
    out += "</ul></figure>";
  }
  if (!shown.empty()) out += "</div>";
  out += "</section>\n";
}

}  // namespace
}  // namespace html_report

namespace html_report {

void append_page_start(std::string& out, const std::string& title,
                       const std::vector<std::pair<std::string, std::string>>& nav) {
  const std::string_view css = report_css(), js = report_js();
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "script-src '" +
      csp_hash(js) + "'; style-src '" + csp_hash(css) + "'; img-src data:\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\"";
  attr(out, "content", std::string("claimtrace ") + version());
  out += ">\n<title>";
  append_html(out, title);
  out += "</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>";
  out.append(css);
  out += "</style>\n</head>\n<body>\n";
  out += "<header class=\"top\"><div class=\"inner\"><h1>";
  append_html(out, title);
  out += "</h1><nav>";
  for (const auto& [anchor, label] : nav) {
    out += "<a";
    attr(out, "href", "#" + anchor);
    out += ">";
    append_html(out, label);
    out += "</a>";
  }
  out += "</nav></div></header>\n<main>\n";
}

void append_page_end(std::string& out) {
  out += "</main>\n<footer><p>";
  append_html(out, std::string("Written by claimtrace ") + version() + ".");
  out += "</p></footer>\n<script>";
  out.append(report_js());
  out += "</script>\n</body>\n</html>\n";
}

}  // namespace html_report

std::string report_html(const ReportInput& input) {
  StringOutput out;
  write_report_html(input, out);
  return std::move(out.text);
}

void write_report_html(const ReportInput& input, Output& output) {
  using namespace html_report;
  Index x(input);
  x.output = &output;
  x.apart = sources_apart(input);

  size_t read = 0;
  for (const Document& d : input.documents) read += d.status == InputStatus::kOk;
  const size_t found = input.verification.discrepancies.size();
  const std::string title = "claimtrace report: " + std::to_string(found) + " discrepanc" +
                            (found == 1 ? "y" : "ies") + " in " + std::to_string(read) +
                            " document" + (read == 1 ? "" : "s");

  std::string out;
  out.reserve(1 << 20);
  append_page_start(out, title,
                    {{"summary", "Summary"},
                     {"findings", "Discrepancies"},
                     {"charts", "Charts"},
                     {"claims-section", "Claims"},
                     {"sources-section", "Sources"},
                     {"documents", "Documents"}});
  append_summary(out, x);
  append_findings(out, x);
  append_charts(out, x);
  append_claims_table(out, x);
  append_sources_table(out, x);
  out +=
      "<section id=\"documents\"><h2>Documents</h2><p class=\"note\">The original text of "
      "each document read, by line; claims are marked (red: in a finding), names a finding "
      "rests on in blue.";
  if (x.apart) {
    out +=
        " The documents are large in all, so each opens as a page of its own in "
        "sources/.</p>\n<ol class=\"source-pages\">";
    for (size_t i = 0; i < input.documents.size(); ++i) {
      const Document& d = input.documents[i];
      if (d.status != InputStatus::kOk) continue;
      out += "<li><a";
      attr(out, "href", source_page(i));
      out += "><code>";
      append_html(out, d.source.id);
      out += "</code></a> ";
      append_html(out, source_name(x, d.source.id));
      out += "</li>\n";
      x.spill(out);
    }
    out += "</ol>";
  } else {
    out += "</p>\n";
    for (size_t i = 0; i < input.documents.size(); ++i) {
      if (input.documents[i].status == InputStatus::kOk) append_source_view(out, x, i);
      x.spill(out);
    }
  }
  out += "</section>\n";
  append_page_end(out);
  output.write(out);
}

}  // namespace claimtrace

namespace claimtrace {

std::vector<std::pair<std::string, size_t>> source_pages(const ReportInput& input) {
  std::vector<std::pair<std::string, size_t>> pages;
  if (!html_report::sources_apart(input)) return pages;
  for (size_t i = 0; i < input.documents.size(); ++i) {
    if (input.documents[i].status == InputStatus::kOk) {
      pages.emplace_back(html_report::source_page(i), i);
    }
  }
  return pages;
}

SourcePageWriter::SourcePageWriter(const ReportInput& input)
    : index_(std::make_unique<html_report::Index>(input)) {
  index_->open_views = true;
}

SourcePageWriter::~SourcePageWriter() = default;

void SourcePageWriter::write(size_t document, Output& output) const {
  using namespace html_report;
  Index& x = *index_;
  x.output = &output;
  const Document& d = x.in.documents[document];
  std::string out;
  append_page_start(out, "claimtrace source: " + d.source.path, {});
  out += "<p class=\"note\"><a href=\"../report.html\">Back to the report</a></p>\n";
  append_source_view(out, x, document);
  append_page_end(out);
  output.write(out);
  x.output = nullptr;
}

void write_source_page(const ReportInput& input, size_t document, Output& output) {
  SourcePageWriter(input).write(document, output);
}

}  // namespace claimtrace
