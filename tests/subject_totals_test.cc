// Whose figure it is: a state's total with every partner, a third state named by its adjective
// (rules/adjectives.*.xml), a group or a part of a state beside the document's pair are never
// the pair's figure. Fixture rules with states, adjectives and Russian words written here.
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

using Files = std::vector<std::pair<std::string, std::string>>;

const char* kStates =
    "<states><gazetteer languages=\"en ru\"/>"
    "<between word=\"between\"/><between word=\"между\"/>"
    "<joiner word=\"and\"/><joiner word=\"и\"/>"
    "<partner word=\"with\"/><partner word=\"to\"/><partner word=\"в\"/><partner word=\"на\"/>"
    "<dash word=\"-\"/><skip word=\"the\"/><skip word=\"its\"/>"
    "<whole word=\"foreign\"/><whole word=\"целом\"/>"
    "<subdivision word=\"region\"/><subdivision word=\"область\"/>"
    "<flow attribute=\"trade.exports\" direction=\"out\"/>"
    "<flow attribute=\"trade.imports\" direction=\"in\" as=\"trade.exports\"/>"
    "</states>";

const Files kRussian = {
    {"numbers.ru.xml",
     "<numbers lang=\"ru\" decimal=\",\"><multiplier word=\"млрд\" value=\"1e9\"/>"
     "<multiplier word=\"млн\" value=\"1e6\"/></numbers>"},
    {"time.ru.xml", "<time lang=\"ru\"><year-preposition word=\"в\"/></time>"},
    {"quantities.ru.xml",
     "<quantities lang=\"ru\"><currency code=\"USD\" phrase=\"доллар США\"/></quantities>"},
    {"attributes.ru.xml",
     "<attributes lang=\"ru\"><attribute name=\"trade.turnover\">"
     "<trigger phrase=\"товарооборот\"/><trigger phrase=\"оборот\"/></attribute>"
     "<attribute name=\"trade.exports\"><trigger phrase=\"экспорт\"/>"
     "<trigger phrase=\"поставки\"/></attribute></attributes>"},
    {"adjectives.xml", "<adjectives/>"},
    {"adjectives.ru.xml",
     "<adjectives><adjective word=\"российский\" state=\"RU\"/>"
     "<adjective word=\"белорусский\" state=\"BY\"/><adjective word=\"белорусско\" state=\"BY\"/>"
     "<adjective word=\"туркменский\" state=\"TM\"/><head word=\"рынок\"/></adjectives>"},
};

const RuleSet& rules() {
  static RuleSet r = fixture_rules_with(kStates, kRussian);
  return r;
}

struct Outcome {
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
  Verification v;

  // The subject of the amount whose text is `value` ("" when none was found).
  std::string subject_of(double value) const {
    for (const Extraction& e : extractions) {
      for (const Claim& c : e.claims) {
        if (c.kind == ClaimKind::kAmount && c.value == value) return c.subject.text();
      }
    }
    return "?";
  }
};

// Each text is one document, published in March 2025.
Outcome run(const std::vector<std::string>& texts) {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Outcome out;
  for (size_t i = 0; i < texts.size(); ++i) {
    Source meta;
    meta.id = "d" + std::to_string(i + 1);
    meta.published = PartialDate::parse("2025-03");
    out.docs.push_back(ingest_bytes(meta.id + ".txt", texts[i], meta, rules()));
    out.extractions.push_back(extract(out.docs.back(), rules()));
  }
  ClaimGraph graph = ClaimGraph::build(out.docs, out.extractions, rules());
  out.v = verify(out.docs, out.extractions, rules(), graph);
  return out;
}

TEST(SubjectTotals, AnAdjectiveIsLoadedStemmedAndNeverAName) {
  const RuleData& ru = rules().profile("ru");
  EXPECT_FALSE(ru.relation.adjectives.empty());
  EXPECT_TRUE(rules().data().relation.adjectives.empty());  // English: none
  // An adjective of no known state is an error of the rules.
  RuleSet bad = fixture_rules_with(
      kStates,
      {{"adjectives.xml", "<adjectives><adjective word=\"x\" state=\"QQ\"/></adjectives>"}});
  EXPECT_FALSE(bad.valid());
}

// A third state named by its adjective where a market or trade word takes it: its figure is
// not the pair's, in a document on Belarus and Turkmenistan.
TEST(SubjectTotals, AThirdStatesAdjectiveBeforeAMarketWordIsThatState) {
  Outcome r =
      run({"Товарооборот между Беларусью и Туркменистаном в 2024 году составил 58 млн "
           "долларов США. Туркменские поставки на российский рынок в 2024 году составили "
           "700 млн долларов США. Белорусско-российский товарооборот в 2024 году составил "
           "50 млрд долларов США."});
  EXPECT_EQ(r.subject_of(58e6), "BY-TM");
  EXPECT_EQ(r.subject_of(700e6), "RU-TM");
  EXPECT_EQ(r.subject_of(50e9), "BY-RU");
  EXPECT_TRUE(r.v.discrepancies.empty());
}

// An adjective no trade word or head takes names no state: the figure stays the pair's.
TEST(SubjectTotals, AnAdjectiveNoTradeWordTakesNamesNoState) {
  Outcome r =
      run({"Товарооборот между Беларусью и Туркменистаном в 2024 году составил 58 млн "
           "долларов США. По оценке российский эксперт, в 2023 году оборот составил 41 млн "
           "долларов США."});
  EXPECT_EQ(r.subject_of(41e6), "BY-TM");
}

// A state's exports "as a whole" ("в целом") are the state's with every partner, never the pair's.
TEST(SubjectTotals, ExportsOfAStateAsAWholeAreItsOwn) {
  Outcome r =
      run({"Товарооборот между Беларусью и Туркменистаном в 2024 году составил 52 млн "
           "долларов США. Экспорт Беларуси в целом в 2024 году составил 40 млрд долларов "
           "США."});
  EXPECT_EQ(r.subject_of(52e6), "BY-TM");
  EXPECT_EQ(r.subject_of(40e9), "BY");
  for (const Discrepancy& d : r.v.discrepancies) EXPECT_NE(d.kind, DiscrepancyKind::kValueConflict);
}

// A part of a state named anywhere in the sentence: "trade with Y" there is not the pair's.
TEST(SubjectTotals, APartOfAStateInTheSentenceOwnsNoPairTrade) {
  Outcome r =
      run({"Trade between Belarus and Turkmenistan rose to $58 million in 2024. Of that, "
           "$9 million was trade with Turkmenistan of the Grodno region."});
  EXPECT_NE(r.subject_of(9e6), "BY-TM");
}

}  // namespace
}  // namespace claimtrace
