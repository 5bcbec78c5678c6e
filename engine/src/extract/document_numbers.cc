// Document numbers: "decree No. 215" names a document by its number, a label claim.
#include <string>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

void DocumentNumbers::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    const PhraseHit* sign = s.longest(i, kNumberSign);
    if (!sign || (!t[i].capitalized && t[i].kind == TokenKind::kWord)) continue;
    size_t k = sign->last;
    if (k >= t.size() || t[k].kind != TokenKind::kNumber || s.in_date[k] >= 0) continue;
    // "Chile's No. 4 trading partner": a place in a ranking (ranks.cc), not a document.
    if (s.longest(k + 1, kRankNoun)) continue;
    s.add_label(i, k + 1, s.policy.document_number_attribute, std::string(t[k].text));
    i = k;
  }
}

}  // namespace claimtrace
