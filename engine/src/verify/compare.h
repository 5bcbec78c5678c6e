// Comparing every key: claims grouped by signature, each distinct value compared once.
#pragma once

#include "verify/findings.h"

namespace claimtrace {

// Compares the items of every key, then events that began one status under different
// wordings; the work grows with the distinct values on a key, not with its claims.
Findings compare_all(const Keyed& keyed);

}  // namespace claimtrace
