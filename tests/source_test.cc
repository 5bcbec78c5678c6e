// PartialDate: the date forms manifests and markup use, with their precision.
#include "claimtrace/source.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(PartialDate, ParsesIsoForms) {
  EXPECT_EQ(PartialDate::parse("2021"), (PartialDate{2021, 0, 0, DatePrecision::kYear}));
  EXPECT_EQ(PartialDate::parse("2023-12"), (PartialDate{2023, 12, 0, DatePrecision::kMonth}));
  EXPECT_EQ(PartialDate::parse("2021-12-10"), (PartialDate{2021, 12, 10, DatePrecision::kDay}));
  EXPECT_EQ(PartialDate::parse(" 2023-12-06T10:00:00+00:00 ").iso(), "2023-12-06");
}

TEST(PartialDate, ParsesEuropeanDayMonthYear) {
  EXPECT_EQ(PartialDate::parse("10.12.2021").iso(), "2021-12-10");
  EXPECT_EQ(PartialDate::parse("1.6.2021").iso(), "2021-06-01");
}

TEST(PartialDate, RejectsWhatIsNotADate) {
  for (const char* bad : {"", "yesterday", "2021-13", "2021-02-30", "2023-02-29", "12/10/2021",
                          "20211", "2021-12-10x", "31.02.2021"}) {
    EXPECT_EQ(PartialDate::parse(bad).precision, DatePrecision::kUnknown) << bad;
  }
  EXPECT_EQ(PartialDate::parse("2024-02-29").precision, DatePrecision::kDay);
}

}  // namespace
}  // namespace claimtrace
