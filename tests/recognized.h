// Recognizers run by hand over a short text, sentence by sentence as extraction runs them, for
// the unit tests of one recognizer or a few.
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "extract/recognizer.h"
#include "extract/sentence_context.h"
#include "rule_data.h"

namespace claimtrace {

// The claims the recognizers find in text read with rules, in the order given, sentence by
// sentence: each sees what the ones before it took.
inline std::vector<Claim> recognized(const RuleSet& rules, const std::string& text,
                                     std::initializer_list<const Recognizer*> recognizers) {
  EXPECT_TRUE(rules.valid()) << rules.status().to_string();
  Source meta;
  meta.id = "doc";
  Document d = ingest_bytes("doc.txt", text, meta, rules);
  Extraction out;
  DateContext dates;
  const Subject none;
  const WordSet proper;
  SentenceContext s({d, rules.data(), none, proper, proper, dates, out});
  for (const TextRange& sentence : d.text.sentences()) {
    s.start(sentence);
    for (const Recognizer* r : recognizers) r->recognize(s);
  }
  return out.claims;
}

}  // namespace claimtrace
