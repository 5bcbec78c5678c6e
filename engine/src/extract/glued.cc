// Splitting a number glued to its unit or currency, by the rules' own phrase tables.
#include "extract/glued.h"

#include <string_view>

namespace claimtrace {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The length of the figure ("1,234.5") at the start of s; 0 when s starts with none.
size_t figure_length(std::string_view s) {
  size_t p = 0;
  while (p < s.size() && (is_digit(s[p]) || ((s[p] == '.' || s[p] == ',') && p > 0 &&
                                             p + 1 < s.size() && is_digit(s[p + 1])))) {
    ++p;
  }
  return p;
}

// Whether `word` alone is a phrase of a table that may stand against a number, spelled as the
// rule requires: a case-sensitive unit symbol or currency code only as written ("5G" is no
// mass, "115usd" no amount).
bool glues(const Token& word, const RuleData& rules, bool before_number) {
  thread_local std::vector<Token> one(1);
  thread_local std::vector<PhraseHit> hits;
  one[0] = word;
  one[0].joiner = false;
  rules.words.identify(one);
  hits.clear();
  rules.phrases.match_at(one, 0, hits);
  for (const PhraseHit& h : hits) {
    switch (h.use.table) {
      case kCurrency: {
        const CurrencyRule& c = rules.currencies[h.use.row];
        if (c.code_form ? word.text == c.code : !c.scaled_only) return true;
        break;
      }
      case kUnit: {
        const UnitRule& u = rules.units[h.use.row];
        if (!before_number && (u.symbol.empty() || word.text == u.symbol)) return true;
        break;
      }
      case kPercentWord:
      case kRatioWord:
        if (!before_number) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

Token part(const Token& t, size_t from, size_t to) {
  Token p = t;
  p.begin = t.begin + from;
  p.end = t.begin + to;
  p.text = t.text.substr(from, to - from);
  p.lower = t.lower.substr(from, to - from);
  p.space_before = from == 0 && t.space_before;
  p.joiner = false;
  p.word = p.written = kUnidentified;  // another word now
  p.digits = p.text.find_first_of("0123456789") != std::string_view::npos;
  p.capitalized = from > 0 && !p.text.empty() && p.text.front() >= 'A' && p.text.front() <= 'Z';
  return p;
}

// "MUSD", "kEUR": a scale letter glued to a currency code as written.
bool split_scaled_code(const Token& t, const RuleData& rules, std::vector<Token>& out) {
  if (t.text.size() != 4 || t.lower.size() != 4 ||
      !rules.numbers.multipliers.count(t.lower.substr(0, 1))) {
    return false;
  }
  const Token code = part(t, 1, 4);
  if (!glues(code, rules, true)) return false;
  out.push_back(part(t, 0, 1));
  out.push_back(code);
  return true;
}

// The parts of one mixed word, or nothing when it stays whole.
bool split(const Token& t, const RuleData& rules, std::vector<Token>& out) {
  std::string_view s = t.lower;
  if (s.size() != t.text.size()) return false;  // case folding changed a length: leave it
  if (t.text.find_first_of("0123456789") == std::string_view::npos) {
    return split_scaled_code(t, rules, out);
  }
  size_t fig_at = 0;
  if (!is_digit(s.front())) {
    // A currency code before the figure: "USD115", "AUD1.5m".
    while (fig_at < s.size() && !is_digit(s[fig_at])) ++fig_at;
    if (fig_at == s.size() || !glues(part(t, 0, fig_at), rules, true)) return false;
  }
  const size_t fig_end = fig_at + figure_length(s.substr(fig_at));
  if (fig_end < s.size()) {
    if (!glues(part(t, fig_end, s.size()), rules, false)) {
      if (fig_at == 0) return false;
      // "USD50" split; a suffix of no table ("USD1bn") stays with its figure.
      out.push_back(part(t, 0, fig_at));
      out.push_back(part(t, fig_at, s.size()));
      out.back().kind = TokenKind::kWord;
      return true;
    }
  }
  if (fig_at > 0) out.push_back(part(t, 0, fig_at));
  out.push_back(part(t, fig_at, fig_end));
  out.back().kind = TokenKind::kNumber;
  if (fig_end < s.size()) out.push_back(part(t, fig_end, s.size()));
  return true;
}

// A word of digits and letters, or of four capitals ("MUSD").
bool mixed(const Token& t) {
  if (t.kind != TokenKind::kWord || (!t.digits && t.text.size() != 4)) return false;
  bool digit = false, letter = false, lower = false;
  for (char c : t.text) {
    (is_digit(c) ? digit : letter) = true;
    lower = lower || !(c >= 'A' && c <= 'Z');
  }
  return (digit && letter) || (t.text.size() == 4 && !lower);
}

}  // namespace

void split_glued(std::vector<Token>& tokens, const RuleData& rules) {
  size_t k = 0;
  while (k < tokens.size() && !mixed(tokens[k])) ++k;
  if (k == tokens.size()) return;  // the usual sentence: nothing glued, nothing copied
  std::vector<Token> out(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(k));
  out.reserve(tokens.size() + 4);
  for (; k < tokens.size(); ++k) {
    if (!mixed(tokens[k]) || !split(tokens[k], rules, out)) out.push_back(tokens[k]);
  }
  tokens.swap(out);
}

}  // namespace claimtrace
