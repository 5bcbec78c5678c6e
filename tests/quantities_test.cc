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
#include "extract/discourse.h"
#include "extract/recognizer.h"
#include "recognized.h"
#include "rule_data.h"

namespace claimtrace {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

Files rule_files() {
  return Files{
      {"abbreviations.txt", "Dr.\n"},
      {"numbers.xml",
       "<numbers><cardinal word=\"two\" value=\"2\"/><cardinal word=\"three\" value=\"3\"/>"
       "<multiplier word=\"thousand\" value=\"1e3\"/><multiplier word=\"million\" value=\"1e6\"/>"
       "<multiplier word=\"m\" value=\"1e6\"/><multiplier word=\"billion\" value=\"1e9\"/>"
       "<multiplier word=\"bn\" value=\"1e9\"/><cardinal word=\"fifty\" value=\"50\"/>"
       "<fraction word=\"half\" value=\"0.5\"/><cardinal word=\"forty\" value=\"40\"/><cardinal "
       "word=\"five\" value=\"5\"/><article word=\"a\"/></numbers>"},
      {"quantities.xml",
       "<quantities><percent phrase=\"%\"/><percent phrase=\"percent\"/>"
       "<percent phrase=\"percentage\"/>"
       "<count-noun phrase=\"people\" unit=\"persons\"/>"
       "<count-noun phrase=\"year\" unit=\"years\" duration=\"true\"/>"
       "<count-noun phrase=\"years\" unit=\"years\" duration=\"true\"/>"
       "<count-noun phrase=\"day\" unit=\"days\" duration=\"true\"/>"
       "<count-noun phrase=\"century\" unit=\"centuries\" duration=\"true\"/>"
       "<range-join word=\"to\"/><range-join word=\"-\"/><range-and word=\"and\"/>"
       "<range-open word=\"between\"/><range-open word=\"from\" bare=\"true\"/>"
       "<span word=\"in\"/><span word=\"over\"/><span word=\"past\"/><span word=\"ago\"/>"
       "<extreme word=\"low\"/><bare-bounds/><partitive word=\"of\"/>"
       "<bound-and word=\"and\"/><bound-and word=\"but\"/></quantities>"},
      {"currencies.xml",
       "<currencies><currency code=\"USD\" symbol=\"$\"/><currency code=\"USD\" "
       "phrase=\"dollars\"/><currency code=\"HKD\" symbol=\"HK$\"/>"
       "<currency code=\"AUD\" symbol=\"A$\"/>"
       "<currency code=\"GBP\" phrase=\"pounds\" scaled=\"true\"/>"
       "<minor-unit name=\"cent\" phrases=\"cents\"/><ambiguous phrase=\"kr\"/>"
       "<icu locale=\"en\" exclude=\"XAU XAG XPT XPD XTS XXX\"/></currencies>"},
      {"units.xml",
       "<units><dimension name=\"length\" si=\"m\" state=\"si\"/>"
       "<dimension name=\"mass\" si=\"kg\" state=\"si\"/>"
       "<dimension name=\"speed\" si=\"m/s\" state=\"written\"/>"
       "<dimension name=\"temperature\" si=\"K\" state=\"written\"/>"
       "<dimension name=\"share-change\" si=\"pp\" state=\"written\"/>"
       "<unit name=\"pp\" dimension=\"share-change\" factor=\"1\" names=\"percentage points\"/>"
       "<unit name=\"mm\" dimension=\"length\" factor=\"0.001\" names=\"millimeter|millimeters\"/>"
       "<unit name=\"km\" dimension=\"length\" factor=\"1000\" symbols=\"km\"/>"
       "<unit name=\"t\" dimension=\"mass\" factor=\"1000\" symbols=\"t\"/>"
       "<unit name=\"m\" dimension=\"length\" factor=\"1\" names=\"metres\" symbols=\"m\"/>"
       "<unit name=\"kg\" dimension=\"mass\" factor=\"1\" symbols=\"kg\"/>"
       "<unit name=\"g\" dimension=\"mass\" factor=\"0.001\" symbols=\"g\"/>"
       "<unit name=\"cup\" dimension=\"mass\" factor=\"1\" names=\"cup\"/>"
       "<unit name=\"ft\" dimension=\"length\" factor=\"0.3048\" names=\"feet\" "
       "minor=\"in|inches\" minor-factor=\"0.0254\"/>"
       "<unit name=\"lb\" dimension=\"mass\" factor=\"0.45359237\" names=\"pounds\"/>"
       "<unit name=\"mph\" dimension=\"speed\" factor=\"0.44704\" names=\"mph|m.p.h.\"/>"
       "<unit name=\"km/h\" dimension=\"speed\" factor=\"0.2777777777777778\" names=\"km/h\"/>"
       "<unit name=\"°C\" dimension=\"temperature\" factor=\"1\" offset=\"273.15\" "
       "names=\"°C|degrees Celsius|Celsius\"/>"
       "<unit name=\"°F\" dimension=\"temperature\" factor=\"0.5555555555555556\" "
       "offset=\"255.3722222222222\" names=\"Fahrenheit\"/>"
       "<misspelled-names min-letters=\"6\"/><named dimension=\"temperature\"/>"
       "<negative word=\"minus\"/><negative word=\"-\"/></units>"},
      {"qualifiers.xml",
       "<qualifiers><qualifier phrase=\"more than\" class=\"more_than\"/>"
       "<qualifier phrase=\"below\" class=\"less_than\"/>"
       "<qualifier phrase=\"greater than\" class=\"more_than\"/>"
       "<qualifier phrase=\"less than or equal to\" class=\"at_most\"/>"
       "<qualifier phrase=\"at most\" class=\"at_most\"/>"
       "<qualifier phrase=\"at least\" class=\"at_least\"/>"
       "<qualifier phrase=\"&gt;=\" class=\"at_least\"/>"
       "<qualifier phrase=\"equal to\" class=\"exact\"/>"
       "<qualifier phrase=\"or more\" class=\"at_least\" after=\"true\"/>"
       "<qualifier phrase=\"or greater\" class=\"at_least\" after=\"true\"/>"
       "<qualifier phrase=\"around\" class=\"approx\"/>"
       "</qualifiers>"}};
}

const RuleSet& rules() {
  static const RuleSet r = RuleSet::from_files(rule_files());
  return r;
}

// The same rules with measures of money and of a count, which a carried currency needs.
const RuleSet& money_rules() {
  static const RuleSet r = [] {
    Files files = rule_files();
    files.push_back(
        {"attributes.xml",
         "<attributes lang=\"en\"><attribute name=\"trade.turnover\" kinds=\"amount\">"
         "<trigger phrase=\"trade\"/></attribute>"
         "<attribute name=\"trade.exports\" kinds=\"amount\"><trigger phrase=\"exports\"/>"
         "</attribute><attribute name=\"trade.imports\" kinds=\"amount\">"
         "<trigger phrase=\"imports\"/></attribute>"
         "<attribute name=\"tourists\" kinds=\"count\"><trigger phrase=\"tourists\"/>"
         "</attribute></attributes>"});
    return RuleSet::from_files(files);
  }();
  return r;
}

std::vector<Claim> money_quantities(const std::string& text) {
  const Quantities quantities;
  return recognized(money_rules(), text, {&quantities});
}

// The claims of quantities, and where `unvalued` of quantities named without a value after
// them, in that order.
std::vector<Claim> read_quantities(const std::string& text, bool unvalued) {
  const Quantities quantities;
  const UnvaluedQuantities named;
  if (unvalued) return recognized(rules(), text, {&quantities, &named});
  return recognized(rules(), text, {&quantities});
}

std::vector<Claim> quantities(const std::string& text) { return read_quantities(text, false); }
std::vector<Claim> with_unvalued(const std::string& text) { return read_quantities(text, true); }

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
  Claim opened = one("It would cost between $9 and $9.5 billion.");  // each with its currency
  EXPECT_EQ(opened.qualifier, Qualifier::kRange);
  EXPECT_EQ(opened.low, 9e9);
  EXPECT_EQ(opened.high, 9.5e9);
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

// "$40 to 45 billion": the second figure names no currency of its own, so it is in the first's,
// and the scale after it is both figures'; a second figure with a unit of its own is no range.
TEST(Quantities, ASecondFigureWithoutItsCurrencyIsInTheFirsts) {
  Claim to = one("It would cost $40 to 45 billion.");
  EXPECT_EQ(to.qualifier, Qualifier::kRange);
  EXPECT_EQ(to.kind, ClaimKind::kAmount);
  EXPECT_EQ(to.unit, "USD");
  EXPECT_EQ(to.low, 40e9);
  EXPECT_EQ(to.high, 45e9);
  EXPECT_EQ(quantities("They paid $40 to 45 km of road.").size(), 2u);
}

TEST(Quantities, BoundsOnBareFigures) {
  Claim more = one("More than 20 came.");
  EXPECT_EQ(more.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(more.low, 20);
  EXPECT_TRUE(quantities("Only 20 came.").empty());
}

TEST(Quantities, RoughBareFigureCountsOnlyAloneOrAsAPart) {
  Claim part = one("Firms number 817; around 600 of them are active.");
  EXPECT_EQ(part.value, 600);
  EXPECT_EQ(part.qualifier, Qualifier::kApprox);
  EXPECT_TRUE(part.unit.empty());  // what it counts stays unknown: never compared
  EXPECT_EQ(one("Active firms: around 600.").value, 600);
  EXPECT_TRUE(quantities("It rose around 5 times over.").empty());  // "times" is no rule here
  EXPECT_TRUE(quantities("It is around 1.5.").empty());             // not a whole count
}

TEST(Quantities, TableHeadGivesItsRowsTheirUnit) {
  std::vector<Claim> rows = quantities(
      "Trade with China (US$ million).\nTurnover, 2024: 1,845.6.\nExports, 2024: 402.3.\n\n"
      "Others: 12.5.");
  ASSERT_EQ(rows.size(), 2u);  // the blank line ends the table: "12.5" is bare again
  EXPECT_EQ(rows[0].unit, "USD");
  EXPECT_DOUBLE_EQ(rows[0].value, 1845.6e6);
  EXPECT_DOUBLE_EQ(rows[1].value, 402.3e6);
  // A figure inside a row's words is no row's figure.
  EXPECT_TRUE(quantities("Trade (US$ million).\nIts index, 12.5, grew.").empty());
  Claim tonnes = quantities("Grain (thousand t).\nWheat: 120.")[0];
  EXPECT_EQ(tonnes.unit, "kg");
  EXPECT_DOUBLE_EQ(tonnes.value, 120e3 * 1000);
}

// A head opens only as a caption: the bracket ends its line. In hard-wrapped prose a unit in
// brackets mid-line is no head, so a "label: figure" line after it stays bare.
TEST(Quantities, TableHeadOnlyAsCaption) {
  EXPECT_TRUE(quantities("Trade grew strongly in 2024 (US$ million) according to officials.\n"
                         "The number of visitors: 5,000.")
                  .empty());
  std::vector<Claim> rows = quantities("Trade with China\n(US$ million)\nTurnover: 1,845.6\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].unit, "USD");
  EXPECT_DOUBLE_EQ(rows[0].value, 1845.6e6);
}

// The first line that is no short "label: figure" row ends the table, blank line or none.
TEST(Quantities, TableEndsAtItsFirstLineThatIsNoRow) {
  std::vector<Claim> rows = quantities(
      "Trade with China (US$ million).\nTurnover, 2024: 1,845.6.\nExports - 402.3.\n"
      "Officials said the trade grew.\nImports: 12.5.");
  ASSERT_EQ(rows.size(), 2u);  // "12.5" is bare again
  EXPECT_DOUBLE_EQ(rows[0].value, 1845.6e6);
  EXPECT_DOUBLE_EQ(rows[1].value, 402.3e6);
}

// A blank line may stand between a caption and its first row, not between two rows.
TEST(Quantities, TableHeadBeforeABlankLine) {
  std::vector<Claim> rows =
      quantities("Trade by year (US$ million)\n\nExports: 4,740\nImports: 6,300\n\nOthers: 12.5");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].unit, "USD");
  EXPECT_DOUBLE_EQ(rows[0].value, 4740e6);
  EXPECT_DOUBLE_EQ(rows[1].value, 6300e6);
}

// A caption may give its unit after a comma; then it names a scale and no figure, and the unit
// closes its line ("(TurkStat)" after it is the source).
TEST(Quantities, CaptionAfterACommaIsAHead) {
  std::vector<Claim> rows =
      quantities("Trade with Kazakhstan, USD million (TurkStat)\nTurnover: 6,350\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].unit, "USD");
  EXPECT_DOUBLE_EQ(rows[0].value, 6350e6);
  // Prose that names a currency after a comma heads nothing.
  EXPECT_TRUE(quantities("Trade grew, in USD terms and others.\nTurnover: 6,350\n").empty());
}

// The claims of quantities in an HTML page, whose table cells are blocks of their own.
std::vector<Claim> html_quantities(const std::string& html) {
  Source meta;
  meta.id = "page";
  Document d = ingest_bytes("page.html", html, meta, rules());
  Extraction out;
  DateContext dates;
  const Subject none;
  const WordSet proper;
  SentenceContext s({d, rules().data(), none, proper, proper, dates, out});
  const Quantities quantities;
  for (const TextRange& sentence : d.text.sentences()) {
    s.start(sentence);
    quantities.recognize(s);
  }
  return out.claims;
}

// An HTML table's cells are sentences of their own: header cells, then figures alone, each in
// the caption's unit; the first sentence that is no cell ends the table.
TEST(Quantities, CellsAloneTakeTheirTablesUnit) {
  std::vector<Claim> cells = html_quantities(
      "<html><body><table><caption>Trade, USD million</caption>\n"
      "<tr><th>Item</th><th>Exports</th><th>Imports</th></tr>\n"
      "<tr><td>Goods</td><td>2,110</td><td>4,250</td></tr></table>\n"
      "<p>The office said trade grew strongly.</p>\n<p>7,500</p></body></html>");
  ASSERT_EQ(cells.size(), 2u);  // "7,500" after the prose line is bare again
  EXPECT_EQ(cells[0].unit, "USD");
  EXPECT_DOUBLE_EQ(cells[0].value, 2110e6);
  EXPECT_DOUBLE_EQ(cells[1].value, 4250e6);
  // Without a head a figure alone is nothing.
  EXPECT_TRUE(html_quantities("<html><body><table><tr><td>Exports</td><td>2,110</td></tr>"
                              "</table></body></html>")
                  .empty());
}

// "$6.4 billion, up from 5.9 billion", "Imports: 2.2 billion": a figure with a scale word that
// counts nothing is in the currency of the amount before it, in its sentence or the one before.
TEST(Quantities, ScaledFigureTakesTheCurrencyBeforeIt) {
  std::vector<Claim> both = money_quantities("Trade reached $6.4 billion, up from 5.9 billion.");
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[1].kind, ClaimKind::kAmount);
  EXPECT_EQ(both[1].unit, "USD");
  EXPECT_DOUBLE_EQ(both[1].value, 5.9e9);
  std::vector<Claim> next = money_quantities("Exports came to $3.9 billion. Imports: two billion.");
  ASSERT_EQ(next.size(), 2u);
  EXPECT_EQ(next[1].unit, "USD");
  EXPECT_DOUBLE_EQ(next[1].value, 2e9);
  // No amount before it: a count of nothing.
  Claim alone = money_quantities("Imports were 2.2 billion.").at(0);
  EXPECT_EQ(alone.kind, ClaimKind::kCount);
  EXPECT_EQ(alone.unit, "");
  // What follows the figure may name what it counts, or a currency no rule names: no carry.
  std::vector<Claim> people =
      money_quantities("Exports came to $3.9 billion. It has 1.4 billion people.");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[1].kind, ClaimKind::kCount);
  std::vector<Claim> roubles =
      money_quantities("Exports came to $3.9 billion. It cost 160 billion roubles.");
  ASSERT_EQ(roubles.size(), 2u);
  EXPECT_EQ(roubles[1].kind, ClaimKind::kCount);
  // A currency is carried only to a figure whose own clause names a measure of money: a
  // population, or what a country hosted or was visited by, is no amount.
  for (const char* counted_thing :
       {"The population is 9.2 million.", "Its population rose to 20 million.",
        "The country hosted 9 million.", "It was visited by 9 million."}) {
    std::vector<Claim> after =
        money_quantities(std::string("Trade between Kazakhstan and China reached $31.5 billion in "
                                     "2023. ") +
                         counted_thing);
    ASSERT_EQ(after.size(), 2u) << counted_thing;
    EXPECT_EQ(after[1].kind, ClaimKind::kCount) << counted_thing;
    EXPECT_EQ(after[1].unit, "") << counted_thing;
  }
  // A counted measure in the figure's clause keeps it a count.
  EXPECT_EQ(money_quantities("Exports came to $3.9 billion. Tourists: 9 million.")[1].kind,
            ClaimKind::kCount);
  // A clause of the same sentence naming no measure elides the amount's: its currency goes on;
  // not where the clause names a counted measure.
  std::vector<Claim> elided = money_quantities(
      "Exports to China came to $3.9 billion, and those to Russia were 2.1 billion.");
  ASSERT_EQ(elided.size(), 2u);
  EXPECT_EQ(elided[1].kind, ClaimKind::kAmount);
  EXPECT_EQ(elided[1].unit, "USD");
  EXPECT_EQ(
      money_quantities("Exports came to $3.9 billion, and tourists numbered 9 million.")[1].kind,
      ClaimKind::kCount);
  // The elided measure is the figure's right before: after a count, no currency.
  std::vector<Claim> after_count = money_quantities(
      "Exports came to $3.9 billion, and tourists numbered 9 million, and from Russia 2 million.");
  ASSERT_EQ(after_count.size(), 3u);
  EXPECT_EQ(after_count[2].kind, ClaimKind::kCount);
  // Below a million a figure is a count: "583 thousand" visitors are no money.
  EXPECT_EQ(money_quantities("Exports came to $3.9 billion. Visits: 583 thousand.")[1].kind,
            ClaimKind::kCount);
}

// Rules with the closed list of function words, which a counted noun's chunker needs.
const RuleSet& counting_rules() {
  static const RuleSet r = RuleSet::from_files(
      Files{{"abbreviations.txt", "Dr.\n"},
            {"numbers.xml",
             "<numbers><cardinal word=\"two\" value=\"2\"/><cardinal word=\"five\" value=\"5\"/>"
             "<multiplier word=\"thousand\" value=\"1e3\"/></numbers>"},
            {"quantities.xml",
             "<quantities><span word=\"ago\"/><function-word word=\"the\"/>"
             "<function-word word=\"came\"/><function-word word=\"it\"/></quantities>"},
            {"currencies.xml", "<currencies><currency code=\"USD\" symbol=\"$\"/></currencies>"},
            {"units.xml",
             "<units><dimension name=\"length\" si=\"m\" state=\"si\"/>"
             "<unit name=\"km\" dimension=\"length\" factor=\"1000\" symbols=\"km\"/></units>"},
            {"qualifiers.xml",
             "<qualifiers><qualifier phrase=\"about\" class=\"approx\"/></qualifiers>"}});
  return r;
}

std::vector<Claim> counted(const std::string& text) {
  const Quantities quantities;
  return recognized(counting_rules(), text, {&quantities});
}

// A scaled figure counting nothing the rules list counts the noun after it, as a bare one does;
// a count a span word closes is a time back from now ("five decades ago").
TEST(Quantities, ScaledFigureCountsTheNounAfterIt) {
  std::vector<Claim> students = counted("They hosted two thousand students.");
  ASSERT_EQ(students.size(), 1u);
  EXPECT_EQ(students[0].kind, ClaimKind::kCount);
  EXPECT_EQ(students[0].unit, "students");
  EXPECT_DOUBLE_EQ(students[0].value, 2000);
  EXPECT_TRUE(counted("It grew more than it did five decades ago.").empty());
  std::vector<Claim> contracts = counted("They signed five contracts.");
  ASSERT_EQ(contracts.size(), 1u);
  EXPECT_EQ(contracts[0].unit, "contracts");
}

// A new paragraph keeps the last amount's currency but not as its own.
TEST(Quantities, ParagraphKeepsTheCurrencyAsTheDocuments) {
  Discourse d;
  d.currency = "USD";
  d.currency_in_paragraph = true;
  d.start_paragraph();
  EXPECT_EQ(d.currency, "USD");
  EXPECT_FALSE(d.currency_in_paragraph);
}

TEST(Quantities, CompoundAdjectiveIsNoCount) {
  EXPECT_TRUE(quantities("Prices hit a 20-year low.").empty());
  EXPECT_EQ(one("It was a 3-day visit.").unit, "days");  // the visit's measure
}

// "1.5 percentage points" is a change of a share, no percent: its unit is the point, so it is
// never compared with a growth rate of 1.5%.
TEST(Quantities, PercentagePointsAreNoPercent) {
  Claim points = one("The share rose by 1.5 percentage points.");
  EXPECT_EQ(points.unit, "pp");
  EXPECT_EQ(points.value, 1.5);
  EXPECT_EQ(one("It grew by 1.5 percent.").unit, "percent");
  EXPECT_EQ(one("A 7 percentage rise.").unit, "percent");
}

// The time a change took or a time back from now is a span, no count of years; a duration of
// its own ("the talks lasted 25 years") still counts.
TEST(Quantities, ADurationAfterASpanWordIsNoCount) {
  EXPECT_TRUE(quantities("Trade tripled in 9 years.").empty());
  EXPECT_TRUE(quantities("It has doubled over the past 5 years.").empty());
  EXPECT_TRUE(quantities("It began 3 years ago.").empty());
  EXPECT_EQ(one("The talks lasted 25 years.").unit, "years");
  EXPECT_EQ(one("He left after 5 years in Astana.").unit, "years");  // "in" opens another phrase
}

// An ordinal before a span of time names which span ("the second year", "the 21st century"),
// it counts none; a rule's count of an ordinal (an anniversary's years, a session's edition)
// and a cardinal span still count.
TEST(Quantities, AnOrdinalNamesASpanItCountsNone) {
  static const RuleSet ordinal_rules = [] {
    Files files = rule_files();
    for (auto& [name, text] : files) {
      const std::string end = "</" + name.substr(0, name.find('.')) + ">";
      if (name == "numbers.xml") {
        text.insert(text.rfind(end),
                    "<ordinal word=\"second\" value=\"2\"/><ordinal word=\"third\" value=\"3\"/>"
                    "<ordinal-suffix word=\"st\"/><ordinal-suffix word=\"th\"/>");
      } else if (name == "quantities.xml") {
        text.insert(text.rfind(end),
                    "<count-noun phrase=\"anniversary\" unit=\"years\"/>"
                    "<count-noun phrase=\"session\" unit=\"edition\"/>");
      }
    }
    return RuleSet::from_files(files);
  }();
  const Quantities q;
  auto read = [&](const std::string& text) { return recognized(ordinal_rules, text, {&q}); };
  EXPECT_TRUE(read("It stayed the main partner for a second year running.").empty());
  EXPECT_TRUE(read("A partnership for the 21st century was declared.").empty());
  EXPECT_TRUE(read("On the third day of the visit the ministers met.").empty());
  EXPECT_TRUE(read("Prices rose for the 12th year in a row.").empty());
  std::vector<Claim> years = read("They marked the 30th anniversary of relations.");
  ASSERT_EQ(years.size(), 1u);
  EXPECT_EQ(years[0].unit, "years");
  EXPECT_EQ(years[0].value, 30);
  std::vector<Claim> edition = read("The commission held its 19th session.");
  ASSERT_EQ(edition.size(), 1u);
  EXPECT_EQ(edition[0].unit, "edition");
  std::vector<Claim> span = read("The talks lasted three years.");
  ASSERT_EQ(span.size(), 1u);
  EXPECT_EQ(span[0].value, 3);
}

TEST(Quantities, GluedFiguresSplitByTheRules) {
  Claim weight = one("The crate weighs 200kg today.");
  EXPECT_EQ(weight.unit, "kg");
  EXPECT_EQ(weight.value, 200);
  Claim code_after = one("The fee was 115.5USD in all.");
  EXPECT_EQ(code_after.unit, "USD");
  EXPECT_DOUBLE_EQ(code_after.value, 115.5);
  Claim code_before = one("The fund holds USD1.5m now.");
  EXPECT_EQ(code_before.unit, "USD");
  EXPECT_DOUBLE_EQ(code_before.value, 1.5e6);
  EXPECT_EQ(one("They sold 3 USD40 vouchers.").value, 40);  // a glued code takes the figure after
  EXPECT_EQ(one("Losses reached 30 MUSD.").value, 30e6);
  EXPECT_TRUE(quantities("The 5G rollout and the 1990s.").empty());  // "G" as written is no gram
}

TEST(Quantities, ScaleLetterMeasuresWithoutMoney) {
  Claim length = one("The mast is 48m tall.");
  EXPECT_EQ(length.kind, ClaimKind::kMeasure);
  EXPECT_EQ(length.value, 48);
  EXPECT_EQ(one("The wall is 2 m high.").unit, "m");
  EXPECT_EQ(one("The firm raised $48m in May.").value, 48e6);
  EXPECT_EQ(one("It has 3m people.").value, 3e6);
  Claim money = quantities("It paid 5 dollars for a 48m share.").at(1);
  EXPECT_EQ(money.value, 48e6);  // money in the sentence: the letter scales
}

TEST(Quantities, CentsAfterTheAmount) {
  EXPECT_DOUBLE_EQ(one("It cost 3 dollars 50 cents.").value, 3.5);
  EXPECT_DOUBLE_EQ(one("It cost three dollars and forty-five cents.").value, 3.45);
  EXPECT_DOUBLE_EQ(one("The fee rose to 17 USD 25.").value, 17.25);
  EXPECT_EQ(one("They paid 75 USD million.").value, 75e6);
  EXPECT_EQ(quantities("It cost 5 dollars and 40 people came.").size(), 2u);
}

TEST(Quantities, BoundsBeforeAndAfterTheFigure) {
  Claim both = one("Sales greater than 30 and less than or equal to 40 count.");
  EXPECT_EQ(both.qualifier, Qualifier::kRange);
  EXPECT_EQ(both.low, 30);
  EXPECT_EQ(both.high, 40);
  Claim reversed = one("They have at most 100 and at least 20 here.");
  EXPECT_EQ(reversed.low, 20);
  EXPECT_EQ(reversed.high, 100);
  EXPECT_EQ(quantities("It was more than 40 and below 10 then.").size(), 2u);  // no interval
  Claim after = one("His score is 200 or more today.");
  EXPECT_EQ(after.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(after.low, 200);
  Claim sign = one("Keep x >= 30 always.");
  EXPECT_EQ(sign.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(sign.low, 30);
  Claim exact = one("The number is equal to 20 here.");
  EXPECT_EQ(exact.low, 20);
  EXPECT_EQ(exact.high, 20);
  // "or greater" before "than 190" belongs to that figure's bound.
  EXPECT_EQ(quantities("It is 200 or greater than 190.").size(), 1u);
  Claim neg = one("It lies between minus 5 and 7.");
  EXPECT_EQ(neg.low, -5);
}

TEST(Quantities, FractionsAndUnitsInBrackets) {
  EXPECT_DOUBLE_EQ(one("Add 1/2 cup now.").value, 0.5);
  EXPECT_DOUBLE_EQ(one("Add 2 1/2 cup now.").value, 2.5);
  EXPECT_EQ(one("It weighs 20 (kg) in all.").value, 20);
  EXPECT_DOUBLE_EQ(one("He is 5 feet 2 inches tall.").value, 5 * 0.3048 + 2 * 0.0254);
  EXPECT_DOUBLE_EQ(one("He is 5 feet and 2 in tall.").value, 5 * 0.3048 + 2 * 0.0254);
  EXPECT_EQ(quantities("A 6 feet wall in 2 weeks.").size(), 1u);  // "in" then no figure
  EXPECT_TRUE(quantities("The 9/11 attacks.").empty());           // no everyday denominator
  EXPECT_EQ(one("At least half of them came.").value, 50);
  EXPECT_TRUE(quantities("Flags flew at half-staff.").empty());  // part of the word
  Claim span = one("It is half a century old.");                 // a span of time, no share
  EXPECT_EQ(span.unit, "centuries");
  EXPECT_EQ(span.value, 0.5);
  Claim share = one("It is 5 percent of fifty.");
  EXPECT_EQ(share.value, 5);
  Claim of = one("Take percent of fifty now.");
  EXPECT_EQ(of.unit, "percent");
  EXPECT_EQ(of.value, 50);
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

TEST(Quantities, SignWithLettersIsOneGluedWord) {
  EXPECT_EQ(one("He won a $48 million contract.").unit, "USD");
  EXPECT_EQ(one("A $5 fee applies.").unit, "USD");
  EXPECT_EQ(one("It cost A$5 million.").unit, "AUD");
}

TEST(Quantities, UnitNameWithOneSlip) {
  Claim warm = one("It was 10.5 celcius at noon.");
  EXPECT_EQ(warm.kind, ClaimKind::kMeasure);
  EXPECT_EQ(warm.unit, "°C");
  EXPECT_DOUBLE_EQ(warm.value, 10.5);
  EXPECT_EQ(one("It was 101 farenheit.").unit, "°F");
  EXPECT_EQ(one("It was 30 celsuis.").unit, "°C");  // two letters swapped
  // Never the first letter, and never two edits: "rounds" is no slip of "pounds".
  EXPECT_TRUE(quantities("It took 3 rounds.").empty());
  EXPECT_TRUE(quantities("It was 10 celcis.").empty());
}

TEST(Quantities, NamedWithoutAValueIsNeverAFigure) {
  std::vector<Claim> c = with_unvalued("Convert 10 celsius to farenheit, a small percent.");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].unit, "°C");
  EXPECT_TRUE(c[0].numeric);
  EXPECT_EQ(c[1].kind, ClaimKind::kMeasure);
  EXPECT_EQ(c[1].unit, "°F");
  EXPECT_FALSE(c[1].numeric);
  EXPECT_EQ(c[1].attribute, "quantity.unvalued");
  EXPECT_EQ(c[2].kind, ClaimKind::kPercent);
  EXPECT_FALSE(c[2].numeric);
  // A scale's name inside a name is the name's.
  EXPECT_TRUE(with_unvalued("Professor Celsius Smith spoke.").empty());
  // A unit of a dimension not named alone, and a percent after its figure, make none.
  EXPECT_EQ(with_unvalued("It is 5 percent, measured in metres.").size(), 1u);
}

}  // namespace
}  // namespace claimtrace
