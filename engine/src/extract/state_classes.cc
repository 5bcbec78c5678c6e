// State classes: "Belarus is a medium-sized state": the class a state is put in.
#include <string>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

void StateClasses::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    const PhraseHit* h = s.longest(i, kStateClass);
    if (!h || !s.free(i, h->last)) continue;
    // The state put in the class is the one named nearest before it ("Belarus is one of the
    // small states"), else after; a class is about one state, never a pair.
    std::string state;
    for (const MentionAt& m : s.mentions) {
      const Mention& mention = s.out.mentions[m.index];
      if (mention.type != EntityType::kCountry) continue;
      if (m.last <= i || state.empty()) state = mention.entity;
      if (m.last > i) break;
    }
    Claim& c = s.add_label(i, h->last, s.policy.state_class_attribute);
    if (!state.empty()) c.subject = Subject(state);
    i = h->last - 1;
  }
}

}  // namespace claimtrace
