// Tests of the double-date check: one event word tied to two dates of one sentence.
#include <gtest/gtest.h>

#include <string>

#include "test_corpus.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

const RuleSet& rules() {
  static RuleSet r = RuleSet::load(default_env(), test_paths::data() + "/rules");
  return r;
}

// A signing and its entry into force in one sentence are two events, whichever event word
// stands nearer to the first date.
TEST(DoubleDates, TwoStepsOfOneObjectAreTwoEvents) {
  VerifiedTexts c = verify_texts(
      rules(), {{"2024-06-05",
                 "Belarus and China signed the railway agreement in May 2018, and it entered into "
                 "force in 2019."}});
  EXPECT_EQ(c.claims(ClaimKind::kEvent).size(), 2u);
  EXPECT_EQ(c.count(DiscrepancyKind::kDateConflict), 0u);
}

}  // namespace
}  // namespace claimtrace
