// An actual figure below a target for the same period: info, since a target is no fact.
#include "verify/checks.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

class MissedTargets : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    for (size_t d = 0; d < in.extractions.size(); ++d) {
      for (const Claim& t : in.extractions[d].claims) {
        if (t.period_basis != PeriodBasis::kStated) continue;
        std::optional<Item> target = item_of(t, d, in.rules, /*goals=*/true);
        if (!target || target->shape() != KeyShape::kQuantity) continue;
        auto found = in.keyed.keys.find(target->key);
        if (found == in.keyed.keys.end()) continue;
        for (size_t i : found->second) {
          const Item& actual = in.keyed.items[i];
          if (actual.implicit || !(actual.when == target->when) || actual.high >= target->low) {
            continue;
          }
          Discrepancy x = finding(DiscrepancyKind::kTargetMissed, Severity::kInfo, t, true);
          x.evidence = {evidence_of(t, EvidenceRole::kTarget),
                        evidence_of(*actual.c, EvidenceRole::kActual)};
          x.explanation = missed_target_words(t, *actual.c);
          out.push_back(std::move(x));
          break;  // one actual figure is enough to say so
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> missed_targets_check() { return std::make_unique<MissedTargets>(); }

}  // namespace claimtrace
