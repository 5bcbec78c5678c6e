// RuleSet: valid as a whole or carrying the error that names file, line and entry.
#include "claimtrace/rules.h"

#include <gtest/gtest.h>

#include "test_corpus.h"

#include "rule_data.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

TEST(RuleSet, LoadsAbbreviationsWithCommentsAndBlankLines) {
  RuleSet r = RuleSet::from_files({{"rules/abbreviations.txt", "# titles\nDr.\n\n  No.  # n\n"}});
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  EXPECT_EQ(r.data().abbreviations.size(), 2u);
  EXPECT_TRUE(r.data().abbreviations.count("No."));
}

TEST(RuleSet, RejectsMalformedEntriesWithTheirLine) {
  struct Case {
    const char* text;
    const char* error;
  } cases[] = {
      {"Dr.\nNo\n", "rules/abbreviations.txt:2:1: abbreviation \"No\" must end with '.'"},
      {"Dr.\n\nU. S.\n", "rules/abbreviations.txt:3:1: abbreviation \"U. S.\" contains a space"},
      {"Dr.\n  Dr.\n", "rules/abbreviations.txt:2:3: abbreviation \"Dr.\" listed twice"},
      {"\xFF.\n", "rules/abbreviations.txt:1:1: entry is not valid UTF-8"},
  };
  for (const Case& c : cases) {
    RuleSet r = RuleSet::from_files({{"rules/abbreviations.txt", c.text}});
    EXPECT_FALSE(r.valid());
    EXPECT_EQ(r.status().to_string().rfind(c.error, 0), 0u) << r.status().to_string();
  }
}

TEST(RuleSet, UnknownFileAndMissingFileAreErrors) {
  RuleSet unknown = RuleSet::from_files({{"abbreviations.txt", "Dr.\n"}, {"typo.txt", ""}});
  EXPECT_FALSE(unknown.valid());
  EXPECT_EQ(unknown.status().to_string(), "typo.txt: unknown rule file");
  RuleSet none = RuleSet::from_files({});
  EXPECT_FALSE(none.valid());
}

TEST(RuleSet, XmlRuleErrorsNameFileLineAndEntry) {
  struct Case {
    const char* file;
    const char* text;
    const char* error;
  } cases[] = {
      {"qualifiers.xml",
       "<qualifiers>\n  <qualifier phrase=\"about\" class=\"roughly\"/>\n</qualifiers>",
       "qualifiers.xml:2:3: class=\"roughly\" is not exact, approx"},
      {"numbers.xml", "<numbers>\n<cardinal word=\"one\" value=\"uno\"/></numbers>",
       "numbers.xml:2:1: value=\"uno\" is not a number"},
      {"attributes.xml",
       "<attributes>\n<attribute name=\"trade.turnover\" kinds=\"amount money\"/></attributes>",
       "attributes.xml:2:1: unknown claim kind \"money\""},
      {"attributes.xml",
       "<attributes><attribute name=\"m.joined\" kinds=\"event\" of=\"body\"/></attributes>",
       "attributes.xml:1:13: of=\"body\" must be body, on an attribute with an object"},
      {"attributes.xml",
       "<attributes><attribute name=\"t.x\" kinds=\"amount\" state-adjective=\"no\"/></attributes>",
       "attributes.xml:1:13: state-adjective=\"no\" must be yes"},
      {"attributes.xml",
       "<attributes><attribute name=\"Trade Turnover\" kinds=\"amount\"/></attributes>",
       "attributes.xml:1:13: attribute name \"Trade Turnover\" may hold only"},
      {"entities.xml",
       "<entities><entity id=\"a\" type=\"person\" name=\"A\"><alias>X</alias></entity>\n"
       "<entity id=\"b\" type=\"person\" name=\"B\"><alias>X</alias></entity></entities>",
       "entities.xml:2:39: alias \"X\" belongs to two entities"},
      {"quantities.xml", "<quantities><currency code=\"usd\" symbol=\"$\"/></quantities>",
       "quantities.xml:1:13: code=\"usd\" is not an ISO 4217 code"},
      {"labels.xml", "<labels>\n<head phrase=\"partnership\" weight=\"2\"/></labels>",
       "labels.xml:2:1: unknown attribute weight on <head>"},
      {"time.xml", "<time><month word=\"smarch\" value=\"13\"/></time>",
       "time.xml:1:7: value must be a month"},
      {"modality.xml", "<modality><trigger phrase=\"plans\"/></modality>",
       "modality.xml:1:11: <trigger> needs modality"},
      {"modality.xml", "<modality><trigger phrase=\"plans\" modality=\"x\">", "modality.xml:1:"},
  };
  for (const Case& c : cases) {
    RuleSet r = RuleSet::from_files({{"abbreviations.txt", "Dr.\n"}, {c.file, c.text}});
    ASSERT_FALSE(r.valid()) << c.text;
    EXPECT_EQ(r.status().to_string().rfind(c.error, 0), 0u) << r.status().to_string();
  }
}

// A count noun or a ratio verb listed again is an error at the repeat, as an abbreviation or an
// attribute declared twice is.
TEST(RuleSet, APhraseListedTwiceInOneTableIsAnError) {
  struct Case {
    const char* file;
    const char* text;
    const char* error;
  } cases[] = {
      {"quantities.xml",
       "<quantities>\n<count-noun phrase=\"residents\" unit=\"residents\"/>\n"
       "<count-noun phrase=\"Residents\" unit=\"persons\"/></quantities>",
       "quantities.xml:3:1: count-noun phrase \"Residents\" listed twice"},
      {"quantities.xml",
       "<quantities>\n<ratio-verb phrase=\"doubled\" value=\"2\"/> "
       "<ratio-verb phrase=\"doubled\" value=\"2\"/></quantities>",
       "quantities.xml:2:42: ratio-verb phrase \"doubled\" listed twice"},
  };
  for (const Case& c : cases) {
    RuleSet r = RuleSet::from_files({{"abbreviations.txt", "Dr.\n"}, {c.file, c.text}});
    ASSERT_FALSE(r.valid()) << c.text;
    EXPECT_EQ(r.status().to_string().rfind(c.error, 0), 0u) << r.status().to_string();
  }
}

// A check of the shipped vocabulary: rules/ as bundled loads cleanly.
TEST(RuleSet, ShippedRulesLoad) {
  RuleSet r = RuleSet::load(default_env(), test_paths::source() + "/rules");
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  EXPECT_TRUE(r.data().abbreviations.count("U.S."));
  EXPECT_EQ(r.data().numbers.multipliers.at("billion"), 1e9);
  EXPECT_EQ(r.data().time.months.at("sept"), 9);
  EXPECT_NE(r.data().attribute("trade.turnover"), nullptr);
  EXPECT_GT(r.data().entities.size(), 10u);
}

// Which attributes' words take a state's adjective as a party is the rules' flag, not a name.
TEST(RuleSet, AStateAdjectiveIsTakenWhereTheAttributeSaysSo) {
  RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"attributes.xml",
        "<attributes><attribute name=\"x.flow\" kinds=\"amount\" state-adjective=\"yes\"/>"
        "<attribute name=\"trade.plain\" kinds=\"amount\"/></attributes>"}});
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  EXPECT_TRUE(r.data().attribute("x.flow")->state_adjective);
  EXPECT_FALSE(r.data().attribute("trade.plain")->state_adjective);
}

TEST(RuleSet, LanguageFilesAddToTheirBaseFile) {
  MemoryEnv env;
  add_fixture_rules(env);
  env.add_file(
      "r/time.ru.xml",
      "<time lang=\"ru\"><month word=\"\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F\" value=\"6\"/></time>");
  RuleSet r = RuleSet::load(env, "r");
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  // The Russian profile has the word, stemmed as Russian text is ("июня" -> "июн"); the
  // default (English) profile does not.
  EXPECT_EQ(r.profile("ru").time.months.at("\xD0\xB8\xD1\x8E\xD0\xBD"), 6);
  EXPECT_EQ(r.profile("ru").time.months.at("june"), 6);
  EXPECT_FALSE(r.data().time.months.contains("\xD0\xB8\xD1\x8E\xD0\xBD"));
  EXPECT_EQ(r.data().time.months.at("june"), 6);
  env.add_file("r/time.ru.xml", "<time><month word=\"x\" value=\"13\"/></time>");
  RuleSet bad = RuleSet::load(env, "r");
  ASSERT_FALSE(bad.valid());
  EXPECT_EQ(bad.status().to_string().rfind("r/time.ru.xml:1:7:", 0), 0u)
      << bad.status().to_string();
}

TEST(RuleSet, MissingRuleFileIsNamed) {
  MemoryEnv env;
  env.add_file("r/abbreviations.txt", "Dr.\n");
  RuleSet r = RuleSet::load(env, "r");
  ASSERT_FALSE(r.valid());
  EXPECT_EQ(r.status().to_string(), "r/numbers.xml: no such file");
}

}  // namespace
}  // namespace claimtrace
