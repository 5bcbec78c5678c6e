// Stemmer: Russian and Belarusian inflections fold to one stem; Belarusian letters are spelt the
// Russian way first ("і" as "и", "ў" as "у"), so the Russian endings strip.
#include "stemmer.h"

#include <gtest/gtest.h>

#include <string>

namespace claimtrace {
namespace {

std::string stem_of(Stemmer& s, const std::string& word) { return std::string(s.stem(word)); }

TEST(Stemmer, BelarusianCasesOfOneNounShareAStem) {
  auto be = Stemmer::for_language("be");
  ASSERT_NE(be, nullptr);
  // "і" is the Russian "и" to the Russian endings; spelt any other way the endings stay.
  EXPECT_EQ(stem_of(*be, "кампаніі"), stem_of(*be, "кампанія"));
  EXPECT_EQ(stem_of(*be, "кампаній"), stem_of(*be, "кампанія"));
  EXPECT_EQ(stem_of(*be, "краіны"), stem_of(*be, "краіна"));
}

TEST(Stemmer, BelarusianStemsKeepTheirLetters) {
  auto be = Stemmer::for_language("be");
  ASSERT_NE(be, nullptr);
  // A word with no "ш" has none in its stem ("і" once came out as "ш").
  for (const std::string word : {"кампаніі", "інвестыцыі", "дзесяці", "трыццаці"}) {
    const std::string stem = stem_of(*be, word);
    EXPECT_EQ(stem.find("ш"), std::string::npos) << word << " -> " << stem;
    EXPECT_LE(stem.size(), word.size());
  }
}

TEST(Stemmer, RussianCasesShareAStemAndLatinWordsPassThrough) {
  auto ru = Stemmer::for_language("ru");
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(stem_of(*ru, "соглашения"), stem_of(*ru, "соглашение"));
  EXPECT_EQ(stem_of(*ru, "trade"), "trade");
  EXPECT_EQ(Stemmer::for_language("en"), nullptr);
}

}  // namespace
}  // namespace claimtrace
