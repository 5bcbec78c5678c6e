// Lists: "the EU, UK, the USA and Canada": three or more names in a row make one list claim.
#include <string>
#include <utility>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// One item of a list of names: a known name ("Belt and Road Initiative"), or capitalized
// words ("Hong Kong", "U.S.") after an optional article. Returns the token after it, or
// `from` when there is none. A sentence's first word counts only if the document capitalizes
// it elsewhere too ("Thus" does not qualify); months are dates, not names.
size_t list_item(const SentenceContext& s, size_t from, size_t* text_first) {
  const std::vector<Token>& t = s.tokens();
  size_t k = from;
  if (k < t.size() &&
      (t[k].word == kUnidentified ? s.rules.list_articles.count(t[k].lower) > 0
                                  : s.rules.words.has(t[k].word, Lexicon::kListArticle))) {
    ++k;
  }
  *text_first = k;
  if (k < s.mention_starting.size() && s.mention_starting[k] >= 0) {
    return s.mentions[static_cast<size_t>(s.mention_starting[k])].last;
  }
  size_t words = 0;
  while (k < t.size() && words < s.policy.list_item) {
    const Token& tok = t[k];
    if (tok.kind == TokenKind::kWord && tok.capitalized &&
        !(s.rules.time.may_hold(tok.word, TimeWords::kMonth) &&
          s.rules.time.months.count(tok.lower)) &&
        (k > 0 || s.proper_words.count(tok.lower))) {
      ++words;
      ++k;
    } else if (tok.text == "." && k > 0 && t[k - 1].text.size() == 1 && t[k - 1].capitalized) {
      ++k;  // "U.S."
    } else if (tok.joiner && words > 0) {
      ++k;
    } else {
      break;
    }
  }
  return words > 0 ? k : from;
}

// An item as a list shows it: acronym dots dropped, so "U.S." and "US" are the same item.
std::string list_item_text(const SentenceContext& s, size_t b, size_t e) {
  const std::vector<Token>& t = s.tokens();
  bool acronym = true;  // only single letters and dots: "U.S.", not "R. Halouchanka"
  for (size_t k = b; k < e; ++k) {
    acronym =
        acronym && (t[k].text == "." || (t[k].kind == TokenKind::kWord && t[k].text.size() == 1));
  }
  std::string out;
  for (size_t k = b; k < e; ++k) {
    if (acronym && t[k].text == ".") continue;
    if (k > b && t[k].space_before) out += ' ';
    out += t[k].text;
  }
  return out;
}

}  // namespace

void Lists::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  std::vector<std::pair<size_t, size_t>> items;  // one list's, kept from token to token
  for (size_t i = 0; i < t.size(); ++i) {
    if (s.used(i) || (i > 0 && t[i - 1].capitalized && !s.longest(i - 1, kListSeparator))) {
      continue;
    }
    items.clear();
    size_t k = i, last_end = i;
    while (true) {
      size_t item_first;
      size_t end = list_item(s, k, &item_first);
      if (end == k) break;
      items.push_back({item_first, end});
      last_end = end;
      k = end;
      // Separators: "," and/or a conjunction, in any order (", and").
      size_t before = k;
      while (const PhraseHit* sep = s.longest(k, kListSeparator)) k = sep->last;
      if (k == before) break;
    }
    if (items.size() < 3 || !s.free(items.front().first, last_end)) continue;
    std::string value;
    for (auto [b, e] : items) {
      if (!value.empty()) value += "; ";
      value += list_item_text(s, b, e);
    }
    s.add_label(items.front().first, last_end, s.policy.list_attribute, std::move(value));
    i = last_end - 1;
  }
}

}  // namespace claimtrace
