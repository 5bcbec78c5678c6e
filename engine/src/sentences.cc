// Sentence segmentation over UTF-8 through UText, so ICU's indexes are our byte offsets.
#include "sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>

namespace claimtrace {

namespace {

std::unique_ptr<icu::BreakIterator> make_iterator() {
  static const icu::BreakIterator* prototype = [] {
    UErrorCode err = U_ZERO_ERROR;
    icu::BreakIterator* it =
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err);
    assert(U_SUCCESS(err) && it);
    return it;
  }();
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

bool is_space(char c) { return c == ' ' || c == '\n'; }

// The token that ends just before `end` (trailing spaces skipped): from the previous space or
// opening bracket/quote. "(R. Halouchanka" -> "R.".
std::string_view token_before(std::string_view text, size_t begin, size_t end) {
  while (end > begin && is_space(text[end - 1])) --end;
  size_t b = end;
  while (b > begin && !is_space(text[b - 1]) && text[b - 1] != '(' && text[b - 1] != '"' &&
         text[b - 1] != '[') {
    --b;
  }
  return text.substr(b, end - b);
}

// Whether s is one capital letter of any script and a period: "R.", "А.", "Ш.", or a Latin
// digraph of one Cyrillic letter ("Sh.", "Kh.").
bool one_capital(std::string_view s) {
  if (s.size() < 2 || s.size() > 5 || s.back() != '.') return false;
  if (s.size() == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == 'h') return true;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_isupper(c) && static_cast<size_t>(i) + 1 == s.size();
}

// Whether the text after a capital letter's period goes on a name: another initial ("А. Г.
// Лукашенко"), or a capitalized word no function word of the rules ("A. Lukashenko"; "group A.
// Then" ends a sentence). A word's letters only: "(R. Halouchanka," reads "Halouchanka".
bool name_follows(std::string_view after, const RuleData& rules) {
  size_t b = 0;
  while (b < after.size() && is_space(after[b])) ++b;
  std::string lower;
  size_t letters = 0;
  bool capital = false, small = false;
  int32_t i = static_cast<int32_t>(b);
  const int32_t n = static_cast<int32_t>(after.size());
  while (i < n) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(after.data(), i, n, c);
    if (c < 0 || !u_isalpha(c)) {
      if (letters == 1 && capital && c == '.') return true;  // another initial
      i = at;
      break;
    }
    if (letters == 0) capital = u_isupper(c);
    small = small || u_islower(c);
    ++letters;
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, u_tolower(c));
    lower.append(buf, static_cast<size_t>(len));
  }
  return letters >= 2 && capital && small && !rules.function_words.count(lower);
}

// A break after this token, before the text `after` it, is not a sentence end.
// Whether the text after a break starts with a capitalized word: a capital, then a small letter.
bool capitalized_word_follows(std::string_view after) {
  size_t b = 0;
  while (b < after.size() && is_space(after[b])) ++b;
  int32_t i = static_cast<int32_t>(b);
  const int32_t n = static_cast<int32_t>(after.size());
  UChar32 first = -1, second = -1;
  if (i < n) U8_NEXT(after.data(), i, n, first);
  if (i < n) U8_NEXT(after.data(), i, n, second);
  return first >= 0 && second >= 0 && u_isupper(first) && u_islower(second);
}

// Whether a token is written in small letters only (and its periods): "млрд.", not "U.S.".
bool small_letters(std::string_view token) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(token.size());
  bool letters = false;
  while (i < n) {
    UChar32 c;
    U8_NEXT(token.data(), i, n, c);
    if (c == '.') continue;
    if (c < 0 || !u_islower(c)) return false;
    letters = true;
  }
  return letters;
}

bool suppresses_break(std::string_view token, std::string_view before, std::string_view after,
                      const RuleData& rules) {
  if (token.empty() || token.back() != '.') return false;
  if (rules.abbreviations.count(std::string(token))) {
    // One in small letters right after a number is the figure's scale or unit, which may end
    // its sentence: a capitalized word after it starts the next ("в 2020-м - 1,4 млрд. Затем
    // рост"), where the figure's currency goes on in small letters ("млрд. долларов").
    const bool figure = !before.empty() && std::isdigit(static_cast<unsigned char>(before.back()));
    return !(figure && small_letters(token) && capitalized_word_follows(after));
  }
  // An initial: one capital letter and a period before a name ("R. Halouchanka", "J. Smith").
  return one_capital(token) && name_follows(after, rules);
}

void trim(std::string_view text, uint64_t& b, uint64_t& e) {
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
}

// Sentence break classes (UAX #29) of the ASCII characters, as ICU gives them; the rest are
// Other. ASCII has no OLetter, Sep, Extend or Format character.
enum class Break : uint8_t {
  kOther,
  kATerm,
  kSTerm,
  kClose,
  kSp,
  kLower,
  kUpper,
  kNumeric,
  kSContinue,
  kCR,
  kLF
};

constexpr std::array<Break, 128> kBreak = [] {
  std::array<Break, 128> b{};
  for (int c = 'a'; c <= 'z'; ++c) b[c] = Break::kLower;
  for (int c = 'A'; c <= 'Z'; ++c) b[c] = Break::kUpper;
  for (int c = '0'; c <= '9'; ++c) b[c] = Break::kNumeric;
  b['.'] = Break::kATerm;
  b['!'] = b['?'] = Break::kSTerm;
  for (char c : {'"', '\'', '(', ')', '[', ']', '{', '}'})
    b[static_cast<unsigned char>(c)] = Break::kClose;
  b['\t'] = b['\v'] = b['\f'] = b[' '] = Break::kSp;
  b[','] = b['-'] = b[':'] = Break::kSContinue;
  b['\r'] = Break::kCR;
  b['\n'] = Break::kLF;
  return b;
}();

// The bytes a boundary can follow: terminators and separators; all others are passed over.
constexpr std::array<bool, 128> kStops = [] {
  std::array<bool, 128> a{};
  for (size_t c = 0; c < a.size(); ++c) {
    const Break b = kBreak[c];
    a[c] = b == Break::kATerm || b == Break::kSTerm || b == Break::kCR || b == Break::kLF;
  }
  return a;
}();

// The sentence boundaries of ASCII text by the rules of UAX #29 (SB3 to SB11), as ICU's
// iterator gives them (text.size() last), in one pass: each terminator looks ahead over its
// closing marks and spaces, and, after a full stop, over what is not a letter.
void ascii_boundaries(std::string_view text, std::vector<size_t>& out) {
  const size_t n = text.size();
  auto at = [&](size_t i) { return kBreak[static_cast<unsigned char>(text[i])]; };
  size_t i = 0;
  while (i < n) {
    while (i < n && !kStops[static_cast<unsigned char>(text[i])]) ++i;  // one test a byte
    if (i == n) break;
    const Break c = at(i);
    if (c == Break::kCR || c == Break::kLF) {  // SB3, SB4: after a separator, CR LF as one
      if (c == Break::kCR && i + 1 < n && at(i + 1) == Break::kLF) ++i;
      out.push_back(++i);
      continue;
    }
    if (c != Break::kATerm && c != Break::kSTerm) {
      ++i;
      continue;
    }
    const size_t t = i;
    size_t s = t + 1;
    while (s < n && at(s) == Break::kClose) ++s;  // SB9
    while (s < n && at(s) == Break::kSp) ++s;     // SB10
    bool joined = false;
    if (s < n) {
      const Break next = at(s);
      if (next == Break::kSContinue || next == Break::kATerm || next == Break::kSTerm) {
        joined = true;  // SB8a
      } else if (next == Break::kCR || next == Break::kLF) {
        joined = true;  // SB10, then SB11 breaks after the separator (SB4)
      } else if (c == Break::kATerm) {
        if (s == t + 1 && next == Break::kNumeric) {
          joined = true;  // SB6
        } else if (s == t + 1 && next == Break::kUpper && t > 0 &&
                   (at(t - 1) == Break::kUpper || at(t - 1) == Break::kLower)) {
          joined = true;  // SB7
        } else {
          // SB8: what is no letter, separator or terminator, then a lower-case letter.
          size_t k = s;
          while (k < n && at(k) != Break::kLower && at(k) != Break::kUpper && at(k) != Break::kCR &&
                 at(k) != Break::kLF && at(k) != Break::kATerm && at(k) != Break::kSTerm) {
            ++k;
          }
          joined = k < n && at(k) == Break::kLower;
        }
      }
    }
    if (!joined) out.push_back(s);  // SB11 (at the end of the text, SB2)
    i = s;
  }
  if (n > 0 && (out.empty() || out.back() != n)) out.push_back(n);
}

bool all_ascii(std::string_view text) {
  // Eight bytes at a time: one test of their high bits.
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    if (x & 0x8080808080808080ull) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

// UAX #29 (SB8) joins a full stop to what follows when a figure and then a lower-case letter
// open it ("в Гомеле. 5-е совещание ...", "grew fast. 12 agreements were ..."): after a word of
// four letters or more (not a year: "in 2019. 12 ..." stays joined), such a figure begins a
// sentence. Adds those starts to `out`, sorted.
void add_figure_openings(std::string_view text, std::vector<size_t>& out) {
  constexpr size_t kWordLetters = 4;  // shorter words before a stop may be abbreviations
  const size_t before = out.size();
  for (size_t dot = text.find(". "); dot != std::string_view::npos;
       dot = text.find(". ", dot + 1)) {
    size_t k = dot + 1;
    while (k < text.size() && text[k] == ' ') ++k;
    size_t d = k;
    while (d < text.size() && text[d] >= '0' && text[d] <= '9') ++d;
    if (d == k || d + 1 >= text.size() || (text[d] != '-' && text[d] != ' ')) continue;
    UChar32 next;
    int32_t i = static_cast<int32_t>(d + 1);
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), next);
    if (next < 0 || !u_islower(next)) continue;
    const std::string_view word = token_before(text, 0, dot);
    int32_t letters = 0, j = 0;
    bool all = true;
    while (j < static_cast<int32_t>(word.size())) {
      UChar32 c;
      U8_NEXT(word.data(), j, static_cast<int32_t>(word.size()), c);
      all = all && c >= 0 && u_isalpha(c);
      ++letters;
    }
    if (all && static_cast<size_t>(letters) >= kWordLetters) out.push_back(k);
  }
  if (out.size() == before) return;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace

std::vector<size_t> sentence_boundaries(std::string_view paragraph, bool ascii_path) {
  std::vector<size_t> out;
  if (ascii_path && all_ascii(paragraph)) {
    ascii_boundaries(paragraph, out);
    return out;
  }
  std::unique_ptr<icu::BreakIterator> it = make_iterator();
  UText ut = UTEXT_INITIALIZER;
  UErrorCode err = U_ZERO_ERROR;
  utext_openUTF8(&ut, paragraph.data(), static_cast<int64_t>(paragraph.size()), &err);
  if (U_SUCCESS(err)) {
    it->setText(&ut, err);
    for (int32_t pos = it->next(); pos != icu::BreakIterator::DONE; pos = it->next()) {
      out.push_back(static_cast<size_t>(pos));
    }
  }
  utext_close(&ut);
  return out;
}

std::vector<TextRange> split_sentences(std::string_view text,
                                       const std::vector<TextRange>& paragraphs,
                                       const RuleData& rules) {
  std::vector<TextRange> out;
  std::unique_ptr<icu::BreakIterator> it;  // made for the first paragraph not in ASCII
  UText ut = UTEXT_INITIALIZER;
  std::vector<size_t> breaks;
  for (const TextRange& p : paragraphs) {
    uint64_t start = p.begin;
    auto boundary = [&](uint64_t at) {
      const std::string_view token = token_before(text, start, at);
      const uint64_t token_at = static_cast<uint64_t>(token.data() - text.data());
      if (at < p.end && suppresses_break(token, token_before(text, start, token_at),
                                         text.substr(at, p.end - at), rules))
        return;
      uint64_t b = start, e = at;
      trim(text, b, e);
      if (e > b) out.push_back(TextRange{b, e});
      start = at;
    };
    const std::string_view paragraph = text.substr(p.begin, p.end - p.begin);
    breaks.clear();
    if (all_ascii(paragraph)) {
      // Most text: ICU's rules for ASCII in one pass, without an iterator or UText.
      ascii_boundaries(paragraph, breaks);
    } else {
      UErrorCode err = U_ZERO_ERROR;
      utext_openUTF8(&ut, paragraph.data(), static_cast<int64_t>(paragraph.size()), &err);
      if (U_FAILURE(err)) continue;
      if (!it) it = make_iterator();
      it->setText(&ut, err);
      for (int32_t pos = it->next(); pos != icu::BreakIterator::DONE; pos = it->next()) {
        breaks.push_back(static_cast<size_t>(pos));
      }
    }
    add_figure_openings(paragraph, breaks);
    for (size_t pos : breaks) boundary(p.begin + pos);
    uint64_t b = start, e = p.end;
    trim(text, b, e);
    if (e > b) out.push_back(TextRange{b, e});
  }
  utext_close(&ut);
  return out;
}

}  // namespace claimtrace
