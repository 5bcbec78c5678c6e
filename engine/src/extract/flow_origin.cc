// Flows named by their origin: binding's direction for a flow whose sentence names no partner.
#include "extract/flow_origin.h"

#include <string_view>
#include <vector>

namespace claimtrace {

namespace {

// "Turkey's", "Belarus'": a name with its possessive ending.
bool possessive_name(std::string_view word) {
  return word.ends_with("'s") || word.ends_with("\u2019s") || word.ends_with("'");
}

}  // namespace

std::optional<std::string> named_flow(const SentenceContext& s, const Claim& c,
                                      const ClaimTokens& at) {
  const bool figure = c.kind == ClaimKind::kAmount || c.kind == ClaimKind::kCount ||
                      c.kind == ClaimKind::kPercent || c.kind == ClaimKind::kRatio;
  if (!figure || c.subject.entities.size() != 2) return std::nullopt;
  const auto [attribute, trigger] = s.clause_attribute(c.kind, at.first, at.last);
  const RelationWords::Flow* flow = s.rules.relation.flow(c.attribute);
  if (!flow || attribute != c.attribute || trigger == SIZE_MAX) return std::nullopt;
  const PhraseHit* word = s.longest(trigger, kAttributeTrigger);
  if (!word) return std::nullopt;
  const std::vector<Token>& t = s.tokens();
  auto party_at = [&](size_t k) -> const MentionAt* {
    const int m = s.mention_starting[k];
    if (m < 0) return nullptr;
    const MentionAt& named = s.mentions[static_cast<size_t>(m)];
    const Mention& mention = s.out.mentions[named.index];
    if (mention.type != EntityType::kCountry || !c.subject.contains(mention.entity)) return nullptr;
    return &named;
  };
  auto stop = [&](size_t k) { return t[k].kind == TokenKind::kPunct && !t[k].joiner; };
  auto direction = [&](const std::string& from) {
    const std::string& to = c.subject.entities[c.subject.entities[0] == from ? 1 : 0];
    return flow->as + "." + from + "_to_" + to;
  };
  // Before: the owner, within three words and no stop.
  for (size_t k = word->first; k > 0 && word->first - k < 3 && !stop(k - 1); --k) {
    for (const MentionAt& m : s.mentions) {
      if (m.last != k || !party_at(m.first)) continue;
      const std::string& owner = s.out.mentions[m.index].entity;
      if (flow->out) return direction(owner);
      if (!possessive_name(t[m.last - 1].text)) return std::nullopt;
      return direction(c.subject.entities[c.subject.entities[0] == owner ? 1 : 0]);
    }
  }
  // After an outgoing trade word: the origin of the goods, past a link word at most, and never
  // a partner ("exports to Turkey").
  if (!flow->out) return std::nullopt;
  for (size_t k = word->last; k < t.size() && k < word->last + 2 && !stop(k); ++k) {
    if (k > 0 && (s.rules.relation.of(t[k - 1].lower) & RelationWords::kPartner)) break;
    if (const MentionAt* m = party_at(k)) return direction(s.out.mentions[m->index].entity);
  }
  return std::nullopt;
}

}  // namespace claimtrace
