// QuantityRead: one figure read at a token with what makes it a quantity (currency, unit,
// percent, ratio, counted noun), before it becomes a claim; quantities and ranges share it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "extract/sentence_context.h"

namespace claimtrace {

struct QuantityRead {
  size_t first = 0, last = 0;  // tokens [first, last), currency and unit included
  size_t number_last = 0;      // one past the number's tokens
  ClaimKind kind = ClaimKind::kCount;
  std::string unit;
  double value = 0;               // in the claim's unit
  double number = 0;              // the number as written, sign included
  double scale = 1;               // the scale word's factor ("billion"), 1 without one
  double factor = 1, offset = 0;  // the unit's: value = number * factor + offset
  bool has_multiplier = false;
  bool vague = false;
  bool duration = false;
  bool ordinal = false;
  bool bare = false;  // a number nothing made a quantity ("between 20 and 30")
};

// The quantity whose number starts at token i (a currency or sign before it included), or
// nothing. A bare number comes back with bare set, for ranges and bounds to use.
std::optional<QuantityRead> read_quantity(SentenceContext& s, size_t i);

}  // namespace claimtrace
