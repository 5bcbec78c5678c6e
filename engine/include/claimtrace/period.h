// Period: the time a claim is about, at day precision, and the calendar sums that compare two.
#pragma once

#include <climits>
#include <string>

namespace claimtrace {

// Where a claim's period came from. kStated: the sentence says it; kDocumentDate: present
// tense, as of publication; kUnresolved: relative or as-of in an undated document; kNone: no
// period applies (names, mentions); kContext: the figure states none, the sentence before it
// does, and the figure continues it.
enum class PeriodBasis { kNone, kStated, kDocumentDate, kUnresolved, kContext };
const char* to_string(PeriodBasis basis);  // "", "stated", "document date", "unresolved", "context"

// Inclusive days since 1970-01-01; an open end is LONG_MIN or LONG_MAX.
struct DayRange {
  long first = LONG_MIN, last = LONG_MAX;

  bool operator==(const DayRange&) const = default;
  bool overlaps(const DayRange& o) const { return first <= o.last && o.first <= last; }
  bool within(const DayRange& o) const { return first >= o.first && last <= o.last; }
  bool contains(const DayRange& o) const { return o.within(*this); }
};

// A period of time at month precision or finer: "2021" is 2021-01-01..2021-12-31.
// Either end may be open (year 0) for "since 2020" or "until December 2019".
struct Period {
  int begin_year = 0, begin_month = 0, begin_day = 0;
  int end_year = 0, end_month = 0, end_day = 0;
  bool unresolved = false;  // relative ("this year") in a document whose date is unknown

  bool operator==(const Period&) const = default;
  bool empty() const { return begin_year == 0 && end_year == 0; }
  // "2021", "2021-06", "2021-06-11", "2023-01/2023-09", "2000/2019", "2020/" or "".
  std::string iso() const;

  // The days it spans. A point event ("from 2016" dating when something began) spans its
  // begin only, not every day since.
  DayRange days(bool point_event = false) const;
  bool overlaps(const Period& o) const { return days().overlaps(o.days()); }
  bool within(const Period& o) const { return days().within(o.days()); }
  bool contains(const Period& o) const { return days().contains(o.days()); }
};

// Days since 1970-01-01 of a civil date.
long days_from_civil(int year, int month, int day);
int days_in_month(int year, int month);

}  // namespace claimtrace
