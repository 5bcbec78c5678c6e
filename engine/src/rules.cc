// Loading rules/: each file is checked line by line and the set is valid only as a whole.
#include "claimtrace/rules.h"

#include <cassert>

#include <cstdlib>

#include "rule_data.h"

namespace claimtrace {

namespace {

const char* kAbbreviationsFile = "abbreviations.txt";

bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// abbreviations.txt: one token per line, ending in '.', no spaces; '#' starts a comment.
Status parse_abbreviations(const std::string& file, const std::string& text, RuleData& data) {
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    if (size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.pop_back();
    }
    size_t lead = line.find_first_not_of(" \t");
    if (lead == std::string::npos) continue;
    line = line.substr(lead);
    Location where{.file = file, .line = line_no, .column = static_cast<int>(lead) + 1};
    if (!valid_utf8(line)) {
      return Status::error(StatusCode::kParseError, "entry is not valid UTF-8", where);
    }
    if (line.find_first_of(" \t") != std::string::npos) {
      return Status::error(StatusCode::kParseError,
                           "abbreviation \"" + line + "\" contains a space; one token per line",
                           where);
    }
    if (line.back() != '.') {
      return Status::error(StatusCode::kParseError,
                           "abbreviation \"" + line + "\" must end with '.'", where);
    }
    if (line.size() > 32) {
      return Status::error(StatusCode::kParseError, "abbreviation is longer than 32 bytes", where);
    }
    if (!data.abbreviations.insert(line).second) {
      return Status::error(StatusCode::kParseError, "abbreviation \"" + line + "\" listed twice",
                           where);
    }
  }
  return Status::ok();
}

}  // namespace

RuleSet RuleSet::from_files(const std::vector<std::pair<std::string, std::string>>& files) {
  RuleSet set;
  auto data = std::make_shared<RuleData>();
  bool have_abbreviations = false;
  for (const auto& [name, text] : files) {
    std::string base = name.substr(name.rfind('/') == std::string::npos ? 0 : name.rfind('/') + 1);
    Status s;
    if (base == kAbbreviationsFile) {
      s = parse_abbreviations(name, text, *data);
      have_abbreviations = true;
    } else {
      s = Status::error(StatusCode::kParseError, "unknown rule file", Location{.file = name});
    }
    if (!s.is_ok()) {
      set.status_ = s;
      return set;
    }
  }
  if (!have_abbreviations) {
    set.status_ =
        Status::error(StatusCode::kNotFound, std::string("rule set has no ") + kAbbreviationsFile);
    return set;
  }
  set.data_ = std::move(data);
  return set;
}

RuleSet RuleSet::load(const Env& env, const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const char* name : {kAbbreviationsFile}) {
    std::string path = join_path(dir, name);
    Result<std::string> text = env.read_file(path, 16u << 20);
    if (!text.is_ok()) {
      RuleSet set;
      set.status_ = text.status();
      return set;
    }
    files.emplace_back(path, std::move(text).value());
  }
  return from_files(files);
}

const RuleData& RuleSet::data() const {
  assert(valid());
  return *data_;
}

static std::string data_dir() {
  const char* env = std::getenv("CLAIMTRACE_DATA");
  return env && *env ? std::string(env) : std::string(CLAIMTRACE_DATA_DIR);
}

std::string bundled_rules_dir() { return join_path(data_dir(), "rules"); }
std::string bundled_corpus_dir() { return join_path(data_dir(), "corpus"); }
const char* version() { return CLAIMTRACE_VERSION; }

}  // namespace claimtrace
