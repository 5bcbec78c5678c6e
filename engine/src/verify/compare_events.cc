// Events on one key: one event, so its dates must overlap.
#include "verify/comparators.h"

namespace claimtrace {

void EventComparator::compare(const Item& x, const Item& y, Findings& out) const {
  if (x.when.overlaps(y.when)) {
    out.agree(x, y);
    return;
  }
  // One document dating "one" event twice in different sentences recounts two steps whose
  // objects read alike (a status, then its upgrade); two dates in one sentence are a check.
  if (x.doc == y.doc) return;
  out.contradict(x, y, DiscrepancyKind::kDateConflict, Severity::kHigh);
}

}  // namespace claimtrace
