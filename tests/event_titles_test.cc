// Event titles: a short title meets the one fuller title of the same parties that holds all
// its words, and no other.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "verify/event_titles.h"

namespace claimtrace {
namespace {

Item event(const std::string& object, bool status = false) {
  Item it;
  it.key.shape = KeyShape::kEvent;
  it.key.attribute = Symbol("document.signed");
  it.key.object = object;
  if (status) it.status = std::make_shared<const ClaimKey>(it.key);
  return it;
}

std::vector<std::string> joined(std::vector<Item> items) {
  join_short_titles(items);
  std::vector<std::string> out;
  for (const Item& it : items) out.push_back(it.key.object);
  return out;
}

TEST(EventTitles, AShortTitleTakesTheOneFullerTitleHoldingItsWords) {
  EXPECT_EQ(
      joined({event("partnership strategic"), event("cordial partnership relation strategic")}),
      (std::vector<std::string>{"cordial partnership relation strategic",
                                "cordial partnership relation strategic"}));
}

TEST(EventTitles, TwoFullerTitlesHoldingItLeaveItAlone) {
  EXPECT_EQ(joined({event("investment protection"), event("investment promotion protection"),
                    event("investment protection tax")}),
            (std::vector<std::string>{"investment protection", "investment promotion protection",
                                      "investment protection tax"}));
}

TEST(EventTitles, ANestedChainEndsAtItsLongestTitle) {
  EXPECT_EQ(joined({event("investment protection"), event("investment promotion protection"),
                    event("investment mutual promotion protection")}),
            (std::vector<std::string>(3, "investment mutual promotion protection")));
}

TEST(EventTitles, OneWordStatusesAndOrdinalsAreNeverJoined) {
  // One word may be any document of its kind; a status begun is upgraded by a longer one; an
  // ordinal tells one event of a series from another.
  EXPECT_EQ(joined({event("railway"), event("railway section subotica")}),
            (std::vector<std::string>{"railway", "railway section subotica"}));
  EXPECT_EQ(
      joined({event("comprehensive strategic", true),
              event("comprehensive permanent strategic", true)}),
      (std::vector<std::string>{"comprehensive strategic", "comprehensive permanent strategic"}));
  EXPECT_EQ(joined({event("1 forum business"), event("1 forum business seoul")}),
            (std::vector<std::string>{"1 forum business", "1 forum business seoul"}));
}

}  // namespace
}  // namespace claimtrace
