// The person index: every pair of names same_person accepts are key-mates (checked against
// every pair), and names that share only one word are not.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "claimtrace/rules.h"
#include "rule_data.h"
#include "verify/names.h"
#include "verify/person_index.h"

namespace claimtrace {
namespace {

// A few syllables of two systems, in memory: Chinese (Palladius) and Korean (Kontsevich).
const Transcriptions& systems() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"transcription-palladius.xml",
        "<transcription system=\"palladius\"><syllable cyrillic=\"се\" latin=\"xie\"/>"
        "<syllable cyrillic=\"сяо\" latin=\"xiao\"/><syllable cyrillic=\"юн\" latin=\"yong\"/>"
        "<syllable cyrillic=\"си\" latin=\"xi\"/><syllable cyrillic=\"цзинь\" latin=\"jin\"/>"
        "<syllable cyrillic=\"пин\" latin=\"ping\"/></transcription>"},
       {"transcription-kontsevich.xml",
        "<transcription system=\"kontsevich\"><syllable cyrillic=\"юн\" latin=\"yoon yun\"/>"
        "<syllable cyrillic=\"сок\" latin=\"sok suk seok\"/>"
        "<syllable cyrillic=\"ёль\" latin=\"yeol yol\"/></transcription>"}});
  EXPECT_TRUE(r.valid()) << r.status().message();
  return r.data().transcriptions;
}

// Names as the checks read them: spelling words, with the sides of a syllabic reading.
struct Read {
  std::vector<std::string> words;
  NameReading reading;
  std::vector<std::vector<std::string>> sides;
  PersonKeys keys() const {
    std::vector<const std::vector<std::string>*> all = {&words};
    for (const auto& side : sides) all.push_back(&side);
    return PersonKeys::of(all);
  }
};

Read read(const std::string& name) {
  Read r;
  r.words = spelling_words(name);
  r.reading = syllabic_reading(systems(), name);
  r.sides = reading_sides(r.reading);
  return r;
}

const std::vector<std::string> kNames = {"Shavkat Mirziyoyev",
                                         "Mirziyoev",
                                         "Shavkat Mirzieev",
                                         "Mirziyoyeva",
                                         "Zandanshatar Gombojav",
                                         "Gombojavyn Zandanshatar",
                                         "Luvsannamsrain Oyun-Erdene",
                                         "Oyuun-Erdene",
                                         "Zhang Wenchuan",
                                         "Zhang Wenchuang",
                                         "Wang Wenchuan",
                                         "Zhang Wei",
                                         "Wang Wei",
                                         "Xie Xiaoyong",
                                         "Се Сяоюн",
                                         "Си Цзиньпин",
                                         "Xi Jinping",
                                         "Юн Сок Ёль",
                                         "Yoon Suk Yeol",
                                         "Yun Seok Yeol",
                                         "Alexander Lukashenko",
                                         "Viktor Lukashenko",
                                         "Lukashenka",
                                         "Aleksandr Grigoryevich Lukashenko",
                                         "Kassym-Jomart Tokayev",
                                         "Tokaev",
                                         "Kasym Tokayev",
                                         "Cui Qiming",
                                         "Tsui Tsiming",
                                         "Recep Tayyip Erdogan",
                                         "Erdoğan",
                                         "Реджеп Эрдоган",
                                         "Ivanov",
                                         "Ivanova",
                                         "Petr Ivanov",
                                         "Pyotr Ivanov"};

TEST(PersonIndex, EveryPairSamePersonAcceptsIsAKeyMate) {
  std::vector<Read> names;
  std::vector<PersonKeys> keys;
  PersonIndex index;
  for (const std::string& n : kNames) {
    names.push_back(read(n));
    keys.push_back(names.back().keys());
    index.add(keys.back());
  }
  index.seal();
  size_t pairs = 0;
  for (size_t i = 0; i < names.size(); ++i) {
    const std::vector<size_t> mates = index.candidates(keys[i]);
    EXPECT_TRUE(std::is_sorted(mates.begin(), mates.end()));
    for (size_t j = 0; j < names.size(); ++j) {
      const Read &a = names[i], &b = names[j];
      const bool same = same_person(a.words, b.words) ||
                        (!a.reading.empty() && same_person_read(a.reading, b.words)) ||
                        (!b.reading.empty() && same_person_read(b.reading, a.words));
      if (!same) continue;
      if (i != j) ++pairs;
      EXPECT_TRUE(std::binary_search(mates.begin(), mates.end(), j))
          << kNames[i] << " / " << kNames[j];
    }
  }
  // The list holds real variants, so the check above is not vacuous.
  EXPECT_GE(pairs, 20u);
}

TEST(PersonIndex, NamesSharingOneWordOnlyAreNotKeyMates) {
  const std::vector<std::string> list = {"Zhang Wei", "Wang Wei", "Zhang Li", "Wang Wenchuan"};
  std::vector<Read> names;
  std::vector<PersonKeys> keys;
  PersonIndex index;
  for (const std::string& n : list) {
    names.push_back(read(n));
    keys.push_back(names.back().keys());
    index.add(keys.back());
  }
  index.seal();
  for (size_t i = 0; i < list.size(); ++i)
    EXPECT_EQ(index.candidates(keys[i]), std::vector<size_t>{i}) << list[i];
  // A surname alone meets every full name it may stand for.
  const Read alone = read("Wei");
  EXPECT_EQ(index.candidates(alone.keys()), (std::vector<size_t>{0, 1}));
}

}  // namespace
}  // namespace claimtrace
