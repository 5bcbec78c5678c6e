// `extract --stats`: the counted noun's parser fallback says what it read, or that it is not built.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "cli_run.h"

namespace {

using namespace cli;

TEST(CliParser, StatsSayWhatTheParserRead) {
  const std::string dir = "/tmp/claimtrace-cli-parser-" + std::to_string(getpid());
  ASSERT_EQ(std::system(("mkdir -p " + dir).c_str()), 0);
  write_all(dir + "/fleet.txt", "The fleet of Belarus has 40 Boeing aircraft.\n");
  const Outcome r =
      run_claimtrace("extract fleet.txt --stats --rules '" + kSource + "/rules'", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const size_t at = r.err.find("\nparser: ");
  ASSERT_NE(at, std::string::npos) << r.err;
  const std::string line = r.err.substr(at + 1, r.err.find('\n', at + 1) - at - 1);
  // Built: the sentences, the nouns and the share; else it says so.
  if (line != "parser: not built") {
    EXPECT_NE(line.find(" sentences, "), std::string::npos) << line;
    EXPECT_NE(line.find(" counted nouns, "), std::string::npos) << line;
    EXPECT_NE(line.find("% of extraction time"), std::string::npos) << line;
  }
  // Stats go to stderr only: the claims on stdout are what they are without --stats.
  const Outcome plain = run_claimtrace("extract fleet.txt --rules '" + kSource + "/rules'", dir);
  EXPECT_EQ(plain.out, r.out);
  std::system(("rm -rf " + dir).c_str());
}

}  // namespace
