// Change bases: the level a change started from ("rose to $30 billion in 2024 from $26 billion")
// is dated the period before its new level's, not the date the two share.
#pragma once

#include <vector>

#include "extract/sentence_context.h"

namespace claimtrace {

// chosen[i]: the index in s.dates of the date the sentence's i-th claim took, or -1.
void date_change_bases(SentenceContext& s, const std::vector<int>& chosen);

}  // namespace claimtrace
