// Review decisions that persist between passes: reviews.xml, read, applied to findings, updated.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "claimtrace/discrepancy.h"
#include "claimtrace/document.h"
#include "claimtrace/env.h"
#include "claimtrace/status.h"

namespace claimtrace {

// One decision on one finding. The finding's kind, subject and attribute are kept so that a
// finding whose evidence has changed (and with it its id) is recognized and reopened.
struct ReviewRecord {
  std::string discrepancy;  // id of the finding as it was reviewed
  std::string kind, subject, attribute;
  // The finding's evidence with each source named by its document's content hash
  // (content_key): the same finding after a source id was renamed. "" in files written before
  // it, or when a document could not be read; such a decision is found by its id alone.
  std::string content;
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

// Each document's content hash (SHA-256 of its bytes, in hex), read when first asked for.
class ContentHashes {
 public:
  // paths: source id -> file, as the report names them.
  ContentHashes(const Env& env, std::map<std::string, std::string> paths);
  ContentHashes(const Env& env, const std::vector<Document>& documents);
  // "" when the source is unknown or its file cannot be read.
  const std::string& of(const std::string& source) const;

 private:
  const Env& env_;
  std::map<std::string, std::string> paths_;
  mutable std::map<std::string, std::string> hashes_;
};

// A finding keyed on what its evidence says rather than on source ids: its kind and, for each
// piece of evidence, the content hash of the document and the byte range. "" when a document's
// hash is unknown.
std::string content_key(const Discrepancy& finding, const ContentHashes& hashes);

// Reads and parses a reviews file; a file that does not exist is an empty book when
// missing_is_empty (the default place beside a report), an error otherwise.
Result<ReviewBook> read_reviews(const Env& env, const std::string& path, bool missing_is_empty);

// Records (or replaces) a decision on a finding. The note must be valid UTF-8 without control
// characters other than tab and line breaks (the command line checks it).
// content is the finding's content_key ("" when unknown).
void record_review(ReviewBook& book, const Discrepancy& finding, const Review& review,
                   const std::string& content = "");

// Removes the decision on a finding, if any: it is open again.
void forget_review(ReviewBook& book, const std::string& discrepancy);

// Gives each finding its recorded decision. A finding with the same id takes it; so does one
// whose content_key is the one recorded (a source was renamed, its text is the same). One
// with neither but the same kind, subject and attribute as a reviewed finding that is gone gets
// the old decision marked reopened: its evidence changed since the review. Returns how many
// decisions were applied as they stand. Without hashes only ids and topics are compared.
int apply_reviews(const ReviewBook& book, std::vector<Discrepancy>& findings,
                  const ContentHashes* hashes = nullptr);

// The finding with this id in a report.xml, with its kind, subject, attribute and evidence
// (source, path and byte range); an error when the report cannot be read or has no such finding.
Result<Discrepancy> finding_in_report(const std::string& path, const std::string& xml,
                                      const std::string& id);

// The report's sources: id -> path, as it names them.
std::map<std::string, std::string> sources_in_report(const std::string& xml);

}  // namespace claimtrace
