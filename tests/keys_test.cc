// One figure, one key, whatever the wording: numbered ranks ("No. 3 trading partner"), whose
// partners a rank ranks ("among Korea's partners") and in which direction, and parts of a state
// ("Minsk Region") that are not the state. Fixture rules, with states and labels in memory.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/verify.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

const char* kStates =
    "<states><between word=\"between\"/><joiner word=\"and\"/><partner word=\"with\"/>"
    "<partner word=\"to\"/><partner word=\"с\"/><skip word=\"the\"/><whole word=\"total\"/>"
    "<subdivision word=\"region\"/><subdivision word=\"province\"/>"
    "<subdivision word=\"область\"/><subdivision word=\"области\"/></states>";

// The fixture's labels with a plural ranked noun and a narrowing "among".
const char* kLabels =
    "<labels lang=\"en\"><superlative phrase=\"largest\" value=\"1\"/>"
    "<rank-noun phrase=\"trading partner\"/><rank-noun phrase=\"partner\"/>"
    "<rank-noun phrase=\"partners\"/><rank-scope phrase=\"after\"/>"
    "<rank-scope phrase=\"among\" narrows=\"yes\"/><rank-scope phrase=\"in\" narrows=\"yes\"/>"
    "<possessive ending=\"'s\"/><possessive ending=\"'\"/><owner-link word=\"of\"/>"
    "<number-sign phrase=\"No.\"/></labels>";

const RuleSet& rules() {
  static const RuleSet r = fixture_rules_with(
      kStates,
      {{"labels.xml", kLabels},
       {"numbers.ru.xml",
        "<numbers lang=\"ru\" decimal=\",\"><multiplier word=\"млрд\" value=\"1e9\"/></numbers>"},
       {"time.ru.xml", "<time lang=\"ru\"><year-preposition word=\"в\"/></time>"},
       {"quantities.ru.xml",
        "<quantities lang=\"ru\"><currency code=\"USD\" phrase=\"доллар\"/></quantities>"}});
  return r;
}

using Keyed = VerifiedTexts;

// Each text is one document "dN", published in June 2024.
Keyed run(const std::vector<std::string>& texts, const RuleSet& r = rules()) {
  std::vector<std::pair<std::string, std::string>> dated;
  for (const std::string& t : texts) dated.push_back({"2024-06", t});
  return verify_texts(r, dated);
}

// A number sign and a number before a ranked noun are a place in a ranking, not a document's
// number; before anything else they still number a document.
TEST(Keys, ANumberedPlaceBeforeARankedNounIsARank) {
  Keyed r = run(
      {"In 2023 China was Belarus's No. 2 trading partner.", "Decree No. 2 was signed in 2023."});
  std::vector<const Claim*> ranks = r.claims(ClaimKind::kRank);
  ASSERT_EQ(ranks.size(), 1u);
  EXPECT_EQ(ranks[0]->value, 2);
  EXPECT_EQ(ranks[0]->attribute, "trade.partner_rank");
  EXPECT_EQ(ranks[0]->object, "BY");
  std::vector<const Claim*> labels = r.claims(ClaimKind::kLabel);
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0]->text, "2");
  EXPECT_EQ(labels[0]->source, "d2");
}

// "Third among Belarus's partners" ranks Belarus's partners: Belarus owns the rank, and the
// owner's name is no narrowing scope.
TEST(Keys, TheRankedSetAfterAmongNamesTheOwner) {
  Keyed r = run({"In 2023 Russia ranked third among Belarus's partners."});
  std::vector<const Claim*> ranks = r.claims(ClaimKind::kRank);
  ASSERT_EQ(ranks.size(), 1u);
  EXPECT_EQ(ranks[0]->value, 3);
  EXPECT_EQ(ranks[0]->object, "BY");
  EXPECT_EQ(ranks[0]->scope, "");
}

// China ranked among Belarus's partners and Belarus among China's are two rankings: they never
// clash; two places for one direction do.
TEST(Keys, RanksInTwoDirectionsAreNeverRivals) {
  Keyed two = run({"In 2023 China was Belarus's No. 2 trading partner.",
                   "In 2023 Belarus was China's No. 5 trading partner."});
  ASSERT_EQ(two.claims(ClaimKind::kRank).size(), 2u);
  EXPECT_EQ(two.count(DiscrepancyKind::kRankConflict), 0u);
  Keyed one = run({"In 2023 China was Belarus's No. 2 trading partner.",
                   "In 2023 China was the No. 3 trading partner of Belarus."});
  EXPECT_EQ(one.count(DiscrepancyKind::kRankConflict), 1u);
  // A rank whose owner the words do not say may be either: it still meets both.
  Keyed unsaid = run({"In 2023 China was Belarus's No. 2 trading partner.",
                      "Trade between Belarus and China grew. China was the No. 3 trading partner "
                      "in 2023."});
  EXPECT_EQ(unsaid.count(DiscrepancyKind::kRankConflict), 1u);
}

// A region of a state named as the one that trades ("Minsk Region", "Brest province", "Минская
// область") is no state: its figures have no known subject and never meet the state's.
TEST(Keys, APartOfAStateIsNotTheState) {
  Keyed r = run({"Trade between Belarus and China reached $6 billion in 2023.",
                 "Minsk Region alone traded goods worth $2 billion with China in 2023.",
                 "In 2023 Brest province sent goods worth $1 billion to China.",
                 "На Минскую область в 2023 году пришлось 2 млрд долларов торговли с Китаем."});
  std::vector<std::string> subjects;
  for (const Claim* c : r.claims(ClaimKind::kAmount)) subjects.push_back(c->subject.text());
  EXPECT_EQ(subjects, (std::vector<std::string>{"BY-CN", "", "", ""}));
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u);
  // The same sentences naming the state itself keep its figures.
  Keyed state = run({"Trade between Belarus and China reached $6 billion in 2023.",
                     "Belarus traded goods worth $2 billion with China in 2023."});
  std::vector<const Claim*> amounts = state.claims(ClaimKind::kAmount);
  ASSERT_EQ(amounts.size(), 2u);
  EXPECT_EQ(amounts[1]->subject.text(), "BY-CN");
}

// A pair's share of one party's whole beside that whole implies the pair's level: a level
// stated for the period outside it is a low arithmetic finding; one inside it is none.
TEST(Keys, AShareBesideItsWholeImpliesThePairsLevel) {
  static const RuleSet plain = fixture_rules_with(kStates, {});  // the fixture's own labels
  const std::string share =
      "In 2023 China had a share of 12.5% in Belarus's total trade, which came to $80 billion.";
  Keyed off = run({share, "Trade between Belarus and China reached $6 billion in 2023."}, plain);
  ASSERT_EQ(off.count(DiscrepancyKind::kArithmetic), 1u);
  for (const Discrepancy& d : off.v.discrepancies) {
    if (d.kind != DiscrepancyKind::kArithmetic) continue;
    EXPECT_EQ(d.severity, Severity::kLow);
    EXPECT_EQ(d.evidence.size(), 3u);
    EXPECT_NE(d.explanation.find("$6 billion"), std::string::npos) << d.explanation;
  }
  Keyed on = run({share, "Trade between Belarus and China reached $10 billion in 2023."}, plain);
  EXPECT_EQ(on.count(DiscrepancyKind::kArithmetic), 0u);
}

}  // namespace
}  // namespace claimtrace
