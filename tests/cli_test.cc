// End-to-end: the real claimtrace binary on real files, compared with exact expected output
// (tests/data/expected/). The inputs are small ones made for these tests (tests/data/cli/) read
// with the fixture rules (tests/data/rules/), so editing the product's rules/ or corpus/ cannot
// change them; hostile inputs are made by the test itself. Tests named Shipped* check the bundled
// rules/ and corpus/ on purpose.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "xml_schema.h"

namespace {

using namespace cli;

// Relative to the source directory, where every command runs.
const std::string kRules = "--rules tests/data/rules ";
const std::string kCorpus = "tests/data/cli/corpus";

// Runs `claimtrace ARGS` in directory `cwd`, the source directory unless told.
Outcome claimtrace(const std::string& args, const std::string& cwd = kSource) {
  return run_claimtrace(args, cwd);
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

// Every report.xml the CLI writes must be what reports/report.xsd says it is.
void expect_valid_report(const std::string& path) {
  claimtrace::SchemaCheck schema = claimtrace::validate_xml_file(path);
  EXPECT_TRUE(schema.valid) << path << "\n" << schema.messages;
}

TEST(Cli, VersionAndHelp) {
  Outcome v = claimtrace("--version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out.rfind("claimtrace ", 0), 0u);
  Outcome h = claimtrace("--help");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_EQ(h.out.rfind("usage: claimtrace", 0), 0u);
  Outcome ih = claimtrace("ingest --help");
  EXPECT_EQ(ih.exit_code, 0);
  EXPECT_NE(ih.out.find("--sentences"), std::string::npos);
  EXPECT_TRUE(ih.err.empty());
}

TEST(Cli, UsageErrorsExitTwoWithOneLineAndAHint) {
  for (const char* args :
       {"ingest --bogus", "ingest --max-bytes lots", "frobnicate", "ingest --threads 0", ""}) {
    Outcome r = claimtrace(args);
    EXPECT_EQ(r.exit_code, 2) << args;
    EXPECT_TRUE(r.out.empty()) << args;
    if (*args) {
      EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 2) << args << ": " << r.err;
      const std::string command = std::string(args).substr(0, std::string(args).find(' '));
      const std::string hint = command == "frobnicate" ? "Try 'claimtrace --help'"
                                                       : "Try 'claimtrace " + command + " --help'";
      EXPECT_NE(r.err.find(hint), std::string::npos) << args;
    }
  }
}

TEST(Cli, IngestACorpusWithAManifest) {
  Outcome r = claimtrace("ingest --threads 2 " + kRules + kCorpus);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  expect_file("cli-ingest.tsv", r.out);
  // Output does not depend on the thread count.
  EXPECT_EQ(claimtrace("ingest --threads 1 " + kRules + kCorpus).out, r.out);
}

TEST(Cli, IngestMetadataSaysWhereEachFieldCameFrom) {
  Outcome r = claimtrace("ingest --metadata " + kRules + kCorpus);
  EXPECT_EQ(r.exit_code, 0);
  expect_file("cli-ingest-metadata.txt", r.out);
}

TEST(Cli, SentencesWithPositionsAndByteRanges) {
  Outcome r = claimtrace("ingest --sentences " + kRules + kCorpus + "/ministry-note.txt");
  EXPECT_EQ(r.exit_code, 0);
  expect_file("cli-sentences-ministry.tsv", r.out);
  // Hard-wrapped lines (as text extracted from a PDF comes) and abbreviations inside sentences.
  Outcome talk = claimtrace("ingest --sentences " + kRules + "tests/data/cli/wrapped-talk.txt");
  EXPECT_EQ(talk.exit_code, 0);
  expect_file("cli-sentences-wrapped-talk.tsv", talk.out);
}

TEST(Cli, ExtractClaimsAsJsonLinesAndTsv) {
  Outcome jsonl = claimtrace("extract " + kRules + kCorpus + "/news-report.txt");
  EXPECT_EQ(jsonl.exit_code, 0) << jsonl.err;
  EXPECT_EQ(jsonl.err, "");
  expect_file("cli-extract-news.jsonl", jsonl.out);
  Outcome tsv = claimtrace("extract --format tsv " + kRules + kCorpus + "/ministry-note.txt");
  EXPECT_EQ(tsv.exit_code, 0);
  expect_file("cli-extract-ministry.tsv", tsv.out);
  Outcome names = claimtrace("extract --names " + kRules + kCorpus + "/ministry-note.txt");
  EXPECT_NE(names.out.find("\"kind\":\"name\",\"value\":\"Alexander Lukashenko\""),
            std::string::npos)
      << names.out;
}

// Determinism on the bundled corpus's text (more documents than the small corpus), read with the
// fixture rules: no expected file, only the same output for any thread count.
TEST(Cli, ExtractOutputDoesNotDependOnThreads) {
  Outcome one = claimtrace("extract --threads 1 " + kRules + "corpus");
  Outcome two = claimtrace("extract --threads 2 " + kRules + "corpus");
  EXPECT_EQ(one.exit_code, 0);
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, two.out);
}

TEST(Cli, ExtractRejectsAnUnknownFormat) {
  Outcome r = claimtrace("extract --format xml " + kRules + kCorpus);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--format must be jsonl or tsv"), std::string::npos);
}

// A fresh directory under /tmp for a command's output, removed by the caller.
std::string temp_dir() {
  char tmpl[] = "/tmp/claimtrace-out-XXXXXX";
  EXPECT_NE(mkdtemp(tmpl), nullptr);
  return tmpl;
}

// The small corpus's value conflict, rank conflict, label variant and name variant, exactly.
TEST(Cli, VerifyWritesTheReport) {
  std::string out = temp_dir();
  Outcome r = claimtrace("verify " + kRules + "--out '" + out + "/r' " + kCorpus);
  EXPECT_EQ(r.exit_code, 1) << r.err;  // the corpus has high-severity discrepancies
  EXPECT_EQ(r.err, "");
  expect_file("cli-verify.out", replace_all(r.out, out, "$OUT"));
  expect_file("cli-verify.report.xml", read_all(out + "/r/report.xml"));
  expect_valid_report(out + "/r/report.xml");
  std::system(("rm -rf '" + out + "'").c_str());
}

// Determinism on the bundled corpus's text with the fixture rules, as for extract above.
TEST(Cli, VerifyReportDoesNotDependOnThreadsOrRuns) {
  std::string out = temp_dir();
  claimtrace("verify --threads 1 " + kRules + "--out '" + out + "/a' corpus");
  claimtrace("verify --threads 2 " + kRules + "--out '" + out + "/b' corpus");
  claimtrace("verify --threads 2 " + kRules + "--out '" + out + "/c' corpus");
  std::string a = read_all(out + "/a/report.xml");
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, read_all(out + "/b/report.xml"));
  EXPECT_EQ(a, read_all(out + "/c/report.xml"));
  expect_valid_report(out + "/a/report.xml");
  std::system(("rm -rf '" + out + "'").c_str());
}

TEST(Cli, VerifyExitCodesFollowFailOn) {
  std::string out = temp_dir();
  write_all(out + "/a.txt", "Trade turnover between Belarus and China reached $6 billion in 2021.");
  write_all(out + "/b.txt", "Trade turnover between Belarus and China was $3 billion in 2021.");
  write_all(out + "/calm.txt", "Trade turnover between Belarus and China was $6 billion in 2021.");
  EXPECT_EQ(
      claimtrace("verify " + kRules + "--out '" + out + "/r' '" + out + "/calm.txt'").exit_code, 0);
  expect_valid_report(out + "/r/report.xml");
  Outcome found = claimtrace("verify " + kRules + "--out '" + out + "/r' '" + out + "/a.txt' '" +
                             out + "/b.txt'");
  EXPECT_EQ(found.exit_code, 1) << found.out << found.err;
  EXPECT_NE(read_all(out + "/r/report.xml").find("kind=\"value_conflict\" severity=\"high\""),
            std::string::npos);
  expect_valid_report(out + "/r/report.xml");
  Outcome bad =
      claimtrace("verify --fail-on severe " + kRules + "--out '" + out + "/r' '" + out + "/a.txt'");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--fail-on must be info, low, medium or high"), std::string::npos);
  std::system(("rm -rf '" + out + "'").c_str());
}

// A draft with one claim of each verdict (contradicted, disputed, supported, unsupported) against
// the small corpus, exactly.
TEST(Cli, CheckADraftAgainstASmallCorpus) {
  std::string out = temp_dir();
  Outcome r =
      claimtrace("check " + kRules + "tests/data/cli/draft.txt --published 2026-11-22 --out '" +
                 out + "/c' --corpus " + kCorpus);
  EXPECT_EQ(r.exit_code, 1) << r.err;  // something is contradicted: publication should stop
  EXPECT_EQ(r.err, "");
  expect_file("cli-check.out", replace_all(r.out, out, "$OUT"));
  expect_file("cli-check.check.xml", read_all(out + "/c/check.xml"));
  claimtrace::SchemaCheck schema = claimtrace::validate_xml_file(out + "/c/check.xml", "check.xsd");
  EXPECT_TRUE(schema.valid) << schema.messages;
  std::system(("rm -rf '" + out + "'").c_str());
}

// --fail-on names the verdicts that stop publication: the draft has unsupported claims, so
// "unsupported" fails; a name that is no verdict is a usage error.
TEST(Cli, CheckFailsOnTheVerdictsNamed) {
  std::string out = temp_dir();
  const std::string check = "check " + kRules +
                            "tests/data/cli/draft.txt --published 2026-11-22 --quiet --out '" +
                            out + "/c' --corpus " + kCorpus + " --fail-on ";
  EXPECT_EQ(claimtrace(check + "'disputed|unsupported'").exit_code, 1);
  EXPECT_EQ(claimtrace(check + "contradicted,unsupported").exit_code, 1);
  EXPECT_EQ(claimtrace(check + "supported").exit_code, 2);
  EXPECT_EQ(claimtrace(check + "wrong").exit_code, 2);
  std::system(("rm -rf '" + out + "'").c_str());
}

// The shipped rules know every state: two pairs with China in common are two subjects, not a
// conflict, and a party nobody knows leaves its figure without subject, with a warning.
TEST(Cli, ShippedRulesKeepCountryPairsApart) {
  std::string dir = temp_dir();
  std::system(("mkdir '" + dir + "/docs'").c_str());
  write_all(dir + "/docs/hu.txt",
            "Trade between Hungary and China reached $14.6 billion in 2023.\n");
  write_all(dir + "/docs/rs.txt", "Trade between Serbia and China reached $6.4 billion in 2023.\n");
  write_all(dir + "/docs/xx.txt",
            "Trade between Ruritania and China reached $1.2 billion in 2023.\n");
  const std::string rules = "--rules '" + kSource + "/rules' ";
  Outcome r = claimtrace("extract " + rules + "docs --format tsv", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "id\tpath\tsource\tstart\tend\tline\tcolumn\tkind\tsubject\tattribute\tperiod\t"
            "period_basis\tvalue\tunit\tlow\thigh\tqualifier\tmodality\tspeaker\tscope\tobject\t"
            "quote\tsentence\n"
            "c1e39eb48c5f7\tdocs/hu.txt\thu.txt\t40\t53\t1\t41\tamount\tCN-HU\ttrade.turnover\t"
            "2023\tstated\t14600000000\tUSD\t14600000000\t14600000000\texact\tasserted\t\t\t\t"
            "$14.6 billion\tTrade between Hungary and China reached $14.6 billion in 2023.\n"
            "c37c21a26b88a\tdocs/rs.txt\trs.txt\t39\t51\t1\t40\tamount\tCN-RS\ttrade.turnover\t"
            "2023\tstated\t6400000000\tUSD\t6400000000\t6400000000\texact\tasserted\t\t\t\t"
            "$6.4 billion\tTrade between Serbia and China reached $6.4 billion in 2023.\n"
            "cd504c17fecff\tdocs/xx.txt\txx.txt\t42\t54\t1\t43\tamount\t\ttrade.turnover\t"
            "2023\tstated\t1200000000\tUSD\t1200000000\t1200000000\texact\tasserted\t\t\t\t"
            "$1.2 billion\tTrade between Ruritania and China reached $1.2 billion in 2023.\n");
  const std::string warning =
      "docs/xx.txt:1:15: warning: \"Ruritania\" is not a known state or party: the subject of "
      "figures about its relation is left empty\n";
  EXPECT_EQ(r.err, warning);
  Outcome v = claimtrace("verify " + rules + "docs --out out", dir);
  EXPECT_EQ(v.exit_code, 0) << v.err;
  EXPECT_EQ(
      v.out,
      "3 documents (0 skipped, 0 excluded), 3 claims, 0 discrepancies: 0 high, 0 medium, 0 low, "
      "0 info\n"
      "report: out/report.xml\n        out/report.html\n");
  EXPECT_EQ(v.err, warning);
  std::system(("rm -rf '" + dir + "'").c_str());
}

// A warning repeated through a file is printed once, at its first place, with the count.
TEST(Cli, ARepeatedWarningIsPrintedOnceWithItsCount) {
  std::string dir = temp_dir();
  write_all(dir + "/xx.txt",
            "Trade between Ruritania and China reached $1.2 billion in 2023.\n"
            "Trade between Ruritania and China reached $1.3 billion in 2024.\n"
            "Trade between Ruritania and China reached $1.4 billion in 2025.\n");
  Outcome r = claimtrace("extract --rules '" + kSource + "/rules' xx.txt --format tsv", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err,
            "xx.txt:1:15: warning: \"Ruritania\" is not a known state or party: the subject of "
            "figures about its relation is left empty (and 2 more times in this file)\n");
  std::system(("rm -rf '" + dir + "'").c_str());
}

// An end-to-end check of the shipped product: the bundled rules/ and corpus/ against a draft with
// three deliberate errors.
TEST(Cli, ShippedRulesCheckADraftWithThreeDeliberateErrors) {
  std::string out = temp_dir();
  Outcome r = claimtrace("check tests/data/drafts/three-errors.txt --published 2026-11-22 --out '" +
                         out + "/c' --corpus corpus");
  EXPECT_EQ(r.exit_code, 1) << r.err;  // something is contradicted: publication should stop
  // Relations with provinces and cities, which are no states: figures left without subject,
  // each part of a state warned where a figure of its clause binds to it. Europe is a group of
  // states (ICU's regions).
  const std::string unknown =
      " is not a known state or party: the subject of figures about its relation is left empty\n";
  EXPECT_EQ(r.err,
            "corpus/000_8b6a2d44c6381bef.txt:18:138: warning: \"Brest Oblast\"" + unknown +
                "corpus/000_8b6a2d44c6381bef.txt:18:187: warning: \"Mogilev Oblast\"" + unknown +
                "corpus/000_8b6a2d44c6381bef.txt:18:239: warning: \"Vitebsk Oblast\"" + unknown +
                "corpus/000_8b6a2d44c6381bef.txt:18:343: warning: \"city of Chongqing\"" + unknown +
                "corpus/000_8b6a2d44c6381bef.txt:18:466: warning: \"city of Xiaogan\"" + unknown);
  expect_file("check-three-errors.out", replace_all(r.out, out, "$OUT"));
  expect_file("check-three-errors.check.xml", read_all(out + "/c/check.xml"));
  claimtrace::SchemaCheck schema = claimtrace::validate_xml_file(out + "/c/check.xml", "check.xsd");
  EXPECT_TRUE(schema.valid) << schema.messages;
  std::string html = read_all(out + "/c/check.html");
  EXPECT_NE(html.find("data-kind=\"contradicted\""), std::string::npos);
  EXPECT_NE(read_all(out + "/c/claimreview.jsonld").find("ClaimReview"), std::string::npos);
  std::system(("rm -rf '" + out + "'").c_str());
}

TEST(Cli, CheckExitsZeroWhenNothingIsContradicted) {
  std::string out = temp_dir();
  write_all(out + "/draft.txt", "In 2019 China donated about 5 million doses to Belarus.");
  Outcome r =
      claimtrace("check " + kRules + "'" + out + "/draft.txt' --published 2026-11-22 --out '" +
                 out + "/c' --corpus " + kCorpus);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("draft.txt:1:23: supported:"), std::string::npos) << r.out;
  // Nothing contradicted: the ClaimReview file is still written, empty, so none is left stale.
  EXPECT_EQ(read_all(out + "/c/claimreview.jsonld").find("ClaimReview"), std::string::npos);
  // An empty draft: exit 3, and check.xml still lists it, skipped, with the reason.
  write_all(out + "/empty.txt", "");
  Outcome empty =
      claimtrace("check " + kRules + "'" + out + "/empty.txt' --published 2026-11-22 --out '" +
                 out + "/e' --corpus " + kCorpus);
  EXPECT_EQ(empty.exit_code, 3) << empty.err;
  EXPECT_NE(read_all(out + "/e/check.xml")
                .find("role=\"draft\" status=\"skipped\" reason=\"empty file\""),
            std::string::npos)
      << read_all(out + "/e/check.xml");
  EXPECT_TRUE(claimtrace::validate_xml_file(out + "/e/check.xml", "check.xsd").valid);
  // No draft named: a usage error, not a check of the bundled corpus as if it were the draft.
  Outcome none = claimtrace("check " + kRules + "--corpus " + kCorpus);
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("check needs exactly one draft"), std::string::npos) << none.err;
  std::system(("rm -rf '" + out + "'").c_str());
}

// The reviewer's decisions stick: marked findings no longer fail the run, and a bad mark or a
// bad reviews file is a usage error naming what is wrong.
TEST(Cli, ReviewDecisionsCarryIntoTheNextVerifyPass) {
  std::string out = temp_dir();
  ASSERT_EQ(claimtrace("verify " + kRules + "--out '" + out + "/r' " + kCorpus).exit_code, 1);
  std::string xml = read_all(out + "/r/report.xml");
  std::vector<std::string> high;
  for (size_t at = xml.find("severity=\"high\""); at != std::string::npos;
       at = xml.find("severity=\"high\"", at + 1)) {
    size_t id = xml.rfind("<discrepancy id=\"", at) + 17;
    high.push_back(xml.substr(id, xml.find('"', id) - id));
  }
  ASSERT_EQ(high.size(), 2u);
  Outcome marked =
      claimtrace("review '" + out + "/r/report.xml' --mark " + high[0] + "=false-positive --mark " +
                 high[1] + "=confirmed --note 'checked <both> & fine' --date 2026-11-22");
  EXPECT_EQ(marked.exit_code, 0) << marked.err;
  std::string reviews = read_all(out + "/r/reviews.xml");
  EXPECT_NE(reviews.find("decision=\"false-positive\""), std::string::npos) << reviews;
  EXPECT_NE(reviews.find("checked &lt;both&gt; &amp; fine"), std::string::npos) << reviews;
  Outcome again = claimtrace("verify " + kRules + "--out '" + out + "/r' " + kCorpus);
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;  // both highs reviewed
  EXPECT_NE(again.out.find("2 reviewed (2 of 2 decisions"), std::string::npos) << again.out;
  std::string next = read_all(out + "/r/report.xml");
  EXPECT_NE(next.find("<review decision=\"confirmed\" date=\"2026-11-22\" reopened=\"false\">"),
            std::string::npos);
  expect_valid_report(out + "/r/report.xml");
  EXPECT_NE(read_all(out + "/r/report.html").find("data-review=\"false-positive\""),
            std::string::npos);

  EXPECT_EQ(claimtrace("review '" + out + "/r/report.xml' --mark nosuchid=confirmed").exit_code, 2);
  EXPECT_EQ(claimtrace("review '" + out + "/r/report.xml' --mark " + high[0] +
                       "=resolved --date 2024-13-45")
                .exit_code,
            2);
  EXPECT_EQ(claimtrace("review '" + out + "/r/report.xml' --mark " + high[0] + "=maybe").exit_code,
            2);
  write_all(out + "/bad.xml", "<claimtrace-reviews>\n<review discrepancy=\"d1\" decision=\"x\"/>");
  Outcome bad = claimtrace("verify " + kRules + "--reviews '" + out + "/bad.xml' --out '" + out +
                           "/r' " + kCorpus);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad.xml:"), std::string::npos) << bad.err;
  std::system(("rm -rf '" + out + "'").c_str());
}

TEST(Cli, VerifyWritesTheExportsAskedFor) {
  std::string out = temp_dir();
  Outcome r =
      claimtrace("verify --quiet --format all " + kRules + "--out '" + out + "/r' " + kCorpus);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");  // --quiet
  for (const char* f : {"report.xml", "report.html", "report.json", "claims.csv",
                        "discrepancies.csv", "annotations.jsonld"}) {
    EXPECT_FALSE(read_all(out + "/r/" + f).empty()) << f;
  }
  EXPECT_EQ(
      claimtrace("verify --format pdf " + kRules + "--out '" + out + "/r' " + kCorpus).exit_code,
      2);
  // A pass without exports leaves none from the earlier pass behind to be read as current.
  EXPECT_EQ(claimtrace("verify --quiet " + kRules + "--out '" + out + "/r' " + kCorpus).exit_code,
            1);
  EXPECT_TRUE(read_all(out + "/r/report.json").empty());
  EXPECT_FALSE(read_all(out + "/r/report.html").empty());
  std::system(("rm -rf '" + out + "'").c_str());
}

TEST(Cli, GraphDotHasSourcesClaimsAndContradictions) {
  Outcome r = claimtrace("graph --dot " + kRules + kCorpus);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("graph G {", 0), 0u);
  EXPECT_NE(r.out.find("label=\"contradicts\""), std::string::npos);
  EXPECT_NE(r.out.find("label=\"asserts\""), std::string::npos);
  EXPECT_EQ(claimtrace("graph " + kRules + kCorpus).out, r.out);  // DOT is the default
}

// extract --out writes a claims file; verify --claims reads it without the documents' text and
// writes the report verifying the documents writes (a synthetic corpus and the bundled one).
TEST(Cli, ClaimsFileRoundTripGivesTheSameReport) {
  std::string out = temp_dir();
  for (const std::string corpus : {"tests/data/claims-corpus", "corpus"}) {
    Outcome extracted = claimtrace("extract --out '" + out + "/claims.jsonl' " + corpus);
    EXPECT_EQ(extracted.exit_code, 0) << extracted.err;
    EXPECT_EQ(extracted.out, "");
    Outcome docs = claimtrace("verify --out '" + out + "/docs' " + corpus);
    Outcome claims =
        claimtrace("verify --out '" + out + "/claims' --claims '" + out + "/claims.jsonl'");
    EXPECT_EQ(docs.exit_code, 1) << docs.err;
    EXPECT_EQ(claims.exit_code, 1) << claims.err;
    EXPECT_EQ(replace_all(claims.out, "/claims/", "/docs/"), docs.out);
    EXPECT_EQ(claims.err, docs.err);  // the documents' warnings travel with them
    const std::string report = read_all(out + "/docs/report.xml");
    EXPECT_NE(report.find("<discrepancy "), std::string::npos);
    EXPECT_EQ(read_all(out + "/claims/report.xml"), report) << corpus;
    expect_valid_report(out + "/claims/report.xml");
  }
  std::system(("rm -rf '" + out + "'").c_str());
}

TEST(Cli, VerifyClaimsSkipsAMalformedFileWithItsPlaceAndGoesOn) {
  std::string out = temp_dir();
  EXPECT_EQ(claimtrace("extract --out '" + out + "/good.jsonl' tests/data/claims-corpus").exit_code,
            0);
  std::string good = read_all(out + "/good.jsonl");
  write_all(out + "/bad.jsonl", good.substr(0, good.find('\n') + 1) + "{\"type\":\"claim\",}\n");
  Outcome r = claimtrace("verify --quiet --out '" + out + "/r' --claims '" + out + "/bad.jsonl' '" +
                         out + "/good.jsonl'");
  EXPECT_EQ(r.exit_code, 3) << r.err;  // incomplete: one input was skipped
  EXPECT_NE(r.err.find(out + "/bad.jsonl:2:17: expected a member name in quotes\n"),
            std::string::npos)
      << r.err;
  const std::string report = read_all(out + "/r/report.xml");
  EXPECT_NE(report.find("status=\"skipped\""), std::string::npos);
  EXPECT_NE(report.find("<discrepancy "), std::string::npos);  // the good file was verified
  expect_valid_report(out + "/r/report.xml");
  Outcome none = claimtrace("verify --out '" + out + "/r' --claims");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("--claims needs the claims files to verify"), std::string::npos);
  std::system(("rm -rf '" + out + "'").c_str());
}

class HostileFiles : public testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/claimtrace-hostile-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    write_all(dir_ + "/good.txt", "Trade grew to $6 billion in 2021. Exports fell.\n");
    write_all(dir_ + "/invalid-utf8.txt",
              "Trade \xE2\x80\x9Cgrew\xE2\x80\x9D.\nThen \xFF\xFE came \xC3 here.\n");
    std::string u16 = "\xFF\xFE";
    for (char c : std::string("Exports to China grew.\nImports fell.\n"))
      u16 += std::string{c, '\0'};
    write_all(dir_ + "/utf16.txt", u16);
    write_all(dir_ + "/binary.bin", std::string("\x7F"
                                                "ELF\x02\x01\x01\0\0\0payload",
                                                16));
    write_all(dir_ + "/empty.txt", "");
    std::string line;
    while (line.size() < 7u * 1000 * 1000) line += "Trade grew by 5% in 2021 and by 7% in 2022. ";
    write_all(dir_ + "/one-line-7mb.txt", line);
    write_all(dir_ + "/broken.html",
              "<html><head><title>Broken</title><script>document.write('x')</script>"
              "<body><p>Trade grew <b>fast<div>Exports <i>fell</p></x><img src=x onerror=alert(1)>"
              "<p>Last words");
    write_all(dir_ + "/broken.xml",
              "<?xml version=\"1.0\"?>\n<doc>\n  <p>Trade grew.</q>\n</doc>\n");
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }
  std::string dir_;
};

TEST_F(HostileFiles, EachEndsInItsStatedStatusAndTheRunGoesOn) {
  Outcome r = claimtrace("ingest --threads 2 " + kRules + "'" + dir_ + "'");
  EXPECT_EQ(r.exit_code, 3);  // something was skipped
  expect_file("ingest-hostile.tsv", r.out);
  expect_file("ingest-hostile.stderr", replace_all(r.err, dir_, "$DIR"));
}

TEST_F(HostileFiles, ExtractReadsWhatItCanAndReportsTheRest) {
  Outcome r = claimtrace("extract " + kRules + "'" + dir_ + "'");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.out.find("\"kind\":\"amount\""), std::string::npos);  // good.txt's $6 billion
  EXPECT_NE(r.err.find("broken.xml:3:"), std::string::npos);
}

TEST_F(HostileFiles, VerifyListsEverySourceWithItsStatusAndExitsThree) {
  Outcome r = claimtrace("verify " + kRules + "--out '" + dir_ + "/report' '" + dir_ + "'");
  EXPECT_EQ(r.exit_code, 3);
  std::string xml = read_all(dir_ + "/report/report.xml");
  for (const char* name : {"good.txt", "invalid-utf8.txt", "utf16.txt", "binary.bin", "empty.txt",
                           "one-line-7mb.txt", "broken.html", "broken.xml"}) {
    EXPECT_NE(xml.find(std::string(name) + "\" status=\""), std::string::npos) << name;
  }
  EXPECT_NE(xml.find("status=\"skipped\""), std::string::npos);
  expect_valid_report(dir_ + "/report/report.xml");
}

TEST_F(HostileFiles, MaxBytesSkipsLargeFilesWithTheReason) {
  Outcome r = claimtrace("ingest --max-bytes 1000000 " + kRules + "'" + dir_ +
                         "/one-line-7mb.txt' '" + dir_ + "/good.txt'");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.out.find("one-line-7mb.txt\t-\t-\t7000"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("skipped: file is 70"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("good.txt\ttext\tUTF-8\t48\t1\t2\t0\tok"), std::string::npos) << r.out;
}

TEST_F(HostileFiles, FileNamesThatAreNotUtf8StayValidJsonAndAreEscaped) {
  write_all(dir_ + "/bad\xff\xfename.txt", "Trade was $5 billion.");
  Outcome r = claimtrace("extract " + kRules + "'" + dir_ + "/bad\xff\xfename.txt'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find('\xff'), std::string::npos);
  EXPECT_NE(r.out.find("bad\\ufffd\\ufffdname.txt"), std::string::npos) << r.out;
  Outcome table = claimtrace("ingest " + kRules + "'" + dir_ + "/bad\xff\xfename.txt'");
  EXPECT_NE(table.out.find("bad\\xff\\xfename.txt"), std::string::npos) << table.out;
}

TEST_F(HostileFiles, TerminalControlCharactersInNamesAreEscaped) {
  write_all(dir_ + "/evil\x1b[31mname.txt", "Fine text.");
  Outcome r = claimtrace("ingest " + kRules + "'" + dir_ + "'");
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
  EXPECT_NE(r.out.find("evil\\x1b[31mname.txt"), std::string::npos);
}

}  // namespace

namespace {

// A report that cannot be written is an I/O failure (4), not a usage error (2).
TEST_F(HostileFiles, AnOutputThatCannotBeWrittenExitsFour) {
  const std::string blocked = dir_ + "/good.txt/report";  // under a regular file
  Outcome v = claimtrace("verify " + kRules + "--out '" + blocked + "' '" + dir_ + "/good.txt'");
  EXPECT_EQ(v.exit_code, 4) << v.err;
  EXPECT_NE(v.err.find("good.txt"), std::string::npos) << v.err;
  Outcome e = claimtrace("extract " + kRules + "--out '" + blocked + "' '" + dir_ + "/good.txt'");
  EXPECT_EQ(e.exit_code, 4) << e.err;
  Outcome g =
      claimtrace("graph --dot " + kRules + "--out '" + blocked + "' '" + dir_ + "/good.txt'");
  EXPECT_EQ(g.exit_code, 4) << g.err;
}

}  // namespace

namespace {

// A file name with a terminal colour code, a bell and a right-to-left override: no output
// carries them raw. Text outputs show the escapes of utf8.h; report.xml, which cannot carry a
// control character, writes the same escapes (a backslash doubled) so the path reads back.
TEST_F(HostileFiles, ControlAndBidiCharactersInNamesAreEscapedInEveryOutput) {
  const std::string name = "evil\x1b[31m\x07\xE2\x80\xAEname.txt";
  const std::string shown = "evil\\x1b[31m\\x07\\u202ename.txt";
  std::system(("mkdir '" + dir_ + "/n'").c_str());
  write_all(dir_ + "/n/" + name,
            "Trade turnover between Belarus and China was $3 billion in 2021.\n");
  write_all(dir_ + "/n/other.txt",
            "Trade turnover between Belarus and China was $6 billion in 2021.\n");
  auto raw = [](const std::string& s) {
    return s.find('\x1b') != std::string::npos || s.find('\x07') != std::string::npos ||
           s.find("\xE2\x80\xAE") != std::string::npos;
  };
  const std::string corpus = "'" + dir_ + "/n'";
  Outcome tsv = claimtrace("extract --format tsv " + kRules + corpus);
  EXPECT_FALSE(raw(tsv.out)) << tsv.out;
  EXPECT_NE(tsv.out.find(shown), std::string::npos) << tsv.out;
  Outcome ingest = claimtrace("ingest " + kRules + corpus);
  EXPECT_FALSE(raw(ingest.out + ingest.err)) << ingest.out;
  EXPECT_NE(ingest.out.find(shown), std::string::npos) << ingest.out;
  Outcome dot = claimtrace("graph --dot " + kRules + corpus);
  EXPECT_FALSE(raw(dot.out)) << dot.out;
  EXPECT_NE(dot.out.find("evil\\\\x1b[31m\\\\x07\\\\u202ename"), std::string::npos) << dot.out;
  Outcome v = claimtrace("verify --format csv " + kRules + "--out '" + dir_ + "/r' " + corpus);
  EXPECT_LE(v.exit_code, 1) << v.err;
  EXPECT_FALSE(raw(v.out + v.err));
  const std::string csv = read_all(dir_ + "/r/claims.csv");
  EXPECT_FALSE(raw(csv)) << csv;
  EXPECT_NE(csv.find(shown), std::string::npos) << csv;
  const std::string html = read_all(dir_ + "/r/report.html");
  EXPECT_FALSE(raw(html));
  EXPECT_NE(html.find("\\u202e"), std::string::npos);
  const std::string xml = read_all(dir_ + "/r/report.xml");
  EXPECT_EQ(xml.find('\x1b'), std::string::npos);
  EXPECT_EQ(xml.find("\xEF\xBF\xBD"), std::string::npos);  // not replaced: it must read back
  EXPECT_NE(xml.find("path=\"" + dir_ + "/n/evil\\x1b[31m\\x07\xE2\x80\xAEname.txt\""),
            std::string::npos);
  expect_valid_report(dir_ + "/r/report.xml");
}

}  // namespace
