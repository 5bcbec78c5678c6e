// Hosted events: a mission is told apart by the state it stands in, and names only its opening;
// a visit, which recurs, names no event by its host.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "claimtrace/claim_key.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

const RuleSet& rules() {
  static RuleSet r = RuleSet::load(default_env(), test_paths::data() + "/rules");
  return r;
}

std::vector<Claim> events(const std::string& text) {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Source meta;
  meta.id = "doc";
  meta.published = PartialDate::parse("2024-06");
  Document d = ingest_bytes("doc.txt", text, meta, rules());
  std::vector<Claim> out;
  for (const Claim& c : extract(d, rules()).claims) {
    if (c.kind == ClaimKind::kEvent) out.push_back(c);
  }
  return out;
}

// The one event of a text.
Claim one_event(const std::string& text) {
  SCOPED_TRACE(text);
  std::vector<Claim> e = events(text);
  EXPECT_EQ(e.size(), 1u);
  return e.empty() ? Claim{} : e[0];
}

// Visits between one pair recur, several a year at different levels: the host alone does not
// tell one from another, so a visit names no event, however it is worded.
TEST(EventHosts, AVisitToAHostNamesNoEvent) {
  const std::vector<std::string> wordings = {
      "China's prime minister paid an official visit to Belarus on 12 March 2024.",
      "The Chinese president paid a state visit to Belarus on 7 November 2024.",
      "In May 2019 a delegation of China arrived in Belarus on a visit.",
      "The visit of the Belarusian leader to China took place in July 2019.",
  };
  for (const std::string& text : wordings) {
    SCOPED_TRACE(text);
    const std::vector<Claim> e = events(text);
    for (const Claim& c : e) EXPECT_EQ(c.object.find("visit"), std::string::npos) << c.object;
  }
  // Two visits to one host in one year never share a key.
  const std::vector<Claim> a =
      events("China's prime minister paid an official visit to Belarus on 12 March 2024.");
  const std::vector<Claim> b =
      events("The Chinese president paid a state visit to Belarus on 7 November 2024.");
  for (const Claim& x : a) {
    for (const Claim& y : b) {
      if (!x.object.empty()) {
        EXPECT_NE(key_of(x, rules()), key_of(y, rules()));
      }
    }
  }
}

TEST(EventHosts, AVisitWithNoHostNamesNoEvent) {
  for (const Claim& c : events("Belarus and China said the visit in May 2019 went well.")) {
    EXPECT_EQ(c.object, "") << c.object;
  }
}

// A mission meets all the time: talks or forums it held are no event of the mission, in any
// word order or voice; only its opening is.
TEST(EventHosts, TalksAMissionHeldAreNoEventOfIt) {
  const std::vector<std::string> wordings = {
      "The embassy of Belarus in China held talks with exporters on 3 July 2024.",
      "On 20 September 2024 the embassy in China met Chinese firms.",
      "Talks with Chinese importers were held at the embassy in China on 5 May 2024.",
  };
  for (const std::string& text : wordings) {
    SCOPED_TRACE(text);
    for (const Claim& c : events(text)) EXPECT_EQ(c.object, "") << c.object;
  }
  const Claim opened = one_event("The embassy of Belarus in China was opened on 3 July 1993.");
  EXPECT_EQ(opened.object, "embassy CN");
  EXPECT_EQ(opened.attribute, "event.opened");
}

TEST(EventHosts, EachSidesEmbassyIsItsOwnEvent) {
  const Claim ours = one_event("Belarus opened its embassy in China in 1993.");
  const Claim theirs = one_event("The embassy of China in Belarus was opened in 1992.");
  EXPECT_EQ(ours.object, "embassy CN");
  EXPECT_EQ(ours.attribute, "event.opened");
  EXPECT_EQ(theirs.object, "embassy BY");
}

// Two missions in parallel clauses: each date names the mission of its own clause, whichever
// mission word stands nearer across the comma.
TEST(EventHosts, EachClauseDatesItsOwnMission) {
  for (const std::string text :
       {"The embassy of Belarus in China opened in 1993, the embassy of China in Belarus in 1992.",
        "Belarus opened its embassy in China in May 1993, and China its embassy in Belarus in "
        "June 1992.",
        "In 1993 the embassy in China opened; the embassy in Belarus opened in 1992."}) {
    SCOPED_TRACE(text);
    std::vector<std::string> got;
    for (const Claim& c : events(text)) got.push_back(c.period.iso() + " " + c.object);
    std::sort(got.begin(), got.end());
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].substr(0, 4) + got[0].substr(got[0].find(' ')), "1992 embassy BY");
    EXPECT_EQ(got[1].substr(0, 4) + got[1].substr(got[1].find(' ')), "1993 embassy CN");
  }
}

// A mission across a mark is still the date's when its own clause names none ("Opened in 1993,
// the embassy ..."); a nearer date in the mission's clause keeps it ("..., and Russia followed
// in 1995" dates no embassy).
TEST(EventHosts, AMissionAcrossAMarkIsTheDatesOnlyWhenItsClauseNamesNone) {
  const Claim opened =
      one_event("Opened in 1993, the embassy of Belarus in China stands downtown.");
  EXPECT_EQ(opened.object, "embassy CN");
  bool dated = false;
  for (const Claim& c : events("Belarus opened its embassy in China in 1993, and Russia followed "
                               "in 1995.")) {
    SCOPED_TRACE(c.period.iso());
    if (c.period.iso() == "1993") {
      dated = true;
      EXPECT_EQ(c.object, "embassy CN");
    } else {
      EXPECT_EQ(c.object, "");
    }
  }
  EXPECT_TRUE(dated);
}

TEST(EventHosts, ADefiniteHeadRefersToTheDocumentAnEarlierParagraphNamed) {
  const std::vector<Claim> e = events(
      "Belarus and China concluded the Agreement on Visa Exemption.\n\n"
      "The pact, signed on 3 March 2017, is popular.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].object, "free visa");
}

// The reach is the paragraph right before: a paragraph between ends it, and "deal" (as often a
// company's contract) is no head that refers back.
TEST(EventHosts, ADefiniteHeadDoesNotReachPastTheParagraphBefore) {
  for (const std::string text :
       {"Belarus and China concluded the Agreement on Visa Exemption.\n\nTourism grew.\n\n"
        "The pact, signed on 3 March 2017, is popular.",
        "Belarus and China concluded the Agreement on Visa Exemption.\n\n"
        "The deal, signed on 3 March 2017, will see a maker supply 50 trucks to China.",
        "Belarus and China ratified the Agreement on Visa Exemption in May 2016.\n\nExporters "
        "cheered.\n\nSigned on 3 March 2017, the pact covers trucks."}) {
    SCOPED_TRACE(text);
    const std::vector<Claim> e = events(text);
    bool dated = false;
    for (const Claim& c : e) {
      if (c.text != "2017-03-03") continue;
      dated = true;
      EXPECT_NE(c.object, "free visa");
    }
    EXPECT_TRUE(dated);
  }
}

TEST(EventHosts, AHeadOfAnotherKindDoesNotReferBack) {
  const std::vector<Claim> e = events(
      "Belarus and China concluded the Agreement on Visa Exemption.\n\n"
      "The zone, opened on 3 March 2017, is popular.");
  ASSERT_FALSE(e.empty());
  for (const Claim& c : e) EXPECT_NE(c.object, "free visa");
}

TEST(EventAnniversaries, ASpanOfYearsBeforeTheEventWordDatesNoEvent) {
  const std::vector<std::string> wordings = {
      "On 3 March 2024 Belarus and China marked ten years since the treaty on investment was "
      "signed.",
      "In 2024 officials celebrated 10 years since the Agreement on Visa Exemption was signed.",
      "Belarus and China on 3 March 2024 noted that 30 years have passed since the treaty on "
      "investment was signed.",
  };
  for (const std::string& text : wordings) {
    SCOPED_TRACE(text);
    for (const Claim& c : events(text)) EXPECT_EQ(c.object, "") << c.object;
  }
}

TEST(EventAnniversaries, ASpanAfterTheEventWordLeavesTheEventItsObject) {
  const Claim c = one_event("The treaty on investment was signed on 3 March 2014, ten years ago.");
  EXPECT_EQ(c.object, "investment");
}

}  // namespace
}  // namespace claimtrace
