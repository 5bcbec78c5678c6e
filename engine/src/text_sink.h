// TextSink: how the markup and layout readers hand visible text to the normalizer.
#pragma once

#include <cstdint>
#include <string_view>

namespace claimtrace {

// Offsets are into the decoded (UTF-8) input of the document.
class TextSink {
 public:
  virtual ~TextSink() = default;
  // Visible text that came from decoded[from_begin, from_end). verbatim: utf8 is exactly those
  // bytes (each byte then maps to itself); otherwise all of utf8 maps to the whole range
  // (a character reference such as "&amp;" or a joined line break).
  virtual void text(std::string_view utf8, uint64_t from_begin, uint64_t from_end,
                    bool verbatim) = 0;
  // A paragraph boundary: block element, blank line, <br>.
  virtual void paragraph_break() = 0;
};

}  // namespace claimtrace
