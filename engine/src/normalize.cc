// Normalizer: one pass, characters classified by hand; ICU's NFKC runs only on words that
// are not already normalized, so ordinary text is copied and stays one verbatim map piece.
#include "normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cassert>

namespace claimtrace {

namespace {

const icu::Normalizer2& nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* inst = icu::Normalizer2::getNFKCInstance(err);
    assert(U_SUCCESS(err) && inst);
    return inst;
  }();
  return *n;
}

// kMark: a superscript digit, a footnote's mark ("2023¹", "1,350.2³"): a word of its own, kept as
// written, so NFKC never glues it to the number before it as one more digit.
enum class Kind { kVisible, kSpace, kDrop, kReplace, kMark };

// What to do with code point c; for kReplace, *replacement is the ASCII stand-in.
Kind classify(UChar32 c, char* replacement) {
  if (c < 0x80) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      return Kind::kSpace;
    }
    if (c < 0x20 || c == 0x7F) return Kind::kDrop;
    return Kind::kVisible;
  }
  switch (c) {
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return Kind::kSpace;
    case 0x00AD:
    case 0x180E:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return Kind::kDrop;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      *replacement = '\'';
      return Kind::kReplace;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      *replacement = '"';
      return Kind::kReplace;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      *replacement = '-';
      return Kind::kReplace;
    case 0x00B9:
    case 0x00B2:
    case 0x00B3:
      return Kind::kMark;
    default:
      break;
  }
  if (c >= 0x2070 && c <= 0x2079) return Kind::kMark;
  if (c >= 0x2000 && c <= 0x200A) return Kind::kSpace;
  if (c >= 0x80 && c < 0xA0) return Kind::kDrop;  // C1 controls
  return Kind::kVisible;
}

}  // namespace

Normalizer::Normalizer() = default;

void Normalizer::emit(std::string_view s, uint64_t from_begin, uint64_t from_end, bool verbatim) {
  if (s.empty()) return;
  if (!in_paragraph_) {
    if (!out_.text.empty()) {
      // Paragraph separator: maps to an empty range where the new paragraph starts.
      out_.text.push_back('\n');
      out_.to_decoded.append(1, from_begin, from_begin, false);
    }
    paragraph_begin_ = out_.text.size();
    in_paragraph_ = true;
    pending_space_ = false;
  } else if (pending_space_) {
    out_.text.push_back(' ');
    out_.to_decoded.append(1, space_begin_, space_end_, space_end_ - space_begin_ == 1);
    pending_space_ = false;
  }
  out_.text.append(s);
  out_.to_decoded.append(s.size(), from_begin, from_end, verbatim);
}

// Emits word_[b, e) with the origins of the pieces it was built from.
void Normalizer::emit_word_part(size_t b, size_t e) {
  size_t at = 0;
  for (const WordPiece& p : word_pieces_) {
    size_t pb = at, pe = at + p.length;
    at = pe;
    if (pe <= b || pb >= e) continue;
    size_t ob = std::max(pb, b), oe = std::min(pe, e);
    if (p.verbatim) {
      emit(std::string_view(word_).substr(ob, oe - ob), p.from_begin + (ob - pb),
           p.from_begin + (oe - pb), true);
    } else {
      emit(std::string_view(word_).substr(ob, oe - ob), p.from_begin, p.from_end, false);
    }
  }
}

// Origin of word_[b, e): from the first piece's start to the last piece's end.
std::pair<uint64_t, uint64_t> Normalizer::word_origin(size_t b, size_t e) const {
  uint64_t from = 0, to = 0;
  bool first = true;
  size_t at = 0;
  for (const WordPiece& p : word_pieces_) {
    size_t pb = at, pe = at + p.length;
    at = pe;
    if (pe <= b || pb >= e) continue;
    uint64_t fb = p.verbatim ? p.from_begin + (std::max(pb, b) - pb) : p.from_begin;
    uint64_t fe = p.verbatim ? p.from_begin + (std::min(pe, e) - pb) : p.from_end;
    if (first) from = fb;
    first = false;
    to = fe;
  }
  return {from, to};
}

void Normalizer::flush_word() {
  if (word_.empty()) return;
  UErrorCode err = U_ZERO_ERROR;
  if (word_ascii_ || (nfkc().isNormalizedUTF8(word_, err) && U_SUCCESS(err))) {
    emit_word_part(0, word_.size());
  } else {
    // Normalize segment by segment (a segment starts where NFKC has a boundary), so only the
    // characters that change lose their byte-exact origin.
    const int32_t len = static_cast<int32_t>(word_.size());
    int32_t seg = 0, i = 0;
    while (seg < len) {
      i = seg;
      UChar32 c;
      U8_NEXT(word_.data(), i, len, c);
      while (i < len) {
        int32_t next = i;
        U8_NEXT(word_.data(), next, len, c);
        if (nfkc().hasBoundaryBefore(c)) break;
        i = next;
      }
      std::string_view part = std::string_view(word_).substr(seg, i - seg);
      err = U_ZERO_ERROR;
      if (nfkc().isNormalizedUTF8(part, err) && U_SUCCESS(err)) {
        emit_word_part(seg, i);
      } else {
        err = U_ZERO_ERROR;
        icu::UnicodeString n = nfkc().normalize(icu::UnicodeString::fromUTF8(part), err);
        std::string out, unified;
        n.toUTF8String(out);
        // NFKC can produce characters this normalizer unifies (fullwidth quotes, spaces).
        for (int32_t k = 0, olen = static_cast<int32_t>(out.size()); k < olen;) {
          int32_t start = k;
          UChar32 oc;
          U8_NEXT(out.data(), k, olen, oc);
          char rep = 0;
          Kind kind = classify(oc, &rep);
          if (kind == Kind::kSpace)
            unified.push_back(' ');
          else if (kind == Kind::kReplace)
            unified.push_back(rep);
          else if (kind == Kind::kVisible)
            unified.append(out, start, k - start);
        }
        auto [b, e] = word_origin(seg, i);
        emit(unified, b, e, false);
      }
      seg = i;
    }
  }
  word_.clear();
  word_pieces_.clear();
  word_ascii_ = true;
}

// ECMA-48: ESC [ (or C1 CSI) parameters and intermediates up to a final byte; ESC ] P X ^ _
// open a string ended by BEL or ESC \ (or, so a stray one cannot eat a document, a line end);
// ESC and any other byte is a two-character sequence.
bool Normalizer::in_escape(UChar32 c) {
  switch (escape_) {
    case Escape::kNone:
      if (c == 0x1B) escape_ = Escape::kStart;
      if (c == 0x9B) escape_ = Escape::kControl;
      return escape_ != Escape::kNone;
    case Escape::kStart:
      if (c == '[') {
        escape_ = Escape::kControl;
      } else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
        escape_ = Escape::kString;
      } else if (c >= 0x21 && c <= 0x2F) {
        escape_ = Escape::kStart;  // an intermediate byte: the final one follows
      } else if (c >= 0x30 && c <= 0x7E) {
        escape_ = Escape::kNone;
      } else {
        escape_ = Escape::kNone;  // not a sequence: this character is text again
        return c == 0x1B ? in_escape(c) : false;
      }
      return true;
    case Escape::kControl:
      if (c >= 0x20 && c <= 0x3F) return true;  // parameters and intermediates
      escape_ = Escape::kNone;
      if (c >= 0x40 && c <= 0x7E) return true;  // the final byte
      return c == 0x1B ? in_escape(c) : false;
    case Escape::kString:
      if (c == '\n' || c == '\r') {
        escape_ = Escape::kNone;
        return false;
      }
      if (c == 0x07 || c == 0x9C) escape_ = Escape::kNone;
      if (c == 0x1B) escape_ = Escape::kStringEnd;
      return true;
    case Escape::kStringEnd:
      escape_ = c == 0x1B ? Escape::kStringEnd : c == '\\' ? Escape::kNone : Escape::kString;
      return true;
  }
  return false;
}

void Normalizer::text(std::string_view s, uint64_t from_begin, uint64_t from_end, bool verbatim) {
  const int32_t len = static_cast<int32_t>(s.size());
  auto origin = [&](int32_t b, int32_t e) -> std::pair<uint64_t, uint64_t> {
    if (verbatim) return {from_begin + b, from_begin + e};
    return {from_begin, from_end};
  };
  int32_t i = 0;
  while (i < len) {
    // Fastest path, most of plain text: words of printable ASCII, each with one space after it,
    // with no word open, go out at once, as each word flushed at its space would (the spaces
    // between them written verbatim, the last one left pending).
    if (verbatim && escape_ == Escape::kNone && word_.empty()) {
      auto printable = [&](int32_t k) {
        const auto c = static_cast<unsigned char>(s[k]);
        return c > ' ' && c < 0x7F;
      };
      int32_t end = i, last = i;  // last: the end of the last word with a space after it
      while (true) {
        int32_t w = end;
        while (w < len && printable(w)) ++w;
        if (w == end || w >= len || s[w] != ' ') break;
        last = w;
        end = w + 1;
        if (end >= len || !printable(end)) break;
      }
      if (last > i) {
        emit(s.substr(i, last - i), from_begin + i, from_begin + last, true);
        if (in_paragraph_ && !pending_space_) {
          pending_space_ = true;
          space_begin_ = from_begin + last;
          space_end_ = from_begin + last + 1;
        }
        i = last + 1;
        continue;
      }
    }
    // Fast path: a run of printable ASCII joins the current word as one piece.
    int32_t run = i;
    while (run < len && escape_ == Escape::kNone) {
      auto ch = static_cast<unsigned char>(s[run]);
      if (ch <= ' ' || ch >= 0x7F) break;
      ++run;
    }
    if (run > i) {
      auto [b, e] = origin(i, run);
      word_.append(s.data() + i, run - i);
      if (verbatim && !word_pieces_.empty() && word_pieces_.back().verbatim &&
          word_pieces_.back().from_end == b) {
        word_pieces_.back().length += run - i;
        word_pieces_.back().from_end = e;
      } else {
        word_pieces_.push_back({static_cast<uint64_t>(run - i), b, e, verbatim});
      }
      i = run;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, len, c);
    if (c < 0) c = 0xFFFD;  // the decoder guarantees UTF-8; be safe anyway
    if (in_escape(c)) continue;
    auto [b, e] = origin(start, i);
    char rep = 0;
    switch (classify(c, &rep)) {
      case Kind::kSpace:
        flush_word();
        if (in_paragraph_ && !pending_space_) {
          pending_space_ = true;
          space_begin_ = b;
          space_end_ = e;
        }
        break;
      case Kind::kDrop:
        break;
      case Kind::kReplace:
        flush_word();
        emit(std::string_view(&rep, 1), b, e, false);
        break;
      case Kind::kMark:
        flush_word();
        emit(s.substr(start, i - start), b, e, verbatim);
        break;
      case Kind::kVisible:
        word_.append(s.data() + start, i - start);
        word_pieces_.push_back({static_cast<uint64_t>(i - start), b, e, verbatim});
        word_ascii_ = false;
        break;
    }
  }
}

void Normalizer::close_paragraph() {
  flush_word();
  if (in_paragraph_) {
    out_.paragraphs.push_back(TextRange{paragraph_begin_, out_.text.size()});
    in_paragraph_ = false;
  }
  pending_space_ = false;
}

void Normalizer::paragraph_break() {
  close_paragraph();
  escape_ = Escape::kNone;  // a sequence does not run across blocks
}

NormalizedText Normalizer::finish() {
  close_paragraph();
  return std::move(out_);
}

}  // namespace claimtrace
