// Draft goals: a target in a draft meets the corpus's targets for the same key and time through
// verify's own value comparator, never the facts (a plan is not contradicted by an outcome).
#include "check_goals.h"

#include <set>

#include "claimtrace/claim_key.h"
#include "verify/comparators.h"
#include "verify/wording.h"

namespace claimtrace {

CorpusGoals::CorpusGoals(const std::vector<Extraction>& corpus, const std::string& draft_source,
                         const RuleData& rules)
    : rules_(rules) {
  for (size_t d = 0; d < corpus.size(); ++d) {
    for (const Claim& c : corpus[d].claims) {
      if (c.source == draft_source || c.period_basis != PeriodBasis::kStated) continue;
      std::optional<Item> it = item_of(c, d, rules, /*goals=*/true);
      if (!it || it->shape() != KeyShape::kQuantity) continue;
      it->index = items_.size();
      by_key_[it->key].push_back(it->index);
      items_.push_back(std::move(*it));
    }
  }
}

bool CorpusGoals::classify(const Claim& draft, DraftFinding& f) const {
  if (draft.period_basis != PeriodBasis::kStated) return false;
  std::optional<Item> mine = item_of(draft, items_.size(), rules_, /*goals=*/true);
  if (!mine || mine->shape() != KeyShape::kQuantity) return false;
  auto found = by_key_.find(mine->key);
  if (found == by_key_.end()) return false;
  mine->index = items_.size();
  ValueComparator values;
  std::vector<const Claim*> agreeing, conflicting;
  std::set<std::string> sources;
  for (size_t i : found->second) {
    Findings out;
    values.compare(items_[i], *mine, out);
    if (!out.contradictions.empty()) {
      conflicting.push_back(items_[i].c);
    } else if (!out.agreements.empty()) {
      agreeing.push_back(items_[i].c);
    }
  }
  if (agreeing.empty() && conflicting.empty()) return false;
  f.verdict = conflicting.empty() ? Verdict::kSupported
              : agreeing.empty()  ? Verdict::kContradicted
                                  : Verdict::kDisputed;
  for (const Claim* c : agreeing) f.evidence.push_back(evidence_of(*c, EvidenceRole::kAgrees));
  for (const Claim* c : conflicting) {
    f.evidence.push_back(evidence_of(*c, EvidenceRole::kConflicts));
  }
  f.explanation = goal_words(draft, agreeing, conflicting);
  return true;
}

}  // namespace claimtrace
