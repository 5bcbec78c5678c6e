// Exports of the report for other tools: JSON, CSV for spreadsheets, W3C Web Annotations for
// annotation viewers, and schema.org ClaimReview for a checked draft.
#pragma once

#include <string>
#include <vector>

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

// The same CSV rules, one row per competing value of each discrepancy: id, kind, severity,
// subject, attribute, period, value, support, sources (" | "), quotes (one "source: quote" a
// line), review, explanation. A discrepancy without competing values is one row with an empty
// value and all its evidence. With ReportInput::csv_bom each CSV opens with a UTF-8 BOM.
std::string discrepancies_csv(const ReportInput& input);
void write_discrepancies_csv(const ReportInput& input, Output& out);

// A W3C Web Annotation AnnotationCollection (JSON-LD) with one Annotation per claim; its
// @context adds the claimtrace: prefix of the bodies' terms. The target's source is the
// manifest's url, else a file: URI of the absolute path. Its selectors: a TextQuoteSelector over
// the normalized text (exact, and up to 32 characters of prefix and suffix within the
// paragraph); a TextPositionSelector in characters (code points of the decoded text, a BOM not
// counted) for plain-text documents the report's Env can read again, in UTF-8, UTF-16, UTF-32
// or a single-byte code page; and a DataPositionSelector with the byte offsets in the file.
std::string web_annotations_json(const ReportInput& input);
void write_web_annotations_json(const ReportInput& input, Output& out);

// Who publishes a ClaimReview and where: --org-name, --org-url, --review-url and --draft-url,
// or the desk's config (claimtrace.xml).
struct ClaimReviewOptions {
  std::string organisation_name, organisation_url;  // the review's author
  std::string review_url;  // the page publishing the reviews; default: organisation_url
  std::string draft_url;   // where the draft appears; default: a file: URI of its path
};

// schema.org ClaimReview JSON-LD: an array with one ClaimReview per contradicted finding of the
// draft check, rated "Contradicted by corpus", citing the corpus claims that conflict. Each
// carries Google's fact-check fields: url (the review page with "#claim-ID", when a page or
// the organisation's URL is known), author (the organisation), datePublished (the draft's
// date), claimReviewed, itemReviewed (a Claim whose appearance is the draft's URL) and
// reviewRating with alternateName. Citations point to the corpus documents' manifest URLs, or
// file: URIs, with archivedAt when the manifest gives an archived copy.
std::string claim_review_jsonld(const std::string& draft_path, const Document& draft,
                                const DraftCheck& check, const std::vector<Document>& corpus,
                                const ClaimReviewOptions& options);

}  // namespace claimtrace
