// Ranks on one key: a subject holds one rank in a scope at a time.
#include "verify/comparators.h"

namespace claimtrace {

void RankComparator::compare(const Item& x, const Item& y, Findings& out) const {
  if (!x.when.overlaps(y.when)) return;
  // "Korea is Viet Nam's third partner" and "Viet Nam is Korea's third partner" rank in two
  // directions; a rank whose owner the words do not say may be either.
  if (!x.label.empty() && !y.label.empty() && x.label != y.label) return;
  // "Among the five largest partners" is any of the first five places: it agrees with a place
  // inside them and contradicts only one outside.
  const bool agree =
      x.low == x.high && y.low == y.high ? x.low == y.low : x.low <= y.high && y.low <= x.high;
  if (agree) {
    out.agree(x, y);
    return;
  }
  Severity s = x.doc == y.doc ? Severity::kLow : base_severity(x, y, Severity::kHigh);
  out.contradict(x, y, DiscrepancyKind::kRankConflict, s);
}

}  // namespace claimtrace
