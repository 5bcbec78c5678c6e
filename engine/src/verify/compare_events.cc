// Events on one key: one event, so its dates must overlap.
#include "verify/comparators.h"

namespace claimtrace {

void EventComparator::compare(const Item& x, const Item& y, Findings& out) const {
  if (x.when.overlaps(y.when)) {
    out.agree(x, y);
    return;
  }
  Severity s = x.doc == y.doc ? Severity::kLow : Severity::kHigh;
  out.contradict(x, y, DiscrepancyKind::kDateConflict, s);
}

}  // namespace claimtrace
