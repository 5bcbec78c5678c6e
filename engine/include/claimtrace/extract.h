// Extraction: the checkable claims of a document and the names it mentions.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"

namespace claimtrace {

// One part of a breakdown: a number after the cue, itself a claim or a bare count ("27 on trade").
struct BreakdownPart {
  std::string claim;  // claim id when the part is a claim of its own; empty for a bare number
  double low = 0, high = 0;  // the interval its wording allows
  Span span;                 // original bytes of the number
  Position position;
  std::string quote;
  bool operator==(const BreakdownPart&) const = default;
};

// A total and the parts one sentence breaks it into: "almost four dozen agreements: 27 on trade
// and 8 on investment". Verify checks that the parts add up.
struct Breakdown {
  std::string total;  // claim id of the total
  std::vector<BreakdownPart> parts;
  bool exhaustive = false;  // the parts should add up to the total, not just stay within it
  std::string cue;          // the words that introduced the parts, as written
  bool operator==(const Breakdown&) const = default;
};

struct Extraction {
  std::vector<Claim> claims;      // in document order
  std::vector<Mention> mentions;  // names of people, states and bodies, in document order
  std::vector<Breakdown> breakdowns;
};

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
