// Event objects: a document's distinctive words name what a dated event happened to, so two
// wordings of one document meet and two documents of one pair do not.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

const RuleSet& rules() {
  static RuleSet r = RuleSet::load(default_env(), test_paths::data() + "/rules");
  return r;
}

std::vector<Claim> events(const std::string& text, const std::string& published = "2024-06") {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Source meta;
  meta.id = "doc";
  meta.published = PartialDate::parse(published);
  Document d = ingest_bytes("doc.txt", text, meta, rules());
  std::vector<Claim> out;
  for (const Claim& c : extract(d, rules()).claims) {
    if (c.kind == ClaimKind::kEvent) out.push_back(c);
  }
  return out;
}

// The text gives exactly one event, with this object (and this attribute, when given).
void expect_one_event(const std::string& text, const std::string& object,
                      const std::string& attribute = "") {
  SCOPED_TRACE(text);
  std::vector<Claim> e = events(text);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].object, object);
  if (!attribute.empty()) {
    EXPECT_EQ(e[0].attribute, attribute);
  }
}

TEST(EventObjects, TwoWordingsOfOneAgreementHaveOneObject) {
  std::vector<Claim> a =
      events("The Agreement on Mutual Visa Exemption was signed by Belarus and China in 2018.");
  std::vector<Claim> b =
      events("Belarus and China say the visa waiver pact, signed in 2019, holds.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].object, "free visa");
  EXPECT_EQ(b[0].object, a[0].object);
  EXPECT_EQ(a[0].attribute, "document.signed");
  EXPECT_EQ(b[0].attribute, "document.signed");
}

TEST(EventObjects, DifferentDistinctiveWordsAreDifferentObjects) {
  std::vector<Claim> a =
      events("The investment protection agreement between Belarus and China was signed in 2019.");
  std::vector<Claim> b =
      events("The agreement on visa exemption between Belarus and China was signed in 2019.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].object, "investment protection");
  EXPECT_NE(a[0].object, b[0].object);
}

TEST(EventObjects, AHeadWithNoDistinctiveWordNamesNothing) {
  std::vector<Claim> e =
      events("The mutual agreement between Belarus and China was signed in 2019.");
  for (const Claim& c : e) EXPECT_TRUE(c.object.empty()) << c.object;
}

TEST(EventObjects, SigningAndEntryIntoForceAreTwoEventsOfOneObject) {
  std::vector<Claim> e = events(
      "The treaty on investment protection was signed by Belarus and China in 2018 and entered "
      "into force in 2019.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].object, "investment protection");
  EXPECT_EQ(e[1].object, e[0].object);
  EXPECT_EQ(e[0].attribute, "document.signed");
  EXPECT_EQ(e[1].attribute, "document.in_force");
}

TEST(EventObjects, AFacetBeforeAParticipleIsTheObject) {
  expect_one_event("Belarus and China say the railway, established in 2010, grew.", "railway");
}

TEST(EventObjects, AHeadBesideItsDateDatesItsSigning) {
  expect_one_event("Belarus and China still cite the investment treaty of 2001.", "investment",
                   "document.signed");
}

TEST(EventObjects, AHeadFarFromTheDateDatesNothing) {
  // The figure's year is no signing: the treaty is named, not dated.
  std::vector<Claim> e =
      events("Under the investment treaty, Belarus and China traded $5 billion of goods in 2019.");
  EXPECT_TRUE(e.empty());
}

TEST(EventObjects, RatifyingIsTheEventThoughTheHeadIsNearer) {
  expect_one_event("Belarus and China ratified the investment protection treaty in 2020.",
                   "investment protection", "document.ratified");
}

TEST(EventObjects, ARelativeClauseDatesTheObjectBeforeIt) {
  expect_one_event("Diplomatic relations, which Belarus and China established in 1992, grew.",
                   "diplomatic relations", "relations.established");
}

TEST(EventObjects, AParticipleMayNameThePartiesBeforeTheDate) {
  expect_one_event("Diplomatic relations, established by Belarus and China in 1992, grew.",
                   "diplomatic relations");
}

TEST(EventObjects, AnOpeningParticipleDatesTheNounAfterItsComma) {
  expect_one_event(
      "Signed in Minsk in 2019, the investment protection agreement between Belarus and China "
      "holds.",
      "investment protection", "document.signed");
}

TEST(EventObjects, AClauseAboutADateDatesTheObjectItNames) {
  expect_one_event(
      "In 2013, when Belarus and China signed the investment protection agreement, trade was "
      "small.",
      "investment protection");
}

TEST(EventObjects, ADateWithNoClauseAboutItDatesNoObjectAfterItsComma) {
  // "Then" opens no clause about the year: the agreement is named, not dated.
  std::vector<Claim> e = events(
      "Belarus and China met in 2013, then the investment protection agreement was discussed.");
  for (const Claim& c : e) EXPECT_NE(c.object, "investment protection");
}

TEST(EventObjects, TheStepAfterAParticipleKeepsItsObject) {
  std::vector<Claim> e = events(
      "Belarus and China say the investment protection agreement, signed in 2018, entered into "
      "force in 2019.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].object, "investment protection");
  EXPECT_EQ(e[1].object, e[0].object);
  EXPECT_EQ(e[0].attribute, "document.signed");
  EXPECT_EQ(e[1].attribute, "document.in_force");
}

TEST(EventObjects, ACommaInsideACapitalizedNameListsItsWords) {
  expect_one_event(
      "Belarus and China signed the Treaty of Friendship, Cooperation and Mutual Assistance in "
      "1997.",
      "assistance cooperation friendship");
}

TEST(EventObjects, AZoneIsNamedByItsOwnWords) {
  std::vector<Claim> a =
      events("In 2012 the Eastern Special Economic Zone of Belarus and China was established.");
  std::vector<Claim> b =
      events("In 2012 the Western Special Economic Zone of Belarus and China was established.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].object, "eastern economic special");
  EXPECT_NE(a[0].object, b[0].object);
}

TEST(EventObjects, OpeningIsNotEstablishing) {
  std::vector<Claim> a = events("The railway of Belarus and China was established in 2010.");
  std::vector<Claim> b = events("The railway of Belarus and China opened in 2012.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].object, "railway");
  EXPECT_EQ(b[0].object, "railway");
  EXPECT_NE(a[0].attribute, b[0].attribute);
}

TEST(EventObjects, AFacetsReachDoesNotCountThePartiesNames) {
  expect_one_event(
      "The railway of Belarus, China, Kazakhstan and Uzbekistan was established in 2010.",
      "railway");
}

TEST(EventObjects, ABareHeadAfterTheNamesTheDocumentItsParagraphNamed) {
  std::vector<Claim> e = events(
      "Belarus and China ratified the investment protection agreement in 2020; the agreement, "
      "entered into force in 2021, holds.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].object, "investment protection");
  EXPECT_EQ(e[1].object, e[0].object);
  EXPECT_EQ(e[1].attribute, "document.in_force");
}

TEST(EventObjects, ABareHeadNamesNothingWhenTheParagraphNamedNoDocument) {
  std::vector<Claim> e = events("Belarus and China say the agreement, signed in 2019, holds.");
  for (const Claim& c : e) EXPECT_TRUE(c.object.empty()) << c.object;
}

TEST(EventObjects, APronounStandsForTheDocumentItsParagraphNamedUndated) {
  expect_one_event(
      "Belarus and China discussed the investment protection agreement. It entered into force "
      "in 2019.",
      "investment protection", "document.in_force");
}

TEST(EventObjects, APronounAfterADatedEventTakesThatEventsDocument) {
  std::vector<Claim> e = events(
      "The investment protection agreement between Belarus and China was signed in 2018. It "
      "entered into force in 2019.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].object, e[0].object);
  EXPECT_EQ(e[1].attribute, "document.in_force");
}

TEST(EventObjects, APronounNamesNothingInANewParagraph) {
  std::vector<Claim> e = events(
      "Belarus and China discussed the investment protection agreement.\n\nIt entered into "
      "force in 2019.");
  for (const Claim& c : e) EXPECT_TRUE(c.object.empty()) << c.object;
}

TEST(EventObjects, AHeadInReachKeepsThePronounFromNamingTheParagraphsDocument) {
  std::vector<Claim> e = events(
      "Belarus and China discussed the investment protection agreement. In 2019 it signed the "
      "mutual pact.");
  for (const Claim& c : e) EXPECT_TRUE(c.object.empty()) << c.object;
}

TEST(EventObjects, AnAbbreviationInBracketsIsPartOfTheName) {
  expect_one_event(
      "Belarus and China say the investment protection agreement (IPA), signed in 2019, holds.",
      "investment protection");
}

TEST(EventObjects, AStatusANearerDateBeganIsNotAnotherDatesObject) {
  std::vector<Claim> e = events(
      "In 2008 they established a strategic partnership, and later in 2022 Belarus and China "
      "upgraded to a comprehensive strategic partnership.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].object, "strategic partnership");
  EXPECT_EQ(e[1].object, "comprehensive strategic partnership");
}

TEST(EventObjects, AYearAWordStandsAfterIsADateNotACount) {
  std::vector<Claim> e =
      events("In 2008 partner countries signed the investment protection agreement.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].period.begin_year, 2008);
}

TEST(EventObjects, AChronologysLineDatesTheStatusItNames) {
  std::vector<Claim> e = events(
      "October 2009: Belarus and China, strategic partnership.\n\n"
      "October 2010: strategic partnership.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(e[0].object.empty()) << e[0].object;
  EXPECT_EQ(e[1].object, "strategic partnership");
}

TEST(EventObjects, ADateInAParticiplePhraseIsTheParticiplesEvent) {
  // The main verb after the phrase ("was ratified") has no date of its own here.
  std::vector<Claim> e = events(
      "The investment protection treaty signed by Belarus and China on 7 March 2017 was "
      "ratified.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].attribute, "document.signed");
  EXPECT_EQ(e[0].period.iso(), "2017-03-07");
}

TEST(EventObjects, ARelativeClauseAfterAFacetDatesTheFacetsObject) {
  std::vector<Claim> a = events(
      "The agreement on railway travel, which Belarus and China signed on 5 March 2019, grew.");
  std::vector<Claim> b =
      events("Belarus and China signed the agreement on railway travel on 6 March 2018.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].object, b[0].object);
  EXPECT_EQ(a[0].object, "railway");
}

// Published Wednesday 5 June 2024: "on Tuesday" is 4 June, and the dateline's date before it
// does not take the event word the weekday stands beside.
TEST(EventObjects, AWeekdayBesideTheEventWordDatesTheEventNotTheDateline) {
  std::vector<Claim> e = events(
      "MINSK, 5 June 2024 - Belarus and China on Tuesday signed an agreement to build a railway.",
      "2024-06-05");
  const Claim* railway = nullptr;
  for (const Claim& c : e) {
    if (c.object == "railway") railway = &c;
  }
  ASSERT_NE(railway, nullptr);
  EXPECT_EQ(railway->period.iso(), "2024-06-04");
  EXPECT_EQ(railway->attribute, "document.signed");
}

TEST(EventObjects, AStatusNounBeforeAHeadNamesTheDocument) {
  expect_one_event(
      "Officials credit the strategic partnership agreement the two governments signed in "
      "Budapest in September 2021.",
      "partnership strategic", "document.signed");
}

TEST(EventObjects, LowercaseWordsBeforeACapitalizedHeadAreNotItsTitle) {
  expect_one_event("Lawyers cite Agreement on Investment Protection signed in 2019.",
                   "investment protection");
}

TEST(EventObjects, AnAbbreviationBetweenCommasIsPartOfTheName) {
  expect_one_event("The investment protection agreement, IPA, was signed in May 2015.",
                   "investment protection", "document.signed");
}

TEST(EventObjects, APronounTakesTheDocumentItsSentenceNamedBeforeIt) {
  expect_one_event(
      "The basis is the Agreement on Investment Protection: it was signed by Belarus and China "
      "in 2019.",
      "investment protection", "document.signed");
}

// A weekday alone is the last such day or the coming one: an event told in the future, or
// with no past-tense word in its clause, takes neither that nor the dateline's date.
TEST(EventObjects, AWeekdayDatesNoEventNotToldAsDone) {
  for (const char* text :
       {"MINSK, 5 June 2024 - Belarus and China will sign an agreement to build a railway on "
        "Monday.",
        "MINSK, 5 June 2024 - Belarus and China on Monday sign an agreement to build a railway."}) {
    for (const Claim& c : events(text, "2024-06-05")) {
      EXPECT_NE(c.period.iso(), "2024-06-03") << text;
      if (c.object == "railway") {
        EXPECT_TRUE(c.period.empty()) << text << " " << c.period.iso();
      }
    }
  }
}

// "Last Tuesday" told on a Wednesday is not the day before, which would be "yesterday", but a
// week before it; "last Monday" is two days before. Published Wednesday 5 June 2024.
TEST(EventObjects, ALastWeekdayIsTheMostRecentSaveTheDayBefore) {
  for (const auto& [text, when] : std::vector<std::pair<std::string, std::string>>{
           {"Belarus and China signed an agreement to build a railway last Tuesday.", "2024-05-28"},
           {"Belarus and China signed an agreement to build a railway last Monday.",
            "2024-06-03"}}) {
    const Claim* railway = nullptr;
    const std::vector<Claim> e = events(text, "2024-06-05");
    for (const Claim& c : e) {
      if (c.object == "railway") railway = &c;
    }
    ASSERT_NE(railway, nullptr) << text;
    EXPECT_EQ(railway->period.iso(), when) << text;
  }
}

// "The day before" counts from the day last told, through the rules' word tables.
TEST(EventObjects, TheDayBeforeCountsFromTheDayLastTold) {
  const std::vector<Claim> e = events(
      "The talks ended on 4 June 2024. Belarus and China signed an agreement to build a railway "
      "the day before.",
      "2024-06-05");
  const Claim* railway = nullptr;
  for (const Claim& c : e) {
    if (c.object == "railway") railway = &c;
  }
  ASSERT_NE(railway, nullptr);
  EXPECT_EQ(railway->period.iso(), "2024-06-03");
}

TEST(EventObjects, AnOrdinalBeforeARecurringKindNamesOneEventOfIt) {
  // "Forum" is a kind of event, not an event word: the ordinal still tells which one.
  expect_one_event("Belarus and China met at the second forum of their regions in May 2024.",
                   "2 forum", "meeting.held");
  expect_one_event("The 19th forum of Belarus and China met in Minsk in May 2024.", "19 forum");
  // Without an ordinal a recurring kind names no event.
  expect_one_event("Belarus and China met at the forum of their regions in May 2024.", "");
}

TEST(EventObjects, AnOrdinalBeforeAOnceOnlyEventIsAnAdverb) {
  // Relations are established once between two states: "first" says when, not which one.
  expect_one_event("Belarus and China first established diplomatic relations in 1992.",
                   "diplomatic relations", "relations.established");
  expect_one_event("In 1992 Belarus and China first established diplomatic relations.",
                   "diplomatic relations", "relations.established");
  // An event that recurs keeps its ordinal: the first of its kind between the parties.
  expect_one_event("Belarus and China first met in 1992.", "1 met", "meeting.held");
  expect_one_event("The first summit of Belarus and China was held in 2015.", "1 summit",
                   "meeting.held");
}

TEST(EventObjects, ARecurringKindInAnotherClauseIsNotTheDatesObject) {
  std::vector<Claim> e = events("Belarus and China met in May 2024, at the second forum.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].object, "");
}

}  // namespace
}  // namespace claimtrace
