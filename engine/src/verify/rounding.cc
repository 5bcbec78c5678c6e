// Rounding slack of a written figure.
#include "verify/rounding.h"

#include <cmath>

namespace claimtrace {

double half_unit(double v) {
  v = std::fabs(v);
  if (!(v > 0) || !std::isfinite(v)) return 0;
  double unit = std::pow(10.0, std::floor(std::log10(v)));
  for (int i = 0; i < 12; ++i, unit /= 10) {
    const double digits = v / unit;
    if (std::fabs(digits - std::round(digits)) <= 1e-9 * digits) break;
  }
  return unit / 2;
}

}  // namespace claimtrace
