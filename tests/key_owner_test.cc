// Comparison by key owner: items sent to the processes owning their keys, compared there and
// laid out by the reporting process, give the verification of one process.
#include "claimtrace/key_owner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "claimtrace/pipeline.h"
#include "claimtrace/report_xml.h"
#include "spread_in_memory.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

const std::string kRules = test_paths::data() + "/rules";
const std::string kCorpus = test_paths::data() + "/claims-corpus";

TEST(KeyOwner, ComparedByOwnersTheRunIsThatOfOneProcess) {
  for (const std::string& corpus : {kCorpus, test_paths::source() + "/corpus"}) {
    PassOptions options;
    options.paths = {corpus};
    options.rules_dir = kRules;
    options.keep_text = false;
    Result<Pass> whole = run_corpus(default_env(), options);
    ASSERT_TRUE(whole.is_ok()) << whole.status().to_string();
    const Pass& a = whole.value();
    // Something to lay out: claims that agree and claims that clash.
    auto bearing = [&](Bearing b) {
      return std::count_if(a.verification.relations.begin(), a.verification.relations.end(),
                           [b](const ClaimRelation& r) { return r.bearing == b; });
    };
    EXPECT_GT(bearing(Bearing::kContradicts), 0) << corpus;
    EXPECT_GT(bearing(Bearing::kSame) + bearing(Bearing::kAgrees), 0) << corpus;
    // More owners than documents too: an owner may receive no item.
    for (unsigned count : {2u, 3u, 4u, static_cast<unsigned>(a.documents.size()) + 1}) {
      Result<Pass> spread = spread_in_memory(options, count);
      ASSERT_TRUE(spread.is_ok()) << spread.status().to_string();
      const Pass& b = spread.value();
      EXPECT_EQ(a.verification, b.verification) << corpus << ", " << count << " owners";
      EXPECT_EQ(report_xml({a.documents, a.extractions, a.graph, a.verification}),
                report_xml({b.documents, b.extractions, b.graph, b.verification}))
          << corpus << ", " << count << " owners";
    }
  }
}

// Findings lost or cut short on the way (an owner that failed, a message of another build) are
// never a key left uncompared: the run compares here and is still that of one process.
TEST(KeyOwner, FindingsLostOrCutShortAreComparedHere) {
  PassOptions options;
  options.paths = {test_paths::source() + "/corpus"};
  options.rules_dir = kRules;
  options.keep_text = false;
  Result<Pass> whole = run_corpus(default_env(), options);
  ASSERT_TRUE(whole.is_ok()) << whole.status().to_string();
  const std::vector<std::function<void(std::vector<std::string>&)>> damages = {
      [](std::vector<std::string>& f) { f[1].clear(); },
      [](std::vector<std::string>& f) { f[0].resize(f[0].size() / 2); },
      [](std::vector<std::string>& f) { f[1] = std::string(3, 'x'); }};
  for (size_t d = 0; d < damages.size(); ++d) {
    Result<Pass> spread = spread_in_memory(options, 2, nullptr, damages[d]);
    ASSERT_TRUE(spread.is_ok()) << spread.status().to_string();
    EXPECT_EQ(whole.value().verification, spread.value().verification) << "damage " << d;
  }
}

// The comparisons are spread: with several owners, more than one of them finds something, and
// what they find together is what one process finds.
TEST(KeyOwner, SeveralOwnersShareTheComparisons) {
  PassOptions options;
  options.paths = {test_paths::source() + "/corpus"};
  options.rules_dir = kRules;
  std::vector<std::string> findings;
  ASSERT_TRUE(spread_in_memory(options, 2, &findings).is_ok());
  ASSERT_EQ(findings.size(), 2u);
  // A payload with no segment is a count of zero and nothing else.
  EXPECT_GT(findings[0].size(), sizeof(uint64_t));
  EXPECT_GT(findings[1].size(), sizeof(uint64_t));
}

// An event and the status it began are compared together, so they have one owner.
TEST(KeyOwner, AnEventIsOwnedWithTheStatusItBegan) {
  ClaimKey event;
  event.shape = KeyShape::kEvent;
  event.subject = Subject(std::vector<std::string>{"BY", "CN"});
  event.kind = ClaimKind::kEvent;
  event.object = "comprehensive strategic partnership";
  const std::optional<ClaimKey> status = event.status();
  ASSERT_TRUE(status);
  ClaimKey other = event;
  other.object = "all-weather comprehensive strategic partnership";
  for (unsigned owners = 1; owners <= 16; ++owners) {
    EXPECT_EQ(owner_of(event, owners), owner_of(*status, owners));
    EXPECT_EQ(owner_of(event, owners), owner_of(other, owners));
    EXPECT_LT(owner_of(event, owners), owners);
  }
}

}  // namespace
}  // namespace claimtrace
