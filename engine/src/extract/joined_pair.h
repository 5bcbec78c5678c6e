// The pair of states a trade word's genitives join ("товарооборот Казахстана и Монголии"), for
// extract/relations.cc.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/relation_places.h"
#include "extract/sentence_context.h"

namespace claimtrace {

using Place = RelationPlaces::Place;

inline bool possessive(std::string_view word) {
  return word.size() > 2 && (word.ends_with("'s") || word.ends_with("'"));
}

// The second of two states named right after a trade word and joined to the first, `x`, by the
// joiner before token k: their trade with each other. Only for a word that names no flow (a list
// may name a flow's owners, "exports of X and Y"), both states named (not adjectives), and no
// partner word after the pair ("товарооборот X и Y с Z" lists owners).
std::optional<Place> joined_pair(const SentenceContext& s, const Place& x, size_t k,
                                 const PhraseHit& trade);

}  // namespace claimtrace
