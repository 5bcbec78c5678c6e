// Recognizers on their own over one sentence's context, and the extraction policy rules/ sets.
#include <gtest/gtest.h>

#include <string>

#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "extract/recognizer.h"
#include "extract/sentence_context.h"
#include "rule_data.h"

namespace claimtrace {
namespace {

const std::string kBundled = std::string(CLAIMTRACE_SOURCE_DIR) + "/rules/";

const RuleSet& bundled() {
  static RuleSet r = RuleSet::load(default_env(), kBundled);
  return r;
}

Document document(const std::string& text, const RuleSet& rules) {
  Source meta;
  meta.id = "doc";
  meta.published = PartialDate::parse("2023-12");
  return ingest_bytes("doc.txt", text, meta, rules);
}

// The bundled rules with `extra` as a language file of attributes.xml, read after it.
RuleSet with_attributes(const std::string& extra) {
  MemoryEnv env;
  for (const char* f :
       {"abbreviations.txt", "numbers.xml", "time.xml", "quantities.xml", "qualifiers.xml",
        "modality.xml", "attributes.xml", "entities.xml", "labels.xml"}) {
    env.add_file(std::string("r/") + f, default_env().read_file(kBundled + f, 1u << 20).value());
  }
  env.add_file("r/attributes.policy.xml", extra);
  return RuleSet::load(env, "r");
}

TEST(Recognizer, ListAloneOverOneSentence) {
  ASSERT_TRUE(bundled().valid()) << bundled().status().to_string();
  Document d = document("Sanctions came from the EU, UK, the USA and Canada.", bundled());
  Extraction out;
  DateContext dates;
  const Subject none;
  const WordSet proper;
  SentenceContext s({d, bundled().data(), none, proper, dates, out});
  s.start(d.text.sentences().at(0));
  Lists().recognize(s);
  ASSERT_EQ(out.claims.size(), 1u);
  EXPECT_EQ(out.claims[0].attribute, "list");
  EXPECT_EQ(out.claims[0].text, "EU; UK; USA; Canada");
  EXPECT_EQ(out.claims[0].quote, "EU, UK, the USA and Canada");
  // The claim took its tokens: a second run finds nothing more.
  Lists().recognize(s);
  EXPECT_EQ(out.claims.size(), 1u);
}

TEST(Recognizer, BundledPolicyIsTheDefault) {
  ASSERT_TRUE(bundled().valid());
  const ExtractionPolicy defaults;
  const ExtractionPolicy& p = bundled().data().policy;
  EXPECT_EQ(p.attribute, defaults.attribute);
  EXPECT_EQ(p.long_sentence, defaults.long_sentence);
  EXPECT_EQ(p.title_attribute, defaults.title_attribute);
  EXPECT_EQ(p.state_class_attribute, "state.size_class");
}

TEST(Recognizer, PolicyFromRulesChangesExtraction) {
  const std::string text = "Trade exchange in 2021 amounted to about $6 billion.";
  Extraction before = extract(document(text, bundled()), bundled());
  ASSERT_EQ(before.claims.size(), 1u);
  EXPECT_EQ(before.claims[0].attribute, "trade.turnover");
  // No window: the attribute word must touch the claim, so the amount keeps its kind's name.
  RuleSet narrow =
      with_attributes("<attributes><window name=\"attribute\" tokens=\"0\"/></attributes>");
  ASSERT_TRUE(narrow.valid()) << narrow.status().to_string();
  Extraction after = extract(document(text, narrow), narrow);
  ASSERT_EQ(after.claims.size(), 1u);
  EXPECT_EQ(after.claims[0].attribute, "amount");

  RuleSet renamed = with_attributes(
      "<attributes><recognizer name=\"state-class\" attribute=\"state.class\"/></attributes>");
  ASSERT_TRUE(renamed.valid()) << renamed.status().to_string();
  Extraction e = extract(document("Belarus is a medium-sized state.", renamed), renamed);
  ASSERT_EQ(e.claims.size(), 1u);
  EXPECT_EQ(e.claims[0].attribute, "state.class");
}

TEST(Recognizer, PolicyErrorsNameFileAndLine) {
  struct Case {
    const char* text;
    const char* error;
  } cases[] = {
      {"<attributes>\n<window name=\"sideways\" tokens=\"3\"/></attributes>",
       "attributes.xml:2:1: unknown window \"sideways\""},
      {"<attributes>\n<window name=\"attribute\" bytes=\"3\"/></attributes>",
       "attributes.xml:2:1: window \"attribute\" needs tokens="},
      {"<attributes>\n<window name=\"rank\" tokens=\"2.5\"/></attributes>",
       "attributes.xml:2:1: tokens must be a whole number"},
      {"<attributes>\n<window name=\"rank\" tokens=\"many\"/></attributes>",
       "attributes.xml:2:1: tokens=\"many\" is not a number"},
      {"<attributes>\n\n<recognizer name=\"rumours\" attribute=\"x\"/></attributes>",
       "attributes.xml:3:1: unknown recognizer \"rumours\""},
      {"<attributes><recognizer name=\"title\" attribute=\"Person Title\"/></attributes>",
       "attributes.xml:1:13: attribute name \"Person Title\" may hold only"},
  };
  for (const Case& c : cases) {
    RuleSet r = RuleSet::from_files({{"abbreviations.txt", "Dr.\n"}, {"attributes.xml", c.text}});
    ASSERT_FALSE(r.valid()) << c.text;
    EXPECT_EQ(r.status().to_string().rfind(c.error, 0), 0u) << r.status().to_string();
  }
}

}  // namespace
}  // namespace claimtrace
