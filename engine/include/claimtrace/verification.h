// Verification: the result of comparing a corpus — its discrepancies and each source's trust.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/discrepancy.h"

namespace claimtrace {

// The numbers behind a source's trust score, so a reader can check it.
struct SourceTrust {
  std::string source;
  int claims = 0;           // claims extracted
  int disputed = 0;         // of them, in a dispute
  int leading = 0;          // of those, on the best-supported side
  double confidence = 0;    // sum over disputed claims of their side's share of support
  double prior = 0;         // trust before any evidence
  double prior_weight = 0;  // how many disputed claims the prior counts as
  double trust = 0;         // (prior * prior_weight + confidence) / (prior_weight + disputed)

  bool operator==(const SourceTrust&) const = default;
};

struct Verification {
  std::vector<Discrepancy> discrepancies;  // most severe first, then by kind and place
  std::vector<SourceTrust> trust;          // one per document, in document order
  int trust_iterations = 0;                // rounds until trust stopped changing

  bool operator==(const Verification&) const = default;
};

}  // namespace claimtrace
