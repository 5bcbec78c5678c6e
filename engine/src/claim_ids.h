// Claim ids unique over a corpus: a content hash alone can give two claims one id in an archive
// of millions, which would merge them in the graph and misattribute findings.
#pragma once

#include <cstddef>
#include <vector>

#include "claimtrace/extraction.h"

namespace claimtrace {

// Gives every claim of `extractions` (documents in walk order, claims in document order) an id
// no other claim has. The first claim with an id keeps it; each later one takes the id with
// "-2", "-3"... (the first such id no claim has), so claims that collide with none keep their
// content ids and the result depends only on the corpus, never on threads or processes. A
// document's breakdowns name its first claim of an id they named. Returns the claims renamed.
size_t make_claim_ids_unique(std::vector<Extraction>& extractions);

}  // namespace claimtrace
