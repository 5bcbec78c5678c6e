// Quantities on one key: overlapping intervals agree; disjoint ones at one time clash.
#include <algorithm>
#include <climits>
#include <cmath>

#include "verify/comparators.h"
#include "verify/rounding.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

constexpr double kEpsilon = 1e-9;  // relative slack when comparing interval ends

bool disjoint(double lo1, double hi1, double lo2, double hi2) {
  auto below = [](double hi, double lo) {
    return hi < lo - kEpsilon * std::max(std::fabs(hi), std::fabs(lo));
  };
  return below(hi1, lo2) || below(hi2, lo1);
}

// Only a physical measure's level (a length, an area) is taken to hold whatever the date: a
// share or a rate with no period of its own is of an unknown time, never of every time.
bool as_of_date(const Item& it) {
  return it.c->kind == ClaimKind::kMeasure && it.key.metric == Metric::kLevel &&
         it.c->period_basis == PeriodBasis::kDocumentDate;
}

// The most a figure may have moved in rounding, as a share of it (the draft check's bound).
constexpr double kMostRounding = 0.05;

bool exact_point(const Item& it) {
  return (it.c->kind == ClaimKind::kAmount || it.c->kind == ClaimKind::kPercent) &&
         it.c->qualifier == Qualifier::kExact && it.low == it.high;
}

// A figure written with fewer digits stands for what rounds to it ("4.6 billion" for 4.57
// billion), as the draft check reads a draft's figures: the finer figure agrees with the coarser
// one when it lies within half a unit of the coarser one's last digit (at most 5% of it).
bool rounds_to(const Item& x, const Item& y) {
  if (!exact_point(x) || !exact_point(y)) return false;
  const double hx = half_unit(x.low), hy = half_unit(y.low);
  if (hx == hy) return false;  // the same precision: two different figures
  const Item& coarse = hx > hy ? x : y;
  const Item& fine = hx > hy ? y : x;
  const double cap = kMostRounding * std::fabs(coarse.low);
  const double slack = std::min(std::max(hx, hy), cap);
  const double off = std::fabs(fine.low - coarse.low);
  return slack < cap ? off <= slack * (1 + kEpsilon) : off < slack;
}

}  // namespace

void ValueComparator::compare(const Item& x, const Item& y, Findings& out) const {
  // A figure with no period of its own shares one only with another of the same date: never
  // chained to a dated figure of some year.
  if (x.implicit != y.implicit) return;
  const bool same_time = x.when == y.when;
  // A state measured only as of its document's date (a border's length, an area) is the same
  // figure on another date when the two agree; that the state changed in between is never
  // assumed, so such figures support each other and never clash.
  if (!same_time && as_of_date(x) && as_of_date(y)) {
    if (!disjoint(x.low, x.high, y.low, y.high)) out.agree(x, y);
    return;
  }
  if (same_time) {
    if (disjoint(x.low, x.high, y.low, y.high) && !rounds_to(x, y)) {
      out.contradict(x, y, DiscrepancyKind::kValueConflict, base_severity(x, y, Severity::kHigh));
    } else {
      out.agree(x, y);
    }
    return;
  }
  // A part of a period larger than the whole that contains it. A period open at one end
  // ("until 2030", "since 2016") has no known extent, so it is no whole of anything.
  auto bounded = [](const DayRange& d) { return d.first != LONG_MIN && d.last != LONG_MAX; };
  if (!x.implicit && !y.implicit && is_flow(x.c->kind) && bounded(x.when) && bounded(y.when)) {
    bool x_in_y = x.when.within(y.when), y_in_x = y.when.within(x.when);
    const Item* part = x_in_y ? &x : y_in_x ? &y : nullptr;
    const Item* whole = x_in_y ? &y : &x;
    if (part && part->low > whole->high * (1 + kEpsilon)) {
      out.contradict(x, y, DiscrepancyKind::kValueConflict, base_severity(x, y, Severity::kHigh),
                     part_larger_words(*part->c, *whole->c));
    }
  }
}

}  // namespace claimtrace
