// Derived figures: a change and the level it led to in one sentence or paragraph ("grew by 9%
// to $6.9 billion", "That was 7% more than a year before") imply the level one year before, and a
// share beside its whole ("3.5% of Chile's total trade of $200 billion") the pair's level; a
// figure stated for that period outside the implied interval is an arithmetic finding, low, with
// the computation shown.
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "verify/checks.h"
#include "verify/rounding.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// The same span of the calendar one year earlier, when the period is whole months.
std::optional<DayRange> year_before(const Period& p) {
  if (p.begin_year == 0 || p.end_year == 0 || p.begin_day != 0 || p.end_day != 0) return {};
  Period q = p;
  q.begin_year -= 1;
  q.end_year -= 1;
  return q.days();
}

// Whether a stated figure, with half a unit of its last digit either side, lies wholly
// outside the interval [lo, hi] a computation implies.
bool outside(const Item& stated, double lo, double hi) {
  return stated.high + half_unit(stated.high) < lo || stated.low - half_unit(stated.low) > hi;
}

// The low arithmetic finding of a derived figure: the whole or level it rests on, the change or
// share that derives it, and the stated figure outside what they imply.
Discrepancy derived_finding(const Claim& total, const Claim& part, const Claim& stated,
                            std::string explanation) {
  Discrepancy d = finding(DiscrepancyKind::kArithmetic, Severity::kLow, total, true);
  d.evidence = {evidence_of(total, EvidenceRole::kTotal), evidence_of(part, EvidenceRole::kPart),
                evidence_of(stated, EvidenceRole::kValue)};
  d.explanation = std::move(explanation);
  return d;
}

// A key's dated figures (neither undated nor listed) by their time, each time's in key order,
// made once per key asked: a key with many changes and figures is read once, not once a change.
class Priors {
 public:
  explicit Priors(const Keyed& keyed) : keyed_(keyed) {}
  const std::vector<size_t>& at(const ClaimKey& key, const DayRange& when) {
    const std::vector<size_t>& list = keyed_.keys.at(key);
    auto [found, added] = by_key_.try_emplace(&list);
    if (added) {
      for (size_t i : list) {
        const Item& it = keyed_.items[i];
        if (!it.implicit && !it.listed) found->second[{it.when.first, it.when.last}].push_back(i);
      }
    }
    auto times = found->second.find({when.first, when.last});
    return times == found->second.end() ? none_ : times->second;
  }

 private:
  const Keyed& keyed_;
  std::map<const std::vector<size_t>*, std::map<std::pair<long, long>, std::vector<size_t>>>
      by_key_;
  const std::vector<size_t> none_;
};

class Derived : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    const Keyed& k = in.keyed;
    Priors priors(k);
    // Levels by document and paragraph, to find the change beside each.
    std::map<std::pair<size_t, int>, std::vector<size_t>> levels;
    for (const Item& it : k.items) {
      if (it.shape() == KeyShape::kQuantity && is_flow(it.c->kind) && !it.implicit &&
          it.c->period_basis == PeriodBasis::kStated) {
        levels[{it.doc, it.c->position.line}].push_back(it.index);
      }
    }
    for (const Item& change : k.items) {
      if (change.key.metric != Metric::kChange || change.listed) continue;
      auto found = levels.find({change.doc, change.c->position.line});
      if (found == levels.end()) continue;
      // The level of the change's sentence, else the one of its paragraph it was read with.
      const Item* level = nullptr;
      for (size_t l : found->second) {
        const Item& candidate = k.items[l];
        if (candidate.key.subject != change.key.subject ||
            candidate.key.attribute != change.key.attribute || !(candidate.when == change.when)) {
          continue;
        }
        if (!level || (same_sentence(candidate, change) && !same_sentence(*level, change))) {
          level = &candidate;
        }
      }
      if (level) check(in, change, *level, priors, out);
    }
    shares(in, priors, out);
  }

 private:
  void check(const CheckInput& in, const Item& change, const Item& level, Priors& priors,
             std::vector<Discrepancy>& out) const {
    std::optional<DayRange> before = year_before(level.c->period);
    if (!before) return;
    const double g_lo = (change.low - half_unit(change.low)) / 100;
    const double g_hi = (change.high + half_unit(change.high)) / 100;
    const double l_lo = level.low - half_unit(level.low);
    const double l_hi = level.high + half_unit(level.high);
    if (g_hi >= 1 || g_lo <= -1 + 1e-9) return;
    // The wording may say "fell": a stated figure must miss the interval for a rise and a fall.
    const double up_lo = l_lo / (1 + g_hi), up_hi = l_hi / (1 + g_lo);
    const double down_lo = l_lo / (1 - g_lo), down_hi = l_hi / (1 - g_hi);
    for (size_t i : priors.at(level.key, *before)) {
      const Item& prior = in.keyed.items[i];
      if (!outside(prior, up_lo, up_hi) || !outside(prior, down_lo, down_hi)) continue;
      out.push_back(derived_finding(*level.c, *change.c, *prior.c,
                                    derived_words(*level.c, *change.c, *prior.c, up_lo, up_hi)));
      return;
    }
  }

  // A pair's share of one party's whole and that whole in one sentence ("6.4% of Korea's total
  // trade, which came to $1,275 billion") imply the pair's level for that period; a level
  // stated for it outside the implied interval is the same low finding.
  void shares(const CheckInput& in, Priors& priors, std::vector<Discrepancy>& out) const {
    const Keyed& k = in.keyed;
    std::map<std::pair<size_t, uint64_t>, std::vector<size_t>> wholes;  // by sentence
    for (const Item& it : k.items) {
      if (it.shape() == KeyShape::kQuantity && is_flow(it.c->kind) && !it.implicit && !it.listed &&
          it.c->period_basis == PeriodBasis::kStated && it.key.subject.entities.size() == 1) {
        wholes[{it.doc, it.c->sentence.range().begin}].push_back(it.index);
      }
    }
    const std::string suffix = ".share";
    for (const Item& share : k.items) {
      const std::string& attribute = share.key.attribute.str();
      if (share.shape() != KeyShape::kQuantity || share.c->kind != ClaimKind::kPercent ||
          share.listed || share.implicit || share.key.subject.entities.size() != 2 ||
          attribute.size() <= suffix.size() || !attribute.ends_with(suffix)) {
        continue;
      }
      auto found = wholes.find({share.doc, share.c->sentence.range().begin});
      if (found == wholes.end()) continue;
      const std::string base = attribute.substr(0, attribute.size() - suffix.size());
      for (size_t w : found->second) {
        const Item& whole = k.items[w];
        if (whole.key.attribute.str() != base || !(whole.when == share.when) ||
            !share.key.subject.contains(whole.key.subject.entities[0])) {
          continue;
        }
        ClaimKey part = whole.key;
        part.subject = share.key.subject;
        if (!k.keys.count(part)) continue;
        const double lo =
            (share.low - half_unit(share.low)) / 100 * (whole.low - half_unit(whole.low));
        const double hi =
            (share.high + half_unit(share.high)) / 100 * (whole.high + half_unit(whole.high));
        for (size_t i : priors.at(part, whole.when)) {
          const Item& stated = k.items[i];
          if (!outside(stated, lo, hi)) continue;
          out.push_back(
              derived_finding(*whole.c, *share.c, *stated.c,
                              share_of_whole_words(*whole.c, *share.c, *stated.c, lo, hi)));
          break;
        }
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> derived_check() { return std::make_unique<Derived>(); }

}  // namespace claimtrace
