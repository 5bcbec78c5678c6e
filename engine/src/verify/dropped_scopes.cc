// A rank one source states within a scope ("largest trading partner in Central Asia") and
// another states without it at the same time: the scope was dropped. Low, not a conflict: the
// broader claim may be true too (the largest partner of all is the largest in Asia), but a desk
// should see which one a text repeats, and info findings are folded away in the report.
#include <map>
#include <set>
#include <tuple>

#include "verify/checks.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

constexpr size_t kMaxSources = 16;  // sources quoted as stating the scope, per finding

class DroppedScopes : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    // Ranks by what they rank, whose partner, and which place, with and without a scope. Only
    // ranks whose owner the text names are compared: "China is Kazakhstan's largest partner"
    // and "Kazakhstan is China's largest partner in Central Asia" rank different things.
    using Ranked = std::tuple<Subject, Symbol, std::string, double>;
    std::map<Ranked, std::vector<const Item*>> scoped, unscoped;
    for (const Item& it : in.keyed.items) {
      if (it.shape() != KeyShape::kRank || it.c->object.empty()) continue;
      const Ranked r{it.key.subject, it.key.attribute, it.c->object, it.low};
      (it.key.scope.empty() ? unscoped : scoped)[r].push_back(&it);
    }
    for (const auto& [ranked, broad] : unscoped) {
      auto narrow = scoped.find(ranked);
      if (narrow == scoped.end()) continue;
      // One finding per claim that drops the scope (first in its evidence), with the claims of
      // other sources that state it at the same time, one per source.
      for (const Item* u : broad) {
        Discrepancy d = finding(DiscrepancyKind::kScopeDropped, Severity::kLow, *u->c, false);
        d.evidence = {evidence_of(*u->c, EvidenceRole::kValue)};
        std::set<size_t> sources;
        for (const Item* x : narrow->second) {
          if (x->doc == u->doc || !x->when.overlaps(u->when) || !sources.insert(x->doc).second)
            continue;
          if (sources.size() > kMaxSources) break;
          d.evidence.push_back(evidence_of(*x->c, EvidenceRole::kValue));
          if (d.explanation.empty()) d.explanation = dropped_scope_words(*x->c, *u->c);
        }
        if (d.evidence.size() > 1) out.push_back(std::move(d));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> dropped_scopes_check() { return std::make_unique<DroppedScopes>(); }

}  // namespace claimtrace
