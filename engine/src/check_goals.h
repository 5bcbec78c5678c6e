// Draft targets and plans against the corpus's, on their goal key: a goal is compared with goals.
#pragma once

#include <map>
#include <vector>

#include "claimtrace/check.h"
#include "verify/items.h"

namespace claimtrace {

// The corpus's targets and plans with a stated period, keyed as verify keys facts (key_of with
// goals), built once per check.
class CorpusGoals {
 public:
  CorpusGoals(const std::vector<Extraction>& corpus, const std::string& draft_source,
              const RuleData& rules);

  // Fills the finding when the corpus states goals on the draft claim's goal key at its time:
  // supported when they agree with it, contradicted when they all conflict with it, disputed
  // when some agree and some conflict; false when the corpus has no goal to compare.
  bool classify(const Claim& draft, DraftFinding& f) const;

 private:
  const RuleData& rules_;
  std::vector<Item> items_;                         // corpus goals, index = position
  std::map<ClaimKey, std::vector<size_t>> by_key_;  // goal key -> items
};

}  // namespace claimtrace
