// Test documents in memory: the fixture rules (tests/data/rules, not the product's vocabulary),
// and short texts ingested and extracted with them.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"
#include "claimtrace/verify.h"
#include "test_paths.h"

namespace claimtrace {

inline const RuleSet& fixture_rules() {
  static RuleSet r = RuleSet::load(default_env(), test_paths::data() + "/rules");
  return r;
}

// Every fixture rules file but states.xml copied into `env` under "r/".
inline void add_fixture_rules(MemoryEnv& env) {
  const std::string fixture = test_paths::data() + "/rules/";
  for (const char* f : {"abbreviations.txt", "numbers.xml", "time.xml", "quantities.xml",
                        "units.xml", "currencies.xml", "qualifiers.xml", "modality.xml",
                        "attributes.xml", "entities.xml", "labels.xml"}) {
    env.add_file(std::string("r/") + f, default_env().read_file(fixture + f, 1u << 20).value());
  }
}

// The fixture rules read from memory, with states.xml replaced by `states` and the files of
// `extra` (name, text) added: language files and other vocabulary a test is about.
inline RuleSet fixture_rules_with(const std::string& states,
                                  const std::vector<std::pair<std::string, std::string>>& extra) {
  MemoryEnv env;
  add_fixture_rules(env);
  env.add_file("r/states.xml", states);
  for (const auto& [name, text] : extra) env.add_file("r/" + name, text);
  return RuleSet::load(env, "r");
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

// One text as document "doc.txt", read with the fixture rules; `published` may be empty (an
// undated document).
inline Extraction extract_one(const std::string& text, const std::string& published) {
  EXPECT_TRUE(fixture_rules().valid()) << fixture_rules().status().to_string();
  Source meta;
  meta.id = "doc";
  if (!published.empty()) meta.published = PartialDate::parse(published);
  Document d = ingest_bytes("doc.txt", text, meta, fixture_rules());
  return extract(d, fixture_rules());
}

// Dated texts read and verified with `rules`: each is one document "dN" (N from 1), published on
// the date paired with it.
struct VerifiedTexts {
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
  Verification v;

  std::vector<const Discrepancy*> of(DiscrepancyKind kind) const {
    std::vector<const Discrepancy*> out;
    for (const Discrepancy& d : v.discrepancies) {
      if (d.kind == kind) out.push_back(&d);
    }
    return out;
  }
  size_t count(DiscrepancyKind kind) const { return of(kind).size(); }
  std::vector<const Claim*> claims(ClaimKind kind) const {
    std::vector<const Claim*> out;
    for (const Extraction& e : extractions) {
      for (const Claim& c : e.claims) {
        if (c.kind == kind) out.push_back(&c);
      }
    }
    return out;
  }
};

inline VerifiedTexts verify_texts(const RuleSet& rules,
                                  const std::vector<std::pair<std::string, std::string>>& texts) {
  EXPECT_TRUE(rules.valid()) << rules.status().to_string();
  VerifiedTexts c;
  for (size_t i = 0; i < texts.size(); ++i) {
    Source meta;
    // Appended, not "d" + std::to_string(...): GCC 12 at -O3 warns on that (-Wrestrict, false).
    meta.id = "d";
    meta.id.append(std::to_string(i + 1));
    meta.published = PartialDate::parse(texts[i].first);
    c.docs.push_back(ingest_bytes(meta.id + ".txt", texts[i].second, meta, rules));
    c.extractions.push_back(extract(c.docs.back(), rules));
  }
  ClaimGraph graph = ClaimGraph::build(c.docs, c.extractions, rules);
  c.v = verify(c.docs, c.extractions, rules, graph);
  return c;
}

}  // namespace claimtrace
