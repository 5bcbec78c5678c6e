// Sentence segmentation: ICU's rules (one pass on ASCII), minus breaks after abbreviations.
#pragma once

#include <string_view>
#include <vector>

#include "claimtrace/text.h"
#include "rule_data.h"

namespace claimtrace {

// The boundaries ICU's sentence iterator gives in a paragraph (offsets into it, its length
// last); with ascii_path, an ASCII paragraph's are found by the same rules in one pass instead.
std::vector<size_t> sentence_boundaries(std::string_view paragraph, bool ascii_path = true);

// Sentences of each paragraph, trimmed of surrounding spaces; never across paragraphs.
std::vector<TextRange> split_sentences(std::string_view text,
                                       const std::vector<TextRange>& paragraphs,
                                       const RuleData& rules);

}  // namespace claimtrace
