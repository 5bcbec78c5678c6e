// The report directory of a verification pass.
#include "claimtrace/report_files.h"

#include <algorithm>
#include <optional>

#include "claimtrace/report_exports.h"
#include "claimtrace/report_html.h"
#include "claimtrace/report_set.h"
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
  using ReportWriter = void (*)(const ReportInput&, Output&);
  std::vector<SetFile> files;
  auto add = [&](const std::string& name, ReportWriter write) {
    files.push_back({name, [&input, write](Output& out) { write(input, out); }});
  };
  add("report.xml", write_report_xml);
  add("report.html", write_report_html);
  const std::vector<std::pair<std::string, size_t>> pages = source_pages(input);
  std::optional<SourcePageWriter> page_writer;
  if (!pages.empty()) page_writer.emplace(input);
  for (const auto& [name, document] : pages) {
    files.push_back(
        {name, [&page_writer, d = document](Output& out) { page_writer->write(d, out); }});
  }
  // Exports an earlier pass wrote and this one does not would read as current: they are the
  // pass's to replace, so they go with the old set.
  std::set<std::string> owned = {"sources"};
  for (const ReportExport& e : report_exports()) {
    owned.insert(e.file);
    if (formats.count(e.format)) add(e.file, e.write);
  }
  WrittenSet set = write_set(env, dir, files, owned);
  WrittenReport written;
  written.status = set.status;
  written.files = std::move(set.written);
  written.not_written = std::move(set.not_written);
  written.not_removed = std::move(set.warnings);
  return written;
}

}  // namespace claimtrace
