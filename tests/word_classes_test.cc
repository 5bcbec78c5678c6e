// Words that mean a rule's thing only in some constructions: a goal's noun only where a goal is
// set, a measure's word not as a compound's end, a state's "leader" only after a state, a
// region's word never a body's. In-memory and fixture rules, not the product's vocabulary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

Extraction extract_with(const RuleSet& rules, const std::string& text) {
  EXPECT_TRUE(rules.valid()) << rules.status().to_string();
  Source meta;
  meta.id = "w";
  meta.published = PartialDate::parse("2025-03");
  Document d = ingest_bytes("w.txt", text, meta, rules);
  return extract(d, rules);
}

const Claim* first_amount(const Extraction& e) {
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kAmount) return &c;
  }
  return nullptr;
}

// A goal's noun sets a target only in the construction that sets one; "task force" and
// "objective data" state facts.
TEST(WordClasses, AGoalsNounSetsATargetOnlyWhereAGoalIsSet) {
  auto modality = [](const std::string& text) {
    const Extraction e = extract_with(fixture_rules(), text);
    const Claim* a = first_amount(e);
    EXPECT_NE(a, nullptr) << text;
    return a ? a->modality : Modality::kAsserted;
  };
  EXPECT_EQ(modality("The government set the task of bringing trade with Belarus to $2 billion."),
            Modality::kTarget);
  EXPECT_EQ(modality("Our task is to lift trade with China to $3 billion a year."),
            Modality::kTarget);
  EXPECT_EQ(modality("Ministers set an objective of $5 billion in trade with Russia."),
            Modality::kTarget);
  EXPECT_EQ(modality("The leaders gave the ministry a hard task: $4 billion of trade with China."),
            Modality::kTarget);
  EXPECT_EQ(modality("The agency was tasked with lifting trade with Russia to $6 billion."),
            Modality::kTarget);
  // Look-alikes: the nouns in other senses.
  EXPECT_EQ(modality("The joint task force found that trade with Belarus reached $1.4 billion in "
                     "2023."),
            Modality::kAsserted);
  EXPECT_EQ(modality("Objective figures show trade with China reached $2.2 billion in 2023."),
            Modality::kAsserted);
}

// A measure's word that ends a hyphenated compound names another thing: no trade figure.
TEST(WordClasses, AMeasuresWordEndingACompoundIsNotTheMeasure) {
  auto attribute = [](const std::string& text) {
    const Extraction e = extract_with(fixture_rules(), text);
    const Claim* a = first_amount(e);
    EXPECT_NE(a, nullptr) << text;
    return a ? a->attribute.str() : std::string();
  };
  EXPECT_NE(attribute("E-commerce between Belarus and China reached $400 million in 2023."),
            "trade.turnover");
  EXPECT_NE(attribute("In 2023 cross-border e-commerce with Russia came to $90 million."),
            "trade.turnover");
  // The word alone, and a compound before it, still name it.
  EXPECT_EQ(attribute("Commerce between Belarus and China reached $8 billion in 2023."),
            "trade.turnover");
  EXPECT_EQ(attribute("Cross-border commerce between Belarus and China reached $8 billion in "
                      "2023."),
            "trade.turnover");
}

const RuleSet& people_rules() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"attributes.xml",
        "<attributes><attribute name=\"person.title\" kinds=\"label\" compare=\"none\"/>"
        "<attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\"/>"
        "<recognizer name=\"office\" attribute=\"office.holder\"/></attributes>"},
       {"entities.xml",
        "<entities><entity id=\"CN\" type=\"country\" name=\"China\"><alias>China</alias>"
        "<alias>Chinese</alias><alias>Китая</alias></entity>"
        "<entity id=\"KG\" type=\"country\" name=\"Kyrgyzstan\"><alias>Kyrgyzstan</alias>"
        "<alias>Kyrgyz</alias></entity></entities>"},
       {"modality.xml", "<modality><reporting phrase=\"said\"/></modality>"},
       {"labels.xml",
        "<labels><title-link word=\"of\"/><possessive ending=\"'s\"/>"
        "<title-modifier word=\"new\"/><list-article word=\"the\"/>"
        "<office-state phrase=\"китайский\" state=\"CN\"/>"
        "<title phrase=\"Leader\" after-state=\"yes\"/>"
        "<title phrase=\"Лидер\" name=\"leader\" after-state=\"yes\"/>"
        "<title phrase=\"Governor\"/><body-head phrase=\"institute\"/>"
        "<region-head phrase=\"region\"/><region-head phrase=\"province\"/></labels>"}});
  return r;
}

std::vector<std::string> people_in(const std::string& text) {
  std::vector<std::string> out;
  for (const Mention& m : extract_with(people_rules(), text).mentions) {
    if (m.type == EntityType::kPerson) out.push_back(m.canonical.str());
  }
  return out;
}

std::vector<std::string> bodies_in(const std::string& text) {
  std::vector<std::string> out;
  for (const Mention& m : extract_with(people_rules(), text).mentions) {
    if (m.type == EntityType::kBody) out.push_back(m.canonical.str());
  }
  return out;
}

// "Leader" is a state's office only after the state; alone it heads firms and places too.
TEST(WordClasses, ALeaderIsAStatesOfficeOnlyAfterTheState) {
  EXPECT_EQ(people_in("The Kyrgyz leader Almaz Tokoev arrived on Monday.").size(), 1u);
  EXPECT_EQ(people_in("Kyrgyzstan's new leader Almaz Tokoev arrived on Monday.").size(), 1u);
  EXPECT_EQ(people_in("Вчера китайский лидер Ли Вэй прибыл в столицу.").size(), 1u);
  // Look-alikes: a firm and a place after the word.
  EXPECT_TRUE(people_in("Market leader Zolotex said its exports rose.").empty());
  EXPECT_TRUE(people_in("Kyrgyzstan remains the regional leader Eurasia analysts watch.").empty());
  EXPECT_TRUE(people_in("Отраслевой лидер Полесье Стекло увеличил продажи.").empty());
}

// A region's word makes no body of the name before it; a body's word still does.
TEST(WordClasses, ARegionsWordMakesNoBody) {
  EXPECT_TRUE(bodies_in("Exports from the Ozersk region grew fast.").empty());
  EXPECT_TRUE(bodies_in("Farms in the Lakeland province sold more grain.").empty());
  EXPECT_EQ(bodies_in("Engineers of the Ozersk institute built it."),
            std::vector<std::string>{"ozersk"});
}

}  // namespace
}  // namespace claimtrace
