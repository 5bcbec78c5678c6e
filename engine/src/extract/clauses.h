// Clauses of a sentence: where one begins, so a verb's modality and a date's period stay in the
// clause they govern.
#pragma once

#include <cstddef>
#include <cstdint>

#include "extract/sentence_context.h"

namespace claimtrace {

// Whether a new clause starts at token k: at ";", or at a comma, dash or bracket before a clause
// opener ("while", "and", "up from") that the figure at `figure` does not follow at once (",
// and $5 billion" lists figures); where `strict`, at an opener alone too.
bool clause_starts(const SentenceContext& s, size_t k, bool strict, size_t figure = SIZE_MAX);

// Whether a clause starts at any token of [from, to).
bool clause_breaks(const SentenceContext& s, size_t from, size_t to, bool strict,
                   size_t figure = SIZE_MAX);

// Whether a punctuation mark stands in [from, to): another clause, read loosely.
bool punctuated(const SentenceContext& s, size_t from, size_t to);

}  // namespace claimtrace
