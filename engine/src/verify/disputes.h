// Disputes: connected components of contradiction in the claim graph, split into sides of
// claims that agree; and the trust that weighs the sides.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/verification.h"
#include "claimtrace/verify.h"
#include "verify/findings.h"

namespace claimtrace {

struct Dispute {
  DiscrepancyKind kind = DiscrepancyKind::kValueConflict;
  Severity severity = Severity::kInfo;
  std::vector<size_t> items;
  std::vector<std::vector<size_t>> sides;  // items agreeing with each other
  std::vector<std::string> notes;
};

std::vector<Dispute> build_disputes(const Keyed& keyed, const Findings& findings,
                                    const ClaimGraph& graph);

// Each item's voice: the source of the claim it was copied from, or its own source. Looked
// up once per item, since sides are counted in every round of trust.
using Voices = std::vector<const std::string*>;
Voices voices_of(const Keyed& keyed, const ClaimGraph& graph);
// Independent voices on a side: a copy speaks with its original's source, once per source.
std::set<std::string> voices(const std::vector<size_t>& side, const Voices& voice);

// Each source's trust, iterated until it settles: a source on the better-supported side of
// its disputes gains, one on the weaker side loses. Fills out.trust and out.trust_iterations.
std::map<std::string, double> compute_trust(const std::vector<Document>& docs,
                                            const std::vector<Extraction>& extractions,
                                            const Keyed& keyed,
                                            const std::vector<Dispute>& disputes,
                                            const Voices& voice, const VerifyOptions& options,
                                            Verification& out);

// The finding a dispute gives: sides ranked by support, evidence and explanation.
Discrepancy describe(const Dispute& d, const Keyed& keyed, const Voices& voice,
                     const std::map<std::string, double>& trust);

}  // namespace claimtrace
