// Where a person's name stands in a sentence: name words, runs of them, and a holder named
// after a title's complement; read by the people recognizer.
#pragma once

#include <cstddef>
#include <utility>

#include "extract/sentence_context.h"

namespace claimtrace {

constexpr size_t kMaxNameWords = 3;

// The word of a body ("Ministry", "концерна") or a region ("province", "области") at token k:
// either may stand between a title and its holder, and neither is part of a name. Or null.
const PhraseHit* body_or_region_word(const SentenceContext& s, size_t k);
// The mention of the sentence over token k, or null.
const MentionAt* mention_over(const SentenceContext& s, size_t k);
// A word that may be part of a person's name: capitalized, no known name, no date, no title,
// no body's word ("Ministry"), not an acronym.
bool name_word(const SentenceContext& s, size_t k);
// Name words from token k onwards ("Kassym-Jomart Tokayev", "Lee Jae-myung"): one past the
// last, or k.
size_t name_forward(const SentenceContext& s, size_t k);
// Words of a name from token first to last: joiners and the syllables they join do not count.
size_t name_words_in(const SentenceContext& s, size_t first, size_t last);
// Name words ending just before token e: the first of them, or e. The sentence's first word
// is capitalized anyway, so a name there needs two words.
size_t name_backward(const SentenceContext& s, size_t e);
// A holder named after a title and its complement, a body or a region with its state
// ("Minister of Trade and Industry of X Ivan Petrov", "хяким Лебапского велаята, Иван
// Петров"): the name's tokens {first, last}, or {0, 0}.
std::pair<size_t, size_t> holder_after_complement(const SentenceContext& s, size_t title_last);

}  // namespace claimtrace
