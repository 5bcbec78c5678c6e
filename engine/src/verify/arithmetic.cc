// A document's own numbers that do not add up: the parts of a breakdown add up to at most its
// total, or to the total when the list is exhaustive.
#include <cmath>

#include "verify/checks.h"
#include "verify/rounding.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// Half a unit of the last significant digit: how far rounding may have moved a written figure
// (5 billion -> 0.5 billion, 3.5 billion -> 0.05 billion). Counts below a million written in
// digits are taken as exact: "80 companies" and "50 ones" are not 120 rounded.
double rounding(const Claim& total, double v) {
  if (!(v > 0) || !std::isfinite(v)) return 0;
  if (total.kind == ClaimKind::kCount && v < 1e6) return 0;
  return half_unit(v);
}

class Arithmetic : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    for (const Extraction& e : in.extractions) {
      for (const Breakdown& b : e.breakdowns) {
        auto found = in.keyed.by_id.find(b.total);
        if (found == in.keyed.by_id.end()) continue;
        const Claim& total = **found;
        double low = 0, high = 0, slack = rounding(total, total.value);
        std::string sum;
        for (const BreakdownPart& p : b.parts) {
          low += p.low;
          high += p.high;
          slack += rounding(total, p.low);
          sum += (sum.empty() ? "" : " + ") + p.quote;
        }
        const bool over = low - slack > total.high;
        const bool under = b.exhaustive && high + slack < total.low;
        if (!over && !under) continue;
        Discrepancy d = finding(DiscrepancyKind::kArithmetic, Severity::kMedium, total, true);
        d.evidence.push_back(evidence_of(total, EvidenceRole::kTotal));
        for (const BreakdownPart& p : b.parts) {
          // Same source and file as the total.
          Evidence part = evidence_of(total, EvidenceRole::kPart);
          part.claim = p.claim;
          part.span = p.span;
          part.position = p.position;
          part.quote = p.quote;
          d.evidence.push_back(std::move(part));
        }
        d.explanation = arithmetic_words(total, b.cue, low, high, sum, over);
        out.push_back(std::move(d));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> arithmetic_check() { return std::make_unique<Arithmetic>(); }

}  // namespace claimtrace
