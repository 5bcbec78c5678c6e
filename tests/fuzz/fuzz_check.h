// What the fuzz targets share: the fixture rules, loaded once per process, and a check that
// stops the fuzzer (a finding) when an invariant of the engine does not hold.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "claimtrace/env.h"
#include "claimtrace/rules.h"

namespace claimtrace::fuzz {

// tests/data/rules: the fixture vocabulary, small and stable, never the shipped rules/.
inline const RuleSet& fixture_rules() {
  static const RuleSet rules =
      RuleSet::load(default_env(), std::string(CLAIMTRACE_TEST_DATA) + "/rules");
  if (!rules.valid()) {
    std::fprintf(stderr, "fixture rules: %s\n", rules.status().to_string().c_str());
    std::abort();
  }
  return rules;
}

// A broken invariant is a finding: abort so libFuzzer saves the input.
inline void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

}  // namespace claimtrace::fuzz
