// RuleSet: the vocabulary files of rules/, compiled once; either valid or carrying its error.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/status.h"

namespace claimtrace {

struct RuleData;  // private to the engine
struct OfficialNames;

class RuleSet {
 public:
  // Loads every rule file under dir (e.g. "rules"). A malformed file makes the whole set
  // invalid; status() then names file, line and the offending entry.
  static RuleSet load(const Env& env, const std::string& dir);
  // A set built from text already in memory: (file name, contents) pairs.
  static RuleSet from_files(const std::vector<std::pair<std::string, std::string>>& files);

  bool valid() const { return status_.is_ok(); }
  const Status& status() const { return status_; }
  // The default language's profile (English), for the engine's stages; asserts valid().
  const RuleData& data() const;
  // The profile of a language ("ru", "be-BY": base files plus that language's files, its
  // words stemmed); the default profile for a language the rules do not add to.
  const RuleData& profile(std::string_view language) const;
  // Every profile's language, the default first.
  std::vector<std::string> languages() const;
  // What loading found amiss without making the set invalid (an iso-codes file missing).
  const std::vector<Diagnostic>& warnings() const { return warnings_; }

 private:
  static RuleSet compile(const std::vector<std::pair<std::string, std::string>>& files,
                         const OfficialNames* official_names);

  Status status_;
  std::vector<Diagnostic> warnings_;
  std::shared_ptr<const RuleData> data_;
  std::vector<std::pair<std::string, std::shared_ptr<const RuleData>>> profiles_;
};

// The rules/ and corpus/ directories shipped with claimtrace: under $CLAIMTRACE_DATA when set,
// else <exe dir>/../share/claimtrace when it exists (installed), else the build's checkout.
std::string bundled_rules_dir();
std::string bundled_corpus_dir();
const char* version();

}  // namespace claimtrace
