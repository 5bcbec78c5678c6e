// Comparing every key: claims grouped by signature, each distinct value compared once.
#pragma once

#include <cstddef>
#include <vector>

#include "verify/findings.h"

namespace claimtrace {

// Where the comparisons of one key (or of one status's events) end in Findings' lists: a
// process that compares only the keys it owns hands its findings on key by key.
struct Segment {
  bool status = false;  // Keyed::statuses, else Keyed::keys
  size_t first = 0;     // the list's first item, which names the key or status
  size_t contradictions = 0, agreements = 0, relations = 0;  // ends in Findings
};

// Compares the items of every key, then events that began one status under different
// wordings; the work grows with the distinct values on a key, not with its claims.
// segments, when given, receives one Segment per key and status compared, in order.
Findings compare_all(const Keyed& keyed, std::vector<Segment>* segments = nullptr);

}  // namespace claimtrace
