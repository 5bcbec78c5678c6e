// UTF-8 validity, the one definition every stage uses (decoding, markup, rules, writers).
#pragma once

#include <cstddef>
#include <string_view>

namespace claimtrace {

// Bytes of the valid UTF-8 character at s[i] (RFC 3629: no overlongs, no surrogates, at most
// U+10FFFF), or 0 when the bytes there are not one; *invalid_length then gets the length of the
// maximal invalid subpart (at least 1), which a decoder replaces by one U+FFFD.
size_t utf8_char_length(std::string_view s, size_t i, size_t* invalid_length = nullptr);

bool is_valid_utf8(std::string_view s);

}  // namespace claimtrace
