// Sentence segmentation: ICU's breaks, none after listed abbreviations or initials.
#include "sentences.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/rules.h"

namespace claimtrace {
namespace {

std::vector<std::string> split(const std::string& text) {
  RuleSet rules = RuleSet::from_files(
      {{"abbreviations.txt", "No.\nU.S.\nDr.\nLLC.\nJan.\nbn.\n"},
       {"quantities.xml",
        "<quantities lang=\"en\"><function-word word=\"then\"/><function-word word=\"the\"/>"
        "<function-word word=\"in\"/></quantities>"}});
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

// The one-pass ASCII path must break where ICU's iterator does: on each rule's own cases and on
// random text of the characters the rules tell apart (letters, digits, terminators, closing
// marks, spaces, separators, continuations, controls).
TEST(Sentences, AsciiPathBreaksWhereIcuDoes) {
  const std::vector<std::string> cases = {"",
                                          "Trade grew. It doubled.",
                                          "3.5 billion",
                                          "U.S. Army",
                                          "e.g. this",
                                          "(Yes.) No",
                                          "Why?! Now",
                                          "etc., and",
                                          "x.\r\ny",
                                          "a.\n\nb",
                                          "end.\" Then",
                                          "end. 5 more",
                                          "A.B. c",
                                          "Go!\tGo!",
                                          "He said: \"No.\" then"};
  for (const std::string& text : cases) {
    EXPECT_EQ(sentence_boundaries(text, true), sentence_boundaries(text, false)) << text;
  }
  const std::string alphabet = "aZ9.!?\"'()[]{} \t\n\r\v\f,-:;#%x\x01";
  uint32_t state = 12345;
  auto next = [&state] { return state = state * 1664525u + 1013904223u; };
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (uint32_t k = 0, len = next() >> 27; k < len; ++k) {
      text += alphabet[(next() >> 16) % alphabet.size()];
    }
    ASSERT_EQ(sentence_boundaries(text, true), sentence_boundaries(text, false)) << text;
  }
}

TEST(Sentences, SplitsAtSentenceEnds) {
  EXPECT_EQ(split("Trade grew. It doubled! Did it? Yes."),
            (Sentences{"Trade grew.", "It doubled!", "Did it?", "Yes."}));
}

TEST(Sentences, AFigureAndALowerCaseWordBeginASentenceAfterAWord) {
  // UAX #29 joins them to the sentence before; after a word of four letters or more a stop
  // ends it. After a shorter word (an abbreviation the rules may not list) it still does not.
  EXPECT_EQ(split("The forum met in Gomel. 5-e session met in Minsk."),
            (Sentences{"The forum met in Gomel.", "5-e session met in Minsk."}));
  EXPECT_EQ(split("Trade grew in 2023. 12 agreements were signed."),
            (Sentences{"Trade grew in 2023. 12 agreements were signed."}));
  EXPECT_EQ(split("It grew fast. 12 agreements were signed."),
            (Sentences{"It grew fast.", "12 agreements were signed."}));
  EXPECT_EQ(split("See p. 12 of the text."), (Sentences{"See p. 12 of the text."}));
  EXPECT_EQ(split("Совещание прошло в Гомеле. 5-е совещание пройдёт в Минске."),
            (Sentences{"Совещание прошло в Гомеле.", "5-е совещание пройдёт в Минске."}));
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

// A figure's abbreviation (small letters, right after a number) may end a sentence: a
// capitalized word after it starts the next one, where a word in small letters or a code in
// capitals goes on with the figure.
TEST(Sentences, AFiguresAbbreviationEndsItsSentenceBeforeACapitalizedWord) {
  EXPECT_EQ(split("In 2021 trade was 2.9 bn. Last year it fell."),
            (Sentences{"In 2021 trade was 2.9 bn.", "Last year it fell."}));
  EXPECT_EQ(split("In 2021 trade was 2.9 bn. dollars and fell."),
            (Sentences{"In 2021 trade was 2.9 bn. dollars and fell."}));
  EXPECT_EQ(split("In 2021 trade was 2.9 bn. USD and fell."),
            (Sentences{"In 2021 trade was 2.9 bn. USD and fell."}));
  // Not after a number, or not in small letters: the abbreviation holds its sentence together.
  EXPECT_EQ(split("It was a bn. Trade fell."), (Sentences{"It was a bn. Trade fell."}));
  EXPECT_EQ(split("Talks with Dr. Smith ended."), (Sentences{"Talks with Dr. Smith ended."}));
  EXPECT_EQ(split("In 2021 the U.S. Treasury spoke."),
            (Sentences{"In 2021 the U.S. Treasury spoke."}));
}

TEST(Sentences, InitialsDoNotEndSentences) {
  EXPECT_EQ(
      split("Officials (R. Halouchanka, M. Snapkou, J. Chebatar) spoke. Then others."),
      (Sentences{"Officials (R. Halouchanka, M. Snapkou, J. Chebatar) spoke.", "Then others."}));
  // Initials of any script, several in a row, and a surname first with its initials after.
  EXPECT_EQ(split("Talks were led by Sh. Mirziyoyev. Then Kh. Saidov spoke."),
            (Sentences{"Talks were led by Sh. Mirziyoyev.", "Then Kh. Saidov spoke."}));
  EXPECT_EQ(split("Переговоры вёл Ш. Мирзиёев. Затем слово взял А. Г. Иванов."),
            (Sentences{"Переговоры вёл Ш. Мирзиёев.", "Затем слово взял А. Г. Иванов."}));
  EXPECT_EQ(split("Сустрэчу правёў Я. Кузняцоў, а не Ю. Пятровіч."),
            (Sentences{"Сустрэчу правёў Я. Кузняцоў, а не Ю. Пятровіч."}));
  EXPECT_EQ(
      split("The deal was signed by Petrov V. K. and by E. Horvath. It took effect."),
      (Sentences{"The deal was signed by Petrov V. K. and by E. Horvath.", "It took effect."}));
}

TEST(Sentences, AOneLetterSentenceEndStillEndsItsSentence) {
  // Before a function word a capital's period ends the sentence: a surname never reads so.
  EXPECT_EQ(split("The contract went to bidder B. Then the ministry objected."),
            (Sentences{"The contract went to bidder B.", "Then the ministry objected."}));
  EXPECT_EQ(split("It was filed as annex C. In March it was signed."),
            (Sentences{"It was filed as annex C.", "In March it was signed."}));
  // A capital's period before an acronym is no initial either.
  EXPECT_EQ(split("Trade moved to Category A. EU rules then applied."),
            (Sentences{"Trade moved to Category A.", "EU rules then applied."}));
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
