// Binding: after the recognizers, every claim of the sentence gets its subject, attribute,
// period, modality, speaker and id, and the breakdowns refer to their claims by id.
#pragma once

#include "extract/sentence_context.h"

namespace claimtrace {

void bind(SentenceContext& s);

// Whether one of `words` stands in the clause of the claim at `at`, within the rank window either
// side: a verb in the past tense ("remained"), a word of the present ("now"). With not_reporting,
// a reporting verb ("Yilmaz said") does not count: it is the tense of the telling.
bool told_with(const SentenceContext& s, const ClaimTokens& at, const WordSet& words,
               bool not_reporting = false);

}  // namespace claimtrace
