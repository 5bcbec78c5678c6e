// Whole-corpus checks: findings that are not one claim against another on a key — sums,
// outliers, missed targets, names and wordings. One check per file.
#pragma once

#include <memory>
#include <vector>

#include "claimtrace/discrepancy.h"
#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "rule_data.h"
#include "verify/items.h"

namespace claimtrace {

// A fact (asserted or reported) dated on a time verification can compare at: the office checks
// read tenure events and holders with it.
inline bool dated_fact(const Claim& c) {
  if (c.period.empty() || c.period.unresolved) return false;
  if (c.modality != Modality::kAsserted && c.modality != Modality::kReported) return false;
  return c.period_basis == PeriodBasis::kStated || c.period_basis == PeriodBasis::kDocumentDate ||
         c.period_basis == PeriodBasis::kContext;
}

struct CheckInput {
  const std::vector<Document>& docs;
  const std::vector<Extraction>& extractions;
  const RuleData& rules;
  const Keyed& keyed;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual void run(const CheckInput& in, std::vector<Discrepancy>& out) const = 0;
};

// A finding about what one claim is about: its subject, attribute and, when given, period.
Discrepancy finding(DiscrepancyKind kind, Severity severity, const Claim& about, bool with_period);
// A name as written, as evidence of a variant.
Evidence mention_evidence(const Document& doc, const Mention& m);

std::unique_ptr<Check> graded_variants_check();
std::unique_ptr<Check> double_dates_check();
std::unique_ptr<Check> missed_targets_check();
std::unique_ptr<Check> arithmetic_check();
std::unique_ptr<Check> sums_check();
std::unique_ptr<Check> records_check();
std::unique_ptr<Check> derived_check();
std::unique_ptr<Check> undated_figures_check();
std::unique_ptr<Check> plausibility_check();
std::unique_ptr<Check> name_variants_check();
std::unique_ptr<Check> similar_bodies_check();
std::unique_ptr<Check> dropped_scopes_check();
std::unique_ptr<Check> office_tenures_check();
std::unique_ptr<Check> tenure_rivals_check();

// All checks, in the order their findings are gathered.
std::vector<std::unique_ptr<Check>> corpus_checks();

}  // namespace claimtrace
