// Rounding slack of written figures: what the sum and derived-figure checks allow.
#include "verify/rounding.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace claimtrace {
namespace {

TEST(Rounding, HalfAUnitOfTheLastSignificantDigit) {
  EXPECT_DOUBLE_EQ(half_unit(5e9), 0.5e9);
  EXPECT_DOUBLE_EQ(half_unit(3.5e9), 0.05e9);
  EXPECT_DOUBLE_EQ(half_unit(6.45e9), 0.005e9);
  EXPECT_DOUBLE_EQ(half_unit(120), 5);
  EXPECT_DOUBLE_EQ(half_unit(-8), 0.5);  // a decline is rounded like a rise
}

TEST(Rounding, NothingToRoundGivesNoSlack) {
  EXPECT_EQ(half_unit(0), 0);
  EXPECT_EQ(half_unit(std::numeric_limits<double>::infinity()), 0);
  EXPECT_EQ(half_unit(std::nan("")), 0);
}

}  // namespace
}  // namespace claimtrace
