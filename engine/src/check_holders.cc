// CorpusHolders: a draft's present-tense office holder against the corpus's latest holder.
#include "check_holders.h"

#include <algorithm>
#include <climits>
#include <string>

#include "rule_data.h"
#include "verify/names.h"

namespace claimtrace {

bool CorpusHolders::holder_attribute(const Claim& c) const {
  const AttributeRule* a = rules_.data().declared(c.attribute);
  return a && a->comparison == Comparison::kHolder;
}

void CorpusHolders::add(const Claim& c, const ClaimKey& k) {
  if (c.period.empty()) return;
  if (k.shape == KeyShape::kLabel && holder_attribute(c)) holders_[k].push_back(&c);
  if (k.shape == KeyShape::kEvent && c.period_basis == PeriodBasis::kStated &&
      c.attribute == rules_.data().policy.office_end_attribute) {
    ends_.push_back(&c);
  }
}

std::vector<const Claim*> CorpusHolders::latest(const Claim& draft) const {
  if (draft.kind != ClaimKind::kLabel || draft.period_basis != PeriodBasis::kDocumentDate ||
      draft.period.empty() || !holder_attribute(draft)) {
    return {};
  }
  std::optional<ClaimKey> k = key_of(draft, rules_);
  auto found = k ? holders_.find(*k) : holders_.end();
  if (found == holders_.end()) return {};
  const long now = draft.period.days().first;
  long latest = LONG_MIN, latest_first = LONG_MAX;
  for (const Claim* c : found->second) {
    const long last = c->period.days().last;
    if (last <= now && last > latest) latest = last;
  }
  if (latest == LONG_MIN) return {};
  for (const Claim* c : found->second) {
    if (c->period.days().last == latest)
      latest_first = std::min(latest_first, c->period.days().first);
  }
  const Transcriptions& systems = rules_.data().transcriptions;
  const std::string holder = holder_of(draft.text);
  std::vector<const Claim*> holding;
  for (const Claim* c : found->second) {
    if (c->period.days().last != latest) continue;
    if (!same_person_written(systems, holder_of(c->text), holder)) return {};
    holding.push_back(c);
  }
  // An end of his tenure of this office dated from that account up to the draft's date.
  for (const Claim* e : ends_) {
    if (e->period.days().last < latest_first || e->period.days().first > now ||
        e->subject != draft.subject) {
      continue;
    }
    const size_t comma = e->object.find(", ");
    if (comma == std::string::npos || e->object.substr(comma + 2) != draft.object) continue;
    if (same_person_written(systems, e->object.substr(0, comma), holder)) return {};
  }
  return holding;
}

}  // namespace claimtrace
