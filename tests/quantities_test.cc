// The quantity recognizer over rules written here: ICU currencies and the ambiguity policy,
// units of measure and their conversion, ranges as one interval, bounds and false friends.
#include <gtest/gtest.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "extract/recognizer.h"
#include "extract/sentence_context.h"
#include "rule_data.h"

namespace claimtrace {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

const RuleSet& rules() {
  static const RuleSet r = RuleSet::from_files(Files{
      {"abbreviations.txt", "Dr.\n"},
      {"numbers.xml",
       "<numbers><cardinal word=\"two\" value=\"2\"/><cardinal word=\"three\" value=\"3\"/>"
       "<multiplier word=\"thousand\" value=\"1e3\"/><multiplier word=\"million\" value=\"1e6\"/>"
       "<multiplier word=\"m\" value=\"1e6\"/><multiplier word=\"billion\" value=\"1e9\"/>"
       "<multiplier word=\"bn\" value=\"1e9\"/></numbers>"},
      {"quantities.xml",
       "<quantities><percent phrase=\"%\"/><percent phrase=\"percent\"/>"
       "<count-noun phrase=\"people\" unit=\"persons\"/>"
       "<count-noun phrase=\"year\" unit=\"years\" duration=\"true\"/>"
       "<count-noun phrase=\"day\" unit=\"days\" duration=\"true\"/>"
       "<range-join word=\"to\"/><range-join word=\"-\"/><range-and word=\"and\"/>"
       "<range-open word=\"between\"/><range-open word=\"from\" bare=\"true\"/>"
       "<extreme word=\"low\"/><bare-bounds/></quantities>"},
      {"currencies.xml",
       "<currencies><currency code=\"USD\" symbol=\"$\"/><currency code=\"USD\" "
       "phrase=\"dollars\"/><currency code=\"HKD\" symbol=\"HK$\"/>"
       "<currency code=\"GBP\" phrase=\"pounds\" scaled=\"true\"/>"
       "<minor-unit name=\"cent\" phrases=\"cents\"/><ambiguous phrase=\"kr\"/>"
       "<icu locale=\"en\" exclude=\"XAU XAG XPT XPD XTS XXX\"/></currencies>"},
      {"units.xml",
       "<units><dimension name=\"length\" si=\"m\" state=\"si\"/>"
       "<dimension name=\"mass\" si=\"kg\" state=\"si\"/>"
       "<dimension name=\"speed\" si=\"m/s\" state=\"written\"/>"
       "<dimension name=\"temperature\" si=\"K\" state=\"written\"/>"
       "<unit name=\"mm\" dimension=\"length\" factor=\"0.001\" names=\"millimeter|millimeters\"/>"
       "<unit name=\"km\" dimension=\"length\" factor=\"1000\" symbols=\"km\"/>"
       "<unit name=\"t\" dimension=\"mass\" factor=\"1000\" symbols=\"t\"/>"
       "<unit name=\"lb\" dimension=\"mass\" factor=\"0.45359237\" names=\"pounds\"/>"
       "<unit name=\"mph\" dimension=\"speed\" factor=\"0.44704\" names=\"mph|m.p.h.\"/>"
       "<unit name=\"km/h\" dimension=\"speed\" factor=\"0.2777777777777778\" names=\"km/h\"/>"
       "<unit name=\"°C\" dimension=\"temperature\" factor=\"1\" offset=\"273.15\" "
       "names=\"°C|degrees Celsius\"/>"
       "<negative word=\"minus\"/><negative word=\"-\"/></units>"},
      {"qualifiers.xml",
       "<qualifiers><qualifier phrase=\"more than\" class=\"more_than\"/>"
       "<qualifier phrase=\"below\" class=\"less_than\"/></qualifiers>"}});
  return r;
}

std::vector<Claim> quantities(const std::string& text) {
  const RuleSet& r = rules();
  EXPECT_TRUE(r.valid()) << r.status().to_string();
  Source meta;
  meta.id = "doc";
  Document d = ingest_bytes("doc.txt", text, meta, r);
  Extraction out;
  DateContext dates;
  const Subject none;
  const WordSet proper;
  SentenceContext s({d, r.data(), none, proper, dates, out});
  for (const TextRange& sentence : d.text.sentences()) {
    s.start(sentence);
    Quantities().recognize(s);
  }
  return out.claims;
}

// The one claim of a sentence.
Claim one(const std::string& text) {
  std::vector<Claim> c = quantities(text);
  EXPECT_EQ(c.size(), 1u) << text;
  return c.empty() ? Claim{} : c[0];
}

TEST(Quantities, CurrencySignsAndIcuNames) {
  EXPECT_EQ(one("Exports reached HK$5.1 billion.").unit, "HKD");
  EXPECT_EQ(one("Exports reached HK$5.1 billion.").value, 5.1e9);
  EXPECT_EQ(one("They sold it for US$3bn.").value, 3e9);  // ICU's "US$"
  Claim loss = one("The loss was $-12.3bn in all.");
  EXPECT_EQ(loss.unit, "USD");
  EXPECT_DOUBLE_EQ(loss.value, -12.3e9);
  EXPECT_EQ(one("It costs 40 Swiss francs.").unit, "CHF");
  EXPECT_EQ(one("It costs 40 Australian dollars.").unit, "AUD");
  EXPECT_EQ(one("It costs 5 cents.").unit, "cent");
  EXPECT_TRUE(quantities("A bill of 200 kr was paid.").empty());  // kr: no currency
}

TEST(Quantities, CodesCountOnlyAsWrittenUpperCase) {
  EXPECT_EQ(one("They paid 300 TOP in fees.").unit, "TOP");
  EXPECT_TRUE(quantities("We visited all 5 cities on top 3 days.").empty());
}

TEST(Quantities, ScaledOnlyCurrencyWordWeighsWithoutScale) {
  EXPECT_EQ(one("Profit was 361 million pounds.").unit, "GBP");
  Claim weight = one("The baby weighs 25 pounds.");
  EXPECT_EQ(weight.unit, "kg");
  EXPECT_DOUBLE_EQ(weight.value, 25 * 0.45359237);
}

// Every currency ICU lists, written as its code before a figure, is an amount in it.
TEST(Quantities, EveryIcuCodeBeforeAFigure) {
  UErrorCode st = U_ZERO_ERROR;
  UEnumeration* all = ucurr_openISOCurrencies(UCURR_NON_DEPRECATED, &st);
  ASSERT_TRUE(U_SUCCESS(st));
  int32_t len = 0;
  int checked = 0;
  while (const char* code = uenum_next(all, &len, &st)) {
    std::string c(code, len);
    if (c.size() != 3 || c[0] == 'X') continue;  // metals, funds and test codes are excluded
    std::vector<Claim> claims = quantities("They paid " + c + " 120 in all.");
    ASSERT_EQ(claims.size(), 1u) << c;
    EXPECT_EQ(claims[0].unit, c);
    EXPECT_EQ(claims[0].value, 120);
    ++checked;
  }
  uenum_close(all);
  EXPECT_GT(checked, 100);
}

TEST(Quantities, UnitsConvertOrKeepTheirScale) {
  Claim gap = one("The gap is 0.05 millimeter wide.");
  EXPECT_EQ(gap.kind, ClaimKind::kMeasure);
  EXPECT_EQ(gap.unit, "m");
  EXPECT_DOUBLE_EQ(gap.value, 5e-5);
  Claim speed = one("The car drove at 65 m.p.h. all day.");
  EXPECT_EQ(speed.unit, "mph");
  EXPECT_EQ(speed.value, 65);
  Claim cold = one("It was minus 5 degrees Celsius.");
  EXPECT_EQ(cold.unit, "°C");
  EXPECT_EQ(cold.value, -5);
  EXPECT_EQ(one("It was -5°C outside.").value, -5);
  EXPECT_EQ(one("It carries 40 t of grain.").value, 40000);
  EXPECT_TRUE(quantities("It carries 40 T of grain.").empty());  // symbols keep their case
}

TEST(Quantities, RangesAreOneInterval) {
  Claim a = one("It would cost $40 to $45 billion.");
  EXPECT_EQ(a.qualifier, Qualifier::kRange);
  EXPECT_EQ(a.unit, "USD");
  EXPECT_EQ(a.low, 40e9);
  EXPECT_EQ(a.high, 45e9);
  Claim people = one("Some two to three thousand people came.");
  EXPECT_EQ(people.low, 2000);
  EXPECT_EQ(people.high, 3000);
  Claim share = one("Growth was between 5 and 7 percent.");
  EXPECT_EQ(share.unit, "percent");
  EXPECT_EQ(share.low, 5);
  EXPECT_EQ(share.high, 7);
  Claim dash = one("Growth was 5-7% this time.");
  EXPECT_EQ(dash.low, 5);
  EXPECT_EQ(dash.high, 7);
  Claim bare = one("The number is between 20 and 30.");
  EXPECT_EQ(bare.low, 20);
  EXPECT_EQ(bare.high, 30);
  // "from 5% to 7%" is a change, two figures, not a range.
  EXPECT_EQ(quantities("It rose from 5% to 7%.").size(), 2u);
}

TEST(Quantities, BoundsOnBareFigures) {
  Claim more = one("More than 20 came.");
  EXPECT_EQ(more.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(more.low, 20);
  EXPECT_TRUE(quantities("Only 20 came.").empty());
}

TEST(Quantities, CompoundAdjectiveIsNoCount) {
  EXPECT_TRUE(quantities("Prices hit a 20-year low.").empty());
  EXPECT_EQ(one("It was a 3-day visit.").unit, "days");  // the visit's measure
}

}  // namespace
}  // namespace claimtrace
