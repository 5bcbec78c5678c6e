// Pre-publication check: each claim of a draft classified against what the corpus says.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/discrepancy.h"
#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "claimtrace/rules.h"
#include "claimtrace/verify.h"

namespace claimtrace {

enum class Verdict {
  kSupported,     // corpus claims on the same key agree, none conflicts
  kContradicted,  // corpus claims on the same key conflict with it
  kDisputed,      // the corpus itself disagrees on this key
  kUnsupported,   // nothing in the corpus on this key: not a contradiction
};
const char* to_string(Verdict verdict);  // supported, contradicted, disputed, unsupported
std::optional<Verdict> parse_verdict(const std::string& text);

struct DraftFinding {
  Claim claim;  // the draft's claim; span and position are in the draft file
  Verdict verdict = Verdict::kUnsupported;
  std::string explanation;  // plain words naming the corpus values and sources
  // Corpus claims behind the verdict; role "agrees" or "conflicts".
  std::vector<Evidence> evidence;
  std::string discrepancy;  // the corpus discrepancy on this key, when disputed
  bool operator==(const DraftFinding&) const = default;
};

struct DraftCheck {
  std::vector<DraftFinding> findings;  // in draft order
  // The draft's own warnings, as verify gives a corpus document's: reading it, then extracting
  // from it (a name where a party belongs that no rule knows, its figures left without subject).
  std::vector<Diagnostic> warnings;
  bool operator==(const DraftCheck&) const = default;
};

// Classifies every claim of the draft against the corpus claims. The draft is verified together
// with the corpus, so it meets exactly the rules verify applies between two documents; options
// carry the desk's trust priors (the draft is always the observer).
DraftCheck check_draft(const Document& draft, const Extraction& draft_claims,
                       const std::vector<Document>& corpus,
                       const std::vector<Extraction>& corpus_claims, const RuleSet& rules,
                       const VerifyOptions& options = {});

}  // namespace claimtrace
