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

// What verification found between two claims it compared on one key. Claims with the same
// key, time and value are compared once, as a group led by its first claim in corpus order:
// kSame ties each other member to that first claim, and kAgrees and kContradicts relate the
// first claims of two groups, so what holds for a group's first claim holds for all of it.
enum class Bearing { kSame, kAgrees, kContradicts };
const char* to_string(Bearing bearing);  // same, agrees, contradicts

struct ClaimRelation {
  std::string a, b;  // claim ids; a is the first claim of its group
  Bearing bearing = Bearing::kSame;

  bool operator==(const ClaimRelation&) const = default;
};

struct Verification {
  std::vector<Discrepancy> discrepancies;  // most severe first, then by kind and place
  std::vector<ClaimRelation> relations;    // in the order verification compared them
  std::vector<SourceTrust> trust;          // one per document, in document order
  int trust_iterations = 0;                // rounds until trust stopped changing

  bool operator==(const Verification&) const = default;
};

}  // namespace claimtrace
