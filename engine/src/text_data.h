// TextData: what a Text holds, private to the engine.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/span.h"
#include "claimtrace/text.h"
#include "layout.h"
#include "offset_map.h"

namespace claimtrace {

// Line and column of offsets into a UTF-8 string: \n, \r\n and lone \r end lines; columns
// count code points. It keeps a bit per byte rather than the string itself (an eighth of its
// size, nothing for ASCII), and checkpoints keep a query cheap even on one 7 MB line.
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);
  Position at(uint64_t offset) const;
  uint64_t size() const { return size_; }  // bytes of the string indexed

 private:
  static constexpr uint64_t kBlock = 256;  // a query counts at most this many bits, twice
  uint64_t chars_before(uint64_t offset) const;

  uint64_t size_ = 0;
  std::vector<uint64_t> line_starts_;
  // Both empty when the string is ASCII: then every byte is a code point.
  std::vector<uint64_t> chars_before_block_;  // code points in text[0, k * kBlock)
  std::vector<uint64_t> lead_bits_;           // bit i: text[i] starts a code point
};

struct TextData {
  std::string text;
  std::vector<TextRange> paragraphs;
  std::vector<TextRange> sentences;
  OffsetMap to_decoded;   // normalized -> decoded
  OffsetMap to_original;  // decoded -> original bytes
  LineIndex lines;        // over the decoded text, which is not kept
  // How the document was read, so a fragment of it can be read the same way.
  std::string encoding;
  int format = 0;  // claimtrace::Format
  LayoutContext layout;
};

const TextData* text_data(const Text& text);

}  // namespace claimtrace
