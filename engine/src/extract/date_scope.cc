// Date scope: a bracketed date with a figure of its own, a shifted period beside a figure.
#include "extract/date_scope.h"

#include "extract/clauses.h"

#include <cctype>
#include <string>
#include <string_view>

namespace claimtrace {

bool is_figure_kind(ClaimKind k) {
  return k == ClaimKind::kAmount || k == ClaimKind::kCount || k == ClaimKind::kPercent ||
         k == ClaimKind::kRatio || k == ClaimKind::kMeasure;
}

std::vector<size_t> brackets_of(const SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  std::vector<size_t> in(t.size(), SIZE_MAX);
  std::vector<size_t> open;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].kind == TokenKind::kPunct && t[k].text == ")" && !open.empty()) open.pop_back();
    in[k] = open.empty() ? SIZE_MAX : open.back();
    if (t[k].kind == TokenKind::kPunct && t[k].text == "(") open.push_back(k);
  }
  return in;
}

namespace {

// "on a year earlier": a comparing word opens the date, or stands right before it.
bool opened_by_comparing_word(const SentenceContext& s, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  const WordSet& comparing = s.rules.time.comparing_words;
  return (m.first < t.size() && comparing.count(t[m.first].lower)) ||
         (m.first > 0 && m.first <= t.size() && comparing.count(t[m.first - 1].lower));
}

// "up 8.8% on 2023", "rose 4.9% over 2023": a year a comparing word puts right after a
// percentage is what the change is measured from. It dates no figure before it, only the first
// figure after it ("..., when they were worth $7.2 billion"); kNoFigure when none follows, and
// SIZE_MAX when the year is no such baseline.
size_t after_change(const SentenceContext& s, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  const WordSet& comparing = s.rules.time.comparing_words;
  if (!m.bare_year || m.baseline || m.first >= t.size()) return SIZE_MAX;
  size_t word = m.first;
  if (!comparing.count(t[word].lower)) {
    if (word == 0 || !comparing.count(t[word - 1].lower)) return SIZE_MAX;
    --word;
  }
  bool change = false;
  size_t next = DateScope::kNoFigure;
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
    const ClaimKind kind = s.out.claims[c].kind;
    if (kind == ClaimKind::kPercent && at.last == word) change = true;
    if (is_figure_kind(kind) && at.first >= m.last && next == DateScope::kNoFigure) next = c;
  }
  if (!change) return SIZE_MAX;
  // A later date of the sentence is the later figure's own ("Up 14% on 2023, trade came to $156
  // million in 2024").
  for (const DateMatch& other : s.dates) {
    if (other.first >= m.last) return DateScope::kNoFigure;
  }
  return next;
}

// "Exports reached $760 million, and trade stays below its 2022 peak of $1.95 billion": a year
// that qualifies a noun ("its 2022 peak", "their 2019 level"; no preposition before it) dates
// the figure its own clause gives after it, never a figure of an earlier clause. SIZE_MAX when
// the year is no such qualifier or no earlier clause holds a figure.
size_t qualifying_year(const SentenceContext& s, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  if (!m.bare_year || m.baseline || m.first == 0 || m.last != m.first + 1 || m.last >= t.size()) {
    return SIZE_MAX;
  }
  const Token& before = t[m.first - 1];
  if (t[m.first].kind != TokenKind::kNumber || before.kind != TokenKind::kWord ||
      t[m.last].kind != TokenKind::kWord || s.rules.time.year_prepositions.count(before.lower)) {
    return SIZE_MAX;
  }
  size_t owner = SIZE_MAX;
  bool earlier = false;
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    if (!is_figure_kind(s.out.claims[c].kind)) continue;
    const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
    if (at.last <= m.first && clause_breaks(s, at.last, m.first, false)) earlier = true;
    if (at.first >= m.last && owner == SIZE_MAX && !clause_breaks(s, m.last, at.first, false))
      owner = c;
  }
  return earlier ? owner : SIZE_MAX;
}

}  // namespace

std::vector<DateScope> scopes_of_dates(const SentenceContext& s, const std::vector<size_t>& in) {
  std::vector<DateScope> scope(s.dates.size());
  for (size_t d = 0; d < s.dates.size(); ++d) {
    const DateMatch& m = s.dates[d];
    if (m.anaphoric && !m.baseline && opened_by_comparing_word(s, m)) {
      scope[d].owner = DateScope::kNoFigure;
      continue;
    }
    if (const size_t owner = after_change(s, m); owner != SIZE_MAX) {
      scope[d].owner = owner;
      continue;
    }
    if (const size_t owner = qualifying_year(s, m); owner != SIZE_MAX) {
      scope[d].owner = owner;
      continue;
    }
    const size_t bracket = m.first < in.size() ? in[m.first] : SIZE_MAX;
    for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
      if (!is_figure_kind(s.out.claims[c].kind)) continue;
      const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
      if (bracket != SIZE_MAX && at.first < in.size() && in[at.first] == bracket)
        scope[d].bracket = bracket;
      if (m.refers_back && at.last == m.first &&
          !s.rules.time.year_prepositions.count(s.tokens()[m.first].lower))
        scope[d].owner = c;
    }
  }
  return scope;
}

namespace {

// A list item's marker at the start of a line: a dash, a bullet or an asterisk and a space.
bool opens_item(std::string_view line) {
  for (std::string_view marker : {"- ", "* ", "\u2022", "\u2013 ", "\u2014 ", "\u00B7", "\u25AA"}) {
    if (line.starts_with(marker)) return true;
  }
  return false;
}

// A line of prose under a heading: it opens with a letter or a digit.
bool opens_prose(std::string_view line) {
  if (line.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(line.front());
  return c >= 0x80 || std::isalnum(c);
}

}  // namespace

bool leads_list(const SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  if (t.empty()) return false;
  const Token& last = t.back();
  if (last.kind == TokenKind::kPunct && last.text == ":") return true;
  if (last.kind == TokenKind::kPunct &&
      (last.text == "." || last.text == "!" || last.text == "?" || last.text == ";")) {
    return false;
  }
  const std::string& text = s.doc.text.str();
  uint64_t b = s.sentence.begin, e = s.sentence.end;
  while (b > 0 && text[b - 1] == ' ') --b;
  while (e < text.size() && text[e] == ' ') ++e;
  if ((b > 0 && text[b - 1] != '\n') || e >= text.size() || text[e] != '\n') return false;
  // Over its items, or over the paragraph right under it ("Results for 2021" over prose).
  const std::string_view next = std::string_view(text).substr(e + 1);
  return opens_item(next) || opens_prose(next);
}

bool clause_owns_date(const SentenceContext& s, const DateMatch& m, size_t start) {
  if (start == SIZE_MAX) return false;
  const PhraseHit* opener = s.longest(start + 1, kClauseOpener);
  if (!opener) return false;
  if (opener->use.row == 1) {  // a base ("up from", "compared with") and its own figure
    for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
      const ClaimTokens& f = s.claim_tokens[c - s.first_claim];
      if (is_figure_kind(s.out.claims[c].kind) && f.first > start && f.last <= m.first) return true;
    }
    return false;
  }
  size_t k = opener->last;
  if (k < m.first && s.rules.time.year_prepositions.count(s.tokens()[k].lower)) ++k;
  return k == m.first;
}

bool record_reach(const SentenceContext& s, size_t year) {
  const std::vector<Token>& t = s.tokens();
  for (const std::string& phrase : s.rules.record_since_phrases) {
    TokenizedSentence p;
    tokenize(phrase, 0, phrase.size(), p);
    const size_t n = p.tokens.size();
    if (n == 0 || n > year) continue;
    bool same = true;
    for (size_t i = 0; i < n && same; ++i) same = t[year - n + i].folded == p.tokens[i].folded;
    if (same) return true;
  }
  return false;
}

}  // namespace claimtrace
