// key_of(): what a claim is compared on; and the graded label comparator on its own.
#include "claimtrace/claim_key.h"

#include <gtest/gtest.h>

#include "test_corpus.h"
#include "verify/comparators.h"

namespace claimtrace {
namespace {

const RuleSet& rules() { return fixture_rules(); }

Claim amount(const std::string& unit, double value) {
  Claim c;
  c.id = "c" + unit + number_text(value);
  c.kind = ClaimKind::kAmount;
  c.subject = Subject(std::vector<std::string>{"CN", "BY"});
  c.attribute = "trade.turnover";
  c.unit = unit;
  c.value = c.low = c.high = value;
  c.period = {2021, 0, 0, 2021, 0, 0};
  c.period_basis = PeriodBasis::kStated;
  return c;
}

Claim label(const std::string& attribute, const std::string& text) {
  Claim c;
  c.kind = ClaimKind::kLabel;
  c.numeric = false;
  c.subject = Subject(std::vector<std::string>{"BY", "CN"});
  c.attribute = attribute;
  c.text = text;
  c.period = {2022, 0, 0, 2022, 0, 0};
  c.period_basis = PeriodBasis::kStated;
  return c;
}

// Subjects are held once per set: equal sets are one, order and duplicates do not matter.
TEST(Subject, EqualSetsAreOne) {
  const Subject a(std::vector<std::string>{"CN", "BY", "CN"});
  const Subject b = Subject::parse("BY-CN");
  EXPECT_EQ(a, b);
  EXPECT_EQ(&a.entities.list(), &b.entities.list());
  EXPECT_EQ(a.entities, (std::vector<std::string>{"BY", "CN"}));
  EXPECT_LT(Subject("BY"), a);
  EXPECT_TRUE(Subject().empty());
  EXPECT_TRUE(a.contains("CN"));
  EXPECT_FALSE(a.contains("RU"));
}

TEST(ClaimKey, AQuantityIsKeyedOnSubjectAttributeUnitAndKind) {
  std::optional<ClaimKey> k = key_of(amount("USD", 6e9), rules());
  ASSERT_TRUE(k);
  EXPECT_EQ(k->shape, KeyShape::kQuantity);
  EXPECT_EQ(k->text(), "BY-CN trade.turnover USD amount");
  EXPECT_EQ(k, key_of(amount("USD", 3e9), rules()));  // the value is not part of the key
  EXPECT_NE(k, key_of(amount("EUR", 6e9), rules()));
  EXPECT_STREQ(to_string(KeyShape::kQuantity), "quantity");
}

TEST(ClaimKey, ClaimsNotComparedHaveNoKey) {
  Claim target = amount("USD", 1e10);
  target.modality = Modality::kTarget;
  EXPECT_FALSE(key_of(target, rules()));
  EXPECT_TRUE(key_of(target, rules(), /*goals=*/true));  // a target is keyed among goals
  Claim forecast = amount("USD", 1e10);
  forecast.modality = Modality::kForecast;
  EXPECT_FALSE(key_of(forecast, rules()));
  EXPECT_FALSE(key_of(forecast, rules(), true));
  Claim nobody = amount("USD", 1e10);
  nobody.subject = Subject();
  EXPECT_FALSE(key_of(nobody, rules()));
  Claim undated = amount("USD", 1e10);
  undated.period_basis = PeriodBasis::kUnresolved;
  EXPECT_FALSE(key_of(undated, rules()));
  Claim undeclared = amount("USD", 1e10);
  undeclared.attribute = "count.years";
  EXPECT_FALSE(key_of(undeclared, rules()));
  EXPECT_FALSE(key_of(label("person.title", "president"), rules()));  // compare="none"
}

// A membership is of a body: joined with a body named, it is an event of that body; with none
// ("joined the talks"), it is never compared, whatever the document's pair.
TEST(ClaimKey, AMembershipWithNoBodyNamedHasNoKey) {
  Claim joined;
  joined.kind = ClaimKind::kEvent;
  joined.numeric = false;
  joined.subject = Subject(std::vector<std::string>{"BY", "CN"});
  joined.attribute = "membership.joined";
  joined.object = "membership";
  joined.period = {2024, 5, 3, 2024, 5, 3};
  joined.period_basis = PeriodBasis::kStated;
  EXPECT_FALSE(key_of(joined, rules()));
  Claim body = joined;
  body.object = "membership SCO";
  ASSERT_TRUE(key_of(body, rules()));
  EXPECT_EQ(key_of(body, rules())->shape, KeyShape::kEvent);
}

TEST(ClaimKey, ARankScopeNarrowsOnlyWithInOrAmong) {
  Claim c = amount("rank", 2);
  c.kind = ClaimKind::kRank;
  c.attribute = "trade.partner_rank";
  c.scope = "in Asia";
  std::optional<ClaimKey> asia = key_of(c, rules());
  ASSERT_TRUE(asia);
  EXPECT_EQ(asia->shape, KeyShape::kRank);
  EXPECT_EQ(asia->scope, "in asia");
  // A scope whose region extraction named in English words keys by that name: one region in
  // any words and language.
  c.scope = "среди стран Азии (in asia)";
  EXPECT_EQ(key_of(c, rules()), asia);
  c.scope = "after Russia";
  std::optional<ClaimKey> after = key_of(c, rules());
  c.scope = "";
  EXPECT_EQ(after, key_of(c, rules()));
  EXPECT_NE(asia, after);
  c.scope = "среди стран Азии";  // "among the countries of Asia" narrows in Russian too
  std::optional<ClaimKey> among = key_of(c, rules());
  ASSERT_TRUE(among);
  // Case-folded in any script, as extraction folds the scopes it names.
  EXPECT_EQ(among->scope, "среди стран азии");
  c.scope = "среди стран АЗИИ";
  EXPECT_EQ(key_of(c, rules()), among);
  c.scope = "после России";  // "after Russia" does not
  EXPECT_EQ(key_of(c, rules()), after);
}

TEST(ClaimKey, AGradedLabelIsKeyedOnItsHeadAnExclusiveOneOnItsAttribute) {
  std::optional<ClaimKey> full =
      key_of(label("partnership.status", "comprehensive strategic partnership"), rules());
  std::optional<ClaimKey> shorter =
      key_of(label("partnership.status", "strategic partnership"), rules());
  ASSERT_TRUE(full && shorter);
  EXPECT_EQ(full, shorter);
  EXPECT_EQ(full->object, "partnership");
  EXPECT_NE(full, key_of(label("partnership.status", "strategic cooperation"), rules()));
  std::optional<ClaimKey> small = key_of(label("state.size_class", "small state"), rules());
  ASSERT_TRUE(small);
  EXPECT_EQ(small, key_of(label("state.size_class", "large state"), rules()));
  EXPECT_EQ(small->text(), "BY-CN state.size_class");
}

TEST(ClaimKey, AnEventSpeaksOfTheStatusItBegan) {
  Claim e = label("partnership.established", "");
  e.kind = ClaimKind::kEvent;
  e.object = "all-weather comprehensive strategic partnership";
  std::optional<ClaimKey> k = key_of(e, rules());
  ASSERT_TRUE(k);
  EXPECT_EQ(k->shape, KeyShape::kEvent);
  EXPECT_EQ(k->status(), key_of(label("partnership.status", "strategic partnership"), rules()));
  EXPECT_FALSE(key_of(amount("USD", 1), rules())->status());
  e.object = "";
  EXPECT_FALSE(key_of(e, rules()));  // an event that began nothing named is not compared
}

// Graded labels that swap a word clash, unless a fuller wording seen by then holds both.
TEST(GradedLabelComparator, SwappedWordsClashUnlessAFullerWordingHoldsBoth) {
  std::vector<Claim> claims = {label("partnership.status", "all-weather partnership"),
                               label("partnership.status", "all-time partnership")};
  for (size_t i = 0; i < claims.size(); ++i) claims[i].id = "c" + std::to_string(i);
  std::vector<Extraction> one(1);  // items point into it: it outlives them
  one[0].claims = claims;
  Keyed keyed = Keyed::build(one, rules().data());
  ASSERT_EQ(keyed.items.size(), 2u);
  Findings out;
  GradedLabelComparator(keyed).compare(keyed.items[0], keyed.items[1], out);
  ASSERT_EQ(out.contradictions.size(), 1u);
  EXPECT_EQ(out.contradictions[0].kind, DiscrepancyKind::kLabelConflict);
  EXPECT_EQ(out.contradictions[0].severity, Severity::kLow);  // one document

  one[0].claims.push_back(label("partnership.status", "all-weather all-time partnership"));
  one[0].claims.back().id = "c2";
  keyed = Keyed::build(one, rules().data());
  Findings none;
  GradedLabelComparator(keyed).compare(keyed.items[0], keyed.items[1], none);
  EXPECT_TRUE(none.contradictions.empty());
  EXPECT_TRUE(none.agreements.empty());

  Findings same;
  GradedLabelComparator(keyed).compare(keyed.items[0], keyed.items[0], same);
  EXPECT_EQ(same.agreements.size(), 1u);
}

}  // namespace
}  // namespace claimtrace
