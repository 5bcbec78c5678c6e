// Rounding slack of a written figure: how far rounding may have moved it, for the checks that add
// up or derive figures.
#pragma once

namespace claimtrace {

// Half a unit of the last significant digit (5 billion -> 0.5 billion, 3.5 billion -> 0.05
// billion); 0 for zero, negative zero or a value that is not finite.
double half_unit(double v);

}  // namespace claimtrace
