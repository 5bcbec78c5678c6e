// Normalizer: NFKC, unified punctuation and spaces, collapsed whitespace, exact origins.
#include "normalize.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

using Range = std::pair<uint64_t, uint64_t>;
Range R(uint64_t begin, uint64_t end) { return {begin, end}; }

NormalizedText run(std::string_view s) {
  Normalizer n;
  n.text(s, 0, s.size(), true);
  return n.finish();
}

std::pair<uint64_t, uint64_t> origin(const NormalizedText& t, std::string_view needle) {
  size_t at = t.text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return t.to_decoded.map(at, at + needle.size());
}

TEST(Normalizer, UnifiesQuotesDashesAndSpaces) {
  std::string s =
      "\xE2\x80\x9CIron\xE2\x80\x9D \xE2\x80\x94 2004\xE2\x80\x93"
      "2013, "
      "3\xE2\x80\xAF"
      "500\xC2\xA0t, it\xE2\x80\x99s";
  NormalizedText t = run(s);
  EXPECT_EQ(t.text, "\"Iron\" - 2004-2013, 3 500 t, it's");
}

TEST(Normalizer, AppliesNfkc) {
  NormalizedText t = run("\xEF\xAC\x81nance \xEF\xBC\x91\xEF\xBC\x92%");  // "ﬁnance １２%"
  EXPECT_EQ(t.text, "finance 12%");
  EXPECT_EQ(origin(t, "finance"), R(0, 8));
}

// A superscript digit is a footnote's mark: kept as written, a word of its own, never one more
// digit of the number before it ("2023¹" is no 20231).
TEST(Normalizer, KeepsFootnoteMarksApartFromNumbers) {
  NormalizedText t = run("2023\xC2\xB9 and 1,350.2\xE2\x81\xB4");  // "2023¹ and 1,350.2⁴"
  EXPECT_EQ(t.text, "2023\xC2\xB9 and 1,350.2\xE2\x81\xB4");
  EXPECT_EQ(origin(t, "\xC2\xB9"), R(4, 6));
}

// An escape sequence is dropped whole (its parameters are not text); a stray ESC alone too.
TEST(Normalizer, DropsTerminalEscapeSequencesWhole) {
  EXPECT_EQ(run("red \x1b[31mwarning\x1b[0m here").text, "red warning here");
  EXPECT_EQ(run("a\x1b[1;38;5;196mb \x1b]0;window title\x07"
                "c \x1b]8;;http://x\x1b\\d")
                .text,
            "ab c d");
  EXPECT_EQ(run("x\xC2\x9B"
                "2Jy \x1b(Bz")
                .text,
            "xy z");  // C1 CSI; ESC ( B
  EXPECT_EQ(run("stray\x1b grows").text, "stray grows");
  EXPECT_EQ(run("\x1b]unterminated\nnext line").text, "next line");
  NormalizedText t = run("\x1b[31m6 billion");
  EXPECT_EQ(t.text, "6 billion");
  EXPECT_EQ(origin(t, "6 billion"), R(5, 14));
  Normalizer split;  // a sequence split across two pieces of text
  split.text("6\x1b[3", 0, 4, true);
  split.text("1m0", 4, 7, true);
  EXPECT_EQ(split.finish().text, "60");
}

TEST(Normalizer, CollapsesWhitespaceAndDropsInvisibles) {
  NormalizedText t =
      run("  a \t\n b\xC2\xAD"
          "c\xE2\x80\x8B"
          "d  ");
  EXPECT_EQ(t.text, "a bcd");
  ASSERT_EQ(t.paragraphs.size(), 1u);
  EXPECT_EQ(t.paragraphs[0], (TextRange{0, 5}));
}

TEST(Normalizer, KeepsOriginsOfEveryCharacter) {
  std::string s =
      "Trade:  \xE2\x80\x9C$6\xC2\xA0"
      "billion\xE2\x80\x9D";
  NormalizedText t = run(s);
  EXPECT_EQ(t.text, "Trade: \"$6 billion\"");
  EXPECT_EQ(origin(t, "$6"), R(11, 13));
  EXPECT_EQ(origin(t, "\"$"), R(8, 12));
  EXPECT_EQ(origin(t, "billion\""), R(15, 25));
}

TEST(Normalizer, ParagraphBreaksSeparateWithOneNewline) {
  Normalizer n;
  n.paragraph_break();
  n.text("One.", 0, 4, true);
  n.paragraph_break();
  n.paragraph_break();
  n.text("  ", 4, 6, true);
  n.paragraph_break();
  n.text("Two.", 6, 10, true);
  NormalizedText t = n.finish();
  EXPECT_EQ(t.text, "One.\nTwo.");
  ASSERT_EQ(t.paragraphs.size(), 2u);
  EXPECT_EQ(t.paragraphs[1], (TextRange{5, 9}));
  EXPECT_EQ(t.to_decoded.map(5, 9), R(6, 10));
}

TEST(Normalizer, OpaquePiecesMapToTheirWholeRange) {
  Normalizer n;
  n.text("A ", 0, 2, true);
  n.text("&", 2, 7, false);  // from "&amp;"
  n.text(" B", 7, 9, true);
  NormalizedText t = n.finish();
  EXPECT_EQ(t.text, "A & B");
  EXPECT_EQ(t.to_decoded.map(2, 3), R(2, 7));
}

}  // namespace
}  // namespace claimtrace
