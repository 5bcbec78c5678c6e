// Statuses: "with the status of a special economic zone": the words after an intro are a label.
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

void Statuses::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    const PhraseHit* intro = s.longest(i, kStatusIntro);
    if (!intro) continue;
    size_t b = intro->last, e = b;
    while (e < t.size() && e < b + s.policy.status_words && t[e].kind == TokenKind::kWord &&
           !t[e].capitalized) {
      ++e;
    }
    if (e - b < 2 || !s.free(b, e)) continue;  // one word is too little to be a status
    s.add_label(b, e, s.policy.status_intro_attribute);
    i = e - 1;
  }
}

}  // namespace claimtrace
