// The document profile: what one pass over a whole document tells before its sentences are
// read for claims.
#pragma once

#include <span>

#include "claimtrace/document.h"
#include "claimtrace/subject.h"
#include "rule_data.h"
#include "token.h"

namespace claimtrace {

struct DocumentProfile {
  Subject subject;       // the pair of states the document is mostly about: claims' default
  WordSet proper_words;  // the words it capitalizes inside sentences (names)
  // The words it capitalizes inside a sentence standing alone, outside headlines: names of one
  // word ("a deal with Gazprom"), not a word of a longer name ("the Oil Ministry").
  WordSet lone_names;
  // The state the document reports from, one of its pair: the state its publisher names (a
  // ministry of that state); "" when none does.
  std::string home;
};

// Whether a sentence is written as a headline, its longer words nearly all capitalized: none of
// its capitals tells a name.
bool headline_case(std::span<const Token> t);

// tokens: the document's sentences tokenized and identified in rules.words.
DocumentProfile profile(const Document& doc, const RuleData& rules,
                        const TokenizedDocument& tokens);

}  // namespace claimtrace
