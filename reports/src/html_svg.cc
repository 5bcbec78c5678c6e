// Charts and dispute pictures drawn straight as SVG: no layout engine, a fixed, readable frame.
#include "html_svg.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "html_parts.h"
#include "html_text.h"

namespace claimtrace::html_report {

namespace {

std::string n1(double v) { return fixed(v, 1); }

// 1, 2 or 5 times a power of ten, at least raw.
double nice_step(double raw) {
  if (!(raw > 0) || !std::isfinite(raw)) return 1;
  double p = std::pow(10, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * p >= raw) return m * p;
  }
  return 10 * p;
}

// Maps values to the plot's vertical pixels, linearly or by log10.
struct ValueAxis {
  bool log = false;
  double lo = 0, hi = 1;
  double top = 0, bottom = 0;
  std::vector<double> ticks;

  double y(double v) const {
    double t = log ? (std::log10(std::max(v, 1e-300)) - lo) / (hi - lo) : (v - lo) / (hi - lo);
    return bottom - std::clamp(t, -0.02, 1.02) * (bottom - top);
  }
};

ValueAxis value_axis(const std::vector<ChartMark>& marks, double top, double bottom) {
  double min_v = std::numeric_limits<double>::infinity(), max_v = -min_v;
  for (const ChartMark& m : marks) {
    for (double v : {m.value, m.low, m.high}) {
      if (!std::isfinite(v)) continue;
      min_v = std::min(min_v, v);
      max_v = std::max(max_v, v);
    }
  }
  ValueAxis a;
  a.top = top;
  a.bottom = bottom;
  if (!std::isfinite(min_v)) min_v = 0, max_v = 1;
  if (min_v > 0 && max_v / min_v >= 100) {
    a.log = true;
    a.lo = std::floor(std::log10(min_v));
    a.hi = std::ceil(std::log10(max_v));
    if (a.hi <= a.lo) a.hi = a.lo + 1;
    double every = std::ceil((a.hi - a.lo) / 6);
    for (double e = a.lo; e <= a.hi + 1e-9; e += every) a.ticks.push_back(std::pow(10, e));
    return a;
  }
  double lo = std::min(0.0, min_v), hi = std::max(0.0, max_v);
  if (hi == lo) hi = lo + 1;
  double step = nice_step((hi - lo) / 5);
  a.lo = std::floor(lo / step) * step;
  a.hi = std::ceil(hi * 1.0001 / step) * step;
  if (a.hi <= max_v) a.hi += step;  // room above the highest mark for its open interval
  for (double v = a.lo; v <= a.hi + step / 2; v += step) a.ticks.push_back(v);
  return a;
}

void text(std::string& out, double x, double y, const char* anchor, const std::string& s,
          const char* css = "tick") {
  out += "<text class=\"" + std::string(css) + "\" x=\"" + n1(x) + "\" y=\"" + n1(y) +
         "\" text-anchor=\"" + anchor + "\">";
  append_html(out, s);
  out += "</text>";
}

}  // namespace

const char* value_color(int group) {
  switch (group) {
    case 1:
      return "#2b8a3e";
    case 2:
      return "#c92a2a";
    case 3:
      return "#e67700";
    case 4:
      return "#5f3dc4";
    default:
      return "#868e96";
  }
}

std::string chart_svg(const Chart& chart) {
  const double width = 680, height = 300, left = 72, right = 24, top = 18, bottom = 252;
  std::string out;
  out += "<svg viewBox=\"0 0 " + n1(width) + " " + n1(height) +
         "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";

  double x_lo = std::numeric_limits<double>::infinity(), x_hi = -x_lo;
  for (const ChartMark& m : chart.marks) {
    x_lo = std::min(x_lo, m.from);
    x_hi = std::max(x_hi, m.to);
  }
  if (!std::isfinite(x_lo)) x_lo = 2000, x_hi = 2001;
  x_lo = std::floor(x_lo);
  x_hi = std::max(std::ceil(x_hi), x_lo + 1);
  auto x = [&](double t) { return left + (t - x_lo) / (x_hi - x_lo) * (width - left - right); };
  ValueAxis ya = value_axis(chart.marks, top, bottom);

  // Grid and axes: a line at each year boundary and a label in the middle of the year; over
  // long spans, lines and labels only every few years, at the boundary.
  out += "<g class=\"grid\">";
  int years = static_cast<int>(x_hi - x_lo);
  int every = years <= 10 ? 1 : static_cast<int>(nice_step(years / 10.0));
  for (int i = 0; i <= years; ++i) {
    double t = x_lo + i;
    if (years > 10 && static_cast<int>(t) % every != 0) continue;
    out += "<line x1=\"" + n1(x(t)) + "\" x2=\"" + n1(x(t)) + "\" y1=\"" + n1(top) + "\" y2=\"" +
           n1(bottom) + "\"/>";
  }
  for (double v : ya.ticks) {
    out += "<line x1=\"" + n1(left) + "\" x2=\"" + n1(width - right) + "\" y1=\"" + n1(ya.y(v)) +
           "\" y2=\"" + n1(ya.y(v)) + "\"/>";
  }
  out += "</g><g class=\"axis\">";
  out += "<line x1=\"" + n1(left) + "\" x2=\"" + n1(width - right) + "\" y1=\"" + n1(bottom) +
         "\" y2=\"" + n1(bottom) + "\"/>";
  out += "<line x1=\"" + n1(left) + "\" x2=\"" + n1(left) + "\" y1=\"" + n1(top) + "\" y2=\"" +
         n1(bottom) + "\"/>";
  for (int i = 0; i < years; ++i) {
    int year = static_cast<int>(x_lo) + i;
    if (year % every != 0 && years > 10) continue;
    double mid = years > 10 ? x(year) : x(year + 0.5);
    text(out, mid, bottom + 18, "middle", std::to_string(year));
  }
  for (double v : ya.ticks) text(out, left - 8, ya.y(v) + 4, "end", compact_number(v));
  std::string unit = chart.unit.empty() ? "value" : chart.unit;
  if (ya.log) unit += " (log scale)";
  out += "<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"" + n1(-(top + bottom) / 2) +
         "\" y=\"16\" text-anchor=\"middle\">";
  append_html(out, unit);
  out += "</text>";
  text(out, (left + width - right) / 2, height - 8, "middle", "period", "axis-title");
  out += "</g>";

  // Marks that share a period stand side by side instead of on top of each other.
  std::map<std::string, size_t> per_period, seen;
  for (const ChartMark& m : chart.marks) ++per_period[m.period];
  out += "<g class=\"marks\">";
  for (const ChartMark& m : chart.marks) {
    size_t k = seen[m.period]++;
    double dx = (static_cast<double>(k) - (static_cast<double>(per_period[m.period]) - 1) / 2) * 9;
    double cx = x((m.from + m.to) / 2) + dx, cy = ya.y(m.value);
    // Colours come from the source's class, so a mark and its legend swatch always agree.
    out += "<a class=\"claim-link src-" + std::to_string(m.color % 10) + "\" href=\"";
    append_html(out, m.href.empty() ? "#span-" + m.claim : m.href);
    out += "\" data-claim=\"";
    append_html(out, m.claim);
    out += "\">";
    if (m.to - m.from > 0.09) {
      out += "<line class=\"period\" x1=\"" + n1(x(m.from) + 1) + "\" x2=\"" + n1(x(m.to) - 1) +
             "\" y1=\"" + n1(cy) + "\" y2=\"" + n1(cy) + "\"/>";
    }
    if (m.low < m.high) {
      bool open = !std::isfinite(m.high);
      double y_high = open ? top : ya.y(m.high);
      out += "<line class=\"range\" x1=\"" + n1(cx) + "\" x2=\"" + n1(cx) + "\" y1=\"" +
             n1(ya.y(m.low)) + "\" y2=\"" + n1(y_high) + "\"/>";
      if (open) {
        out += "<polyline class=\"range\" fill=\"none\" points=\"" + n1(cx - 4) + "," +
               n1(y_high + 6) + " " + n1(cx) + "," + n1(y_high) + " " + n1(cx + 4) + "," +
               n1(y_high + 6) + "\"/>";
      } else {
        for (double yy : {ya.y(m.low), y_high}) {
          out += "<line class=\"range\" x1=\"" + n1(cx - 3) + "\" x2=\"" + n1(cx + 3) + "\" y1=\"" +
                 n1(yy) + "\" y2=\"" + n1(yy) + "\"/>";
        }
      }
    }
    out += "<circle class=\"mark";
    if (m.disputed) out += " disputed";
    if (m.hollow) out += " hollow";
    out += "\" cx=\"" + n1(cx) + "\" cy=\"" + n1(cy) + "\" r=\"5\"><title>";
    append_html(out, m.tooltip);
    out += "</title></circle></a>";
  }
  out += "</g></svg>";
  return out;
}

std::string dispute_graph_svg(const DisputePicture& p) {
  const double width = 760, row = 34, node_h = 24;
  const double src_x = 8, src_w = 176, claim_x = 240, claim_w = 300, key_cx = 662;
  size_t rows = std::max<size_t>({p.sources.size(), p.claims.size() + (p.more_claims ? 1 : 0), 3});
  const double height = static_cast<double>(rows) * row + 12;
  auto center = [&](size_t i, size_t n) {
    return 6 + (height - 12) * (static_cast<double>(i) + 0.5) / static_cast<double>(n);
  };
  const size_t n_claims = p.claims.size() + (p.more_claims ? 1 : 0);
  const double key_cy = height / 2;

  std::string out;
  out += "<svg class=\"dispute-graph\" viewBox=\"0 0 " + n1(width) + " " + n1(height) +
         "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
  out += "<g class=\"edges\">";
  for (auto [s, c] : p.asserts) {
    if (s >= p.sources.size() || c >= p.claims.size()) continue;
    double y1 = center(s, p.sources.size()), y2 = center(c, n_claims);
    double x1 = src_x + src_w, x2 = claim_x;
    out += "<path class=\"asserts\" d=\"M" + n1(x1) + " " + n1(y1) + " C" + n1((x1 + x2) / 2) +
           " " + n1(y1) + " " + n1((x1 + x2) / 2) + " " + n1(y2) + " " + n1(x2) + " " + n1(y2) +
           "\" fill=\"none\" stroke=\"#adb5bd\"/>";
  }
  for (size_t c = 0; c < p.claims.size(); ++c) {
    double y1 = center(c, n_claims), x1 = claim_x + claim_w, x2 = key_cx - 88;
    int g = p.claims[c].group;
    out += "<path class=\"about";
    if (g > 1) out += " contradicts";
    out += "\" d=\"M" + n1(x1) + " " + n1(y1) + " C" + n1((x1 + x2) / 2) + " " + n1(y1) + " " +
           n1((x1 + x2) / 2) + " " + n1(key_cy) + " " + n1(x2) + " " + n1(key_cy) +
           "\" fill=\"none\" stroke=\"" + value_color(g) + "\"" +
           (g > 1 ? " stroke-dasharray=\"5 3\"" : "") + "/>";
  }
  for (auto [copy, original] : p.copies) {
    if (copy >= p.claims.size() || original >= p.claims.size()) continue;
    double y1 = center(copy, n_claims), y2 = center(original, n_claims), x1 = claim_x;
    out +=
        "<path class=\"copies\" d=\"M" + n1(x1) + " " + n1(y1) + " C" + n1(x1 - 40) + " " + n1(y1) +
        " " + n1(x1 - 40) + " " + n1(y2) + " " + n1(x1) + " " + n1(y2) +
        "\" fill=\"none\" stroke=\"#845ef7\" stroke-dasharray=\"2 3\"><title>copy</title></path>";
  }
  out += "</g>";

  auto node = [&](const PictureNode& n, double x, double y, double w, const char* css,
                  const char* fill, const char* stroke, size_t chars) {
    bool link = !n.href.empty();
    if (link) {
      out += "<a";
      if (!n.link_class.empty()) attr(out, "class", n.link_class);
      if (!n.claim.empty()) attr(out, "data-claim", n.claim);
      attr(out, "href", n.href);
      out += ">";
    }
    out += "<g class=\"" + std::string(css) + "\"><title>";
    append_html(out, n.tooltip);
    out += "</title><rect x=\"" + n1(x) + "\" y=\"" + n1(y - node_h / 2) + "\" width=\"" + n1(w) +
           "\" height=\"" + n1(node_h) + "\" rx=\"4\" fill=\"" + fill + "\" stroke=\"" + stroke +
           "\"/>";
    text(out, x + 8, y + 4, "start", shorten(n.label, chars), "label");
    out += "</g>";
    if (link) out += "</a>";
  };
  for (size_t i = 0; i < p.sources.size(); ++i) {
    node(p.sources[i], src_x, center(i, p.sources.size()), src_w, "source", "#f1f3f5", "#495057",
         26);
  }
  for (size_t i = 0; i < p.claims.size(); ++i) {
    int g = p.claims[i].group;
    node(p.claims[i], claim_x, center(i, n_claims), claim_w, "claim", "#ffffff", value_color(g),
         44);
  }
  if (p.more_claims) {
    text(out, claim_x + 8, center(p.claims.size(), n_claims) + 4, "start",
         "+ " + std::to_string(p.more_claims) + " more", "label more");
  }
  // The key: what every claim here is about, as a diamond.
  out += "<g class=\"key\"><title>";
  append_html(out, p.key_tooltip);
  const double hw = 88, hh = 42;
  out += "</title><polygon points=\"" + n1(key_cx - hw) + "," + n1(key_cy) + " " + n1(key_cx) +
         "," + n1(key_cy - hh) + " " + n1(key_cx + hw) + "," + n1(key_cy) + " " + n1(key_cx) + "," +
         n1(key_cy + hh) + "\" fill=\"#fff9db\" stroke=\"#e67700\"/>";
  // Lines away from the middle have less room in a diamond.
  const double n_lines = static_cast<double>(p.key_lines.size());
  double ly = key_cy - 6.5 * (n_lines - 1) + 4;
  for (const std::string& line : p.key_lines) {
    const double room = 2 * hw * (1 - std::fabs(ly - 4 - key_cy) / hh) - 10;
    text(out, key_cx, ly, "middle", shorten(line, static_cast<size_t>(std::max(4.0, room / 6.4))),
         "label");
    ly += 13;
  }
  out += "</g></svg>";
  return out;
}

}  // namespace claimtrace::html_report
