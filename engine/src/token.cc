// Tokenizer: one pass over a sentence; lower-cased forms share one buffer, reserved up front so
// the views into it stay valid.
#include "token.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "stemmer.h"

namespace claimtrace {

namespace {

// What an ASCII byte is to the tokenizer, by table: most of the text is ASCII.
enum Ascii : uint8_t { kOther = 0, kLetter = 1, kDigit = 2, kSpace = 4 };
constexpr std::array<uint8_t, 128> kAscii = [] {
  std::array<uint8_t, 128> a{};
  for (int c = 'a'; c <= 'z'; ++c) a[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) a[c] = kLetter;
  for (int c = '0'; c <= '9'; ++c) a[c] = kDigit;
  a[' '] = a['\n'] = a['\t'] = kSpace;
  return a;
}();

bool is_letter(UChar32 c) {
  if (c < 0x80) return kAscii[c] == kLetter;
  int8_t t = u_charType(c);
  return u_isalpha(c) || t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK;
}

bool is_digit(UChar32 c) { return c >= '0' && c <= '9'; }

UChar32 at(std::string_view s, size_t i, size_t* next) {
  if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII, most of the text: no decoding
    *next = i + 1;
    return static_cast<unsigned char>(s[i]);
  }
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
  *next = static_cast<size_t>(k);
  return c < 0 ? 0xFFFD : c;
}

// Case folding can grow a character (e.g. U+0130 to two code points): 3x is always enough,
// and a stem, never longer than its word, is written after it.
size_t lower_room(uint64_t bytes, const Stemmer* stemmer) { return bytes * (stemmer ? 6 : 3) + 16; }

// Appends the tokens of [begin, end) to out; out.lower_buffer has room for them already, so
// the views of earlier tokens stay valid.
void tokenize_more(std::string_view text, uint64_t begin, uint64_t end, Stemmer* stemmer,
                   TokenizedSentence& out) {
  const size_t first = out.tokens.size();
  size_t i = begin;
  bool space = false;
  while (i < end) {
    size_t next;
    UChar32 c = at(text, i, &next);
    if (c == ' ' || c == '\n' || c == '\t') {
      space = true;
      i = next;
      continue;
    }
    // Built in place: a token is larger than the work of copying it is worth.
    Token& t = out.tokens.emplace_back();
    t.begin = i;
    t.space_before = space;
    space = false;
    bool ascii = true;  // the token is all ASCII: lowered in one copy below
    if (is_letter(c) || is_digit(c)) {
      bool letters = false, after_digit = false;
      size_t j = i;
      while (j < end) {
        // A run of ASCII letters, the most of any word, needs no other test.
        if (!after_digit) {
          while (j < end && static_cast<unsigned char>(text[j]) < 0x80 &&
                 kAscii[static_cast<unsigned char>(text[j])] == kLetter) {
            letters = true;
            ++j;
          }
          if (j >= end) break;
        }
        size_t n;
        UChar32 d = at(text, j, &n);
        const bool was_digit = after_digit;
        after_digit = is_digit(d);
        t.digits = t.digits || after_digit;
        if (is_letter(d)) {
          letters = true;
          ascii = ascii && d < 0x80;
        } else if (is_digit(d)) {
        } else if ((d == '.' || d == ',') && was_digit && (!letters || !is_digit(text[i])) &&
                   n < end) {
          // 1,234.5 and 11.06.2021: a separator counts only between digits; after letters
          // too ("USD1.5m"), never after a figure's letters ("5m.6").
          size_t n2;
          if (!is_digit(at(text, n, &n2))) break;
        } else if (d == '\'' && letters && n < end) {
          size_t n2;
          if (!is_letter(at(text, n, &n2))) break;  // "it's", but not a closing quote
        } else {
          break;
        }
        j = n;
      }
      t.end = j;
      t.kind = letters ? TokenKind::kWord : TokenKind::kNumber;
      t.capitalized = letters && (c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c) != 0);
    } else {
      t.end = next;
      t.kind = TokenKind::kPunct;
      ascii = c < 0x80;
    }
    t.text = text.substr(t.begin, t.end - t.begin);
    // Lower case: ASCII by table, the rest by ICU's simple case folding per code point.
    size_t lower_at = out.lower_buffer.size();
    // Most tokens are ASCII: copied at once and lowered in place, not appended byte by byte;
    // one with no capital letter is its own lower case, viewed where it is written.
    const std::string_view written = t.text;
    size_t k = t.begin;
    bool as_written = false;
    if (ascii) {
      as_written =
          std::none_of(written.begin(), written.end(), [](char a) { return a >= 'A' && a <= 'Z'; });
      if (!as_written) {
        out.lower_buffer.append(written);
        for (size_t b = lower_at; b < out.lower_buffer.size(); ++b) {
          char& a = out.lower_buffer[b];
          if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
        }
      }
      k = t.end;
    }
    for (; k < t.end;) {
      if (const unsigned char a = static_cast<unsigned char>(text[k]); a < 0x80) {
        out.lower_buffer.push_back(static_cast<char>(a >= 'A' && a <= 'Z' ? a + 32 : a));
        ++k;
        continue;
      }
      size_t n;
      UChar32 d = at(text, k, &n);
      if (d < 0x80) {
        out.lower_buffer.push_back(static_cast<char>(d >= 'A' && d <= 'Z' ? d + 32 : d));
      } else {
        UChar32 f = u_foldCase(d, U_FOLD_CASE_DEFAULT);
        char buf[4];
        int32_t len = 0;
        U8_APPEND_UNSAFE(buf, len, f);
        out.lower_buffer.append(buf, static_cast<size_t>(len));
      }
      k = n;
    }
    t.lower = as_written ? written : std::string_view(out.lower_buffer).substr(lower_at);
    t.folded = t.lower;
    if (stemmer && t.kind == TokenKind::kWord) {
      std::string_view stem = stemmer->stem(t.folded);
      if (stem.data() != t.folded.data()) {
        const size_t stem_at = out.lower_buffer.size();
        out.lower_buffer.append(stem);
        t.lower = std::string_view(out.lower_buffer).substr(stem_at);
      }
    }
    i = t.end;
  }
  // Hyphens inside compounds join their neighbours.
  for (size_t k = first + 1; k + 1 < out.tokens.size(); ++k) {
    Token& h = out.tokens[k];
    if (h.kind == TokenKind::kPunct && h.text == "-" && !h.space_before &&
        !out.tokens[k + 1].space_before && out.tokens[k - 1].kind != TokenKind::kPunct &&
        out.tokens[k + 1].kind != TokenKind::kPunct) {
      h.joiner = true;
    }
  }
}

}  // namespace

void tokenize(std::string_view text, uint64_t begin, uint64_t end, TokenizedSentence& out) {
  out.tokens.clear();
  out.lower_buffer.clear();
  Stemmer* stemmer = active_stemmer();
  out.lower_buffer.reserve(lower_room(end - begin, stemmer));
  tokenize_more(text, begin, end, stemmer, out);
}

void tokenize(std::string_view text, const std::vector<TextRange>& sentences,
              TokenizedDocument& out) {
  out.all.tokens.clear();
  out.all.lower_buffer.clear();
  out.first.clear();
  Stemmer* stemmer = active_stemmer();
  uint64_t bytes = 0;
  for (const TextRange& s : sentences) bytes += s.end - s.begin;
  out.all.lower_buffer.reserve(lower_room(bytes, stemmer) + 16 * sentences.size());
  // About one token per 4 bytes of text, held once: growing by doubling would hold up to three
  // times the tokens while it copies.
  out.all.tokens.reserve(bytes / 4 + 16);
  for (const TextRange& s : sentences) {
    out.first.push_back(out.all.tokens.size());
    tokenize_more(text, s.begin, s.end, stemmer, out.all);
  }
  out.first.push_back(out.all.tokens.size());
}

bool all_capitals(const Token& tok) {
  if (tok.kind != TokenKind::kWord) return false;
  int32_t i = 0, letters = 0;
  const int32_t n = static_cast<int32_t>(tok.text.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(tok.text.data(), i, n, c);
    if (c < 0 || !u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace claimtrace
