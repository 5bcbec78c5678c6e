// Key owners: comparison spread over processes. Each process sends the compact items of its
// documents to the processes that own their keys; each owner compares its keys and hands its
// findings, key by key, to the process that verifies and reports.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/claim_key.h"
#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "claimtrace/rules.h"
#include "claimtrace/verification.h"
#include "claimtrace/verify.h"

namespace claimtrace {

// The process, of `owners`, that compares a key. Keys are owned by comparison family: an event
// goes with the status it began, so every event and graded label of one status meets on one
// process, as comparison needs; checks that read several keys run on the reporting process.
unsigned owner_of(const ClaimKey& key, unsigned owners);

// One process's items, one payload per owner: every compared claim of `extractions` (indexed
// by place in the walk, empty for documents of other processes) with its key, time and value.
std::vector<std::string> items_by_owner(const std::vector<Extraction>& extractions,
                                        const RuleSet& rules, unsigned owners);

// An owner compares the items it received (one payload from each process, in any order) and
// returns its findings, key by key, named by claim ids.
std::string compare_owned(const std::vector<std::string>& received, const RuleSet& rules);

// verify() with the comparisons of every key taken from the owners' findings (one payload per
// owner) instead of compared here: the same Verification as verify() gives.
Verification verify_owned(const std::vector<Document>& documents,
                          const std::vector<Extraction>& extractions, const RuleSet& rules,
                          ClaimGraph& graph, const VerifyOptions& options,
                          const std::vector<std::string>& findings);

}  // namespace claimtrace
