// Ingestion: turns one input file (text, HTML, XML) into a Source and its normalized Text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/rules.h"
#include "claimtrace/source.h"
#include "claimtrace/status.h"
#include "claimtrace/text.h"

namespace claimtrace {

enum class Format { kUnknown, kText, kHtml, kXml };
const char* to_string(Format format);

// ok: read; skipped: could not be read (a problem to report); excluded: deliberately not a
// document (the manifest itself, a hidden file, a file a listed-only manifest leaves out).
enum class InputStatus { kOk, kSkipped, kExcluded };
const char* to_string(InputStatus status);

struct IngestOptions {
  uint64_t max_bytes = 64ull << 20;  // larger files are skipped with a stated reason
  unsigned threads = 1;              // documents ingested in parallel; output order is fixed
};

// One input and what became of it. A skipped input keeps its reason: nothing is dropped.
struct Document {
  Source source;
  Format format = Format::kUnknown;
  std::string encoding;  // "UTF-8", "UTF-16LE", "windows-1251", ... or "" when not read
  uint64_t bytes = 0;
  InputStatus status = InputStatus::kOk;
  Status reason;                        // why it was skipped; ok otherwise
  std::vector<Diagnostic> diagnostics;  // warnings that did not stop ingestion
  Text text;
};

// Reads and ingests one file. metadata carries what the manifest knows (may be empty fields).
Document ingest_file(const Env& env, const std::string& path, const Source& metadata,
                     const RuleSet& rules, const IngestOptions& options);

// Ingests bytes already in memory, as if read from path.
Document ingest_bytes(const std::string& path, const std::string& bytes, const Source& metadata,
                      const RuleSet& rules);

// Normalizes a fragment of one paragraph of a document exactly as ingestion did: used to check
// that Text::original_span() of any sentence, normalized again, gives back that sentence.
std::string normalize_fragment(const Document& document, const std::string& original_bytes);

}  // namespace claimtrace
