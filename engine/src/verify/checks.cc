// What the checks share: the shape of a finding about a claim or a name.
#include "verify/checks.h"

namespace claimtrace {

Discrepancy finding(DiscrepancyKind kind, Severity severity, const Claim& about, bool with_period) {
  Discrepancy d;
  d.kind = kind;
  d.severity = severity;
  d.subject = about.subject.text();
  d.attribute = about.attribute;
  if (with_period) d.period = about.period.iso();
  return d;
}

Evidence mention_evidence(const Document& doc, const Mention& m) {
  Evidence e;
  e.source = doc.source.id;
  e.path = doc.source.path;
  e.span = m.span;
  e.position = m.position;
  e.quote = m.surface;
  e.role = EvidenceRole::kVariant;
  return e;
}

std::vector<std::unique_ptr<Check>> corpus_checks() {
  std::vector<std::unique_ptr<Check>> out;
  out.push_back(graded_variants_check());
  out.push_back(double_dates_check());
  out.push_back(missed_targets_check());
  out.push_back(arithmetic_check());
  out.push_back(sums_check());
  out.push_back(records_check());
  out.push_back(derived_check());
  out.push_back(undated_figures_check());
  out.push_back(plausibility_check());
  out.push_back(name_variants_check());
  out.push_back(similar_bodies_check());
  out.push_back(dropped_scopes_check());
  out.push_back(office_tenures_check());
  out.push_back(tenure_rivals_check());
  return out;
}

}  // namespace claimtrace
