// Phrasings of figures read over rules written here: shares said as proportions ("one in five",
// "every fifth"), ratio verbs in any tense, a fraction a conjunction takes without an article,
// a plus sign after a figure as its lower bound, and spelled counts of nouns no rule names.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "extract/recognizer.h"
#include "recognized.h"
#include "rule_data.h"

namespace claimtrace {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

const RuleSet& rules() {
  static const RuleSet r = RuleSet::from_files(Files{
      {"abbreviations.txt", "Dr.\n"},
      {"numbers.xml",
       "<numbers><cardinal word=\"one\" value=\"1\"/><cardinal word=\"two\" value=\"2\"/>"
       "<cardinal word=\"three\" value=\"3\"/><cardinal word=\"five\" value=\"5\"/>"
       "<cardinal word=\"four\" value=\"4\"/>"
       "<cardinal word=\"six\" value=\"6\"/><cardinal word=\"ten\" value=\"10\"/>"
       "<multiplier word=\"million\" value=\"1e6\"/><multiplier word=\"billion\" value=\"1e9\"/>"
       "<ordinal word=\"second\" value=\"2\"/><ordinal word=\"fifth\" value=\"5\"/>"
       "<fraction word=\"half\" value=\"0.5\"/><article word=\"a\"/>"
       "<conjunction word=\"and\"/><conjunction word=\"with\" bare-fraction=\"true\"/>"
       "</numbers>"},
      {"quantities.xml",
       "<quantities><percent phrase=\"%\"/><percent phrase=\"percent\"/>"
       "<ratio phrase=\"times\"/>"
       "<ratio-verb phrase=\"doubled\" value=\"2\"/><ratio-verb phrase=\"doubles\" value=\"2\"/>"
       "<ratio-verb phrase=\"plan to double\" value=\"2\"/>"
       "<ratio-verb phrase=\"will triple\" value=\"3\"/>"
       "<count-noun phrase=\"visitors\" unit=\"persons\"/>"
       "<share-in word=\"in\"/><share-every word=\"every\"/><bare-bounds/>"
       "<function-word word=\"the\"/><function-word word=\"of\"/></quantities>"},
      {"currencies.xml",
       "<currencies><currency code=\"USD\" symbol=\"$\"/>"
       "<currency code=\"USD\" phrase=\"dollars\"/></currencies>"},
      {"units.xml",
       "<units><dimension name=\"length\" si=\"m\" state=\"si\"/>"
       "<unit name=\"km\" dimension=\"length\" factor=\"1000\" symbols=\"km\"/></units>"},
      {"qualifiers.xml",
       "<qualifiers><qualifier phrase=\"about\" class=\"approx\"/>"
       "<qualifier phrase=\"approx.\" class=\"approx\"/>"
       "<qualifier phrase=\"+\" class=\"at_least\" after=\"true\"/></qualifiers>"}});
  return r;
}

// The claims the share, rank and quantity recognizers find, in their order.
std::vector<Claim> claims(const std::string& text) {
  const Shares shares;
  const Ranks ranks;
  const Quantities quantities;
  return recognized(rules(), text, {&shares, &ranks, &quantities});
}

Claim one(const std::string& text) {
  std::vector<Claim> c = claims(text);
  EXPECT_EQ(c.size(), 1u) << text;
  return c.empty() ? Claim{} : c[0];
}

TEST(Shares, OneInFiveIsAShare) {
  Claim c = one("Russians make up one in five visitors.");
  EXPECT_EQ(c.kind, ClaimKind::kPercent);
  EXPECT_EQ(c.unit, "percent");
  EXPECT_DOUBLE_EQ(c.value, 20);
  EXPECT_EQ(c.qualifier, Qualifier::kExact);
  Claim digits = one("They won 3 in 10 of the tenders.");
  EXPECT_DOUBLE_EQ(digits.value, 30);
  Claim about = one("They are about one in five visitors.");
  EXPECT_DOUBLE_EQ(about.value, 20);
  EXPECT_EQ(about.qualifier, Qualifier::kApprox);
}

// A proportion of money is a share whatever the currency's word or the order: the part counts
// the whole's units, and the whole names no figure of money of its own.
TEST(Shares, OneInFiveOfAMoneysUnitsIsAShare) {
  for (const std::string text : {"Roughly one in five dollars spent on imports went on fuel.",
                                 "Fuel took one in five dollars of what the country spent abroad.",
                                 "Of every purchase abroad, 1 in 5 dollars was for fuel."}) {
    Claim c = one(text);
    EXPECT_EQ(c.kind, ClaimKind::kPercent) << text;
    EXPECT_DOUBLE_EQ(c.value, 20) << text;
  }
  // A sum of money before the word is an amount, not the whole of a share.
  for (const Claim& c : claims("They paid one in $5 notes.")) {
    EXPECT_NE(c.kind, ClaimKind::kPercent);
  }
}

TEST(Shares, EveryOrdinalIsAShareNotARank) {
  Claim c = one("Every fifth visitor came from abroad.");
  EXPECT_EQ(c.kind, ClaimKind::kPercent);
  EXPECT_DOUBLE_EQ(c.value, 20);
  EXPECT_DOUBLE_EQ(one("And every second one stayed.").value, 50);
}

TEST(Shares, NoShareOfAYearAMeasureOrASmallerWhole) {
  for (const Claim& c : claims("She ran 1 in 2023 again.")) EXPECT_NE(c.kind, ClaimKind::kPercent);
  for (const Claim& c : claims("The team ran 1 in 5 km stages.")) {
    EXPECT_NE(c.kind, ClaimKind::kPercent);
  }
  for (const Claim& c : claims("They got 5 in 2 rounds.")) EXPECT_NE(c.kind, ClaimKind::kPercent);
}

TEST(Shares, RatioVerbsInAnyTense) {
  Claim now = one("Trade doubles every decade.");
  EXPECT_EQ(now.kind, ClaimKind::kRatio);
  EXPECT_DOUBLE_EQ(now.value, 2);
  EXPECT_DOUBLE_EQ(one("They plan to double trade.").value, 2);
  // "to double" alone may be a preposition and an adjective.
  EXPECT_TRUE(claims("It is subject to double standards.").empty());
  EXPECT_DOUBLE_EQ(one("Exports will triple soon.").value, 3);
  // The base form alone is an adjective as often as a verb.
  EXPECT_TRUE(claims("A double taxation treaty holds.").empty());
  // Hyphenated to a word, it is part of a compound: "to double-digit figures".
  for (const Claim& c : claims("They plan to double-digit growth.")) {
    EXPECT_NE(c.kind, ClaimKind::kRatio);
  }
}

TEST(Shares, ConjunctionTakesAFractionWithoutArticle) {
  Claim c = one("Trade reached six with half billion dollars.");
  EXPECT_EQ(c.unit, "USD");
  EXPECT_DOUBLE_EQ(c.value, 6.5e9);
  // Others need the article: "and half" alone adds nothing to the figure.
  EXPECT_DOUBLE_EQ(one("Trade reached two and a half billion dollars.").value, 2.5e9);
}

TEST(Shares, PlusAfterAFigureIsALowerBound) {
  Claim c = one("Firms in the zone: 180+.");
  EXPECT_EQ(c.value, 180);
  EXPECT_EQ(c.qualifier, Qualifier::kAtLeast);
  std::vector<Claim> sum = claims("It is 180 + 20 in all.");
  for (const Claim& x : sum) EXPECT_NE(x.qualifier, Qualifier::kAtLeast);
}

TEST(Shares, AbbreviatedApproximationBoundsTheFigure) {
  Claim c = one("Exports were approx. $35 million in all.");
  EXPECT_EQ(c.value, 35e6);
  EXPECT_EQ(c.qualifier, Qualifier::kApprox);
}

TEST(Shares, SpelledCountFromThreeUpTakesItsNoun) {
  Claim c = one("The plant will have four reactors.");
  EXPECT_EQ(c.kind, ClaimKind::kCount);
  EXPECT_EQ(c.value, 4);
  EXPECT_EQ(c.unit, "reactors");
  // A spelled two names a pair ("two economic initiatives"), not a figure.
  EXPECT_TRUE(claims("They launched two economic initiatives.").empty());
  // After another number word it is part of a spelled fraction, not a count.
  for (const Claim& x : claims("It was three four parts.")) EXPECT_NE(x.unit, "parts");
}

}  // namespace
}  // namespace claimtrace
