// The XML discrepancy report (<claimtrace-report version="1">) that tools consume: sources with
// their status and trust, every claim with its provenance, and the discrepancies.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/verify.h"

namespace claimtrace {

// The whole report as UTF-8 XML. Text is escaped, and characters XML 1.0 cannot carry (control
// characters, invalid bytes) are written as U+FFFD, so any corpus gives a well-formed file.
std::string report_xml(const std::vector<Document>& documents,
                       const std::vector<Extraction>& extractions, const ClaimGraph& graph,
                       const Verification& verification);

}  // namespace claimtrace
