// The claimtrace command: parses arguments, calls the library, prints. No logic of its own.
#include <boost/program_options.hpp>

#include <map>
#include <optional>
#include <set>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>

#include "claimtrace/check.h"
#include "claimtrace/check_report.h"
#include "claimtrace/claim_graph.h"
#include "claimtrace/claim_writers.h"
#include "claimtrace/corpus.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/report_exports.h"
#include "claimtrace/report_html.h"
#include "claimtrace/report_xml.h"
#include "claimtrace/reviews.h"
#include "claimtrace/rules.h"
#include "claimtrace/utf8.h"
#include "claimtrace/verify.h"

namespace po = boost::program_options;
using namespace claimtrace;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFound = 1;
constexpr int kExitUsage = 2;
constexpr int kExitSkipped = 3;

const char* kUsage =
    "usage: claimtrace <command> [options] [PATH...]\n"
    "\n"
    "commands:\n"
    "  ingest   read documents and list them: format, encoding, paragraphs, sentences, status\n"
    "  extract  the checkable claims of the documents, as JSON Lines or TSV\n"
    "  verify   compare the claims across and within documents; write DIR/report.xml and\n"
    "           DIR/report.html (and exports with --format)\n"
    "  check    classify each claim of a draft against the corpus before publication\n"
    "  review   record a decision on a discrepancy (confirmed, false-positive, resolved)\n"
    "  graph    the source-claim graph in Graphviz form (--dot)\n"
    "\n"
    "Without PATH, the bundled corpus is read. 'claimtrace <command> --help' shows options.\n"
    "exit codes: 0 ok, 1 verify found an unreviewed discrepancy at or above --fail-on, or check\n"
    "found a contradicted draft claim, 2 usage error,\n"
    "3 some input was skipped (wins over 1: the verification is incomplete)\n";

// Anything from a document or a file name is shown with control characters escaped, so a
// hostile input cannot drive the terminal.
std::string escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {  // valid UTF-8 passes; a stray byte (a file name's) is shown as \xNN
      const size_t n = utf8_char_length(s, i);
      const bool valid = n > 0;
      if (valid) {
        out.append(s.substr(i, n));
        i += n - 1;
      } else {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      }
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

int usage_error(const std::string& message) {
  std::cerr << "claimtrace: " << escaped(message) << "\n"
            << "Try 'claimtrace --help' for more information.\n";
  return kExitUsage;
}

struct CommonOptions {
  std::vector<std::string> paths;
  std::string rules_dir;
  IngestOptions ingest;
};

po::options_description common_options(CommonOptions& o) {
  po::options_description d("input options");
  d.add_options()("rules", po::value(&o.rules_dir)->default_value(bundled_rules_dir()),
                  "directory of rule files")(
      "max-bytes", po::value(&o.ingest.max_bytes)->default_value(o.ingest.max_bytes),
      "skip files larger than this many bytes")(
      "threads",
      po::value(&o.ingest.threads)
          ->default_value(std::max(1u, std::thread::hardware_concurrency())),
      "documents read in parallel (output does not depend on it)");
  return d;
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) std::cerr << escaped(d.to_string()) << "\n";
}

std::string status_text(const Document& doc) {
  if (doc.status == InputStatus::kOk) return "ok";
  return std::string(to_string(doc.status)) + ": " + doc.reason.message();
}

void print_metadata(const Document& doc) {
  auto row = [&](const char* name, const std::string& value, const std::string& from) {
    std::cout << "  " << name << ": "
              << (from.empty() ? std::string("unknown") : escaped(value) + " (" + from + ")")
              << "\n";
  };
  row("title", doc.source.title.value, doc.source.title.from);
  row("publisher", doc.source.publisher.value, doc.source.publisher.from);
  row("kind", doc.source.kind.value, doc.source.kind.from);
  row("author", doc.source.author.value, doc.source.author.from);
  row("language", doc.source.language.value, doc.source.language.from);
  row("published",
      doc.source.published.iso() + " [" + to_string(doc.source.published.precision) + "]",
      doc.source.published_from);
}

// Parses a command's arguments; returns an exit code when the command should stop there.
// Commands that read a corpus default to the bundled one; check and review name their input.
enum class Paths { kCorpus, kNamed };

std::optional<int> parse(const std::vector<std::string>& args, po::options_description& visible,
                         CommonOptions& o, bool& help, Paths paths = Paths::kCorpus) {
  po::options_description all;
  all.add(visible).add_options()("path", po::value(&o.paths));
  po::positional_options_description positional;
  positional.add("path", -1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(e.what());
  }
  if (help) {
    std::cout << visible << "\n";
    return kExitOk;
  }
  if (o.ingest.max_bytes == 0) return usage_error("--max-bytes must be positive");
  if (o.ingest.threads == 0 || o.ingest.threads > 256) {
    return usage_error("--threads must be between 1 and 256");
  }
  if (o.paths.empty() && paths == Paths::kCorpus) o.paths.push_back(bundled_corpus_dir());
  return std::nullopt;
}

// Rules, the corpus walk and ingestion, as every command needs them.
struct Loaded {
  RuleSet rules;
  std::vector<Document> docs;
  bool any_skipped = false;
};

std::optional<int> load(const CommonOptions& o, Loaded& out) {
  Env& env = default_env();
  out.rules = RuleSet::load(env, o.rules_dir);
  if (!out.rules.valid()) {
    std::cerr << "claimtrace: " << escaped(out.rules.status().to_string()) << "\n";
    return kExitUsage;
  }
  CorpusListing listing = list_corpus(env, o.paths, o.ingest);
  print_diagnostics(listing.diagnostics);
  out.docs = ingest_corpus(env, listing, out.rules, o.ingest);
  for (const Document& doc : out.docs) {
    print_diagnostics(doc.diagnostics);
    if (doc.status == InputStatus::kSkipped) {
      out.any_skipped = true;
      std::cerr << escaped(doc.reason.to_string()) << "\n";
    }
  }
  return std::nullopt;
}

// Claims of every loaded document; those extraction had to give up on join the skipped ones.
std::vector<Extraction> extract_loaded(Loaded& loaded, unsigned threads,
                                       const ExtractProgress& progress = {}) {
  std::vector<InputStatus> before;
  for (const Document& doc : loaded.docs) before.push_back(doc.status);
  std::vector<Extraction> results = extract_corpus(loaded.docs, loaded.rules, threads, progress);
  for (size_t i = 0; i < loaded.docs.size(); ++i) {
    if (loaded.docs[i].status != before[i]) {
      loaded.any_skipped = true;
      std::cerr << escaped(loaded.docs[i].reason.to_string()) << "\n";
    }
  }
  return results;
}

int run_ingest(const std::vector<std::string>& args) {
  CommonOptions o;
  bool sentences = false, metadata = false, help = false;
  po::options_description visible("claimtrace ingest [options] [PATH...]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "sentences", po::bool_switch(&sentences),
      "print every sentence with path:line:column and its byte range instead of the table")(
      "metadata", po::bool_switch(&metadata),
      "after each document, print its metadata and where each field came from");
  visible.add(common_options(o));
  if (std::optional<int> stop = parse(args, visible, o, help)) return *stop;
  Loaded loaded;
  if (std::optional<int> stop = load(o, loaded)) return *stop;

  if (!sentences) {
    std::cout << "id\tformat\tencoding\tbytes\tparagraphs\tsentences\twarnings\tstatus\n";
  }
  for (const Document& doc : loaded.docs) {
    if (sentences) {
      for (const TextRange& s : doc.text.sentences()) {
        Span span = doc.text.original_span(s);
        Position at = doc.text.position(s);
        std::cout << escaped(doc.source.path) << ":" << at.line << ":" << at.column << "\t"
                  << span.begin << "\t" << span.end << "\t" << escaped(doc.text.slice(s)) << "\n";
      }
      continue;
    }
    bool read = doc.status == InputStatus::kOk;
    std::cout << escaped(doc.source.id) << "\t" << (read ? to_string(doc.format) : "-") << "\t"
              << (doc.encoding.empty() ? "-" : doc.encoding) << "\t" << doc.bytes << "\t"
              << doc.text.paragraphs().size() << "\t" << doc.text.sentences().size() << "\t"
              << doc.diagnostics.size() << "\t" << escaped(status_text(doc)) << "\n";
    if (metadata && read) print_metadata(doc);
  }
  return loaded.any_skipped ? kExitSkipped : kExitOk;
}

int run_extract(const std::vector<std::string>& args) {
  CommonOptions o;
  bool help = false, names = false, stats = false;
  std::string format = "jsonl";
  po::options_description visible("claimtrace extract [options] [PATH...]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "format", po::value(&format)->default_value(format), "jsonl or tsv")(
      "names", po::bool_switch(&names),
      "also print the names of people, states and bodies mentioned (kind \"name\", jsonl)")(
      "stats", po::bool_switch(&stats),
      "print documents, MB, seconds, MB/s and claims/s to stderr");
  visible.add(common_options(o));
  if (std::optional<int> stop = parse(args, visible, o, help)) return *stop;
  if (format != "jsonl" && format != "tsv") {
    return usage_error("--format must be jsonl or tsv, not '" + format + "'");
  }
  auto started = std::chrono::steady_clock::now();
  Loaded loaded;
  if (std::optional<int> stop = load(o, loaded)) return *stop;
  std::vector<Extraction> results = extract_loaded(loaded, o.ingest.threads);

  std::string out;
  if (format == "tsv") append_claims_tsv_header(out);
  size_t claims = 0;
  uint64_t bytes = 0;
  for (size_t i = 0; i < results.size(); ++i) {
    claims += results[i].claims.size();
    bytes += loaded.docs[i].bytes;
    if (format == "tsv") {
      append_claims_tsv(results[i].claims, out);
    } else {
      append_claims_jsonl(results[i].claims, out);
      if (names) {
        append_mentions_jsonl(results[i].mentions, loaded.docs[i].source.id,
                              loaded.docs[i].source.path, out);
      }
    }
    if (out.size() > (1u << 20)) {
      std::cout << out;
      out.clear();
    }
  }
  std::cout << out << std::flush;
  if (stats) {
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    double mb = static_cast<double>(bytes) / 1e6;
    std::fprintf(stderr,
                 "documents %zu, %.1f MB, %zu claims, %.2f s, %.1f MB/s, %.0f claims/s, "
                 "%u threads\n",
                 loaded.docs.size(), mb, claims, seconds, mb / seconds,
                 static_cast<double>(claims) / seconds, o.ingest.threads);
  }
  return loaded.any_skipped ? kExitSkipped : kExitOk;
}

// The verification pass every reporting command shares: ingest, extract, graph, verify.
struct Verified {
  Loaded loaded;
  std::vector<Extraction> extractions;
  ClaimGraph graph;
  Verification verification;
};

std::optional<int> verify_corpus(const CommonOptions& o, Verified& v,
                                 const ExtractProgress& progress = {}) {
  if (std::optional<int> stop = load(o, v.loaded)) return stop;
  v.extractions = extract_loaded(v.loaded, o.ingest.threads, progress);
  v.graph = ClaimGraph::build(v.loaded.docs, v.extractions);
  v.verification = verify(v.loaded.docs, v.extractions, v.loaded.rules, v.graph);
  return std::nullopt;
}

// A progress line on stderr while claims are extracted, only when a person is watching.
ExtractProgress progress_line(bool quiet) {
  if (quiet || !isatty(STDERR_FILENO)) return {};
  auto started = std::chrono::steady_clock::now();
  return [started](size_t done, size_t total, uint64_t bytes) {
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    double mb = static_cast<double>(bytes) / 1e6;
    std::fprintf(stderr, "\rextracting claims: %zu/%zu documents, %.1f MB, %.1f MB/s%s", done,
                 total, mb, seconds > 0 ? mb / seconds : 0.0, done == total ? "\n" : "");
  };
}

// Writes each file into dir atomically; the first failure is reported and stops.
bool write_files(const std::string& dir,
                 const std::vector<std::pair<std::string, std::string>>& files) {
  Env& env = default_env();
  Status made = env.make_directories(dir);
  for (size_t i = 0; made.is_ok() && i < files.size(); ++i) {
    made = env.write_file_atomically(join_path(dir, files[i].first), files[i].second);
  }
  if (!made.is_ok()) std::cerr << "claimtrace: " << escaped(made.to_string()) << "\n";
  return made.is_ok();
}

// The same for reports too large to hold: each is written atomically as its writer makes it.
using ReportWriter = void (*)(const ReportInput&, Output&);
bool write_files(const std::string& dir,
                 const std::vector<std::pair<std::string, ReportWriter>>& files,
                 const ReportInput& report) {
  Env& env = default_env();
  Status made = env.make_directories(dir);
  for (size_t i = 0; made.is_ok() && i < files.size(); ++i) {
    std::unique_ptr<FileWriter> file = env.write_atomically(join_path(dir, files[i].first));
    files[i].second(report, *file);
    made = file->commit();
  }
  if (!made.is_ok()) std::cerr << "claimtrace: " << escaped(made.to_string()) << "\n";
  return made.is_ok();
}

// The exports --format can ask for, and the files each writes besides report.xml and report.html.
struct Export {
  const char* format;
  const char* file;
  ReportWriter write;
};
const Export kExports[] = {{"json", "report.json", write_report_json},
                           {"csv", "claims.csv", write_claims_csv},
                           {"csv", "discrepancies.csv", write_discrepancies_csv},
                           {"annotations", "annotations.jsonld", write_web_annotations_json}};

// "json,csv" -> the formats asked for; "all" is every one; nullopt for an unknown name.
std::optional<std::set<std::string>> parse_formats(const std::string& list) {
  std::set<std::string> out;
  std::string item;
  for (char c : list + ",") {
    if (c != ',') {
      item += c;
      continue;
    }
    const bool known = std::any_of(std::begin(kExports), std::end(kExports),
                                   [&](const Export& e) { return item == e.format; });
    if (item == "all") {
      for (const Export& e : kExports) out.insert(e.format);
    } else if (known) {
      out.insert(item);
    } else if (!item.empty()) {
      return std::nullopt;
    }
    item.clear();
  }
  return out;
}

// Decisions from --reviews, or from DIR/reviews.xml when it exists; nullopt on a bad file.
std::optional<ReviewBook> load_reviews(const std::string& given, const std::string& out_dir,
                                       std::string& used) {
  used = given.empty() ? join_path(out_dir, "reviews.xml") : given;
  Result<ReviewBook> book = read_reviews(default_env(), used, given.empty());
  if (!book.is_ok()) {
    std::cerr << "claimtrace: " << escaped(book.status().to_string()) << "\n";
    return std::nullopt;
  }
  if (given.empty() && book.value().records.empty()) used.clear();
  return book.value();
}

int run_verify(const std::vector<std::string>& args) {
  CommonOptions o;
  bool help = false, quiet = false;
  std::string out_dir = "claimtrace-report", fail_on = "high", reviews_file, formats;
  po::options_description visible("claimtrace verify [options] [PATH...]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "out", po::value(&out_dir)->default_value(out_dir),
      "directory report.xml and report.html are written to")(
      "fail-on", po::value(&fail_on)->default_value(fail_on),
      "exit 1 when an unreviewed discrepancy of this severity or above is found: info, low, "
      "medium, high")("reviews", po::value(&reviews_file),
                      "review decisions to carry into this pass (default: DIR/reviews.xml when "
                      "it exists)")(
      "format", po::value(&formats),
      "also write exports, comma-separated: json (report.json), csv (claims.csv, "
      "discrepancies.csv), annotations (annotations.jsonld, W3C Web Annotation), all")(
      "quiet,q", po::bool_switch(&quiet), "no progress line and no summary");
  visible.add(common_options(o));
  if (std::optional<int> stop = parse(args, visible, o, help)) return *stop;
  std::optional<Severity> threshold = parse_severity(fail_on);
  if (!threshold) {
    return usage_error("--fail-on must be info, low, medium or high, not '" + fail_on + "'");
  }
  std::optional<std::set<std::string>> exports = parse_formats(formats);
  if (!exports) {
    return usage_error("--format takes json, csv, annotations or all, not '" + formats + "'");
  }
  if (out_dir.empty()) return usage_error("--out must name a directory");
  std::string reviews_used;
  std::optional<ReviewBook> reviews = load_reviews(reviews_file, out_dir, reviews_used);
  if (!reviews) return kExitUsage;
  Verified v;
  if (std::optional<int> stop = verify_corpus(o, v, progress_line(quiet))) return *stop;
  const int applied = apply_reviews(*reviews, v.verification.discrepancies);

  const ReportInput report{v.loaded.docs, v.extractions, v.graph, v.verification, &default_env()};
  std::vector<std::pair<std::string, ReportWriter>> files = {{"report.xml", write_report_xml},
                                                             {"report.html", write_report_html}};
  for (const Export& e : kExports) {
    if (exports->count(e.format)) files.push_back({e.file, e.write});
  }
  if (!write_files(out_dir, files, report)) return kExitUsage;
  // Exports from an earlier pass that this one did not write would read as current: remove them.
  for (const Export& e : kExports) {
    if (exports->count(e.format)) continue;
    if (Status s = default_env().remove_file(join_path(out_dir, e.file)); !s.is_ok()) {
      std::cerr << "claimtrace: " << escaped(s.to_string()) << "\n";
    }
  }

  std::map<Severity, int> by_severity;
  size_t claims = 0, skipped = 0, reviewed = 0;
  for (const Extraction& e : v.extractions) claims += e.claims.size();
  for (const Document& d : v.loaded.docs) skipped += d.status == InputStatus::kSkipped;
  bool found = false;
  for (const Discrepancy& d : v.verification.discrepancies) {
    if (!d.counts()) {
      ++reviewed;
      continue;
    }
    ++by_severity[d.severity];
    found = found || d.severity >= *threshold;
  }
  if (!quiet) {
    std::cout << v.loaded.docs.size() << " documents (" << skipped << " skipped), " << claims
              << " claims, " << v.verification.discrepancies.size()
              << " discrepancies: " << by_severity[Severity::kHigh] << " high, "
              << by_severity[Severity::kMedium] << " medium, " << by_severity[Severity::kLow]
              << " low, " << by_severity[Severity::kInfo] << " info";
    if (!reviews_used.empty()) {
      std::cout << "; " << reviewed << " reviewed (" << applied << " of " << reviews->records.size()
                << " decisions in " << escaped(reviews_used) << " still apply)";
    }
    std::cout << "\n";
    for (const auto& [name, write] : files) {
      std::cout << (name == files.front().first ? "report: " : "        ")
                << escaped(join_path(out_dir, name)) << "\n";
    }
  }
  if (v.loaded.any_skipped) return kExitSkipped;
  return found ? kExitFound : kExitOk;
}

// A person's note goes into XML: it must be text, not bytes or terminal controls.
bool printable_note(const std::string& note) {
  if (!is_valid_utf8(note)) return false;
  return std::none_of(note.begin(), note.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F;
  });
}

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &utc);
  return buf;
}

int run_review(const std::vector<std::string>& args) {
  CommonOptions o;
  bool help = false;
  std::vector<std::string> marks;
  std::string note, reviews_file, date;
  po::options_description visible(
      "claimtrace review DIR/report.xml --mark ID=DECISION [--note TEXT] [options]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "mark", po::value(&marks),
      "ID=confirmed, ID=false-positive or ID=resolved (repeatable); ID=open removes a decision")(
      "note", po::value(&note), "the reviewer's note, kept with every decision of this call")(
      "reviews", po::value(&reviews_file),
      "reviews file to update (default: reviews.xml beside "
      "the report)")("date", po::value(&date), "date of the decision (default: today, UTC)");
  if (std::optional<int> stop = parse(args, visible, o, help, Paths::kNamed)) return *stop;
  if (o.paths.size() != 1) return usage_error("review needs exactly one report.xml");
  if (marks.empty()) return usage_error("review needs at least one --mark ID=DECISION");
  if (!printable_note(note))
    return usage_error("--note must be UTF-8 text without control characters");
  if (!date.empty() && PartialDate::parse(date).precision != DatePrecision::kDay) {
    return usage_error("--date must be a day like 2026-11-22, not '" + date + "'");
  }
  const std::string report_path = o.paths[0];
  Env& env = default_env();
  Result<std::string> report = env.read_file(report_path, 1ull << 32);
  if (!report.is_ok()) {
    std::cerr << "claimtrace: " << escaped(report.status().to_string()) << "\n";
    return kExitUsage;
  }
  const size_t slash = report_path.rfind('/');
  if (reviews_file.empty()) {
    reviews_file =
        join_path(slash == std::string::npos ? "." : report_path.substr(0, slash), "reviews.xml");
  }
  Result<ReviewBook> read = read_reviews(env, reviews_file, /*missing_is_empty=*/true);
  if (!read.is_ok()) {
    std::cerr << "claimtrace: " << escaped(read.status().to_string()) << "\n";
    return kExitUsage;
  }
  ReviewBook book = read.value();
  std::string done;  // printed once every mark is valid and the file is written
  for (const std::string& mark : marks) {
    const size_t eq = mark.find('=');
    if (eq == std::string::npos) return usage_error("--mark takes ID=DECISION, not '" + mark + "'");
    std::optional<ReviewDecision> decision = parse_review_decision(mark.substr(eq + 1));
    if (!decision) {
      return usage_error("decision must be confirmed, false-positive, resolved or open, not '" +
                         mark.substr(eq + 1) + "'");
    }
    Result<Discrepancy> finding =
        finding_in_report(report_path, report.value(), mark.substr(0, eq));
    if (!finding.is_ok()) {
      std::cerr << "claimtrace: " << escaped(finding.status().to_string()) << "\n";
      return kExitUsage;
    }
    if (*decision == ReviewDecision::kOpen) {
      forget_review(book, finding.value().id);
    } else {
      Review r;
      r.decision = *decision;
      r.note = note;
      if (note.empty()) {  // a new decision without --note keeps the reviewer's earlier note
        for (const ReviewRecord& old : book.records) {
          if (old.discrepancy == finding.value().id) r.note = old.review.note;
        }
      }
      r.date = date.empty() ? today() : date;
      record_review(book, finding.value(), r);
    }
    done += escaped(finding.value().id) + ": " + to_string(*decision) + " (" +
            to_string(finding.value().kind) + ", " + escaped(finding.value().attribute) + ")\n";
  }
  if (Status s = env.write_file_atomically(reviews_file, reviews_xml(book)); !s.is_ok()) {
    std::cerr << "claimtrace: " << escaped(s.to_string()) << "\n";
    return kExitUsage;
  }
  std::cout << done << "reviews: " << escaped(reviews_file) << " (" << book.records.size()
            << " decisions)\n";
  return kExitOk;
}

int run_check(const std::vector<std::string>& args) {
  CommonOptions o;
  bool help = false, quiet = false;
  std::vector<std::string> corpus;
  std::string out_dir = "claimtrace-check", published;
  po::options_description visible("claimtrace check DRAFT [--corpus PATH...] [options]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "corpus", po::value(&corpus),
      "a file or directory to check against (repeatable; default: the bundled corpus)")(
      "out", po::value(&out_dir)->default_value(out_dir),
      "directory check.xml and check.html are written to")(
      "published", po::value(&published),
      "the draft's date, which present-tense figures hold at (default: today, UTC)")(
      "quiet,q", po::bool_switch(&quiet), "print only the findings that are not supported");
  visible.add(common_options(o));
  if (std::optional<int> stop = parse(args, visible, o, help, Paths::kNamed)) return *stop;
  if (o.paths.size() != 1) return usage_error("check needs exactly one draft");
  const std::string draft_path = o.paths[0];
  o.paths = corpus.empty() ? std::vector<std::string>{bundled_corpus_dir()} : corpus;
  Source meta;
  meta.id = "draft";
  meta.published = PartialDate::parse(published.empty() ? today() : published);
  if (meta.published.precision == DatePrecision::kUnknown) {
    return usage_error("--published must be a date like 2026-11-22, not '" + published + "'");
  }
  meta.published_from = published.empty() ? "today" : "--published";
  Verified v;
  if (std::optional<int> stop = verify_corpus(o, v, progress_line(quiet))) return *stop;
  Document draft = ingest_file(default_env(), draft_path, meta, v.loaded.rules, o.ingest);
  print_diagnostics(draft.diagnostics);
  // An unreadable draft still gets check.xml, listing it as skipped with the reason.
  const bool draft_read = draft.status == InputStatus::kOk;
  if (!draft_read) std::cerr << "claimtrace: draft " << escaped(draft.reason.to_string()) << "\n";
  const Extraction draft_claims = extract(draft, v.loaded.rules);
  const DraftCheck check =
      check_draft(draft, draft_claims, v.loaded.docs, v.extractions, v.loaded.rules);
  std::vector<std::pair<std::string, std::string>> files = {
      {"check.xml", check_xml(draft, check, v.loaded.docs)},
      {"check.html",
       check_html(draft, check,
                  {v.loaded.docs, v.extractions, v.graph, v.verification, &default_env()})}};
  std::map<Verdict, int> by_verdict;
  for (const DraftFinding& f : check.findings) ++by_verdict[f.verdict];
  // Always written, [] when nothing is contradicted: a stale file must not outlive a fixed draft.
  files.push_back({"claimreview.jsonld", claim_review_jsonld(draft_path, draft, check)});
  if (!write_files(out_dir, files)) return kExitUsage;
  for (const DraftFinding& f : check.findings) {
    if (quiet && f.verdict == Verdict::kSupported) continue;
    std::cout << escaped(draft_path) << ":" << f.claim.position.line << ":"
              << f.claim.position.column << ": " << to_string(f.verdict) << ": \""
              << escaped(f.claim.quote) << "\": " << escaped(f.explanation) << "\n";
  }
  std::cout << check.findings.size()
            << " claims in the draft: " << by_verdict[Verdict::kContradicted] << " contradicted, "
            << by_verdict[Verdict::kDisputed] << " disputed, " << by_verdict[Verdict::kSupported]
            << " supported, " << by_verdict[Verdict::kUnsupported] << " unsupported\n"
            << "check: " << escaped(join_path(out_dir, "check.html")) << "\n";
  if (v.loaded.any_skipped || !draft_read) return kExitSkipped;  // an incomplete check wins
  return by_verdict[Verdict::kContradicted] > 0 ? kExitFound : kExitOk;
}

int run_graph(const std::vector<std::string>& args) {
  CommonOptions o;
  bool help = false, dot = false;
  std::string out_file;
  po::options_description visible("claimtrace graph --dot [options] [PATH...]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "dot", po::bool_switch(&dot), "write the graph in Graphviz dot form")(
      "out", po::value(&out_file), "file to write (default: standard output)");
  visible.add(common_options(o));
  if (std::optional<int> stop = parse(args, visible, o, help)) return *stop;
  if (!dot) return usage_error("graph needs --dot (the only form it writes)");
  Verified v;
  if (std::optional<int> stop = verify_corpus(o, v)) return *stop;
  std::string text = v.graph.dot();
  if (out_file.empty()) {
    std::cout << text;
  } else if (Status s = default_env().write_file_atomically(out_file, text); !s.is_ok()) {
    std::cerr << "claimtrace: " << escaped(s.to_string()) << "\n";
    return kExitUsage;
  }
  return v.loaded.any_skipped ? kExitSkipped : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  const std::string command = args[0];
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << "claimtrace " << version() << "\n";
    return kExitOk;
  }
  args.erase(args.begin());
  if (command == "ingest") return run_ingest(args);
  if (command == "extract") return run_extract(args);
  if (command == "verify") return run_verify(args);
  if (command == "graph") return run_graph(args);
  if (command == "check") return run_check(args);
  if (command == "review") return run_review(args);
  return usage_error("unknown command '" + command + "'");
}
