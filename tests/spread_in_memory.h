// A spread run without MPI, for tests: every process of `count` extracts its shard and sends each
// owner its items, each owner compares what it received, and the shards are gathered with the
// owners' findings, as tools/spread.cc does across processes.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/key_owner.h"
#include "claimtrace/pipeline.h"

namespace claimtrace {

// `findings_out` receives the owners' findings; `damage` may alter them before they are gathered
// (a lost or cut message).
inline Result<Pass> spread_in_memory(
    const PassOptions& options, unsigned count, std::vector<std::string>* findings_out = nullptr,
    const std::function<void(std::vector<std::string>&)>& damage = nullptr) {
  std::vector<Shard> shards;
  for (unsigned s = 0; s < count; ++s) {
    PassOptions one = options;
    one.shard = s;
    one.shards = count;
    Result<Shard> shard = extract_shard(default_env(), one);
    if (!shard.is_ok()) return shard.status();
    shards.push_back(std::move(shard).value());
    EXPECT_EQ(shards.back().items.size(), count);
  }
  std::vector<std::string> findings;
  for (unsigned o = 0; o < count; ++o) {
    std::vector<std::string> received;
    for (const Shard& s : shards) received.push_back(s.items[o]);
    findings.push_back(compare_owned(received, shards[o].rules));
  }
  if (findings_out) *findings_out = findings;
  if (damage) damage(findings);
  PassOptions gathering = options;
  gathering.owned_findings = [findings] { return findings; };
  return gather_shards(default_env(), gathering, std::move(shards));
}

}  // namespace claimtrace
