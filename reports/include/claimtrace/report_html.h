// The HTML report (report.html) a fact-checker reads in a browser: one self-contained file with
// the findings, their evidence in context, charts, tables and the original documents.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/report.h"

namespace claimtrace {

// The whole report as one UTF-8 HTML file with inline CSS and JS, allowed by a
// Content-Security-Policy that names them by hash and nothing else. Every piece of document text
// is escaped; characters HTML cannot carry become U+FFFD. The same input gives the same bytes.
// With input.env, documents read as UTF-8 are shown in full with every claim's span marked.
std::string report_html(const ReportInput& input);
// The same bytes written to out as they are produced, so the page is never held whole.
void write_report_html(const ReportInput& input, Output& out);

// When the documents read are larger in all than input.html.inline_sources, report.html links to
// a page per document instead of holding its source view: (name in the report set, document).
std::vector<std::pair<std::string, size_t>> source_pages(const ReportInput& input);
// That page: the document's source view, its claims marked, with the report's CSP and assets.
void write_source_page(const ReportInput& input, size_t document, Output& out);

namespace html_report {
struct Index;
}
// Writes the pages of one report, indexing its claims once rather than once a page.
class SourcePageWriter {
 public:
  explicit SourcePageWriter(const ReportInput& input);
  ~SourcePageWriter();
  SourcePageWriter(const SourcePageWriter&) = delete;
  SourcePageWriter& operator=(const SourcePageWriter&) = delete;
  void write(size_t document, Output& out) const;

 private:
  std::unique_ptr<html_report::Index> index_;
};

}  // namespace claimtrace
