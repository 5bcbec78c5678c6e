// Ingestion: turns one input file (text, HTML, XML) into a Document: its Source and normalized
// Text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/env.h"
#include "claimtrace/rules.h"

namespace claimtrace {

struct IngestOptions {
  uint64_t max_bytes = 64ull << 20;  // larger files are skipped with a stated reason
  unsigned threads = 1;              // documents ingested in parallel; output order is fixed
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
