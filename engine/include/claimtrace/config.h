// A desk's settings: claimtrace.xml beside the corpus — organisation, rules, trust priors,
// check's fail-on level and the reviewer — read when present.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/status.h"

namespace claimtrace {

struct DeskConfig {
  std::string path;  // the file read; "" when there is none
  std::string organisation_name, organisation_url;
  std::string rules_dir;  // resolved against the config's directory; "" when not set
  std::map<std::string, double> kind_priors;       // manifest kind -> trust before evidence
  std::map<std::string, double> publisher_priors;  // publisher as written -> trust
  std::string check_fail_on;                       // "contradicted|disputed"; "" when not set
  std::string reviewer;

  bool operator==(const DeskConfig&) const = default;
};

constexpr const char* kConfigName = "claimtrace.xml";

// Parses a config; a malformed file, an unknown element or attribute, a prior outside 0-1 or a
// URL that is not http(s) is an error naming file:line:column.
Result<DeskConfig> parse_config(const std::string& path, const std::string& xml);

// The config beside the corpus: claimtrace.xml in the first path when it is a directory, else
// in the directory of the first file. No such file is an empty config, not an error.
Result<DeskConfig> find_config(const Env& env, const std::vector<std::string>& corpus_paths);

}  // namespace claimtrace
