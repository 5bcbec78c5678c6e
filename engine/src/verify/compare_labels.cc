// Labels of a status: exclusive ones name one state; graded ones grade one status.
#include <algorithm>

#include "verify/comparators.h"

namespace claimtrace {

void LabelComparator::compare(const Item& x, const Item& y, Findings& out) const {
  if (!x.when.overlaps(y.when)) return;
  if (x.label == y.label) {
    out.agree(x, y);
    return;
  }
  Severity s = x.doc == y.doc ? Severity::kLow : base_severity(x, y, Severity::kMedium);
  out.contradict(x, y, DiscrepancyKind::kLabelConflict, s);
}

GradedLabelComparator::GradedLabelComparator(const Keyed& keyed) {
  for (const Item& it : keyed.items) {
    const ClaimKey* status = it.status_key();
    if (!status) continue;
    auto [at, fresh] = first_used_[*status].emplace(it.modifiers, it.when.first);
    if (!fresh) at->second = std::min(at->second, it.when.first);
  }
}

namespace {

bool includes(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::includes(a.begin(), a.end(), b.begin(), b.end());
}

}  // namespace

void GradedLabelComparator::compare(const Item& x, const Item& y, Findings& out) const {
  if (x.shown_by_event && y.shown_by_event) return;  // their events are compared instead
  if (x.modifiers == y.modifiers) {
    if (x.when.overlaps(y.when)) out.agree(x, y);
    return;
  }
  // Variants are gathered per key by the graded-variants check.
  if (includes(x.modifiers, y.modifiers) || includes(y.modifiers, x.modifiers)) return;
  if (!x.when.overlaps(y.when)) return;
  std::set<std::string> both = x.modifiers;
  both.insert(y.modifiers.begin(), y.modifiers.end());
  const long by = std::max(x.when.last, y.when.last);
  auto wordings = first_used_.find(*x.status_key());
  if (wordings != first_used_.end()) {
    for (const auto& [modifiers, first] : wordings->second) {
      if (first <= by && includes(modifiers, both)) return;
    }
  }
  Severity s = x.doc == y.doc ? Severity::kLow : Severity::kMedium;
  out.contradict(x, y, DiscrepancyKind::kLabelConflict, s);
}

}  // namespace claimtrace
