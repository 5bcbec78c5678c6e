// Names in Cyrillic by syllabic transcriptions (rules/transcription-*.xml) read back into their
// Latin spellings, with in-memory tables, not the product's: the loader's errors, the reader's
// guards (every word a sequence of syllables, case endings), and same_person over readings.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimtrace/rules.h"
#include "rule_data.h"
#include "verify/names.h"

namespace claimtrace {
namespace {

RuleSet load(const std::vector<std::pair<std::string, std::string>>& tables) {
  std::vector<std::pair<std::string, std::string>> files = {{"abbreviations.txt", "Dr.\n"}};
  files.insert(files.end(), tables.begin(), tables.end());
  return RuleSet::from_files(files);
}

// A few syllables of each system: enough for the names below, and no more.
const Transcriptions& systems() {
  static const RuleSet r = load(
      {{"transcription-palladius.xml",
        "<transcription system=\"palladius\"><ending ending=\"а\"/>"
        "<syllable cyrillic=\"си\" latin=\"xi\"/><syllable cyrillic=\"цзинь\" latin=\"jin\"/>"
        "<syllable cyrillic=\"пин\" latin=\"ping\"/><syllable cyrillic=\"чжан\" latin=\"zhang\"/>"
        "<syllable cyrillic=\"сяо\" latin=\"xiao\"/><syllable cyrillic=\"ли\" latin=\"li\"/>"
        "<syllable cyrillic=\"цян\" latin=\"qiang\"/></transcription>"},
       {"transcription-polivanov.xml",
        "<transcription system=\"polivanov\"><ending ending=\"ы\" base=\"а\"/>"
        "<syllable cyrillic=\"ки\" latin=\"ki\"/><syllable cyrillic=\"си\" latin=\"shi\"/>"
        "<syllable cyrillic=\"да\" latin=\"da\"/><syllable cyrillic=\"фу\" latin=\"fu\"/>"
        "<syllable cyrillic=\"ми\" latin=\"mi\"/><syllable cyrillic=\"о\" latin=\"o\"/>"
        "</transcription>"},
       {"transcription-kontsevich.xml",
        "<transcription system=\"kontsevich\">"
        "<ending ending=\"ем\" base=\"ь\"/>"
        "<syllable cyrillic=\"ким\" latin=\"kim\"/><syllable cyrillic=\"юн\" latin=\"yoon yun\"/>"
        "<syllable cyrillic=\"чен\" latin=\"jong jeong\"/>"
        "<initial cyrillic=\"с\" latin=\"s\"/><initial cyrillic=\"чж\" latin=\"j\"/>"
        "<initial cyrillic=\"п\" latin=\"p b\"/><initial cyrillic=\"х\" latin=\"h\"/>"
        "<final cyrillic=\"ок\" latin=\"ok eok uk\"/><final cyrillic=\"ёль\" latin=\"yeol yol\"/>"
        "<final cyrillic=\"ын\" latin=\"eun un\"/><final cyrillic=\"ин\" latin=\"in\"/>"
        "<final cyrillic=\"ё\" latin=\"yeo yo\"/></transcription>"}});
  EXPECT_TRUE(r.valid()) << r.status().message();
  return r.data().transcriptions;
}

bool same(const std::string& cyrillic, const std::string& latin) {
  const NameReading r = syllabic_reading(systems(), cyrillic);
  return !r.empty() && same_person_read(r, spelling_words(latin));
}

TEST(Transcriptions, NamesReadBackIntoTheirLatinSpellings) {
  EXPECT_TRUE(same("Си Цзиньпин", "Xi Jinping"));
  EXPECT_TRUE(same("Си Цзиньпина", "Xi Jinping"));     // a case of the name
  EXPECT_TRUE(same("Кисида Фумио", "Fumio Kishida"));  // surname first
  EXPECT_TRUE(same("Кисиды", "Kishida"));
  EXPECT_TRUE(same("Юн Сок Ёль", "Yoon Suk Yeol"));
  EXPECT_TRUE(same("Юн Сок Ёлем", "Yoon Suk Yeol"));
  EXPECT_TRUE(same("Ким Чен Ын", "Kim Jong Un"));
  EXPECT_TRUE(same_person_written(systems(), "Чжан Сяо", "Zhang Xiao"));
  EXPECT_TRUE(same_person_written(systems(), "Ли Цян", "Li Qiang"));
  // A hyphenated given name meets its reading as one word.
  EXPECT_TRUE(same_person_written(systems(), "Си Цзиньпин", "Xi Jin-ping"));
  EXPECT_TRUE(same_person_written(systems(), "Zhang Xiao-li", "Чжан Сяоли"));
  EXPECT_FALSE(same_person_written(systems(), "Zhang Xiao-li", "Чжан Сяо"));
}

TEST(Transcriptions, OnlyNamesMadeOfTheTablesSyllablesAreRead) {
  EXPECT_TRUE(syllabic_reading(systems(), "Иванов").empty());
  EXPECT_TRUE(syllabic_reading(systems(), "Ким Иванов").empty());   // one word is no syllables
  EXPECT_TRUE(syllabic_reading(systems(), "Kim Jong Un").empty());  // no Cyrillic
  EXPECT_TRUE(syllabic_reading({}, "Си Цзиньпин").empty());         // no tables
  const NameReading r = syllabic_reading(systems(), "Юн");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], (std::vector<std::string>{"yoon", "yun"}));
}

TEST(Transcriptions, PeopleSharingASurnameAreNotJoined) {
  EXPECT_FALSE(same("Ким Чен Ын", "Kim Jin-pyo"));
  EXPECT_FALSE(same("Ким Чен Ын", "Kim Yo Jong"));
  EXPECT_FALSE(same_person_written(systems(), "Чжан Сяо", "Zhang Wenchuan"));
  EXPECT_FALSE(same_person_written(systems(), "Ли Цян", "Li Keqiang"));
}

TEST(Transcriptions, ReadingSidesKeyEveryCombination) {
  const NameReading r = {{"kim"}, {"zong", "zeong"}, {"un", "eun"}};
  const std::vector<std::vector<std::string>> sides = reading_sides(r);
  EXPECT_EQ(sides.size(), 6u);  // two last words, each with the three earlier alternatives
  EXPECT_EQ(sides.front(), (std::vector<std::string>{"kim", "un"}));
}

TEST(Transcriptions, ATableIsCheckedWhenLoaded) {
  auto error = [](const std::string& xml) {
    const RuleSet r = load({{"transcription-x.xml", xml}});
    return r.valid() ? std::string() : r.status().message();
  };
  EXPECT_EQ(error("<transcription system=\"x\"><syllable cyrillic=\"си\" latin=\"shi\"/>"
                  "</transcription>"),
            "");
  EXPECT_NE(error("<transcription><syllable cyrillic=\"си\" latin=\"shi\"/></transcription>"), "");
  EXPECT_NE(error("<transcription system=\"x\"><syllable cyrillic=\"Си\" latin=\"shi\"/>"
                  "</transcription>"),
            "");
  EXPECT_NE(error("<transcription system=\"x\"><syllable cyrillic=\"си\" latin=\"Shi\"/>"
                  "</transcription>"),
            "");
  EXPECT_NE(error("<transcription system=\"x\"><syllable cyrillic=\"си\" latin=\"shi\"/>"
                  "<syllable cyrillic=\"си\" latin=\"si\"/></transcription>"),
            "");
  EXPECT_NE(error("<transcription system=\"x\"><vowel cyrillic=\"а\" latin=\"a\"/>"
                  "</transcription>"),
            "");
  const RuleSet bad = load({{"transcription-x.xml",
                             "<transcription system=\"x\">"
                             "<syllable cyrillic=\"си\" latin=\"\"/>"
                             "</transcription>"}});
  ASSERT_FALSE(bad.valid());
  EXPECT_EQ(bad.status().where().file, "transcription-x.xml");
}

}  // namespace
}  // namespace claimtrace
