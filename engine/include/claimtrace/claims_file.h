// The claims file: extraction's output as JSON Lines, so verification can run from it later (or
// elsewhere) without the documents' text. A stage boundary between extract and verify.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/env.h"
#include "claimtrace/extraction.h"
#include "claimtrace/status.h"

namespace claimtrace {

// Every document of a claims file with its extraction, in file order; documents have no Text.
struct ClaimsFile {
  std::vector<Document> documents;
  std::vector<Extraction> extractions;  // one per document
  bool operator==(const ClaimsFile&) const = default;
};

// Appends one document: a "document" record (its source metadata, format, encoding, bytes,
// status, reason, diagnostics and how many records follow), then its "claim", "mention" and
// "breakdown" records, one JSON object per line. Every field is kept exactly, so reading it
// back gives the same Document (without Text) and the same Extraction.
void append_claims_file(const Document& document, const Extraction& extraction, std::string& out);

// Reads a claims file. A malformed line, a record of an unknown type, a field of the wrong type
// or a document with fewer records than its header announces is an error naming path, line and
// column; nothing of a file in error is used.
Result<ClaimsFile> parse_claims_file(const std::string& path, std::string_view contents);
Result<ClaimsFile> read_claims_file(const Env& env, const std::string& path);

}  // namespace claimtrace
