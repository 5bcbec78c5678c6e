// A clause that sets another partner against the relation of the clause before ("X's trade with
// Y was $A, and with Z it was $B"; "а с Z — B"): its figure is the owner's with Z, or nobody's
// when the owner cannot be told, never a rival of X–Y. Fixture rules written here.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/verify.h"
#include "rule_data.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

const char* kStates =
    "<states><gazetteer languages=\"en ru\"/>"
    "<between word=\"between\"/><between word=\"между\"/>"
    "<joiner word=\"and\"/><joiner word=\"и\"/>"
    "<partner word=\"with\"/><partner word=\"to\"/><partner word=\"from\"/>"
    "<partner word=\"в\"/><partner word=\"с\"/><into word=\"в\"/><into word=\"to\"/>"
    "<out-of word=\"from\"/><dash word=\"-\"/><dash word=\"—\"/><skip word=\"the\"/>"
    "<flow attribute=\"trade.exports\" direction=\"out\"/>"
    "<flow attribute=\"trade.imports\" direction=\"in\" as=\"trade.exports\"/>"
    "</states>";

const std::vector<std::pair<std::string, std::string>> kRussian = {
    {"numbers.ru.xml",
     "<numbers lang=\"ru\" decimal=\",\"><multiplier word=\"млрд\" value=\"1e9\"/></numbers>"},
    {"time.ru.xml",
     "<time lang=\"ru\"><year-preposition word=\"в\"/>"
     "<relative-year phrase=\"в прошлом году\" offset=\"-1\"/></time>"},
    {"modality.ru.xml", "<modality lang=\"ru\"><clause phrase=\"а\"/></modality>"},
    {"quantities.ru.xml",
     "<quantities lang=\"ru\"><currency code=\"USD\" phrase=\"доллар США\"/></quantities>"},
    {"attributes.ru.xml",
     "<attributes lang=\"ru\"><attribute name=\"trade.turnover\">"
     "<trigger phrase=\"товарооборот\"/></attribute></attributes>"},
};

const RuleSet& rules() {
  static RuleSet r = fixture_rules_with(kStates, kRussian);
  return r;
}

struct Outcome {
  Extraction extraction;
  Verification v;

  // "subject attribute" of each amount, in order.
  std::vector<std::string> amounts() const {
    std::vector<std::string> out;
    for (const Claim& c : extraction.claims) {
      if (c.kind == ClaimKind::kAmount) out.push_back(c.subject.text() + " " + c.attribute);
    }
    return out;
  }
  bool conflicting() const {
    for (const Discrepancy& d : v.discrepancies) {
      if (d.kind == DiscrepancyKind::kValueConflict) return true;
    }
    return false;
  }
};

// One document published in March 2025, extracted and verified alone.
Outcome run(const std::string& text) {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Source meta;
  meta.id = "d1";
  meta.published = PartialDate::parse("2025-03");
  std::vector<Document> docs{ingest_bytes("d1.txt", text, meta, rules())};
  std::vector<Extraction> extractions{extract(docs[0], rules())};
  ClaimGraph graph = ClaimGraph::build(docs, extractions, rules());
  Outcome out;
  out.v = verify(docs, extractions, rules(), graph);
  out.extraction = std::move(extractions[0]);
  return out;
}

TEST(Contrast, AnotherPartnerInTheNextClauseIsTheOwnersTradeWithIt) {
  const Outcome r =
      run("Kazakhstan's trade with China was $41 billion in 2023, and with Russia it was "
          "$28 billion.");
  EXPECT_EQ(r.amounts(),
            (std::vector<std::string>{"CN-KZ trade.turnover", "KZ-RU trade.turnover"}));
  EXPECT_FALSE(r.conflicting());
}

TEST(Contrast, AFlowKeepsItsWayToTheNewPartner) {
  EXPECT_EQ(
      run("Kazakhstan's exports to China were $15 billion in 2023, and those to Russia were "
          "$9 billion.")
          .amounts(),
      (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN", "KZ-RU trade.exports.KZ_to_RU"}));
  // An incoming flow comes from the new partner.
  EXPECT_EQ(
      run("China's imports from Kazakhstan were $20 billion in 2023, and those from Russia "
          "were $129 billion.")
          .amounts(),
      (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN", "CN-RU trade.exports.RU_to_CN"}));
}

TEST(Contrast, RussianPartnerAfterTheDash) {
  const Outcome r =
      run("Товарооборот Казахстана с Китаем в 2023 году составил 41 млрд долларов США, а с "
          "Россией — 28 млрд долларов США.");
  EXPECT_EQ(r.amounts(),
            (std::vector<std::string>{"CN-KZ trade.turnover", "KZ-RU trade.turnover"}));
  EXPECT_FALSE(r.conflicting());
}

// A clause of nothing but a date and a bare figure goes on with the amount before it, in its
// currency.
TEST(Contrast, ABareFigureOfAnotherYearIsTheSameMeasure) {
  EXPECT_EQ(run("Товарооборот Казахстана с Китаем в 2023 году составил 41 млрд долларов США, а в "
                "2022 году — 31 млрд.")
                .amounts(),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.turnover"}));
}

// "Between X and Y" names no owner to carry over, nor does a possessive of the other party:
// the figure is nobody's, never X–Y's.
TEST(Contrast, NoOwnerToCarryLeavesTheFigureWithoutSubject) {
  for (const char* text :
       {"Trade between Kazakhstan and China was $41 billion in 2023, and with Russia it was "
        "$28 billion.",
        "Kazakhstan's trade with China was $41 billion in 2023, and Russia's was $28 billion."}) {
    const Outcome r = run(text);
    ASSERT_EQ(r.amounts().size(), 2u) << text;
    EXPECT_EQ(r.amounts()[0], "CN-KZ trade.turnover") << text;
    EXPECT_EQ(r.amounts()[1], " trade.turnover") << text;
    EXPECT_FALSE(r.conflicting()) << text;
  }
}

// A relative clause naming a third state is about the party before it, and a source named in
// the next clause ("according to the Russian embassy") is who says it: the figure stays the
// relation's.
TEST(Contrast, ARelativeClauseOrASourceIsNoContrast) {
  EXPECT_EQ(run("Kazakhstan's trade with China, which is also Russia's largest partner, reached "
                "$41 billion in 2023.")
                .amounts(),
            (std::vector<std::string>{"CN-KZ trade.turnover"}));
  EXPECT_EQ(run("Kazakhstan's trade with China was $41 billion in 2023, and according to the "
                "Russian Federation it was $43 billion.")
                .amounts(),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.turnover"}));
  // A partner word after a verb or a noun of the clause names no partner of the figure.
  const Outcome sent =
      run("Kazakhstan's trade with China was $41 billion in 2023, and data sent to Russia showed "
          "$43 billion.");
  ASSERT_EQ(sent.amounts().size(), 2u);
  EXPECT_EQ(sent.amounts()[1].find("RU"), std::string::npos) << sent.amounts()[1];
}

// A clause naming no other party goes on with the relation before it ("up from").
TEST(Contrast, AClauseNamingNoOtherPartyKeepsTheRelation) {
  EXPECT_EQ(run("Kazakhstan's trade with China reached $41 billion in 2023, up from $31 billion "
                "in 2022.")
                .amounts(),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.turnover"}));
}

// The relation a later clause states is that clause's: a figure before it takes its own
// clause's subject, here the pair the document named.
TEST(Contrast, ALaterClausesRelationIsNotTheFiguresBefore) {
  EXPECT_EQ(run("Kazakhstan's trade with China reached $41 billion in 2023. Bilateral trade fell "
                "to $39 billion in 2024, and Japan's trade with China rose.")
                .amounts(),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.turnover"}));
}

}  // namespace
}  // namespace claimtrace
