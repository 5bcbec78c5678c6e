// reviews.xml: parsing with located errors, writing, and carrying decisions into a new pass.
#include "claimtrace/reviews.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimtrace {
namespace {

Discrepancy finding(const std::string& id, const std::string& attribute) {
  Discrepancy d;
  d.id = id;
  d.kind = DiscrepancyKind::kValueConflict;
  d.severity = Severity::kHigh;
  d.subject = "BY-CN";
  d.attribute = attribute;
  return d;
}

Review decided(ReviewDecision decision, const std::string& note) {
  Review r;
  r.decision = decision;
  r.note = note;
  r.date = "2026-11-22";
  return r;
}

TEST(Reviews, ARecordedDecisionSurvivesWritingAndReading) {
  ReviewBook book;
  record_review(
      book, finding("d2", "trade.turnover"),
      decided(ReviewDecision::kFalsePositive, "different metric: exports <vs> \"turnover\""));
  record_review(book, finding("d1", "park.residents"), decided(ReviewDecision::kConfirmed, ""));
  record_review(book, finding("d2", "trade.turnover"), decided(ReviewDecision::kResolved, "fixed"));
  ASSERT_EQ(book.records.size(), 2u);  // the second decision on d2 replaced the first
  EXPECT_EQ(book.records[0].discrepancy, "d1");
  Result<ReviewBook> read = parse_reviews("reviews.xml", reviews_xml(book));
  ASSERT_TRUE(read.is_ok()) << read.status().to_string();
  EXPECT_EQ(read.value(), book);
  EXPECT_EQ(read.value().records[1].review.note, "fixed");
}

TEST(Reviews, AMalformedOrUnknownDecisionIsAnErrorWithItsPlace) {
  Result<ReviewBook> bad = parse_reviews(
      "r.xml",
      "<claimtrace-reviews version=\"1\">\n  <review discrepancy=\"d1\" decision=\"maybe\"/>\n"
      "</claimtrace-reviews>");
  ASSERT_FALSE(bad.is_ok());
  EXPECT_NE(bad.status().to_string().find("r.xml:2:3"), std::string::npos)
      << bad.status().to_string();
  EXPECT_NE(bad.status().to_string().find("maybe"), std::string::npos);
  Result<ReviewBook> broken = parse_reviews("r.xml", "<claimtrace-reviews><review");
  ASSERT_FALSE(broken.is_ok());
  EXPECT_NE(broken.status().to_string().find("r.xml:1:"), std::string::npos);
}

// A hand-edited entry without a date, or with one that is not a day, is refused at its place
// rather than carried with an empty or meaningless date.
TEST(Reviews, AMissingOrUnreadableDateIsAnErrorWithItsPlace) {
  for (const char* date : {"", " date=\"\"", " date=\"yesterday\"", " date=\"2026-11\""}) {
    Result<ReviewBook> bad = parse_reviews(
        "r.xml", std::string("<claimtrace-reviews version=\"1\">\n  <review discrepancy=\"d1\" "
                             "decision=\"confirmed\"") +
                     date + "/>\n</claimtrace-reviews>");
    ASSERT_FALSE(bad.is_ok()) << date;
    EXPECT_NE(bad.status().to_string().find("r.xml:2:3"), std::string::npos)
        << bad.status().to_string();
    EXPECT_NE(bad.status().to_string().find("date"), std::string::npos);
  }
  Result<ReviewBook> good = parse_reviews(
      "r.xml",
      "<claimtrace-reviews version=\"1\"><review discrepancy=\"d1\" decision=\"confirmed\" "
      "date=\"2026-11-22\"/></claimtrace-reviews>");
  EXPECT_TRUE(good.is_ok()) << good.status().to_string();
}

TEST(Reviews, AFindingWithTheSameIdTakesItsDecision) {
  ReviewBook book;
  record_review(book, finding("d1", "trade.turnover"),
                decided(ReviewDecision::kFalsePositive, "not the same metric"));
  std::vector<Discrepancy> next = {finding("d1", "trade.turnover"),
                                   finding("d9", "park.residents")};
  EXPECT_EQ(apply_reviews(book, next), 1);
  EXPECT_EQ(next[0].review.decision, ReviewDecision::kFalsePositive);
  EXPECT_FALSE(next[0].review.reopened);
  EXPECT_FALSE(next[0].counts());
  EXPECT_EQ(next[1].review.decision, ReviewDecision::kOpen);
  EXPECT_TRUE(next[1].counts());
}

TEST(Reviews, AFindingWhoseEvidenceChangedReopensWithItsOldDecisionShown) {
  ReviewBook book;
  record_review(book, finding("d1", "trade.turnover"), decided(ReviewDecision::kResolved, "ok"));
  // New evidence gives the finding a new id; its kind, subject and attribute are the same.
  std::vector<Discrepancy> next = {finding("d7", "trade.turnover")};
  EXPECT_EQ(apply_reviews(book, next), 0);
  EXPECT_EQ(next[0].review.decision, ReviewDecision::kResolved);
  EXPECT_TRUE(next[0].review.reopened);
  EXPECT_EQ(next[0].review.note, "ok");
  EXPECT_TRUE(next[0].counts());
}

TEST(Reviews, AFindingIsFoundInAReportByItsId) {
  const std::string xml =
      "<claimtrace-report version=\"1\"><discrepancies><discrepancy id=\"d5\" "
      "kind=\"rank_conflict\" severity=\"high\" subject=\"BY-CN\" attribute=\"trade.partner_rank\">"
      "<explanation>ranks differ</explanation></discrepancy></discrepancies></claimtrace-report>";
  Result<Discrepancy> d = finding_in_report("report.xml", xml, "d5");
  ASSERT_TRUE(d.is_ok()) << d.status().to_string();
  EXPECT_EQ(d.value().kind, DiscrepancyKind::kRankConflict);
  EXPECT_EQ(d.value().attribute, "trade.partner_rank");
  EXPECT_FALSE(finding_in_report("report.xml", xml, "d6").is_ok());
}

}  // namespace
}  // namespace claimtrace
