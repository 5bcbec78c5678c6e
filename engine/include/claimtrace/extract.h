// Extraction: the checkable claims of a document and the names it mentions.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "claimtrace/rules.h"

namespace claimtrace {

// Claims of one ingested document. Relative dates resolve against source.published; when that
// is unknown they stay unresolved (Period::unresolved) instead of being guessed.
Extraction extract(const Document& document, const RuleSet& rules);

// Claims of every document, `threads` documents at a time; results keep the corpus order and do
// not depend on the thread count. A document that exhausts memory is marked skipped with that
// reason (and gets no claims) while the others go on.
// `progress`, when given, is called after each document with the documents done and their
// bytes, one call at a time (never concurrently), for a progress line on long runs.
using ExtractProgress = std::function<void(size_t done, size_t total, uint64_t bytes)>;
std::vector<Extraction> extract_corpus(std::vector<Document>& documents, const RuleSet& rules,
                                       unsigned threads, const ExtractProgress& progress = {});

}  // namespace claimtrace
