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
// count code points. Checkpoints keep a query cheap even on one 7 MB line.
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);
  Position at(std::string_view text, uint64_t offset) const;

 private:
  static constexpr uint64_t kBlock = 256;  // a query scans at most this many bytes, twice
  std::vector<uint64_t> line_starts_;
  std::vector<uint64_t> chars_before_block_;  // code points in text[0, k * kBlock)
};

struct TextData {
  std::string text;
  std::vector<TextRange> paragraphs;
  std::vector<TextRange> sentences;
  OffsetMap to_decoded;   // normalized -> decoded
  OffsetMap to_original;  // decoded -> original bytes
  std::string decoded;    // kept for line and column
  LineIndex lines;        // over decoded
  // How the document was read, so a fragment of it can be read the same way.
  std::string encoding;
  int format = 0;  // claimtrace::Format
  LayoutContext layout;
};

const TextData* text_data(const Text& text);

}  // namespace claimtrace
