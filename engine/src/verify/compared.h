// Verification with its comparisons given: a run spread over processes takes them from the
// processes that own the keys instead of comparing every key itself.
#pragma once

#include <functional>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "claimtrace/rules.h"
#include "claimtrace/verification.h"
#include "claimtrace/verify.h"
#include "verify/findings.h"

namespace claimtrace {

// verify(), with compare giving what compare_all(keyed) would.
Verification verify_compared(const std::vector<Document>& documents,
                             const std::vector<Extraction>& extractions, const RuleSet& rules,
                             ClaimGraph& graph, const VerifyOptions& options,
                             const std::function<Findings(const Keyed&)>& compare);

// Findings in report order, most severe first, each with an id no other has: the same
// findings in any order give the same list.
void order_findings(std::vector<Discrepancy>& found);

}  // namespace claimtrace
