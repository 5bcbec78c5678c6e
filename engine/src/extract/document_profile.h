// The document profile: what one pass over a whole document tells before its sentences are
// read for claims.
#pragma once

#include "claimtrace/document.h"
#include "claimtrace/subject.h"
#include "rule_data.h"

namespace claimtrace {

struct DocumentProfile {
  Subject subject;       // the pair of states the document is mostly about: claims' default
  WordSet proper_words;  // the words it capitalizes inside sentences (names)
};

DocumentProfile profile(const Document& doc, const RuleData& rules);

}  // namespace claimtrace
