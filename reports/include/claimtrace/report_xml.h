// The XML discrepancy report (<claimtrace-report version="1">) that tools consume: sources with
// their status and trust, every claim with its provenance, and the discrepancies.
#pragma once

#include <string>

#include "claimtrace/report.h"

namespace claimtrace {

// The whole report as UTF-8 XML. Text is escaped, and characters XML 1.0 cannot carry (control
// characters, invalid bytes) are written as U+FFFD, so any corpus gives a well-formed file.
// reports/report.xsd describes it; tests validate every report they write against it.
std::string report_xml(const ReportInput& input);
// The same bytes written to out as they are produced, so the report is never held whole.
void write_report_xml(const ReportInput& input, Output& out);

}  // namespace claimtrace
