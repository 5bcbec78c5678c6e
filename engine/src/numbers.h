// Number recognizer: digits, number words, scales, fractions, ordinals, over tokens.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "token.h"
#include "vocabulary.h"

namespace claimtrace {

struct NumberMatch {
  size_t first = 0, last = 0;  // tokens [first, last)
  double value = 0;
  bool ordinal = false;         // "seventh", "2nd", "sixth"
  bool vague = false;           // "dozens": value is a lower bound
  bool fraction = false;        // a part of a whole: "two thirds", "a half", "1/4", "one fifth"
  bool has_multiplier = false;  // a scale word was part of it ("6 billion", "five million")
  double scale = 1;             // the last scale word's factor ("two to three thousand"), else 1
  bool plain_integer = false;   // digits only, no separators, no words ("2021", "53")
  int digits = 0;               // digit count of a plain integer
};

// The longest number starting at token i, or nothing.
std::optional<NumberMatch> match_number(const std::vector<Token>& tokens, size_t i,
                                        const NumberWords& words);

}  // namespace claimtrace
