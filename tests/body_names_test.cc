// Bodies named by a proper name of their own: quoted after a body's word or a legal form, set
// beside an English body's noun, and the same name spelled in two scripts. In-memory rules, not
// the product's vocabulary; every sentence is invented.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/rules.h"
#include "claimtrace/verify.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

RuleSet rules() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"entities.xml",
        "<entities><entity id=\"BY\" type=\"country\" name=\"Belarus\"><alias>Belarus</alias>"
        "<alias>Minsk</alias></entity><entity id=\"CN\" type=\"country\" name=\"China\">"
        "<alias>China</alias><alias>Chinese</alias></entity></entities>"},
       {"labels.xml",
        "<labels><title-link word=\"of\"/><title-link word=\"the\"/><list-article word=\"the\"/>"
        "<title phrase=\"Chairman\"/><title phrase=\"Head\"/>"
        "<body-head phrase=\"concern\"/><body-head phrase=\"company\"/>"
        "<body-head phrase=\"plant\"/><body-head phrase=\"fund\"/><body-head phrase=\"bank\"/>"
        "<body-head phrase=\"концерн\"/></labels>"}});
  return r;
}

VerifiedTexts run(const std::vector<std::pair<std::string, std::string>>& texts) {
  return verify_texts(rules(), texts);
}

std::vector<std::string> bodies_in(const std::string& text) {
  std::vector<std::string> out;
  const VerifiedTexts c = run({{"2025-01", text}});
  for (const Mention& m : c.extractions[0].mentions) {
    if (m.type == EntityType::kBody) out.push_back(m.surface + "=" + m.canonical.str());
  }
  return out;
}

TEST(BodyNames, AQuotedNameAfterABodysWordOrALegalForm) {
  EXPECT_EQ(bodies_in("Контракт получило ОАО «Белнефтехим» в мае."),
            std::vector<std::string>{"Белнефтехим=белнефтехим"});
  EXPECT_EQ(bodies_in("Завод построил концерн «Белресурсы», сообщили в министерстве."),
            std::vector<std::string>{"Белресурсы=белресурсы"});
  EXPECT_EQ(bodies_in("The order went to JSC \"Belarusneft\" last year."),
            std::vector<std::string>{"Belarusneft=belarusneft"});
}

// Named again later in the document, in another case, it is the same body.
TEST(BodyNames, AQuotedNameAgainInAnotherCase) {
  EXPECT_EQ(bodies_in("ЗАО «Атлантис» выпускает холодильники. Продукция «Атлантиса» идёт на "
                      "экспорт."),
            (std::vector<std::string>{"Атлантис=атлантис", "Атлантиса=атлантис"}));
}

TEST(BodyNames, AQuotedPhraseWithoutABodysWordIsNoBody) {
  EXPECT_TRUE(bodies_in("Он назвал это «Большой сделкой» в интервью.").empty());
  EXPECT_TRUE(bodies_in("Министр назвал проект «Мостом» дружбы.").empty());
}

TEST(BodyNames, AnEnglishNameBesideABodysNoun) {
  EXPECT_EQ(bodies_in("Belneftekhim, the Minsk oil concern, signed the deal."),
            std::vector<std::string>{"Belneftekhim=belneftekhim"});
  EXPECT_EQ(bodies_in("The deal went to the Naftan refining plant in May."),
            std::vector<std::string>{"Naftan=naftan"});
  EXPECT_EQ(bodies_in("Exports of Amkodor, the machinery company, grew."),
            std::vector<std::string>{"Amkodor=amkodor"});
}

TEST(BodyNames, NoBodyWhereTheNounIsATitlesOrTheNameAState) {
  EXPECT_TRUE(bodies_in("Petrov, the bank chairman, said nothing.").empty());
  EXPECT_TRUE(bodies_in("Ivanova, the head of the fund, said nothing.").empty());
  EXPECT_TRUE(bodies_in("Trade grew at the Minsk tractor plant in May.").empty());
  EXPECT_TRUE(bodies_in("Trade grew at the Chinese state company in May.").empty());
}

// One body's name in Latin and Cyrillic letters is one body; another body's name is not.
TEST(BodyNames, OneWordSpellingsAcrossScriptsAreOneBody) {
  VerifiedTexts c = run({{"2025-01", "Контракт получило ОАО «Белнефтехим» в мае."},
                         {"2025-02", "Belneftekhim, the state oil concern, signed it."},
                         {"2025-03", "Belarusneft, the oil company, signed it."}});
  const std::vector<const Discrepancy*> found = c.of(DiscrepancyKind::kNameVariant);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->evidence.size(), 2u);
  for (const Evidence& e : found[0]->evidence)
    EXPECT_EQ(e.quote.find("Belarusneft"), std::string::npos) << e.quote;
}

}  // namespace
}  // namespace claimtrace
