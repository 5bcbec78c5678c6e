// Respective figures: "X's exports to Y and Z were $3 billion and $2 billion, respectively".
#pragma once

#include "extract/sentence_context.h"

namespace claimtrace {

// In a sentence with a "respectively" word, a list of n parties ("Y and Z", "Y, Z and W") and
// exactly n figures give the k-th figure the k-th party: its subject loses the other parties of
// the list, and a flow its direction from the words (or, when the list's first party has one,
// the listed party in its place: "X and Y exported $3 billion and $1 billion to Z"). Only where the
// subject holds a party of the list and one outside it (the owner, "X's"): "trade with Y and Z"
// names no owner, and it is not guessed; and not where two dates may be the list the figures go
// with.
void bind_respective(SentenceContext& s);

}  // namespace claimtrace
