// Titles: "First Deputy Prime Minister Mikalai Snapkou", "the spokesman for the Chinese Foreign
// Ministry", "Ambassador to Belarus Xie Xiaoyun": the title a named person holds.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// The entity of the first known name overlapping tokens [first, last), or "".
std::string mention_subject(const SentenceContext& s, size_t first, size_t last) {
  for (const MentionAt& m : s.mentions) {
    if (m.first < last && first < m.last && !s.out.mentions[m.index].entity.empty()) {
      return s.out.mentions[m.index].entity;
    }
  }
  return "";
}

}  // namespace

void Titles::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    const PhraseHit* title = s.longest(i, kTitle);
    if (!title || !s.free(i, title->last)) continue;
    size_t e = title->last;
    // A link to the body it serves may stand before the name ("of the Standing Committee").
    size_t k = e;
    bool linked = false;
    size_t capitals = 0;  // capitalized words after the link: the body, then maybe the name
    while (k < t.size() && k < e + s.policy.title_link) {
      if (s.rules.title_links.count(t[k].lower)) {
        linked = true;
        ++k;
      } else if (linked && (t[k].capitalized || t[k].joiner || t[k].text == "'")) {
        capitals += t[k].capitalized;
        ++k;
      } else {
        break;
      }
    }
    size_t name_end = e;
    while (name_end < t.size() && name_end < e + s.policy.title_name && t[name_end].capitalized &&
           t[name_end].kind == TokenKind::kWord) {
      ++name_end;
    }
    const bool named = name_end > e && !s.longest(e, kTitle);
    // A capitalized title needs its holder: a name right after, or a body and a name; a
    // lower-case one ("the spokesman for ...") needs its body.
    if (!(t[i].capitalized ? (named || (linked && capitals >= 2)) : linked)) continue;
    Claim& c =
        s.add_label(i, title->last, s.policy.title_attribute, s.rules.title_names[title->use.row]);
    c.subject = Subject(mention_subject(s, e, std::max(k, name_end)));
    i = title->last - 1;
  }
}

}  // namespace claimtrace
