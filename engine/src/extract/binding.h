// Binding: after the recognizers, every claim of the sentence gets its subject, attribute,
// period, modality, speaker and id, and the breakdowns refer to their claims by id.
#pragma once

#include "extract/sentence_context.h"

namespace claimtrace {

void bind(SentenceContext& s);

// Whether one of `words` stands in the clause of the claim at `at`, within the rank window either
// side: a verb in the past tense ("remained"), a word of the present ("now").
bool told_with(const SentenceContext& s, const ClaimTokens& at, const WordSet& words);

}  // namespace claimtrace
