// Interval: the range of values a figure's wording allows ("about 6 billion", "over 80").
#pragma once

#include <algorithm>
#include <cmath>

namespace claimtrace {

struct Interval {
  double low = 0, high = 0;

  bool operator==(const Interval&) const = default;
  // Relative tolerance for floating point noise in converted values (scales, units).
  static constexpr double kEpsilon = 1e-9;

  // Apart by more than noise: the two wordings cannot describe one value.
  bool disjoint(const Interval& o) const {
    auto below = [](double hi, double lo) {
      return hi < lo - kEpsilon * std::max(std::fabs(hi), std::fabs(lo));
    };
    return below(high, o.low) || below(o.high, low);
  }
  bool overlaps(const Interval& o) const { return !disjoint(o); }
  bool contains(double v) const { return v >= low && v <= high; }
  bool within(const Interval& o) const { return low >= o.low && high <= o.high; }
  bool contains(const Interval& o) const { return o.within(*this); }
};

}  // namespace claimtrace
