// Ranks on one key: a subject holds one rank in a scope at a time.
#include "verify/comparators.h"

namespace claimtrace {

void RankComparator::compare(const Item& x, const Item& y, Findings& out) const {
  if (!x.when.overlaps(y.when)) return;
  if (x.low == y.low) {
    out.agree(x, y);
    return;
  }
  Severity s = x.doc == y.doc ? Severity::kLow : base_severity(x, y, Severity::kHigh);
  out.contradict(x, y, DiscrepancyKind::kRankConflict, s);
}

}  // namespace claimtrace
