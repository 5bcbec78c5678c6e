// The places of a relation a sentence states: the parties and unknown names the words around
// them read as its places ("between X and Y", "with X, Y and Z"), for extract/relations.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/sentence_context.h"
#include "extract/state_adjectives.h"

namespace claimtrace {

// The sentence's tokens with their relation roles, and the places read from them.
class RelationPlaces {
 public:
  // One place of a relation: a known party, or a name nobody knows.
  struct Place {
    size_t first = 0, last = 0;
    std::string party;  // entity id; empty for an unknown name
  };

  explicit RelationPlaces(const SentenceContext& s)
      : s_(s), t_(s.tokens()), in_mention_(t_.size(), false), roles_(t_.size(), 0) {
    for (const MentionAt& m : s.mentions) {
      for (size_t k = m.first; k < m.last; ++k) in_mention_[k] = true;
    }
    const RelationWords& w = s.rules.relation;
    for (size_t k = 0; k < t_.size(); ++k) {
      // Capitalized words are names, but for the sentence's first word.
      if (!t_[k].capitalized || k == 0)
        roles_[k] = w.of(t_[k].kind == TokenKind::kWord ? t_[k].lower : t_[k].text);
    }
  }

 protected:
  // The partners after a partner word: a party, or a list of them ("with Vietnam, Singapore and
  // Serbia"); empty when no party stands there.
  std::vector<Place> partners(size_t k) const {
    std::vector<Place> out;
    std::optional<Place> p = party(skipped(k));
    while (p) {
      out.push_back(*p);
      size_t next = p->last;
      if (next < t_.size() && t_[next].text == ",") ++next;
      if (next < t_.size() && is(next, RelationWords::kJoiner)) ++next;
      if (next == p->last) break;
      p = party(skipped(next));
    }
    return out;
  }

  static bool is_party(const Mention& m) {
    return m.type == EntityType::kCountry || m.type == EntityType::kGroup;
  }

  bool is(size_t k, RelationWords::Role role) const { return k < t_.size() && (roles_[k] & role); }

  size_t skipped(size_t k) const {
    for (size_t n = 0; n < 3 && k < t_.size(); ++n) {
      if (is(k, RelationWords::kSkip)) {
        ++k;
        continue;
      }
      // A count before the parties: "the five Central Asian states", "its 27 member states".
      const std::optional<NumberMatch>& count = s_.number_at(k);
      if (!count || count->ordinal || count->last <= k) break;
      k = count->last;
    }
    return k;
  }

  // The partners after one or two lower-case words past a partner word ("в газовую отрасль
  // Туркменистана"), the state the noun phrase is of.
  std::vector<Place> partners_past(size_t k) const {
    for (size_t n = 0; n < 2 && k < t_.size(); ++n, ++k) {
      if (t_[k].kind != TokenKind::kWord || t_[k].capitalized || roles_[k] != 0 || in_mention_[k] ||
          s_.number_at(k).has_value())
        return {};
      if (std::optional<Place> p = party(k + 1); p && s_.mention_starting[k + 1] >= 0) return {*p};
    }
    return {};
  }

  // A known party starting at token k: a state, group or body named, or a state's adjective a
  // trade word or a head noun takes.
  std::optional<Place> party(size_t k) const {
    if (k < t_.size() && s_.mention_starting[k] < 0) {
      std::string state = adjective_state(s_, k);
      if (!state.empty()) return Place{k, k + 1, state};
    }
    if (k >= t_.size() || s_.mention_starting[k] < 0) return std::nullopt;
    const MentionAt& m = s_.mentions[static_cast<size_t>(s_.mention_starting[k])];
    const Mention& mention = s_.out.mentions[m.index];
    if (!is_party(mention)) return std::nullopt;
    return Place{m.first, m.last, mention.entity};
  }

  // A capitalized word no known name covers, and not a month or number word.
  bool name_word(size_t k) const {
    return k < t_.size() && t_[k].kind == TokenKind::kWord && t_[k].capitalized &&
           !in_mention_[k] && s_.in_date[k] < 0 && !number_time_word(t_[k]);
  }
  // By the word's id, which every number and time word has, else by its text.
  bool number_time_word(const Token& tok) const {
    if (tok.word != kUnidentified) return s_.rules.words.has(tok.word, Lexicon::kNumberTime);
    return s_.rules.number_time_words.count(tok.lower) > 0;
  }

  // A place after skipped words: a known party, or (when allowed) an unknown name.
  std::optional<Place> place(size_t k, bool unknown) const {
    k = skipped(k);
    if (std::optional<Place> p = party(k)) return p;
    if (!unknown || !name_word(k)) return std::nullopt;
    size_t end = k + 1;
    while (name_word(end) || (end + 1 < t_.size() && t_[end].joiner && name_word(end + 1))) {
      end += t_[end].joiner ? 2 : 1;
    }
    return Place{k, end, ""};
  }

  const SentenceContext& s_;
  const std::vector<Token>& t_;
  std::vector<bool> in_mention_;
  std::vector<uint16_t> roles_;  // of each token (RelationWords::Role bits)
};

}  // namespace claimtrace
