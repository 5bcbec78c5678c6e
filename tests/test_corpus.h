// Test documents in memory: the fixture rules (tests/data/rules, not the product's vocabulary),
// and short texts ingested and extracted with them.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"
#include "claimtrace/verify.h"

namespace claimtrace {

inline const RuleSet& fixture_rules() {
  static RuleSet r = RuleSet::load(default_env(), std::string(CLAIMTRACE_TEST_DATA) + "/rules");
  return r;
}

// One document: its id (also its file name, id + ".txt"), publication date, text and title.
struct TestInput {
  std::string id, published, text, title = "";
};

struct TestCorpus {
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
};

inline TestCorpus ingest_and_extract(const std::vector<TestInput>& inputs) {
  const RuleSet& rules = fixture_rules();
  EXPECT_TRUE(rules.valid()) << rules.status().to_string();
  TestCorpus c;
  for (const TestInput& in : inputs) {
    Source meta;
    meta.id = in.id;
    meta.published = PartialDate::parse(in.published);
    if (!in.title.empty()) meta.title = {in.title, "manifest"};
    c.docs.push_back(ingest_bytes(in.id + ".txt", in.text, meta, rules));
    c.extractions.push_back(extract(c.docs.back(), rules));
  }
  return c;
}

}  // namespace claimtrace
