// Symbol: an interned string — one copy per distinct text for the whole process, compared by id.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimtrace {

class Symbol {
 public:
  Symbol() = default;  // the empty string
  explicit Symbol(std::string_view text);

  const std::string& str() const;
  bool empty() const { return id_ == 0; }

  bool operator==(const Symbol& o) const { return id_ == o.id_; }
  // Ordered by text, not by id: ids depend on which thread interned first, and maps keyed by
  // symbols must iterate the same way in every run.
  std::strong_ordering operator<=>(const Symbol& o) const {
    return id_ == o.id_ ? std::strong_ordering::equal : str() <=> o.str();
  }

 private:
  uint32_t id_ = 0;
};

}  // namespace claimtrace
