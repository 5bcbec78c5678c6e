// Owners of a flow nobody knows, read beside its trade word, for extract/relations.cc.
#include "extract/relation_owners.h"

#include <algorithm>
#include <cstddef>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/document_profile.h"
#include "extract/entity_names.h"

namespace claimtrace {

RelationOwners::RelationOwners(const SentenceContext& s)
    : RelationPlaces(s), headline_(headline_case(t_)) {}

// An unknown name beside a flow's trade word owns the flow without a possessive too
// ("KazMunayGas exports to China", "In 2023 Gazprom exported", "экспорт Газпрома в Китай"): a
// firm's or a region's flow is not its partner state's. A sentence's first word may be any
// word ("Total exports"), and so may an acronym ("LNG exports"); a headline capitalizes every
// word: there, only a name of several words, one with an inner capital or one the document
// capitalizes inside a sentence too, outside headlines.
bool RelationOwners::owning_name(const Place& x) const {
  if (x.last >= t_.size() || headline_) return false;
  // A state's capital stands for it ("Astana's exports", "экспорт Минска").
  if (!capital_state(s_.rules, t_, x.first, x.last).empty()) return false;
  const Token& word = t_[x.first];
  const bool one = x.last - x.first == 1;
  if (x.first > 0 && flow_word(s_.ending_at(x.first, kAttributeTrigger)))
    return !one || !all_capitals(word);
  if (!flow_word(s_.longest(x.last, kAttributeTrigger))) return false;
  if (!one) return true;
  if (all_capitals(word)) return false;
  // A list's or a quote's first word is capitalized as a sentence's is ("2023: Oil exports").
  const bool opens = x.first == 0 ||
                     (t_[x.first - 1].kind == TokenKind::kPunct && t_[x.first - 1].text != ",") ||
                     std::none_of(t_.begin(), t_.begin() + static_cast<std::ptrdiff_t>(x.first),
                                  [](const Token& tok) { return tok.kind == TokenKind::kWord; });
  // A word the document capitalizes inside a sentence too is a name there as well, but an
  // adjective several states share ("Korean").
  const bool shared = s_.rules.relation.of(word.lower) & RelationWords::kSharedAdjective;
  return !opens || inner_capital(word.text) || (s_.lone_names.count(word.lower) > 0 && !shared);
}

// The unknown name that ends at token k and owns the trade word there, if any.
std::optional<RelationPlaces::Place> RelationOwners::name_before(size_t k) const {
  size_t first = k;
  while (first > 0 && name_word(first - 1)) --first;
  if (first == k) return std::nullopt;
  const Place x{first, k, ""};
  return owning_name(x) ? std::optional<Place>(x) : std::nullopt;
}

// A lower-case noun with a possessive ending, glued or the token after it, right before a
// flow's trade word: an owner nobody knows. Not a noun for a state ("the country's", which
// owner_for() reads as the document's) nor a time word ("last year's").
std::optional<RelationPlaces::Place> RelationOwners::common_owner(size_t i) const {
  const Token& word = t_[i];
  if (word.kind != TokenKind::kWord || word.capitalized || in_mention_[i]) return std::nullopt;
  std::string_view noun = word.lower;
  size_t last = i + 1;
  if (last < t_.size() && s_.rules.possessive_ending(t_[last].text)) {
    ++last;
  } else if (s_.rules.possessive(noun)) {
    for (const std::string& e : s_.rules.possessive_endings) {
      if (noun.size() > e.size() && noun.ends_with(e)) {
        noun.remove_suffix(e.size());
        break;
      }
    }
  } else {
    return std::nullopt;
  }
  if (!flow_word(s_.longest(last, kAttributeTrigger))) return std::nullopt;
  if ((s_.rules.relation.of(noun) & RelationWords::kStateNoun) ||
      s_.rules.number_time_words.count(noun) > 0)
    return std::nullopt;
  return Place{i, last, ""};
}

// Whether a trade word states a flow ("exports", "экспорт").
bool RelationOwners::flow_word(const PhraseHit* trade) const {
  return trade &&
         s_.rules.relation.flow(
             s_.rules.attributes[s_.rules.attribute_triggers[trade->use.row].attribute].name) !=
             nullptr;
}

bool RelationOwners::inner_capital(std::string_view word) {
  int32_t k = 0;
  UChar32 c = 0;
  U8_NEXT(word.data(), k, static_cast<int32_t>(word.size()), c);
  while (k < static_cast<int32_t>(word.size())) {
    U8_NEXT(word.data(), k, static_cast<int32_t>(word.size()), c);
    if (u_isupper(c)) return true;
  }
  return false;
}

}  // namespace claimtrace
