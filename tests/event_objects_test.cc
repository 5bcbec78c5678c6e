// Event objects: a document's distinctive words name what a dated event happened to, so two
// wordings of one document meet and two documents of one pair do not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

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

TEST(EventObjects, TwoWordingsOfOneAgreementHaveOneObject) {
  std::vector<Claim> a =
      events("The Agreement on Mutual Visa Exemption was signed by Belarus and China in 2018.");
  std::vector<Claim> b =
      events("Belarus and China say the visa waiver deal, signed in 2019, holds.");
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
  std::vector<Claim> e = events("Belarus and China say the railway, established in 2010, grew.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].object, "railway");
}

TEST(EventObjects, AHeadBesideItsDateDatesItsSigning) {
  std::vector<Claim> e = events("Belarus and China still cite the investment treaty of 2001.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].object, "investment");
  EXPECT_EQ(e[0].attribute, "document.signed");
}

TEST(EventObjects, AHeadFarFromTheDateDatesNothing) {
  // The figure's year is no signing: the treaty is named, not dated.
  std::vector<Claim> e =
      events("Under the investment treaty, Belarus and China traded $5 billion of goods in 2019.");
  EXPECT_TRUE(e.empty());
}

TEST(EventObjects, RatifyingIsTheEventThoughTheHeadIsNearer) {
  std::vector<Claim> e =
      events("Belarus and China ratified the investment protection treaty in 2020.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].object, "investment protection");
  EXPECT_EQ(e[0].attribute, "document.ratified");
}

}  // namespace
}  // namespace claimtrace
