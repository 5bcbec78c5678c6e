// Claim: one checkable assertion found in a document, normalized so claims from different
// documents can be compared, with its exact provenance.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/interned_text.h"
#include "claimtrace/interval.h"
#include "claimtrace/period.h"
#include "claimtrace/quoted_sentence.h"
#include "claimtrace/span.h"
#include "claimtrace/subject.h"

namespace claimtrace {

enum class ClaimKind : uint8_t {
  kAmount,
  kCount,
  kPercent,
  kRatio,
  kMeasure,
  kRank,
  kDate,
  kLabel,
  kEvent,
  kName
};
const char* to_string(ClaimKind kind);

// How the text bounds the value: "about 6" is approx, "over 80" more_than, "at least 50"
// at_least, "up to 5" / "under 5" at_most / less_than, "between 2 and 3" range.
enum class Qualifier : uint8_t {
  kExact,
  kApprox,
  kAlmost,
  kMoreThan,
  kAtLeast,
  kLessThan,
  kAtMost,
  kRange
};
const char* to_string(Qualifier qualifier);
// How a person says it before a figure: "about ", "more than ", "" for an exact one.
const char* qualifier_words(Qualifier qualifier);

// Whether the text asserts the value as fact, as a plan or target, a forecast, or reports
// someone else saying it.
enum class Modality : uint8_t { kAsserted, kPlanned, kTarget, kForecast, kReported };
const char* to_string(Modality modality);

// The shortest decimal that reads back as the same double ("83.6", "6000000000").
std::string number_text(double value);

struct Claim {
  std::string id;       // stable: derived from source id, kind and the quote's byte range
  InternedText source;  // document id
  InternedText path;
  Span span;          // the tightest range of ORIGINAL bytes that carries the claim
  Position position;  // line and column of span.begin
  // Normalized text of the span: interned, as an archive states one figure or name in the same
  // words many times (24 bytes a claim less, and no heap block per long quote).
  InternedText quote;
  QuotedSentence sentence;                // shared with the other claims of its sentence
  uint64_t text_begin = 0, text_end = 0;  // range in the normalized text

  Subject subject;         // e.g. {BY, CN} (a pair), {CN}
  InternedText attribute;  // e.g. "trade.turnover"
  Period period;
  PeriodBasis period_basis = PeriodBasis::kNone;

  // Numbers for quantities and ranks; text for dates (ISO), labels and names: interned, as the
  // same date, label or name recurs across an archive's claims.
  double value = 0;
  InternedText text;
  InternedText unit;  // ISO 4217 code, "percent", "x", "m", "m2", "rank", or the counted noun
  double low = 0, high = 0;  // the interval the wording allows
  InternedText speaker;      // who is reported as saying it, when the sentence attributes it
  InternedText scope;        // for ranks: "after Russia", "in Asia", "in Europe"
  // For events, what began: "comprehensive strategic partnership" in "the Declaration on the
  // establishment of a comprehensive strategic partnership". Empty when not stated.
  InternedText object;
  // Where the word that names the event stands (offset in the normalized text), -1 if none:
  // two dates bound to one word in one sentence date one event twice.
  int64_t anchor = -1;

  // The small fields side by side, a byte each, so the millions of claims of an archive carry
  // no padding between them.
  ClaimKind kind = ClaimKind::kCount;
  bool numeric = true;  // a number (value, low, high) rather than text
  Qualifier qualifier = Qualifier::kExact;
  Modality modality = Modality::kAsserted;

  Interval interval() const { return {low, high}; }
  bool operator==(const Claim&) const = default;
};

}  // namespace claimtrace
