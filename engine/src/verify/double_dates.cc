// One event, two dates: a sentence that binds one event word to two periods that do not
// overlap may be merging two events.
#include "verify/checks.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

bool dated_event(const Claim& c) {
  return c.kind == ClaimKind::kEvent && c.anchor >= 0 && c.period_basis == PeriodBasis::kStated;
}

class DoubleDates : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    for (const Extraction& e : in.extractions) {
      const std::vector<Claim>& claims = e.claims;
      for (size_t i = 0; i < claims.size(); ++i) {
        const Claim& a = claims[i];
        if (!dated_event(a)) continue;
        for (size_t j = i + 1; j < claims.size() && claims[j].sentence == a.sentence; ++j) {
          const Claim& b = claims[j];
          // Two steps of one object ("signed in 2008, and in force from 2013") are two events.
          if (!dated_event(b) || b.anchor != a.anchor || b.attribute != a.attribute) continue;
          const Claim& early = a.text_begin <= b.text_begin ? a : b;
          const Claim& late = a.text_begin <= b.text_begin ? b : a;
          // The event word between its two dates: "from 2016 at the Summit in September 2022".
          if (static_cast<uint64_t>(a.anchor) < early.text_begin ||
              static_cast<uint64_t>(a.anchor) >= late.text_begin) {
            continue;
          }
          if (a.period.days(true).overlaps(b.period.days(true))) continue;
          Discrepancy x = finding(DiscrepancyKind::kDateConflict, Severity::kLow, a, false);
          x.evidence = {evidence_of(early, EvidenceRole::kValue),
                        evidence_of(late, EvidenceRole::kValue)};
          x.explanation = double_date_words(early, late);
          out.push_back(std::move(x));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> double_dates_check() { return std::make_unique<DoubleDates>(); }

}  // namespace claimtrace
