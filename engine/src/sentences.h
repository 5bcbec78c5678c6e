// Sentence segmentation: ICU's sentence rules, minus breaks after abbreviations and initials.
#pragma once

#include <string_view>
#include <vector>

#include "claimtrace/text.h"
#include "rule_data.h"

namespace claimtrace {

// Sentences of each paragraph, trimmed of surrounding spaces; never across paragraphs.
std::vector<TextRange> split_sentences(std::string_view text,
                                       const std::vector<TextRange>& paragraphs,
                                       const RuleData& rules);

}  // namespace claimtrace
