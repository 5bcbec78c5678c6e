// Partial dates of documents: parsing what manifests and markup say, printing ISO 8601; the
// checks of a manifest's URLs and trust priors.
#include "claimtrace/source.h"

#include <cctype>
#include <charconv>
#include <cstdio>
#include <string_view>

namespace claimtrace {

std::string PartialDate::iso() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      return buf;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      return buf;
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      return buf;
    case DatePrecision::kUnknown:
      break;
  }
  return "";
}

const char* to_string(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kUnknown:
      break;
  }
  return "unknown";
}

namespace {

// Reads exactly n digits at s[pos]; -1 when they are not there.
int digits(const std::string& s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

bool valid_day(int year, int month, int day) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

}  // namespace

PartialDate PartialDate::parse(const std::string& raw) {
  size_t b = 0, e = raw.size();
  while (b < e && std::isspace(static_cast<unsigned char>(raw[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(raw[e - 1]))) --e;
  std::string s = raw.substr(b, e - b);
  PartialDate d;
  // d.m.yyyy and dd.mm.yyyy, as European documents date themselves.
  if (size_t dot = s.find('.'); dot != std::string::npos && dot <= 2) {
    int day = digits(s, 0, dot);
    size_t dot2 = s.find('.', dot + 1);
    if (day > 0 && dot2 != std::string::npos && dot2 - dot - 1 <= 2 && dot2 + 5 == s.size()) {
      int month = digits(s, dot + 1, dot2 - dot - 1);
      int year = digits(s, dot2 + 1, 4);
      if (year > 0 && valid_day(year, month, day)) {
        return PartialDate{year, month, day, DatePrecision::kDay};
      }
    }
    return d;
  }
  int year = digits(s, 0, 4);
  if (year <= 0) return d;
  if (s.size() == 4) return PartialDate{year, 0, 0, DatePrecision::kYear};
  if (s[4] != '-') return d;
  int month = digits(s, 5, 2);
  if (month < 1 || month > 12) return d;
  if (s.size() == 7) return PartialDate{year, month, 0, DatePrecision::kMonth};
  if (s.size() < 10 || s[7] != '-') return d;
  int day = digits(s, 8, 2);
  if (!valid_day(year, month, day)) return d;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return d;  // only a time part may follow
  return PartialDate{year, month, day, DatePrecision::kDay};
}

bool is_web_url(const std::string& url) {
  for (const char* scheme : {"http://", "https://"}) {
    const std::string_view s(scheme);
    if (url.size() > s.size() && url.compare(0, s.size(), s) == 0 &&
        url.find_first_of(" \t\r\n\"<>") == std::string::npos) {
      return true;
    }
  }
  return false;
}

std::optional<double> parse_trust(const std::string& text) {
  double v = -1;
  const char* end = text.data() + text.size();
  auto [at, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || at != end || !(v >= 0 && v <= 1)) return std::nullopt;
  return v;
}

}  // namespace claimtrace
