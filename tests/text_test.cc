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
  EXPECT_EQ(idx.at(s, 0), (Position{1, 1}));
  EXPECT_EQ(idx.at(s, 4), (Position{2, 1}));  // after CR LF
  EXPECT_EQ(idx.at(s, 7), (Position{2, 3}));  // 'd' after a two-byte character
  EXPECT_EQ(idx.at(s, 9), (Position{3, 1}));  // after a lone CR
  EXPECT_EQ(idx.at(s, 11), (Position{4, 1}));
}

TEST(LineIndex, LongSingleLineUsesCheckpoints) {
  std::string s(100000, 'a');
  s[50000] = '\n';
  LineIndex idx(s);
  EXPECT_EQ(idx.at(s, 49999), (Position{1, 50000}));
  EXPECT_EQ(idx.at(s, 99999), (Position{2, 49999}));
}

}  // namespace
}  // namespace claimtrace
