// Text for report.html: escaping that makes any document text safe markup, and number display.
#pragma once

#include <string>
#include <string_view>

namespace claimtrace::html_report {

// Appends s as HTML text or attribute value: & < > " ' = escaped; invalid UTF-8, control
// characters (all but tab and newline), C1 controls and noncharacters become U+FFFD; bidi
// embeddings, overrides and isolates are shown as "\u202e" (utf8.h), so none reorders a line.
void append_html(std::string& out, std::string_view s);
std::string html(std::string_view s);

// A source id as it stands in an element id, a link's fragment, data-source(s) and the source
// filter: control characters (tab and line breaks among them) and '%' as %XX, so an id with a
// line break or a tab (which browsers drop from links, and which data-sources uses as its
// separator) still meets its element. Ids without them, spaces included, are unchanged.
std::string anchor_id(std::string_view id);

// At most max_chars characters of s, with "…" when cut; never splits a UTF-8 sequence.
std::string shorten(std::string_view s, size_t max_chars);

// A fixed-point number ("0.50"), as the report prints support and trust.
std::string fixed(double v, int digits);

// A figure for people: "6,000,000,000", "83.6", "1.5e+20" (digits grouped when integral).
std::string readable_number(double v);

// A short axis label: "6 bn", "500 k", "2.5".
std::string compact_number(double v);

}  // namespace claimtrace::html_report
