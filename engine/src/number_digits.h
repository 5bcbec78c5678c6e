// Digits as written: "6.45", "1,234.5", "500,000", with a decimal point or comma.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace claimtrace {

struct Digits {
  double value = 0;
  bool plain = false;  // digits only: no separator
  int digits = 0;      // all digits written
  int int_digits = 0;  // digits of the integer part
  bool fraction = false;
};

// Reads "6.45", "1,234.5", "500,000" (or "6,45" and "1.234,5" with a decimal comma). A group
// separator must be followed by exactly three digits; anything else ("11.06.2021", "1,5" with a
// decimal point) is not one number.
std::optional<Digits> parse_digits(std::string_view s, char decimal);

// The largest power of ten dividing a whole number: "twenty" takes a unit after it, "one
// hundred" anything below a hundred, "fifteen" nothing.
int64_t order_of(double group);

}  // namespace claimtrace
