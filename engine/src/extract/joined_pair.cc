// Two states joined after a trade word: the pair whose trade it is.
#include "extract/joined_pair.h"

namespace claimtrace {

std::optional<Place> joined_pair(const SentenceContext& s, const Place& x, size_t k,
                                 const PhraseHit& trade) {
  const RuleData& r = s.rules;
  const std::string& via = r.attributes[r.attribute_triggers[trade.use.row].attribute].name;
  if (r.relation.flow(via) || x.party.empty() || s.mention_starting[x.first] < 0) return {};
  const std::vector<Token>& t = s.tokens();
  if (k >= t.size() || s.mention_starting[k] < 0) return {};
  const MentionAt& m = s.mentions[static_cast<size_t>(s.mention_starting[k])];
  const Mention& y = s.out.mentions[m.index];
  const bool party = y.type == EntityType::kCountry || y.type == EntityType::kGroup;
  if (!party || y.entity.empty() || y.entity == x.party) return {};
  if (m.last < t.size() && t[m.last].kind == TokenKind::kWord &&
      (r.relation.of(t[m.last].lower) & (RelationWords::kPartner | RelationWords::kJoiner)))
    return {};
  return Place{m.first, m.last, y.entity};
}

}  // namespace claimtrace
