// The reviews file (reviews.xml): parsing, and writing back what was read without loss.
#include <cstddef>
#include <cstdint>
#include <string>

#include "claimtrace/reviews.h"
#include "fuzz_check.h"

using namespace claimtrace;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string xml(reinterpret_cast<const char*>(data), size);
  Result<ReviewBook> book = parse_reviews("reviews.xml", xml);
  if (!book.is_ok()) return 0;
  Result<ReviewBook> again = parse_reviews("reviews.xml", reviews_xml(book.value()));
  fuzz::require(again.is_ok(), "a written reviews file reads back");
  return 0;
}
