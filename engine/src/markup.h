// Markup readers: the visible text of HTML (gumbo) and XML (pugixml) documents, with origins.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "claimtrace/source.h"
#include "claimtrace/status.h"
#include "text_sink.h"

namespace claimtrace {

// What a document says about itself; `from` names the markup it came from, e.g.
// "html <title>", "html meta article:published_time", "xml @published".
struct MarkupMetadata {
  SourceField title;
  SourceField language;
  SourceField publisher;
  SourceField author;
  SourceField published;  // the raw date text; the caller parses it
};

// Visible text only (no script, style, template, noscript, head, hidden elements); block
// elements and <br> become paragraph breaks; character references decoded. Never fails:
// broken HTML still yields its text.
void read_html(std::string_view decoded, TextSink& sink, MarkupMetadata& metadata);

// Text content with element boundaries as paragraph breaks (known inline elements excepted).
// Malformed XML returns kParseError whose where().offset is a byte offset into `decoded`;
// the sink may then have received part of the text and must be discarded.
Status read_xml(std::string_view decoded, TextSink& sink, MarkupMetadata& metadata);

// Aligns a raw markup slice with its decoded text (character references resolved, CR LF
// folded) and emits it to the sink: verbatim runs where they agree, one opaque piece per
// reference. raw_offset is the position of `raw` in the decoded input.
void emit_aligned(std::string_view raw, std::string_view text, uint64_t raw_offset, TextSink& sink);

// Index just past the '>' closing a tag whose attributes start at s[from], or npos; quoted
// attribute values may hold '>'. Looks at most `limit` bytes ahead, so callers stay linear.
size_t markup_tag_end(std::string_view s, size_t from, size_t limit);

// Sets an unknown field to raw made valid UTF-8, trimmed and whitespace-collapsed (if non-empty).
void set_metadata_field(SourceField& field, std::string_view raw, const char* from);

}  // namespace claimtrace
