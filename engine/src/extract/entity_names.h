// Entity aliases at a token: as written, or transliterated and folded for names in another
// script; the document profile and the mention recognizer both read names this way.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "phrase_trie.h"
#include "rule_data.h"
#include "token.h"

namespace claimtrace {

// Whether a word has a lower-case letter, in any script: an acronym ("PRC", "КНР") has none.
bool has_lower_case(std::string_view s);

// The longest entity alias starting at token i, or null; found is scratch space.
const PhraseHit* match_entity(const RuleData& r, std::span<const Token> t, size_t i,
                              std::vector<PhraseHit>& found);

// The state whose capital tokens [first, last) name, in any case form; "" when they name none.
std::string capital_state(const RuleData& r, std::span<const Token> t, size_t first, size_t last);

}  // namespace claimtrace
