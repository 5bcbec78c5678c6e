// Text: a document's normalized text, its paragraphs and sentences, and the map from every
// normalized character back to its exact bytes, line and column in the original file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/span.h"

namespace claimtrace {

// Byte range [begin, end) into the normalized text.
struct TextRange {
  uint64_t begin = 0;
  uint64_t end = 0;

  bool operator==(const TextRange&) const = default;
};

struct TextData;  // private to the engine

class Text {
 public:
  Text();
  explicit Text(std::shared_ptr<const TextData> data);

  // NFKC-normalized UTF-8; paragraphs separated by a single '\n', whitespace collapsed.
  const std::string& str() const;
  std::string_view slice(TextRange r) const;
  const std::vector<TextRange>& paragraphs() const;
  const std::vector<TextRange>& sentences() const;

  // The original bytes that produced r: the tightest range that covers every character of it.
  Span original_span(TextRange r) const;
  // Line and column in the original file of the first character of r.
  Position position(TextRange r) const;

 private:
  friend const TextData* text_data(const Text& text);
  std::shared_ptr<const TextData> data_;
};

}  // namespace claimtrace
