// End-to-end: the claimtrace binary on three small documents (tests/data/people/) with people
// not in any entity list: their office claims and the report, compared with exact expected
// output (tests/data/expected/people-*). CLAIMTRACE_UPDATE_EXPECTED=1 rewrites the files.
#include <cstdlib>
#include <string>

#include "cli_run.h"

namespace {

using namespace cli;

const std::string kArgs = "--rules tests/data/people/rules tests/data/people/corpus";

TEST(PeopleCli, OfficeHoldersAndSpellingsOfTheirNames) {
  const Outcome claims = run_claimtrace("extract --format tsv " + kArgs, kSource);
  EXPECT_EQ(claims.exit_code, 0);
  expect_file("people-extract.tsv", claims.out);
  const std::string dir = "/tmp/claimtrace-people-report-" + std::to_string(getpid());
  const Outcome verified = run_claimtrace("verify --quiet --out '" + dir + "' " + kArgs, kSource);
  EXPECT_EQ(verified.exit_code, 0);
  expect_file("people-verify.report.xml", read_all(dir + "/report.xml"));
  std::system(("rm -rf '" + dir + "'").c_str());
}

}  // namespace
