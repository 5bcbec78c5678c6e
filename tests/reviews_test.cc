// reviews.xml: parsing with located errors, writing, and carrying decisions into a new pass.
#include "claimtrace/reviews.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "claimtrace/env.h"

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

using Paths = std::map<std::string, std::string>;  // source id -> file

// Evidence in two documents, named by source id; the ids are what a manifest may rename.
Discrepancy with_evidence(const std::string& id, const std::string& a, const std::string& b) {
  Discrepancy d = finding(id, "trade.turnover");
  Evidence x, y;
  x.source = a;
  x.span = {10, 20};
  y.source = b;
  y.span = {30, 42};
  d.evidence = {x, y};
  return d;
}

TEST(Reviews, TheReviewerIsRecordedAndReadBack) {
  ReviewBook book;
  Review r = decided(ReviewDecision::kConfirmed, "checked by phone");
  r.reviewer = "Anna K.";
  record_review(book, finding("d1", "trade.turnover"), r, "sha256:00ff");
  const std::string xml = reviews_xml(book);
  EXPECT_NE(xml.find("reviewer=\"Anna K.\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("content=\"sha256:00ff\""), std::string::npos) << xml;
  Result<ReviewBook> read = parse_reviews("reviews.xml", xml);
  ASSERT_TRUE(read.is_ok()) << read.status().to_string();
  EXPECT_EQ(read.value(), book);
  std::vector<Discrepancy> next = {finding("d1", "trade.turnover")};
  apply_reviews(read.value(), next);
  EXPECT_EQ(next[0].review.reviewer, "Anna K.");
}

TEST(Reviews, TheContentKeyIsTheDocumentsBytesNotTheSourceIds) {
  MemoryEnv env;
  env.add_file("c/a.txt", "first document");
  env.add_file("c/b.txt", "second document");
  env.add_file("c/b2.txt", "second document, edited");
  const ContentHashes before(env, Paths{{"mfa", "c/a.txt"}, {"blog", "c/b.txt"}});
  const ContentHashes renamed(env, Paths{{"ministry", "c/a.txt"}, {"weblog", "c/b.txt"}});
  const ContentHashes edited(env, Paths{{"mfa", "c/a.txt"}, {"blog", "c/b2.txt"}});
  const std::string key = content_key(with_evidence("d1", "mfa", "blog"), before);
  EXPECT_EQ(key.rfind("sha256:", 0), 0u);
  EXPECT_EQ(content_key(with_evidence("d9", "ministry", "weblog"), renamed), key);
  EXPECT_NE(content_key(with_evidence("d1", "mfa", "blog"), edited), key);
  Discrepancy moved = with_evidence("d1", "mfa", "blog");
  moved.evidence[1].span = {31, 42};
  EXPECT_NE(content_key(moved, before), key);
  // A document that cannot be read gives no key, rather than one that matches by accident.
  EXPECT_EQ(content_key(with_evidence("d1", "mfa", "gone"), before), "");
}

// The manifest renames a source: claim ids, and with them the finding's id, change; the
// decision follows the finding by its content key, applied as it stands, not reopened.
TEST(Reviews, ADecisionSurvivesARenamedSourceId) {
  MemoryEnv env;
  env.add_file("c/a.txt", "first document");
  env.add_file("c/b.txt", "second document");
  const ContentHashes before(env, Paths{{"mfa", "c/a.txt"}, {"blog", "c/b.txt"}});
  ReviewBook book;
  const Discrepancy reviewed = with_evidence("d1", "mfa", "blog");
  record_review(book, reviewed, decided(ReviewDecision::kFalsePositive, "units differ"),
                content_key(reviewed, before));

  const ContentHashes after(env, Paths{{"ministry", "c/a.txt"}, {"blog", "c/b.txt"}});
  std::vector<Discrepancy> next = {with_evidence("d2", "ministry", "blog")};
  EXPECT_EQ(apply_reviews(book, next, &after), 1);
  EXPECT_EQ(next[0].review.decision, ReviewDecision::kFalsePositive);
  EXPECT_FALSE(next[0].review.reopened);
  EXPECT_FALSE(next[0].counts());

  // The document's text changed as well: the evidence is not what was reviewed, so reopened.
  MemoryEnv changed;
  changed.add_file("c/a.txt", "first document, corrected");
  changed.add_file("c/b.txt", "second document");
  const ContentHashes edited(changed, Paths{{"ministry", "c/a.txt"}, {"blog", "c/b.txt"}});
  std::vector<Discrepancy> again = {with_evidence("d2", "ministry", "blog")};
  EXPECT_EQ(apply_reviews(book, again, &edited), 0);
  EXPECT_TRUE(again[0].review.reopened);
}

// reviews.xml written before content keys: its decisions still apply by id, and the key is
// filled in from the report the next time the finding is seen.
TEST(Reviews, AnOldReviewsFileWithoutContentKeysStillApplies) {
  Result<ReviewBook> old = parse_reviews(
      "r.xml",
      "<claimtrace-reviews version=\"1\"><review discrepancy=\"d1\" kind=\"value_conflict\" "
      "subject=\"BY-CN\" attribute=\"trade.turnover\" decision=\"confirmed\" "
      "date=\"2026-11-22\">ok</review></claimtrace-reviews>");
  ASSERT_TRUE(old.is_ok()) << old.status().to_string();
  EXPECT_EQ(old.value().records[0].content, "");
  EXPECT_EQ(old.value().records[0].review.reviewer, "");
  MemoryEnv env;
  env.add_file("a.txt", "first");
  env.add_file("b.txt", "second");
  const ContentHashes hashes(env, Paths{{"mfa", "a.txt"}, {"blog", "b.txt"}});
  std::vector<Discrepancy> next = {with_evidence("d1", "mfa", "blog")};
  EXPECT_EQ(apply_reviews(old.value(), next, &hashes), 1);
  EXPECT_EQ(next[0].review.decision, ReviewDecision::kConfirmed);

  const std::string report =
      "<claimtrace-report version=\"1\"><sources><source id=\"mfa\" path=\"a.txt\"/>"
      "<source id=\"blog\" path=\"b.txt\"/></sources><discrepancies><discrepancy id=\"d1\" "
      "kind=\"value_conflict\" subject=\"BY-CN\" attribute=\"trade.turnover\">"
      "<evidence claim=\"c1\" source=\"mfa\" path=\"a.txt\" start=\"10\" end=\"20\"/>"
      "<evidence claim=\"c2\" source=\"blog\" path=\"b.txt\" start=\"30\" end=\"42\"/>"
      "</discrepancy></discrepancies></claimtrace-report>";
  EXPECT_EQ(sources_in_report(report),
            (std::map<std::string, std::string>{{"blog", "b.txt"}, {"mfa", "a.txt"}}));
  Result<Discrepancy> seen = finding_in_report("report.xml", report, "d1");
  ASSERT_TRUE(seen.is_ok()) << seen.status().to_string();
  ASSERT_EQ(seen.value().evidence.size(), 2u);
  EXPECT_EQ(seen.value().evidence[1].span, (Span{30, 42}));
  const ContentHashes from_report(env, sources_in_report(report));
  EXPECT_EQ(content_key(seen.value(), from_report), content_key(next[0], hashes));
}

}  // namespace
}  // namespace claimtrace
