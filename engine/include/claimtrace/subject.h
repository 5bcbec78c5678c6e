// Subject: who or what a claim is about, as a set of entity ids ("BY" and "CN" for a pair).
#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace {

// A sorted set of entity ids, held once per distinct set for the whole process and read as a
// const vector: the millions of claims of an archive name a few hundred sets between them.
class EntityIds {
 public:
  EntityIds();  // the empty set
  explicit EntityIds(const std::vector<std::string>& sorted);

  const std::vector<std::string>& list() const { return *ids_; }
  operator const std::vector<std::string>&() const { return *ids_; }  // NOLINT
  std::vector<std::string>::const_iterator begin() const { return ids_->begin(); }
  std::vector<std::string>::const_iterator end() const { return ids_->end(); }
  size_t size() const { return ids_->size(); }
  bool empty() const { return ids_->empty(); }
  const std::string& operator[](size_t i) const { return (*ids_)[i]; }
  const std::string& front() const { return ids_->front(); }
  const std::string& back() const { return ids_->back(); }

  friend bool operator==(const EntityIds& x, const EntityIds& y) { return x.ids_ == y.ids_; }
  friend bool operator==(const EntityIds& x, const std::vector<std::string>& y) {
    return *x.ids_ == y;
  }
  friend std::strong_ordering operator<=>(const EntityIds& x, const EntityIds& y) {
    return x.ids_ == y.ids_ ? std::strong_ordering::equal : *x.ids_ <=> *y.ids_;
  }

 private:
  const std::vector<std::string>* ids_;
};

struct Subject {
  EntityIds entities;  // sorted, no duplicates; empty when nothing is known

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
