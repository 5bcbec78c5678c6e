// How names are read for the name checks: folded for comparison and split into words.
#pragma once

#include <string>
#include <vector>

namespace claimtrace {

// Lower case, the typographic apostrophe read as '.
std::string fold_surface(const std::string& s);
// Words split at spaces and hyphens.
std::vector<std::string> name_words(const std::string& s);

}  // namespace claimtrace
