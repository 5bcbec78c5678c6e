// The report directory of a verification pass.
#include "claimtrace/report_files.h"

#include <algorithm>

#include "claimtrace/report_exports.h"
#include "claimtrace/report_html.h"
#include "claimtrace/report_xml.h"

namespace claimtrace {

const std::vector<ReportExport>& report_exports() {
  static const std::vector<ReportExport> kExports = {
      {"json", "report.json", write_report_json},
      {"csv", "claims.csv", write_claims_csv},
      {"csv", "discrepancies.csv", write_discrepancies_csv},
      {"annotations", "annotations.jsonld", write_web_annotations_json}};
  return kExports;
}

std::optional<std::set<std::string>> parse_export_formats(const std::string& list) {
  std::set<std::string> out;
  std::string item;
  for (char c : list + ",") {
    if (c != ',') {
      item += c;
      continue;
    }
    const bool known = std::any_of(report_exports().begin(), report_exports().end(),
                                   [&](const ReportExport& e) { return item == e.format; });
    if (item == "all") {
      for (const ReportExport& e : report_exports()) out.insert(e.format);
    } else if (known) {
      out.insert(item);
    } else if (!item.empty()) {
      return std::nullopt;
    }
    item.clear();
  }
  return out;
}

Result<ReviewsInUse> reviews_for(const Env& env, const std::string& given,
                                 const std::string& out_dir) {
  ReviewsInUse used;
  used.path = given.empty() ? join_path(out_dir, "reviews.xml") : given;
  Result<ReviewBook> book = read_reviews(env, used.path, given.empty());
  if (!book.is_ok()) return book.status();
  used.book = std::move(book).value();
  if (given.empty() && used.book.records.empty()) used.path.clear();
  return used;
}

namespace {

using ReportWriter = void (*)(const ReportInput&, Output&);

// Each file is written atomically as its writer makes it: reports too large to hold in memory
// never are.
Status stream_files(Env& env, const std::string& dir, const ReportInput& input,
                    const std::vector<std::pair<std::string, ReportWriter>>& files) {
  Status made = env.make_directories(dir);
  for (size_t i = 0; made.is_ok() && i < files.size(); ++i) {
    std::unique_ptr<FileWriter> file = env.write_atomically(join_path(dir, files[i].first));
    files[i].second(input, *file);
    made = file->commit();
  }
  return made;
}

}  // namespace

Status write_files(Env& env, const std::string& dir,
                   const std::vector<std::pair<std::string, std::string>>& files) {
  Status made = env.make_directories(dir);
  for (size_t i = 0; made.is_ok() && i < files.size(); ++i) {
    made = env.write_file_atomically(join_path(dir, files[i].first), files[i].second);
  }
  return made;
}

WrittenReport write_report(Env& env, const std::string& dir, const ReportInput& input,
                           const std::set<std::string>& formats) {
  std::vector<std::pair<std::string, ReportWriter>> files = {{"report.xml", write_report_xml},
                                                             {"report.html", write_report_html}};
  for (const ReportExport& e : report_exports()) {
    if (formats.count(e.format)) files.push_back({e.file, e.write});
  }
  WrittenReport written;
  written.status = stream_files(env, dir, input, files);
  if (!written.status.is_ok()) return written;
  for (const auto& [name, write] : files) written.files.push_back(name);
  for (const ReportExport& e : report_exports()) {
    if (formats.count(e.format)) continue;
    if (Status s = env.remove_file(join_path(dir, e.file)); !s.is_ok()) {
      written.not_removed.push_back(s);
    }
  }
  return written;
}

}  // namespace claimtrace
