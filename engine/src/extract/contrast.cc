// Contrasted partners: the relation of a clause that names another partner than the clause
// before.
#include "extract/contrast.h"

#include <cstdint>
#include <string>
#include <vector>

#include "extract/parties.h"

namespace claimtrace {

namespace {

// The token before the words a party's place may hold ("the") before token k, or SIZE_MAX.
size_t before_place(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  const RelationWords& w = s.rules.relation;
  while (k > 0 && t[k - 1].kind == TokenKind::kWord &&
         (w.of(t[k - 1].lower) & RelationWords::kSkip))
    --k;
  return k > 0 ? k - 1 : SIZE_MAX;
}

// Whether the mention starting at token k follows a partner word ("with", "to", "с"), past the
// words a party's place may hold ("the").
bool after_partner_word(const SentenceContext& s, size_t k) {
  const size_t p = before_place(s, k);
  return p != SIZE_MAX && s.tokens()[p].kind == TokenKind::kWord &&
         (s.rules.relation.of(s.tokens()[p].lower) & RelationWords::kPartner);
}

// Whether a phrase of several words ends at token k ("according to", "compared with"): its last
// word is no partner word of its own.
bool ends_phrase(const SentenceContext& s, size_t k) {
  for (const PhraseHit& h : s.hits) {
    if (h.last == k + 1 && h.first < k) return true;
  }
  return false;
}

// Whether the partner word at p opens the clause starting at `first`: only the clause's opener
// and small words stand before it ("while with Z", "while those to Z", "а с Z"), no verb or
// noun ("according to Z", "data sent to Z", "переданным в Z").
bool opens_clause(const SentenceContext& s, size_t first, size_t p) {
  const std::vector<Token>& t = s.tokens();
  if (ends_phrase(s, p)) return false;
  for (size_t k = first; k < p; ++k) {
    if (t[k].kind == TokenKind::kPunct) continue;
    if (const PhraseHit* opener = s.longest(k, kClauseOpener); opener && opener->last <= p) {
      k = opener->last - 1;
      continue;
    }
    if (t[k].kind != TokenKind::kWord || !s.rules.function_words.count(t[k].lower)) return false;
  }
  return true;
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
  const std::vector<Token>& t = s.tokens();
  // A relative clause ("X's trade with Y, which is also Z's partner, reached $A") is about the
  // party before it; the figure after it is the main clause's.
  if (first < t.size() && t[first].kind == TokenKind::kWord &&
      (s.rules.relation.of(t[first].lower) & RelationWords::kRelative)) {
    return std::nullopt;
  }
  // The parties this clause names itself (not a rank's scope, nor a currency's state), but a
  // source's ("according to the Russian embassy"): who says it is not whose figure it is.
  auto sourced = [&](size_t k) {
    const size_t p = before_place(s, k);
    return p != SIZE_MAX && s.ending_at(p + 1, kReportingVerb) != nullptr;
  };
  const std::vector<NamedParty> own =
      named_party_tokens(s, [&](size_t k) { return k < first || k >= last || sourced(k); });
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
  const int m = s.mention_starting[other->token];
  if (partner.empty() || m < 0 || s.possessive_before(s.mentions[static_cast<size_t>(m)].last) ||
      !after_partner_word(s, other->token) ||
      !opens_clause(s, first, before_place(s, other->token))) {
    return r;
  }
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
