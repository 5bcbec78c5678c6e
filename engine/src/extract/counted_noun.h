// The counted noun after a number that no count-noun rule names: the noun phrase's head found
// by a cheap chunker over the tokens, with the words that narrow it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "extract/sentence_context.h"

namespace claimtrace {

struct CountedNoun {
  size_t last = 0;        // one past the head
  std::string head;       // as matching compares it (stemmed where the language has a stemmer)
  std::string modifiers;  // the words before the head, lower-cased: "intergovernmental interbank"
};

// The noun phrase starting at token j counted by a number of `value`: lower-case words (and
// named states) joined by commas and coordinators, up to a head that looks like a counted noun.
// None when a function word, a unit, a date, another number or a capitalized word comes first,
// and for a number that is not a whole count above one or is hyphenated to the next word.
std::optional<CountedNoun> counted_noun(const SentenceContext& s, size_t j, double value);

// Whether a phrase table of figures, time, modality or clauses claims token k: no noun's word,
// so the chunker and the parser both stop there ("the 40 largest", "5 reported").
bool claimed_by_a_phrase(const SentenceContext& s, size_t k);

}  // namespace claimtrace
