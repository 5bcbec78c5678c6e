// Claim: one checkable assertion found in a document, normalized so claims from different
// documents can be compared, with its exact provenance.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/span.h"

namespace claimtrace {

enum class ClaimKind {
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
enum class Qualifier { kExact, kApprox, kAlmost, kMoreThan, kAtLeast, kLessThan, kAtMost, kRange };
const char* to_string(Qualifier qualifier);
// How a person says it before a figure: "about ", "more than ", "" for an exact one.
const char* qualifier_words(Qualifier qualifier);

// Whether the text asserts the value as fact, as a plan or target, a forecast, or reports
// someone else saying it.
enum class Modality { kAsserted, kPlanned, kTarget, kForecast, kReported };
const char* to_string(Modality modality);

// A period of time at month precision or finer: "2021" is 2021-01-01..2021-12-31.
// Either end may be open (year 0) for "since 2020" or "until December 2019".
struct Period {
  int begin_year = 0, begin_month = 0, begin_day = 0;
  int end_year = 0, end_month = 0, end_day = 0;
  bool unresolved = false;  // relative ("this year") in a document whose date is unknown

  bool operator==(const Period&) const = default;
  bool empty() const { return begin_year == 0 && end_year == 0; }
  // "2021", "2021-06", "2021-06-11", "2023-01/2023-09", "2000/2019", "2020/" or "".
  std::string iso() const;
};

// A name as it appears, and the entity it was resolved to.
struct Mention {
  std::string entity;     // canonical id from rules/entities.xml, or "" when not in the list
  std::string canonical;  // canonical spelling
  std::string surface;    // as written
  std::string type;       // person, organization, place, initiative, ...
  Span span;
  Position position;
  uint64_t text_begin = 0, text_end = 0;  // range in the normalized text

  bool operator==(const Mention&) const = default;
};

// The shortest decimal that reads back as the same double ("83.6", "6000000000").
std::string number_text(double value);

struct Claim {
  std::string id;      // stable: derived from source id, kind and the quote's byte range
  std::string source;  // document id
  std::string path;
  Span span;          // the tightest range of ORIGINAL bytes that carries the claim
  Position position;  // line and column of span.begin
  std::string quote;  // normalized text of the span
  std::string sentence;
  uint64_t text_begin = 0, text_end = 0;  // range in the normalized text

  ClaimKind kind = ClaimKind::kCount;
  std::string subject;    // e.g. "BY-CN" (pair), "CN"
  std::string attribute;  // e.g. "trade.turnover"
  Period period;
  // Where the period came from: "stated" (in the sentence), "document date" (present tense,
  // as of publication), "unresolved" (relative or as-of, and the document is undated), or "".
  std::string period_basis;

  // Numbers for quantities and ranks; text for dates (ISO), labels and names.
  bool numeric = true;
  double value = 0;
  std::string text;
  std::string unit;  // ISO 4217 code, "percent", "x", "m", "m2", "rank", or the counted noun
  double low = 0, high = 0;  // the interval the wording allows
  Qualifier qualifier = Qualifier::kExact;
  Modality modality = Modality::kAsserted;
  std::string speaker;  // who is reported as saying it, when the sentence attributes it
  std::string scope;    // for ranks: "after Russia", "in Asia", "in Europe"
  // For events, what began: "comprehensive strategic partnership" in "the Declaration on the
  // establishment of a comprehensive strategic partnership". Empty when not stated.
  std::string object;
  // Where the word that names the event stands (offset in the normalized text), -1 if none:
  // two dates bound to one word in one sentence date one event twice.
  int64_t anchor = -1;

  bool operator==(const Claim&) const = default;
};

}  // namespace claimtrace
