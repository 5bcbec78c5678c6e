// Progress: a run reports each phase in order, starting at 0 and ending at its total, with the
// bytes of the documents done.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/pipeline.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

const std::string kFixtureRules = test_paths::source() + "/tests/data/rules";

TEST(Progress, EveryPhaseInOrderFromZeroToItsTotal) {
  MemoryEnv env;
  env.add_directory("/rules");
  Result<std::vector<std::string>> names = default_env().list_directory(kFixtureRules);
  ASSERT_TRUE(names.is_ok());
  for (const std::string& name : names.value()) {
    Result<std::string> text = default_env().read_file(join_path(kFixtureRules, name), 1 << 24);
    ASSERT_TRUE(text.is_ok());
    env.add_file(join_path("/rules", name), text.value());
  }
  env.add_directory("/in");
  const std::string a = "Trade between China and Kazakhstan reached $5 billion in 2020.\n";
  const std::string b = "Exports grew by 12% in 2021.\n";
  env.add_file("/in/a.txt", a);
  env.add_file("/in/b.txt", b);

  std::vector<Progress> seen;
  PassOptions options;
  options.paths = {"/in"};
  options.rules_dir = "/rules";
  options.ingest.threads = 2;
  options.progress = [&](const Progress& p) { seen.push_back(p); };
  Result<Pass> run = run_corpus(env, options);
  ASSERT_TRUE(run.is_ok()) << run.status().to_string();

  using Phase = Progress::Phase;
  const uint64_t all = a.size() + b.size();
  // Each document is read and extracted in one step, so a run's first phase is extraction.
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_EQ(seen[0], (Progress{Phase::kExtract, 0, 2, 0}));
  EXPECT_EQ(seen[1].phase, Phase::kExtract);
  EXPECT_EQ(seen[1].done, 1u);
  EXPECT_EQ(seen[2], (Progress{Phase::kExtract, 2, 2, all}));
  EXPECT_EQ(seen[3], (Progress{Phase::kCompare, 0, 1, 0}));
  EXPECT_EQ(seen[4], (Progress{Phase::kCompare, 1, 1, 0}));
}

}  // namespace
}  // namespace claimtrace
