// End-to-end: the claimtrace binary on three small documents (tests/data/people/) with people
// not in any entity list: their office claims and the report, compared with exact expected
// output (tests/data/expected/people-*). CLAIMTRACE_UPDATE_EXPECTED=1 rewrites the files.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

const std::string kBinary = CLAIMTRACE_BINARY;
const std::string kSource = CLAIMTRACE_SOURCE_DIR;
const std::string kExpected = std::string(CLAIMTRACE_TEST_DATA) + "/expected/";
const std::string kArgs = "--rules tests/data/people/rules tests/data/people/corpus";

std::string read_all(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void expect_file(const std::string& name, const std::string& actual) {
  if (std::getenv("CLAIMTRACE_UPDATE_EXPECTED")) {
    std::ofstream(kExpected + name, std::ios::binary) << actual;
    return;
  }
  EXPECT_EQ(actual, read_all(kExpected + name)) << "differs from tests/data/expected/" << name;
}

// Runs `claimtrace ARGS` in the source directory: exit code and stdout.
std::pair<int, std::string> claimtrace(const std::string& args) {
  const std::string out = "/tmp/claimtrace-people-" + std::to_string(getpid());
  const std::string cmd = "cd '" + kSource + "' && '" + kBinary + "' " + args + " >" + out;
  const int status = std::system(cmd.c_str());
  std::string text = read_all(out);
  std::remove(out.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, text};
}

TEST(PeopleCli, OfficeHoldersAndSpellingsOfTheirNames) {
  auto [code, claims] = claimtrace("extract --format tsv " + kArgs);
  EXPECT_EQ(code, 0);
  expect_file("people-extract.tsv", claims);
  const std::string dir = "/tmp/claimtrace-people-report-" + std::to_string(getpid());
  auto [verified, summary] = claimtrace("verify --quiet --out '" + dir + "' " + kArgs);
  EXPECT_EQ(verified, 0);
  expect_file("people-verify.report.xml", read_all(dir + "/report.xml"));
  std::system(("rm -rf '" + dir + "'").c_str());
}

}  // namespace
