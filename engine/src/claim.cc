// Names of the claim enums as they appear in every output, and numbers as text.
#include "claimtrace/claim.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace claimtrace {

const char* to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kAmount:
      return "amount";
    case ClaimKind::kCount:
      return "count";
    case ClaimKind::kPercent:
      return "percent";
    case ClaimKind::kRatio:
      return "ratio";
    case ClaimKind::kMeasure:
      return "measure";
    case ClaimKind::kRank:
      return "rank";
    case ClaimKind::kDate:
      return "date";
    case ClaimKind::kLabel:
      return "label";
    case ClaimKind::kEvent:
      return "event";
    case ClaimKind::kName:
      return "name";
  }
  return "?";
}

const char* to_string(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kApprox:
      return "approx";
    case Qualifier::kAlmost:
      return "almost";
    case Qualifier::kMoreThan:
      return "more_than";
    case Qualifier::kAtLeast:
      return "at_least";
    case Qualifier::kLessThan:
      return "less_than";
    case Qualifier::kAtMost:
      return "at_most";
    case Qualifier::kRange:
      return "range";
  }
  return "?";
}

const char* to_string(Modality modality) {
  switch (modality) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kPlanned:
      return "planned";
    case Modality::kTarget:
      return "target";
    case Modality::kForecast:
      return "forecast";
    case Modality::kReported:
      return "reported";
  }
  return "?";
}

const char* qualifier_words(Qualifier q) {
  switch (q) {
    case Qualifier::kApprox:
      return "about ";
    case Qualifier::kAlmost:
      return "almost ";
    case Qualifier::kMoreThan:
      return "more than ";
    case Qualifier::kAtLeast:
      return "at least ";
    case Qualifier::kLessThan:
      return "less than ";
    case Qualifier::kAtMost:
      return "at most ";
    default:
      return "";
  }
}

std::string number_text(double value) {
  if (!std::isfinite(value)) return value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
  // Whole figures in full ("3000000000", not "3e+09"): people and spreadsheets read them.
  char buf[512];
  const bool whole = value == std::trunc(value) && std::fabs(value) < 1e21;
  auto r = whole ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                 : std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, r.ptr);
}

}  // namespace claimtrace
