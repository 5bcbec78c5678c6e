// Verification::relations: what verify found between claims, by group, for the draft check.
#include <gtest/gtest.h>

#include <algorithm>

#include "claimtrace/claim_graph.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

TEST(Relations, SameFiguresFormAGroupThatContradictsAnotherFigure) {
  TestCorpus c = ingest_and_extract(
      {{"a", "2023-12", "Trade turnover between Belarus and China reached $6 billion in 2021."},
       {"b", "2024-01", "Trade turnover between Belarus and China was $6 billion in 2021."},
       {"c", "2024-03", "Trade turnover between Belarus and China was $3 billion in 2021."}});
  const RuleSet& rules = fixture_rules();
  ClaimGraph graph = ClaimGraph::build(c.docs, c.extractions, rules);
  Verification v = verify(c.docs, c.extractions, rules, graph);
  ASSERT_EQ(c.extractions[0].claims.size(), 1u);
  const std::string& a = c.extractions[0].claims[0].id;
  const std::string& b = c.extractions[1].claims[0].id;
  const std::string& three = c.extractions[2].claims[0].id;
  auto has = [&](const std::string& x, const std::string& y, Bearing bearing) {
    return std::count(v.relations.begin(), v.relations.end(), ClaimRelation{x, y, bearing}) +
               std::count(v.relations.begin(), v.relations.end(), ClaimRelation{y, x, bearing}) >
           0;
  };
  EXPECT_TRUE(has(a, b, Bearing::kSame));
  EXPECT_TRUE(has(a, three, Bearing::kContradicts));  // between the groups' first claims
  EXPECT_FALSE(has(b, three, Bearing::kContradicts));
  EXPECT_EQ(v.relations.size(), 2u);
  EXPECT_STREQ(to_string(Bearing::kAgrees), "agrees");
}

}  // namespace
}  // namespace claimtrace
