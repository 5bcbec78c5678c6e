// OffsetMap: piecewise map, verbatim runs merged so an untouched ASCII document is one piece.
#include "offset_map.h"

#include <algorithm>
#include <cassert>

namespace claimtrace {

void OffsetMap::append(uint64_t out_len, uint64_t from_begin, uint64_t from_end, bool verbatim) {
  if (out_len == 0) return;
  assert(from_begin <= from_end);
  assert(!verbatim || out_len == from_end - from_begin);
  if (verbatim && !pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.verbatim && last.from_end == from_begin) {
      last.from_end = from_end;
      size_ += out_len;
      return;
    }
  }
  pieces_.push_back(Piece{size_, verbatim, from_begin, from_end});
  size_ += out_len;
}

const OffsetMap::Piece& OffsetMap::piece_at(uint64_t out) const {
  assert(!pieces_.empty() && out < size_);
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), out,
                             [](uint64_t o, const Piece& p) { return o < p.out; });
  return *(it - 1);
}

uint64_t OffsetMap::begin_of(uint64_t out) const {
  const Piece& p = piece_at(out);
  return p.verbatim ? p.from_begin + (out - p.out) : p.from_begin;
}

uint64_t OffsetMap::end_of(uint64_t out) const {
  const Piece& p = piece_at(out);
  return p.verbatim ? p.from_begin + (out - p.out) + 1 : p.from_end;
}

std::pair<uint64_t, uint64_t> OffsetMap::map(uint64_t begin, uint64_t end) const {
  assert(begin <= end && end <= size_);
  if (begin == end) {
    uint64_t at = begin < size_ ? begin_of(begin) : (size_ ? end_of(size_ - 1) : 0);
    return {at, at};
  }
  // The last byte's piece is the first byte's or one soon after it (a range is mostly short):
  // looked for from there, a few pieces one by one, then by halving the rest.
  const auto first = pieces_.begin() + (&piece_at(begin) - pieces_.data());
  auto last = first;
  for (int step = 0; step < 4 && last + 1 != pieces_.end() && (last + 1)->out <= end - 1; ++step)
    ++last;
  if (last + 1 != pieces_.end() && (last + 1)->out <= end - 1) {
    last = std::upper_bound(last + 1, pieces_.end(), end - 1,
                            [](uint64_t o, const Piece& p) { return o < p.out; }) -
           1;
  }
  const uint64_t from =
      first->verbatim ? first->from_begin + (begin - first->out) : first->from_begin;
  const uint64_t to =
      last->verbatim ? last->from_begin + (end - 1 - last->out) + 1 : last->from_end;
  return {from, to};
}

OffsetMap OffsetMap::identity(uint64_t length) {
  OffsetMap m;
  m.append(length, 0, length, true);
  return m;
}

}  // namespace claimtrace
