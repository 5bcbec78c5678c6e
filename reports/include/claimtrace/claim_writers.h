// Claim writers: JSON Lines for tools, TSV for spreadsheets; one record per claim or mention.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/mention.h"

namespace claimtrace {

// One JSON object per line with: id, path, source, start, end (byte offsets into the original
// file, end exclusive), line, column, quote, sentence, kind, subject, attribute, period,
// period_basis, value (number, or string for dates and labels), unit, low, high (null when
// open), qualifier, modality, speaker, scope.
void append_claims_jsonl(const std::vector<Claim>& claims, std::string& out);

// The fields of a claim record, in order, as TSV and CSV print them; numbers through `number`.
const std::vector<std::string>& claim_field_names();
std::vector<std::string> claim_fields(const Claim& c, std::string (*number)(double));

// The same fields as TSV with a header row; tabs and line breaks inside values are escaped.
void append_claims_tsv_header(std::string& out);
void append_claims_tsv(const std::vector<Claim>& claims, std::string& out);

// Names as records of kind "name": value is the canonical name, entity its id.
void append_mentions_jsonl(const std::vector<Mention>& mentions, const std::string& source,
                           const std::string& path, std::string& out);

// A JSON string literal with everything a JSON parser needs escaped.
std::string json_string(std::string_view s);

}  // namespace claimtrace
