// Hosted events: a visit or a mission is told apart by the state it goes to or stands in, so
// wordings of one visit meet and visits each way, or in other years, do not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimtrace/claim_key.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"

namespace claimtrace {
namespace {

const RuleSet& rules() {
  static RuleSet r = RuleSet::load(default_env(), std::string(CLAIMTRACE_TEST_DATA) + "/rules");
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

TEST(EventHosts, WordingsOfOneVisitShareItsHostAndYear) {
  const std::vector<std::string> wordings = {
      "Belarusian leader Lukashenko paid a state visit to China in May 2019.",
      "In June 2019 Lukashenko of Belarus went to China on a visit.",
      "Lukashenko arrived in China on an official visit of Belarus in May 2019.",
      "The visit of the Belarusian leader to China took place in July 2019.",
  };
  for (const std::string& text : wordings) {
    SCOPED_TRACE(text);
    const Claim c = one_event(text);
    EXPECT_EQ(c.object, "visit CN 2019");
    EXPECT_EQ(c.attribute, "meeting.held");
    std::optional<ClaimKey> k = key_of(c, rules());
    ASSERT_TRUE(k.has_value());
    EXPECT_EQ(k->object, "visit CN 2019");
  }
}

TEST(EventHosts, AVisitTheOtherWayIsAnotherEvent) {
  const Claim there = one_event("Lukashenko paid a state visit to China in May 2019.");
  const Claim back = one_event("Xi Jinping made a return visit to Belarus in May 2019.");
  EXPECT_EQ(back.object, "visit BY 2019");
  EXPECT_NE(key_of(there, rules()), key_of(back, rules()));
}

TEST(EventHosts, AVisitOfAnotherYearIsAnotherEvent) {
  const Claim a = one_event("Lukashenko paid a state visit to China in May 2019.");
  const Claim b = one_event("Lukashenko paid a state visit to China in May 2015.");
  EXPECT_NE(a.object, b.object);
}

TEST(EventHosts, AVisitWithNoHostNamesNoEvent) {
  for (const Claim& c : events("Belarus and China said the visit in May 2019 went well.")) {
    EXPECT_EQ(c.object, "") << c.object;
  }
}

TEST(EventHosts, EachSidesEmbassyIsItsOwnEvent) {
  const Claim ours = one_event("Belarus opened its embassy in China in 1993.");
  const Claim theirs = one_event("The embassy of China in Belarus was opened in 1992.");
  EXPECT_EQ(ours.object, "embassy CN");
  EXPECT_EQ(ours.attribute, "event.opened");
  EXPECT_EQ(theirs.object, "embassy BY");
}

TEST(EventHosts, ADefiniteHeadRefersToTheDocumentAnEarlierParagraphNamed) {
  const std::vector<Claim> e = events(
      "Belarus and China concluded the Agreement on Visa Exemption.\n\n"
      "The deal, signed on 3 March 2017, is popular.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].object, "free visa");
}

TEST(EventHosts, AHeadOfAnotherKindDoesNotReferBack) {
  const std::vector<Claim> e = events(
      "Belarus and China concluded the Agreement on Visa Exemption.\n\n"
      "The zone, opened on 3 March 2017, is popular.");
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
