// The comparators, one per shape of key: values, ranks, events, exclusive and graded labels.
#pragma once

#include <map>
#include <set>
#include <string>

#include "verify/findings.h"

namespace claimtrace {

// Quantities: intervals at the same time, or a part of a period larger than its whole.
class ValueComparator : public Comparator {
 public:
  void compare(const Item& x, const Item& y, Findings& out) const override;
};

// Ranks describe a state: they clash whenever their times overlap.
class RankComparator : public Comparator {
 public:
  void compare(const Item& x, const Item& y, Findings& out) const override;
};

// One event dated at times that do not overlap.
class EventComparator : public Comparator {
 public:
  void compare(const Item& x, const Item& y, Findings& out) const override;
};

// Exclusive labels: one state at a time, so two at overlapping times clash.
class LabelComparator : public Comparator {
 public:
  void compare(const Item& x, const Item& y, Findings& out) const override;
};

// Who holds a single-holder office: two people at overlapping times clash; spellings of one
// name do not.
class OfficeHolderComparator : public Comparator {
 public:
  explicit OfficeHolderComparator(const Transcriptions* transcriptions)
      : transcriptions_(transcriptions) {}
  void compare(const Item& x, const Item& y, Findings& out) const override;

 private:
  const Transcriptions* transcriptions_;  // null: names compared as spelled
};

// Graded labels, and the statuses events began: a shortened form is a variant; two forms that
// swap a word at the same time clash, unless a fuller form seen by then contains both.
class GradedLabelComparator : public Comparator {
 public:
  // Every wording of every status, with the first day it was used: built once, so a pair is
  // judged against the distinct wordings, not against every claim of the status.
  explicit GradedLabelComparator(const Keyed& keyed);
  void compare(const Item& x, const Item& y, Findings& out) const override;

 private:
  std::map<ClaimKey, std::map<std::set<std::string>, long>> first_used_;
};

}  // namespace claimtrace
