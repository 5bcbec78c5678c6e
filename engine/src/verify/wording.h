// Wording: every English sentence verification writes, built from the structured values of a
// finding. A new kind of finding brings its own function here.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "claimtrace/discrepancy.h"
#include "verify/items.h"

namespace claimtrace {

// A number a person reads: 6450000000 -> "6.45 billion", 500000 -> "500,000".
std::string readable(double v);
// A claim's value as said: "about 5 million doses", "rank 2 (in Asia)", "2016", "\"label\"".
std::string value_words(const Claim& c);
// When an item holds: its period, or the document date it stands for.
std::string when_words(const Item& it);
// "trade.turnover" -> "trade turnover".
std::string readable_attribute(const std::string& attribute);
// "a, b, c" for the sources a statement appears in.
std::string joined(const std::set<std::string>& names);

// Value conflicts across periods: a part of a period larger than the whole that contains it.
std::string part_larger_words(const Claim& part, const Claim& whole);

// One side of a dispute as the explanation names it.
struct SideWords {
  std::string value;  // as value_words says it
  double support = 0;
  struct Place {
    std::string source, when, quote;
  };
  std::vector<Place> places;          // where each source first states it
  std::map<std::string, int> stated;  // source -> how often it states it
};
// The value a side competes with: events in a label conflict compete on the status they began.
std::string competing_value_words(DiscrepancyKind kind, const Item& lead);
std::string dispute_words(DiscrepancyKind kind, const Claim& first,
                          const std::vector<SideWords>& sides, const std::set<std::string>& notes,
                          bool any_implicit);

// forms: each wording of the status and the sources that use it.
std::string graded_variant_words(const Claim& first,
                                 const std::map<std::string, std::set<std::string>>& forms);
// A record contradicted by a larger figure for an earlier period.
std::string record_words(const Claim& record, const Claim& larger);
// A level and its change imply the level a year before (lo..hi); another figure for it is outside.
std::string derived_words(const Claim& level, const Claim& change, const Claim& prior, double lo,
                          double hi);
// A share of a whole beside the whole, and a stated part outside what they imply.
std::string share_of_whole_words(const Claim& whole, const Claim& share, const Claim& stated,
                                 double lo, double hi);
// A figure with no period beside other sources' dated figures that differ from it.
std::string undated_figure_words(const Claim& undated, const std::vector<const Claim*>& dated);
std::string double_date_words(const Claim& early, const Claim& late);
// A holder named at a time after their tenure's end, or before its start.
enum class TenureSide { kAfterEnd, kBeforeStart };
std::string holder_outside_tenure_words(const Claim& tenure, const Claim& holder,
                                        const std::string& name, TenureSide side);
// Another holder named at a time inside a tenure whose start and end one document dates.
std::string rival_inside_tenure_words(const Claim& start, const Claim& end, const Claim& rival,
                                      const std::string& name, const std::string& other);
// One holder's tenure started (or ended) on two dates.
std::string tenure_dates_words(const Claim& a, const Claim& b, const std::string& name);
std::string missed_target_words(const Claim& target, const Claim& actual);
// A total the rules define as a sum (exports + imports) whose parts add up to low..high.
std::string sum_words(const Claim& total, double low, double high, const std::string& sum);
// One part of a total (exports of a turnover) larger than the total for the same time.
std::string part_above_total_words(const Claim& total, const Claim& part);
// Several parts above one total: the largest few quoted, count all of them.
std::string parts_above_total_words(const Claim& total, const std::vector<const Claim*>& largest,
                                    size_t count);
// low..high: what the parts add up to; sum: the parts as quoted.
std::string arithmetic_words(const Claim& total, const std::string& cue, double low, double high,
                             const std::string& sum, bool over);
std::string plausibility_words(const Claim& outlier, size_t others, double lo, double hi,
                               double factor);

struct NameForm {
  std::string shown;  // as first written
  int count = 0;
  std::set<std::string> sources;
};
std::string name_variant_words(const std::string& name, const std::vector<NameForm>& forms);
// An event the rules know by several designations ("invasion", "special military operation"):
// framings of one event, not spellings of one name.
std::string framing_variant_words(const std::string& name, const std::vector<NameForm>& forms);
// names: each name as first written and its sources; heads: the body words that differ.
std::string similar_bodies_words(
    const std::vector<std::pair<std::string, std::set<std::string>>>& names,
    const std::vector<std::string>& heads);

// The draft check's verdicts (check.cc), worded with the findings they rest on.
// A claim with no known subject or period: nothing can be compared with it.
std::string no_basis_words();
// Nothing in the corpus on the claim's subject, measure and period.
std::string nothing_on_words(const Claim& claim);
// The draft's claim is on one side of a finding; the corpus may also be split (disputed).
std::string contradicted_words(const Discrepancy& d, bool corpus_with_draft);
// The corpus disagrees on the claim's key though no corpus claim conflicts with the draft's.
std::string disputed_words(const Discrepancy& d);
// Corpus claims that agree: each quote and where it stands (its source and period).
std::string agrees_words(const std::vector<std::pair<std::string, const Claim*>>& quotes,
                         const std::vector<std::string>& sources);
// The latest figures the corpus states for a present-tense draft figure, split: those that hold
// it and those that do not.
std::string latest_disputed_words(const std::vector<const Claim*>& holding,
                                  const std::vector<const Claim*>& missing);
// A rank one source scopes ("largest partner in Central Asia") and another states without it.
std::string dropped_scope_words(const Claim& scoped, const Claim& unscoped);
// A draft's scoped rank that a corpus rank without the scope implies.
std::string scope_support_words(const Claim& broader);
// A draft's rank without the scope the corpus states it in.
std::string scope_only_words(const Claim& scoped);
// A draft's target or plan against the corpus's goals for the same measure and time.
std::string goal_words(const Claim& draft, const std::vector<const Claim*>& agreeing,
                       const std::vector<const Claim*>& conflicting);

}  // namespace claimtrace
