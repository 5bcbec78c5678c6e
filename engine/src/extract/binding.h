// Binding: after the recognizers, every claim of the sentence gets its subject, attribute,
// period, modality, speaker and id, and the breakdowns refer to their claims by id.
#pragma once

#include "extract/sentence_context.h"

namespace claimtrace {

void bind(SentenceContext& s);

// Whether a period may be what the next sentence's figures are about: a span of months or
// years, not a day (the day of a visit is when documents were signed, not what a park holds).
inline bool spans_months(const Period& p) { return p.begin_day == 0 && p.end_day == 0; }

// Whether one of `words` stands in the clause of the claim at `at`, within the rank window either
// side: a verb in the past tense ("remained"), a word of the present ("now"). With not_reporting,
// a reporting verb ("Yilmaz said") does not count: it is the tense of the telling.
bool told_with(const SentenceContext& s, const ClaimTokens& at, const WordSet& words,
               bool not_reporting = false);

}  // namespace claimtrace
