// Normalizer: builds a document's normalized text from the TextSink stream of a reader.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/umachine.h>

#include "claimtrace/text.h"
#include "offset_map.h"
#include "text_sink.h"

namespace claimtrace {

struct NormalizedText {
  std::string text;      // paragraphs joined by '\n'
  OffsetMap to_decoded;  // normalized offsets -> decoded offsets
  std::vector<TextRange> paragraphs;
};

// NFKC; typographic quotes to ' and ", dashes to -, every space (NBSP, thin, ...) to ' ';
// soft hyphens, zero-width and control characters dropped; whitespace runs collapsed.
// A terminal escape sequence (ESC [ 31 m, ESC ] ... BEL) is dropped whole: it is not text, and
// its parameters left behind would read as numbers.
class Normalizer : public TextSink {
 public:
  Normalizer();
  void text(std::string_view utf8, uint64_t from_begin, uint64_t from_end, bool verbatim) override;
  void paragraph_break() override;
  NormalizedText finish();
  // Room for about this many bytes of output, so a large document is not copied as it grows.
  void reserve(uint64_t bytes) { out_.text.reserve(bytes); }

 private:
  void emit(std::string_view out, uint64_t from_begin, uint64_t from_end, bool verbatim);
  void flush_word();
  void emit_word_part(size_t begin, size_t end);
  std::pair<uint64_t, uint64_t> word_origin(size_t begin, size_t end) const;
  void close_paragraph();
  // Whether c belongs to an escape sequence (and is dropped); advances escape_.
  bool in_escape(UChar32 c);

  NormalizedText out_;
  bool in_paragraph_ = false;  // a visible character has been written to the open paragraph
  uint64_t paragraph_begin_ = 0;
  bool pending_space_ = false;
  uint64_t space_begin_ = 0, space_end_ = 0;  // origin of the pending space
  // The current word (a run of characters without space, quote or dash), kept until it ends so
  // NFKC sees it whole; pieces remember where each part came from.
  std::string word_;
  struct WordPiece {
    uint64_t length, from_begin, from_end;
    bool verbatim;
  };
  std::vector<WordPiece> word_pieces_;
  bool word_ascii_ = true;
  // Where in an ECMA-48 escape sequence the text is (kept across text() calls).
  enum class Escape { kNone, kStart, kControl, kString, kStringEnd };
  Escape escape_ = Escape::kNone;
};

}  // namespace claimtrace
