// Review decisions that persist between passes: reviews.xml, read, applied to findings, updated.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/discrepancy.h"
#include "claimtrace/env.h"
#include "claimtrace/status.h"

namespace claimtrace {

// One decision on one finding. The finding's kind, subject and attribute are kept so that a
// finding whose evidence has changed (and with it its id) is recognized and reopened.
struct ReviewRecord {
  std::string discrepancy;  // id of the finding as it was reviewed
  std::string kind, subject, attribute;
  Review review;
  bool operator==(const ReviewRecord&) const = default;
};

struct ReviewBook {
  std::vector<ReviewRecord> records;  // sorted by discrepancy id
  bool operator==(const ReviewBook&) const = default;
};

// Parses reviews.xml; a malformed file or an unknown decision is an error naming file:line:col.
Result<ReviewBook> parse_reviews(const std::string& path, const std::string& xml);
std::string reviews_xml(const ReviewBook& book);

// Reads and parses a reviews file; a file that does not exist is an empty book when
// missing_is_empty (the default place beside a report), an error otherwise.
Result<ReviewBook> read_reviews(const Env& env, const std::string& path, bool missing_is_empty);

// Records (or replaces) a decision on a finding. The note must be valid UTF-8 without control
// characters other than tab and line breaks (the command line checks it).
void record_review(ReviewBook& book, const Discrepancy& finding, const Review& review);

// Removes the decision on a finding, if any: it is open again.
void forget_review(ReviewBook& book, const std::string& discrepancy);

// Gives each finding its recorded decision. A finding with the same id takes it; one with no
// such id but the same kind, subject and attribute as a reviewed finding that is gone gets the
// old decision marked reopened: its evidence changed since the review. Returns how many
// decisions were applied as they stand.
int apply_reviews(const ReviewBook& book, std::vector<Discrepancy>& findings);

// The finding with this id in a report.xml, with its kind, subject and attribute; an error when
// the report cannot be read or has no such finding.
Result<Discrepancy> finding_in_report(const std::string& path, const std::string& xml,
                                      const std::string& id);

}  // namespace claimtrace
