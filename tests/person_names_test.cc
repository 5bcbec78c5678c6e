// People who were no mentions and spellings that did not meet: hyphenated given names, a
// surname read as an acronym, a holder after a title's complement, a speaker set off from the
// verb by a clause, and spellings of one name a letter apart in each script. In-memory rules,
// not the product's vocabulary; every sentence is invented.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/rules.h"
#include "claimtrace/verify.h"
#include "test_corpus.h"
#include "verify/names.h"

namespace claimtrace {
namespace {

RuleSet rules() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"attributes.xml",
        "<attributes><attribute name=\"person.title\" kinds=\"label\" compare=\"none\"/>"
        "<attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\"/>"
        "<recognizer name=\"office\" attribute=\"office.holder\"/></attributes>"},
       {"entities.xml",
        "<entities><entity id=\"GE\" type=\"country\" name=\"Georgia\"><alias>Georgia</alias>"
        "<alias>Грузии</alias></entity>"
        "<entity id=\"un\" type=\"organization\" name=\"United Nations\"><alias>UN</alias>"
        "</entity></entities>"},
       {"modality.xml",
        "<modality><reporting phrase=\"said\"/><reporting phrase=\"told\"/>"
        "<reporting phrase=\"заявила\"/><reporting phrase=\"сказал\"/>"
        "</modality>"},
       {"labels.ru.xml", "<labels><body-head phrase=\"банк\"/></labels>"},
       {"labels.xml",
        "<labels><title-link word=\"of\"/><title-link word=\"the\"/>"
        "<list-separator phrase=\",\"/><list-separator phrase=\"and\"/>"
        "<body-head phrase=\"Fund\"/><body-head phrase=\"Ministry\"/>"
        "<body-head phrase=\"region\"/>"
        "<title phrase=\"President\"/><title phrase=\"Minister\"/><title phrase=\"Akim\"/>"
        "<title phrase=\"Governor\"/><title phrase=\"Президент\" name=\"president\"/>"
        "<title phrase=\"Глава\" name=\"head\"/>"
        "<tenure phrase=\"has led\" event=\"start\" since=\"yes\"/></labels>"}});
  return r;
}

VerifiedTexts run(const std::vector<std::pair<std::string, std::string>>& texts) {
  return verify_texts(rules(), texts);
}

std::vector<std::string> people(const Extraction& e) {
  std::vector<std::string> out;
  for (const Mention& m : e.mentions) {
    if (m.type == EntityType::kPerson) out.push_back(m.surface);
  }
  return out;
}

std::vector<std::string> people_in(const std::string& text) {
  return people(run({{"2025-01", text}}).extractions[0]);
}

size_t offices(const Extraction& e) {
  size_t n = 0;
  for (const Claim& c : e.claims) n += c.attribute == "office.holder";
  return n;
}

// A romanized Korean given name keeps its syllable after the hyphen, wherever the name stands.
TEST(PersonNames, AHyphenatedGivenNameIsOneWordOfTheName) {
  EXPECT_EQ(people_in("Lee Jae-myung said the talks went well."),
            std::vector<std::string>{"Lee Jae-myung"});
  EXPECT_EQ(people_in("The summit was opened by President Moon Jae-in on Monday."),
            std::vector<std::string>{"Moon Jae-in"});
  EXPECT_EQ(people_in("The plan is sound, told Ban Ki-moon to the press."),
            std::vector<std::string>{"Ban Ki-moon"});
}

TEST(PersonNames, ACompoundAfterAHyphenIsNoGivenName) {
  // A long word after the hyphen, and a short one the rules know, make a compound.
  EXPECT_EQ(people_in("President Anna Kowalska-controlled firms grew."),
            std::vector<std::string>{"Anna Kowalska"});
  EXPECT_EQ(people_in("President Anna Kowalska-led firms grew."),
            std::vector<std::string>{"Anna Kowalska"});
}

// A surname in Cyrillic whose letters fold to an acronym is a name; the acronym in capitals is
// still the body.
TEST(PersonNames, ASurnameThatFoldsToAnAcronymIsAName) {
  EXPECT_EQ(people_in("Президент Юн Сок Ёль посетил выставку."),
            std::vector<std::string>{"Юн Сок Ёль"});
  EXPECT_EQ(people_in("Юн Сок Ёль сказал, что торговля растёт."),
            std::vector<std::string>{"Юн Сок Ёль"});
  const VerifiedTexts c = run({{"2025-01", "Об этом сообщили в ЮН и у Юн Хе Ми."}});
  std::vector<std::string> bodies;
  for (const Mention& m : c.extractions[0].mentions) {
    if (!m.entity.empty()) bodies.push_back(m.surface + "=" + m.entity);
  }
  EXPECT_EQ(bodies, std::vector<std::string>{"ЮН=un"});
}

// A holder named after the title's complement: a coordinated body, a body and a state in
// another language, a region set off by commas. The office is more than the title, so no
// holder claim.
TEST(PersonNames, AHolderAfterTheTitlesComplement) {
  VerifiedTexts c = run({{"2025-01", "Minister of Trade and Industry Anna Kowalska opened it."}});
  EXPECT_EQ(people(c.extractions[0]), std::vector<std::string>{"Anna Kowalska"});
  EXPECT_EQ(offices(c.extractions[0]), 0u);
  EXPECT_EQ(people_in("Вчера глава Национального банка Грузии Ирина Соколова выступила."),
            std::vector<std::string>{"Ирина Соколова"});
  EXPECT_EQ(people_in("On Monday the akim of Almaty region, Yerbol Dosayev, visited the plant."),
            std::vector<std::string>{"Yerbol Dosayev"});
}

TEST(PersonNames, NoHolderWhereTheComplementEndsInAVerbOrACoordinatedName) {
  EXPECT_TRUE(people_in("The Minister of Trade thanked Anna Kowalska on Monday.").empty());
  EXPECT_TRUE(people_in("The Governor of Almaty region and Ivan Petrov met on Monday.").empty());
  EXPECT_TRUE(people_in("The Minister of Trade and Ivan Petrov met on Monday.").empty());
}

// A speaker set off from the reporting verb by a relative clause or an apposition.
TEST(PersonNames, ASpeakerBeforeAClauseSetOffByCommas) {
  EXPECT_EQ(people_in("Anna Kowalska, who heads the fund, said the plan was ready."),
            std::vector<std::string>{"Anna Kowalska"});
  EXPECT_EQ(people_in("In May, Ivan Petrov, a Minsk-based banker, told reporters of a deal."),
            std::vector<std::string>{"Ivan Petrov"});
  EXPECT_EQ(people_in("Ирина Соколова, глава фонда, заявила о сделке."),
            std::vector<std::string>{"Ирина Соколова"});
}

TEST(PersonNames, NoSpeakerWhereTheSetOffClauseFollowsABodyOrAFigure) {
  EXPECT_TRUE(people_in("The Ministry of Trade, which runs the fund, said it would.").empty());
  EXPECT_TRUE(people_in("In 2024, trade grew by 5 percent, officials said.").empty());
}

// Two spellings a letter apart in each of two scripts are one person: each spelling meets its
// own transliteration, though not the other's.
TEST(PersonNames, SpellingsALetterApartInEachScriptAreOneGroup) {
  VerifiedTexts c = run({{"2025-01", "Governor Oleg Sosnovy said trade grew."},
                         {"2025-02", "Governor Oleg Sosnoty said trade grew."},
                         {"2025-03", "Губернатор Олег Сосновый сказал, что торговля растёт."},
                         {"2025-04", "Губернатор Олег Соснотый сказал, что торговля растёт."}});
  const std::vector<const Discrepancy*> found = c.of(DiscrepancyKind::kNameVariant);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->evidence.size(), 4u);
}

// A father and a son share a surname: a spelling between them joins neither to the other.
TEST(PersonNames, ASharedSurnameWithAnotherGivenNameStaysApart) {
  VerifiedTexts c = run({{"2025-01", "Governor Gurban Mamedov said trade grew."},
                         {"2025-02", "Governor Serdar Mamedov said trade grew."},
                         {"2025-03", "Governor Serdar Mammedov said trade grew."}});
  const std::vector<const Discrepancy*> found = c.of(DiscrepancyKind::kNameVariant);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->evidence.size(), 2u);
  for (const Evidence& e : found[0]->evidence) EXPECT_EQ(e.quote.find("Gurban"), std::string::npos);
}

// A transliteration habit: a final "d" read as "t" ("Muhammed" / "Мухамет").
TEST(PersonNames, AFinalDIsAT) {
  auto same = [](const std::string& a, const std::string& b) {
    return same_person(spelling_words(a), spelling_words(b));
  };
  EXPECT_TRUE(same("Muhammed Orazov", "Мухамет Оразов"));
  EXPECT_TRUE(same("Ahmad Karimov", "Ахмет Каримов"));
  EXPECT_FALSE(same("Ahmad Karimov", "Ахмет Каримова"));
  EXPECT_FALSE(same("Ahmad Karimov", "Ахмед Рахимов"));
  EXPECT_FALSE(same("Mahmud Orazov", "Махмуд Оразова"));
}

}  // namespace
}  // namespace claimtrace
