// What every report writer reads: the documents, their claims, the graph and the findings.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/document.h"
#include "claimtrace/env.h"
#include "claimtrace/extraction.h"
#include "claimtrace/verification.h"

namespace claimtrace {

struct ReportInput {
  const std::vector<Document>& documents;
  const std::vector<Extraction>& extractions;  // one per document, in document order
  const ClaimGraph& graph;
  const Verification& verification;
  // Reads the original files for views that show them (the HTML source view); may be null.
  const Env* env = nullptr;
  // Each CSV file opens with a UTF-8 byte order mark, without which Excel reads it in the
  // system's code page and garbles Cyrillic.
  bool csv_bom = false;
};

}  // namespace claimtrace
