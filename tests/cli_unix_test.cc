// End-to-end: claimtrace behaves like a Unix tool — the current directory by default, its own
// output never read back as documents, "-" as standard input, JSON on standard output, repeated
// and space-separated --corpus, each command's usage errors pointing to its own --help, graph
// in DOT by default. Small inputs (tests/data/cli/) with the fixture rules, exact output.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_run.h"

namespace {

using namespace cli;

const std::string kRules = "--rules '" + kSource + "/tests/data/rules' ";
const std::string kCorpus = kSource + "/tests/data/cli/corpus";
const std::string kDraft = kSource + "/tests/data/cli/draft.txt";

Outcome run(const std::string& args, const std::string& cwd) { return run_claimtrace(args, cwd); }

// A scratch folder holding a copy of the small corpus (its manifest, notes and README).
class CliUnix : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/claimtrace-unix-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    ASSERT_EQ(std::system(("cp -R '" + kCorpus + "/.' '" + dir_ + "'").c_str()), 0);
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }
  std::string dir_;
};

TEST(CliUnixErrors, EachCommandPointsToItsOwnHelp) {
  for (const char* command : {"ingest", "extract", "verify", "check", "review", "graph"}) {
    Outcome r = run(std::string(command) + " --bogus", kSource);
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_EQ(r.err, "claimtrace: unrecognised option '--bogus'\nTry 'claimtrace " +
                         std::string(command) + " --help' for more information.\n");
  }
  Outcome unknown = run("frobnicate", kSource);
  EXPECT_EQ(unknown.err,
            "claimtrace: unknown command 'frobnicate'\nTry 'claimtrace --help' for more "
            "information.\n");
}

// verify without PATH reads the current directory; a second pass does not read the first one's
// report folder, so both passes say the same.
TEST_F(CliUnix, VerifyReadsTheCurrentDirectoryAndNotItsOwnReport) {
  Outcome first = run("verify " + kRules, dir_);
  EXPECT_EQ(first.exit_code, 1) << first.err;
  const std::string summary =
      "2 documents (0 skipped, 2 excluded), 13 claims, 4 discrepancies: 2 high, 0 medium, 0 low, 2 "
      "info\n"
      "report: claimtrace-report/report.xml\n"
      "        claimtrace-report/report.html\n";
  EXPECT_EQ(first.out, summary);
  EXPECT_EQ(read_all(dir_ + "/claimtrace-report/.claimtrace"),
            "claimtrace output: not read as documents by claimtrace\n");
  const std::string report = read_all(dir_ + "/claimtrace-report/report.xml");
  Outcome second = run("verify " + kRules, dir_);
  EXPECT_EQ(second.exit_code, 1) << second.err;
  EXPECT_EQ(second.err, "");
  EXPECT_EQ(second.out, summary);
  EXPECT_EQ(read_all(dir_ + "/claimtrace-report/report.xml"), report);
  EXPECT_EQ(report.find("claimtrace-report/"), std::string::npos);
}

// "-" is a document read from standard input: as many claims as the file gives, at path "-".
// (In a folder without a manifest: a listed-only manifest beside "-" leaves it out, as any file.)
TEST_F(CliUnix, ADashReadsStandardInput) {
  const std::string plain = dir_ + "/plain";
  ASSERT_EQ(
      std::system(
          ("mkdir '" + plain + "' && mv '" + dir_ + "/news-report.txt' '" + plain + "'").c_str()),
      0);
  Outcome file = run("extract " + kRules + "news-report.txt", plain);
  Outcome piped = run("extract " + kRules + "- < news-report.txt", plain);
  EXPECT_EQ(file.exit_code, 0) << file.err;
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  expect_file("cli-unix-stdin.jsonl", piped.out);
  EXPECT_NE(piped.out.find("\"path\":\"-\""), std::string::npos);
  EXPECT_EQ(std::count(piped.out.begin(), piped.out.end(), '\n'),
            std::count(file.out.begin(), file.out.end(), '\n'));
}

// --format json --out -: report.json on standard output, the same bytes as the file.
TEST_F(CliUnix, VerifyWritesJsonToStandardOutput) {
  Outcome file = run("verify --quiet --format json --out r " + kRules + ".", dir_);
  Outcome piped = run("verify --format json --out - " + kRules + ".", dir_);
  EXPECT_EQ(piped.exit_code, 1) << piped.err;
  EXPECT_EQ(piped.err, "");
  EXPECT_EQ(piped.out, read_all(dir_ + "/r/report.json"));
  EXPECT_EQ(run("verify --out - " + kRules + ".", dir_).exit_code, 2);
}

// check --format json writes check.json (check.xml's content), to standard output with --out -;
// the corpus is the current directory without the draft, and --corpus takes several paths in
// one option or in repeated ones.
TEST_F(CliUnix, CheckJsonAndTheCorpusItReads) {
  ASSERT_EQ(std::system(("cp '" + kDraft + "' '" + dir_ + "/draft.txt'").c_str()), 0);
  Outcome here =
      run("check draft.txt --published 2026-11-22 --format json --out - " + kRules, dir_);
  EXPECT_EQ(here.exit_code, 1) << here.err;
  EXPECT_EQ(here.err, "");
  expect_file("cli-unix-check.json", here.out);
  EXPECT_EQ(here.out.find("\"path\":\"./draft.txt\""), std::string::npos);

  Outcome spaced = run("check draft.txt --published 2026-11-22 --format json --out - " + kRules +
                           "--corpus ministry-note.txt news-report.txt",
                       dir_);
  Outcome repeated = run("check draft.txt --published 2026-11-22 --format json --out - " + kRules +
                             "--corpus ministry-note.txt --corpus news-report.txt",
                         dir_);
  EXPECT_EQ(spaced.exit_code, 1) << spaced.err;
  EXPECT_EQ(spaced.out, repeated.out);
  EXPECT_NE(spaced.out.find("\"path\":\"news-report.txt\""), std::string::npos) << spaced.out;
  EXPECT_NE(spaced.out.find("\"path\":\"ministry-note.txt\""), std::string::npos) << spaced.out;

  Outcome written =
      run("check draft.txt --published 2026-11-22 --format json --out c " + kRules, dir_);
  EXPECT_EQ(written.exit_code, 1) << written.err;
  EXPECT_EQ(read_all(dir_ + "/c/check.json"), here.out);
  EXPECT_EQ(run("check draft.txt --out - " + kRules, dir_).exit_code, 2);
}

TEST_F(CliUnix, GraphPrintsDotByDefault) {
  Outcome plain = run("graph " + kRules + ".", dir_);
  Outcome dot = run("graph --dot " + kRules + ".", dir_);
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.out.rfind("graph G {\n", 0), 0u) << plain.out.substr(0, 80);
  EXPECT_EQ(plain.out, dot.out);
}

}  // namespace
