// Flow origin: the direction of a flow ("trade.exports.BY_to_TR") read from the state its own
// words name beside the trade word, when the sentence names no partner for it.
#pragma once

#include <optional>
#include <string>
#include <utility>

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

// A flow's figure as its sentence told it, for the figures after it to go on with.
struct FlowFigure {
  std::string via;             // the attribute of its trade word ("trade.imports")
  bool out = true;             // from its owner to its partner ("exports")
  std::string owner, partner;  // entity ids
  size_t last = 0;             // one past the figure's last token
};

// The flow a directed figure states: from its pair and its attribute ("trade.exports.KZ_to_CN")
// as its trade word's attribute `via` ("trade.imports": KZ's imports from CN) tells it; nothing
// when the attribute is no direction of that flow.
std::optional<FlowFigure> flow_figure(const SentenceContext& s, const Claim& c,
                                      const ClaimTokens& at, const std::string& via);

// "exported $15 billion to China and $9 billion to Russia", "экспорт в Китай составил 15 млрд, а
// в Россию — 9 млрд": a figure of the same trade word as the flow figure before it, no trade word
// between them, told with a partner of its own right after it (or right before it and a dash) is
// the owner's flow to or from that partner, not the first partner's. Its subject and attribute.
std::optional<std::pair<Subject, std::string>> elided_flow(const SentenceContext& s,
                                                           const ClaimTokens& at,
                                                           const std::string& via,
                                                           const FlowFigure& before);

}  // namespace claimtrace
