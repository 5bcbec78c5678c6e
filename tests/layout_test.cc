// Plain-text layout: paragraph-per-line text, hard-wrapped text, words split at line ends.
#include "layout.h"

#include <gtest/gtest.h>

#include "normalize.h"

namespace claimtrace {
namespace {

using Range = std::pair<uint64_t, uint64_t>;
Range R(uint64_t begin, uint64_t end) { return {begin, end}; }

NormalizedText read(std::string_view s, LayoutContext* context_out = nullptr) {
  Normalizer n;
  LayoutContext context;
  read_plain_text(s, n, context);
  if (context_out) *context_out = context;
  return n.finish();
}

TEST(Layout, OneParagraphPerLine) {
  LayoutContext c;
  NormalizedText t = read("Political relations\n\n\nCurrently, trade grew.\nIt doubled.\n", &c);
  EXPECT_FALSE(c.wrapped);
  EXPECT_EQ(t.text, "Political relations\nCurrently, trade grew.\nIt doubled.");
  EXPECT_EQ(t.paragraphs.size(), 3u);
}

TEST(Layout, ContinuationLineJoinsEvenInUnwrappedText) {
  NormalizedText t = read("The agreement was signed in\nthe summer of 2013.\n\nNext paragraph.");
  EXPECT_EQ(t.text, "The agreement was signed in the summer of 2013.\nNext paragraph.");
}

// PDF extraction: every line ends mid-sentence and is followed by a blank line.
constexpr char kWrapped[] =
    " Good afternoon to everyone! I am very grateful to have this opportunity to present our \n\n"
    "article about the cooperation of two countries at the 11th conference on Slavic \n\n"
    "Studies.  \n\n"
    "As everybody knows, Belarus is one of the small states that are located at the \n\n"
    "intersection of roads, connecting Europe and Asia. After the collapse of the USSR, the \n\n"
    "Sino-\n\n"
    "Belarusian relations were established in 1992 and the develop-\n\n"
    "ment continued with (COVID-\n\n"
    "19) support.  \n";

TEST(Layout, HardWrappedLinesRejoinIntoParagraphs) {
  LayoutContext c;
  NormalizedText t = read(kWrapped, &c);
  EXPECT_TRUE(c.wrapped);
  ASSERT_EQ(t.paragraphs.size(), 2u) << t.text;
  EXPECT_EQ(t.text.substr(t.paragraphs[0].begin, t.paragraphs[0].end - t.paragraphs[0].begin),
            "Good afternoon to everyone! I am very grateful to have this opportunity to present "
            "our article about the cooperation of two countries at the 11th conference on Slavic "
            "Studies.");
  // The compound keeps its hyphen (capital after it); a split word loses it; COVID-19 stays.
  EXPECT_NE(t.text.find(" the Sino-Belarusian relations"), std::string::npos) << t.text;
  EXPECT_NE(t.text.find("the development continued with (COVID-19) support."), std::string::npos)
      << t.text;
}

TEST(Layout, SplitWordDecidedByTheDocumentsVocabulary) {
  // "well-known" occurs whole in the document, so the split one keeps its hyphen.
  NormalizedText t = read(
      "this is a well-known fact and a sentence that goes on and on without end so it\n"
      "wraps around and the well-\nknown text goes on in lower case across the line\n"
      "and again across the line and again across the line without stopping at all\n"
      "and the end comes here.");
  EXPECT_NE(t.text.find("the well-known text"), std::string::npos) << t.text;
}

TEST(Layout, JoinedLinesMapBackToTheirBytes) {
  std::string s = "The trade grew to\n\n$6 billion in 2021.";
  NormalizedText t = read(s);
  EXPECT_EQ(t.text, "The trade grew to $6 billion in 2021.");
  size_t at = t.text.find("$6");
  EXPECT_EQ(t.to_decoded.map(at, at + 2).first, s.find("$6"));
  size_t space = t.text.find(" $6");
  EXPECT_EQ(t.to_decoded.map(space, space + 1), R(17, 19));
}

TEST(Layout, ListItemsStartParagraphs) {
  NormalizedText t =
      read("It envisages:\n  • Additional services;\n  • Deadlines to be reduced;\n");
  EXPECT_EQ(t.paragraphs.size(), 3u) << t.text;
}

TEST(Layout, CrLfAndLoneCr) {
  NormalizedText t = read("First line.\r\nSecond line.\rThird line.");
  EXPECT_EQ(t.text, "First line.\nSecond line.\nThird line.");
}

// A text table's columns (a tab, two spaces or more, a bar) make each cell a paragraph of its
// own, as a markup table's cells are; a rule line under the header is no text.
TEST(Layout, TableLinesSplitIntoCells) {
  NormalizedText t = read(
      "Trade (US$ million)\n\n"
      "Year    Exports\tImports\n"
      "2023    1,204.5\t845.0\n");
  EXPECT_EQ(t.text, "Trade (US$ million)\nYear\nExports\nImports\n2023\n1,204.5\n845.0");
  NormalizedText bars = read("| Item | 2024 |\n|------|-----:|\n| Exports | 401.2 |\n");
  EXPECT_EQ(bars.text, "Item\n2024\nExports\n401.2");
  // Bars alone split a line a bar opens: cells padded to align are one cell each, and an ASCII
  // grid's border lines are no text.
  NormalizedText grid = read(
      "+--------+---------+\n| Item   | 2024    |\n+--------+---------+\n"
      "| Oil    | 1,401.2 |\n+--------+---------+\n");
  EXPECT_EQ(grid.text, "Item\n2024\nOil\n1,401.2");
  // A header closed by an abbreviation's full stop ("в % к 2023 г.") is a cell, no sentence.
  NormalizedText index = read("Статья\t2024 г.\tв % к 2023 г.\nЭкспорт\t1 350,2\t112,5\n");
  EXPECT_EQ(index.text, "Статья\n2024 г.\nв % к 2023 г.\nЭкспорт\n1 350,2\n112,5");
}

// Prose that puts two spaces after a full stop is no table: its sentences are too long for
// cells, and one line of short cells with no second is no table either.
TEST(Layout, DoubleSpacedProseStaysWhole) {
  NormalizedText t = read(
      "Trade between the two countries grew by a fifth last year.  Exports rose faster.\n"
      "Officials expect the growth to continue into the next year.  Imports may slow.\n"
      "Short  line 1\n");
  EXPECT_EQ(t.text,  // the normalizer folds runs of spaces
            "Trade between the two countries grew by a fifth last year. Exports rose faster.\n"
            "Officials expect the growth to continue into the next year. Imports may slow.\n"
            "Short line 1");
}

}  // namespace
}  // namespace claimtrace
