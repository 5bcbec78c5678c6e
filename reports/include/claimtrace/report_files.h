// A verification's report directory: review decisions carried into the pass, report.xml and
// report.html, the exports asked for, and no stale export left from an earlier pass.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/report.h"
#include "claimtrace/reviews.h"
#include "claimtrace/status.h"

namespace claimtrace {

// An export --format can ask for, and the file it writes besides report.xml and report.html.
struct ReportExport {
  const char* format;
  const char* file;
  void (*write)(const ReportInput&, Output&);  // streams the file as it is made
};
// In the order they are written; one format may write several files.
const std::vector<ReportExport>& report_exports();

// "json,csv" -> the formats asked for; "all" is every one; nullopt for an unknown name.
std::optional<std::set<std::string>> parse_export_formats(const std::string& list);

// The decisions a pass carries in and where they came from.
struct ReviewsInUse {
  ReviewBook book;
  std::string path;  // the file read; "" when the default DIR/reviews.xml holds no decision
};
// Decisions from `given`, or from DIR/reviews.xml when it exists; an error on a bad file or a
// given one that is missing.
Result<ReviewsInUse> reviews_for(const Env& env, const std::string& given,
                                 const std::string& out_dir);

// Writes each (name, contents) into dir atomically, creating dir; stops at the first failure.
Status write_files(Env& env, const std::string& dir,
                   const std::vector<std::pair<std::string, std::string>>& files);

struct WrittenReport {
  Status status;                         // the first write that failed, if any
  std::vector<std::string> files;        // names written, report.xml first
  std::vector<std::string> not_written;  // names of the pass not written (all, on a failure)
  std::vector<Status> not_removed;       // leftovers that could not be removed (warnings)
};
// report.xml, report.html (with sources/ pages when the documents are large in all) and the
// exports of `formats`, written as one set (report_set.h): all current or none. Exports an
// earlier pass wrote and this one did not would read as current, so they go with the old set;
// reviews.xml and anything else the pass did not write stay.
WrittenReport write_report(Env& env, const std::string& dir, const ReportInput& input,
                           const std::set<std::string>& formats);

}  // namespace claimtrace
