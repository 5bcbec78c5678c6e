// Extraction: what one document yields — its claims, the names it mentions, and the totals
// its sentences break into parts.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/mention.h"
#include "claimtrace/span.h"
#include "claimtrace/status.h"

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
  // What extraction could not settle: a name where a state belongs that is none it knows.
  std::vector<Diagnostic> diagnostics;
  bool operator==(const Extraction&) const = default;
};

}  // namespace claimtrace
