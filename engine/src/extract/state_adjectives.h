// Adjectives of states (rules/adjectives.*.xml) read as the state only where a trade word or a
// market or goods noun takes them; never names of the state.
#pragma once

#include <cstddef>
#include <string>

#include "extract/sentence_context.h"

namespace claimtrace {

// The attribute of the longest attribute word starting at token k, or "".
const std::string& trade_attribute_at(const SentenceContext& s, size_t k);
// Whether a trade or investment word starts at token k.
bool trade_word_at(const SentenceContext& s, size_t k);
// Whether a trade or investment word starts before token k in the sentence.
bool trade_word_before_token(const SentenceContext& s, size_t k);
// The state an adjective at token k stands for, where a trade word or a head noun right after
// it takes it ("китайских прямых инвестиций", "на российский рынок"), or another such adjective
// it is joined to does ("белорусско-российский товарооборот"); "" elsewhere ("российский" in a
// body's name, "американских долларов").
std::string adjective_state(const SentenceContext& s, size_t k);

}  // namespace claimtrace
