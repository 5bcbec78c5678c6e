// UTF-8 validity, the one definition every stage uses (decoding, markup, rules, writers).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimtrace {

// Bytes of the valid UTF-8 character at s[i] (RFC 3629: no overlongs, no surrogates, at most
// U+10FFFF), or 0 when the bytes there are not one; *invalid_length then gets the length of the
// maximal invalid subpart (at least 1), which a decoder replaces by one U+FFFD.
size_t utf8_char_length(std::string_view s, size_t i, size_t* invalid_length = nullptr);

bool is_valid_utf8(std::string_view s);

// The code point of ch, one valid UTF-8 character (as utf8_char_length measured it).
char32_t utf8_code_point(std::string_view ch);

// A character a reader must not meet raw in a name or a quote: a control (C0 but tab, line feed
// and carriage return; DEL; C1), which can drive a terminal, or a bidirectional embedding,
// override or isolate (U+202A-U+202E, U+2066-U+2069), which reorders the text after it.
bool is_hidden_control(char32_t c);

// The one notation every output shows such a character in: "\x1b" below U+0080, "\u202e" above
// (lower-case hex); a byte that is not UTF-8 is "\xff" (append_byte_escape).
void append_control_escape(std::string& out, char32_t c);
void append_byte_escape(std::string& out, unsigned char byte);

// Plain text for a terminal or a TSV cell, one line: hidden controls and bytes that are not
// UTF-8 as above, tab, line feed and carriage return as \t \n \r, and a backslash as \\, so the
// text reads back unambiguously.
std::string escaped_text(std::string_view s);

}  // namespace claimtrace
