// Exports of the report for other tools: JSON, CSV for spreadsheets, W3C Web Annotations for
// annotation viewers, and schema.org ClaimReview for a checked draft.
#pragma once

#include <string>

#include "claimtrace/check.h"
#include "claimtrace/document.h"
#include "claimtrace/report.h"

// Each export comes as a string, and as write_*, which hands the same bytes to an Output as they
// are produced so that the export is never held whole.

namespace claimtrace {

// The content of report.xml as one JSON document: sources with status, reason and the numbers
// behind their trust; claims with provenance; discrepancies with values, evidence and review;
// copies and the graph summary. Unknown fields are null, numbers are JSON numbers (shortest
// round-trip; whole numbers without an exponent), and the output is deterministic.
std::string report_json(const ReportInput& input);
void write_report_json(const ReportInput& input, Output& out);

// RFC 4180 CSV (CRLF, quoted where needed) with a header row, one row per claim. A field that a
// spreadsheet would run as a formula (leading = + - @ tab CR, unless a plain number such as -5)
// gets a leading apostrophe.
std::string claims_csv(const ReportInput& input);
void write_claims_csv(const ReportInput& input, Output& out);

// The same CSV rules, one row per discrepancy: id, kind, severity, subject, attribute, period,
// values (" | "), sources (" | "), review, explanation.
std::string discrepancies_csv(const ReportInput& input);
void write_discrepancies_csv(const ReportInput& input, Output& out);

// A W3C Web Annotation AnnotationCollection (JSON-LD) with one Annotation per claim. Its
// target carries a TextQuoteSelector over the normalized text (exact, and up to 32 characters
// of prefix and suffix within the paragraph) and a TextPositionSelector whose start and end are
// BYTE offsets into the original file, marked "claimtrace:unit": "byte".
std::string web_annotations_json(const ReportInput& input);
void write_web_annotations_json(const ReportInput& input, Output& out);

// schema.org ClaimReview JSON-LD: an array with one ClaimReview per contradicted finding of the
// draft check, rated "Contradicted by corpus", citing the corpus claims that conflict.
std::string claim_review_jsonld(const std::string& draft_path, const Document& draft,
                                const DraftCheck& check);

}  // namespace claimtrace
