// Ranks: ordinals and superlatives before a ranked noun: "seventh largest trading partner",
// "second-largest trading partner after Russia", "the main partner of Belarus in Asia".
#include <optional>
#include <string>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// Another rank begins at token k ("seventh largest partner and second largest ..."): a scope
// past it is that rank's, not this one's.
bool rank_begins(SentenceContext& s, size_t k) {
  const std::optional<NumberMatch>& n = s.number_at(k);
  return (n && n->ordinal) || s.longest(k, kSuperlative);
}

// "after Russia", "in Asia", "(except Russia)": the scope words and the name after them; their
// tokens go to scope_tokens, as a state named there is not the claim's subject. A scope binds
// to the nearest rank only, and a comma past the first token ends the phrase: what follows is
// another clause ("..., officials in Astana said").
std::string rank_scope(SentenceContext& s, size_t from) {
  const std::vector<Token>& t = s.tokens();
  for (size_t k = from; k < t.size() && k < from + s.policy.rank_scope; ++k) {
    if (t[k].kind == TokenKind::kPunct && t[k].text != "(" && t[k].text != ")" &&
        t[k].text != ",") {
      break;
    }
    if (k > from && t[k].text == ",") break;
    if (rank_begins(s, k)) break;
    const PhraseHit* scope = s.longest(k, kRankScope);
    if (!scope) continue;
    size_t e = scope->last;
    while (e < t.size() && (t[e].capitalized || t[e].joiner)) ++e;
    if (e == scope->last) continue;
    s.scope_tokens.push_back({k, e});
    return std::string(s.doc.text.slice(TextRange{t[k].begin, t[e - 1].end}));
  }
  return "";
}

// Whose partner a rank ranks: the party named right before it ("Kazakhstan's largest
// partner", "China's second-largest ...") or right after its noun ("the largest partner of
// Kazakhstan", "партнером Казахстана"); empty when neither, so the direction stays unknown.
std::string rank_owner(const SentenceContext& s, size_t first, size_t end) {
  const std::vector<Token>& t = s.tokens();
  for (const MentionAt& at : s.mentions) {
    const Mention& m = s.out.mentions[at.index];
    if (m.type != EntityType::kCountry && m.type != EntityType::kGroup) continue;
    // Before: the name, its possessive ending, at most one article or determiner in between.
    size_t gap = first - std::min(first, at.last);
    if (at.last <= first && gap <= 1 &&
        (gap == 0 || t[at.last].text == "'s" || t[at.last].text == "'" ||
         t[at.last].text == "’s")) {
      if (gap == 0 && at.last > 0 &&
          !(t[at.last - 1].text.ends_with("'s") || t[at.last - 1].text.ends_with("’s") ||
            t[at.last - 1].text.ends_with("'"))) {
        continue;
      }
      return m.entity;
    }
    // After: at once (a genitive), or past "of".
    if (at.first == end || (at.first == end + 1 && t[end].lower == "of")) return m.entity;
  }
  return "";
}

}  // namespace

void Ranks::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    if (s.used(i)) continue;
    double rank = 0;
    size_t after = i;
    if (const std::optional<NumberMatch>& n = s.number_at(i); n && n->ordinal) {
      rank = n->value;
      after = n->last;
      // "second-largest": the superlative after an ordinal does not change the rank.
      after = s.skip_joiner(after);
      if (const PhraseHit* sup = s.longest(after, kSuperlative)) after = sup->last;
    } else if (const PhraseHit* sup = s.longest(i, kSuperlative)) {
      rank = s.rules.superlatives[sup->use.row].value;
      after = sup->last;
    } else {
      continue;
    }
    // The ranked noun within a few tokens; a sentence-internal stop ends the search.
    const PhraseHit* noun = nullptr;
    for (size_t k = after; k < t.size() && k < after + s.policy.rank; ++k) {
      if (t[k].kind == TokenKind::kPunct && t[k].text != "," && t[k].text != "(" &&
          t[k].text != ")" && !t[k].joiner) {
        break;
      }
      if (t[k].kind == TokenKind::kNumber) break;
      if (const PhraseHit* h = s.longest(k, kRankNoun)) {
        noun = h;
        break;
      }
    }
    // "top-level talks": a superlative hyphenated to the noun makes one modifier, no rank.
    if (noun && noun->first == after + 1 && t[after].joiner) continue;
    // "second only to Russia" has no noun but a scope right after the ordinal.
    const PhraseHit* scope = noun ? nullptr : s.longest(after, kRankScope);
    if (!noun && !(scope && rank > 1)) continue;
    size_t end = noun ? noun->last : after;
    if (!s.free(i, end)) continue;
    Claim& c = s.add(ClaimKind::kRank, i, end);
    c.value = rank;
    c.unit = "rank";
    s.set_interval(c, Qualifier::kExact);
    c.scope = rank_scope(s, noun ? noun->last : after);
    c.object = rank_owner(s, i, end);
  }
}

}  // namespace claimtrace
