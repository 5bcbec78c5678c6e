// Document: one input of the corpus after ingestion — its source, its status and its text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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

}  // namespace claimtrace
