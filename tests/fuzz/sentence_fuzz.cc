// The sentence and claim recognizers on one sentence: the input is read as a short text
// document and every recognizer runs over it. Rules are compiled once, not per input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "fuzz_check.h"

using namespace claimtrace;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::fixture_rules();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // One sentence, not a document: longer inputs only slow the search down.
  if (size > 1024) return -1;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Source metadata;
  metadata.id = "sentence";
  metadata.published = PartialDate::parse("2024-05-17");  // relative dates resolve against it
  const RuleSet& rules = fuzz::fixture_rules();
  const Document doc = ingest_bytes("sentence.txt", bytes, metadata, rules);
  const Extraction extraction = extract(doc, rules);
  for (const Claim& claim : extraction.claims) {
    fuzz::require(claim.span.begin <= claim.span.end && claim.span.end <= bytes.size(),
                  "claim span inside the input");
  }
  return 0;
}
