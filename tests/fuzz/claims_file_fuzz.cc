// The claims file (JSON Lines between extract and verify): parsing with located errors, and
// writing back what was read gives the same records.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "claimtrace/claims_file.h"
#include "fuzz_check.h"

using namespace claimtrace;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view contents(reinterpret_cast<const char*>(data), size);
  Result<ClaimsFile> file = parse_claims_file("claims.jsonl", contents);
  if (!file.is_ok()) return 0;
  const ClaimsFile& read = file.value();
  fuzz::require(read.documents.size() == read.extractions.size(), "one extraction per document");
  std::string written;
  for (size_t i = 0; i < read.documents.size(); ++i) {
    append_claims_file(read.documents[i], read.extractions[i], written);
  }
  Result<ClaimsFile> again = parse_claims_file("claims.jsonl", written);
  fuzz::require(again.is_ok(), "a written claims file reads back");
  return 0;
}
