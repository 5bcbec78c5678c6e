// check_draft(): each draft claim supported, contradicted, disputed or unsupported by the corpus.
#include "claimtrace/check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimtrace/pipeline.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

struct Checked {
  TestCorpus corpus;
  TestCorpus draft;
  DraftCheck check;

  const DraftFinding& finding(const std::string& quote) const {
    for (const DraftFinding& f : check.findings) {
      if (f.claim.quote == quote) return f;
    }
    ADD_FAILURE() << "no draft claim \"" << quote << "\"";
    static const DraftFinding none;
    return none;
  }
  const DraftFinding& finding(ClaimKind kind) const {
    for (const DraftFinding& f : check.findings) {
      if (f.claim.kind == kind) return f;
    }
    ADD_FAILURE() << "no draft claim of kind " << to_string(kind);
    static const DraftFinding none;
    return none;
  }
};

Checked run(const std::vector<TestInput>& corpus, const TestInput& draft) {
  Checked c;
  c.corpus = ingest_and_extract(corpus);
  c.draft = ingest_and_extract({draft});
  c.check = check_draft(c.draft.docs[0], c.draft.extractions[0], c.corpus.docs,
                        c.corpus.extractions, fixture_rules());
  return c;
}

const std::vector<TestInput> kCorpus = {
    {"ministry", "2023-12",
     "Trade turnover between Belarus and China reached $5.1 billion in 2021. Belarus and China "
     "established a comprehensive strategic partnership in 2013."},
    {"agency", "2024-01",
     "Trade turnover between Belarus and China was $5.1 billion in 2021. The Great Stone park had "
     "100 residents in 2022."},
    {"paper", "2024-02", "The China-Belarus Great Stone park had 140 residents in 2022."},
};

TEST(Check, EachDraftClaimGetsTheVerdictTheCorpusGivesIt) {
  Checked c = run(kCorpus, {"draft", "2024-06",
                            "Trade turnover between Belarus and China reached $3 billion in 2021. "
                            "Belarus and China established a comprehensive strategic partnership "
                            "in 2013. The park had about 120 residents in 2022. Belarus exported "
                            "potash worth $2 billion to India in 2020."});
  const DraftFinding& wrong = c.finding("$3 billion");
  EXPECT_EQ(wrong.verdict, Verdict::kContradicted) << wrong.explanation;
  ASSERT_FALSE(wrong.discrepancy.empty());
  ASSERT_EQ(wrong.evidence.size(), 2u);  // both corpus sources that say $5.1 billion
  for (const Evidence& e : wrong.evidence) {
    EXPECT_EQ(e.role, EvidenceRole::kConflicts);
    EXPECT_EQ(e.quote, "$5.1 billion");
  }
  const DraftFinding& year = c.finding(ClaimKind::kEvent);
  EXPECT_EQ(year.verdict, Verdict::kSupported) << year.explanation;
  ASSERT_EQ(year.evidence.size(), 1u);
  EXPECT_EQ(year.evidence[0].source, "ministry");
  EXPECT_EQ(year.evidence[0].role, EvidenceRole::kAgrees);

  // The corpus says 100 or 140: it disagrees with itself, but no account allows "about 120".
  const DraftFinding& residents = c.finding("about 120 residents");
  EXPECT_EQ(residents.verdict, Verdict::kContradicted) << residents.explanation;
  EXPECT_EQ(residents.evidence.size(), 2u);

  const DraftFinding& india = c.finding("$2 billion");
  EXPECT_EQ(india.verdict, Verdict::kUnsupported) << india.explanation;
  EXPECT_TRUE(india.evidence.empty());
  // The draft's spans are its own bytes.
  EXPECT_EQ(c.draft.docs[0].source.id, india.claim.source);
}

TEST(Check, ADraftThatAgreesWithOneSideOfACorpusDisputeIsDisputedNotSupported) {
  Checked c = run(kCorpus, {"draft", "2024-06",
                            "The China-Belarus Great Stone park had 140 residents in 2022."});
  const DraftFinding& f = c.finding("140 residents");
  EXPECT_EQ(f.verdict, Verdict::kDisputed) << f.explanation;
  bool agrees = false, conflicts = false;
  for (const Evidence& e : f.evidence) {
    agrees = agrees || (e.role == EvidenceRole::kAgrees && e.source == "paper");
    conflicts = conflicts || (e.role == EvidenceRole::kConflicts && e.source == "agency");
  }
  EXPECT_TRUE(agrees && conflicts);
}

// A desk rounds: "$5 billion" stands for 5.14 billion, but not for 4.3 billion as "$4 billion"
// (rounding moves a figure by half its last digit, and by a twentieth of it at most).
TEST(Check, ADraftsRoundedFigureMeetsTheFigureItRounds) {
  Checked c = run({{"ministry", "2023-12",
                    "Trade turnover between Belarus and China reached $5.14 billion in 2021. "
                    "Trade turnover between Belarus and China reached $4.3 billion in 2022."}},
                  {"draft", "2024-06",
                   "Trade turnover between Belarus and China was $5 billion in 2021. Trade "
                   "turnover between Belarus and China was $4 billion in 2022."});
  const DraftFinding& rounded = c.finding("$5 billion");
  EXPECT_EQ(rounded.verdict, Verdict::kSupported) << rounded.explanation;
  EXPECT_EQ(rounded.claim.low, 5e9);  // shown as the draft wrote it
  EXPECT_EQ(rounded.claim.high, 5e9);
  const DraftFinding& off = c.finding("$4 billion");
  EXPECT_EQ(off.verdict, Verdict::kContradicted) << off.explanation;
}

TEST(Check, ARecordAnEarlierYearContradictsLeavesThatYearsFigureSupported) {
  // The corpus disputes the 2023 record, not the 2022 level: a draft giving that level agrees
  // with every corpus value on its key and time.
  Checked c = run(
      {{"news", "2024-01",
        "Trade turnover between Belarus and China reached $5 billion in 2023, an "
        "all-time high."},
       {"ministry", "2023-03", "Trade turnover between Belarus and China was $6 billion in 2022."}},
      {"draft", "2024-06", "Trade turnover between Belarus and China was $6 billion in 2022."});
  const DraftFinding& f = c.finding("$6 billion");
  EXPECT_EQ(f.verdict, Verdict::kSupported) << f.explanation;
}

TEST(Check, AMeasureAsOfTheCorpusDateSupportsTheSameMeasureLater) {
  // A length stated without a period holds as of each document's date: the same length later
  // agrees with it, and a different one is never called a clash of two dates.
  Checked c =
      run({{"ministry", "2023-06", "The border between Belarus and China is 1,200 km long."}},
          {"draft", "2025-07",
           "The border between Belarus and China is 1,200 km long. The border between "
           "Belarus and China is 900 km long."});
  EXPECT_EQ(c.finding("1,200 km").verdict, Verdict::kSupported)
      << c.finding("1,200 km").explanation;
  EXPECT_EQ(c.finding("900 km").verdict, Verdict::kUnsupported) << c.finding("900 km").explanation;
}

TEST(Check, ATargetInTheDraftIsNotContradictedByAnActualFigure) {
  Checked c = run(kCorpus, {"draft", "2024-06",
                            "Belarus and China plan to raise trade turnover to $10 billion in "
                            "2021."});
  ASSERT_FALSE(c.check.findings.empty());
  for (const DraftFinding& f : c.check.findings) {
    EXPECT_NE(f.verdict, Verdict::kContradicted) << f.claim.quote << ": " << f.explanation;
  }
}

TEST(Check, ADraftWhoseIdIsACorpusDocumentsIsStillJudgedOnItsOwn) {
  Checked c;
  c.corpus = ingest_and_extract(kCorpus);
  c.draft = ingest_and_extract({{"mine", "2024-06",
                                 "Trade turnover between Belarus and China reached $3 billion in "
                                 "2021."}});
  c.draft.docs[0].source.id = "ministry";  // the id of a corpus document
  for (Claim& cl : c.draft.extractions[0].claims) cl.source = "ministry";
  c.check = check_draft(c.draft.docs[0], c.draft.extractions[0], c.corpus.docs,
                        c.corpus.extractions, fixture_rules());
  const DraftFinding& f = c.finding("$3 billion");
  EXPECT_EQ(f.verdict, Verdict::kContradicted) << f.explanation;
  EXPECT_EQ(f.claim.source, "ministry");  // reported under the draft's own id
}

TEST(Check, ADraftInsideItsCorpusDoesNotConfirmItself) {
  std::vector<TestInput> corpus = kCorpus;
  const TestInput draft = {"draft", "2024-06",
                           "Trade turnover between Belarus and China reached $3 billion in 2021."};
  corpus.push_back(draft);  // the same file, read as part of the corpus
  Checked c = run(corpus, draft);
  EXPECT_EQ(c.finding("$3 billion").verdict, Verdict::kContradicted)
      << c.finding("$3 billion").explanation;
}

TEST(Check, AYearWithNothingToCompareIsUnsupportedNotSupported) {
  Checked c = run({{"visits", "2024-01", "Belarus and China planned high-level visits in 2025."}},
                  {"draft", "2024-06", "Belarus and China hope to attract investors in 2025."});
  for (const DraftFinding& f : c.check.findings) {
    EXPECT_NE(f.verdict, Verdict::kSupported) << f.claim.quote << ": " << f.explanation;
  }
}

TEST(Check, ADraftsEventInTheActiveVoiceMeetsTheCorpusInThePassive) {
  const std::vector<TestInput> corpus = {
      {"ministry", "2023-12",
       "Diplomatic relations between Belarus and China were established on 20 January 1992."}};
  Checked right = run(
      corpus, {"draft", "2024-06", "Belarus and China established diplomatic relations in 1992."});
  const DraftFinding& year = right.finding(ClaimKind::kEvent);
  EXPECT_EQ(year.verdict, Verdict::kSupported) << year.explanation;
  Checked wrong = run(
      corpus, {"draft", "2024-06", "Belarus and China established diplomatic relations in 1995."});
  const DraftFinding& other = wrong.finding(ClaimKind::kEvent);
  EXPECT_EQ(other.verdict, Verdict::kContradicted) << other.explanation;
}

TEST(Check, TheSameDraftGivesTheSameCheck) {
  const TestInput draft = {"draft", "2024-06",
                           "Trade turnover between Belarus and China reached $3 billion in 2021."};
  EXPECT_EQ(run(kCorpus, draft).check, run(kCorpus, draft).check);
}

TEST(Check, AStatusTheDraftDatesIsNotDisputedByARivalForALaterTime) {
  const std::vector<TestInput> corpus = {
      {"ministry", "2024-02",
       "Belarus and China have had an all-time comprehensive strategic partnership since 2019."},
      {"paper", "2024-02",
       "Belarus and China have an all-weather comprehensive strategic partnership."}};
  // Dated in 2019, the draft's status is that of 2019; the corpus disputes only what held in
  // February 2024. Present tense then, it is the status the corpus disputes.
  Checked dated = run(corpus, {"draft", "2024-10",
                               "Belarus and China upgraded their ties to an all-time "
                               "comprehensive strategic partnership in 2019."});
  const DraftFinding& then = dated.finding(ClaimKind::kLabel);
  EXPECT_NE(then.verdict, Verdict::kDisputed) << then.explanation;
  Checked now = run(corpus, {"draft", "2024-02",
                             "Belarus and China have an all-time comprehensive strategic "
                             "partnership."});
  const DraftFinding& held = now.finding(ClaimKind::kLabel);
  EXPECT_EQ(held.verdict, Verdict::kDisputed) << held.explanation;
}

// "...signed the railway agreement on 2 September 2023; it entered into force on 10 November":
// the entry into force names no object, but its sentence's signing does, so it is that
// document's, and a draft's other year for it is contradicted.
TEST(Check, AnEventWithNoObjectTakesTheObjectItsSentenceDates) {
  const std::vector<TestInput> corpus = {
      {"news", "2024-01",
       "Belarus and China signed the railway agreement on 2 September 2023; it entered into "
       "force on 10 November 2023."}};
  Checked c = run(corpus, {"draft", "2024-06",
                           "The railway agreement between Belarus and China entered into force "
                           "in 2024."});
  const DraftFinding& f = c.finding(ClaimKind::kEvent);
  EXPECT_EQ(f.claim.object, "railway");
  EXPECT_EQ(f.verdict, Verdict::kContradicted) << f.explanation;
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// A present-tense rank holds over a window up to its date: moving the draft's date by a day
// does not flip its verdict.
TEST(Check, APresentTenseRankKeepsItsVerdictAsThePublishedDateMovesByADay) {
  const std::vector<TestInput> corpus = {
      {"ministry", "2024-03-01", "China is Belarus's second-largest trading partner."}};
  for (const char* published : {"2024-03-01", "2024-03-02", "2024-02-29"}) {
    Checked c =
        run(corpus, {"draft", published, "China is Belarus's third-largest trading partner."});
    EXPECT_EQ(c.finding(ClaimKind::kRank).verdict, Verdict::kContradicted) << published;
  }
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// "Bilateral", "the two countries": a sentence naming no party speaks of the pair its paragraph
// named last, not of the pair the whole draft names most.
TEST(Check, BilateralInAParagraphIsThePairTheParagraphNamed) {
  const std::vector<TestInput> corpus = {
      {"by", "2024-01", "Trade turnover between Belarus and China was $5.1 billion in 2022."},
      {"ru", "2024-01", "Trade turnover between Russia and China was $31.2 billion in 2022."}};
  Checked c = run(corpus, {"draft", "2024-06",
                           "Belarus and China are close. Belarus and China trade a lot. Trade "
                           "turnover between Belarus and China was $5.1 billion in 2022.\n\n"
                           "Russia and China are neighbours. Bilateral trade turnover was "
                           "$31.2 billion in 2022."});
  const DraftFinding& f = c.finding("$31.2 billion");
  EXPECT_EQ(f.claim.subject.text(), "CN-RU");
  EXPECT_EQ(f.verdict, Verdict::kSupported) << f.explanation;
}

// A goal in a draft meets the corpus's goals for the same measure and year, never its facts.
TEST(Check, ADraftTargetIsComparedWithTheCorpusTargets) {
  const std::vector<TestInput> corpus = {
      {"plan", "2024-01",
       "Belarus and China plan to raise trade turnover to $10 billion by 2030."}};
  Checked same = run(corpus, {"draft", "2024-06",
                              "Belarus and China plan to raise trade turnover to $10 billion by "
                              "2030."});
  EXPECT_EQ(same.finding("$10 billion").verdict, Verdict::kSupported)
      << same.finding("$10 billion").explanation;
  Checked other = run(corpus, {"draft", "2024-06",
                               "Belarus and China plan to raise trade turnover to $15 billion by "
                               "2030."});
  const DraftFinding& f = other.finding("$15 billion");
  EXPECT_EQ(f.verdict, Verdict::kContradicted) << f.explanation;
  ASSERT_EQ(f.evidence.size(), 1u);
  EXPECT_EQ(f.evidence[0].role, EvidenceRole::kConflicts);
}

// "The railway agreement was signed in 2023" and "signed the agreement on the railway on 6 June
// 2024": one event of one object, dated twice; an agreement with no object names no event.
TEST(Check, AnEventWithItsObjectMeetsTheSameEventInAnyVoice) {
  const std::vector<TestInput> corpus = {
      {"news", "2024-06", "Belarus and China signed the agreement on the railway on 6 June 2024."},
      {"analysis", "2025-01",
       "The railway agreement between Belarus and China was signed in 2023."}};
  Checked c = run(corpus, {"draft", "2025-02",
                           "The railway agreement between Belarus and China was signed on 6 "
                           "June 2024."});
  const DraftFinding& f = c.finding(ClaimKind::kEvent);
  EXPECT_EQ(f.claim.object, "railway");
  EXPECT_EQ(f.verdict, Verdict::kDisputed) << f.explanation;
  Checked plain =
      run(corpus, {"draft", "2025-02", "Belarus and China signed an agreement in 2019."});
  EXPECT_EQ(plain.finding(ClaimKind::kEvent).verdict, Verdict::kUnsupported);
}

// A summit recurs: only its ordinal makes one event of it, in any word order.
TEST(Check, OnlyANumberedSummitIsOneEvent) {
  const std::vector<TestInput> corpus = {
      {"news", "2023-06", "The first summit between Russia and China was held in May 2023."}};
  Checked numbered =
      run(corpus, {"draft", "2024-06", "The first Russia–China summit was held in June 2023."});
  const DraftFinding& f = numbered.finding(ClaimKind::kEvent);
  EXPECT_EQ(f.claim.object, "1 summit");
  EXPECT_EQ(f.verdict, Verdict::kContradicted) << f.explanation;
  Checked plain =
      run(corpus, {"draft", "2024-06", "A summit between Russia and China was held in June 2024."});
  EXPECT_EQ(plain.finding(ClaimKind::kEvent).verdict, Verdict::kUnsupported);
}

// A rank the corpus states without a scope implies the draft's scoped one; a draft that drops
// the scope the corpus states is not supported by it, nor contradicted.
TEST(Check, ADroppedRankScopeIsNeitherSupportNorConflict) {
  const std::vector<TestInput> scoped = {
      {"ministry", "2024-05", "Russia is China's largest trading partner in Europe."}};
  Checked dropped = run(scoped, {"draft", "2024-06", "Russia is China's largest trading partner."});
  const DraftFinding& d = dropped.finding(ClaimKind::kRank);
  EXPECT_EQ(d.verdict, Verdict::kUnsupported) << d.explanation;
  EXPECT_FALSE(d.discrepancy.empty());
  const std::vector<TestInput> broad = {
      {"ministry", "2024-05", "Russia is China's largest trading partner."}};
  Checked kept =
      run(broad, {"draft", "2024-06", "Russia is China's largest trading partner in Europe."});
  const DraftFinding& k = kept.finding(ClaimKind::kRank);
  EXPECT_EQ(k.verdict, Verdict::kSupported) << k.explanation;
  // The other direction ranks another thing: no finding at all.
  Checked other = run(scoped, {"draft", "2024-06", "China is Russia's largest trading partner."});
  EXPECT_TRUE(other.finding(ClaimKind::kRank).discrepancy.empty());
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// "Plan to raise trade to $10 billion" with no year: a goal of any year with that value supports
// it; one with another value may be another goal, so it is unsupported, not contradicted.
TEST(Check, ADraftTargetWithNoYearIsSupportedOnlyByTheSameGoal) {
  const std::vector<TestInput> corpus = {
      {"plan", "2024-01",
       "Belarus and China plan to raise trade turnover to $10 billion by 2030."}};
  Checked same = run(corpus, {"draft", "2024-06",
                              "Belarus and China plan to raise trade turnover to $10 billion."});
  EXPECT_EQ(same.finding("$10 billion").verdict, Verdict::kSupported)
      << same.finding("$10 billion").explanation;
  Checked other = run(corpus, {"draft", "2024-06",
                               "Belarus and China plan to raise trade turnover to $12 billion."});
  EXPECT_EQ(other.finding("$12 billion").verdict, Verdict::kUnsupported)
      << other.finding("$12 billion").explanation;
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// "Was signed on 2 September and entered into force on 10 November": two events of one object,
// each compared with the same step elsewhere, never with the other step.
TEST(Check, SigningAndEntryIntoForceAreTwoEventsOfOneObject) {
  const std::vector<TestInput> corpus = {
      {"news", "2024-01",
       "The railway agreement between Belarus and China was signed on 2 September 2023 and "
       "entered into force on 10 November 2023."}};
  Checked signed_ = run(corpus, {"draft", "2024-06",
                                 "The railway agreement between Belarus and China was signed on 2 "
                                 "September 2023."});
  EXPECT_EQ(signed_.finding(ClaimKind::kEvent).verdict, Verdict::kSupported)
      << signed_.finding(ClaimKind::kEvent).explanation;
  Checked force = run(corpus, {"draft", "2024-06",
                               "The railway agreement between Belarus and China entered into "
                               "force in 2024."});
  const DraftFinding& f = force.finding(ClaimKind::kEvent);
  EXPECT_EQ(f.claim.attribute, "document.in_force");
  EXPECT_EQ(f.claim.object, "railway");
  EXPECT_EQ(f.verdict, Verdict::kContradicted) << f.explanation;
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// "Trade has grown strongly. In 2022 it reached $16.2 billion": the figure continues the measure
// the sentence before named without a figure, so a draft's other value for it is contradicted.
TEST(Check, AFigureContinuesTheMeasureTheSentenceBeforeNamed) {
  const std::vector<TestInput> corpus = {
      {"speech", "2024-01",
       "Trade turnover between Belarus and China has grown strongly. In 2022 it reached $16.2 "
       "billion."}};
  Checked c = run(corpus, {"draft", "2024-06",
                           "Trade turnover between Belarus and China was $18.2 billion in 2022."});
  EXPECT_EQ(c.finding("$18.2 billion").verdict, Verdict::kContradicted)
      << c.finding("$18.2 billion").explanation;
}

// The draft is named apart from every corpus document, so no report lists two sources as one.
TEST(CheckDraft, TheDraftTakesAnIdNoCorpusDocumentHas) {
  Pass corpus;
  corpus.rules = fixture_rules();
  for (const char* id : {"draft", "draft~draft"}) {
    Document d;
    d.source.id = id;
    corpus.documents.push_back(d);
    corpus.extractions.emplace_back();
  }
  MemoryEnv env;
  env.add_file("d.txt", "Trade turnover between Belarus and China reached $5.1 billion in 2021.");
  Source meta;
  meta.id = "draft";
  meta.published = PartialDate::parse("2024-03");
  EXPECT_EQ(check_draft_file(env, "d.txt", meta, corpus, {}).draft.source.id, "draft~draft~draft");
  corpus.documents.resize(1);
  corpus.documents[0].source.id = "ministry";
  corpus.extractions.resize(1);
  EXPECT_EQ(check_draft_file(env, "d.txt", meta, corpus, {}).draft.source.id, "draft");
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// The corpus says 2.2 or 2.3 billion: "about $2.3 billion" is loose enough to agree with both,
// but as written it repeats one side, so it is disputed; "more than $2 billion" holds whichever
// side is right.
TEST(Check, ALooseFigureThatRepeatsOneSideOfADisputeIsDisputed) {
  const std::vector<TestInput> corpus = {
      {"ministry", "2024-03",
       "Trade turnover between Belarus and China reached $2.2 billion in 2023."},
      {"agency", "2024-04", "Trade turnover between Belarus and China was $2.3 billion in 2023."}};
  Checked one_side = run(corpus, {"draft", "2024-06",
                                  "Trade turnover between Belarus and China was about $2.3 "
                                  "billion in 2023."});
  const DraftFinding& f = one_side.finding("about $2.3 billion");
  EXPECT_EQ(f.verdict, Verdict::kDisputed) << f.explanation;
  EXPECT_FALSE(f.discrepancy.empty());
  Checked floor = run(corpus, {"draft", "2024-06",
                               "Trade turnover between Belarus and China was more than $2 "
                               "billion in 2023."});
  const DraftFinding& g = floor.finding("more than $2 billion");
  EXPECT_EQ(g.verdict, Verdict::kSupported) << g.explanation;
}

// A document of 2024 giving a figure for 2030 tells a goal, whatever verb it uses: a draft's
// target meets it; the draft's target is never met by a fact of its year.
TEST(Check, AFigureADocumentGivesForALaterYearIsAGoal) {
  const std::vector<TestInput> corpus = {
      {"news", "2024-01",
       "Belarus and China see trade turnover between Belarus and China at $10 billion by "
       "2030."}};
  Checked c = run(corpus, {"draft", "2024-06",
                           "Belarus and China plan to raise trade turnover to $10 billion by "
                           "2030."});
  const DraftFinding& f = c.finding("$10 billion");
  EXPECT_EQ(f.verdict, Verdict::kSupported) << f.explanation;
  Checked other = run(corpus, {"draft", "2024-06",
                               "Belarus and China plan to raise trade turnover to $15 billion by "
                               "2030."});
  EXPECT_EQ(other.finding("$15 billion").verdict, Verdict::kContradicted)
      << other.finding("$15 billion").explanation;
  const std::vector<TestInput> past = {
      {"news", "2031-02", "Trade turnover between Belarus and China reached $10 billion in 2030."}};
  Checked outcome = run(past, {"draft", "2031-06",
                               "Belarus and China plan to raise trade turnover to $10 billion by "
                               "2030."});
  EXPECT_EQ(outcome.finding("$10 billion").verdict, Verdict::kUnsupported)
      << outcome.finding("$10 billion").explanation;
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// A present-tense rank is weighed against the corpus's own present-tense accounts: a rank the
// corpus dates to an earlier year neither supports nor disputes it when those exist.
TEST(Check, APresentTenseRankIsWeighedAgainstTheCorpusPresentNotAnEarlierYear) {
  const std::vector<TestInput> corpus = {
      {"ministry", "2025-02", "China is Belarus's third-largest trading partner."},
      {"digest", "2025-03", "In 2024 China was Belarus's second-largest trading partner."}};
  Checked same = run(corpus, {"draft", "2025-06",
                              "China is Belarus's third-largest trading "
                              "partner."});
  const DraftFinding& f = same.finding(ClaimKind::kRank);
  EXPECT_EQ(f.verdict, Verdict::kSupported) << f.explanation;
  Checked earlier = run(corpus, {"draft", "2025-06",
                                 "China is Belarus's second-largest "
                                 "trading partner."});
  const DraftFinding& g = earlier.finding(ClaimKind::kRank);
  EXPECT_EQ(g.verdict, Verdict::kContradicted) << g.explanation;
}

// A figure the draft gives with no period of its own stands for the corpus's latest on its key
// before the draft's date; it is supported only when that latest account holds it, and a looser
// reading of time never contradicts.
TEST(Check, AFigureWithNoPeriodIsSupportedByTheLatestCorpusFigure) {
  const std::vector<TestInput> corpus = {
      {"agency", "2023-02", "The China-Belarus Great Stone park had 100 residents in 2021."},
      {"paper", "2024-02", "The China-Belarus Great Stone park had 140 residents in 2023."}};
  Checked latest =
      run(corpus, {"draft", "2024-06", "The China-Belarus Great Stone park has 140 residents."});
  const DraftFinding& f = latest.finding("140 residents");
  EXPECT_EQ(f.verdict, Verdict::kSupported) << f.explanation;
  Checked older =
      run(corpus, {"draft", "2024-06", "The China-Belarus Great Stone park has 100 residents."});
  const DraftFinding& g = older.finding("100 residents");
  EXPECT_EQ(g.verdict, Verdict::kUnsupported) << g.explanation;
}

// A draft naming an event in fewer words than the corpus ("the treaty on legal assistance" for
// "the civil legal assistance treaty") meets it: verify joins a title to the one longer title of
// the same parties that holds its words (event_titles), so another year contradicts it.
TEST(Check, AnEventNamedInFewerWordsMeetsTheCorpusEventThatHoldsThem) {
  const std::vector<TestInput> corpus = {
      {"news", "2024-06", "Belarus and China signed the civil legal assistance treaty in 2000."}};
  Checked same = run(corpus, {"draft", "2025-02",
                              "Belarus and China signed the treaty on legal assistance in "
                              "2000."});
  const DraftFinding& f = same.finding(ClaimKind::kEvent);
  EXPECT_EQ(f.verdict, Verdict::kSupported) << f.claim.object << " " << f.explanation;
  Checked other = run(corpus, {"draft", "2025-02",
                               "Belarus and China signed the treaty on legal assistance in "
                               "2003."});
  const DraftFinding& g = other.finding(ClaimKind::kEvent);
  EXPECT_EQ(g.verdict, Verdict::kContradicted) << g.claim.object << " " << g.explanation;
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// "Trade shrank in 2021. It was $3 billion": a figure with no period of its own continues the
// one period the sentence before gives alone; a sentence dating an event of its own gives none.
TEST(Check, AFigureTakesThePeriodTheSentenceBeforeGivesAlone) {
  const std::vector<TestInput> corpus = {
      {"ministry", "2023-12",
       "Trade turnover between Belarus and China reached $5.1 billion in 2021."}};
  Checked told = run(corpus, {"draft", "2024-06",
                              "Trade between Belarus and China shrank in 2021. Trade turnover "
                              "between Belarus and China was $3 billion."});
  EXPECT_EQ(told.finding("$3 billion").verdict, Verdict::kContradicted)
      << told.finding("$3 billion").explanation;
  Checked figure = run(corpus, {"draft", "2024-06",
                                "Belarus and China established a comprehensive strategic "
                                "partnership in 2021. Trade turnover between Belarus and China "
                                "was $3 billion."});
  EXPECT_EQ(figure.finding("$3 billion").verdict, Verdict::kUnsupported)
      << figure.finding("$3 billion").explanation;
  // A date told of something else than the figure's measure (a birth) gives it no period.
  Checked born = run(corpus, {"draft", "2024-06",
                              "Ivan Petrov was born in 2021. Trade turnover between Belarus and "
                              "China was $3 billion."});
  EXPECT_EQ(born.finding("$3 billion").verdict, Verdict::kUnsupported)
      << born.finding("$3 billion").explanation;
}

// "$4.2 billion in 2022 and in 2021 5.1 billion": the second clause leaves out the currency and
// the measure of the amount before it; a bare figure far from it ("12 offices") stays a count.
TEST(Check, ABareFigureForAnotherYearTakesTheAmountsCurrency) {
  const std::vector<TestInput> corpus = {
      {"ministry", "2023-12",
       "Trade turnover between Belarus and China reached $5.1 billion in 2021."}};
  Checked c = run(corpus, {"draft", "2024-06",
                           "Trade turnover between Belarus and China was $4.8 billion in 2022, "
                           "and in 2021 5.1 billion."});
  EXPECT_EQ(c.finding("5.1 billion").verdict, Verdict::kSupported)
      << c.finding("5.1 billion").explanation;
  Checked other = run(corpus, {"draft", "2024-06",
                               "Trade turnover between Belarus and China was $4.8 billion in "
                               "2022, while the government spent 5.1 billion on roads in 2021."});
  // Read as money or, where the rules know no preposition, as a count of roads: never supported.
  for (const DraftFinding& f : other.check.findings) {
    if (f.claim.quote.starts_with("5.1 billion")) {
      EXPECT_NE(f.verdict, Verdict::kSupported) << f.explanation;
    }
  }
  // A figure whose clause names a measure of its own ("the population") keeps it.
  Checked population = run(corpus, {"draft", "2024-06",
                                    "Trade turnover between Belarus and China was $4.8 billion "
                                    "in 2022, and in 2021 the population was 5.1 million."});
  for (const DraftFinding& f : population.check.findings) {
    if (f.claim.quote.starts_with("5.1 million")) {
      EXPECT_NE(f.verdict, Verdict::kContradicted) << f.explanation;
      EXPECT_NE(f.claim.kind, ClaimKind::kAmount) << f.explanation;
    }
  }
}

// The latest count the corpus gives is 140 in one source and 150 in another: a present-tense
// draft repeating one of them is disputed, not unsupported; one holding neither stays unsupported.
TEST(Check, AFigureWithNoPeriodIsDisputedWhenTheLatestSourcesDisagree) {
  const std::vector<TestInput> corpus = {
      {"agency", "2024-02", "The China-Belarus Great Stone park had 150 residents in 2023."},
      {"paper", "2024-02", "The China-Belarus Great Stone park had 140 residents in 2023."}};
  Checked one_side =
      run(corpus, {"draft", "2024-06", "The China-Belarus Great Stone park has 140 residents."});
  const DraftFinding& f = one_side.finding("140 residents");
  EXPECT_EQ(f.verdict, Verdict::kDisputed) << f.explanation;
  EXPECT_EQ(f.evidence.size(), 2u);
  Checked neither =
      run(corpus, {"draft", "2024-06", "The China-Belarus Great Stone park has 90 residents."});
  const DraftFinding& g = neither.finding("90 residents");
  EXPECT_EQ(g.verdict, Verdict::kUnsupported) << g.explanation;
}

// The elided clause in other orders and marks: a comma or a dash after its year, a year with a
// case ending joined by a hyphen ("2021-м"), and a run-on sentence whose later words lent the
// bare figure another period: the clause's own year is its time. A span of years is no one year.
TEST(Check, AnElidedFigureTakesTheYearOfItsOwnClause) {
  const std::vector<TestInput> corpus = {
      {"ministry", "2023-12",
       "Trade turnover between Belarus and China reached $5.1 billion in 2021."}};
  for (const std::string& clause :
       {std::string("and in 2021, 5.1 billion."), std::string("but in 2021 \u2014 5.1 billion."),
        std::string("and in 2021-\u043c 5.1 billion."),
        std::string("while in 2021 5.1 billion; trade fell last year.")}) {
    Checked c = run(
        corpus, {"draft", "2024-06",
                 "Trade turnover between Belarus and China was $4.8 billion in 2022, " + clause});
    const DraftFinding& f = c.finding("5.1 billion");
    EXPECT_EQ(f.verdict, Verdict::kSupported) << clause << ": " << f.explanation;
    EXPECT_EQ(f.claim.kind, ClaimKind::kAmount) << clause;
    EXPECT_EQ(f.claim.period.iso(), "2021") << clause;
  }
  Checked wrong = run(corpus, {"draft", "2024-06",
                               "Trade turnover between Belarus and China was $4.8 billion in "
                               "2022, and in 2021-\u043c 2.9 billion."});
  EXPECT_EQ(wrong.finding("2.9 billion").verdict, Verdict::kContradicted)
      << wrong.finding("2.9 billion").explanation;
  Checked span = run(corpus, {"draft", "2024-06",
                              "Trade turnover between Belarus and China was $4.8 billion in "
                              "2022, and in 2019-2021 5.1 billion."});
  size_t spanned = 0;
  for (const DraftFinding& f : span.check.findings) {
    if (f.claim.quote.find("5.1") == std::string::npos) continue;
    ++spanned;
    EXPECT_NE(f.verdict, Verdict::kSupported) << f.claim.quote << ": " << f.explanation;
  }
  ASSERT_GT(spanned, 0u);
}

// A goal lies ahead of the text that sets it: a draft's goal dated to a year already over at its
// date (a year another clause of its sentence gives) is read as a goal with no year, supported by
// the corpus's goal of its value; one of another value, or a goal for a year still ahead that no
// corpus goal of that year meets, stays unsupported.
TEST(Check, ADraftGoalDatedBeforeTheDraftIsReadAsAGoalWithNoYear) {
  const std::vector<TestInput> corpus = {
      {"plan", "2024-01", "Belarus and China plan to raise trade turnover to $10 billion."}};
  for (const std::string& draft :
       {std::string("Belarus and China plan to raise trade turnover to $10 billion, and they "
                    "established diplomatic relations in 1992."),
        std::string("Having set up diplomatic relations in 1992, Belarus and China now plan to "
                    "raise trade turnover to $10 billion.")}) {
    Checked c = run(corpus, {"draft", "2024-06", draft});
    const DraftFinding* goal = nullptr;
    for (const DraftFinding& f : c.check.findings) {
      if (f.claim.quote.find("10 billion") == std::string::npos) continue;
      if (f.claim.modality == Modality::kTarget || f.claim.modality == Modality::kPlanned)
        goal = &f;
    }
    ASSERT_TRUE(goal) << draft;
    EXPECT_EQ(goal->verdict, Verdict::kSupported) << draft << ": " << goal->explanation;
  }
  Checked dated = run(corpus, {"draft", "2024-06",
                               "Belarus and China plan to raise trade turnover to $10 billion, "
                               "and they established diplomatic relations in 1992."});
  EXPECT_EQ(dated.finding("$10 billion").verdict, Verdict::kSupported)
      << dated.finding("$10 billion").explanation;
  Checked other = run(corpus, {"draft", "2024-06",
                               "Belarus and China plan to raise trade turnover to $12 billion, "
                               "and they established diplomatic relations in 1992."});
  EXPECT_EQ(other.finding("$12 billion").verdict, Verdict::kUnsupported)
      << other.finding("$12 billion").explanation;
  Checked ahead = run(corpus, {"draft", "2024-06",
                               "Belarus and China plan to raise trade turnover to $10 billion by "
                               "2030."});
  EXPECT_EQ(ahead.finding("$10 billion").verdict, Verdict::kUnsupported)
      << ahead.finding("$10 billion").explanation;
}

// A past year the goal's own clause states says when the goal was for: another year's goal of its
// value does not support it, in any word order.
TEST(Check, ADraftGoalForAPastYearInItsOwnClauseKeepsItsYear) {
  const std::vector<TestInput> corpus = {
      {"plan", "2024-01",
       "Belarus and China plan to raise trade turnover to $10 billion by 2030."}};
  for (const std::string& draft :
       {std::string("Belarus and China aimed to raise trade turnover to $10 billion in 2020."),
        std::string("In 2020 Belarus and China aimed to raise trade turnover to $10 billion."),
        std::string("The goal of Belarus and China was trade turnover of $10 billion in 2020.")}) {
    Checked c = run(corpus, {"draft", "2025-06", draft});
    bool seen = false;
    for (const DraftFinding& f : c.check.findings) {
      if (f.claim.quote.find("10 billion") == std::string::npos) continue;
      seen = true;
      EXPECT_NE(f.verdict, Verdict::kSupported) << draft << ": " << f.explanation;
    }
    EXPECT_TRUE(seen) << draft;
  }
  // The same goal for its own year still meets.
  Checked same = run(corpus, {"draft", "2025-06",
                              "Belarus and China plan to raise trade turnover to $10 billion by "
                              "2030."});
  EXPECT_EQ(same.finding("$10 billion").verdict, Verdict::kSupported)
      << same.finding("$10 billion").explanation;
}

// The sentence before may name the figure's measure by another of its words ("commerce"), in
// any order, and the figure its own words: the period it states alone is the figure's.
TEST(Check, AFigureTakesThePeriodOfASentenceNamingItsMeasureInOtherWords) {
  const std::vector<TestInput> corpus = {
      {"ministry", "2024-02",
       "Trade turnover between Belarus and China reached $5.1 billion in 2021 and $6 billion in "
       "2023."}};
  for (const std::string& draft :
       {std::string("Belarusian-Chinese commerce shrank in 2021. Trade between Belarus and China "
                    "was $5.1 billion."),
        std::string("In 2021 commerce between Belarus and China grew. Its turnover: $5.1 "
                    "billion, the ministry says."),
        std::string("Commerce between Belarus and China slowed in 2021. Officials say bilateral "
                    "trade was $5.1 billion.")}) {
    Checked c = run(corpus, {"draft", "2024-06", draft});
    const DraftFinding& f = c.finding("$5.1 billion");
    EXPECT_EQ(f.verdict, Verdict::kSupported) << draft << ": " << f.explanation;
  }
  // A date told of a ministry's founding, not of the trade, gives the figure no period: it
  // stands for the latest the corpus states (2023), which it does not repeat.
  Checked founded = run(corpus, {"draft", "2024-06",
                                 "The Ministry of Commerce of Belarus was founded in 2021. Trade "
                                 "between Belarus and China was $5.1 billion."});
  EXPECT_NE(founded.finding("$5.1 billion").verdict, Verdict::kSupported)
      << founded.finding("$5.1 billion").explanation;
}

// A floor or a ceiling that every account of a corpus finding meets is true whichever account
// is right: a year's figure that a part of the year exceeds disputes a point figure for the
// year, never "more than" one below both, nor "under" one above both.
TEST(Check, ABoundEveryDisputedAccountMeetsIsSupported) {
  const std::vector<TestInput> corpus = {
      {"agency", "2024-03",
       "Trade turnover between Belarus and China reached $10.6 billion in 2023."},
      {"paper", "2024-09",
       "Trade turnover between Belarus and China was $11.2 billion in January-September 2023."}};
  for (const char* bound : {"more than $10 billion", "over $9 billion", "under $12 billion"}) {
    Checked c = run(corpus, {"draft", "2024-12",
                             std::string("Trade turnover between Belarus and China was ") + bound +
                                 " in 2023."});
    const DraftFinding& f = c.finding(bound);
    EXPECT_EQ(f.verdict, Verdict::kSupported) << bound << ": " << f.explanation;
  }
  // A point figure takes one side; a floor above the year's account does not hold it.
  Checked point = run(
      corpus,
      {"draft", "2024-12", "Trade turnover between Belarus and China was $10.6 billion in 2023."});
  EXPECT_EQ(point.finding("$10.6 billion").verdict, Verdict::kDisputed);
  Checked high = run(corpus, {"draft", "2024-12",
                              "Trade turnover between Belarus and China was more than $11 billion "
                              "in 2023."});
  EXPECT_NE(high.finding("more than $11 billion").verdict, Verdict::kSupported);
}

// A present-tense figure of the draft meets the latest present-tense figure of an earlier corpus
// document on its key, as it meets the latest dated one; a later document's is not yet known.
TEST(Check, APresentTenseFigureMeetsTheLatestPresentTenseCorpusFigure) {
  const std::vector<TestInput> corpus = {
      {"agency", "2023-02", "The China-Belarus Great Stone park had 100 residents in 2021."},
      {"paper", "2024-02", "The China-Belarus Great Stone park now has 140 residents."}};
  for (const char* figure : {"140 residents", "more than 130 residents", "under 150 residents"}) {
    Checked c =
        run(corpus, {"draft", "2024-06",
                     std::string("The China-Belarus Great Stone park has ") + figure + "."});
    const DraftFinding& f = c.finding(figure);
    EXPECT_EQ(f.verdict, Verdict::kSupported) << figure << ": " << f.explanation;
  }
  Checked older =
      run(corpus, {"draft", "2024-06", "The China-Belarus Great Stone park has 100 residents."});
  EXPECT_EQ(older.finding("100 residents").verdict, Verdict::kUnsupported);
  Checked before =
      run(corpus, {"draft", "2024-01", "The China-Belarus Great Stone park has 140 residents."});
  EXPECT_EQ(before.finding("140 residents").verdict, Verdict::kUnsupported);
}

}  // namespace
}  // namespace claimtrace
