// An actual figure below a target for the same period: info, since a target is no fact.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <utility>
#include <vector>

#include "verify/checks.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// A key's actual (dated) figures at one time, in key order, with the lowest high so far of
// each, so the first figure below a target is found by bisection, not by reading the key once
// per target. A high that is not a number compares below everything, as the test it stands for.
struct Actuals {
  std::vector<size_t> items;
  std::vector<double> lowest;   // lowest[k]: the least high of items[0..k]
  size_t first_nan = SIZE_MAX;  // the place of the first item whose high is not a number

  // The first item whose high is below `target`, if any.
  const size_t* below(double target) const {
    if (items.empty()) return nullptr;
    if (std::isnan(target)) return &items.front();  // no high is at least it
    // Every high that is a number is at least minus infinity.
    if (target == -std::numeric_limits<double>::infinity())
      return first_nan == SIZE_MAX ? nullptr : &items[first_nan];
    auto at = std::partition_point(lowest.begin(), lowest.end(),
                                   [target](double h) { return !(h < target); });
    return at == lowest.end() ? nullptr : &items[static_cast<size_t>(at - lowest.begin())];
  }
};

class ActualsByTime {
 public:
  explicit ActualsByTime(const Keyed& keyed) : keyed_(keyed) {}
  const Actuals& at(const std::vector<size_t>& list, const DayRange& when) {
    auto [found, added] = by_key_.try_emplace(&list);
    if (added) {
      for (size_t i : list) {
        const Item& it = keyed_.items[i];
        if (it.implicit) continue;
        Actuals& a = found->second[{it.when.first, it.when.last}];
        const double high =
            std::isnan(it.high) ? -std::numeric_limits<double>::infinity() : it.high;
        if (std::isnan(it.high) && a.first_nan == SIZE_MAX) a.first_nan = a.items.size();
        a.lowest.push_back(a.items.empty() ? high : std::min(a.lowest.back(), high));
        a.items.push_back(i);
      }
    }
    auto times = found->second.find({when.first, when.last});
    return times == found->second.end() ? none_ : times->second;
  }

 private:
  const Keyed& keyed_;
  std::map<const std::vector<size_t>*, std::map<std::pair<long, long>, Actuals>> by_key_;
  const Actuals none_;
};

class MissedTargets : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    ActualsByTime actuals(in.keyed);
    for (size_t d = 0; d < in.extractions.size(); ++d) {
      for (const Claim& t : in.extractions[d].claims) {
        if (t.period_basis != PeriodBasis::kStated) continue;
        std::optional<Item> target = item_of(t, d, in.rules, /*goals=*/true);
        if (!target || target->shape() != KeyShape::kQuantity) continue;
        auto found = in.keyed.keys.find(target->key);
        if (found == in.keyed.keys.end()) continue;
        // One actual figure is enough to say so: the first of the key below the target.
        const size_t* below = actuals.at(found->second, target->when).below(target->low);
        if (!below) continue;
        const Item& actual = in.keyed.items[*below];
        Discrepancy x = finding(DiscrepancyKind::kTargetMissed, Severity::kInfo, t, true);
        x.evidence = {evidence_of(t, EvidenceRole::kTarget),
                      evidence_of(*actual.c, EvidenceRole::kActual)};
        x.explanation = missed_target_words(t, *actual.c);
        out.push_back(std::move(x));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> missed_targets_check() { return std::make_unique<MissedTargets>(); }

}  // namespace claimtrace
