// A value orders of magnitude from every other value on its key and time: a unit slip.
#include <algorithm>
#include <map>

#include "verify/checks.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

constexpr double kImplausible = 100;  // two orders of magnitude: a unit slip
constexpr double kConsistent = 10;    // reference values within one order of each other
constexpr size_t kMinReferences = 2;  // an outlier needs this many agreeing values
constexpr size_t kMaxReferences = 256;

// Per key and time, values sorted: a value is far from every other when its nearest
// neighbours are, and the others agree when their own spread is small. O(n log n).
class Plausibility : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    const std::vector<Item>& items = in.keyed.items;
    std::map<std::pair<ClaimKey, std::pair<long, long>>, std::vector<size_t>> keys;
    for (const Item& it : items) {
      if (it.shape() == KeyShape::kQuantity && it.c->value > 0 && !it.implicit) {
        keys[{it.key, {it.when.first, it.when.last}}].push_back(it.index);
      }
    }
    for (auto& [key, list] : keys) {
      if (list.size() < kMinReferences + 1) continue;
      std::stable_sort(list.begin(), list.end(),
                       [&](size_t x, size_t y) { return items[x].c->value < items[y].c->value; });
      // Only the smallest or the largest value can be far from all the others.
      for (size_t end : {size_t{0}, list.size() - 1}) {
        const Claim& c = *items[list[end]].c;
        size_t near = end == 0 ? 1 : list.size() - 2;
        double lo = items[list[end == 0 ? 1 : 0]].c->value;
        double hi = items[list[end == 0 ? list.size() - 1 : list.size() - 2]].c->value;
        double nearest = items[list[near]].c->value;
        double ratio = std::max(nearest / c.value, c.value / nearest);
        if (ratio < kImplausible || hi / lo > kConsistent) continue;
        Discrepancy d = finding(DiscrepancyKind::kPlausibility, Severity::kMedium, c, true);
        d.evidence.push_back(evidence_of(c, EvidenceRole::kOutlier));
        for (size_t k = 0; k < list.size() && d.evidence.size() <= kMaxReferences; ++k) {
          if (k != end)
            d.evidence.push_back(evidence_of(*items[list[k]].c, EvidenceRole::kReference));
        }
        d.explanation = plausibility_words(c, list.size() - 1, lo, hi, kImplausible);
        out.push_back(std::move(d));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> plausibility_check() { return std::make_unique<Plausibility>(); }

}  // namespace claimtrace
