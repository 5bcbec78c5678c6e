// Subject: who or what a claim is about, as a set of entity ids ("BY" and "CN" for a pair).
#pragma once

#include <compare>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace {

struct Subject {
  std::vector<std::string> entities;  // sorted, no duplicates; empty when nothing is known

  Subject() = default;
  // One entity, or a set given in any order.
  explicit Subject(std::string entity);
  explicit Subject(std::vector<std::string> ids);
  // Reads text() back: "BY-CN" is {BY, CN}. Entity ids hold no '-'.
  static Subject parse(std::string_view text);

  bool empty() const { return entities.empty(); }
  bool contains(std::string_view id) const;
  // Ids joined by '-' in sorted order: "BY-CN", "CN", "" when empty.
  std::string text() const;

  bool operator==(const Subject&) const = default;
  auto operator<=>(const Subject&) const = default;
};

}  // namespace claimtrace
