// Span and Position: where a piece of text sits in the ORIGINAL file, in bytes and in lines.
#pragma once

#include <cstdint>

namespace claimtrace {

// Byte range [begin, end) into the original file.
struct Span {
  uint64_t begin = 0;
  uint64_t end = 0;

  uint64_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// 1-based line and column; the column counts characters (code points), not bytes.
struct Position {
  int line = 0;
  int column = 0;

  bool operator==(const Position&) const = default;
};

}  // namespace claimtrace
