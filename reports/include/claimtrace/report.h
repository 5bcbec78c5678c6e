// What every report writer reads: the documents, their claims, the graph and the findings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/document.h"
#include "claimtrace/env.h"
#include "claimtrace/extraction.h"
#include "claimtrace/verification.h"

namespace claimtrace {

// Bounds on what the HTML pages show, so a page stays a small multiple of its input whatever the
// input; each page says what it left out, and the full data stays in report.xml and JSON.
struct HtmlLimits {
  size_t findings = 500;  // discrepancy cards in report.html, highest severity and open first
  // Claims table rows (and marks) per document and in all, besides those in a card.
  size_t claims_per_document = 200;
  size_t claims = 5000;
  size_t verdicts = 500;            // draft claims listed in check.html
  uint64_t quoted_bytes = 1 << 20;  // of a document's original text in its source view
  size_t chart_points = 500;        // points drawn in one chart
  // Source views sit inside report.html while the documents read total at most this many
  // bytes; above it, each is a page of its own in sources/, opened by link.
  uint64_t inline_sources = 4 << 20;

  bool operator==(const HtmlLimits&) const = default;
};

struct ReportInput {
  const std::vector<Document>& documents;
  const std::vector<Extraction>& extractions;  // one per document, in document order
  const ClaimGraph& graph;
  const Verification& verification;
  // Reads the original files for views that show them (the HTML source view); may be null.
  const Env* env = nullptr;
  HtmlLimits html = {};
  // Each CSV file opens with a UTF-8 byte order mark, without which Excel reads it in the
  // system's code page and garbles Cyrillic.
  bool csv_bom = false;
};

}  // namespace claimtrace
