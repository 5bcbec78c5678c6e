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
#include <vector>

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

// Runs claimtrace in cwd with a shell prefix before it (limits, traps).
Outcome run_limited(const std::string& prefix, const std::string& args, const std::string& cwd) {
  return run_claimtrace(args, cwd, prefix);
}

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  FILE* ls = popen(("ls -A '" + dir + "'").c_str(), "r");
  char line[4096];
  while (ls && fgets(line, sizeof line, ls)) {
    std::string name = line;
    if (!name.empty() && name.back() == '\n') name.pop_back();
    names.push_back(name);
  }
  if (ls) pclose(ls);
  return names;
}

// An I/O failure while the report set is written (a file size limit, which holds for root as
// for anyone) exits 4, still prints the summary, says what was not written, and leaves the
// previous set whole, with the person's file in it, and no temporary behind.
TEST_F(CliUnix, AWriteFailureExits4AndLeavesThePreviousSetWhole) {
  Outcome first = run("verify " + kRules, dir_);
  ASSERT_EQ(first.exit_code, 1) << first.err;
  write_all(dir_ + "/claimtrace-report/notes.txt", "a person's notes");
  const std::string xml = read_all(dir_ + "/claimtrace-report/report.xml");
  const std::string html = read_all(dir_ + "/claimtrace-report/report.html");
  ASSERT_GT(xml.size(), 4096u);

  Outcome full = run_limited("trap '' XFSZ; ulimit -f 8;", "verify " + kRules, dir_);
  EXPECT_EQ(full.exit_code, 4) << full.err;
  EXPECT_EQ(full.out,
            "2 documents (0 skipped, 2 excluded), 13 claims, 4 discrepancies: 2 high, 0 medium, "
            "0 low, 2 info\n");
  EXPECT_NE(full.err.find("File too large"), std::string::npos) << full.err;
  EXPECT_NE(full.err.find("not written: report.xml, report.html; claimtrace-report holds the "
                          "previous pass's files"),
            std::string::npos)
      << full.err;
  EXPECT_EQ(read_all(dir_ + "/claimtrace-report/report.xml"), xml);
  EXPECT_EQ(read_all(dir_ + "/claimtrace-report/report.html"), html);
  EXPECT_EQ(read_all(dir_ + "/claimtrace-report/notes.txt"), "a person's notes");
  for (const std::string& name : entries(dir_)) {
    EXPECT_EQ(name.find("claimtrace-report."), std::string::npos) << name;
  }

  // check: the same guarantee for check.xml and check.html.
  Outcome checked = run("check " + kRules + "'" + kDraft + "' --published 2024-06-01", dir_);
  ASSERT_NE(checked.exit_code, 4) << checked.err;
  const std::string check_xml = read_all(dir_ + "/claimtrace-check/check.xml");
  Outcome check_full =
      run_limited("trap '' XFSZ; ulimit -f 4;",
                  "check " + kRules + "'" + kDraft + "' --published 2024-06-02", dir_);
  EXPECT_EQ(check_full.exit_code, 4) << check_full.err;
  EXPECT_NE(check_full.out.find(" claims in the draft: "), std::string::npos) << check_full.out;
  EXPECT_NE(check_full.err.find("not written: check.xml, check.html"), std::string::npos)
      << check_full.err;
  EXPECT_EQ(read_all(dir_ + "/claimtrace-check/check.xml"), check_xml);
}

// Without permission to write beside the report folder (not testable as root, who has it).
TEST_F(CliUnix, AReadOnlyFolderExits4) {
  if (geteuid() == 0) GTEST_SKIP() << "root may write into a read-only folder";
  const std::string ro = dir_ + "/ro";
  ASSERT_EQ(std::system(("mkdir '" + ro + "' && chmod 0555 '" + ro + "'").c_str()), 0);
  Outcome r = run("verify " + kRules + "--out ro/report .", dir_);
  std::system(("chmod 0755 '" + ro + "'").c_str());
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.out.find(" documents ("), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("not written: report.xml, report.html"), std::string::npos) << r.err;
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
