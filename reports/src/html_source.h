// The source view of report.html: a document's original text, numbered by line, with the spans
// of its claims and name mentions highlighted where the fact-checker can read them in context.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace::html_report {

// One highlighted range of original bytes [begin, end) and the <mark> that shows it.
struct Highlight {
  uint64_t begin = 0, end = 0;
  std::string id;         // the mark's id (anchor target); continuations of a split mark carry none
  std::string css_class;  // e.g. "claim-span disputed"
  std::string title;      // tooltip
};

// Appends the numbered lines of UTF-8 bytes (a leading BOM is not shown) with every highlight as
// a <mark>. Lines break at \n, \r\n and a lone \r, as the engine counts them. Marks nest when one
// holds another; a mark that crosses a line break or the end of an enclosing mark is closed and
// continued, so the markup stays well formed whatever the spans. spill, when given, is called
// between lines with the markup so far, which it may hand on and clear.
using Spill = std::function<void(std::string& out)>;
void append_source_lines(std::string& out, std::string_view bytes,
                         std::vector<Highlight> highlights, const Spill& spill = {});

}  // namespace claimtrace::html_report
