// InternedText: one copy per distinct text, read and compared as the string it holds.
#include "claimtrace/interned_text.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "claimtrace/claim.h"
#include "claimtrace/mention.h"

namespace claimtrace {
namespace {

TEST(InternedText, EqualTextsShareOneCopy) {
  const InternedText a(std::string("trade.turnover"));
  const InternedText b("trade.turnover");
  EXPECT_EQ(a, b);
  EXPECT_EQ(&a.str(), &b.str());
  EXPECT_NE(a, InternedText("trade.exports"));
  EXPECT_TRUE(InternedText().empty());
  EXPECT_EQ(InternedText(""), InternedText());
}

TEST(InternedText, ReadsAndOrdersAsItsString) {
  const InternedText unit("USD");
  EXPECT_EQ(unit, "USD");
  EXPECT_EQ(unit, std::string("USD"));
  EXPECT_EQ("count." + unit, "count.USD");
  EXPECT_EQ(unit + '/' + unit, "USD/USD");
  EXPECT_EQ(unit.size(), 3u);
  EXPECT_TRUE(unit.starts_with("US"));
  const std::string& text = unit;
  EXPECT_EQ(text, "USD");
  // Ordered by text, whichever was interned first.
  const InternedText first("zz-interned-first");
  EXPECT_LT(InternedText("aa-interned-second"), first);
  EXPECT_LT(InternedText("EUR"), unit);
  EXPECT_GT(InternedText("ZAR"), unit);
  std::map<InternedText, int> by_text{{InternedText("b"), 2}, {InternedText("a"), 1}};
  EXPECT_EQ(by_text.begin()->first, "a");
}

TEST(InternedText, KeepsClaimsAndMentionsSmall) {
  // Eight repeated fields of a claim (its quote among them) and three of a mention are a
  // pointer each.
  EXPECT_LE(sizeof(Claim), 272u);
  EXPECT_LE(sizeof(Mention), 72u);
  Claim x, y;
  x.path = std::string("corpus/a.txt");
  y.path = "corpus/a.txt";
  EXPECT_EQ(x, y);
  y.path = "corpus/b.txt";
  EXPECT_NE(x, y);
  // A quote stated again in another claim is held once, however long.
  x.quote = std::string("forty-two thousand tonnes of potash");
  y.quote = "forty-two thousand tonnes of potash";
  EXPECT_EQ(&x.quote.str(), &y.quote.str());
  EXPECT_EQ(y.quote, "forty-two thousand tonnes of potash");
}

}  // namespace
}  // namespace claimtrace
