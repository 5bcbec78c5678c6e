// Aligns a raw markup slice with the text a parser decoded from it, so each byte has an origin.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "markup.h"

#include "claimtrace/utf8.h"

namespace claimtrace {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
// Bytes of text that must agree after a reference before its reading is trusted, and the most
// steps (dropped tags included) spent looking for them.
constexpr size_t kLookahead = 24;
constexpr size_t kMaxLookaheadSteps = 64;
// A reference followed by another is checked by trying that one too, this many levels deep.
constexpr int kMaxDepth = 1;
// Legacy references without ';' (&copy, &nbsp, &frac12) have names of 2 to 6 characters.
constexpr size_t kMaxLegacyName = 6;
// Longer names or digit runs are no reference any parser resolves that we can align.
constexpr size_t kMaxReferenceName = 64;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_digit(c); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Bytes in the code point at s[i]; 1 for a stray byte, so walking always advances.
size_t code_point_length(std::string_view s, size_t i) {
  const size_t length = utf8_char_length(s, i);
  return length == 0 ? 1 : length;
}

// Bytes a parser meant as one character at s[i], valid or not: pugixml writes &#x110000; as
// four bytes that are no valid UTF-8, and the reference must still match all four.
size_t unit_length(std::string_view s, size_t i) {
  const size_t valid = utf8_char_length(s, i);
  if (valid != 0) return valid;
  const auto c = static_cast<unsigned char>(s[i]);
  const size_t expected = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  size_t length = 1;
  while (length < expected && i + length < s.size() &&
         is_continuation(static_cast<unsigned char>(s[i + length]))) {
    ++length;
  }
  return length;
}

// Parsers can produce invalid UTF-8 (pugixml writes &#xD800; as a surrogate, gumbo 0.10.1
// turns an overflowing &#999999999999; into a lone byte); the sink only sees valid text.
std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t length = utf8_char_length(s, i);
    if (length == 0) {
      out += kReplacement;  // one for each character the parser meant
      i += unit_length(s, i);
    } else {
      out.append(s.substr(i, length));
      i += length;
    }
  }
  return out;
}

// The code point of the valid UTF-8 sequence at s[i], or -1.
int64_t decode_at(std::string_view s, size_t i) {
  const size_t length = utf8_char_length(s, i);
  if (length == 0) return -1;
  const auto c = static_cast<unsigned char>(s[i]);
  if (length == 1) return c;
  int64_t cp = c & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  return cp;
}

// Characters gumbo replaces with U+FFFD: NUL, controls other than whitespace, noncharacters.
bool is_replaced_by_parsers(int64_t cp) {
  if (cp < 0) return false;
  if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r';
  return (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

// Marks that follow the base character of the two-character references (&nvlt; &NotEqualTilde;
// &ThickSpace; &varsubsetneq;...).
bool is_combining_mark(int64_t cp) {
  return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200A;
}

// Whether a numeric reference with this value can have become the character text[j, ...):
// itself, U+FFFD (NUL, surrogates, out of range), a windows-1252 character for 0x80-0x9F
// (HTML), invalid bytes for surrogates and out-of-range values (pugixml), or the value wrapped
// to 32 bits (pugixml does not check for overflow).
bool numeric_decodes_to(uint64_t value, uint32_t wrapped, std::string_view text, size_t j) {
  const int64_t cp = decode_at(text, j);
  if (cp < 0) return value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF);
  if (static_cast<uint64_t>(cp) == value || cp == wrapped) return true;
  if (cp == 0xFFFD) {
    return value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ||
           is_replaced_by_parsers(static_cast<int64_t>(value));
  }
  return value >= 0x80 && value <= 0x9F && cp >= 0x80;
}

// A tag inside a text slice is looked for at most this far: keeps the lookahead linear.
constexpr size_t kMaxTag = 1024;

class Aligner {
 public:
  Aligner(std::string_view raw, std::string_view text, uint64_t raw_offset, TextSink& sink)
      : raw_(raw),
        text_(text),
        offset_(raw_offset),
        sink_(sink),
        // Enough for any real document; caps the reference search on hostile input.
        budget_(32 * (raw.size() + text.size()) + 4096) {}

  void run();

 private:
  enum class Kind {
    kNone,      // the sides do not agree here
    kVerbatim,  // one code point, the same on both sides
    kReference,
    kLineEnd,   // CR LF or CR folded to LF
    kReplaced,  // a NUL or control character the parser turned into U+FFFD
    kDropped,   // raw bytes with no text: a NUL, a tag gumbo kept in the slice, CDATA markers
  };
  // raw[i, raw_end) became text[j, text_end).
  struct Step {
    Kind kind = Kind::kNone;
    size_t raw_end = 0;
    size_t text_end = 0;
  };

  Step step(size_t i, size_t j, int depth);
  bool looks_like_tag(size_t i) const;
  size_t numeric_reference_end(size_t i, size_t j) const;
  bool find_reference(size_t i, size_t j, int depth, Step* found);
  bool resyncs(size_t i, size_t j, int depth);
  void end_run(size_t i);
  void emit_opaque(std::string_view text, size_t raw_begin, size_t raw_end);
  void fall_back(size_t i, size_t j);

  std::string_view raw_;
  std::string_view text_;
  uint64_t offset_;
  TextSink& sink_;
  size_t budget_;
  size_t run_begin_ = std::string_view::npos;  // start in raw of the pending verbatim run
};

// How raw from i (i < raw size) turns into text from j. References are tried first: "&amp;"
// may stand for a literal "&amp;" in the text only when no reading as a reference fits.
Aligner::Step Aligner::step(size_t i, size_t j, int depth) {
  const char c = raw_[i];
  const size_t length = code_point_length(raw_, i);
  if (j < text_.size()) {
    Step found;
    if (c == '&' && find_reference(i, j, depth, &found)) return found;
    // A '<' that opens a tag gumbo ignored can meet a '<' the text has from "&lt;".
    if (text_.substr(j, length) == raw_.substr(i, length) &&
        (c != '<' || depth > kMaxDepth || !looks_like_tag(i) || resyncs(i + 1, j + 1, depth))) {
      return {Kind::kVerbatim, i + length, j + length};
    }
    if (c == '\r' && text_[j] == '\n') {
      return {Kind::kLineEnd, i + (raw_.substr(i, 2) == "\r\n" ? 2 : 1), j + 1};
    }
    // gumbo drops a NUL in body text and replaces it elsewhere.
    if (text_.substr(j, kReplacement.size()) == kReplacement &&
        is_replaced_by_parsers(decode_at(raw_, i)) &&
        (c != '\0' || depth > kMaxDepth || resyncs(i + 1, j + kReplacement.size(), depth))) {
      return {Kind::kReplaced, i + length, j + kReplacement.size()};
    }
  }
  if (c == '\0') return {Kind::kDropped, i + 1, j};  // gumbo drops NUL in body text
  // gumbo keeps CDATA markers of foreign content, and tags it ignores (a stray </x>, a second
  // <body>), inside the text slice.
  if (raw_.substr(i, 9) == "<![CDATA[") return {Kind::kDropped, i + 9, j};
  if (raw_.substr(i, 3) == "]]>") return {Kind::kDropped, i + 3, j};
  if (c == '<') {
    const size_t end = markup_tag_end(raw_, i + 1, kMaxTag - 1);
    budget_ -= std::min(budget_, end == std::string_view::npos ? raw_.size() - i : end - i);
    if (end != std::string_view::npos) return {Kind::kDropped, end, j};
  }
  // In table and frameset context gumbo drops the other characters of a whitespace node but
  // keeps them in its slice. Only as a last resort, and never while looking ahead.
  if (depth == 0 && j < text_.size() && is_space(text_[j]) && !is_space(c)) {
    return {Kind::kDropped, i + length, j};
  }
  return {};
}

// Whether raw[i] == '<' starts what gumbo reads as markup rather than as a literal '<'.
bool Aligner::looks_like_tag(size_t i) const {
  if (i + 1 >= raw_.size()) return false;
  const char next = raw_[i + 1];
  return is_ascii_alpha(next) || next == '/' || next == '!' || next == '?';
}

// Where the digits of the numeric reference at raw[i] ("&#" at i) end, provided its value can
// have decoded to the character at text[j]; npos otherwise. "&#;" is no reference.
size_t Aligner::numeric_reference_end(size_t i, size_t j) const {
  size_t k = i + 2;
  const bool hex = k < raw_.size() && (raw_[k] == 'x' || raw_[k] == 'X');
  if (hex) ++k;
  uint64_t value = 0;
  uint32_t wrapped = 0;
  size_t d = k;
  for (; d < raw_.size() && d - k < kMaxReferenceName; ++d) {
    const char c = raw_[d];
    if (!(hex ? is_hex_digit(c) : is_digit(c))) break;
    const uint32_t digit = is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
    value = std::min<uint64_t>(value * (hex ? 16 : 10) + digit, uint64_t{1} << 40);
    wrapped = wrapped * (hex ? 16 : 10) + digit;
  }
  if (d == k || j >= text_.size() || !numeric_decodes_to(value, wrapped, text_, j)) {
    return std::string_view::npos;
  }
  return d;
}

// Whether raw[i] == '&' starts a reference that decodes to text[j, found->text_end). Tries
// a decoding of one, then two code points against each plausible end of the reference (longest
// first, as parsers match), and keeps the first after which both sides agree again.
bool Aligner::find_reference(size_t i, size_t j, int depth, Step* found) {
  size_t ends[kMaxLegacyName + 2];
  size_t count = 0;
  if (j >= text_.size()) return false;
  const size_t r = raw_.size();
  const bool numeric = i + 1 < r && raw_[i + 1] == '#';
  // Only "&fjlig;" decodes to ASCII letters, so "&foo" is never read as "f".
  if (!numeric && is_ascii_alnum(text_[j]) && raw_.substr(i, 7) != "&fjlig;") return false;
  if (numeric) {
    const size_t d = numeric_reference_end(i, j);
    if (d == std::string_view::npos) return false;
    if (d < r && raw_[d] == ';') ends[count++] = d + 1;
    ends[count++] = d;
  } else {
    if (i + 1 >= r || !is_ascii_alpha(raw_[i + 1])) return false;
    size_t n = 0;
    while (i + 1 + n < r && n <= kMaxReferenceName && is_ascii_alnum(raw_[i + 1 + n])) ++n;
    if (n > kMaxReferenceName) return false;
    if (i + 1 + n < r && raw_[i + 1 + n] == ';') ends[count++] = i + 2 + n;
    for (size_t length = n < kMaxLegacyName ? n : kMaxLegacyName; length >= 2; --length) {
      ends[count++] = i + 1 + length;
    }
  }
  const size_t one = j + unit_length(text_, j);
  // A numeric reference is one character; some named ones are two.
  const size_t two =
      !numeric && one < text_.size() ? one + unit_length(text_, one) : std::string_view::npos;
  // One code point before two for every end: "&copy2023" is the sign and "2023", not the sign
  // and "2" followed by "023".
  for (size_t text_end : {one, two}) {
    if (text_end == std::string_view::npos) break;
    for (size_t c = 0; c < count; ++c) {
      if (budget_ == 0) return false;
      --budget_;
      // The second character of a two-character reference is a combining mark, which raw
      // text right after a reference hardly ever starts with.
      if (text_end == one && two != std::string_view::npos &&
          is_combining_mark(decode_at(text_, one)) &&
          raw_.substr(ends[c], two - one) != text_.substr(one, two - one)) {
        continue;
      }
      if (resyncs(ends[c], text_end, depth)) {
        *found = {Kind::kReference, ends[c], text_end};
        return true;
      }
    }
  }
  return false;
}

// Whether raw from i and text from j agree for a while, as they must right after a reference.
// Only text that both sides account for counts: dropping tags proves nothing.
bool Aligner::resyncs(size_t i, size_t j, int depth) {
  size_t agreed = 0;
  for (size_t steps = 0; steps < kMaxLookaheadSteps; ++steps) {
    if (budget_ == 0) return false;
    --budget_;
    if (i == raw_.size()) return j == text_.size();
    if (raw_[i] == '&' && depth >= kMaxDepth && j < text_.size()) {
      // Too deep to check this reference as well: accept what it could plausibly produce.
      if (i + 1 < raw_.size() && raw_[i + 1] == '#') {
        return numeric_reference_end(i, j) != std::string_view::npos || text_[j] == '&';
      }
      if (text_[j] == '&') return true;
      return i + 1 < raw_.size() && is_ascii_alpha(raw_[i + 1]) && !is_ascii_alnum(text_[j]) &&
             text_.substr(j, kReplacement.size()) != kReplacement;
    }
    if (raw_[i] == '<' && depth >= kMaxDepth && j < text_.size() && text_[j] == '<' &&
        looks_like_tag(i)) {
      return true;  // a tag to drop or a literal '<': too deep to tell
    }
    if (raw_[i] == '\0' && depth >= kMaxDepth && text_.substr(j, 3) == kReplacement) {
      return true;  // a NUL replaced or dropped: too deep to tell
    }
    const Step next = step(i, j, depth + 1);
    if (next.kind == Kind::kNone) return false;
    // A reference here checked what follows it; going on would commit to its first reading.
    if (next.kind == Kind::kReference) return true;
    agreed += next.text_end - j;
    if (agreed >= kLookahead) return true;
    i = next.raw_end;
    j = next.text_end;
  }
  return agreed > 0;
}

void Aligner::end_run(size_t i) {
  if (run_begin_ != std::string_view::npos && run_begin_ < i) {
    sink_.text(raw_.substr(run_begin_, i - run_begin_), offset_ + run_begin_, offset_ + i, true);
  }
  run_begin_ = std::string_view::npos;
}

void Aligner::emit_opaque(std::string_view text, size_t raw_begin, size_t raw_end) {
  if (text.empty()) return;
  sink_.text(valid_utf8(text), offset_ + raw_begin, offset_ + raw_end, false);
}

void Aligner::fall_back(size_t i, size_t j) {
  end_run(i);
  emit_opaque(text_.substr(j), i, raw_.size());
}

void Aligner::run() {
  size_t i = 0;
  size_t j = 0;
  while (j < text_.size()) {
    if (i >= raw_.size() || budget_ == 0) return fall_back(i, j);
    const Step s = step(i, j, 0);
    switch (s.kind) {
      case Kind::kNone:
        return fall_back(i, j);
      case Kind::kVerbatim:
        if (run_begin_ == std::string_view::npos) run_begin_ = i;
        break;
      case Kind::kReference:
      case Kind::kLineEnd:
      case Kind::kReplaced:
      case Kind::kDropped:
        end_run(i);
        emit_opaque(text_.substr(j, s.text_end - j), i, s.raw_end);
        break;
    }
    i = s.raw_end;
    j = s.text_end;
  }
  end_run(i);  // raw left over after the text produced nothing
}

}  // namespace

void emit_aligned(std::string_view raw, std::string_view text, uint64_t raw_offset,
                  TextSink& sink) {
  Aligner(raw, text, raw_offset, sink).run();
}

size_t markup_tag_end(std::string_view s, size_t from, size_t limit) {
  char quote = 0;
  bool after_equals = false;
  for (size_t k = from; k < s.size() && k - from < limit; ++k) {
    const char c = s[k];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '>') {
      return k + 1;
    } else if (c == '=') {
      after_equals = true;
    } else if (after_equals && (c == '"' || c == '\'')) {
      quote = c;
      after_equals = false;
    } else if (!is_space(c)) {
      after_equals = false;
    }
  }
  return std::string_view::npos;
}

namespace {
// Collects sink text; emit_aligned with no raw side yields valid UTF-8 of any string.
class Collector : public TextSink {
 public:
  void text(std::string_view utf8, uint64_t, uint64_t, bool) override { value.append(utf8); }
  void paragraph_break() override {}
  std::string value;
};
}  // namespace

void set_metadata_field(SourceField& field, std::string_view raw, const char* from) {
  if (field.known()) return;
  Collector valid;
  emit_aligned({}, raw, 0, valid);
  std::string out;
  bool space = false;
  for (char c : valid.value) {
    if (is_space(c) || c == '\v') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  if (!out.empty()) field = SourceField{std::move(out), from};
}

}  // namespace claimtrace
