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

// Claims of every document, `threads` documents at a time; results keep the corpus order and do
// not depend on the thread count. A document that exhausts memory is marked skipped with that
// reason (and gets no claims) while the others go on.
std::vector<Extraction> extract_corpus(std::vector<Document>& documents, const RuleSet& rules,
                                       unsigned threads);

}  // namespace claimtrace
