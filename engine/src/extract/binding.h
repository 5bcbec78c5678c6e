// Binding: after the recognizers, every claim of the sentence gets its subject, attribute,
// period, modality, speaker and id, and the breakdowns refer to their claims by id.
#pragma once

#include "extract/sentence_context.h"

namespace claimtrace {

void bind(SentenceContext& s);

}  // namespace claimtrace
