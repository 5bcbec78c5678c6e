// Discourse: what a paragraph has named so far, for the sentences that refer back to it.
#pragma once

#include "claimtrace/subject.h"

namespace claimtrace {

// "The two countries", "bilateral trade", "the sides": a sentence naming no party speaks of the
// pair its paragraph named last, not of the pair the whole document is mostly about (a note on
// several relationships names one pair per paragraph).
struct Discourse {
  Subject pair;  // the pair named last in the paragraph; empty at a paragraph's start

  // The pair a sentence naming no party speaks of.
  const Subject& pair_or(const Subject& fallback) const { return pair.empty() ? fallback : pair; }
};

}  // namespace claimtrace
