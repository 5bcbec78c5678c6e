// End-to-end: a desk's settings (claimtrace.xml beside the corpus), manifest URLs and priors,
// CSV with a BOM, ClaimReview with its publisher, and review decisions that record the reviewer
// and survive a source id renamed in the manifest.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "cli_run.h"

namespace {

using namespace cli;

const std::string kRules = "--rules tests/data/rules ";

class Desk : public testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/claimtrace-desk-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    corpus_ = dir_ + "/corpus";
    ASSERT_EQ(std::system(("mkdir '" + corpus_ + "'").c_str()), 0);
    write_all(corpus_ + "/a.txt",
              "Trade turnover between Belarus and China was $6 billion in 2021.\n");
    write_all(corpus_ + "/b.txt",
              "Trade turnover between Belarus and China was $2 billion in 2021.\n");
    manifest("office");
    write_all(corpus_ + "/claimtrace.xml", R"(<claimtrace-config>
  <organisation name="Desk" url="https://desk.example/"/>
  <prior kind="official" trust="0.9"/>
  <reviewer name="Anna K."/>
</claimtrace-config>
)");
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  void manifest(const std::string& first_id) {
    write_all(corpus_ + "/manifest.xml",
              "<corpus>\n  <document id=\"" + first_id +
                  "\" path=\"a.txt\" kind=\"official\" published=\"2024-01\" "
                  "url=\"https://office.example/trade\" trust-prior=\"0.8\"/>\n"
                  "  <document id=\"blog\" path=\"b.txt\" kind=\"news\" published=\"2024-01\"/>\n"
                  "</corpus>\n");
  }
  Outcome verify(const std::string& extra = "") {
    return run_claimtrace("verify " + kRules + extra + "--out '" + dir_ + "/r' '" + corpus_ + "'",
                          kSource);
  }
  // The id of the first discrepancy in report.xml.
  std::string first_finding() {
    const std::string xml = read_all(dir_ + "/r/report.xml");
    const size_t at = xml.find("<discrepancy id=\"");
    if (at == std::string::npos) return "";
    const size_t from = at + 17;
    return xml.substr(from, xml.find('"', from) - from);
  }

  std::string dir_, corpus_;
};

TEST_F(Desk, ManifestFieldsAndPriorsReachTheReport) {
  Outcome r = verify();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string xml = read_all(dir_ + "/r/report.xml");
  EXPECT_NE(xml.find("url=\"https://office.example/trade\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("trust-prior=\"0.8000\""), std::string::npos);
  // The config is the desk's, not a document.
  EXPECT_NE(xml.find("reason=\"claimtrace config\""), std::string::npos);
  // The trusted office leads the dispute: its trust stays above the blog's.
  const size_t office = xml.find("id=\"office\"");
  const size_t blog = xml.find("id=\"blog\"");
  ASSERT_NE(office, std::string::npos);
  ASSERT_NE(blog, std::string::npos);
  auto trust_at = [&](size_t at) {
    const size_t t = xml.find("trust=\"", at) + 7;
    return std::stod(xml.substr(t, xml.find('"', t) - t));
  };
  EXPECT_GT(trust_at(office), trust_at(blog));
}

TEST_F(Desk, CsvBomOpensEveryCsv) {
  Outcome r = verify("--format csv,annotations --csv-bom ");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  for (const char* name : {"/r/claims.csv", "/r/discrepancies.csv"}) {
    EXPECT_EQ(read_all(dir_ + name).rfind("\xEF\xBB\xBF", 0), 0u) << name;
  }
  const std::string anno = read_all(dir_ + "/r/annotations.jsonld");
  EXPECT_NE(anno.find("\"source\":\"https://office.example/trade\""), std::string::npos) << anno;
  EXPECT_NE(anno.find("\"source\":\"file://" + corpus_ + "/b.txt\""), std::string::npos);
  Outcome plain = verify("--format csv ");
  EXPECT_EQ(plain.exit_code, 1);
  EXPECT_EQ(read_all(dir_ + "/r/claims.csv").rfind("id,", 0), 0u);
}

TEST_F(Desk, AReviewRecordsTheReviewerAndSurvivesARenamedSource) {
  ASSERT_EQ(verify().exit_code, 1);
  const std::string id = first_finding();
  ASSERT_FALSE(id.empty());
  Outcome marked = run_claimtrace(
      "review '" + dir_ + "/r/report.xml' --mark " + id + "=false-positive --date 2026-11-22",
      kSource);
  ASSERT_EQ(marked.exit_code, 0) << marked.err;
  const std::string reviews = read_all(dir_ + "/r/reviews.xml");
  EXPECT_NE(reviews.find("reviewer=\"Anna K.\""), std::string::npos) << reviews;
  EXPECT_NE(reviews.find("content=\"sha256:"), std::string::npos) << reviews;

  manifest("ministry");  // the source is renamed: claim and finding ids change
  Outcome again = verify();
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;  // the decision still holds
  EXPECT_NE(first_finding(), id);
  EXPECT_NE(again.out.find("1 reviewed (1 of 1 decisions"), std::string::npos) << again.out;
  EXPECT_NE(read_all(dir_ + "/r/report.xml").find("reviewer=\"Anna K.\""), std::string::npos);

  // --reviewer wins over the config.
  Outcome other = run_claimtrace("review '" + dir_ + "/r/report.xml' --mark " + first_finding() +
                                     "=confirmed --reviewer 'Boris M.' --date 2026-11-23",
                                 kSource);
  ASSERT_EQ(other.exit_code, 0) << other.err;
  EXPECT_NE(read_all(dir_ + "/r/reviews.xml").find("reviewer=\"Boris M.\""), std::string::npos);
}

TEST_F(Desk, ClaimReviewNamesItsPublisherFromTheConfigOrOptions) {
  // The corpus agrees with itself, so the draft's figure is contradicted, not disputed.
  write_all(corpus_ + "/b.txt",
            "Trade turnover between Belarus and China was $6 billion in 2021.\n");
  write_all(dir_ + "/draft.txt",
            "Trade turnover between Belarus and China was $9 billion in 2021.\n");
  Outcome r =
      run_claimtrace("check " + kRules + "'" + dir_ + "/draft.txt' --published 2026-11-22 " +
                         "--out '" + dir_ + "/c' --corpus '" + corpus_ + "'",
                     kSource);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  std::string review = read_all(dir_ + "/c/claimreview.jsonld");
  EXPECT_NE(review.find("\"author\":{\"@type\":\"Organization\",\"name\":\"Desk\",\"url\":"
                        "\"https://desk.example/\"}"),
            std::string::npos)
      << review;
  EXPECT_NE(review.find("\"url\":\"https://desk.example/#claim-"), std::string::npos);
  EXPECT_NE(review.find("\"url\":\"https://office.example/trade\""), std::string::npos);
  Outcome named = run_claimtrace(
      "check " + kRules + "'" + dir_ + "/draft.txt' --published 2026-11-22 --out '" + dir_ +
          "/c' --corpus '" + corpus_ + "' --org-name Other --review-url https://other.example/r " +
          "--draft-url https://other.example/draft",
      kSource);
  EXPECT_EQ(named.exit_code, 1) << named.err;
  review = read_all(dir_ + "/c/claimreview.jsonld");
  EXPECT_NE(review.find("\"name\":\"Other\""), std::string::npos) << review;
  EXPECT_NE(review.find("\"url\":\"https://other.example/r#claim-"), std::string::npos);
  EXPECT_NE(review.find("\"appearance\":[{\"@type\":\"CreativeWork\",\"url\":"
                        "\"https://other.example/draft\""),
            std::string::npos);
  Outcome bad = run_claimtrace("check " + kRules + "'" + dir_ + "/draft.txt' --corpus '" + corpus_ +
                                   "' --org-url desk.example",
                               kSource);
  EXPECT_EQ(bad.exit_code, 2);
}

TEST_F(Desk, TheConfigSetsChecksFailOn) {
  write_all(dir_ + "/draft.txt", "Exports from Belarus to China reached $4 billion in 2021.\n");
  const std::string check = "check " + kRules + "'" + dir_ + "/draft.txt' --published 2026-11-22 " +
                            "--out '" + dir_ + "/c' --corpus '" + corpus_ + "'";
  Outcome lenient = run_claimtrace(check, kSource);
  EXPECT_EQ(lenient.exit_code, 0) << lenient.out << lenient.err;  // unsupported, not contradicted
  write_all(corpus_ + "/claimtrace.xml",
            "<claimtrace-config><check fail-on=\"contradicted|unsupported\"/></claimtrace-config>");
  Outcome strict = run_claimtrace(check, kSource);
  EXPECT_EQ(strict.exit_code, 1) << strict.out << strict.err;
  Outcome given = run_claimtrace(check + " --fail-on contradicted", kSource);
  EXPECT_EQ(given.exit_code, 0) << given.err;  // the option wins
}

TEST_F(Desk, ABadConfigStopsWithItsLine) {
  write_all(corpus_ + "/claimtrace.xml",
            "<claimtrace-config>\n  <organisation name=\"Desk\"/>\n  <prior kind=\"news\" "
            "trust=\"high\"/>\n</claimtrace-config>\n");
  Outcome r = verify();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(corpus_ + "/claimtrace.xml:3:3: prior trust \"high\" is not a number"),
            std::string::npos)
      << r.err;
  Outcome check = run_claimtrace("check " + kRules + "'" + corpus_ + "/a.txt' --corpus '" +
                                     corpus_ + "' --out '" + dir_ + "/c'",
                                 kSource);
  EXPECT_EQ(check.exit_code, 2) << check.err;
}

// The issue's case on the shipped rules: in a Russian document, a character selector that
// selects exactly each claim's quote (a byte offset would land dozens of letters later).
TEST(ShippedRulesDesk, AnnotationsCountCharactersInARussianDocument) {
  char tmpl[] = "/tmp/claimtrace-ru-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  const std::string dir = tmpl;
  const std::string text =
      "Министерство иностранных дел сообщило: товарооборот между Беларусью и Китаем в 2021 году "
      "составил 5,2 млрд долларов, это на 30% больше.\n";
  write_all(dir + "/ru.txt", text);
  Outcome r = run_claimtrace(
      "verify --format annotations --quiet --out '" + dir + "/out' '" + dir + "/ru.txt'", kSource);
  EXPECT_LE(r.exit_code, 1) << r.err;
  const std::string anno = read_all(dir + "/out/annotations.jsonld");
  // The text's code points, so that [start, end) can be cut out of it.
  std::vector<std::string> chars;
  for (size_t i = 0; i < text.size();) {
    size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    chars.push_back(text.substr(i, n));
    i += n;
  }
  auto number_after = [&](const std::string& key, size_t from) {
    const size_t at = anno.find(key, from) + key.size();
    return static_cast<size_t>(std::stoul(anno.substr(at, anno.find_first_of(",}", at) - at)));
  };
  size_t checked = 0;
  for (size_t at = anno.find("\"exact\":\""); at != std::string::npos;
       at = anno.find("\"exact\":\"", at + 1)) {
    const size_t q = at + 9;
    const std::string exact = anno.substr(q, anno.find('"', q) - q);
    const size_t position = anno.find("\"type\":\"TextPositionSelector\"", at);
    ASSERT_NE(position, std::string::npos) << anno;
    const size_t start = number_after("\"start\":", position);
    const size_t end = number_after("\"end\":", position);
    ASSERT_LE(end, chars.size());
    std::string selected;
    for (size_t k = start; k < end; ++k) selected += chars[k];
    EXPECT_EQ(selected, exact);
    EXPECT_LT(end, number_after("\"end\":", anno.find("DataPositionSelector", position)));
    ++checked;
  }
  EXPECT_GE(checked, 1u) << anno;  // "5,2 млрд долларов" at least
  std::system(("rm -rf '" + dir + "'").c_str());
}

}  // namespace
