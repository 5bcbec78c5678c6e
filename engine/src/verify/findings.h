// Findings under construction: the agreements and contradictions comparisons record, and the
// Comparator interface that records them for one shape of key.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "claimtrace/discrepancy.h"
#include "claimtrace/verification.h"
#include "verify/items.h"

namespace claimtrace {

// Two items that cannot both hold.
struct Contradiction {
  size_t a, b;  // indexes into Keyed::items
  DiscrepancyKind kind;
  Severity severity;
  std::string note;  // why this pair, when it is not plain disagreement
};

struct Findings {
  std::vector<Contradiction> contradictions;
  std::vector<std::pair<size_t, size_t>> agreements;  // item indexes
  std::vector<ClaimRelation> relations;               // the same, by group, for the result

  void agree(const Item& a, const Item& b) { agreements.push_back({a.index, b.index}); }
  void contradict(const Item& a, const Item& b, DiscrepancyKind kind, Severity severity,
                  std::string note = "") {
    contradictions.push_back({a.index, b.index, kind, severity, std::move(note)});
  }
};

inline Severity lower(Severity s) {
  return s == Severity::kInfo ? s : static_cast<Severity>(static_cast<int>(s) - 1);
}

// A clash between documents at the given severity; capped when a figure has no period of its
// own, one lower within one document.
inline Severity base_severity(const Item& x, const Item& y, Severity cross) {
  Severity s = x.implicit || y.implicit ? std::min(cross, Severity::kMedium) : cross;
  return x.doc == y.doc ? lower(s) : s;
}

// Compares two items on one key (x first in corpus order) and records what it finds.
class Comparator {
 public:
  virtual ~Comparator() = default;
  virtual void compare(const Item& x, const Item& y, Findings& out) const = 0;
};

}  // namespace claimtrace
