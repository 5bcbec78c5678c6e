// Decode and ingest of one file of any format (text, HTML, XML: the format is sniffed from the
// bytes), and the map from normalized text back to the original bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "claimtrace/ingest.h"
#include "fuzz_check.h"

using namespace claimtrace;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::fixture_rules();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Source metadata;
  metadata.id = "input";
  // No extension: the format comes from the bytes, so one corpus covers all three readers.
  const Document doc = ingest_bytes("input", bytes, metadata, fuzz::fixture_rules());
  const Text& text = doc.text;
  for (const auto* ranges : {&text.paragraphs(), &text.sentences()}) {
    for (const TextRange& r : *ranges) {
      fuzz::require(r.begin <= r.end && r.end <= text.str().size(), "range inside the text");
      const Span original = text.original_span(r);
      fuzz::require(original.begin <= original.end && original.end <= bytes.size(),
                    "original span inside the input");
      text.position(r);
    }
  }
  return 0;
}
