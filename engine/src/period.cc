// Periods as ISO 8601 text and as ranges of days.
#include "claimtrace/period.h"

#include <cstdio>

namespace claimtrace {

const char* to_string(PeriodBasis basis) {
  switch (basis) {
    case PeriodBasis::kNone:
      return "";
    case PeriodBasis::kStated:
      return "stated";
    case PeriodBasis::kDocumentDate:
      return "document date";
    case PeriodBasis::kUnresolved:
      return "unresolved";
    case PeriodBasis::kContext:
      return "context";
  }
  return "?";
}

// Howard Hinnant's algorithm.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int days_in_month(int y, int m) {
  static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : n[m - 1];
}

DayRange Period::days(bool point_event) const {
  DayRange d;
  if (begin_year != 0) {
    d.first = days_from_civil(begin_year, begin_month ? begin_month : 1, begin_day ? begin_day : 1);
  }
  int ey = end_year, em = end_month, ed = end_day;
  if (point_event && ey == 0 && begin_year != 0) {
    ey = begin_year, em = begin_month, ed = begin_day;
  }
  if (ey != 0) {
    int m = em ? em : 12;
    d.last = days_from_civil(ey, m, ed ? ed : days_in_month(ey, m));
  }
  return d;
}

namespace {

std::string point(int year, int month, int day) {
  char buf[48];  // room for any int, so the compiler can prove nothing is cut
  if (day > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (month > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

}  // namespace

std::string Period::iso() const {
  if (empty()) return "";
  const bool same = begin_year == end_year && begin_month == end_month && begin_day == end_day;
  if (same) return point(begin_year, begin_month, begin_day);
  // A whole year written as a range of its months is just that year.
  if (begin_year == end_year && begin_month == 1 && end_month == 12 && begin_day == 0 &&
      end_day == 0) {
    return point(begin_year, 0, 0);
  }
  std::string b = begin_year ? point(begin_year, begin_month, begin_day) : "";
  std::string e = end_year ? point(end_year, end_month, end_day) : "";
  return b + "/" + e;
}

}  // namespace claimtrace
