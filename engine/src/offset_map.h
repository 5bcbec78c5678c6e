// OffsetMap: maps byte offsets of a produced string back to the string it was produced from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace claimtrace {

class OffsetMap {
 public:
  // Appends out_len produced bytes that came from source bytes [from_begin, from_end).
  // verbatim: the produced bytes are a copy of those source bytes (out_len equals their
  // length) and map byte for byte; otherwise every produced byte maps to the whole range.
  void append(uint64_t out_len, uint64_t from_begin, uint64_t from_end, bool verbatim);

  uint64_t size() const { return size_; }
  uint64_t begin_of(uint64_t out) const;  // first source byte of produced byte `out`
  uint64_t end_of(uint64_t out) const;    // one past the last source byte of produced byte `out`
  // Source range of produced range [begin, end); an empty range maps to an empty range.
  std::pair<uint64_t, uint64_t> map(uint64_t begin, uint64_t end) const;
  size_t piece_count() const { return pieces_.size(); }
  void shrink_to_fit() { pieces_.shrink_to_fit(); }

  static OffsetMap identity(uint64_t length);

 private:
  // Three words: verbatim shares one with out, as no string comes near 2^63 bytes.
  struct Piece {
    uint64_t out : 63;  // first produced byte of the piece
    uint64_t verbatim : 1;
    uint64_t from_begin;  // source range
    uint64_t from_end;
  };
  static_assert(sizeof(Piece) == 24);
  const Piece& piece_at(uint64_t out) const;

  std::vector<Piece> pieces_;
  uint64_t size_ = 0;
};

}  // namespace claimtrace
