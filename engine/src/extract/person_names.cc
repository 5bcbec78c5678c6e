// Where a person's name stands in a sentence: capitalized words that are no known name, date,
// title or body's word, their runs, and a holder named after a title's complement.
#include "extract/person_names.h"

#include <cstdint>

#include "extract/entity_names.h"
#include "lexicon.h"

namespace claimtrace {

namespace {

// A lower-case syllable joined by a hyphen to the name word before it, as romanized Korean
// given names are written ("Young-sam", "Jae-myung"): a short word of Latin letters that no
// rule knows (a word the rules know, "-led", "-based", is a compound's).
bool given_syllable(const SentenceContext& s, size_t j) {
  const std::vector<Token>& t = s.tokens();
  if (j + 1 >= t.size() || !t[j].joiner) return false;
  const Token& w = t[j + 1];
  if (w.kind != TokenKind::kWord || w.capitalized || w.space_before || w.text.size() < 2 ||
      w.text.size() > 5 || w.word != Lexicon::kUnknown)
    return false;
  for (char c : w.text) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// An initial at token j: one capital letter of any script glued to its period ("A.", "Ш."),
// or a Latin digraph of one Cyrillic letter ("Sh.", "Kh."), in no mention or date ("U.S.").
// A name's word, though no name_word.
bool initial_at(const SentenceContext& s, size_t j) {
  const std::vector<Token>& t = s.tokens();
  if (j + 1 >= t.size() || t[j].kind != TokenKind::kWord || !t[j].capitalized ||
      t[j + 1].text != "." || t[j + 1].space_before)
    return false;
  const std::string_view w = t[j].text;
  const size_t letter = static_cast<unsigned char>(w[0]) < 0x80 ? 1 : 2;
  const bool digraph = w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == 'h';
  return (w.size() == letter || digraph) && !mention_over(s, j) && s.in_date[j] < 0;
}

}  // namespace

const PhraseHit* body_or_region_word(const SentenceContext& s, size_t k) {
  const PhraseHit* body = s.longest(k, kBodyHead);
  const PhraseHit* region = s.longest(k, kRegionHead);
  if (!body || !region) return body ? body : region;
  return region->last > body->last ? region : body;
}

// The mention of the sentence over token k, or null.
const MentionAt* mention_over(const SentenceContext& s, size_t k) {
  for (const MentionAt& m : s.mentions) {
    if (m.first <= k && k < m.last) return &m;
  }
  return nullptr;
}

// A word that may be part of a person's name: capitalized, no known name, no date, no title,
// no body's word ("Ministry"), not an acronym.
bool name_word(const SentenceContext& s, size_t k) {
  const Token& w = s.tokens()[k];
  if (w.kind != TokenKind::kWord || !w.capitalized || w.text.size() < 2) return false;
  if (!has_lower_case(w.text)) return false;  // an acronym: "PRC", "КНР"
  // Function words capitalized at a sentence's start ("The Global Times said").
  if (s.rules.title_links.count(w.lower)) return false;
  return !mention_over(s, k) && s.in_date[k] < 0 && !s.longest(k, kTitle) &&
         !body_or_region_word(s, k);
}

// Name words from token k onwards ("Kassym-Jomart Tokayev"): one past the last, or k.
size_t name_forward(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  size_t end = k, words = 0;
  bool word = false;  // a word not an initial: initials alone name no one
  for (size_t j = k; j < t.size() && words < kMaxNameWords; ++words) {
    if (initial_at(s, j)) {  // "A. G. Lukashenko", "Lukashenko A. G."
      j += 2;
      if (word) end = j;
      continue;
    }
    if (!name_word(s, j)) break;
    word = true;
    end = ++j;
    if (given_syllable(s, j)) end = j += 2;  // "Young-sam": one word
    if (j + 1 < t.size() && t[j].joiner && name_word(s, j + 1)) ++j;
  }
  // Capitalized words before a body's word name the body: "Foreign Ministry".
  if (end > k && end < t.size() && body_or_region_word(s, end)) return k;
  return end;
}

// Words of a name from token first to last: joiners ("Kassym-Jomart") do not count.
size_t name_words_in(const SentenceContext& s, size_t first, size_t last) {
  size_t n = 0;
  for (size_t k = first; k < last; ++k) n += !s.tokens()[k].joiner && s.tokens()[k].capitalized;
  return n;
}

// Name words ending just before token e: the first of them, or e. The sentence's first word
// is capitalized anyway, so a name there needs two words.
size_t name_backward(const SentenceContext& s, size_t e) {
  const std::vector<Token>& t = s.tokens();
  size_t begin = e, words = 0;
  bool word = false;  // a word not an initial: initials alone name no one
  for (size_t j = e; j > 0 && words < kMaxNameWords;) {
    if (j >= 2 && initial_at(s, j - 2)) {
      j -= 2;
      if (word) begin = j;
      ++words;
    } else if (j >= 3 && given_syllable(s, j - 2) && name_word(s, j - 3)) {
      word = true;
      begin = j -= 3;  // "Jae-myung"
      ++words;
    } else if (name_word(s, j - 1)) {
      word = true;
      begin = --j;
      ++words;
    } else if (t[j - 1].joiner && j > 1 && name_word(s, j - 2)) {
      --j;
    } else {
      break;
    }
  }
  if (begin == 0 && words < 2) return e;
  return begin;
}

namespace {

// Tokens a title's complement may run over before its holder is named.
constexpr size_t kComplementTokens = 10;

// Whether a name's run ends at token k: a mark, a lower-case word, or the sentence's end.
bool closes_name(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  return k >= t.size() || t[k].kind == TokenKind::kPunct ||
         (t[k].kind == TokenKind::kWord && !t[k].capitalized);
}

}  // namespace

std::pair<size_t, size_t> holder_after_complement(const SentenceContext& s, size_t title_last) {
  const std::vector<Token>& t = s.tokens();
  bool complement = false;   // a body's, a region's or a state's word has been passed
  bool coordinated = false;  // after "and": the next capitalized word is the complement's
  for (size_t j = title_last; j < t.size() && j < title_last + kComplementTokens;) {
    if (s.rules.title_links.count(t[j].lower)) {
      ++j;
    } else if (const MentionAt* m = mention_over(s, j)) {
      if (s.out.mentions[m->index].type == EntityType::kPerson) break;
      complement = true;
      j = m->last;
    } else if (const PhraseHit* head = body_or_region_word(s, j)) {
      complement = true;
      j = head->last;
    } else if (t[j].kind == TokenKind::kWord && !t[j].capitalized) {
      const PhraseHit* joins = s.longest(j, kListSeparator);
      if (!joins || !complement) break;
      coordinated = true;
      j = joins->last;
    } else if (t[j].kind == TokenKind::kWord) {
      // A full name closed by a mark, a lower-case word or the end; a shorter run of capitals
      // or one the rules know ("Investment", "Party") is the complement's.
      const size_t end = name_word(s, j) ? name_forward(s, j) : j;
      if (!coordinated && complement && end > j && closes_name(s, end) &&
          name_words_in(s, j, end) >= 2 && t[j].word == Lexicon::kUnknown)
        return {j, end};
      complement = true;
      coordinated = false;
      ++j;
    } else if (t[j].text == "," && complement) {
      // An apposition after the complement: "the hakim of X province, Ivan Petrov,".
      const size_t end = name_forward(s, j + 1);
      const bool closed = end >= t.size() || t[end].text == "," ||
                          (end + 1 == t.size() && t[end].kind == TokenKind::kPunct);
      if (closed && name_words_in(s, j + 1, end) >= 2) return {j + 1, end};
      break;
    } else {
      break;
    }
  }
  return {0, 0};
}

}  // namespace claimtrace
