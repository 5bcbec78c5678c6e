// Draft goals: a target in a draft meets the corpus's targets for the same key and time through
// verify's own value comparator, never the facts (a plan is not contradicted by an outcome).
#include "check_goals.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "claimtrace/claim_key.h"
#include "verify/comparators.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// Whether the year a claim's period ends in stands in the claim's own clause: no comma, colon,
// semicolon or dash between the year and the figure ("aimed to raise trade to $10 billion in
// 2020", not "raise trade to $10 billion, and set up ties in 1992").
bool year_in_own_clause(const Claim& c) {
  const std::string text = c.sentence.text();
  const uint64_t begin = c.sentence.range().begin;
  if (c.text_begin < begin || c.text_end < c.text_begin) return false;
  const size_t at = static_cast<size_t>(c.text_begin - begin);
  const size_t end = std::min(text.size(), static_cast<size_t>(c.text_end - begin));
  const std::string year = std::to_string(c.period.end_year);
  for (size_t y = text.find(year); y != std::string::npos; y = text.find(year, y + 1)) {
    const size_t from = std::min(y, end), to = std::max(y, at);
    if (from >= to) return true;
    const std::string_view between = std::string_view(text).substr(from, to - from);
    if (between.find_first_of(",;:") == std::string_view::npos &&
        between.find("\u2014") == std::string_view::npos &&
        between.find("\u2013") == std::string_view::npos &&
        between.find(" - ") == std::string_view::npos)
      return true;
  }
  return false;
}

}  // namespace

CorpusGoals::CorpusGoals(const std::vector<Document>& docs, const std::vector<Extraction>& corpus,
                         const std::string& draft_source, const RuleData& rules)
    : rules_(rules) {
  for (const Document& doc : docs) {
    if (doc.source.id == draft_source) draft_year_ = doc.source.published.year;
  }
  for (size_t d = 0; d < corpus.size(); ++d) {
    for (const Claim& c : corpus[d].claims) {
      if (c.source == draft_source) continue;
      bool undated = false;
      std::optional<Item> it;
      if (told_ahead(c, docs[d])) {
        Claim goal = c;
        goal.modality = Modality::kTarget;
        // "By" a year: the year it is to be reached, as a target's.
        if (goal.period.begin_year == 0) {
          goal.period.begin_year = goal.period.end_year;
          goal.period.begin_month = goal.period.end_month;
          goal.period.begin_day = goal.period.end_day;
        }
        it = goal_of(goal, d, undated);
        if (it) it->c = &c;
      } else {
        it = goal_of(c, d, undated);
      }
      if (!it) continue;
      it->index = items_.size();
      by_key_[it->key].push_back(it->index);
      items_.push_back(std::move(*it));
      undated_.push_back(undated);
    }
  }
}

bool CorpusGoals::told_ahead(const Claim& c, const Document& doc) {
  const bool fact = c.modality == Modality::kAsserted || c.modality == Modality::kReported;
  return fact && c.period_basis == PeriodBasis::kStated && doc.source.published.year > 0 &&
         c.period.end_year > doc.source.published.year;
}

std::optional<Item> CorpusGoals::goal_of(const Claim& c, size_t doc, bool& undated) const {
  undated = c.period.empty() && c.period_basis != PeriodBasis::kUnresolved;
  if (c.period_basis != PeriodBasis::kStated && !undated) return {};
  Claim keyed = c;
  if (undated) keyed.period_basis = PeriodBasis::kStated;  // keyed; its time is never compared
  std::optional<Item> it = item_of(keyed, doc, rules_, /*goals=*/true);
  if (!it || it->shape() != KeyShape::kQuantity) return {};
  it->c = &c;
  return it;
}

bool CorpusGoals::classify_undated(const Claim& draft, const Item& mine, DraftFinding& f) const {
  auto found = by_key_.find(mine.key);
  if (found == by_key_.end()) return false;
  std::vector<const Claim*> agreeing;
  for (size_t i : found->second) {
    const Item& x = items_[i];
    if (x.low <= mine.high && mine.low <= x.high) agreeing.push_back(x.c);
  }
  if (agreeing.empty()) return false;
  f.verdict = Verdict::kSupported;
  for (const Claim* c : agreeing) f.evidence.push_back(evidence_of(*c, EvidenceRole::kAgrees));
  f.explanation = goal_words(draft, agreeing, {});
  return true;
}

bool CorpusGoals::classify(const Claim& draft, DraftFinding& f) const {
  bool undated = false;
  std::optional<Item> mine = goal_of(draft, items_.size(), undated);
  if (!mine) return false;
  if (undated) return classify_undated(draft, *mine, f);
  auto found = by_key_.find(mine->key);
  if (found == by_key_.end()) return false;
  mine->index = items_.size();
  ValueComparator values;
  std::vector<const Claim*> agreeing, conflicting;
  std::set<std::string> sources;
  for (size_t i : found->second) {
    if (undated_[i]) continue;  // a goal with no year shares no time with a dated one
    Findings out;
    values.compare(items_[i], *mine, out);
    if (!out.contradictions.empty()) {
      conflicting.push_back(items_[i].c);
    } else if (!out.agreements.empty()) {
      agreeing.push_back(items_[i].c);
    }
  }
  if (agreeing.empty() && conflicting.empty()) {
    const bool past =
        draft_year_ > 0 && draft.period.end_year > 0 && draft.period.end_year < draft_year_;
    return past && !year_in_own_clause(draft) && classify_undated(draft, *mine, f);
  }
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
