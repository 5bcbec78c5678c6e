// Verification: discrepancies across and within documents, and how far each source is trusted.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "claimtrace/rules.h"
#include "claimtrace/verification.h"

namespace claimtrace {

struct VerifyOptions {
  // Trust before any evidence: a source's own (manifest trust-prior), else its publisher's,
  // else its kind's, else prior_trust.
  double prior_trust = 0.5;
  std::map<std::string, double> kind_priors;
  std::map<std::string, double> publisher_priors;
  double prior_weight = 2;
  int max_iterations = 100;
  // A source that is compared with the others but lends no support and earns no trust: a
  // draft under check must not vote for its own figures.
  std::string observer;
};

// The trust a source starts from, by the order above; the observer starts from 0.
double prior_of(const Source& source, const VerifyOptions& options);

// Compares the claims of all documents; adds corroboration and contradiction edges to graph.
Verification verify(const std::vector<Document>& documents,
                    const std::vector<Extraction>& extractions, const RuleSet& rules,
                    ClaimGraph& graph, const VerifyOptions& options = {});

}  // namespace claimtrace
