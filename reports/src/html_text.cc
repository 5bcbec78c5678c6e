// HTML escaping and number display for report.html.
#include "html_text.h"

#include <cmath>
#include <cstdio>

#include "claimtrace/claim.h"
#include "claimtrace/utf8.h"

namespace claimtrace::html_report {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// HTML's parse errors among valid characters: C1 controls and the noncharacters.
bool html_cannot_carry(uint32_t cp) {
  if (cp >= 0x80 && cp <= 0x9F) return true;
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return true;
  return (cp & 0xFFFE) == 0xFFFE;
}

}  // namespace

void append_html(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        case '=':
          // Not needed by HTML, but then no attribute value holds a bare "on...=": even a naive
          // scan of the file for event handlers finds none in document text.
          out += "&#61;";
          break;
        default:
          if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
            out += kReplacement;
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    size_t invalid = 1;
    size_t n = utf8_char_length(s, i, &invalid);
    if (n == 0) {
      out += kReplacement;
      i += invalid;
      continue;
    }
    std::string_view ch = s.substr(i, n);
    const uint32_t cp = utf8_code_point(ch);
    if (html_cannot_carry(cp)) {
      out += kReplacement;
    } else if (is_hidden_control(cp)) {
      append_control_escape(out, cp);  // a bidi override would reorder the rest of the line
    } else {
      out.append(ch);
    }
    i += n;
  }
}

std::string anchor_id(std::string_view id) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(id.size());
  for (unsigned char c : id) {
    if (c < 0x20 || c == 0x7f || c == '%') {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  append_html(out, s);
  return out;
}

std::string shorten(std::string_view s, size_t max_chars) {
  if (max_chars == 0) max_chars = 1;
  size_t chars = 0, i = 0, keep = 0;
  while (i < s.size()) {
    if (chars + 1 == max_chars) keep = i;  // where the ellipsis goes if s is too long
    if (chars == max_chars) return std::string(s.substr(0, keep)) + "\xE2\x80\xA6";
    size_t n = utf8_char_length(s, i);
    i += n == 0 ? 1 : n;
    ++chars;
  }
  return std::string(s);
}

std::string fixed(double v, int digits) {
  if (!std::isfinite(v)) return v > 0 ? "\xE2\x88\x9E" : (v < 0 ? "-\xE2\x88\x9E" : "NaN");
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string readable_number(double v) {
  if (!std::isfinite(v)) return fixed(v, 0);
  // 6e9 * 1.1 is 6600000000.000001 in binary: a large figure that close to whole is whole.
  if (std::fabs(v) >= 1e3 && std::fabs(v - std::round(v)) < 1e-6) v = std::round(v);
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(v));
    std::string digits = buf, out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return (v < 0 ? "-" : "") + out;
  }
  return number_text(v);
}

std::string compact_number(double v) {
  struct Step {
    double size;
    const char* name;
  };
  static const Step kSteps[] = {{1e12, " tn"}, {1e9, " bn"}, {1e6, " m"}, {1e3, " k"}};
  char buf[48];
  for (const Step& s : kSteps) {
    if (std::fabs(v) >= s.size) {
      std::snprintf(buf, sizeof buf, "%.3g%s", v / s.size, s.name);
      return buf;
    }
  }
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

}  // namespace claimtrace::html_report
