// Decoding: any input's bytes to UTF-8, with a map back to the original bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "offset_map.h"

namespace claimtrace {

struct Decoded {
  std::string text;                     // valid UTF-8
  OffsetMap to_original;                // text offsets -> original byte offsets
  std::string encoding;                 // canonical name, e.g. "UTF-8", "UTF-16LE", "windows-1251"
  std::string encoding_from;            // "BOM", "declared", "valid UTF-8", "detected (ICU, 45%)"
  std::vector<uint64_t> invalid_bytes;  // original offsets of sequences replaced by U+FFFD
  std::vector<std::string> notes;       // e.g. a declared charset ICU does not know
};

// Why the bytes are not text (NUL bytes, mostly control characters), or nothing.
// Looks past a UTF-16/32 byte order mark, whose NULs are expected.
std::optional<std::string> binary_reason(std::string_view bytes);

// The charset a document declares for itself: <?xml encoding=".."?> or <meta charset>.
std::string declared_charset(std::string_view bytes);

// BOM, then the declared charset, then UTF-8 if the bytes are (mostly) valid UTF-8, else ICU
// charset detection. Invalid sequences become U+FFFD and are listed in invalid_bytes.
Decoded decode(std::string_view bytes, const std::string& declared);

// Decodes with a known encoding (as a fragment of an already ingested document).
Decoded decode_as(std::string_view bytes, const std::string& encoding);

}  // namespace claimtrace
