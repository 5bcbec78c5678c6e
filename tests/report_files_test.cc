// The report directory: the files asked for are written, stale exports removed, and the
// reviews file found beside the report or where --reviews names it.
#include "claimtrace/report_files.h"
#include "test_corpus.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(ReportFiles, ExportFormatsAreParsedFromTheTable) {
  EXPECT_EQ(parse_export_formats(""), std::set<std::string>{});
  EXPECT_EQ(parse_export_formats("json,csv"), (std::set<std::string>{"csv", "json"}));
  EXPECT_EQ(parse_export_formats("all"), (std::set<std::string>{"annotations", "csv", "json"}));
  EXPECT_EQ(parse_export_formats("json,pdf"), std::nullopt);
}

TEST(ReportFiles, APassWritesWhatWasAskedAndRemovesStaleExports) {
  MemoryEnv env;
  const std::vector<Document> documents;
  const std::vector<Extraction> extractions;
  const ClaimGraph graph = ClaimGraph::build(documents, extractions, fixture_rules());
  const Verification verification;
  const ReportInput input{documents, extractions, graph, verification};

  WrittenReport first = write_report(env, "out", input, {"json", "csv"});
  ASSERT_TRUE(first.status.is_ok()) << first.status.to_string();
  EXPECT_EQ(first.files, (std::vector<std::string>{"report.xml", "report.html", "report.json",
                                                   "claims.csv", "discrepancies.csv"}));
  EXPECT_TRUE(env.read_file("out/claims.csv", 1 << 20).is_ok());

  WrittenReport second = write_report(env, "out", input, {"json"});
  ASSERT_TRUE(second.status.is_ok());
  EXPECT_TRUE(second.not_removed.empty());
  EXPECT_TRUE(env.read_file("out/report.json", 1 << 20).is_ok());
  EXPECT_EQ(env.read_file("out/claims.csv", 1 << 20).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(env.read_file("out/discrepancies.csv", 1 << 20).status().code(), StatusCode::kNotFound);
}

TEST(ReportFiles, ReviewsComeFromTheReportDirectoryOrTheGivenFile) {
  MemoryEnv env;
  Result<ReviewsInUse> none = reviews_for(env, "", "out");
  ASSERT_TRUE(none.is_ok());
  EXPECT_EQ(none.value().path, "");  // no decisions: nothing to mention
  EXPECT_FALSE(reviews_for(env, "missing.xml", "out").is_ok());

  ReviewBook book;
  Discrepancy finding;
  finding.id = "d1";
  record_review(book, finding, Review{ReviewDecision::kConfirmed, "seen", "2026-11-01", false, ""});
  env.add_file("out/reviews.xml", reviews_xml(book));
  Result<ReviewsInUse> beside = reviews_for(env, "", "out");
  ASSERT_TRUE(beside.is_ok());
  EXPECT_EQ(beside.value().path, "out/reviews.xml");
  EXPECT_EQ(beside.value().book, book);

  env.add_file("bad.xml", "<reviews><review");
  Result<ReviewsInUse> bad = reviews_for(env, "bad.xml", "out");
  ASSERT_FALSE(bad.is_ok());
  EXPECT_EQ(bad.status().where().file, "bad.xml");
}

}  // namespace
}  // namespace claimtrace
