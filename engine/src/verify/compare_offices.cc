// Who holds an office: one person at a time, so two names at overlapping times clash unless
// they spell one name.
#include "verify/comparators.h"
#include "verify/names.h"

namespace claimtrace {

void OfficeHolderComparator::compare(const Item& x, const Item& y, Findings& out) const {
  if (!x.when.overlaps(y.when)) return;
  // One named only after the other's tenure ended, as that one's own document dates the end,
  // took over: a handover, not two holders at once.
  if (x.ended < y.said.first || y.ended < x.said.first) return;
  static const Transcriptions kNone;
  if (same_person_written(transcriptions_ ? *transcriptions_ : kNone, holder_of(x.c->text),
                          holder_of(y.c->text))) {
    out.agree(x, y);
    return;
  }
  const Severity s = x.doc == y.doc ? Severity::kLow : Severity::kMedium;
  out.contradict(x, y, DiscrepancyKind::kLabelConflict, s, "two holders of one office");
}

}  // namespace claimtrace
