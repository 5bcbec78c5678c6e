// The rule files: the input replaces the fixture file whose root element it names (the
// abbreviations list when it names none); a set that compiles is used on a few sentences.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"
#include "fuzz_check.h"

using namespace claimtrace;

namespace {

const char* const kFiles[] = {"abbreviations.txt", "numbers.xml",  "time.xml",
                              "quantities.xml",    "units.xml",    "currencies.xml",
                              "qualifiers.xml",    "modality.xml", "attributes.xml",
                              "entities.xml",      "labels.xml"};

std::vector<std::pair<std::string, std::string>>& fixture_files() {
  static std::vector<std::pair<std::string, std::string>> files;
  return files;
}

// The file an input stands for: "<units" names units.xml.
size_t replaced_file(const std::string& input) {
  for (size_t i = 1; i < std::size(kFiles); ++i) {
    std::string root = kFiles[i];
    root = "<" + root.substr(0, root.find('.'));
    const size_t at = input.find(root);
    if (at != std::string::npos &&
        (at + root.size() == input.size() || input[at + root.size()] == ' ' ||
         input[at + root.size()] == '>' || input[at + root.size()] == '\n')) {
      return i;
    }
  }
  return 0;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const std::string dir = std::string(CLAIMTRACE_TEST_DATA) + "/rules/";
  for (const char* name : kFiles) {
    Result<std::string> text = default_env().read_file(dir + name, 1 << 20);
    fuzz::require(text.is_ok(), "fixture rule file readable");
    fixture_files().emplace_back(name, std::move(text).value());
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<std::pair<std::string, std::string>> files = fixture_files();
  files[replaced_file(input)].second = input;
  const RuleSet rules = RuleSet::from_files(files);
  if (!rules.valid()) {
    fuzz::require(!rules.status().is_ok(), "an invalid set says why");
    return 0;
  }
  Source metadata;
  metadata.id = "probe";
  metadata.published = PartialDate::parse("2024-05-17");
  const Document doc = ingest_bytes(
      "probe.txt",
      "Exports of Belarus rose by 12.5% to $3.2 billion in 2023, about 40 tonnes more than "
      "planned. No. 7 of 10 regions; Mr. Smith said on 3 March the park had 1,200 residents.",
      metadata, rules);
  extract(doc, rules);
  return 0;
}
