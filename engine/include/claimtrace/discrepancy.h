// Discrepancy: a finding a fact-checker acts on — which claims disagree, how badly, and which
// account has more independent support.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/interned_text.h"
#include "claimtrace/span.h"

namespace claimtrace {

enum class DiscrepancyKind {
  kValueConflict,  // same subject, attribute and period; the values cannot both hold
  kRankConflict,   // different ranks for the same subject, scope and time
  kDateConflict,   // one event dated differently
  kLabelConflict,  // one status at one time worded incompatibly
  kLabelVariant,   // a shortened form of the same status (info)
  kNameVariant,    // one entity spelled differently (info)
  kArithmetic,     // a document's own numbers do not add up: a total and its parts
  kPlausibility,   // a value orders of magnitude from every other value on its key
  kScopeDropped,   // a rank stated without the scope another source gives it (info)
  kTargetMissed,   // an actual figure below a target for the same period (info); stays last
};
const char* to_string(DiscrepancyKind kind);
std::optional<DiscrepancyKind> parse_discrepancy_kind(const std::string& text);

enum class Severity { kInfo, kLow, kMedium, kHigh };
const char* to_string(Severity severity);
std::optional<Severity> parse_severity(const std::string& text);

// The part a piece of evidence plays in a finding.
enum class EvidenceRole {
  kValue,      // a competing value
  kVariant,    // a spelling or form of a name or label
  kOutlier,    // plausibility: the value far from the others
  kReference,  // plausibility: one of the others
  kTarget,     // a target an actual figure is measured against
  kActual,
  kTotal,  // arithmetic: a total and its parts
  kPart,
  kAgrees,  // draft check: corpus claims that agree with the draft, or conflict with it
  kConflicts,
};
const char* to_string(EvidenceRole role);  // value, variant, outlier, ..., agrees, conflicts
std::optional<EvidenceRole> parse_evidence_role(const std::string& text);

// One place in a document that the finding rests on: a claim, or for a name variant a mention.
// A finding may cite every claim or mention of a status or a name across the corpus, so the
// texts that repeat from row to row (source, path, a name's spelling) are interned.
struct Evidence {
  std::string claim;  // claim id; empty for a name mention
  InternedText source;
  InternedText path;
  Span span;
  Position position;
  InternedText quote;
  EvidenceRole role = EvidenceRole::kValue;
  int value_rank = 0;  // for competing values: 1 = best supported

  bool operator==(const Evidence&) const = default;
};

// The evidence a claim gives: its place, quote and the role it plays in a finding.
Evidence evidence_of(const Claim& c, EvidenceRole role);

// A subject as a reader says it: "BY-CN" -> "Belarus–China" (ICU's English names of regions;
// other ids, such as "central_asia", as their words: "Central Asia").
std::string subject_words(const std::string& subject);
// A period as a reader says it: "2016/" -> "2016 to date", "2023-01/2023-09" -> "2023-01 to
// 2023-09", "/2019" -> "until 2019".
std::string period_words(const std::string& iso);
// "1 discrepancy", "2 discrepancies": a count and its noun, singular or plural.
std::string counted(size_t n, const std::string& singular, const std::string& plural);

// One of the values in a dispute and the support behind it.
struct CompetingValue {
  std::string value;                 // as the report shows it: "about 5000000 doses"
  double support = 0;                // sum of the trust of its independent sources
  std::vector<std::string> sources;  // independent sources (a copy counts with its original)
  std::vector<std::string> claims;

  bool operator==(const CompetingValue&) const = default;
};

// A fact-checker's decision on a finding, carried from one pass to the next (reviews.xml).
enum class ReviewDecision { kOpen, kConfirmed, kFalsePositive, kResolved };
const char* to_string(ReviewDecision decision);  // open, confirmed, false-positive, resolved
std::optional<ReviewDecision> parse_review_decision(const std::string& text);

struct Review {
  ReviewDecision decision = ReviewDecision::kOpen;
  std::string note;
  std::string date;  // when it was decided, ISO 8601; may be empty
  // A decision was recorded for this finding when its evidence was different: it is shown for
  // reference but not applied, so the finding counts as open again.
  bool reopened = false;
  std::string reviewer;  // who decided it; may be empty
  bool operator==(const Review&) const = default;
};

struct Discrepancy {
  std::string id;  // stable: from the kind and the evidence, not from order
  DiscrepancyKind kind = DiscrepancyKind::kValueConflict;
  Severity severity = Severity::kInfo;
  std::string subject, attribute, period;
  std::string explanation;             // plain words naming values, periods and sources
  std::vector<CompetingValue> values;  // best supported first; empty for single-source kinds
  std::vector<Evidence> evidence;
  Review review;  // open unless a reviews file decided it

  // Open, or reopened: a reviewed finding is shown collapsed and does not count for exit codes.
  bool counts() const { return review.decision == ReviewDecision::kOpen || review.reopened; }
  // What it is about as a reader says it: "Belarus–China trade turnover".
  std::string measure_words() const;
  bool operator==(const Discrepancy&) const = default;
};

}  // namespace claimtrace
