// Office tenures against their holders: a person named as holder of an office at a time after
// the end (or before the start) of their tenure of it, and two dates for one tenure's start or
// end whose holders are one person spelled differently, or are told in one document.
#include <cstddef>
#include <string>
#include <vector>

#include "verify/checks.h"
#include "verify/names.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// A claim dated on a time verification can compare at.
bool dated(const Claim& c) {
  if (c.period.empty() || c.period.unresolved) return false;
  if (c.modality != Modality::kAsserted && c.modality != Modality::kReported) return false;
  return c.period_basis == PeriodBasis::kStated || c.period_basis == PeriodBasis::kDocumentDate ||
         c.period_basis == PeriodBasis::kContext;
}

// A holder claim or a tenure event: who, which office, when.
struct Held {
  const Claim* c = nullptr;
  size_t doc = 0;
  std::string holder;
  std::string office;  // the office's key: "ambassador of CN to KZ"
};

class OfficeTenures : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    const ExtractionPolicy& p = in.rules.policy;
    std::vector<Held> holders, starts, ends;
    for (size_t d = 0; d < in.extractions.size(); ++d) {
      for (const Claim& c : in.extractions[d].claims) {
        if (!dated(c) || c.object.empty()) continue;
        if (c.attribute == p.office_attribute && c.kind == ClaimKind::kLabel) {
          holders.push_back({&c, d, holder_of(c.text), c.object});
        } else if (c.kind == ClaimKind::kEvent && (c.attribute == p.office_start_attribute ||
                                                   c.attribute == p.office_end_attribute)) {
          const size_t comma = c.object.find(", ");
          if (comma == std::string::npos) continue;
          Held t{&c, d, c.object.substr(0, comma), c.object.substr(comma + 2)};
          (c.attribute == p.office_start_attribute ? starts : ends).push_back(std::move(t));
        }
      }
    }
    for (const Held& t : ends) {
      for (const Held& h : holders) {
        if (h.office != t.office || !same_person_written(h.holder, t.holder)) continue;
        if (h.c->period.days().first > t.c->period.days(true).last)
          report(t, h, TenureSide::kAfterEnd, out);
      }
    }
    for (const Held& t : starts) {
      for (const Held& h : holders) {
        if (h.office != t.office || !same_person_written(h.holder, t.holder)) continue;
        if (h.c->period.days().last < t.c->period.days(true).first)
          report(t, h, TenureSide::kBeforeStart, out);
      }
    }
    // Two dates for one tenure's start (or end): the event comparator compares one spelling
    // across documents; here, the rest.
    for (const std::vector<Held>* events : {&starts, &ends}) {
      for (size_t i = 0; i < events->size(); ++i) {
        for (size_t j = i + 1; j < events->size(); ++j) {
          const Held& a = (*events)[i];
          const Held& b = (*events)[j];
          if (a.office != b.office || (a.holder == b.holder && a.doc != b.doc)) continue;
          if (!same_person_written(a.holder, b.holder)) continue;
          if (a.c->period.days(true).overlaps(b.c->period.days(true))) continue;
          Discrepancy x = finding(DiscrepancyKind::kDateConflict,
                                  a.doc == b.doc ? Severity::kLow : Severity::kMedium, *a.c, false);
          x.evidence = {evidence_of(*a.c, EvidenceRole::kValue),
                        evidence_of(*b.c, EvidenceRole::kValue)};
          x.explanation = tenure_dates_words(*a.c, *b.c, a.holder);
          out.push_back(std::move(x));
        }
      }
    }
  }

 private:
  static void report(const Held& tenure, const Held& holder, TenureSide side,
                     std::vector<Discrepancy>& out) {
    Discrepancy x =
        finding(DiscrepancyKind::kDateConflict,
                tenure.doc == holder.doc ? Severity::kLow : Severity::kMedium, *holder.c, true);
    x.evidence = {evidence_of(*tenure.c, EvidenceRole::kValue),
                  evidence_of(*holder.c, EvidenceRole::kValue)};
    x.explanation = holder_outside_tenure_words(*tenure.c, *holder.c, holder.holder, side);
    out.push_back(std::move(x));
  }
};

}  // namespace

std::unique_ptr<Check> office_tenures_check() { return std::make_unique<OfficeTenures>(); }

}  // namespace claimtrace
