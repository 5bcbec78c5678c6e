// Copy: a sentence one source took from another, so the two count as one voice.
#pragma once

#include <string>

namespace claimtrace {

// Two sentences in different sources that are the same words (near enough): the later source
// copied the earlier one.
struct Copy {
  std::string copy, original;  // source ids
  std::string copy_claim, original_claim;

  bool operator==(const Copy&) const = default;
};

}  // namespace claimtrace
