// The facet of a figure from the words of its clause, and shares among percentages.
#include "extract/figure_facets.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/clauses.h"
#include "extract/date_scope.h"
#include "lexicon.h"

namespace claimtrace {

namespace {

// Words besides its own the opening phrase of a clause-heading facet may have ("Counted per
// capita,", "Per head of population,"); articles do not count.
constexpr size_t kFacetPhraseWords = 2;

// Whether facet word h heads the figure's clause: it stands in the clause's opening phrase of a
// few words, and no comma or dash stands between that phrase and the figure (a subordinate
// clause, "With income per head rising fast, ...", ends at its comma).
bool heads_figures_clause(const SentenceContext& s, const PhraseHit& h, size_t figure) {
  const std::vector<Token>& t = s.tokens();
  auto mark = [&](size_t k) {
    const std::string_view p = t[k].text;
    return t[k].kind == TokenKind::kPunct &&
           (p == "," || p == ";" || p == ":" || p == "(" || p == "\u2014" || p == "\u2013");
  };
  auto word = [&](size_t k) {
    return t[k].kind == TokenKind::kWord && !s.rules.words.has(t[k].word, Lexicon::kListArticle);
  };
  size_t words = 0, k = h.last;
  while (k < figure && !mark(k)) words += word(k++);
  if (k >= figure) words = 0;  // no mark: the words after it are the figure's clause
  for (size_t j = k + 1; j < figure; ++j)
    if (mark(j)) return false;
  for (size_t j = h.first; j > 0 && !mark(j - 1); --j) words += word(j - 1);
  return words <= kFacetPhraseWords;
}

}  // namespace

std::string facet_of(const SentenceContext& s, ClaimKind kind, const ClaimTokens& at) {
  std::string facet = s.nearest_facet(kind, at.first, at.last);
  if (!facet.empty()) return facet;
  const bool any = kind == ClaimKind::kPercent || kind == ClaimKind::kRatio;
  for (size_t k = at.first; k > 0; --k) {
    if (clause_starts(s, k - 1, false)) break;
    for (size_t c = 0; c < s.claim_tokens.size(); ++c) {
      const ClaimTokens& other = s.claim_tokens[c];
      if (k - 1 >= other.first && k - 1 < other.last &&
          is_figure_kind(s.out.claims[s.first_claim + c].kind))
        return "";
    }
    const PhraseHit* h = s.longest(k - 1, kFacetTrigger);
    if (!h) continue;
    const FacetRule& rule = s.rules.facets[s.rules.facet_triggers[h->use.row].attribute];
    if ((any || (rule.heads_clause && heads_figures_clause(s, *h, at.first))) &&
        std::find(rule.kinds.begin(), rule.kinds.end(), kind) != rule.kinds.end())
      return rule.name;
  }
  return "";
}

bool is_share(const SentenceContext& s, const Claim& c, const ClaimTokens& at) {
  if (c.kind != ClaimKind::kPercent && c.kind != ClaimKind::kRatio) return false;
  return !facet_of(s, c.kind, at).empty();
}

}  // namespace claimtrace
