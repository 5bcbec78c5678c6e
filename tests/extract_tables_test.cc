// Tables end to end: a row's figures take their period from that row and their measure from
// their column or caption, never from the row or cell read before.
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace claimtrace {
namespace {

// The fixture rules (tests/data/rules), so editing the product's vocabulary cannot break these.
const RuleSet& rules() {
  static RuleSet r = RuleSet::load(default_env(), test_paths::data() + "/rules");
  return r;
}

// The claims of one kind extracted from a document of no known date (an undated figure stays
// unresolved); percentages only with a value ("%" alone in a header names none).
std::vector<Claim> of_kind(ClaimKind kind, const std::string& path, const std::string& bytes) {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Source meta;
  meta.id = "doc";
  Document d = ingest_bytes(path, bytes, meta, rules());
  std::vector<Claim> out;
  for (Claim& c : extract(d, rules()).claims) {
    if (c.kind == kind && c.numeric && (kind != ClaimKind::kPercent || c.value != 0))
      out.push_back(std::move(c));
  }
  return out;
}

std::vector<Claim> amounts(const std::string& path, const std::string& bytes) {
  return of_kind(ClaimKind::kAmount, path, bytes);
}

// A year column after the figures: no figure takes the year of the row above, and every figure
// keeps its column's measure.
TEST(ExtractTables, AYearAfterTheFiguresIsNoLaterRowsPeriod) {
  const std::vector<Claim> c =
      amounts("t.html",
              "<html><body><p>Trade, USD million</p>\n<table>\n"
              "<tr><th>Exports</th><th>Year</th></tr>\n"
              "<tr><td>2,110</td><td>2021</td></tr>\n"
              "<tr><td>2,270</td><td>2022</td></tr>\n</table></body></html>");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_DOUBLE_EQ(c[1].value, 2270e6);
  for (const Claim& x : c) {
    EXPECT_EQ(x.attribute, "trade.exports") << x.text;
    EXPECT_EQ(x.period_basis, PeriodBasis::kUnresolved) << x.text;
  }
}

// A row whose date cell opens it dates its figures; a row with none takes no other row's date;
// a column naming no measure keeps its figure plain.
TEST(ExtractTables, ARowIsDatedOnlyByItsOwnDateCell) {
  const std::vector<Claim> c =
      amounts("t.html",
              "<html><body><p>Trade, USD million</p>\n<table>\n"
              "<tr><th>Year</th><th>Exports</th><th>Imports</th><th>Staff</th></tr>\n"
              "<tr><td>2020</td><td>2,110</td><td>4,250</td><td>35</td></tr>\n"
              "<tr><td>2,480</td><td>3,870</td></tr>\n</table></body></html>");
  ASSERT_EQ(c.size(), 5u);
  EXPECT_EQ(c[0].attribute, "trade.exports");
  EXPECT_EQ(c[0].period.iso(), "2020");
  EXPECT_EQ(c[1].attribute, "trade.imports");
  EXPECT_EQ(c[1].period.iso(), "2020");
  EXPECT_DOUBLE_EQ(c[2].value, 35e6);
  EXPECT_EQ(c[2].attribute, "amount");  // "Staff" names no measure: not the imports before it
  EXPECT_DOUBLE_EQ(c[3].value, 2480e6);
  EXPECT_EQ(c[3].period_basis, PeriodBasis::kUnresolved);
  EXPECT_EQ(c[4].period_basis, PeriodBasis::kUnresolved);
}

// Rows of text: a row with no date takes the caption's period, not the row before's, and a row
// naming no measure under a caption naming none takes no other row's.
TEST(ExtractTables, ATextRowTakesNoPeriodOrMeasureOfTheRowBefore) {
  const std::vector<Claim> c = amounts("t.txt",
                                       "Delegations (US$ million)\n"
                                       "Exports, 2021: 402.3\n"
                                       "Fees: 12.5\n");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].attribute, "trade.exports");
  EXPECT_EQ(c[0].period.iso(), "2021");
  EXPECT_DOUBLE_EQ(c[1].value, 12.5e6);
  EXPECT_EQ(c[1].attribute, "amount");
  EXPECT_EQ(c[1].period_basis, PeriodBasis::kUnresolved);
  // A caption's period is every row's that states none.
  const std::vector<Claim> dated = amounts("t.txt",
                                           "Trade in 2023 (US$ million)\n"
                                           "Exports, 2021: 402.3\n"
                                           "Imports: 12.5\n"
                                           "Fees: 7.5\n");
  ASSERT_EQ(dated.size(), 3u);
  EXPECT_EQ(dated[0].period.iso(), "2021");
  EXPECT_EQ(dated[1].period.iso(), "2023");
  EXPECT_EQ(dated[2].period.iso(), "2023");
}

// A header of years over the columns dates each figure under it; a label opening a row names
// what its figures measure; a column headed "%" holds percentages, not money.
TEST(ExtractTables, ColumnsOfYearsAndRowsOfMeasures) {
  const std::string html =
      "<html><body><p>Trade, USD million</p>\n<table>\n"
      "<tr><th>Flow</th><th>2023</th><th>2024</th><th>Change, %</th></tr>\n"
      "<tr><td>Exports</td><td>1,204.5</td><td>1,310.2</td><td>8.8</td></tr>\n"
      "<tr><td>Imports</td><td>845.0</td><td>n/a</td><td>6.8</td></tr>\n</table></body></html>";
  const std::vector<Claim> c = amounts("t.html", html);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].attribute, "trade.exports");
  EXPECT_EQ(c[0].period.iso(), "2023");
  EXPECT_EQ(c[1].period.iso(), "2024");
  EXPECT_DOUBLE_EQ(c[1].value, 1310.2e6);
  EXPECT_EQ(c[2].attribute, "trade.imports");
  EXPECT_EQ(c[2].period.iso(), "2023");
  // The same table as aligned text, its corner cell left empty.
  const std::vector<Claim> text = amounts("t.txt",
                                          "Trade (US$ million)\n\n"
                                          "             2023       2024\n"
                                          "Exports      1,204.5    1,310.2\n"
                                          "Imports      845.0      902.7\n");
  ASSERT_EQ(text.size(), 4u);
  EXPECT_EQ(text[0].attribute, "trade.exports");
  EXPECT_EQ(text[0].period.iso(), "2023");
  EXPECT_EQ(text[1].period.iso(), "2024");
  EXPECT_EQ(text[3].attribute, "trade.imports");
  EXPECT_EQ(text[3].period.iso(), "2024");
  EXPECT_DOUBLE_EQ(text[3].value, 902.7e6);
}

// Figures signed or in brackets are cells too; a header cell naming the unit opens a table whose
// caption named none, with the caption's period; a "Total" row measures what the caption names,
// another label naming nothing keeps its figures unkeyed.
TEST(ExtractTables, UnitInAHeaderCellAndSignedCells) {
  const std::vector<Claim> c = amounts("t.txt",
                                       "Main goods exported, 2024\n"
                                       "Goods            US$ million    Change, %\n"
                                       "Machinery        1,942.7        +10.3\n"
                                       "Balance          (45.6)         -2.1\n");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_DOUBLE_EQ(c[0].value, 1942.7e6);
  EXPECT_EQ(c[0].unit, "USD");
  EXPECT_EQ(c[0].attribute, "amount");
  EXPECT_EQ(c[0].period.iso(), "2024");
  EXPECT_DOUBLE_EQ(c[1].value, 45.6e6);
  const std::vector<Claim> totals = amounts("t.txt",
                                            "Exports by product, 2024 (US$ million)\n"
                                            "Machinery     495.3\n"
                                            "Chemicals     201.8\n"
                                            "Total         697.1\n");
  ASSERT_EQ(totals.size(), 3u);
  EXPECT_EQ(totals[0].attribute, "amount");
  EXPECT_EQ(totals[2].attribute, "trade.exports");
  EXPECT_EQ(totals[2].period.iso(), "2024");
}

// Years under group headers: a repeated year starts the next group, and a group naming months
// gives them to its years; a year told twice with no group to tell them apart dates nothing.
TEST(ExtractTables, GroupHeadersOverYears) {
  const std::string html =
      "<html><body><p>Exports, USD million</p>\n<table>\n"
      "<tr><th>Flow</th><th>Calendar year</th><th>January-September</th></tr>\n"
      "<tr><th>2023</th><th>2024</th><th>2024</th><th>2025</th></tr>\n"
      "<tr><td>Exports</td><td>88.4</td><td>131.9</td><td>96.2</td><td>118.5</td></tr>\n"
      "</table></body></html>";
  const std::vector<Claim> c = amounts("t.html", html);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].period.iso(), "2023");
  EXPECT_EQ(c[1].period.iso(), "2024");
  EXPECT_EQ(c[2].period.iso(), "2024-01/2024-09");
  EXPECT_EQ(c[3].period.iso(), "2025-01/2025-09");
  const std::vector<Claim> twice = amounts("t.txt",
                                           "Exports (US$ million)\n"
                                           "Flow       2024     2024\n"
                                           "Exports    131.9    96.2\n");
  ASSERT_EQ(twice.size(), 2u);
  EXPECT_TRUE(twice[0].period.empty());
  EXPECT_TRUE(twice[1].period.empty());
}

// Statistical shorthand dates a row ("Q1 2024", "H1 2025"); a header cell's "$m" is money's
// scale, not metres.
TEST(ExtractTables, QuarterRowsUnderMoneyInMillions) {
  const std::vector<Claim> c = amounts("t.txt",
                                       "Trade by quarter\n"
                                       "Period     Exports, $m    Imports, $m\n"
                                       "Q1 2024    3,104.6        141.5\n"
                                       "H1 2025    5,599.2        324.0\n");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_DOUBLE_EQ(c[0].value, 3104.6e6);
  EXPECT_EQ(c[0].attribute, "trade.exports");
  EXPECT_EQ(c[0].period.iso(), "2024-01/2024-03");
  EXPECT_EQ(c[1].attribute, "trade.imports");
  EXPECT_EQ(c[3].period.iso(), "2025-01/2025-06");
}

// "by quarter" names a span of time, no share; "a quarter of" is a share, and "by half", "by a
// third in 2024" and "by one quarter" are changes (not a rank, nor the first quarter of 2024);
// "came third" stays an ordinal.
TEST(ExtractTables, AFractionWordAfterAPrepositionNamingAPeriodIsNoShare) {
  std::vector<double> shares;
  std::vector<std::string> periods;
  for (const Claim& c : of_kind(ClaimKind::kPercent, "q.txt",
                                "Exports were reported by quarter. A quarter of the exports was "
                                "oil. Exports rose by half. Imports grew by a third in 2024. "
                                "Trade grew by one quarter in 2024. Oil came third in 2024.")) {
    shares.push_back(std::round(c.value));
    periods.push_back(c.period.iso());
  }
  EXPECT_EQ(shares, (std::vector<double>{25, 50, 33, 25}));
  ASSERT_EQ(periods.size(), 4u);
  EXPECT_EQ(periods[3], "2024");
}

// A year header with a footnote's mark dates its column ("2023¹" is 2023), and an ASCII grid's
// border lines, above the header too, keep its rows one table.
TEST(ExtractTables, FootnoteMarksAndGridBorders) {
  const std::vector<Claim> c = amounts("g.txt",
                                       "Trade, USD million\n\n"
                                       "+-----------+---------+---------+\n"
                                       "| Item      | 2023\xC2\xB9   | 2024*   |\n"
                                       "+-----------+---------+---------+\n"
                                       "| Total     | 1,200.5 | 1,350.2 |\n"
                                       "+-----------+---------+---------+\n"
                                       "| Oil       | 2,100.1 | 2,300.4 |\n"
                                       "+-----------+---------+---------+\n");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_DOUBLE_EQ(c[0].value, 1200.5e6);
  EXPECT_EQ(c[0].period.iso(), "2023");
  EXPECT_EQ(c[1].period.iso(), "2024");
  EXPECT_DOUBLE_EQ(c[3].value, 2300.4e6);
  EXPECT_EQ(c[3].period.iso(), "2024");
}

// A caption's unit may stand among words and notes in its brackets; a row named by a longer
// phrase ("Trade surplus") measures what the whole phrase names.
TEST(ExtractTables, CaptionUnitAmongNotesAndALongerRowLabel) {
  const std::vector<Claim> c = amounts("t.txt",
                                       "Summary (values in US$ million; exports FOB)\n\n"
                                       "| Indicator | 2023 | 2024 |\n"
                                       "|---|---:|---:|\n"
                                       "| Total trade | 59,061 | 62,465 |\n"
                                       "| Trade surplus | 17,367 | 19,459 |\n");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[1].attribute, "trade.turnover");
  EXPECT_EQ(c[1].period.iso(), "2024");
  EXPECT_EQ(c[2].attribute, "trade.balance");
}

// A second line of headers under the first: the cells span columns lines of text cannot show,
// so the table's figures are read under no column (none rather than a wrong one).
TEST(ExtractTables, ASecondHeaderLineLeavesTheTableUnread) {
  const std::vector<Claim> c =
      amounts("t.html",
              "<html><body><p>Trade (US$ million)</p>\n<table>\n"
              "<tr><th>Period</th><th colspan=\"2\">Exports</th><th>Total</th></tr>\n"
              "<tr><th>Value</th><th>Growth, %</th></tr>\n"
              "<tr><td>2024</td><td>6,702.9</td><td>8.4</td><td>14,984.3</td></tr>\n"
              "</table></body></html>");
  EXPECT_TRUE(c.empty());
}

// A row's figure may carry a "+" ("Balance: +43.0"); a column "% on" a period holds indices,
// keyed apart from growth rates ("118.4" is no growth of 118.4%).
TEST(ExtractTables, SignedRowsAndIndexColumns) {
  const std::vector<Claim> rows = amounts("t.txt",
                                          "Main figures, 2024 (US$ million)\n"
                                          "Exports: 52.4\n"
                                          "Balance: +43.0\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_DOUBLE_EQ(rows[1].value, 43e6);
  const std::vector<Claim> index = of_kind(ClaimKind::kPercent, "i.txt",
                                           "Trade (US$ million)\n"
                                           "Flow       2024      % on 2023\n"
                                           "Exports    612.3     118.4\n");
  ASSERT_EQ(index.size(), 1u);
  EXPECT_DOUBLE_EQ(index[0].value, 118.4);
  EXPECT_EQ(index[0].attribute, "trade.exports.index");
}

// Justified prose and "label:  value" lists are no tables: their sentences stay whole.
TEST(ExtractTables, AlignedProseStaysProse) {
  const std::vector<Claim> c = amounts("t.txt",
                                       "Trade (US$ million)\n"
                                       "Exports to China:    up 12% to $3.1 billion in 2024\n"
                                       "Imports from China:  down 3% to $8.2 billion in 2024\n");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].attribute, "trade.exports");
  EXPECT_EQ(c[0].period.iso(), "2024");
}

// A row with a cell missing ("| Exports | 7,958.3 |   | 8,846.2 |") has no column it can be read
// under; a table written on one line, more cells than columns, neither.
TEST(ExtractTables, AMissingCellLeavesItsRowUnread) {
  const std::vector<Claim> c = amounts("t.txt",
                                       "Trade (US$ million)\n\n"
                                       "| Flow | 2022 | 2023 | 2024 |\n"
                                       "| Exports | 7,958.3 |   | 8,846.2 |\n");
  for (const Claim& x : c) EXPECT_NE(x.period.iso(), "2023") << x.text;
}

}  // namespace
}  // namespace claimtrace
