// Extraction: the checkable claims of a document and the names it mentions.
#pragma once

#include <cstdint>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"

namespace claimtrace {

struct Extraction {
  std::vector<Claim> claims;      // in document order
  std::vector<Mention> mentions;  // names of people, states and bodies, in document order
};

// Claims of one ingested document. Relative dates resolve against source.published; when that
// is unknown they stay unresolved (Period::unresolved) instead of being guessed.
Extraction extract(const Document& document, const RuleSet& rules);

}  // namespace claimtrace
