// Contrasted partners: a clause that sets another partner against the relation of the clause
// before ("X's trade with Y was $A, while with Z it was $B"), for extract/binding.cc.
#pragma once

#include <cstddef>
#include <optional>

#include "extract/relations.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// The relation a figure in the clause [first, last) states, where the relation it reached
// stands in an earlier clause and this clause names a party of its own that is not one of that
// relation's: the earlier relation's owner with the party named after a partner word ("..., while
// those to Z were $B", "а с Z — B"), or, when nobody can say whose it is, a relation of no
// subject, never the earlier one. Nothing when the clause names no other party, or names one of
// the relation's own.
std::optional<Relation> contrasted_relation(const SentenceContext& s, const Relation& reached,
                                            size_t first, size_t last);

}  // namespace claimtrace
