// RuleData: the compiled contents of rules/, shared read-only by every stage.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

namespace claimtrace {

struct RuleData {
  // Tokens ending in '.' after which a sentence does not end ("No.", "U.S.", "Dr.").
  std::unordered_set<std::string> abbreviations;
};

}  // namespace claimtrace
