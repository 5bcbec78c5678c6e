// Recognizers on their own over one sentence's context, and the extraction policy rules set;
// on a few rules written here, so the shipped rules/ can change freely.
#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "extract/recognizer.h"
#include "extract/sentence_context.h"
#include "rule_data.h"
#include "test_paths.h"
#include "vocabulary.h"

namespace claimtrace {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// Just the words the tests below read; `policy` goes inside attributes.xml.
RuleSet rules(const std::string& policy = "") {
  Files files = {
      {"abbreviations.txt", "Dr.\n"},
      {"numbers.xml", "<numbers><multiplier word=\"billion\" value=\"1e9\"/></numbers>"},
      {"quantities.xml", "<quantities><currency code=\"USD\" symbol=\"$\"/></quantities>"},
      {"qualifiers.xml", "<qualifiers><qualifier phrase=\"about\" class=\"approx\"/></qualifiers>"},
      {"attributes.xml",
       "<attributes><attribute name=\"trade.turnover\" kinds=\"amount\">"
       "<trigger phrase=\"trade exchange\"/></attribute>" +
           policy + "</attributes>"},
      {"entities.xml",
       "<entities><entity id=\"BY\" type=\"country\" name=\"Belarus\">"
       "<alias>Belarus</alias></entity></entities>"},
      {"labels.xml",
       "<labels><list-separator phrase=\",\"/><list-separator phrase=\"and\"/>"
       "<list-article word=\"the\"/><state-class phrase=\"medium-sized state\"/></labels>"}};
  return RuleSet::from_files(files);
}

Document document(const std::string& text, const RuleSet& r) {
  Source meta;
  meta.id = "doc";
  meta.published = PartialDate::parse("2023-12");
  return ingest_bytes("doc.txt", text, meta, r);
}

TEST(Recognizer, ListAloneOverOneSentence) {
  RuleSet r = rules();
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  Document d = document("Sanctions came from the EU, UK, the USA and Canada.", r);
  Extraction out;
  DateContext dates;
  const Subject none;
  const WordSet proper;
  SentenceContext s({d, r.data(), none, proper, proper, dates, out});
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

TEST(Recognizer, ShippedPolicyIsTheDefault) {
  // A rule set that leaves the policy out extracts as the shipped rules/ do.
  RuleSet shipped = RuleSet::load(default_env(), test_paths::source() + "/rules");
  ASSERT_TRUE(shipped.valid()) << shipped.status().to_string();
  EXPECT_EQ(shipped.data().policy, ExtractionPolicy());
  RuleSet r = rules();
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  EXPECT_EQ(r.data().policy, ExtractionPolicy());
  EXPECT_EQ(r.data().policy.attribute, 40u);
  EXPECT_EQ(r.data().policy.state_class_attribute, "state.size_class");
}

TEST(Recognizer, PolicyFromRulesChangesExtraction) {
  const std::string text = "Trade exchange in 2021 amounted to about $6 billion.";
  RuleSet wide = rules();
  Extraction before = extract(document(text, wide), wide);
  ASSERT_EQ(before.claims.size(), 1u);
  EXPECT_EQ(before.claims[0].attribute, "trade.turnover");
  // No window: the attribute word must touch the claim, so the amount keeps its kind's name.
  RuleSet narrow = rules("<window name=\"attribute\" tokens=\"0\"/>");
  ASSERT_TRUE(narrow.valid()) << narrow.status().to_string();
  Extraction after = extract(document(text, narrow), narrow);
  ASSERT_EQ(after.claims.size(), 1u);
  EXPECT_EQ(after.claims[0].attribute, "amount");

  RuleSet renamed = rules("<recognizer name=\"state-class\" attribute=\"state.class\"/>");
  ASSERT_TRUE(renamed.valid()) << renamed.status().to_string();
  Extraction e = extract(document("Belarus is a medium-sized state.", renamed), renamed);
  ASSERT_EQ(e.claims.size(), 1u);
  EXPECT_EQ(e.claims[0].attribute, "state.class");
  EXPECT_EQ(e.claims[0].subject.text(), "BY");
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

// A word table's filter sees every key: no reference to the plain table beneath can insert
// past it, and every way in that is left notes its key.
TEST(WordTables, EveryWayInNotesItsKey) {
  using PlainSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
  using PlainMap = std::unordered_map<std::string, int, WordHash, std::equal_to<>>;
  EXPECT_FALSE((std::is_convertible_v<WordSet*, PlainSet*>));
  EXPECT_FALSE((std::is_convertible_v<WordMap<int>*, PlainMap*>));
  WordMap<int> m;
  m["five"] = 5;
  m.insert({"six", 6});
  m.emplace("seven", 7);
  m.try_emplace("eight", 8);
  EXPECT_EQ(m.size(), 4u);
  EXPECT_EQ(m.count("six"), 1u);
  EXPECT_EQ(m.find("eight")->second, 8);
  WordSet s = {"one", "two"};
  EXPECT_TRUE(s.contains("two"));
  EXPECT_FALSE(s.contains("three"));
}

}  // namespace
}  // namespace claimtrace
