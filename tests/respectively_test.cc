// Respective figures (extract/respectively.cc): the k-th of a list of figures goes with the k-th
// of a list of parties when a "respectively" word says so. Fixture rules written here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

const char* kStates =
    "<states><gazetteer languages=\"en\"/>"
    "<between word=\"between\"/><joiner word=\"and\"/>"
    "<partner word=\"with\"/><partner word=\"to\"/><into word=\"to\"/>"
    "<skip word=\"the\"/><respectively word=\"respectively\"/>"
    "<flow attribute=\"trade.exports\" direction=\"out\"/><partner word=\"from\"/>"
    "<out-of word=\"from\"/>"
    "<flow attribute=\"trade.imports\" direction=\"in\" as=\"trade.exports\"/>"
    "</states>";

// Each amount's subject and attribute, in order, of one document published in March 2025.
std::vector<std::string> amounts(const std::string& text) {
  static const RuleSet rules = fixture_rules_with(kStates, {});
  EXPECT_TRUE(rules.valid()) << rules.status().to_string();
  Source meta;
  meta.id = "d1";
  meta.published = PartialDate::parse("2025-03");
  Document d = ingest_bytes("d1.txt", text, meta, rules);
  std::vector<std::string> out;
  for (const Claim& c : extract(d, rules).claims) {
    if (c.kind == ClaimKind::kAmount) out.push_back(c.subject.text() + " " + c.attribute);
  }
  return out;
}

TEST(Respectively, EachFigureGoesWithItsPartyOfTheList) {
  EXPECT_EQ(
      amounts("Kazakhstan's exports to Germany and Turkey were $3 billion and $2 billion, "
              "respectively, in 2023."),
      (std::vector<std::string>{"DE-KZ trade.exports.KZ_to_DE", "KZ-TR trade.exports.KZ_to_TR"}));
  EXPECT_EQ(
      amounts("Kazakhstan's exports to Germany, Turkey and Italy were $3 billion, $2 billion "
              "and $1 billion respectively."),
      (std::vector<std::string>{"DE-KZ trade.exports.KZ_to_DE", "KZ-TR trade.exports.KZ_to_TR",
                                "IT-KZ trade.exports.KZ_to_IT"}));
}

// An article may stand before a listed party.
TEST(Respectively, AnArticleMayStandInTheList) {
  EXPECT_EQ(
      amounts("Kazakhstan's exports to Germany and the Netherlands were $3 billion and $2 "
              "billion, respectively."),
      (std::vector<std::string>{"DE-KZ trade.exports.KZ_to_DE", "KZ-NL trade.exports.KZ_to_NL"}));
}

// A list of partners of a flow into its owner: each figure is its partner's flow to the owner.
TEST(Respectively, EachOwnerOfAListHasItsFlow) {
  EXPECT_EQ(
      amounts("China's imports from Kazakhstan and Uzbekistan were $15 billion and $5 "
              "billion, respectively."),
      (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN", "CN-UZ trade.exports.UZ_to_CN"}));
}

TEST(Respectively, WithoutTheWordOrWithAnotherCountEveryFigureKeepsTheList) {
  const std::vector<std::string> all{"DE-KZ-TR trade.exports", "DE-KZ-TR trade.exports"};
  EXPECT_EQ(amounts("Kazakhstan's exports to Germany and Turkey were $3 billion and $2 billion in "
                    "2023."),
            all);
  EXPECT_EQ(amounts("Kazakhstan's exports to Germany and Turkey were $3 billion, $2 billion and "
                    "$1 billion respectively."),
            (std::vector<std::string>{"DE-KZ-TR trade.exports", "DE-KZ-TR trade.exports",
                                      "DE-KZ-TR trade.exports"}));
}

// Figures that go with a list of years, or a list the subject holds no party of, keep theirs.
TEST(Respectively, FiguresOfAnotherListKeepTheirSubject) {
  EXPECT_EQ(amounts("Kazakhstan's exports to China were $15 billion and $13 billion in 2023 and "
                    "2022 respectively, well ahead of Germany and Turkey."),
            amounts("Kazakhstan's exports to China were $15 billion and $13 billion in 2023 and "
                    "2022, well ahead of Germany and Turkey."));
  EXPECT_EQ(amounts("Kazakhstan's exports to China were $15 billion and $13 billion by road and "
                    "rail respectively, while Germany and Turkey lagged."),
            amounts("Kazakhstan's exports to China were $15 billion and $13 billion by road and "
                    "rail, while Germany and Turkey lagged."));
}

// A list with no owner outside it ("exports to Y and Z" in a document naming no owner) is not
// given one: the figures keep the subject they had.
TEST(Respectively, AListWithNoOwnerIsNotGuessedOne) {
  const std::vector<std::string> before =
      amounts("Exports to Germany and Turkey were $3 billion and $2 billion in 2023.");
  EXPECT_EQ(amounts("Exports to Germany and Turkey were $3 billion and $2 billion respectively."),
            before);
}

}  // namespace
}  // namespace claimtrace
