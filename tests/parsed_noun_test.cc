// The counted noun's parser fallback: the noun a number determines where the chunker sees no
// head, its per-document budget, its stats line, and the build without link-grammar.
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/parser_stats.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimtrace {
namespace {

// The fixture rules (tests/data/rules), which name no counted noun used below.
const RuleSet& rules() {
  static RuleSet r = RuleSet::load(default_env(), test_paths::data() + "/rules");
  return r;
}

Document document(const std::string& name, const std::string& text) {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Source meta;
  meta.id = name;
  meta.published = PartialDate::parse("2023-12");
  return ingest_bytes(name + ".txt", text, meta, rules());
}

std::vector<const Claim*> counts(const Extraction& e) {
  std::vector<const Claim*> out;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kCount) out.push_back(&c);
  }
  return out;
}

// What a count says, without the claim's id (which names its document).
std::string said(const Extraction& e) {
  std::string out;
  for (const Claim* c : counts(e)) {
    out += std::to_string(c->value) + " " + c->unit + " (" + c->scope + "); ";
  }
  return out;
}

bool parser_works() { return parser_stats().built && parser_stats().available; }

// A capitalized modifier stops the chunker; the parser links the number to its noun.
TEST(ParsedNoun, TheNounTheNumberDetermines) {
  if (!parser_works()) GTEST_SKIP() << "built without link-grammar or its English dictionary";
  const ParserStats before = parser_stats();
  const Extraction e = extract(document("a", "The fleet has 40 Boeing aircraft."), rules());
  ASSERT_EQ(counts(e).size(), 1u);
  const Claim& c = *counts(e)[0];
  EXPECT_EQ(c.value, 40);
  EXPECT_EQ(c.unit, "aircraft");
  EXPECT_EQ(c.scope, "boeing");
  EXPECT_EQ(c.attribute, "count.aircraft");
  EXPECT_EQ(c.quote, "40 Boeing aircraft");
  // Modifiers through a hyphenated name and a noun: "soviet-era power stations".
  const Extraction e2 =
      extract(document("b", "They built more than 12 Soviet-era power stations."), rules());
  ASSERT_EQ(counts(e2).size(), 1u);
  EXPECT_EQ(counts(e2)[0]->unit, "stations");
  EXPECT_EQ(counts(e2)[0]->scope, "soviet-era power");
  // Through adjectives and coordination: the head, with every modifier kept.
  const Extraction e3 = extract(
      document("c", "They signed 27 interbank, interregional and Sino-Belarusian agreements."),
      rules());
  ASSERT_EQ(counts(e3).size(), 1u);
  EXPECT_EQ(counts(e3)[0]->unit, "agreements");
  EXPECT_EQ(counts(e3)[0]->scope, "interbank interregional sino-belarusian");
  EXPECT_EQ(counts(e3)[0]->quote, "27 interbank, interregional and Sino-Belarusian agreements");
  const ParserStats after = parser_stats();
  EXPECT_EQ(after.sentences, before.sentences + 3);
  EXPECT_EQ(after.heads, before.heads + 3);
  EXPECT_GT(after.parse_seconds, before.parse_seconds);
}

// A number before a unit or a time of day determines no countable noun.
TEST(ParsedNoun, NoHeadForUnitsAndTimes) {
  if (!parser_works()) GTEST_SKIP() << "built without link-grammar or its English dictionary";
  for (const char* none : {"The meeting will last until 10 am tomorrow.",
                           "I counted 13 last minute.", "Of the 20 in the room, most left."}) {
    EXPECT_TRUE(counts(extract(document("c", none), rules())).empty()) << none;
  }
}

// The parser reads at most a fixed number of sentences per document, whatever ran before, so
// the same document gives the same claims on every thread and in every order.
TEST(ParsedNoun, ABudgetPerDocument) {
  if (!parser_works()) GTEST_SKIP() << "built without link-grammar or its English dictionary";
  std::string text;
  for (int k = 0; k < 45; ++k) {
    text += "The fleet has " + std::to_string(100 + k) + " Boeing aircraft. ";
  }
  std::vector<Document> docs = {document("d", text), document("e", text)};
  const std::vector<Extraction> one = extract_corpus(docs, rules(), 1);
  const std::vector<Extraction> two = extract_corpus(docs, rules(), 2);
  ASSERT_EQ(one.size(), 2u);
  EXPECT_EQ(counts(one[0]).size(), 40u);  // the budget: 40 sentences a document
  EXPECT_EQ(counts(one[0]).back()->value, 139);
  EXPECT_EQ(said(one[0]), said(one[1]));
  EXPECT_EQ(one[0].claims, two[0].claims);
  EXPECT_EQ(one[1].claims, two[1].claims);
}

// Without link-grammar the chunker alone reads counts, and the stats say so.
TEST(ParsedNoun, NotBuilt) {
  if (parser_stats().built) GTEST_SKIP() << "built with link-grammar";
  EXPECT_TRUE(counts(extract(document("f", "The fleet has 40 Boeing aircraft."), rules())).empty());
  EXPECT_EQ(parser_stats().line(), "parser: not built");
  EXPECT_EQ(parser_stats().sentences, 0u);
}

TEST(ParsedNoun, StatsLine) {
  ParserStats s;
  EXPECT_EQ(s.line(), "parser: not built");
  s.built = true;
  EXPECT_EQ(s.line(), "parser: no English dictionary (link-grammar-dictionaries-en)");
  s.available = true;
  s.sentences = 3;
  s.heads = 2;
  s.parse_seconds = 0.5;
  s.extract_seconds = 2;
  EXPECT_EQ(s.line(), "parser: 3 sentences, 2 counted nouns, 0.50 s, 25.0% of extraction time");
}

}  // namespace
}  // namespace claimtrace
