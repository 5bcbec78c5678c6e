// Draft targets and plans against the corpus's, on their goal key: a goal is compared with goals.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "claimtrace/check.h"
#include "verify/items.h"

namespace claimtrace {

// The corpus's targets and plans, keyed as verify keys facts (key_of with
// goals), built once per check. A figure a document tells as a fact for a year after its own
// (a level "to reach" by a later year) can be no outcome: it is a goal too.
class CorpusGoals {
 public:
  // `docs[i]` is the document of `corpus[i]`.
  CorpusGoals(const std::vector<Document>& docs, const std::vector<Extraction>& corpus,
              const std::string& draft_source, const RuleData& rules);

  // Fills the finding when the corpus states goals on the draft claim's goal key at its time:
  // supported when they agree with it, contradicted when they all conflict with it, disputed
  // when some agree and some conflict; false when the corpus has no goal to compare. A goal
  // with no year ("agreed to raise trade to $15 billion") is supported by a goal of any year
  // with its value, and otherwise left unsupported: another year's goal may be another goal.
  // A goal the draft dates to a year before its own, which no corpus goal of that year meets,
  // is read as one with no year when another clause gives that year: a goal lies ahead of the
  // text that sets it, so a past year set off from it more often dates another clause ("want to
  // lift trade to $5bn, and first set up ties in 1993"). A year in the goal's own clause ("aimed
  // at $5bn in 2020") stays: it says when, and another year's goal does not support it.
  bool classify(const Claim& draft, DraftFinding& f) const;

 private:
  // The goal item of a claim; one with no period is keyed as if it had one, and marked.
  std::optional<Item> goal_of(const Claim& c, size_t doc, bool& undated) const;
  // A fact whose period ends in a year after its document's: a goal told as a fact.
  static bool told_ahead(const Claim& c, const Document& doc);
  bool classify_undated(const Claim& draft, const Item& mine, DraftFinding& f) const;

  const RuleData& rules_;
  int draft_year_ = 0;                              // the year the draft is published in
  std::vector<Item> items_;                         // corpus goals, index = position
  std::vector<bool> undated_;                       // of each item: no year of its own
  std::map<ClaimKey, std::vector<size_t>> by_key_;  // goal key -> items
};

}  // namespace claimtrace
