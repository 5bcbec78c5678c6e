// The HTML report (report.html) a fact-checker reads in a browser: one self-contained file with
// the findings, their evidence in context, charts, tables and the original documents.
#pragma once

#include <string>

#include "claimtrace/report.h"

namespace claimtrace {

// The whole report as one UTF-8 HTML file with inline CSS and JS, allowed by a
// Content-Security-Policy that names them by hash and nothing else. Every piece of document text
// is escaped; characters HTML cannot carry become U+FFFD. The same input gives the same bytes.
// With input.env, documents read as UTF-8 are shown in full with every claim's span marked.
std::string report_html(const ReportInput& input);
// The same bytes written to out as they are produced, so the page is never held whole.
void write_report_html(const ReportInput& input, Output& out);

}  // namespace claimtrace
