// compare_all on keys with more distinct values than are weighed pairwise: a value stated once
// is still compared with the others of its time, and figures of other times are not.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "test_corpus.h"

namespace claimtrace {
namespace {

const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};

// One sentence a month for `years` years from 2001, every month's figure its own.
std::string monthly_figures(int years) {
  std::string text;
  for (int y = 0; y < years; ++y) {
    for (int m = 0; m < 12; ++m) {
      text += "Trade turnover between Belarus and China was $" + std::to_string(100 + y * 12 + m) +
              " million in " + kMonths[m] + " " + std::to_string(2001 + y) + ".\n\n";
    }
  }
  return text;
}

std::vector<std::string> periods_of(const VerifiedTexts& r, DiscrepancyKind kind) {
  std::vector<std::string> out;
  for (const Discrepancy* d : r.of(kind)) out.push_back(d->period);
  return out;
}

// 300 months stated by two documents each and a rival for one month stated once: more distinct
// values than are compared pairwise, and the rare one is the one that matters.
TEST(Compare, AValueStatedOnceAmongManyIsStillWeighed) {
  const std::string both = monthly_figures(25);
  VerifiedTexts r = verify_texts(
      fixture_rules(),
      {{"2026-06", both},
       {"2026-06", both},
       {"2026-06", "Trade turnover between Belarus and China was $999 million in March 2010."}});
  EXPECT_EQ(periods_of(r, DiscrepancyKind::kValueConflict), std::vector<std::string>{"2010-03"});
}

// The same figures with no rival: months differ, so nothing clashes however many there are.
TEST(Compare, ManyFiguresOfDifferentTimesNeverClash) {
  const std::string both = monthly_figures(25);
  VerifiedTexts r = verify_texts(fixture_rules(), {{"2026-06", both}, {"2026-06", both}});
  ASSERT_EQ(r.claims(ClaimKind::kAmount).size(), 600u);
  EXPECT_TRUE(r.of(DiscrepancyKind::kValueConflict).empty());
}

// A year's total below a month's figure inside it still clashes when the key is swept by time.
TEST(Compare, APartAboveItsWholeIsFoundAmongManyValues) {
  const std::string both = monthly_figures(25);
  VerifiedTexts r = verify_texts(
      fixture_rules(),
      {{"2026-06", both},
       {"2026-06", both},
       {"2026-06", "Trade turnover between Belarus and China was $50 million in 2012."}});
  EXPECT_FALSE(r.of(DiscrepancyKind::kValueConflict).empty());
}

// A change beside another percentage in its sentence is still a change, read by the phrase
// right beside it: it clashes with another source's change for the same period, not with a
// share.
TEST(Compare, AChangeBesideAnotherPercentageIsStillAChange) {
  VerifiedTexts r = verify_texts(
      fixture_rules(),
      {{"2026-06",
        "In 2024 trade turnover between Belarus and China climbed 11%, and 30% of it was oil."},
       {"2026-06", "In 2024 trade turnover between Belarus and China climbed 15%."}});
  EXPECT_EQ(periods_of(r, DiscrepancyKind::kValueConflict), std::vector<std::string>{"2024"});
}

}  // namespace
}  // namespace claimtrace
