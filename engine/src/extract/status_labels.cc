// Status labels: modifiers joined by connectors ending in a head, with at least one modifier
// that marks a status: "all-weather and comprehensive strategic partnership".
#include <string>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// The label's words in English where the rules give their meaning ("вечном всестороннем
// стратегическом партнерстве" is "permanent comprehensive strategic partnership"), so a label
// keys as one designation in every language; "" when no word of it has a meaning.
std::string label_meaning(const SentenceContext& s, size_t begin, size_t end) {
  const std::vector<Token>& t = s.tokens();
  const std::vector<std::string>& meanings = s.rules.label_meanings;
  std::string out;
  bool any = false;
  for (size_t k = begin; k < end;) {
    const PhraseHit* part = nullptr;
    for (PhraseTable table : {kLabelModifier, kLabelHead, kLabelConnector}) {
      const PhraseHit* h = s.longest(k, table);
      if (h && h->last <= end && (!part || h->last > part->last)) part = h;
    }
    std::string word;
    size_t next = k + 1;
    if (part && part->use.row > 0 && part->use.row < meanings.size()) {
      word = meanings[part->use.row];
      next = part->last;
      any = true;
    } else {
      word = s.lower_label(k, next);
    }
    if (!out.empty() && t[k].space_before) out += ' ';
    out += word;
    k = next;
  }
  return any ? out : std::string();
}

}  // namespace

void StatusLabels::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    const PhraseHit* head = s.longest(i, kLabelHead);
    if (!head) continue;
    size_t end = head->last;
    size_t begin = i;
    bool status = false;
    // Walk backwards over modifiers, connectors and earlier heads.
    size_t k = i;
    while (k > 0) {
      const PhraseHit* m = s.ending_at(k, kLabelModifier);
      const PhraseHit* c = s.ending_at(k, kLabelConnector);
      const PhraseHit* h = s.ending_at(k, kLabelHead);
      if (m) {
        if (s.ending_at(k, kStatusModifier)) status = true;
        k = m->first;
        begin = k;
      } else if ((c || h) && k > 0) {
        // A connector or head continues the label only if a modifier precedes it.
        size_t at = c ? c->first : h->first;
        if (!s.ending_at(at, kLabelModifier) && !s.ending_at(at, kLabelHead)) break;
        k = at;
      } else {
        break;
      }
    }
    if (!status || begin == i) continue;
    // Continue forward: ", exemplary ... partnership" after "brotherhood".
    while (true) {
      size_t k2 = end;
      const PhraseHit* c = s.longest(k2, kLabelConnector);
      if (!c) break;
      k2 = c->last;
      bool any = false;
      while (const PhraseHit* m = s.longest(k2, kLabelModifier)) {
        k2 = m->last;
        any = true;
      }
      const PhraseHit* h = s.longest(k2, kLabelHead);
      if (!any || !h) break;
      end = h->last;
    }
    // Every word capitalized: part of a name ("... Establishing a Comprehensive Strategic
    // Partnership for ..."), not a status the sentence asserts.
    bool title_case = true;
    for (size_t w = begin; w < end; ++w) {
      if (t[w].kind == TokenKind::kWord && !t[w].capitalized) title_case = false;
    }
    // Named or not, a status right after "establishing" is what an event began.
    const size_t window = s.policy.establish;
    for (size_t w = begin > window ? begin - window : 0; w < begin; ++w) {
      const PhraseHit* e = s.longest(w, kEstablishWord);
      if (e && e->last <= begin) {
        std::string meaning = label_meaning(s, begin, end);
        s.statuses_begun.push_back(
            {begin, end, meaning.empty() ? s.lower_label(begin, end) : std::move(meaning)});
        break;
      }
    }
    if (!s.free(begin, end) || title_case) {
      i = end - 1;
      continue;
    }
    s.add_label(begin, end, s.policy.status_attribute, label_meaning(s, begin, end));
    i = end - 1;
  }
}

}  // namespace claimtrace
