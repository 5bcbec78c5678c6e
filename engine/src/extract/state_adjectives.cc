// Adjectives of states where a trade word or a head noun takes them.
#include "extract/state_adjectives.h"

namespace claimtrace {

const std::string& trade_attribute_at(const SentenceContext& s, size_t k) {
  static const std::string none;
  const PhraseHit* h = s.longest(k, kAttributeTrigger);
  if (!h) return none;
  return s.rules.attributes[s.rules.attribute_triggers[h->use.row].attribute].name;
}

bool trade_word_at(const SentenceContext& s, size_t k) {
  const PhraseHit* h = s.longest(k, kAttributeTrigger);
  return h && s.rules.attributes[s.rules.attribute_triggers[h->use.row].attribute].state_adjective;
}

bool trade_word_before_token(const SentenceContext& s, size_t k) {
  for (size_t j = 0; j < k; ++j) {
    if (trade_word_at(s, j)) return true;
  }
  return false;
}

std::string adjective_state(const SentenceContext& s, size_t k) {
  const RelationWords& w = s.rules.relation;
  const std::vector<Token>& t = s.tokens();
  if (w.adjectives.empty() || k >= t.size() || t[k].kind != TokenKind::kWord) return "";
  for (const MentionAt& m : s.mentions) {
    if (k >= m.first && k < m.last) return "";  // a name's word
  }
  auto a = w.adjectives.find(t[k].lower);
  if (a == w.adjectives.end()) return "";
  const size_t j = k + 1;
  if (j >= t.size()) return "";
  if (t[j].kind != TokenKind::kWord) {
    const bool compound = t[j].joiner || (w.of(t[j].text) & RelationWords::kDash);
    return compound && !adjective_state(s, j + 1).empty() ? a->second : "";
  }
  return trade_word_at(s, j) || w.adjective_heads.count(t[j].lower) ? a->second : "";
}

}  // namespace claimtrace
