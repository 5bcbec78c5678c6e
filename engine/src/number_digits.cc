// Digits as written, read into a value: group separators and the decimal mark checked.
#include "number_digits.h"

#include <charconv>
#include <cmath>
#include <string>

namespace claimtrace {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<Digits> parse_digits(std::string_view s, char decimal) {
  const char group = decimal == ',' ? '.' : ',';
  if (s.empty() || !is_digit(s.front()) || !is_digit(s.back())) return std::nullopt;
  Digits d;
  std::string clean;
  size_t run = 0, first_run = 0;
  char sep = 0;  // separator before the current run
  bool grouped = false;
  auto close_run = [&]() -> bool {
    if (sep == 0) {
      first_run = run;
    } else if (sep == group) {
      if (d.fraction || run != 3) return false;
      grouped = true;
    } else if (sep == decimal) {
      if (d.fraction) return false;
      d.fraction = true;
    } else {
      return false;
    }
    return true;
  };
  for (char c : s) {
    if (is_digit(c)) {
      if (sep != decimal) ++d.int_digits;
      clean.push_back(c);
      ++run;
      ++d.digits;
      continue;
    }
    if (run == 0 || !close_run()) return std::nullopt;
    sep = c;
    run = 0;
    if (c == decimal) clean.push_back('.');
  }
  if (!close_run()) return std::nullopt;
  if (grouped && (first_run == 0 || first_run > 3)) return std::nullopt;
  d.plain = sep == 0;
  auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), d.value);
  if (ec != std::errc() || ptr != clean.data() + clean.size()) return std::nullopt;
  return d;
}

int64_t order_of(double group) {
  int64_t x = static_cast<int64_t>(std::llround(group));
  int64_t order = 1;
  while (x > 0 && order < 1000000000 && x % (order * 10) == 0) order *= 10;
  return order;
}

}  // namespace claimtrace
