// Which period a figure is about: a date's scope within its sentence, and a lead's over a list.
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace claimtrace {
namespace {

// The fixture rules (tests/data/rules), so editing the product's vocabulary cannot break these.
const RuleSet& rules() {
  static RuleSet r = RuleSet::load(default_env(), test_paths::data() + "/rules");
  return r;
}

Extraction run(const std::string& text, const std::string& published = "2025-03") {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Source meta;
  meta.id = "doc";
  meta.published = PartialDate::parse(published);
  Document d = ingest_bytes("doc.txt", text, meta, rules());
  return extract(d, rules());
}

const Claim* with_value(const Extraction& e, double value) {
  for (const Claim& c : e.claims) {
    if (c.numeric && std::fabs(c.value - value) <= 1e-9 * std::fabs(value)) return &c;
  }
  return nullptr;
}

// A year in brackets beside a figure of its own dates that figure, not the one before it.
TEST(Periods, ADateInBracketsWithItsOwnFigureDatesOnlyThatFigure) {
  Extraction e = run("Trade in 2024 grew. Exports were $17.4 billion (2023: $15.8 billion).");
  const Claim* now = with_value(e, 17.4e9);
  const Claim* before = with_value(e, 15.8e9);
  ASSERT_TRUE(now && before);
  EXPECT_EQ(before->period.iso(), "2023");
  EXPECT_NE(now->period.iso(), "2023");
}

// A year in brackets with no figure of its own is the period of the figure it follows.
TEST(Periods, ADateAloneInBracketsStillDatesTheFigureBeforeIt) {
  Extraction e = run("Exports were $17.4 billion (2023).");
  const Claim* c = with_value(e, 17.4e9);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->period.iso(), "2023");
  EXPECT_EQ(c->period_basis, PeriodBasis::kStated);
}

// "From $8.8 billion a year earlier": the shifted period is the baseline figure's; the figure
// the sentence reports continues the period told before.
TEST(Periods, AnEarlierPeriodRightAfterAFigureIsThatFiguresOnly) {
  Extraction e =
      run("Trade reached $43.6 billion in 2024. Exports dropped to $6.9 billion from $8.8 "
          "billion a year earlier.");
  const Claim* now = with_value(e, 6.9e9);
  const Claim* before = with_value(e, 8.8e9);
  ASSERT_TRUE(now && before);
  EXPECT_EQ(before->period.iso(), "2023");
  EXPECT_EQ(now->period.iso(), "2024");
  EXPECT_EQ(now->period_basis, PeriodBasis::kContext);
}

// "In the same period" opens with a preposition: it is the period of the sentence's figures.
TEST(Periods, AnAnaphoricPeriodAfterAPrepositionDatesEveryFigure) {
  Extraction e =
      run("Trade reached $43.6 billion in 2024. Exports grew by 12% to $6.9 billion in the same "
          "period.");
  const Claim* share = with_value(e, 12);
  ASSERT_TRUE(share);
  EXPECT_EQ(share->period.iso(), "2024");
}

// A lead ending in a colon gives its period to the list under it, not the document's date.
TEST(Periods, ALeadWithAColonGivesItsPeriodToTheListUnderIt) {
  Extraction e =
      run("Key figures, 2024:\nExports: $1.3 billion\nImports: $16.1 billion\n\nThe office is "
          "new. Some $2 billion was invested.");
  const Claim* exports = with_value(e, 1.3e9);
  const Claim* imports = with_value(e, 16.1e9);
  const Claim* later = with_value(e, 2e9);
  ASSERT_TRUE(exports && imports && later);
  EXPECT_EQ(exports->period.iso(), "2024");
  EXPECT_EQ(exports->period_basis, PeriodBasis::kContext);
  EXPECT_EQ(imports->period.iso(), "2024");
  // The lead's thread breaks at a sentence with no figure, as any period's does.
  EXPECT_EQ(later->period_basis, PeriodBasis::kDocumentDate);
}

// A heading on a line of its own, with no colon, over a bulleted list leads it too: the items
// are about its period, not the document's date; over prose, its thread breaks at the first
// sentence with no figure, as any period's does.
TEST(Periods, ADatedHeadingOverAListGivesItsPeriodToTheItems) {
  Extraction e =
      run("Full year 2024 (national statistics)\n- Exports: $1.3 billion\n- Imports: $16.1 "
          "billion\n\nJanuary 2025\n- Exports: $0.2 billion\n\nMarch 2025\nThe office is new. "
          "Some $2 billion was invested.");
  const Claim* exports = with_value(e, 1.3e9);
  const Claim* imports = with_value(e, 16.1e9);
  const Claim* january = with_value(e, 0.2e9);
  const Claim* prose = with_value(e, 2e9);
  ASSERT_TRUE(exports && imports && january && prose);
  EXPECT_EQ(exports->period.iso(), "2024");
  EXPECT_EQ(imports->period.iso(), "2024");
  EXPECT_EQ(january->period.iso(), "2025-01");
  EXPECT_EQ(prose->period_basis, PeriodBasis::kDocumentDate);
}

// "16.6% above the 2023 level": a year a comparing word puts before a level noun is what the
// figure is compared with; the figure keeps the period of its list.
TEST(Periods, AYearBeforeALevelNounIsTheBaseline) {
  Extraction e =
      run("Key figures, 2024:\n- Trade: $3.2 billion, 16.6% above the 2023 level\n- Exports grew "
          "to three times the 2015 figure");
  const Claim* level = with_value(e, 3.2e9);
  const Claim* growth = with_value(e, 16.6);
  ASSERT_TRUE(level && growth);
  EXPECT_EQ(level->period.iso(), "2024");
  EXPECT_EQ(growth->period.iso(), "2024");
  // "The 2023 level was" names the level of 2023 itself: no comparing word before it.
  Extraction own = run("The 2023 level was $2.7 billion.");
  const Claim* c = with_value(own, 2.7e9);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->period.iso(), "2023");
}

// "In January to September": two months joined after a preposition are one span, as after
// "from"; a figure after the preposition's single month keeps that month.
TEST(Periods, MonthsJoinedAfterAPrepositionAreOneSpan) {
  Extraction e =
      run("In January to September we traded $1.9 billion. Exports rose in May to 5%. In May and "
          "October exports were $3 billion.",
          "2024-11");
  const Claim* span = with_value(e, 1.9e9);
  const Claim* may = with_value(e, 5);
  ASSERT_TRUE(span && may);
  EXPECT_EQ(span->period.iso(), "2024-01/2024-09");
  EXPECT_EQ(may->period.iso(), "2024-05");
  const Claim* two_months = with_value(e, 3e9);
  ASSERT_TRUE(two_months);
  EXPECT_NE(two_months->period.iso(), "2024-05/2024-10");  // two months, not the months between
}

// A colon after a figure of its own does not lead: the sentence told its figure's period.
TEST(Periods, ASentenceWithAFigureEndingInAColonIsNoLead) {
  Extraction e =
      run("In 2022 trade came to $5 billion, as follows:\n\nThe office is new.\n"
          "Exports: $1.3 billion");
  const Claim* exports = with_value(e, 1.3e9);
  ASSERT_TRUE(exports);
  EXPECT_EQ(exports->period_basis, PeriodBasis::kDocumentDate);
}

// A word for six months makes a half of the year, a partial period.
TEST(Periods, AHalfYearWordIsSixMonths) {
  Extraction e = run("In the second semester of 2024 exports reached $3 billion.");
  const Claim* c = with_value(e, 3e9);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->period.iso(), "2024-07/2024-12");
}

// "Now" tells of the document's time: neither a date of the sentence nor the period told before.
TEST(Periods, AFigureToldOfThePresentHoldsAsOfTheDocument) {
  Extraction e =
      run("Trade reached $5 billion in 2023. Some 120 companies now work in the park, and it "
          "opened in 2012.");
  const Claim* c = with_value(e, 120);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->period_basis, PeriodBasis::kDocumentDate);
  EXPECT_EQ(c->period.iso(), "2025-03");
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// "Results for 2021" on a line of its own over a paragraph: the paragraph's figures that state
// no period are about 2021, not the document's date nor the year of the paragraph before; a
// figure that names its own year keeps it. A blank line under the heading changes nothing.
TEST(Periods, ADatedHeadingOverAParagraphGivesItsPeriodToItsFigures) {
  Extraction e =
      run("Trade reached $4.6 billion in 2024.\n\nResults for 2021\nTrade stood at $2.8 "
          "billion. Exports came to $1.1 billion. Imports were $1.9 billion in 2020.\n\n"
          "Results for 2019\n\nTrade stood at $1.7 billion.");
  const Claim* trade = with_value(e, 2.8e9);
  const Claim* exports = with_value(e, 1.1e9);
  const Claim* imports = with_value(e, 1.9e9);
  const Claim* apart = with_value(e, 1.7e9);
  ASSERT_TRUE(trade && exports && imports && apart);
  EXPECT_EQ(trade->period.iso(), "2021");
  EXPECT_EQ(trade->period_basis, PeriodBasis::kContext);
  EXPECT_EQ(exports->period.iso(), "2021");
  EXPECT_EQ(imports->period.iso(), "2020");
  EXPECT_EQ(apart->period.iso(), "2019");
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// A year qualifying a noun in a later clause ("its 2022 peak of $1.95 billion") is that
// clause's figure's: the figure of the clause before it keeps the period told before.
TEST(Periods, AYearQualifyingALaterClausesNounDatesOnlyItsFigure) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Exports reached $760 million, and trade stays below its 2022 peak of $1.95 billion.",
       "2022"},
      {"Exports came to $760 million; imports stayed under their 2019 level of $1.95 billion.",
       "2019"},
      {"Exports were worth $760 million, and the 2021 record of $1.95 billion still stands.",
       "2021"}};
  for (const auto& [text, year] : cases) {
    Extraction e = run(text);
    const Claim* then = with_value(e, 1.95e9);
    ASSERT_TRUE(then) << text;
    EXPECT_EQ(then->period.iso(), year) << text;
    for (const Claim& c : e.claims) {
      if (c.numeric && std::fabs(c.value - 760e6) < 1) {
        EXPECT_NE(c.period.iso(), year) << text;
      }
    }
  }
  // A year after a preposition still dates every figure of the sentence, as does one that
  // qualifies a noun of the figure's own clause.
  Extraction in = run("Exports reached $760 million, and imports $900 million in 2024.");
  ASSERT_TRUE(with_value(in, 760e6));
  EXPECT_EQ(with_value(in, 760e6)->period.iso(), "2024");
  Extraction own = run("Exports hit their 2022 peak of $1.95 billion.");
  ASSERT_TRUE(with_value(own, 1.95e9));
  EXPECT_EQ(with_value(own, 1.95e9)->period.iso(), "2022");
}

// "Up 14% on 2023": a year a comparing word puts right after a change is what the change is
// measured from, in any order of the clauses; it dates the figure a clause after it gives for
// that year, and no figure when a later date is the sentence's.
TEST(Periods, AYearAChangeIsMeasuredFromDatesOnlyTheFigureAfterIt) {
  for (const std::string text : {"Trade came to $156 million in 2024, up 14% on 2023.",
                                 "Up 14% on 2023, trade came to $156 million in 2024.",
                                 "In 2024 trade was worth $156 million, 14% above 2023."}) {
    Extraction e = run(text);
    const Claim* change = with_value(e, 14);
    const Claim* level = with_value(e, 156e6);
    ASSERT_TRUE(change && level) << text;
    EXPECT_EQ(change->period.iso(), "2024") << text;
    EXPECT_EQ(level->period.iso(), "2024") << text;
  }
  Extraction when =
      run("Exports reached $86.4 billion in 2024, up 8.8% on 2023, when they came "
          "to $79.4 billion.");
  const Claim* change = with_value(when, 8.8);
  const Claim* before = with_value(when, 79.4e9);
  ASSERT_TRUE(change && before);
  EXPECT_EQ(change->period.iso(), "2024");
  EXPECT_EQ(before->period.iso(), "2023");
  // "In 2023" is the change's own year: no comparing word stands before it.
  Extraction own = run("Exports rose 4.9% in 2023.");
  const Claim* rise = with_value(own, 4.9);
  ASSERT_TRUE(rise);
  EXPECT_EQ(rise->period.iso(), "2023");
}

// "Up 12% on a year earlier": the earlier period after a comparing word is what the change is
// measured from, so the change keeps the period told (the sentence's year, or the sentence
// before's), not the year before it.
TEST(Periods, AnEarlierPeriodAfterAComparingWordDatesNoFigure) {
  Extraction e =
      run("Trade reached $4.6 billion in 2024, up 12% on a year earlier. Exports rose by 6% on a "
          "year earlier.");
  const Claim* growth = with_value(e, 12);
  const Claim* exports = with_value(e, 6);
  ASSERT_TRUE(growth && exports);
  EXPECT_EQ(growth->period.iso(), "2024");
  EXPECT_EQ(exports->period.iso(), "2024");
  EXPECT_EQ(exports->period_basis, PeriodBasis::kContext);
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// With no article before it, a spelled two of the states' unit is still the pair the text is
// about ("С 2022 года две страны являются партнёрами"), never a count; other counts of states
// are counts.
TEST(Periods, ASpelledTwoOfCountriesIsThePairNotACount) {
  Extraction e =
      run("Since 2022 two countries have been strategic partners. The declaration "
          "was signed by 27 countries.");
  EXPECT_EQ(with_value(e, 2), nullptr);
  const Claim* many = with_value(e, 27);
  ASSERT_TRUE(many);
  EXPECT_EQ(many->unit, "countries");
}

}  // namespace
}  // namespace claimtrace
