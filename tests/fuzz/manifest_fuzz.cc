// The corpus manifest (manifest.xml): parsing, and the index that finds an entry by its path.
#include <cstddef>
#include <cstdint>
#include <string>

#include "claimtrace/corpus.h"
#include "fuzz_check.h"

using namespace claimtrace;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string xml(reinterpret_cast<const char*>(data), size);
  Result<Manifest> manifest = parse_manifest("corpus/manifest.xml", xml);
  if (!manifest.is_ok()) return 0;
  for (const Source& entry : manifest.value().documents) {
    fuzz::require(manifest.value().find(entry.path) != nullptr, "every listed path is found");
  }
  return 0;
}
