// Names of discrepancy kinds and severities as reports spell them.
#include "claimtrace/discrepancy.h"

namespace claimtrace {

const char* to_string(DiscrepancyKind kind) {
  switch (kind) {
    case DiscrepancyKind::kValueConflict:
      return "value_conflict";
    case DiscrepancyKind::kRankConflict:
      return "rank_conflict";
    case DiscrepancyKind::kDateConflict:
      return "date_conflict";
    case DiscrepancyKind::kLabelConflict:
      return "label_conflict";
    case DiscrepancyKind::kLabelVariant:
      return "label_variant";
    case DiscrepancyKind::kNameVariant:
      return "name_variant";
    case DiscrepancyKind::kArithmetic:
      return "arithmetic";
    case DiscrepancyKind::kPlausibility:
      return "plausibility";
    case DiscrepancyKind::kScopeDropped:
      return "scope_dropped";
    case DiscrepancyKind::kTargetMissed:
      return "target_missed";
  }
  return "?";
}

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kLow:
      return "low";
    case Severity::kMedium:
      return "medium";
    case Severity::kHigh:
      return "high";
  }
  return "?";
}

std::optional<DiscrepancyKind> parse_discrepancy_kind(const std::string& text) {
  for (int k = 0; k <= static_cast<int>(DiscrepancyKind::kTargetMissed); ++k) {
    if (text == to_string(static_cast<DiscrepancyKind>(k))) return static_cast<DiscrepancyKind>(k);
  }
  return std::nullopt;
}

std::optional<Severity> parse_severity(const std::string& text) {
  for (Severity s : {Severity::kInfo, Severity::kLow, Severity::kMedium, Severity::kHigh}) {
    if (text == to_string(s)) return s;
  }
  return std::nullopt;
}

const char* to_string(EvidenceRole role) {
  switch (role) {
    case EvidenceRole::kValue:
      return "value";
    case EvidenceRole::kVariant:
      return "variant";
    case EvidenceRole::kOutlier:
      return "outlier";
    case EvidenceRole::kReference:
      return "reference";
    case EvidenceRole::kTarget:
      return "target";
    case EvidenceRole::kActual:
      return "actual";
    case EvidenceRole::kTotal:
      return "total";
    case EvidenceRole::kPart:
      return "part";
    case EvidenceRole::kAgrees:
      return "agrees";
    case EvidenceRole::kConflicts:
      return "conflicts";
  }
  return "?";
}

std::optional<EvidenceRole> parse_evidence_role(const std::string& text) {
  for (int r = 0; r <= static_cast<int>(EvidenceRole::kConflicts); ++r) {
    if (text == to_string(static_cast<EvidenceRole>(r))) return static_cast<EvidenceRole>(r);
  }
  return std::nullopt;
}

Evidence evidence_of(const Claim& c, EvidenceRole role) {
  Evidence e;
  e.claim = c.id;
  e.source = c.source;
  e.path = c.path;
  e.span = c.span;
  e.position = c.position;
  e.quote = c.quote;
  e.role = role;
  return e;
}

const char* to_string(ReviewDecision decision) {
  switch (decision) {
    case ReviewDecision::kOpen:
      return "open";
    case ReviewDecision::kConfirmed:
      return "confirmed";
    case ReviewDecision::kFalsePositive:
      return "false-positive";
    case ReviewDecision::kResolved:
      return "resolved";
  }
  return "?";
}

std::optional<ReviewDecision> parse_review_decision(const std::string& text) {
  for (ReviewDecision d : {ReviewDecision::kOpen, ReviewDecision::kConfirmed,
                           ReviewDecision::kFalsePositive, ReviewDecision::kResolved}) {
    if (text == to_string(d)) return d;
  }
  return std::nullopt;
}

}  // namespace claimtrace
