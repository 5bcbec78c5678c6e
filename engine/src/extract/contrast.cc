// Contrasted partners: the relation of a clause that names another partner than the clause
// before.
#include "extract/contrast.h"

#include <string>
#include <vector>

#include "extract/parties.h"

namespace claimtrace {

namespace {

// Whether the mention starting at token k follows a partner word ("with", "to", "с"), past the
// words a party's place may hold ("the").
bool after_partner_word(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  const RelationWords& w = s.rules.relation;
  while (k > 0 && t[k - 1].kind == TokenKind::kWord &&
         (w.of(t[k - 1].lower) & RelationWords::kSkip))
    --k;
  return k > 0 && t[k - 1].kind == TokenKind::kWord &&
         (w.of(t[k - 1].lower) & RelationWords::kPartner);
}

// The party of `r` named after a partner word in its tokens ("trade with Y", "exports to Y"),
// or "" when none or both are.
std::string partner_of(const SentenceContext& s, const Relation& r) {
  std::string partner;
  for (const MentionAt& m : s.mentions) {
    if (m.first < r.first || m.last > r.last) continue;
    const std::string& id = s.out.mentions[m.index].entity.str();
    if (!r.subject.contains(id) || !after_partner_word(s, m.first)) continue;
    if (!partner.empty() && partner != id) return "";
    partner = id;
  }
  return partner;
}

}  // namespace

std::optional<Relation> contrasted_relation(const SentenceContext& s, const Relation& reached,
                                            size_t first, size_t last) {
  if (reached.subject.entities.size() != 2 || reached.unknown) return std::nullopt;
  // The parties this clause names itself (not a rank's scope, nor a currency's state).
  const std::vector<NamedParty> own =
      named_party_tokens(s, [&](size_t k) { return k < first || k >= last; });
  const NamedParty* other = nullptr;
  for (const NamedParty& p : own) {
    // A clause naming a party of the relation goes on with it ("..., with China becoming
    // Belarus' largest partner, replacing the EU").
    if (reached.subject.contains(p.id)) return std::nullopt;
    if (other) return Relation{};  // two others: whose figure it is, nobody can say
    other = &p;
  }
  if (!other) return std::nullopt;
  Relation r;
  r.first = first;
  r.last = last;
  const std::string partner = partner_of(s, reached);
  if (!after_partner_word(s, other->token) || partner.empty()) return r;
  const std::string& owner =
      reached.subject.entities[reached.subject.entities[0] == partner ? 1 : 0];
  r.subject = Subject({owner, other->id});
  if (!reached.flow.empty()) {
    // The owner's flow keeps its way: to the new partner if it went out, else from it.
    const bool out = reached.from == owner;
    r.flow = reached.flow;
    r.via = reached.via;
    r.from = out ? owner : other->id;
    r.to = out ? other->id : owner;
  }
  return r;
}

}  // namespace claimtrace
