// Figures with no period of their own beside dated ones on the same key: never compared as
// rivals (they may be cumulative, or for another span), only shown, at info, when another
// source's figure for a period up to their date differs; one note per undated figure, so no
// chain of years forms.
#include <algorithm>
#include <cmath>

#include "verify/checks.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

constexpr size_t kMaxShown = 6;  // dated figures listed beside one undated figure
constexpr double kEpsilon = 1e-9;

bool apart(const Item& x, const Item& y) {
  auto below = [](double hi, double lo) {
    return hi < lo - kEpsilon * std::max(std::fabs(hi), std::fabs(lo));
  };
  return below(x.high, y.low) || below(y.high, x.low);
}

class UndatedFigures : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    for (const Item& u : in.keyed.items) {
      if (!u.implicit || u.listed) continue;
      std::vector<const Item*> differing;
      for (size_t i : in.keyed.keys.at(u.key)) {
        const Item& d = in.keyed.items[i];
        if (d.implicit || d.listed || d.doc == u.doc || d.when.last > u.when.last) continue;
        if (apart(u, d)) differing.push_back(&d);
        if (differing.size() == kMaxShown) break;
      }
      if (differing.empty()) continue;
      Discrepancy x = finding(DiscrepancyKind::kValueConflict, Severity::kInfo, *u.c, false);
      x.evidence.push_back(evidence_of(*u.c, EvidenceRole::kValue));
      std::vector<const Claim*> dated;
      for (const Item* d : differing) {
        x.evidence.push_back(evidence_of(*d->c, EvidenceRole::kValue));
        dated.push_back(d->c);
      }
      x.explanation = undated_figure_words(*u.c, dated);
      out.push_back(std::move(x));
    }
  }
};

}  // namespace

std::unique_ptr<Check> undated_figures_check() { return std::make_unique<UndatedFigures>(); }

}  // namespace claimtrace
