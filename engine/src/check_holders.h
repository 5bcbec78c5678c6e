// Draft office holders named now against the holders the corpus last named for that office.
#pragma once

#include <map>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/claim_key.h"
#include "claimtrace/rules.h"

namespace claimtrace {

// The corpus's dated holders of each office and the dated ends of tenures, gathered once per
// check.
class CorpusHolders {
 public:
  explicit CorpusHolders(const RuleSet& rules) : rules_(rules) {}

  // Keeps a corpus claim keyed `k`: a holder of an office, or the end of a holder's tenure.
  void add(const Claim& c, const ClaimKey& k);

  // A holder the draft names in the present tense ("Korea's ambassador, X, says") holds the
  // office the corpus last named a holder of up to the draft's date, when every account of that
  // day names the same person and no source dates his leaving it between then and the draft:
  // those accounts. Empty otherwise; another name there is no contradiction, as a handover may
  // fall in between.
  std::vector<const Claim*> latest(const Claim& draft) const;

 private:
  bool holder_attribute(const Claim& c) const;

  const RuleSet& rules_;
  std::map<ClaimKey, std::vector<const Claim*>> holders_;  // corpus holders of each office
  std::vector<const Claim*> ends_;  // dated ends of tenures (object: "holder, office key")
};

}  // namespace claimtrace
