// Bodies named by a proper name of their own: a quoted name beside a body's word or a legal
// form, the same name again in the document, an English name set beside a body's noun.
#include "extract/body_names.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/entity_names.h"
#include "lexicon.h"

namespace claimtrace {

namespace {

// Words a quoted name may have.
constexpr size_t kQuotedWords = 4;
// Words between an article and the body's noun it introduces ("the Lakeside design institute").
constexpr size_t kNounWords = 3;
// Bytes of a case ending two forms of one name may differ by (two Cyrillic letters).
constexpr size_t kCaseEnding = 4;

// A legal form's acronym before a company's name ("ОАО", "JSC"): a word with no lower case.
bool acronym(const Token& w) {
  return w.kind == TokenKind::kWord && w.text.size() >= 2 && !has_lower_case(w.text);
}

bool in_mention(const SentenceContext& s, size_t k) {
  for (const MentionAt& m : s.mentions) {
    if (m.first <= k && k < m.last) return true;
  }
  return false;
}

// A capitalized word no known name, title or body's word claims: a body's own name.
bool own_name_word(const SentenceContext& s, size_t k, std::vector<PhraseHit>& found) {
  const Token& w = s.tokens()[k];
  return w.kind == TokenKind::kWord && w.capitalized && !acronym(w) && !in_mention(s, k) &&
         !match_entity(s.rules, s.tokens(), k, found) && !s.longest(k, kTitle) &&
         !s.longest(k, kBodyHead) && s.in_date[k] < 0;
}

// Whether two written words are one name in two cases: equal, or one the other and an ending.
bool same_in_any_case(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= 6 && b.starts_with(a) && b.size() - a.size() <= kCaseEnding;
}

// The canonical name of a body the document named before with these words, or "".
std::string named_before(const SentenceContext& s, const std::string& words) {
  for (const Mention& m : s.out.mentions) {
    if (m.type == EntityType::kBody && m.entity.empty() &&
        (m.canonical.str() == words || same_in_any_case(m.canonical.str(), words)))
      return m.canonical.str();
  }
  return "";
}

std::string folded_words(const SentenceContext& s, size_t first, size_t last) {
  std::string out;
  for (size_t k = first; k < last; ++k) {
    if (k > first && s.tokens()[k].space_before) out += ' ';
    out += s.tokens()[k].folded;
  }
  return out;
}

void add_body(SentenceContext& s, size_t first, size_t last, const std::string& canonical) {
  Mention b = s.mention_at(first, last);
  b.type = EntityType::kBody;
  b.canonical = canonical;
  s.out.mentions.push_back(std::move(b));
}

// Whether the body's noun at k heads its phrase: no title or other body's word after it ("the
// bank chairman" names a chairman).
bool heads_phrase(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  const PhraseHit* head = s.longest(k, kBodyHead);
  if (!head || t[k].capitalized) return false;
  const size_t next = head->last;
  return next >= t.size() || (!s.longest(next, kTitle) && !s.longest(next, kBodyHead));
}

// "X, the Lakeside design institute": a body's noun after an article within a few words, none of
// them a link ("X, the head of the fund" is a person's title).
bool apposed_noun(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  if (k >= t.size() || !s.rules.words.has(t[k].word, Lexicon::kListArticle)) return false;
  for (size_t j = k + 1; j < t.size() && j <= k + kNounWords + 1; ++j) {
    if (t[j].kind != TokenKind::kWord || s.longest(j, kTitle)) return false;
    if (heads_phrase(s, j)) return true;
    if (s.rules.title_links.count(t[j].lower) && j > k + 1) return false;
  }
  return false;
}

}  // namespace

bool opens_quote(std::string_view x) { return x == "«" || x == "\"" || x == "“" || x == "„"; }
// "“" closes a name „opened low“, as Russian and Belarusian print it.
bool closes_quote(std::string_view x) { return x == "»" || x == "\"" || x == "”" || x == "“"; }

void find_named_bodies(SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  std::vector<PhraseHit> found;
  for (size_t i = 0; i < t.size(); ++i) {
    if (opens_quote(t[i].text)) {
      size_t j = i + 1;
      while (j < t.size() && j < i + 1 + kQuotedWords && t[j].kind == TokenKind::kWord) ++j;
      if (j == i + 1 || j >= t.size() || !closes_quote(t[j].text) || !t[i + 1].capitalized)
        continue;
      bool free = true;
      for (size_t k = i + 1; k < j; ++k) free = free && !in_mention(s, k);
      if (!free) continue;
      const std::string words = folded_words(s, i + 1, j);
      std::string canonical = named_before(s, words);
      const bool introduced =
          i > 0 && ((s.ending_at(i, kBodyHead) && !t[i - 1].capitalized) || acronym(t[i - 1]));
      if (canonical.empty() && introduced) canonical = words;
      if (!canonical.empty()) add_body(s, i + 1, j, canonical);
      i = j;
      continue;
    }
    // English: one capitalized word beside a body's noun, "X, the ... institute" or "the X
    // state concern".
    if (!own_name_word(s, i, found) || (i + 1 < t.size() && t[i + 1].joiner)) continue;
    const bool apposed = i + 1 < t.size() && t[i + 1].text == "," && apposed_noun(s, i + 2);
    const bool article = i > 0 && s.rules.words.has(t[i - 1].word, Lexicon::kListArticle);
    bool modified = false;
    if (article && !apposed) {
      size_t j = i + 1;
      if (j < t.size() && t[j].kind == TokenKind::kWord && !t[j].capitalized && !heads_phrase(s, j))
        ++j;  // one modifier: "state", "design"
      modified = j < t.size() && heads_phrase(s, j);
    }
    if (!apposed && !modified) continue;
    const std::string words = folded_words(s, i, i + 1);
    const std::string canonical = named_before(s, words);
    add_body(s, i, i + 1, canonical.empty() ? words : canonical);
  }
}

}  // namespace claimtrace
