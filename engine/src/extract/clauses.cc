// Clauses of a sentence: clause openers after punctuation.
#include "extract/clauses.h"

#include <string_view>
#include <vector>

namespace claimtrace {

bool clause_starts(const SentenceContext& s, size_t k, bool strict, size_t figure) {
  const std::vector<Token>& t = s.tokens();
  if (k >= t.size()) return false;
  if (t[k].kind == TokenKind::kPunct) {
    const std::string_view p = t[k].text;
    if (p == ";") return true;
    const bool joins = p == "," || p == "\u2014" || p == "\u2013" || p == "(";
    const PhraseHit* opener = s.longest(k + 1, kClauseOpener);
    return joins && opener && opener->last != figure;
  }
  return strict && s.longest(k, kClauseOpener) != nullptr;
}

bool clause_breaks(const SentenceContext& s, size_t from, size_t to, bool strict, size_t figure) {
  for (size_t k = from; k < to; ++k) {
    if (clause_starts(s, k, strict, figure)) return true;
  }
  return false;
}

bool punctuated(const SentenceContext& s, size_t from, size_t to) {
  const std::vector<Token>& t = s.tokens();
  for (size_t k = from; k < to && k < t.size(); ++k) {
    if (t[k].kind == TokenKind::kPunct) return true;
  }
  return false;
}

}  // namespace claimtrace
