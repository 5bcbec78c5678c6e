// Plain-text layout: which line breaks end paragraphs, which join wrapped lines, and where a
// word hyphenated at a line end is put back together.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "text_sink.h"

namespace claimtrace {

// What reading a whole document decided, kept so a fragment of it reads the same way.
struct LayoutContext {
  bool wrapped = false;  // hard-wrapped lines (e.g. PDF extraction): breaks join by default
  // "left-right" pairs split at a line end -> whether the hyphen stays ("Sino-Belarusian")
  // or goes ("develop-ment" -> "development").
  std::unordered_map<std::string, bool> keep_hyphen;
};

// Reads a plain-text document; fills context.
void read_plain_text(std::string_view decoded, TextSink& sink, LayoutContext& context);

// Reads a fragment of one paragraph: every line break joins, hyphens decided by context.
void read_plain_fragment(std::string_view decoded, TextSink& sink, const LayoutContext& context);

}  // namespace claimtrace
