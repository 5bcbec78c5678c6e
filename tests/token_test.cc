// Tokenizer: words, numbers with separators, punctuation, joiners, case folding.
#include "token.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

std::vector<std::string> texts(std::string_view s, TokenizedSentence& t) {
  tokenize(s, 0, s.size(), t);
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.emplace_back(tok.text);
  return out;
}

TEST(Tokenize, NumbersWordsAndPunctuation) {
  TokenizedSentence t;
  EXPECT_EQ(texts("Trade rose 83.6% to $6,450.5 million on 11.06.2021, it's M1.", t),
            (std::vector<std::string>{"Trade", "rose", "83.6", "%", "to", "$", "6,450.5", "million",
                                      "on", "11.06.2021", ",", "it's", "M1", "."}));
  EXPECT_EQ(t.tokens[2].kind, TokenKind::kNumber);
  EXPECT_EQ(t.tokens[12].kind, TokenKind::kWord);  // letters and digits mixed
  EXPECT_TRUE(t.tokens[0].capitalized);
  EXPECT_EQ(t.tokens[0].lower, "trade");
  EXPECT_EQ(t.tokens[2].begin, 11u);
  EXPECT_EQ(t.tokens[2].end, 15u);
}

TEST(Tokenize, HyphensInsideCompoundsAreJoiners) {
  TokenizedSentence t;
  EXPECT_EQ(texts("all-weather - and 2004-2013", t),
            (std::vector<std::string>{"all", "-", "weather", "-", "and", "2004", "-", "2013"}));
  EXPECT_TRUE(t.tokens[1].joiner);
  EXPECT_FALSE(t.tokens[3].joiner);  // spaced: a dash, not a joiner
  EXPECT_TRUE(t.tokens[6].joiner);
  EXPECT_FALSE(t.tokens[2].space_before);
  EXPECT_TRUE(t.tokens[3].space_before);
}

TEST(Tokenize, CyrillicIsFoldedAndSentenceEndIsNotPartOfANumber) {
  TokenizedSentence t;
  EXPECT_EQ(texts("Товарооборот вырос в 2021.", t),
            (std::vector<std::string>{"Товарооборот", "вырос", "в", "2021", "."}));
  EXPECT_EQ(t.tokens[0].lower, "товарооборот");
  EXPECT_TRUE(t.tokens[0].capitalized);
}

}  // namespace
}  // namespace claimtrace
