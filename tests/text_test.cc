// LineIndex: lines end at LF, CR LF and lone CR; columns count characters, not bytes.
#include "text_data.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(LineIndex, CountsLinesAndCharacterColumns) {
  std::string s =
      "ab\r\nc\xC3\xA9"
      "d\rx\ny";
  LineIndex idx(s);
  EXPECT_EQ(idx.at(0), (Position{1, 1}));
  EXPECT_EQ(idx.at(4), (Position{2, 1}));  // after CR LF
  EXPECT_EQ(idx.at(7), (Position{2, 3}));  // 'd' after a two-byte character
  EXPECT_EQ(idx.at(9), (Position{3, 1}));  // after a lone CR
  EXPECT_EQ(idx.at(11), (Position{4, 1}));
}

TEST(LineIndex, LongSingleLineUsesCheckpoints) {
  std::string s(100000, 'a');
  s[50000] = '\n';
  LineIndex idx(s);
  EXPECT_EQ(idx.at(49999), (Position{1, 50000}));
  EXPECT_EQ(idx.at(99999), (Position{2, 49999}));
}

// Columns count characters across checkpoints in a long line of two-byte characters.
TEST(LineIndex, LongLineOfWideCharacters) {
  std::string s = "x\n";
  for (int i = 0; i < 1000; ++i) s += "\xC3\xA9";  // é
  s += "z";
  LineIndex idx(s);
  EXPECT_EQ(idx.at(2), (Position{2, 1}));
  EXPECT_EQ(idx.at(2 + 2 * 300), (Position{2, 301}));
  EXPECT_EQ(idx.at(2 + 2 * 1000), (Position{2, 1001}));  // the 'z'
  EXPECT_EQ(idx.at(s.size()), (Position{2, 1002}));      // the end
  EXPECT_EQ(idx.at(s.size() + 5), (Position{2, 1002}));  // past the end: the end
  EXPECT_EQ(idx.size(), s.size());
}

}  // namespace
}  // namespace claimtrace
