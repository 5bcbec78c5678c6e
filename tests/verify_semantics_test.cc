// verify()'s semantics on real reporting (issue 13), one section per class: 1 states over a
// window, 2 undated figures, 3 lists and parallel clauses, 4 parts and totals, 5 records,
// 6 breakdowns across sentences, 7 derived figures, 8 events (a status held since a date, ordinal
// events), 9 rank scope, approximate figures, 10 the words reports name findings with. The draft
// check and --fail-on are in check_test.cc and cli_test.cc; variants folded in report_html_test.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "claimtrace/discrepancy.h"
#include "claimtrace/report_html.h"
#include "claimtrace/verify.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

struct Outcome {
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
  std::optional<ClaimGraph> graph;
  Verification v;

  size_t count(DiscrepancyKind kind, Severity at_least = Severity::kLow) const {
    size_t n = 0;
    for (const Discrepancy& d : v.discrepancies) n += d.kind == kind && d.severity >= at_least;
    return n;
  }
  std::string all() const {
    std::string out;
    for (const Discrepancy& d : v.discrepancies) {
      out += std::string(to_string(d.kind)) + " (" + to_string(d.severity) + "): " + d.explanation +
             "\n";
    }
    return out.empty() ? "nothing" : out;
  }
};

Outcome run(std::vector<TestInput> inputs) {
  Outcome r;
  TestCorpus t = ingest_and_extract(inputs);
  r.docs = std::move(t.docs);
  r.extractions = std::move(t.extractions);
  r.graph.emplace(ClaimGraph::build(r.docs, r.extractions, fixture_rules()));
  r.v = verify(r.docs, r.extractions, fixture_rules(), *r.graph, {});
  return r;
}

// --- 1. a present-tense state holds over a window up to its document's date ---------------

TEST(VerifySemantics, PresentTenseRanksOfSourcesADayApartMeet) {
  Outcome r = run({{"a", "2024-03-01", "China is Belarus's second-largest trading partner."},
                   {"b", "2024-03-02", "China is Belarus's third-largest trading partner."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kRankConflict), 1u) << r.all();
}

TEST(VerifySemantics, AStateEndsAtAChangeItsDocumentDates) {
  // b dates the change: its present rank holds only since then, after a's year.
  Outcome r = run({{"a", "2022-12-20", "China is Belarus's third-largest trading partner."},
                   {"b", "2023-06-01",
                    "In 2022 China was Belarus's third-largest trading partner. "
                    "China is Belarus's second-largest trading partner."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kRankConflict), 0u) << r.all();
}

// --- 2. a figure with no date joins no dated figure ----------------------------------------

TEST(VerifySemantics, AnUndatedFigureIsNotChainedToADatedOne) {
  Outcome r =
      run({{"a", "2024-03", "Trade turnover between Belarus and China was $3 billion in 2021."},
           {"b", "2024-05", "Trade turnover between Belarus and China is $9 billion."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

// --- 3. items of one list are facets, not rivals ----------------------------------------------

TEST(VerifySemantics, ItemsOfOneListAreNotRivalValues) {
  Outcome r = run({{"a", "2024-03",
                    "In 2023 potash made up 40% of Belarus's exports to China and rapeseed oil "
                    "12%."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

TEST(VerifySemantics, AGrowthRateAndAShareInOneParagraphAreNotRivals) {
  Outcome r = run({{"a", "2024-03",
                    "Trade between Belarus and China grew by 33.5% to $5 billion in 2023. Potash "
                    "accounted for 21.9% of trade in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

// --- 4. a part of a period against its whole ------------------------------------------------

TEST(VerifySemantics, APartOfAPeriodAboveTheWholeYearConflicts) {
  Outcome r =
      run({{"a", "2024-10",
            "In January-September 2024 trade turnover between Belarus and China was "
            "$7.2 billion."},
           {"b", "2025-02", "Trade turnover between Belarus and China was $6.1 billion in 2024."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 1u) << r.all();
}

TEST(VerifySemantics, AMonthsShipmentIsNoRivalOfTheTotalDelivered) {
  Outcome r = run({{"a", "2021-04", "In March 2021 China delivered 500,000 doses to Belarus."},
                   {"b", "2021-06", "China has delivered about five million doses to Belarus."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

// --- 5. records ---------------------------------------------------------------------------

TEST(VerifySemantics, ALargerEarlierFigureContradictsARecord) {
  Outcome r =
      run({{"a", "2024-02",
            "Trade turnover between Belarus and China reached $5 billion in 2023, an all-time "
            "high."},
           {"b", "2023-02", "Trade turnover between Belarus and China was $6 billion in 2022."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 1u) << r.all();
}

TEST(VerifySemantics, ASmallerEarlierFigureLeavesARecordStanding) {
  Outcome r =
      run({{"a", "2024-02",
            "Trade turnover between Belarus and China reached $5 billion in 2023, an all-time "
            "high."},
           {"b", "2023-02", "Trade turnover between Belarus and China was $4 billion in 2022."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

TEST(VerifySemantics, AHighestSinceAYearIsContradictedOnlyAfterThatYear) {
  const TestInput record{"a", "2024-02",
                         "Trade turnover between Belarus and China reached $5 billion in 2023, "
                         "the highest since 2019."};
  Outcome before =
      run({record,
           {"b", "2016-02", "Trade turnover between Belarus and China was $6 billion in 2015."}});
  EXPECT_EQ(before.count(DiscrepancyKind::kValueConflict), 0u) << before.all();
  // The year named is the one the record is measured against: it may be as high or higher.
  Outcome named =
      run({record,
           {"b", "2020-02", "Trade turnover between Belarus and China was $6 billion in 2019."}});
  EXPECT_EQ(named.count(DiscrepancyKind::kValueConflict), 0u) << named.all();
  Outcome after =
      run({record,
           {"b", "2021-02", "Trade turnover between Belarus and China was $6 billion in 2020."}});
  EXPECT_EQ(after.count(DiscrepancyKind::kValueConflict), 1u) << after.all();
}

// A record told with an open bound ("a record of more than $5 billion") may be above any earlier
// figure; only a phrase the rules mark as a floor ("for the first time exceeded $5 billion") is
// contradicted by an earlier figure above its bound.
TEST(VerifySemantics, ARecordFloorIsContradictedOnlyByAnEarlierFigureAboveIt) {
  const TestInput open{"a", "2024-02",
                       "Trade turnover between Belarus and China reached a record of more "
                       "than $5 billion in 2023."};
  const TestInput floor{"a", "2024-02",
                        "Trade turnover between Belarus and China for the first time exceeded "
                        "$5 billion in 2023."};
  const TestInput below{"b", "2023-02",
                        "Trade turnover between Belarus and China was $4.8 billion in 2022."};
  const TestInput above{"b", "2023-02",
                        "Trade turnover between Belarus and China was $5.5 billion in 2022."};
  EXPECT_EQ(run({open, below}).count(DiscrepancyKind::kValueConflict), 0u);
  Outcome open_above = run({open, above});
  EXPECT_EQ(open_above.count(DiscrepancyKind::kValueConflict), 0u) << open_above.all();
  EXPECT_EQ(run({floor, below}).count(DiscrepancyKind::kValueConflict), 0u);
  Outcome floor_above = run({floor, above});
  EXPECT_EQ(floor_above.count(DiscrepancyKind::kValueConflict), 1u) << floor_above.all();
}

// --- 6. a total and the parts the next sentence lists ----------------------------------------

TEST(VerifySemantics, PartsListedInTheNextSentenceAreCheckedAgainstTheTotal) {
  Outcome r =
      run({{"a", "2024-05",
            "During the visit 18 agreements were signed. Among them were 14 trade agreements "
            "and 7 investment agreements."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kArithmetic), 1u) << r.all();
}

TEST(VerifySemantics, APartsListFollowingTheSigningIsCheckedAgainstTheCountBeforeIt) {
  // The signing's date is a claim of the sentence too; the parts still belong to the count.
  Outcome r = run({{"a", "2024-05",
                    "In May 2024, 18 agreements were signed. Among them were 14 trade agreements "
                    "and 7 investment agreements."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kArithmetic), 1u) << r.all();
}

// --- 7. derived figures ---------------------------------------------------------------------

TEST(VerifySemantics, AGrowthRateAndALevelImplyThePreviousLevel) {
  Outcome r =
      run({{"a", "2024-02",
            "Trade turnover between Belarus and China grew by 50% to $6 billion in 2023."},
           {"b", "2023-02", "Trade turnover between Belarus and China was $3 billion in 2022."}});
  ASSERT_EQ(r.count(DiscrepancyKind::kArithmetic), 1u) << r.all();
  for (const Discrepancy& d : r.v.discrepancies) {
    if (d.kind == DiscrepancyKind::kArithmetic) {
      EXPECT_EQ(d.severity, Severity::kLow);
    }
  }
}

TEST(VerifySemantics, AChangeInTheNextSentenceImpliesThePreviousLevel) {
  Outcome r =
      run({{"a", "2024-02",
            "Trade turnover between Belarus and China reached $6 billion in 2023. This "
            "was a rise of 50% compared with 2022."},
           {"b", "2023-02", "Trade turnover between Belarus and China was $3 billion in 2022."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kArithmetic), 1u) << r.all();
}

TEST(VerifySemantics, ChangesInTheNextSentenceOfTwoSourcesAreCompared) {
  Outcome r = run({{"a", "2024-02",
                    "Trade turnover between Belarus and China reached $6 billion in 2023. This "
                    "was a rise of 50% compared with 2022."},
                   {"b", "2024-03",
                    "Trade turnover between Belarus and China reached $6 billion in 2023. This "
                    "was a rise of 20% compared with 2022."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 1u) << r.all();
}

// The year before told by the rules' words for it rather than in digits, in any order: the
// change is still the level's over its year before. A base of another kind (an average) or
// another year (two years earlier) is no such change.
TEST(VerifySemantics, AChangeOverAYearEarlierInWordsIsTheLevelsChange) {
  const std::string level = "Trade turnover between Belarus and China reached $6 billion in 2023. ";
  const std::string other = level + "This was a rise of 20% compared with 2022.";
  for (const std::string& change : {std::string("That was 50% more than a year earlier."),
                                    std::string("Compared with a year earlier, the rise was 50%."),
                                    std::string("It meant a rise of 50% on a year earlier.")}) {
    Outcome r = run({{"a", "2024-02", level + change}, {"b", "2024-03", other}});
    EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 1u) << change << ": " << r.all();
  }
  for (const std::string& change : {std::string("That was 50% more than the average."),
                                    std::string("That was 50% more than two years earlier.")}) {
    Outcome r = run({{"a", "2024-02", level + change}, {"b", "2024-03", other}});
    EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << change << ": " << r.all();
  }
}

TEST(VerifySemantics, AGrowthRateSaidInItsOwnSentenceMeetsOneBesideItsLevel) {
  // b names no level, but says the percentage is a rise: both are changes of one year.
  Outcome r = run({{"a", "2024-02",
                    "Belarusian exports to China were $3 billion in 2023. Belarusian exports to "
                    "China showed a rise of 20% in 2023."},
                   {"b", "2024-03", "Belarusian exports to China showed a rise of 35% in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 1u) << r.all();
}

TEST(VerifySemantics, ARiseToAPercentageIsTheLevelReachedNotTheChange) {
  // "A rise to 15%" names where the measure ended, so it is no rival of "a rise of 4%".
  Outcome r = run({{"a", "2024-02", "Belarusian exports to China showed a rise to 15% in 2023."},
                   {"b", "2024-03", "Belarusian exports to China showed a rise of 4% in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

TEST(VerifySemantics, APercentThatNamesNoEarlierYearIsNoChangeOfTheLevelBeforeIt) {
  // Nothing says what the percentages are of: they stay uncompared, never guessed.
  Outcome r = run({{"a", "2024-02",
                    "Trade turnover between Belarus and China reached $6 billion in 2023. "
                    "Machinery made up 50%."},
                   {"b", "2024-03",
                    "Trade turnover between Belarus and China reached $6 billion in 2023. "
                    "Machinery made up 20%."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

TEST(VerifySemantics, APercentThatSaysNoChangeIsNoChangeEvenBesideTheYearBefore) {
  // "As in 2022" names the year before, but nothing says the 40% is a change.
  Outcome r = run({{"a", "2024-02",
                    "Trade turnover between Belarus and China reached $6 billion in 2023. "
                    "Machinery made up 40% of it, as in 2022."},
                   {"b", "2024-03",
                    "Trade turnover between Belarus and China reached $6 billion in 2023. This "
                    "was a rise of 20% compared with 2022."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

// --- 8. events: a label held since a date began then; an ordinal event is one event ---------

TEST(VerifySemantics, AStatusHeldSinceAYearIsDatedLikeTheEventThatBeganIt) {
  Outcome r = run({{"a", "2014-01",
                    "In 2013 Belarus and China established a comprehensive strategic "
                    "partnership."},
                   {"b", "2024-01",
                    "Belarus and China have had a comprehensive strategic partnership since "
                    "2011."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 1u) << r.all();
}

TEST(VerifySemantics, AStatusHeldSinceTheYearItWasEstablishedAgrees) {
  Outcome r = run({{"a", "2014-01",
                    "In 2013 Belarus and China established a comprehensive strategic "
                    "partnership."},
                   {"b", "2024-01",
                    "Belarus and China have had a comprehensive strategic partnership since "
                    "2013."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 0u) << r.all();
}

TEST(VerifySemantics, TheFirstTalksDatedInTwoYearsAreADateConflict) {
  Outcome r = run({{"a", "2024-01", "Belarus and China held their first talks in 1992."},
                   {"b", "2024-02", "Belarus and China held their first talks in 1993."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 1u) << r.all();
}

TEST(VerifySemantics, TalksWithoutAnOrdinalRecurAndAreNotOneEvent) {
  Outcome r = run({{"a", "2024-01", "Belarus and China held talks in 1992."},
                   {"b", "2024-02", "Belarus and China held talks in 1993."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 0u) << r.all();
}

TEST(VerifySemantics, APersonsFirstVisitIsNotTheFirstVisitBetweenTheParties) {
  Outcome r = run({{"a", "2024-01", "Lukashenko made his first visit to China in 1995."},
                   {"b", "2024-02", "Lukashenka made the first visit to China in 1996."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 0u) << r.all();
}

TEST(VerifySemantics, DiplomaticRelationsAreOneEventInEitherVoice) {
  Outcome r =
      run({{"a", "2024-01",
            "Diplomatic relations between Belarus and China were established on 20 "
            "January 1992."},
           {"b", "2024-02", "Belarus and China established diplomatic relations in 1993."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 1u) << r.all();
}

TEST(VerifySemantics, AYearOfAnAnniversaryIsNotTheEventsYear) {
  Outcome r =
      run({{"a", "2024-01", "Belarus and China established diplomatic relations in 1992."},
           {"b", "2022-05", "In 2022 Belarus and China marked 30 years of diplomatic relations."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 0u) << r.all();
}

TEST(VerifySemantics, AnEventsDayAndItsYearAgree) {
  Outcome r =
      run({{"a", "2024-01",
            "Diplomatic relations between Belarus and China were established on 20 "
            "January 1992."},
           {"b", "2024-02", "In 1992, Belarus and China established diplomatic relations."},
           {"c", "2024-03", "Belarus and China established diplomatic relations in 1993."}});
  // Only c's 1993 disagrees; a's day and b's year are one date.
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 1u) << r.all();
  for (const Discrepancy& d : r.v.discrepancies) {
    if (d.kind != DiscrepancyKind::kDateConflict) continue;
    for (const Evidence& e : d.evidence) EXPECT_NE(e.source, "") << r.all();
  }
}

TEST(VerifySemantics, APartnershipEstablishedInThePassiveIsTheEventThatBeganIt) {
  Outcome r = run({{"a", "2014-01",
                    "In 2013 Belarus and China established a comprehensive strategic "
                    "partnership."},
                   {"b", "2024-01",
                    "A comprehensive strategic partnership between Belarus and China was "
                    "established in 2011."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 1u) << r.all();
}

TEST(VerifySemantics, JoiningAnOrganisationIsOneEvent) {
  Outcome r = run({{"a", "2024-01", "Belarus joined the Eurasian Economic Union in 2015."},
                   {"b", "2024-02", "Belarus joined the Eurasian Economic Union in 2016."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 1u) << r.all();
}

TEST(VerifySemantics, JoiningUnnamedBodiesIsNotOneEvent) {
  // Nothing names what was joined: the state alone cannot say the two joinings are one.
  Outcome r = run({{"a", "2024-01", "Belarus joined the customs union in 2015."},
                   {"b", "2024-02", "Belarus joined the regional bank in 2016."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 0u) << r.all();
}

TEST(VerifySemantics, AnUpgradeDatesTheStatusItsSentenceNames) {
  Outcome r = run({{"a", "2024-01",
                    "In January 2023 Belarus and China upgraded their relations to a "
                    "comprehensive strategic partnership."},
                   {"b", "2024-02",
                    "In 2021 Belarus and China established a comprehensive strategic "
                    "partnership."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 1u) << r.all();
}

TEST(VerifySemantics, DiplomaticRelationsFarFromTheirDateAreStillThatEvent) {
  Outcome r =
      run({{"a", "2024-01",
            "Diplomatic relations between Belarus and China, now thirty years old, "
            "were established on 20 January 1992."},
           {"b", "2024-02", "Belarus and China established diplomatic relations in 1993."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 1u) << r.all();
}

TEST(VerifySemantics, DiplomaticRelationsNamedInAnotherClauseDateNothing) {
  // The sentence does not open with them: what was established in 2014 is something else.
  Outcome r = run({{"a", "2024-01",
                    "Diplomatic relations between Belarus and China were established on 20 "
                    "January 1992."},
                   {"b", "2024-02",
                    "Twenty years after Belarus and China opened diplomatic relations, an "
                    "industrial park near Minsk was established in 2014."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 0u) << r.all();
}

TEST(VerifySemantics, AStatusFarFromAnEstablishingWordWasNotBegunByIt) {
  Outcome r = run({{"a", "2024-01",
                    "In 2013 Belarus and China established a comprehensive strategic "
                    "partnership."},
                   {"b", "2024-02",
                    "An industrial park near Minsk, established in 2012 with loans from banks "
                    "and funds of both states, has since become the flagship of the "
                    "comprehensive strategic partnership of Belarus and China."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kDateConflict), 0u) << r.all();
}

// --- 4b. a total the rules define as a sum: exports and imports add up to the turnover --------

TEST(VerifySemantics, ExportsAndImportsAboveTheTurnoverAreAnArithmeticFinding) {
  Outcome r = run({{"a", "2024-02",
                    "Trade turnover between Belarus and China was $8.2 billion in 2023. Belarusian "
                    "exports to China were $3.1 billion in 2023. Belarusian imports from China "
                    "were $6.4 billion in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kArithmetic), 1u) << r.all();
}

TEST(VerifySemantics, ExportsAndImportsThatAddUpToTheTurnoverAreFine) {
  Outcome r = run({{"a", "2024-02",
                    "Trade turnover between Belarus and China was $8.2 billion in 2023. Belarusian "
                    "exports to China were $2.1 billion in 2023. Belarusian imports from China "
                    "were $6.1 billion in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kArithmetic), 0u) << r.all();
}

TEST(VerifySemantics, ExportsAboveAnotherSourcesTurnoverAreAnArithmeticFinding) {
  Outcome r =
      run({{"a", "2024-02", "Trade turnover between Belarus and China was $1.4 billion in 2022."},
           {"b", "2024-05", "Belarusian exports to China were $1.6 billion in 2022."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kArithmetic, Severity::kMedium), 1u) << r.all();
}

TEST(VerifySemantics, ExportsBelowAnotherSourcesTurnoverOrOfAnotherYearAreFine) {
  Outcome r =
      run({{"a", "2024-02", "Trade turnover between Belarus and China was $1.4 billion in 2022."},
           {"b", "2024-05",
            "Belarusian exports to China were $1.2 billion in 2022. Belarusian exports to "
            "China were $1.6 billion in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kArithmetic), 0u) << r.all();
}

// --- 9. rank scope binds to the nearest rank, within its clause ------------------------------

std::string scope_of(const Outcome& r, const std::string& quote) {
  for (const Extraction& e : r.extractions) {
    for (const Claim& c : e.claims) {
      if (c.quote == quote) return c.scope;
    }
  }
  return "(no claim " + quote + ")";
}

TEST(VerifySemantics, AScopeBindsToTheNearestRankOnly) {
  Outcome r = run({{"a", "2024-03",
                    "China is Belarus's seventh largest trading partner and second largest "
                    "import partner after Russia."}});
  EXPECT_EQ(scope_of(r, "seventh largest trading partner"), "");
  EXPECT_EQ(scope_of(r, "second largest import partner"), "after Russia");
}

TEST(VerifySemantics, APlaceInAnotherClauseIsNoScope) {
  Outcome r =
      run({{"a", "2024-03",
            "China has become Belarus's largest trading partner, overtaking Russia, "
            "officials in Minsk said."},
           {"b", "2024-03", "In 2024 China was Belarus's second-largest trading partner."}});
  EXPECT_EQ(scope_of(r, "largest trading partner"), "");
  EXPECT_EQ(r.count(DiscrepancyKind::kRankConflict), 1u) << r.all();
}

// --- approximate figures read at the precision they were rounded to ---------------------------

TEST(VerifySemantics, AboutFortyFiveBillionIsNotFortyOneBillion) {
  Outcome r = run(
      {{"a", "2024-03", "Trade turnover between Belarus and China was about $45 billion in 2023."},
       {"b", "2024-03", "Trade turnover between Belarus and China was $41 billion in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 1u) << r.all();
}

TEST(VerifySemantics, AboutARoundFigureAllowsTheRulesTolerance) {
  Outcome r = run(
      {{"a", "2024-03", "Trade turnover between Belarus and China was about $40 billion in 2023."},
       {"b", "2024-03", "Trade turnover between Belarus and China was $37 billion in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

TEST(VerifySemantics, AFigureWithFewerDigitsAgreesWithWhatRoundsToIt) {
  Outcome r = run(
      {{"a", "2024-03", "Trade turnover between Belarus and China was $4.6 billion in 2023."},
       {"b", "2024-03", "Trade turnover between Belarus and China was $4.57 billion in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 0u) << r.all();
}

TEST(VerifySemantics, FiguresOfOnePrecisionThatDifferStillClash) {
  Outcome r =
      run({{"a", "2024-03", "Trade turnover between Belarus and China was $4.6 billion in 2023."},
           {"b", "2024-03", "Trade turnover between Belarus and China was $4.5 billion in 2023."}});
  EXPECT_EQ(r.count(DiscrepancyKind::kValueConflict), 1u) << r.all();
}

TEST(VerifySemantics, ARegionAfterAnArticleScopesTheRank) {
  Outcome r = run({{"a", "2024-03", "China is Belarus's largest trading partner in the Far East."},
                   {"b", "2024-03", "China is Belarus's third-largest trading partner."}});
  EXPECT_EQ(scope_of(r, "largest trading partner"), "in the Far East");
  EXPECT_EQ(r.count(DiscrepancyKind::kRankConflict), 0u) << r.all();
}

// --- 10. reading the report ------------------------------------------------------------------

TEST(VerifySemantics, ReportsNameSubjectsPeriodsAndCountsAsReadersDo) {
  EXPECT_EQ(subject_words("BY-CN"),
            "Belarus\xE2\x80\x93"
            "China");
  EXPECT_EQ(subject_words("CN-central_asia"),
            "China\xE2\x80\x93"
            "Central Asia");
  EXPECT_EQ(period_words("2016/"), "2016 to date");
  EXPECT_EQ(period_words("2023-01/2023-09"), "2023-01 to 2023-09");
  EXPECT_EQ(period_words("2021"), "2021");
  EXPECT_EQ(counted(1, "discrepancy", "discrepancies"), "1 discrepancy");
  EXPECT_EQ(counted(2, "discrepancy", "discrepancies"), "2 discrepancies");
  Discrepancy d;
  d.subject = "BY-CN";
  d.attribute = "trade.turnover";
  EXPECT_EQ(d.measure_words(),
            "Belarus\xE2\x80\x93"
            "China trade turnover");
}

TEST(VerifySemantics, TheReportCallsEvenSupportEvenAndFoldsInfoVariants) {
  Outcome r = run({{"a", "2023-12",
                    "Trade turnover between Belarus and China was $6 billion in 2021. "
                    "Lukashenko met Xi in 2019."},
                   {"b", "2024-03",
                    "Trade turnover between Belarus and China was $3 billion in 2021. "
                    "Lukashenka met Xi in 2019."}});
  ASSERT_EQ(r.count(DiscrepancyKind::kValueConflict), 1u) << r.all();
  ASSERT_EQ(r.count(DiscrepancyKind::kNameVariant, Severity::kInfo), 1u) << r.all();
  const std::string html = report_html({r.docs, r.extractions, *r.graph, r.v, nullptr});
  EXPECT_NE(html.find("even support"), std::string::npos);
  EXPECT_EQ(html.find("class=\"tag best\""), std::string::npos);  // no side shown as winning
  EXPECT_NE(html.find("Variants of names and labels (info): 1 finding<"), std::string::npos);
}

}  // namespace
}  // namespace claimtrace
