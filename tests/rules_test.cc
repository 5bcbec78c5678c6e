// RuleSet: valid as a whole or carrying the error that names file, line and entry.
#include "claimtrace/rules.h"

#include <gtest/gtest.h>

#include "rule_data.h"

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

TEST(RuleSet, BundledRulesLoad) {
  RuleSet r = RuleSet::load(default_env(), std::string(CLAIMTRACE_SOURCE_DIR) + "/rules");
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  EXPECT_TRUE(r.data().abbreviations.count("U.S."));
}

}  // namespace
}  // namespace claimtrace
