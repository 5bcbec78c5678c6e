// Inline SVG for report.html: value-over-time charts and the small picture of each dispute.
#pragma once

#include <string>
#include <vector>

namespace claimtrace::html_report {

// One source's figure for one period, as a point (with its interval and period extent).
struct ChartMark {
  std::string claim;        // claim id: the mark links to its place in the document
  std::string href;         // that place, when not "#span-" + claim on this page
  size_t color = 0;         // the source's place in the corpus: class src-N (report.css palette)
  double from = 0, to = 0;  // the period in fractional years, [from, to)
  std::string period;       // ISO, for grouping marks that share a period
  double value = 0, low = 0, high = 0;  // high may be +infinity ("over 80")
  bool disputed = false;                // in a discrepancy's evidence
  bool hollow = false;                  // a target, plan or forecast, not a fact
  std::string tooltip;
};

struct Chart {
  std::string unit;  // y axis label
  std::vector<ChartMark> marks;
};

// x = period (years), y = value: linear from zero, or logarithmic when values span 100x or more.
std::string chart_svg(const Chart& chart);

// A node of a dispute picture; href is the in-page link it opens ("" for none).
struct PictureNode {
  std::string label, tooltip, href;
  std::string link_class;  // "claim-link" or "mention-link": the script opens the source view
  std::string claim;       // claim id, for claim links
  int group = 0;           // competing value rank (1 = best supported); 0 when the kind has none
};

// Sources → claims → key, as in the claim graph, drawn in three columns.
struct DisputePicture {
  std::vector<PictureNode> sources;
  std::vector<PictureNode> claims;
  std::vector<std::string> key_lines;  // subject, attribute, period
  std::string key_tooltip;
  std::vector<std::pair<size_t, size_t>> asserts;  // source index -> claim index
  std::vector<std::pair<size_t, size_t>> copies;   // claim index copied from claim index
  size_t more_claims = 0;                          // claims left out to keep the picture readable
};

const char* value_color(int group);
std::string dispute_graph_svg(const DisputePicture& picture);

}  // namespace claimtrace::html_report
