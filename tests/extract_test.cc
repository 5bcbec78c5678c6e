// Extraction end to end on in-memory documents: kinds, values, intervals, periods, binding.
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace claimtrace {
namespace {

// The fixture rules (tests/data/rules), so editing the product's vocabulary cannot break these.
const RuleSet& rules() {
  static RuleSet r = RuleSet::load(default_env(), test_paths::data() + "/rules");
  return r;
}

Extraction run(const std::string& text, const std::string& published = "2023-12") {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Source meta;
  meta.id = "doc";
  if (!published.empty()) meta.published = PartialDate::parse(published);
  Document d = ingest_bytes("doc.txt", text, meta, rules());
  return extract(d, rules());
}

const Claim* find(const Extraction& e, ClaimKind kind) {
  for (const Claim& c : e.claims) {
    if (c.kind == kind) return &c;
  }
  return nullptr;
}

TEST(Extract, ApproximateAmountWithItsPeriodAndAttribute) {
  Extraction e = run("Trade exchange in 2021 amounted to about $6 billion.");
  ASSERT_EQ(e.claims.size(), 1u);
  const Claim& c = e.claims[0];
  EXPECT_EQ(c.kind, ClaimKind::kAmount);
  EXPECT_EQ(c.value, 6e9);
  EXPECT_EQ(c.unit, "USD");
  EXPECT_EQ(c.qualifier, Qualifier::kApprox);
  EXPECT_DOUBLE_EQ(c.low, 5.4e9);
  EXPECT_DOUBLE_EQ(c.high, 6.6e9);
  EXPECT_EQ(c.period.iso(), "2021");
  EXPECT_EQ(c.period_basis, PeriodBasis::kStated);
  EXPECT_EQ(c.attribute, "trade.turnover");
  EXPECT_EQ(c.quote, "about $6 billion");
  EXPECT_EQ(c.span, (Span{35, 51}));
  EXPECT_EQ(c.position, (Position{1, 36}));
}

TEST(Extract, PartialPeriodOfTheCurrentYear) {
  Extraction e =
      run("In the first three quarters of the current year, trade grew by as much as 83.6% and "
          "amounts to 6.45 billion USD.");
  const Claim* p = find(e, ClaimKind::kPercent);
  const Claim* a = find(e, ClaimKind::kAmount);
  ASSERT_TRUE(p && a);
  EXPECT_EQ(p->value, 83.6);
  EXPECT_EQ(a->value, 6.45e9);
  EXPECT_EQ(a->unit, "USD");
  EXPECT_EQ(p->period.iso(), "2023-01/2023-09");
  EXPECT_EQ(a->period.iso(), "2023-01/2023-09");
}

TEST(Extract, AnUndatedFigureContinuesThePeriodOfTheSentenceBefore) {
  Extraction e =
      run("Trade exchange in 2021 amounted to about $6 billion. Exports came to $2 billion. "
          "The ministry opened a new office. Imports were $4 billion.");
  ASSERT_EQ(e.claims.size(), 3u);
  EXPECT_EQ(e.claims[1].period.iso(), "2021");
  EXPECT_EQ(e.claims[1].period_basis, PeriodBasis::kContext);
  // A sentence with no figure breaks the thread: the last figure holds as of the document.
  EXPECT_EQ(e.claims[2].period_basis, PeriodBasis::kDocumentDate);
  EXPECT_EQ(e.claims[2].period.iso(), "2023-12");
}

TEST(Extract, AFigureNamingNoMeasureContinuesTheMeasureOfTheSentenceBefore) {
  Extraction e =
      run("Trade exchange between Belarus and China in 2021 amounted to $6 billion. "
          "The figure compares with $4 billion in 2020. The ministry opened an office. "
          "It listed $9 billion in 2019.");
  ASSERT_EQ(e.claims.size(), 3u);
  EXPECT_EQ(e.claims[1].attribute, "trade.turnover");
  EXPECT_EQ(e.claims[1].period.iso(), "2020");
  // Not across a sentence that names no figure.
  EXPECT_EQ(e.claims[2].attribute, "amount");
}

TEST(Extract, ABaselineDateIsNotThePeriodTheNextSentenceContinues) {
  Extraction e = run("Trade grew by 12% compared to 2020. Exports came to $2 billion.");
  const Claim* a = find(e, ClaimKind::kAmount);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->period_basis, PeriodBasis::kDocumentDate);
}

TEST(Extract, AStateDoesNotContinueThePeriodOfTheSentenceBefore) {
  Extraction e =
      run("Trade exchange in 2021 amounted to about $6 billion. "
          "China is Belarus's second-largest trading partner.");
  const Claim* r = find(e, ClaimKind::kRank);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->period_basis, PeriodBasis::kDocumentDate);
}

TEST(Extract, ARankToldInThePastIsOfThePeriodOfTheSentenceBefore) {
  Extraction e =
      run("Trade exchange in 2021 amounted to about $6 billion. "
          "China remained Belarus's second-largest trading partner.");
  const Claim* r = find(e, ClaimKind::kRank);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->period.iso(), "2021");
  EXPECT_EQ(r->period_basis, PeriodBasis::kContext);
}

// "Higher than in 2022" is a baseline, not the figure's period: the figure continues the period
// told before; the clause "when" opens after the baseline is about the baseline's year.
TEST(Extract, ABaselineIsNotTheFiguresPeriodButTheClauseItOpensIsAboutIt) {
  Extraction e =
      run("Trade reached $41 billion last year. The total was 32% higher than in 2022, when it "
          "stood at $31.2 billion. Exports came to $18 billion.",
          "2024-02");
  ASSERT_EQ(e.claims.size(), 4u);
  EXPECT_EQ(e.claims[0].period.iso(), "2023");
  EXPECT_EQ(e.claims[1].value, 32);
  EXPECT_EQ(e.claims[1].period.iso(), "2023");
  EXPECT_EQ(e.claims[1].period_basis, PeriodBasis::kContext);
  EXPECT_DOUBLE_EQ(e.claims[2].value, 31.2e9);
  EXPECT_EQ(e.claims[2].period.iso(), "2022");
  EXPECT_EQ(e.claims[3].period.iso(), "2023");
}

// "The same period", "a year earlier": the period being told; "the same period of 2023" is
// what the growth is compared with, and the value compared with takes it.
TEST(Extract, PeriodsThatReferBackTakeThePeriodBeingTold) {
  Extraction e = run(
      "In January-September 2024 trade amounted to $6.9 billion, a rise of 9% on the same period "
      "of 2023. Exports grew to $1.4 billion in the same period. Imports came to $5.5 billion, "
      "compared with $4.1 billion a year earlier.",
      "2024-12");
  ASSERT_EQ(e.claims.size(), 5u);
  for (size_t c = 0; c < 4; ++c) EXPECT_EQ(e.claims[c].period.iso(), "2024-01/2024-09") << c;
  EXPECT_DOUBLE_EQ(e.claims[4].value, 4.1e9);
  EXPECT_EQ(e.claims[4].period.iso(), "2023-01/2023-09");
}

// A title is what the document calls the person, as of its date, whatever its sentence dates; a
// goal set for a date is for that year.
TEST(Extract, ATitleHoldsAtTheDocumentsDateAndAGoalAtItsYear) {
  Extraction e =
      run("President Lukashenko said in 2019 that they plan to raise trade to "
          "$10 billion by 2030.");
  const Claim* t = find(e, ClaimKind::kLabel);
  const Claim* a = find(e, ClaimKind::kAmount);
  ASSERT_TRUE(t && a);
  EXPECT_EQ(t->attribute, "person.title");
  EXPECT_EQ(t->period_basis, PeriodBasis::kDocumentDate);
  EXPECT_EQ(a->modality, Modality::kPlanned);
  EXPECT_EQ(a->period.iso(), "2030");
}

// A label takes a date of its own clause only; a participle between it and its date says when
// the status began, and it holds from then on.
TEST(Extract, ALabelTakesADateOfItsClause) {
  Extraction e = run(
      "They have had a strategic partnership since 2012, and the minister calls it an all-weather "
      "partnership.");
  std::vector<const Claim*> labels;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kLabel) labels.push_back(&c);
  }
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_EQ(labels[0]->period.iso(), "2012/2023-12");
  EXPECT_EQ(labels[1]->period_basis, PeriodBasis::kDocumentDate);
  Extraction agreed = run("The result reflects the strategic partnership agreed in 2019.");
  const Claim* l = find(agreed, ClaimKind::kLabel);
  ASSERT_TRUE(l);
  EXPECT_EQ(l->period.iso(), "2019/2023-12");
}

TEST(Extract, RanksWithScope) {
  Extraction e =
      run("Since 2020, China has been Belarus's second-largest trading partner after Russia.");
  const Claim* r = find(e, ClaimKind::kRank);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->value, 2);
  EXPECT_EQ(r->attribute, "trade.partner_rank");
  EXPECT_EQ(r->scope, "after Russia");
  EXPECT_EQ(r->period.iso(), "2020/2023-12");  // "since 2020", closed at the document date
  EXPECT_EQ(r->subject.text(), "BY-CN");
  Extraction seventh = run("China became Belarus' seventh largest trading partner.");
  ASSERT_NE(find(seventh, ClaimKind::kRank), nullptr);
  EXPECT_EQ(find(seventh, ClaimKind::kRank)->value, 7);
  // A count beside a superlative is a group of the first places: at most that place.
  for (const char* text : {"China is among Belarus's 5 largest trading partners.",
                           "China is among Belarus's top 5 trading partners."}) {
    const Extraction read = run(text);
    const Claim* group = find(read, ClaimKind::kRank);
    ASSERT_NE(group, nullptr) << text;
    EXPECT_EQ(group->value, 5) << text;
    EXPECT_EQ(group->qualifier, Qualifier::kAtMost) << text;
    EXPECT_EQ(group->low, 1) << text;
  }
  // A superlative hyphenated to the noun is one modifier: no rank.
  EXPECT_EQ(find(run("Belarus held largest-partner talks with China."), ClaimKind::kRank), nullptr);
}

// After a rank of its sentence, "the largest in Asia" ranks on the same noun in that scope; with
// no rank before it, a superlative and a scope rank nothing.
TEST(Extract, AnElidedRankTakesTheNounOfTheRankBeforeIt) {
  const Extraction e =
      run("China is Belarus' second largest trading partner and the largest in Asia.");
  std::vector<const Claim*> ranks;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kRank) ranks.push_back(&c);
  }
  ASSERT_EQ(ranks.size(), 2u);
  EXPECT_EQ(ranks[1]->value, 1);
  EXPECT_EQ(ranks[1]->scope, "in Asia");
  EXPECT_EQ(ranks[1]->attribute, ranks[0]->attribute);
  EXPECT_EQ(find(run("Minsk is the largest in the country."), ClaimKind::kRank), nullptr);
}

TEST(Extract, AnOrdinalCountsWhatFollowsItAsARankNeverCompared) {
  const Extraction e = run("It was the president's seventh visit to Minsk.");
  const Claim* visit = find(e, ClaimKind::kRank);
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->value, 7);
  EXPECT_EQ(visit->attribute, "ordinal.visit");
  EXPECT_EQ(visit->quote, "seventh visit");
  // The first of anything, and an ordinal before a period, rank nothing.
  EXPECT_EQ(find(run("It was the first visit to Minsk."), ClaimKind::kRank), nullptr);
  EXPECT_EQ(find(run("Trade grew in the third quarter of 2023."), ClaimKind::kRank), nullptr);
}

TEST(Extract, APercentWithNoFigureIsShownNeverContinued) {
  Extraction e = run(
      "Trade between Belarus and China grew by 5 percent in 2021. The percent was high. It then "
      "grew by 7 percent.");
  ASSERT_EQ(e.claims.size(), 3u);
  EXPECT_FALSE(e.claims[1].numeric);
  EXPECT_EQ(e.claims[1].attribute, "quantity.unvalued");
  EXPECT_EQ(e.claims[1].kind, ClaimKind::kPercent);
  // A word with no value names no measure for the next sentence's figure to continue.
  EXPECT_TRUE(e.claims[2].numeric);
  EXPECT_NE(e.claims[2].attribute, "quantity.unvalued");
}

TEST(Extract, UndatedDocumentLeavesThePeriodUnresolved) {
  Extraction e = run("Over 80 treaties and agreements have been signed.", "");
  ASSERT_EQ(e.claims.size(), 1u);
  const Claim& c = e.claims[0];
  EXPECT_EQ(c.kind, ClaimKind::kCount);
  EXPECT_EQ(c.value, 80);
  EXPECT_EQ(c.unit, "treaties");
  EXPECT_EQ(c.qualifier, Qualifier::kMoreThan);
  EXPECT_TRUE(std::isinf(c.high));
  EXPECT_TRUE(c.period.unresolved);
  EXPECT_EQ(c.period.iso(), "");
  EXPECT_EQ(c.period_basis, PeriodBasis::kUnresolved);
}

TEST(Extract, StatusLabelAndItsEventDate) {
  Extraction e =
      run("The two countries agreed to establish an \"all-weather and comprehensive strategic "
          "partnership\" in September 2022.");
  const Claim* l = find(e, ClaimKind::kLabel);
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->text, "all-weather and comprehensive strategic partnership");
  EXPECT_EQ(l->attribute, "partnership.status");
  bool dated = false;
  for (const Claim& c : e.claims) {
    dated = dated ||
            ((c.kind == ClaimKind::kDate || c.kind == ClaimKind::kEvent) && c.text == "2022-09");
  }
  EXPECT_TRUE(dated);
}

TEST(Extract, TitlesAndMentions) {
  Extraction e = run("First Deputy Prime Minister Ivan Pyatrou met Xi Jinping in Tashkent.");
  const Claim* t = find(e, ClaimKind::kLabel);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->text, "first deputy prime minister");
  EXPECT_EQ(t->attribute, "person.title");
  EXPECT_EQ(t->subject.text(), "petrov");
  ASSERT_EQ(e.mentions.size(), 2u);
  EXPECT_EQ(e.mentions[0].canonical, "Ivan Petrov");
  EXPECT_EQ(e.mentions[0].surface, "Ivan Pyatrou");
}

TEST(Extract, NamesInOtherScriptsAndSpellingsResolve) {
  Extraction e =
      run("\xD0\x9B\xD1\x83\xD0\xBA\xD0\xB0\xD1\x88\xD0\xB5\xD0\xBD\xD0\xBA\xD0\xBE met "
          "Luka\xC5\xA1\x65nka and Pyatrou.");  // "Лукашенко", "Lukašenka"
  ASSERT_EQ(e.mentions.size(), 3u);
  EXPECT_EQ(e.mentions[0].entity, "lukashenko");
  EXPECT_EQ(e.mentions[1].entity, "lukashenko");
  EXPECT_EQ(e.mentions[1].surface, "Luka\xC5\xA1\x65nka");
  EXPECT_EQ(e.mentions[2].canonical, "Ivan Petrov");
}

TEST(Extract, TargetsAndReportedSpeech) {
  Extraction target =
      run("The directive set ambitious targets of at least half a billion dollars annually.");
  const Claim* a = find(target, ClaimKind::kAmount);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->value, 5e8);
  EXPECT_EQ(a->qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(a->modality, Modality::kTarget);
  EXPECT_EQ(a->period.iso(), "");
  Extraction said = run("Lukashenko said that exports reached $1.7 billion in 2025.");
  const Claim* s = find(said, ClaimKind::kAmount);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->modality, Modality::kReported);
  EXPECT_EQ(s->speaker, "Alexander Lukashenko");
  EXPECT_EQ(s->attribute, "trade.exports");
}

TEST(Extract, CountsMeasuresAndShares) {
  Extraction e =
      run("The park lies 25 km from Minsk with an area of 112 square kilometers; 11 new residents, "
          "dozens of Chinese companies and at least half of the products.");
  std::vector<std::pair<std::string, double>> got;
  for (const Claim& c : e.claims) got.emplace_back(to_string(c.kind) + (":" + c.unit), c.value);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, double>>{{"measure:m", 25000},
                                                              {"measure:m2", 112e6},
                                                              {"count:residents", 11},
                                                              {"count:companies", 24},
                                                              {"percent:percent", 50}}));
}

TEST(Extract, ListsOfNamesAndDocumentNumbers) {
  Extraction e = run("Sanctions were imposed by the EU, U.S., UK and Canada under decree No. 215.");
  std::vector<std::string> labels;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kLabel) labels.push_back(c.attribute + "=" + c.text);
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"document.number=215", "list=EU; US; UK; Canada"}));
}

TEST(Extract, ReferringNumbersAreNotCounts) {
  Extraction e = run("The two countries met. Belarus is one of the small states.");
  for (const Claim& c : e.claims) EXPECT_NE(c.kind, ClaimKind::kCount) << c.quote;
}

// A terminal colour code left in text is not text: its "31m" is no "31 million" (of anything).
TEST(Extract, TerminalEscapeSequencesMakeNoClaims) {
  Extraction e =
      run("The park has \x1b[31m11 new residents\x1b[0m, \x1b[1;31mdozens of companies and "
          "\x1b]0;title\x07 the EU. Exports were \x1b[32m$6 billion\x1b[0m in 2021.");
  std::vector<std::string> got;
  for (const Claim& c : e.claims) {
    EXPECT_EQ(c.quote.find('['), std::string::npos) << c.quote;
    EXPECT_NE(c.value, 31e6) << c.quote;
    EXPECT_NE(c.value, 31e3) << c.quote;
    if (c.kind == ClaimKind::kCount || c.kind == ClaimKind::kAmount) {
      got.push_back(std::string(to_string(c.kind)) + ":" + c.quote);
    }
  }
  EXPECT_EQ(got, (std::vector<std::string>{"count:11 new residents", "count:dozens of companies",
                                           "amount:$6 billion"}));
}

// A number no double holds is not dropped in silence: a warning names its place.
TEST(Extract, ANumberTooLargeToHoldIsAWarningWithItsPlace) {
  Extraction e = run("Trade reached $" + std::string(100000, '7') + " in 2021.");
  for (const Claim& c : e.claims) EXPECT_NE(c.kind, ClaimKind::kAmount) << c.quote;
  ASSERT_EQ(e.diagnostics.size(), 1u);
  EXPECT_EQ(e.diagnostics[0].severity, DiagnosticLevel::kWarning);
  EXPECT_EQ(e.diagnostics[0].where.file, "doc.txt");
  EXPECT_EQ(e.diagnostics[0].where.line, 1);
  EXPECT_EQ(e.diagnostics[0].where.column, 16);
  EXPECT_EQ(e.diagnostics[0].where.offset, 15);
  EXPECT_NE(e.diagnostics[0].message.find("beyond what a number can hold"), std::string::npos);
  EXPECT_TRUE(run("Trade reached $" + std::string(300, '7') + " in 2021.").diagnostics.empty());
}

// A scale past what a number holds gives no claim of an infinite value: the same warning, over
// the number and its scale.
TEST(Extract, AScaleBeyondWhatANumberHoldsIsAWarningNotAClaim) {
  Extraction e = run("Trade reached $1" + std::string(308, '0') + " billion in 2021.");
  for (const Claim& c : e.claims) EXPECT_NE(c.kind, ClaimKind::kAmount) << c.quote;
  ASSERT_EQ(e.diagnostics.size(), 1u);
  EXPECT_EQ(e.diagnostics[0].severity, DiagnosticLevel::kWarning);
  EXPECT_EQ(e.diagnostics[0].where.column, 16);
  EXPECT_NE(e.diagnostics[0].message.find("a number of 317 characters is beyond what a number"),
            std::string::npos)
      << e.diagnostics[0].message;
  Extraction fits = run("Trade reached $1" + std::string(290, '0') + " billion in 2021.");
  EXPECT_TRUE(fits.diagnostics.empty());
  bool amount = false;
  for (const Claim& c : fits.claims) amount = amount || c.kind == ClaimKind::kAmount;
  EXPECT_TRUE(amount);
}

// Random sentences from pieces that exercise every recognizer: nothing crashes, every claim
// lies inside its document and its quote is the normalized text of its span.
TEST(Extract, FuzzedSentencesGiveWellFormedClaims) {
  const char* pieces[] = {"$",         "6",
                          "6.45",      "billion",
                          "about",     "over",
                          "at least",  "%",
                          "times",     "the",
                          "two",       "countries",
                          "in",        "2021",
                          "between",   "and",
                          "-",         "December",
                          "this year", "seventh",
                          "largest",   "trading partner",
                          "EU",        ",",
                          "UK",        "No.",
                          "215",       "all-weather",
                          "strategic", "partnership",
                          "President", "Xi",
                          "said",      "target",
                          ".",         "(",
                          ")",         "dozens",
                          "of",        "doses",
                          "km",        "first",
                          "quarters",  "that year"};
  std::mt19937 rng(7);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    int n = 1 + static_cast<int>(rng() % 30);
    for (int i = 0; i < n; ++i) {
      text += pieces[rng() % (sizeof pieces / sizeof *pieces)];
      text += rng() % 4 ? " " : "";
    }
    Source meta;
    meta.id = "f";
    if (round % 2) meta.published = PartialDate::parse("2024-05");
    Document d = ingest_bytes("f.txt", text, meta, rules());
    Extraction x = extract(d, rules());
    for (const Claim& c : x.claims) {
      ASSERT_LE(c.span.end, text.size()) << text;
      ASSERT_LT(c.span.begin, c.span.end) << text;
      EXPECT_EQ(c.quote, d.text.slice(TextRange{c.text_begin, c.text_end})) << text;
      EXPECT_FALSE(c.id.empty());
    }
  }
}

TEST(Extract, AHugeSentenceIsShownInWindowsSoOutputStaysLinear) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "the first three quarters of ";
  Extraction e = run(text + "2021.");
  ASSERT_GT(e.claims.size(), 100u);
  size_t total = 0;
  for (const Claim& c : e.claims) {
    total += c.sentence.text().size();
    EXPECT_NE(c.sentence.text().find(c.quote), std::string::npos);
    EXPECT_LE(c.sentence.text().size(), 2 * 200 + c.quote.size() + 16);
  }
  EXPECT_LT(total, 2000 * 600u);  // not claims x sentence length
}

TEST(Extract, ATextWithNoStopsIsReadInWindowsAndEveryFigureKeepsItsOwnDate) {
  // Far longer than one reading window: every figure is still found, with the year beside it.
  std::string text;
  for (int i = 0; i < 600; ++i) {
    text += "trade reached $" + std::to_string(i + 1) + " billion in " +
            std::to_string(2000 + i % 20) + ", ";
  }
  Extraction e = run(text);
  size_t amounts = 0;
  for (const Claim& c : e.claims) {
    if (c.kind != ClaimKind::kAmount) continue;
    ++amounts;
    const int i = static_cast<int>(c.value / 1e9) - 1;
    EXPECT_EQ(c.period.iso(), std::to_string(2000 + i % 20)) << c.quote;
    EXPECT_LE(c.sentence.text().size(), 2 * 200 + c.quote.size() + 16);
  }
  EXPECT_EQ(amounts, 600u);
}

TEST(Extract, IdsAreStableAndDistinct) {
  const std::string text = "Exports grew by 5% in 2021 and by 7% in 2022.";
  Extraction a = run(text), b = run(text);
  ASSERT_EQ(a.claims.size(), 2u);
  EXPECT_EQ(a.claims[0].id, b.claims[0].id);
  EXPECT_NE(a.claims[0].id, a.claims[1].id);
  EXPECT_EQ(a.claims[0].period.iso(), "2021");
  EXPECT_EQ(a.claims[1].period.iso(), "2022");
}

TEST(Extract, AStateNamedInsideAnotherNameStillMakesTheSubject) {
  // "invasion of Ukraine" is an event's name; Ukraine is still named in the sentence.
  Extraction e =
      run("Belarus and China met in Minsk. China and Belarus signed an accord. Russia began the "
          "invasion of Ukraine in February 2022.");
  ASSERT_FALSE(e.claims.empty());
  EXPECT_EQ(e.claims.back().quote, "February 2022");
  EXPECT_EQ(e.claims.back().subject.text(), "RU-UA");
}

TEST(Extract, AnEventDatesTheStatusItEstablishedAnywhereInTheSentence) {
  // The date opens the sentence; the status it began closes it, far more than a few words on.
  Extraction e = run(
      "This year at the summit of the regional organization in the old city of the south, after "
      "long and careful preparations by both foreign ministries and many rounds of talks between "
      "the delegations of the two governments, Belarus and China signed the Joint Declaration on "
      "the establishment of relations of all-weather strategic partnership.",
      "2022");
  const Claim* event = find(e, ClaimKind::kEvent);
  ASSERT_TRUE(event);
  EXPECT_EQ(event->object, "all-weather strategic partnership");
  EXPECT_EQ(event->attribute, "partnership.established");
  EXPECT_EQ(event->period.iso(), "2022");
}

TEST(Extract, ATotalAndThePartsAfterItsCueMakeABreakdown) {
  Extraction e =
      run("Belarus and China have signed almost four dozen agreements: 27 on trade and 8 on "
          "investment.");
  ASSERT_EQ(e.breakdowns.size(), 1u);
  const Breakdown& b = e.breakdowns[0];
  const Claim* total = find(e, ClaimKind::kCount);
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(b.total, total->id);
  EXPECT_EQ(b.cue, ":");
  EXPECT_TRUE(b.exhaustive);
  ASSERT_EQ(b.parts.size(), 2u);
  EXPECT_EQ(b.parts[0].quote, "27");
  EXPECT_EQ(b.parts[0].low, 27);
  EXPECT_EQ(b.parts[1].quote, "8");
  EXPECT_EQ(b.parts[1].span.size(), 1u);
  EXPECT_TRUE(b.parts[0].claim.empty());  // a bare number, not a claim of its own
}

TEST(Extract, AmountPartsAreClaimsInTheSameCurrencyAndOpenCuesAreNotExhaustive) {
  Extraction e =
      run("In 2022 Belarus exported goods worth $5 billion to China, of which $3.5 billion were "
          "potash, 40% went by rail, 12 trains carried timber and $1 billion was machinery.");
  ASSERT_EQ(e.breakdowns.size(), 1u);
  const Breakdown& b = e.breakdowns[0];
  EXPECT_FALSE(b.exhaustive);
  // Only the amounts are parts: a share and a bare count are not parts of money.
  ASSERT_EQ(b.parts.size(), 2u);
  EXPECT_EQ(b.parts[0].quote, "$3.5 billion");
  EXPECT_FALSE(b.parts[0].claim.empty());
  EXPECT_EQ(b.parts[1].high, 1e9);
}

TEST(Extract, OneFigureAfterAWordCueIsAPartButOneAfterAColonIsNot) {
  Extraction e =
      run("In 2022 Belarus exported goods worth $5 billion to China, of which $3.5 "
          "billion were potash.");
  ASSERT_EQ(e.breakdowns.size(), 1u);
  ASSERT_EQ(e.breakdowns[0].parts.size(), 1u);
  EXPECT_EQ(e.breakdowns[0].parts[0].quote, "$3.5 billion");
  // After ":" one figure may be the figure a total is compared with, not a part of it.
  Extraction colon =
      run("Belarus exported goods worth $5 billion to China in 2022: $4 billion in 2021.");
  EXPECT_TRUE(colon.breakdowns.empty());
}

// The level a change started from is of the period before the one the new level took.
// The period of each amount a text gives, in order.
std::vector<std::string> amount_periods(const Extraction& e) {
  std::vector<std::string> out;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kAmount) out.push_back(c.period.iso());
  }
  return out;
}

// A later clause that opens on a base with its figure, or on its date, keeps the date to itself:
// a figure of an earlier clause stating none is not of that year.
TEST(Extract, ALaterClausesOwnDateIsNotAnEarlierFigures) {
  const auto periods = amount_periods;
  for (const char* text :
       {"Belarusian exports to China reached $3 billion, up from $2.6 billion in 2022.",
        "Belarusian exports to China reached $3 billion, and in 2022 they were $2.6 billion."}) {
    const std::vector<std::string> got = periods(run(text));
    ASSERT_EQ(got.size(), 2u) << text;
    EXPECT_NE(got[0], "2022") << text;
    EXPECT_EQ(got[1], "2022") << text;
  }
  // A date closing a later clause may be both figures'.
  EXPECT_EQ(periods(run("Belarusian exports to China reached $3 billion, and imports $2 billion "
                        "in 2022.")),
            (std::vector<std::string>{"2022", "2022"}));
}

TEST(Extract, AChangesBaseWithoutADateOfItsOwnIsOfThePeriodBefore) {
  const auto periods = amount_periods;
  EXPECT_EQ(periods(run("Belarusian exports to China climbed to $3 billion in 2022 from $2.6 "
                        "billion.")),
            (std::vector<std::string>{"2022", "2021"}));
  EXPECT_EQ(periods(run("Belarusian exports to China climbed from $2.6 billion to $3 billion in "
                        "2022.")),
            (std::vector<std::string>{"2021", "2022"}));
  // "From X to Y" with no change word is a range: both ends keep the date.
  EXPECT_EQ(periods(run("Belarusian exports to China are expected to range from $2.6 billion to "
                        "$3 billion in 2022.")),
            (std::vector<std::string>{"2022", "2022"}));
  // A base with its own date keeps it.
  EXPECT_EQ(periods(run("Belarusian exports to China were $3 billion in 2022, up from $2.6 "
                        "billion in 2020.")),
            (std::vector<std::string>{"2022", "2020"}));
  // After a month, the month before or the same month a year before: unknown, never guessed.
  const Extraction month =
      run("Belarusian exports to China climbed to $300 million in March 2022 "
          "from $260 million.");
  ASSERT_EQ(periods(month).size(), 2u);
  EXPECT_EQ(periods(month)[0], "2022-03");
  for (const Claim& c : month.claims) {
    if (c.kind == ClaimKind::kAmount && c.value == 260e6) {
      EXPECT_TRUE(c.period.unresolved);
      EXPECT_EQ(c.period_basis, PeriodBasis::kUnresolved);
    }
  }
}

TEST(Extract, ARestWordAmongThePartsOpensAnExhaustiveList) {
  Extraction e = run("The park has 60 residents: 20 from China, 15 from Belarus and others.");
  ASSERT_EQ(e.breakdowns.size(), 1u);
  EXPECT_FALSE(e.breakdowns[0].exhaustive);
}

TEST(Extract, NoBreakdownWithoutACueRightAfterTheTotal) {
  Extraction e =
      run("The park has 60 residents and plans to attract 20 more by 2025 and 30 by 2030.");
  EXPECT_TRUE(e.breakdowns.empty());
}

TEST(Extract, ACurrencySignBelongsToTheNumberAfterIt) {
  // Left over from a terminal colour code: "[31m" must not make $3 billion 31 million dollars.
  Extraction e = run("Trade \x1b[31m$3 billion in 2021 between Belarus and China.");
  std::vector<double> amounts;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kAmount) amounts.push_back(c.value);
  }
  EXPECT_EQ(amounts, std::vector<double>{3e9});
  // A sign after a number with nothing after it still makes the amount: "500 $".
  Extraction after = run("Belarus paid 500 $ for each ton in 2021.");
  const Claim* a = find(after, ClaimKind::kAmount);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->value, 500);
}

// A plan and a fact in one sentence: each figure takes the verb of its own clause, not the
// sentence's last trigger.
TEST(Extract, ModalityIsEachClausesOwn) {
  Extraction e = run(
      "Trade reached $8.4 billion in 2023, and the sides plan to raise it to $10 billion by 2030.");
  std::vector<std::pair<double, Modality>> got;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kAmount) got.emplace_back(c.value, c.modality);
  }
  EXPECT_EQ(got, (std::vector<std::pair<double, Modality>>{{8.4e9, Modality::kAsserted},
                                                           {1e10, Modality::kPlanned}}));
  // A trigger after a figure governs it in its clause, unless it governs a figure after it.
  const Extraction e1 = run("Exports of $2 billion are the target.");
  const Claim* t = find(e1, ClaimKind::kAmount);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->modality, Modality::kTarget);
  std::vector<std::pair<double, Modality>> grow;
  for (const Claim& c :
       run("Trade of $5 billion in 2023 is expected to grow to $7 billion.").claims) {
    if (c.kind == ClaimKind::kAmount) grow.emplace_back(c.value, c.modality);
  }
  EXPECT_EQ(grow, (std::vector<std::pair<double, Modality>>{{5e9, Modality::kAsserted},
                                                            {7e9, Modality::kForecast}}));
  // "will" in the figure's clause makes a forecast; the earlier clause stays a fact.
  Extraction w =
      run("Trade grew to $6 billion in 2023, up from $5 billion, and will reach $9 billion.");
  std::vector<Modality> mods;
  for (const Claim& c : w.claims) {
    if (c.kind == ClaimKind::kAmount) mods.push_back(c.modality);
  }
  // Where a planned change starts is a fact; figures listed after a comma share the trigger.
  std::vector<std::pair<double, Modality>> from;
  for (const Claim& c : run("They plan to raise exports from $5 billion to $8 billion.").claims) {
    if (c.kind == ClaimKind::kAmount) from.emplace_back(c.value, c.modality);
  }
  EXPECT_EQ(from, (std::vector<std::pair<double, Modality>>{{5e9, Modality::kAsserted},
                                                            {8e9, Modality::kPlanned}}));
  std::vector<Modality> listed;
  for (const Claim& c :
       run("The plan sets targets (exports of $2 billion, and $3 billion).").claims) {
    if (c.kind == ClaimKind::kAmount) listed.push_back(c.modality);
  }
  EXPECT_EQ(listed, (std::vector<Modality>{Modality::kTarget, Modality::kTarget}));
  EXPECT_EQ(mods,
            (std::vector<Modality>{Modality::kAsserted, Modality::kAsserted, Modality::kForecast}));
}

// A figure takes the measure word of its own clause before a nearer one of the next clause; a
// list of figures after one measure word shares it.
TEST(Extract, MeasureFromTheFiguresOwnClause) {
  std::vector<std::string> attrs;
  for (const Claim& c :
       run("Exports to partners of the union came to $7 billion, and imports $2 billion.").claims) {
    if (c.kind == ClaimKind::kAmount) attrs.push_back(c.attribute);
  }
  EXPECT_EQ(attrs, (std::vector<std::string>{"trade.exports", "trade.imports"}));
  std::vector<std::string> listed;
  for (const Claim& c :
       run("Imports grew, and exports of $3 billion and $4 billion in 2022 and 2023 followed.")
           .claims) {
    if (c.kind == ClaimKind::kAmount) listed.push_back(c.attribute);
  }
  EXPECT_EQ(listed, (std::vector<std::string>{"trade.exports", "trade.exports"}));
  // With no measure word in its own clause, a figure takes the nearest one in the sentence.
  const Extraction high = run("Exports were high, and in 2023 they came to $5 billion.");
  const Claim* a = find(high, ClaimKind::kAmount);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->attribute, "trade.exports");
}

// A change after a decline phrase is negative, its interval too; a level after one is not.
TEST(Extract, DeclineMakesAChangeNegative) {
  const Extraction fell_e = run("Exports fell by about 8% in 2023.");
  const Claim* fell = find(fell_e, ClaimKind::kPercent);
  ASSERT_NE(fell, nullptr);
  EXPECT_EQ(fell->value, -8);
  EXPECT_LT(fell->low, fell->high);
  EXPECT_LT(fell->high, 0);
  const Extraction down_e = run("Exports were down 5% in 2023.");
  const Claim* down = find(down_e, ClaimKind::kPercent);
  ASSERT_NE(down, nullptr);
  EXPECT_EQ(down->value, -5);
  const Extraction less_e = run("Trade was 4% less than in 2022.");
  const Claim* less = find(less_e, ClaimKind::kPercent);
  ASSERT_NE(less, nullptr);
  EXPECT_EQ(less->value, -4);
  const Extraction rose_e = run("Exports grew by 8% in 2023.");
  const Claim* rose = find(rose_e, ClaimKind::kPercent);
  ASSERT_NE(rose, nullptr);
  EXPECT_EQ(rose->value, 8);
  const Extraction level = run("Exports fell by 8% to $3 billion in 2023.");
  const Claim* amount = find(level, ClaimKind::kAmount);
  ASSERT_NE(amount, nullptr);
  EXPECT_EQ(amount->value, 3e9);
  EXPECT_EQ(find(level, ClaimKind::kPercent)->value, -8);
}

// A share's noun heading the clause makes its percentage a share however far the figure
// stands (past a long phrase and a date); a figure between them is the nearer one's.
TEST(Extract, AShareHeadingItsClauseReachesAFarPercentage) {
  const Extraction e =
      run("The share of China in the whole of the bilateral trade of Belarus in 2024 came to 15%.");
  const Claim* share = find(e, ClaimKind::kPercent);
  ASSERT_NE(share, nullptr);
  EXPECT_EQ(share->attribute, "trade.turnover.share");
  const Extraction other =
      run("The share of China in trade was 40% in 2023, and the bilateral trade of Belarus in "
          "the whole of 2024 grew by 15%.");
  std::vector<std::string> attributes;
  for (const Claim& c : other.claims) {
    if (c.kind == ClaimKind::kPercent) attributes.push_back(c.attribute);
  }
  EXPECT_EQ(attributes, (std::vector<std::string>{"trade.turnover.share", "trade.turnover"}));
}

// A share of a measure is not its level, and a surplus is not the turnover.
TEST(Extract, ShareAndBalanceAreTheirOwnAttributes) {
  const Extraction e1 = run("China's share of bilateral trade reached 40%.");
  const Claim* share = find(e1, ClaimKind::kPercent);
  ASSERT_NE(share, nullptr);
  EXPECT_EQ(share->attribute, "trade.turnover.share");
  const Extraction e2 = run("Bilateral trade grew by 40%.");
  const Claim* level = find(e2, ClaimKind::kPercent);
  ASSERT_NE(level, nullptr);
  EXPECT_EQ(level->attribute, "trade.turnover");
  const Extraction e3 = run("It ran a $600 billion trade surplus.");
  const Claim* surplus = find(e3, ClaimKind::kAmount);
  ASSERT_NE(surplus, nullptr);
  EXPECT_EQ(surplus->attribute, "trade.balance");
}

// A counted noun no rule names is found through its modifiers; its head is the count's unit.
TEST(Extract, CountedNounWithoutAList) {
  Extraction e = run("They signed 19 intergovernmental, interbank and interregional deals.");
  const Claim* c = find(e, ClaimKind::kCount);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value, 19);
  EXPECT_EQ(c->unit, "deals");
  EXPECT_EQ(c->scope, "intergovernmental interbank interregional");
  EXPECT_EQ(c->attribute, "count.deals");
  EXPECT_EQ(c->quote, "19 intergovernmental, interbank and interregional deals");
  const Extraction e2 = run("It hired more than 700 doctors and more than 120 nurses.");
  const Claim* d = find(e2, ClaimKind::kCount);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->unit, "doctors");
  EXPECT_EQ(d->qualifier, Qualifier::kMoreThan);
  // No head: a function word, a name before the number, a singular, a flag at half-staff.
  for (const char* none : {"Of the 20 in the room, most left.", "They took Route 66 exits.",
                           "A 24 hour service began.", "Flags flew at half-staff."}) {
    EXPECT_EQ(find(run(none), ClaimKind::kCount), nullptr) << none;
  }
}

// A whole count beyond every integer type is still a count (checking it by a cast was undefined).
TEST(Extract, CountedNounBeyondIntegerRange) {
  const Extraction e = run("They signed 1000000000000000000000000000 deals.");
  const Claim* c = find(e, ClaimKind::kCount);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value, 1e27);
  EXPECT_EQ(c->unit, "deals");
  EXPECT_EQ(find(run("They signed 2.5 deals."), ClaimKind::kCount), nullptr);
}

}  // namespace
}  // namespace claimtrace
