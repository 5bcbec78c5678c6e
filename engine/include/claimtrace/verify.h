// Verification: discrepancies across and within documents, and how far each source is trusted.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/discrepancy.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"

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

struct VerifyOptions {
  double prior_trust = 0.5;
  double prior_weight = 2;
  int max_iterations = 100;
  // A source that is compared with the others but lends no support and earns no trust: a
  // draft under check must not vote for its own figures.
  std::string observer;
};

struct Verification {
  std::vector<Discrepancy> discrepancies;  // most severe first, then by kind and place
  std::vector<SourceTrust> trust;          // one per document, in document order
  int trust_iterations = 0;                // rounds until trust stopped changing

  bool operator==(const Verification&) const = default;
};

// Compares the claims of all documents; adds corroboration and contradiction edges to graph.
Verification verify(const std::vector<Document>& documents,
                    const std::vector<Extraction>& extractions, const RuleSet& rules,
                    ClaimGraph& graph, const VerifyOptions& options = {});

}  // namespace claimtrace
