// OffsetMap: verbatim pieces map byte for byte, opaque pieces map to their whole range.
#include "offset_map.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

using Range = std::pair<uint64_t, uint64_t>;
Range R(uint64_t begin, uint64_t end) { return {begin, end}; }

TEST(OffsetMap, IdentityIsOnePiece) {
  OffsetMap m = OffsetMap::identity(10);
  EXPECT_EQ(m.size(), 10u);
  EXPECT_EQ(m.piece_count(), 1u);
  EXPECT_EQ(m.map(2, 5), R(2, 5));
}

TEST(OffsetMap, AdjacentVerbatimPiecesMerge) {
  OffsetMap m;
  m.append(3, 0, 3, true);
  m.append(4, 3, 7, true);
  EXPECT_EQ(m.piece_count(), 1u);
  m.append(2, 9, 11, true);  // a gap: the two bytes at 7..9 were dropped
  EXPECT_EQ(m.piece_count(), 2u);
  EXPECT_EQ(m.map(6, 8), R(6, 10));
}

TEST(OffsetMap, OpaquePieceMapsToWholeRange) {
  OffsetMap m;
  m.append(2, 0, 2, true);   // "A "
  m.append(1, 2, 7, false);  // "&" from "&amp;"
  m.append(2, 7, 9, true);   // " B"
  EXPECT_EQ(m.begin_of(2), 2u);
  EXPECT_EQ(m.end_of(2), 7u);
  EXPECT_EQ(m.map(2, 3), R(2, 7));
  EXPECT_EQ(m.map(0, 5), R(0, 9));
}

TEST(OffsetMap, EmptyRangeMapsToAPoint) {
  OffsetMap m = OffsetMap::identity(4);
  EXPECT_EQ(m.map(2, 2), R(2, 2));
  EXPECT_EQ(m.map(4, 4), R(4, 4));
}

}  // namespace
}  // namespace claimtrace
