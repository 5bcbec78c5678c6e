// What a figure stating no period is about from its document as a whole: the period its title
// reports on, a goal set after the document's date, and a thread of periods a rank passes on.
#include "test_corpus.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace claimtrace {
namespace {

Extraction run(const std::string& text, const std::string& published = "2025-03") {
  return extract_one(text, published);
}

const Claim* with_value(const Extraction& e, double value) {
  for (const Claim& c : e.claims) {
    if (c.numeric && std::fabs(c.value - value) <= 1e-9 * std::fabs(value)) return &c;
  }
  return nullptr;
}

// A figure to be reached by a year after the document's date is a goal for that year, whatever
// verb (or none) states it, before or after the figure.
TEST(DocumentPeriods, AFigureByAYearAfterTheDocumentIsAGoalForThatYear) {
  for (const std::string text :
       {"The two governments agreed to lift annual trade to $5 billion by 2027.",
        "By 2027 bilateral trade of $5 billion, the ministers said.",
        "Trade worth $5 billion by 2027 is what the commission discussed on Monday.",
        "Ministers want the figure lifted to $5 billion by 2027."}) {
    Extraction e = run(text);
    const Claim* c = with_value(e, 5e9);
    ASSERT_TRUE(c) << text;
    EXPECT_EQ(c->modality, Modality::kTarget) << text;
    EXPECT_EQ(c->period.iso(), "2027") << text;
  }
}

// Up to a time that has passed by the document's date, a figure is a fact; so is one up to the
// document's own month.
TEST(DocumentPeriods, AFigureByAPastYearStaysAFact) {
  Extraction past = run("Trade had reached $5 billion by 2024.");
  const Claim* c = with_value(past, 5e9);
  ASSERT_TRUE(c);
  EXPECT_NE(c->modality, Modality::kTarget);
  EXPECT_EQ(c->period.begin_year, 0);
  Extraction month = run("Trade had reached $5 billion by March 2025.", "2025-03-20");
  const Claim* m = with_value(month, 5e9);
  ASSERT_TRUE(m);
  EXPECT_NE(m->modality, Modality::kTarget);
}

// A term that runs out after the document's date ("until", "before") tells how long a fact holds,
// not a figure to reach: only a deadline word ("by") makes a goal.
TEST(DocumentPeriods, ATermThatRunsOutAfterTheDocumentIsNoGoal) {
  for (const std::string text :
       {"Country A extended a loan of $500 million to Country B that runs until 2030.",
        "A lease worth $40 million stays valid until 2040.",
        "Until 2029 the credit line of $300 million remains open to Country B.",
        "The $500 million loan matures in a term lasting until 2031, the bank said."}) {
    Extraction e = run(text);
    bool seen = false;
    for (const Claim& c : e.claims) {
      if (!c.numeric || c.unit != "USD") continue;
      seen = true;
      EXPECT_NE(c.modality, Modality::kTarget) << text;
    }
    EXPECT_TRUE(seen) << text;
  }
  // The deadline still sets one.
  Extraction goal = run("Country A and Country B aim for lending of $500 million by 2030.");
  const Claim* c = with_value(goal, 5e8);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->modality, Modality::kTarget);
}

// The texts of the event and date claims of an extraction, in order.
std::vector<std::string> dated(const Extraction& e) {
  std::vector<std::string> out;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kEvent || c.kind == ClaimKind::kDate) out.push_back(c.text);
  }
  return out;
}
using Texts = std::vector<std::string>;

// A deadline a figure took ("$5 billion by 2027") dates that figure, not the event the sentence
// reports; a deadline no figure takes dates a planned event, and a date a figure shares with the
// sentence's event still dates the event.
TEST(DocumentPeriods, AFiguresDeadlineIsNoEventsDate) {
  Extraction plan = run(
      "On 3 March the ministers signed a plan to lift trade to $5 billion by 2027.", "2025-03-10");
  EXPECT_EQ(dated(plan), Texts{"2025-03-03"});
  EXPECT_EQ(with_value(plan, 5e9)->period.iso(), "2027");
  EXPECT_EQ(dated(run("The sides signed a deal in 2024 to bring lending to $500 million by 2030.")),
            Texts{"2024"});
  EXPECT_EQ(dated(run("By 2028 trade should reach $3 billion under the treaty signed in 2023.")),
            Texts{"2023"});
  // No figure takes the deadline: the event is planned for it.
  EXPECT_EQ(dated(run("The treaty is to be signed by the end of 2026.")), Texts{"2026-12"});
  // The figure's date is the event's own.
  EXPECT_EQ(dated(run("The treaty was signed in 2024, when trade reached $5 billion.")),
            Texts{"2024"});
}

// The year a record is measured from ("the highest since 2019") is what the record check reads
// from the sentence, no date claim of its own; a "since" with no record phrase still dates.
TEST(DocumentPeriods, ARecordsReachIsNoDate) {
  EXPECT_EQ(dated(run("Exports reached $5 billion in 2024, the highest since 2019.")), Texts{});
  EXPECT_EQ(dated(run("At $2 billion, imports were the highest since 2016, officials said.")),
            Texts{});
  EXPECT_EQ(dated(run("Trade has kept growing since 2019.")), Texts{"2019/"});
}

// A forecast word keeps its own modality: only a figure told as a fact becomes a goal.
TEST(DocumentPeriods, AForecastByAFutureYearStaysAForecast) {
  Extraction e = run("Trade will exceed $7 billion by 2026.");
  const Claim* c = with_value(e, 7e9);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->modality, Modality::kForecast);
  EXPECT_EQ(c->period.iso(), "2026");
}

// A title line naming one period gives it to the amounts and shares of the document that state
// none, in any paragraph, however their verbs tell them.
TEST(DocumentPeriods, ATitleNamingOnePeriodDatesTheDocumentsUndatedAmounts) {
  Extraction e =
      run("Trade bulletin, 2024\n\nMINSK, 20 January 2025. Exports totalled $1.9 billion.\n\n"
          "The country's imports were worth about $6.5 billion, and the deficit widened to $4.6 "
          "billion.\n\nAt 12% of all trade, machinery led the imports.",
          "2025-01-20");
  for (double v : {1.9e9, 6.5e9, 4.6e9, 12.0}) {
    const Claim* c = with_value(e, v);
    ASSERT_TRUE(c) << v;
    EXPECT_EQ(c->period.iso(), "2024") << v;
    EXPECT_EQ(c->period_basis, PeriodBasis::kContext) << v;
  }
}

// What the title's period does not reach: a figure told of the present, a count of what stands
// on the document's day, a figure stating its own period, and any figure under a title that is a
// sentence, names two periods, names a period not yet over, or stands right over the text.
TEST(DocumentPeriods, ATitlesPeriodLeavesWhatItDoesNotReport) {
  Extraction e =
      run("Trade bulletin, 2024\n\nExports are now $2.2 billion. Some 120 companies are "
          "registered. Imports were $3.3 billion in 2023.",
          "2025-01-20");
  const Claim* now = with_value(e, 2.2e9);
  const Claim* companies = with_value(e, 120);
  const Claim* imports = with_value(e, 3.3e9);
  ASSERT_TRUE(now && companies && imports);
  EXPECT_NE(now->period.iso(), "2024");
  EXPECT_NE(companies->period.iso(), "2024");
  EXPECT_EQ(imports->period.iso(), "2023");
  for (const std::string title : {"Trade rose in 2024.\n\n", "Trade in 2024 and plans for 2025\n\n",
                                  "Trade outlook, 2026\n\n", "Trade bulletin, 2024\n"}) {
    Extraction other =
        run(title + "MINSK, 20 January 2025.\n\nExports totalled $1.9 billion.", "2025-01-20");
    const Claim* c = with_value(other, 1.9e9);
    ASSERT_TRUE(c) << title;
    EXPECT_NE(c->period_basis, PeriodBasis::kContext) << title;
  }
}

// A year inside a title's phrase names what the title is about ("the 2015 crisis"), not the
// period the document reports on: only a year ending the title, after a comma or a period word,
// is one.
TEST(DocumentPeriods, AYearInsideATitlesPhraseDatesNothing) {
  for (const std::string title :
       {"Lessons of the 2015 crisis for trade\n\n", "After the 2015 crisis: trade and debt\n\n",
        "The 2015 devaluation and its legacy\n\n", "Trade since the 2015 slump\n\n"}) {
    Extraction e = run(title + "Some context here.\n\nTen years on, exports totalled $5.1 billion.",
                       "2025-05-10");
    const Claim* c = with_value(e, 5.1e9);
    ASSERT_TRUE(c) << title;
    EXPECT_NE(c->period.iso(), "2015") << title;
  }
  for (const std::string title : {"Trade bulletin, 2024\n\n", "Trade in 2024\n\n"}) {
    Extraction e =
        run(title + "Some context here.\n\nExports totalled $5.1 billion.", "2025-05-10");
    const Claim* c = with_value(e, 5.1e9);
    ASSERT_TRUE(c) << title;
    EXPECT_EQ(c->period.iso(), "2024") << title;
  }
}

// A rank that continued the period of the sentence before passes it on to the next sentence's
// figures; a sentence with no figure still breaks the thread.
TEST(DocumentPeriods, ARankThatContinuedThePeriodPassesItOn) {
  Extraction e =
      run("Trade grew to $8.4 billion in 2023. China remained the largest trading partner. "
          "Exports reached $1.9 billion.");
  const Claim* exports = with_value(e, 1.9e9);
  ASSERT_TRUE(exports);
  EXPECT_EQ(exports->period.iso(), "2023");
  Extraction broken =
      run("Trade grew to $8.4 billion in 2023. The talks were long. Exports reached $1.9 billion.");
  const Claim* later = with_value(broken, 1.9e9);
  ASSERT_TRUE(later);
  EXPECT_NE(later->period.iso(), "2023");
}

}  // namespace
}  // namespace claimtrace
