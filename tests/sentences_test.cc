// Sentence segmentation: ICU's breaks, none after listed abbreviations or initials.
#include "sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimtrace/rules.h"

namespace claimtrace {
namespace {

std::vector<std::string> split(const std::string& text) {
  RuleSet rules = RuleSet::from_files({{"abbreviations.txt", "No.\nU.S.\nDr.\nLLC.\nJan.\n"}});
  EXPECT_TRUE(rules.valid());
  std::vector<TextRange> paragraphs;
  size_t b = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      paragraphs.push_back(TextRange{b, i});
      b = i + 1;
    }
  }
  std::vector<std::string> out;
  for (const TextRange& r : split_sentences(text, paragraphs, rules.data())) {
    out.push_back(text.substr(r.begin, r.end - r.begin));
  }
  return out;
}

using Sentences = std::vector<std::string>;

TEST(Sentences, SplitsAtSentenceEnds) {
  EXPECT_EQ(split("Trade grew. It doubled! Did it? Yes."),
            (Sentences{"Trade grew.", "It doubled!", "Did it?", "Yes."}));
}

TEST(Sentences, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(split("In June, presidential decree No. 215 dated 11.06.2021 was signed. It was "
                  "published."),
            (Sentences{"In June, presidential decree No. 215 dated 11.06.2021 was signed.",
                       "It was published."}));
  EXPECT_EQ(
      split("They discussed the U.S. economic sanctions. Then the U.S. Treasury spoke."),
      (Sentences{"They discussed the U.S. economic sanctions.", "Then the U.S. Treasury spoke."}));
  EXPECT_EQ(split("Talks with Dr. Smith ended on 5 Jan. 2021 in Minsk."),
            (Sentences{"Talks with Dr. Smith ended on 5 Jan. 2021 in Minsk."}));
}

TEST(Sentences, InitialsDoNotEndSentences) {
  EXPECT_EQ(
      split("Officials (R. Halouchanka, M. Snapkou, J. Chebatar) spoke. Then others."),
      (Sentences{"Officials (R. Halouchanka, M. Snapkou, J. Chebatar) spoke.", "Then others."}));
}

TEST(Sentences, NeverCrossParagraphs) {
  EXPECT_EQ(split("A heading without a stop\nThe text follows"),
            (Sentences{"A heading without a stop", "The text follows"}));
}

TEST(Sentences, QuotesStayWithTheirSentence) {
  EXPECT_EQ(split("He said \"it is unbreakable.\" Then he left."),
            (Sentences{"He said \"it is unbreakable.\"", "Then he left."}));
}

}  // namespace
}  // namespace claimtrace
