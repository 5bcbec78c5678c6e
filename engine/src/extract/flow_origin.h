// Flow origin: the direction of a flow ("trade.exports.BY_to_TR") read from the state its own
// words name beside the trade word, when the sentence names no partner for it.
#pragma once

#include <optional>
#include <string>

#include "claimtrace/claim.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// The party right before the trade word is the flow's owner ("Belarusian exports", "Turkish
// firms sold"; for a flow into the owner only a possessive, as "Chinese imports" may be goods
// from China), one right after an outgoing trade word its origin ("exports of Belarusian goods",
// "поставки белорусских товаров"), and one right after an incoming trade word too where it
// qualifies the goods' own noun ("imports of Serbian products", "ввоз венгерских товаров"). With
// the claim's pair of states, both named in the sentence itself, that is the flow's direction: the
// attribute it keys by, or nothing when its words name neither or the pair is only the paragraph's
// (a state's own total names no partner).
std::optional<std::string> named_flow(const SentenceContext& s, const Claim& c,
                                      const ClaimTokens& at);

// A table column's header that names whose flow its figures are ("Kazakhstan's exports",
// "Belarusian exports", "Imports from Kazakhstan"), one of the pair the table is about (its
// caption's or section's): the flow in that direction ("trade.exports.KZ_to_BY"); otherwise
// `measure` as it is. The header names one state, so only the table's pair gives the other.
std::string column_flow(const SentenceContext& s, const std::string& measure);

}  // namespace claimtrace
