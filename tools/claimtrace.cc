// The claimtrace command: parses arguments, calls the library, prints. No logic of its own.
#include <boost/program_options.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>

#include <cstdio>
#include <iostream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <chrono>
#include <ctime>

#include "claimtrace/check_report.h"
#include "claimtrace/claim_writers.h"
#include "claimtrace/config.h"
#include "claimtrace/parser_stats.h"
#include "claimtrace/pipeline.h"
#include "claimtrace/report_exports.h"
#include "claimtrace/report_files.h"
#include "claimtrace/report_set.h"
#include "claimtrace/reviews.h"
#include "claimtrace/utf8.h"
#include "input_env.h"
#include "spread.h"

namespace po = boost::program_options;
using namespace claimtrace;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFound = 1;
constexpr int kExitUsage = 2;
constexpr int kExitSkipped = 3;
constexpr int kExitWrite = 4;  // an output could not be written: not the user's wording

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
    "Without PATH, verify reads the current directory and check checks against it; ingest,\n"
    "extract and graph read the bundled corpus. '-' reads a document from standard input.\n"
    "'claimtrace <command> --help' shows options; 'man claimtrace' explains them.\n"
    "exit codes: 0 ok, 1 verify found an unreviewed discrepancy at or above --fail-on, or check\n"
    "found a draft claim with a verdict named by --fail-on (default: contradicted), 2 usage "
    "error,\n"
    "3 some input was skipped (wins over 1: the verification is incomplete),\n"
    "4 an I/O failure: an output could not be written (wins over 1 and 3)\n";

// Anything from a document or a file name is shown with control characters (and bidi controls,
// which would reorder the rest of the line) escaped, so a hostile input cannot drive the terminal.
std::string escaped(std::string_view s) { return escaped_text(s); }

// The command being run, so a usage error points to that command's --help.
std::string command_name;

int usage_error(const std::string& message) {
  std::cerr << "claimtrace: " << escaped(message) << "\n"
            << "Try 'claimtrace " << (command_name.empty() ? "" : command_name + " ")
            << "--help' for more information.\n";
  return kExitUsage;
}

// What commands read: files and directories, "-" as standard input, claimtrace's own output
// folders left out.
InputEnv& input_env() {
  static InputEnv env(default_env());
  return env;
}

// Paths, rules, --max-bytes and --threads, as the pipeline takes them.
using CommonOptions = PassOptions;

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

// Each distinct message once, at its first place, with how often it recurs: an archive that
// repeats one unknown name a thousand times gives one line, not a thousand.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  std::map<std::tuple<DiagnosticLevel, std::string, std::string>, size_t> seen;  // -> times
  std::vector<const Diagnostic*> first;
  for (const Diagnostic& d : diagnostics) {
    if (seen[{d.severity, d.where.file, d.message}]++ == 0) first.push_back(&d);
  }
  for (const Diagnostic* d : first) {
    const size_t more = seen[{d->severity, d->where.file, d->message}] - 1;
    std::cerr << escaped(d->to_string());
    if (more > 0)
      std::cerr << " (and " << more << " more " << (more == 1 ? "time" : "times")
                << " in this file)";
    std::cerr << "\n";
  }
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
  if (std::count(o.paths.begin(), o.paths.end(), "-") > 0) input_env().read_stdin();
  return std::nullopt;
}

void print_status(const Status& s) {
  std::cerr << "claimtrace: " << escaped(s.to_string()) << "\n";
}

// The desk's config beside the corpus (claimtrace.xml), its rules and trust priors applied to
// the pass; nullopt, after saying where it is wrong, when it is malformed. --rules given on the
// command line wins over the config's rules.
std::optional<DeskConfig> desk_config(CommonOptions& o) {
  Result<DeskConfig> found = find_config(default_env(), o.paths);
  if (!found.is_ok()) {
    print_status(found.status());
    return std::nullopt;
  }
  const DeskConfig& c = found.value();
  if (!c.rules_dir.empty() && o.rules_dir == bundled_rules_dir()) o.rules_dir = c.rules_dir;
  o.verify.kind_priors = c.kind_priors;
  o.verify.publisher_priors = c.publisher_priors;
  return c;
}

// What the run has to say about its inputs, in the order the stages found it: the walk, each
// document's warnings (reading it, then extracting from it) and why it was skipped, then the
// documents extraction gave up on.
void print_inputs(const Pass& run) {
  print_diagnostics(run.listing_diagnostics);
  for (size_t i = 0; i < run.documents.size(); ++i) {
    const Document& doc = run.documents[i];
    print_diagnostics(doc.diagnostics);
    if (i < run.extractions.size()) print_diagnostics(run.extractions[i].diagnostics);
    const bool given_up =
        std::find(run.given_up.begin(), run.given_up.end(), i) != run.given_up.end();
    if (doc.status == InputStatus::kSkipped && !given_up) {
      std::cerr << escaped(doc.reason.to_string()) << "\n";
    }
  }
  for (size_t i : run.given_up) std::cerr << escaped(run.documents[i].reason.to_string()) << "\n";
}

// A stage's run, its inputs reported; nullopt (after saying why) when the rules are invalid.
std::optional<Pass> started(Result<Pass> run) {
  if (!run.is_ok()) {
    print_status(run.status());
    return std::nullopt;
  }
  print_inputs(run.value());
  return std::move(run).value();
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
  if (!desk_config(o)) return kExitUsage;  // its rules directory
  std::optional<Pass> run = started(read_corpus(input_env(), o));
  if (!run) return kExitUsage;

  if (!sentences) {
    std::cout << "id\tformat\tencoding\tbytes\tparagraphs\tsentences\twarnings\tstatus\n";
  }
  for (const Document& doc : run->documents) {
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
  return run->any_skipped() ? kExitSkipped : kExitOk;
}

// Defined with the other progress code below.
ProgressReport progress_line(bool quiet);

int run_extract(const std::vector<std::string>& args) {
  CommonOptions o;
  bool help = false, names = false, stats = false;
  std::string format = "jsonl", out_file;
  po::options_description visible("claimtrace extract [options] [PATH...]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "format", po::value(&format)->default_value(format), "jsonl or tsv")(
      "out", po::value(&out_file),
      "write a claims file (every document, claim, name and breakdown, for verify --claims) "
      "instead of printing claims")(
      "names", po::bool_switch(&names),
      "also print the names of people, states and bodies mentioned (kind \"name\", jsonl)")(
      "stats", po::bool_switch(&stats),
      "print documents, MB, seconds, MB/s and claims/s to stderr, and what the counted noun's "
      "parser fallback read");
  visible.add(common_options(o));
  if (std::optional<int> stop = parse(args, visible, o, help)) return *stop;
  if (!desk_config(o)) return kExitUsage;  // its rules directory
  if (format != "jsonl" && format != "tsv") {
    return usage_error("--format must be jsonl or tsv, not '" + format + "'");
  }
  const auto began = std::chrono::steady_clock::now();
  o.progress = progress_line(false);
  std::optional<Pass> run = started(extract_claims(input_env(), o));
  if (!run) return kExitUsage;
  const std::vector<Extraction>& results = run->extractions;

  std::string out;
  if (!out_file.empty()) {
    if (Status s = default_env().write_file_atomically(out_file, claims_file(*run)); !s.is_ok()) {
      print_status(s);
      return kExitWrite;
    }
  } else if (format == "tsv") {
    append_claims_tsv_header(out);
  }
  for (size_t i = 0; out_file.empty() && i < results.size(); ++i) {
    if (format == "tsv") {
      append_claims_tsv(results[i].claims, out);
    } else {
      append_claims_jsonl(results[i].claims, out);
      if (names) {
        append_mentions_jsonl(results[i].mentions, run->documents[i].source.id,
                              run->documents[i].source.path, out);
      }
    }
    if (out.size() > (1u << 20)) {
      std::cout << out;
      out.clear();
    }
  }
  std::cout << out << std::flush;
  if (stats) {
    const size_t claims = run->claim_count();
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    double mb = static_cast<double>(run->byte_count()) / 1e6;
    std::fprintf(stderr,
                 "documents %zu, %.1f MB, %zu claims, %.2f s, %.1f MB/s, %.0f claims/s, "
                 "%u threads\n",
                 run->documents.size(), mb, claims, seconds, mb / seconds,
                 static_cast<double>(claims) / seconds, o.ingest.threads);
    std::fprintf(stderr, "%s\n", parser_stats().line().c_str());
  }
  return run->any_skipped() ? kExitSkipped : kExitOk;
}

// A progress line on stderr as a run goes (phase, documents and MB done, rate), only when a
// person is watching: never into redirected output.
ProgressReport progress_line(bool quiet) {
  if (quiet || !isatty(STDERR_FILENO)) return {};
  struct Clock {
    Progress::Phase phase = Progress::Phase::kIngest;
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
  };
  auto clock = std::make_shared<Clock>();
  return [clock](const Progress& p) {
    static const char* const kPhases[] = {"ingest", "extract", "compare", "report"};
    const auto now = std::chrono::steady_clock::now();
    if (p.phase != clock->phase) *clock = Clock{p.phase, now};
    const double seconds = std::chrono::duration<double>(now - clock->started).count();
    const double mb = static_cast<double>(p.bytes) / 1e6;
    const char* phase = kPhases[static_cast<int>(p.phase)];
    if (p.phase == Progress::Phase::kCompare || p.phase == Progress::Phase::kReport) {
      std::fprintf(stderr, "\r\033[K%s: %s%s", phase, p.done == p.total ? "done" : "...",
                   p.done == p.total ? "\n" : "");
    } else {
      std::fprintf(stderr, "\r\033[K%s: %zu/%zu documents, %.1f MB, %.1f MB/s%s", phase, p.done,
                   p.total, mb, seconds > 0 ? mb / seconds : 0.0, p.done == p.total ? "\n" : "");
    }
  };
}

// Bounds on the HTML pages (report.html, check.html), as options with their defaults.
po::options_description html_options(HtmlLimits& h, bool check) {
  po::options_description d("HTML page bounds (the full data stays in the XML and JSON)");
  d.add_options()("html-claims",
                  po::value(&h.claims_per_document)->default_value(h.claims_per_document),
                  "claims listed and marked per document, besides those in a finding")(
      "html-findings", po::value(&h.findings)->default_value(h.findings),
      "discrepancy cards in report.html, open and most severe first")(
      "html-claims-total", po::value(&h.claims)->default_value(h.claims),
      "claims listed in all, besides those in a card")(
      "html-bytes", po::value(&h.quoted_bytes)->default_value(h.quoted_bytes),
      "bytes of a document's original text shown in its source view")(
      "html-chart-points", po::value(&h.chart_points)->default_value(h.chart_points),
      "points drawn in one chart")(
      "html-inline", po::value(&h.inline_sources)->default_value(h.inline_sources),
      "source views inside report.html up to this many bytes of documents in all; above, one "
      "page per document in DIR/sources/");
  if (check) {
    d.add_options()("html-verdicts", po::value(&h.verdicts)->default_value(h.verdicts),
                    "draft claims listed in check.html");
  }
  return d;
}

// Names in the set and what a failed write left: the set is switched in whole or not at all.
void print_set(const std::string& dir, const std::vector<std::string>& written,
               const std::vector<std::string>& not_written, const char* label, bool quiet) {
  size_t pages = 0;
  bool first = true;
  for (const std::string& name : written) {
    if (name.find('/') != std::string::npos) {
      ++pages;
      continue;
    }
    if (!quiet) {
      std::cout << (first ? label : "        ") << escaped(join_path(dir, name)) << "\n";
    }
    first = false;
  }
  if (pages > 0 && !quiet) {
    std::cout << "        " << escaped(join_path(dir, "sources/")) << " (" << pages
              << (pages == 1 ? " page" : " pages") << ")\n";
  }
  if (not_written.empty()) return;
  std::string names;
  size_t shown = 0;
  for (const std::string& name : not_written) {
    if (name.find('/') != std::string::npos) continue;
    names += (shown++ ? ", " : "") + name;
  }
  std::cerr << "claimtrace: not written: " << escaped(names)
            << (not_written.size() > shown ? " and sources/" : "") << "; " << escaped(dir)
            << " holds the previous pass's files, if any, unchanged\n";
}

int run_verify(const std::vector<std::string>& args) {
  CommonOptions o;
  bool help = false, quiet = false, claims = false, csv_bom = false;
  std::string out_dir = "claimtrace-report", fail_on = "high", reviews_file, formats;
  po::options_description visible("claimtrace verify [options] [PATH...]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "out", po::value(&out_dir)->default_value(out_dir),
      "directory report.xml and report.html are written to; '-' with --format json: "
      "report.json to standard output")(
      "fail-on", po::value(&fail_on)->default_value(fail_on),
      "exit 1 when an unreviewed discrepancy of this severity or above is found: info, low, "
      "medium, high")("reviews", po::value(&reviews_file),
                      "review decisions to carry into this pass (default: DIR/reviews.xml when "
                      "it exists)")(
      "format", po::value(&formats),
      "also write exports, comma-separated: json (report.json), csv (claims.csv, "
      "discrepancies.csv), annotations (annotations.jsonld, W3C Web Annotation), all")(
      "csv-bom", po::bool_switch(&csv_bom),
      "open each CSV file with a UTF-8 byte order mark (for Excel)")(
      "claims", po::bool_switch(&claims),
      "each PATH is a claims file written by 'extract --out': verify from it, without the "
      "documents' text")("quiet,q", po::bool_switch(&quiet), "no progress line and no summary");
  HtmlLimits limits;
  visible.add(common_options(o)).add(html_options(limits, false));
  if (std::optional<int> stop = parse(args, visible, o, help, Paths::kNamed)) return *stop;
  if (claims && o.paths.empty()) return usage_error("--claims needs the claims files to verify");
  if (o.paths.empty()) o.paths.push_back(".");
  if (!desk_config(o)) return kExitUsage;
  std::optional<Severity> threshold = parse_severity(fail_on);
  if (!threshold) {
    return usage_error("--fail-on must be info, low, medium or high, not '" + fail_on + "'");
  }
  std::optional<std::set<std::string>> exports = parse_export_formats(formats);
  if (!exports) {
    return usage_error("--format takes json, csv, annotations or all, not '" + formats + "'");
  }
  if (out_dir.empty()) return usage_error("--out must name a directory");
  const bool to_stdout = out_dir == "-";
  if (to_stdout && *exports != std::set<std::string>{"json"}) {
    return usage_error("--out - writes report.json to standard output: it takes --format json");
  }
  Result<ReviewsInUse> reviews = to_stdout && reviews_file.empty()
                                     ? Result<ReviewsInUse>(ReviewsInUse{})
                                     : reviews_for(default_env(), reviews_file, out_dir);
  if (!reviews.is_ok()) {
    print_status(reviews.status());
    return kExitUsage;
  }
  o.progress = progress_line(quiet);
  // Only Web Annotations quote around a claim from the document's text.
  o.keep_text = exports->count("annotations") > 0;
  o.keep_mentions = false;  // no report reads them
  std::optional<Result<Pass>> pass =
      claims
          ? std::optional<Result<Pass>>(run_claims(default_env(), o.paths, o.rules_dir, o.verify))
          : verify_pass(input_env(), o);
  if (!pass) return kExitOk;  // a process of an MPI job other than the first: its shard is sent
  std::optional<Pass> run = started(std::move(*pass));
  if (!run) return kExitUsage;
  // A decision follows its finding through a renamed source: the documents' bytes are the key.
  const ContentHashes hashes(input_env(), run->documents);
  const int applied = apply_reviews(reviews.value().book, run->verification.discrepancies, &hashes);

  const ReportInput report{run->documents, run->extractions, run->graph, run->verification,
                           &default_env(), limits,           csv_bom};
  if (to_stdout) quiet = true;
  WrittenReport written;
  if (to_stdout) {
    std::cout << report_json(report) << std::flush;
  } else {
    if (o.progress && !quiet) o.progress(Progress{Progress::Phase::kReport, 0, 1, 0});
    written = write_report(default_env(), out_dir, report, *exports);
    if (o.progress && !quiet) o.progress(Progress{Progress::Phase::kReport, 1, 1, 0});
    for (const Status& s : written.not_removed) print_status(s);
    if (!written.status.is_ok()) print_status(written.status);
  }

  std::map<Severity, int> by_severity;
  size_t skipped = 0, reviewed = 0;
  size_t excluded = 0;
  for (const Document& d : run->documents) {
    skipped += d.status == InputStatus::kSkipped;
    excluded += d.status == InputStatus::kExcluded;
  }
  bool found = false;
  for (const Discrepancy& d : run->verification.discrepancies) {
    if (!d.counts()) {
      ++reviewed;
      continue;
    }
    ++by_severity[d.severity];
    found = found || d.severity >= *threshold;
  }
  if (!quiet) {
    // Documents read, as report.xml and report.html count them.
    std::cout << counted(run->documents.size() - skipped - excluded, "document", "documents")
              << " (" << skipped << " skipped, " << excluded << " excluded), "
              << counted(run->claim_count(), "claim", "claims") << ", "
              << counted(run->verification.discrepancies.size(), "discrepancy", "discrepancies")
              << ": " << by_severity[Severity::kHigh] << " high, " << by_severity[Severity::kMedium]
              << " medium, " << by_severity[Severity::kLow] << " low, "
              << by_severity[Severity::kInfo] << " info";
    if (!reviews.value().path.empty()) {
      std::cout << "; " << reviewed << " reviewed (" << applied << " of "
                << reviews.value().book.records.size() << " decisions in "
                << escaped(reviews.value().path) << " still apply)";
    }
    std::cout << "\n";
  }
  print_set(out_dir, written.files, written.not_written, "report: ", quiet);
  if (!written.status.is_ok()) return kExitWrite;
  if (run->any_skipped()) return kExitSkipped;
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
  std::string note, reviews_file, date, reviewer;
  po::options_description visible(
      "claimtrace review DIR/report.xml --mark ID=DECISION [--note TEXT] [options]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "mark", po::value(&marks),
      "ID=confirmed, ID=false-positive or ID=resolved (repeatable); ID=open removes a decision")(
      "note", po::value(&note), "the reviewer's note, kept with every decision of this call")(
      "reviews", po::value(&reviews_file),
      "reviews file to update (default: reviews.xml beside "
      "the report)")("date", po::value(&date), "date of the decision (default: today, UTC)")(
      "reviewer", po::value(&reviewer),
      "who decides (default: the reviewer in the corpus's claimtrace.xml)");
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
  // The config beside the corpus the report read, for the reviewer's name.
  const std::map<std::string, std::string> sources = sources_in_report(report.value());
  if (reviewer.empty() && !sources.empty()) {
    CommonOptions beside;
    beside.paths = {sources.begin()->second};
    std::optional<DeskConfig> config = desk_config(beside);
    if (!config) return kExitUsage;
    reviewer = config->reviewer;
  }
  if (!printable_note(reviewer) || reviewer.find_first_of("\r\n\t") != std::string::npos) {
    return usage_error("--reviewer must be a name on one line");
  }
  const ContentHashes hashes(default_env(), sources);
  // Decisions from files written before content keys get theirs once their finding is seen.
  for (ReviewRecord& r : book.records) {
    if (!r.content.empty()) continue;
    Result<Discrepancy> seen = finding_in_report(report_path, report.value(), r.discrepancy);
    if (seen.is_ok()) r.content = content_key(seen.value(), hashes);
  }
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
      r.reviewer = reviewer;
      record_review(book, finding.value(), r, content_key(finding.value(), hashes));
    }
    done += escaped(finding.value().id) + ": " + to_string(*decision) + " (" +
            to_string(finding.value().kind) + ", " + escaped(finding.value().attribute) + ")\n";
  }
  if (Status s = env.write_file_atomically(reviews_file, reviews_xml(book)); !s.is_ok()) {
    std::cerr << "claimtrace: " << escaped(s.to_string()) << "\n";
    return kExitWrite;
  }
  std::cout << done << "reviews: " << escaped(reviews_file) << " (" << book.records.size()
            << " decisions)\n";
  return kExitOk;
}

int run_check(const std::vector<std::string>& args) {
  CommonOptions o;
  bool help = false, quiet = false;
  std::vector<std::string> corpus;
  std::string out_dir = "claimtrace-check", published, format, fail_on;
  ClaimReviewOptions publisher;
  po::options_description visible("claimtrace check DRAFT [--corpus PATH...] [options]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "corpus", po::value(&corpus)->multitoken(),
      "files or directories to check against (repeatable; default: the current directory, "
      "without the draft)")("out", po::value(&out_dir)->default_value(out_dir),
                            "directory check.xml and check.html are written to; '-' with "
                            "--format json: check.json to standard output")(
      "format", po::value(&format), "json: also write check.json")(
      "published", po::value(&published),
      "the draft's date, which present-tense figures hold at (default: today, UTC)")(
      "quiet,q", po::bool_switch(&quiet), "print only the findings that are not supported")(
      "org-name", po::value(&publisher.organisation_name),
      "the organisation publishing claimreview.jsonld (default: claimtrace.xml's)")(
      "org-url", po::value(&publisher.organisation_url),
      "its web address (default: claimtrace.xml's)")(
      "review-url", po::value(&publisher.review_url),
      "the page publishing the reviews (default: --org-url)")(
      "draft-url", po::value(&publisher.draft_url),
      "where the draft appears (default: a file: URI of its path)")(
      "fail-on", po::value(&fail_on),
      "exit 1 when a draft claim has one of these verdicts, joined by '|' or ',': "
      "contradicted, disputed, unsupported (default: claimtrace.xml's, else contradicted)");
  HtmlLimits limits;
  visible.add(common_options(o)).add(html_options(limits, true));
  if (std::optional<int> stop = parse(args, visible, o, help, Paths::kNamed)) return *stop;
  if (o.paths.size() != 1) return usage_error("check needs exactly one draft");
  if (!format.empty() && format != "json") {
    return usage_error("--format takes json, not '" + format + "'");
  }
  const bool to_stdout = out_dir == "-";
  if (to_stdout && format != "json") {
    return usage_error("--out - writes check.json to standard output: it takes --format json");
  }
  const std::string draft_path = o.paths[0];
  o.paths = corpus.empty() ? std::vector<std::string>{"."} : corpus;
  std::optional<DeskConfig> config = desk_config(o);
  if (!config) return kExitUsage;
  if (fail_on.empty())
    fail_on = config->check_fail_on.empty() ? "contradicted" : config->check_fail_on;
  if (publisher.organisation_name.empty()) publisher.organisation_name = config->organisation_name;
  if (publisher.organisation_url.empty()) publisher.organisation_url = config->organisation_url;
  for (const std::string* url :
       {&publisher.organisation_url, &publisher.review_url, &publisher.draft_url}) {
    if (!url->empty() && !is_web_url(*url)) {
      return usage_error("'" + *url + "' is not an http:// or https:// URL");
    }
  }
  std::set<Verdict> failing;
  for (size_t at = 0; at <= fail_on.size();) {
    size_t end = fail_on.find_first_of("|,", at);
    if (end == std::string::npos) end = fail_on.size();
    const std::string name = fail_on.substr(at, end - at);
    std::optional<Verdict> v = parse_verdict(name);
    if (!v || *v == Verdict::kSupported) {
      return usage_error("--fail-on must name contradicted, disputed or unsupported, not '" + name +
                         "'");
    }
    failing.insert(*v);
    at = end + 1;
  }
  if (draft_path == "-") input_env().read_stdin();
  // The draft is not its own evidence: a corpus folder around it reads without it.
  input_env().set_aside(draft_path);
  if (std::count(o.paths.begin(), o.paths.end(), "-") > 0) input_env().read_stdin();
  Source meta;
  meta.id = "draft";
  meta.published = PartialDate::parse(published.empty() ? today() : published);
  if (meta.published.precision == DatePrecision::kUnknown) {
    return usage_error("--published must be a date like 2026-11-22, not '" + published + "'");
  }
  meta.published_from = published.empty() ? "today" : "--published";
  o.progress = progress_line(quiet);
  std::optional<Pass> run = started(run_corpus(input_env(), o));
  if (!run) return kExitUsage;
  const CheckedDraft checked =
      check_draft_file(input_env(), draft_path, meta, *run, o.ingest, o.verify);
  const Document& draft = checked.draft;
  const DraftCheck& check = checked.check;
  print_diagnostics(check.warnings);  // the draft's own, as verify prints a corpus document's
  // An unreadable draft still gets check.xml, listing it as skipped with the reason.
  const bool draft_read = draft.status == InputStatus::kOk;
  if (!draft_read) std::cerr << "claimtrace: draft " << escaped(draft.reason.to_string()) << "\n";
  std::vector<std::pair<std::string, std::string>> files = {
      {"check.xml", check_xml(draft, check, run->documents)},
      {"check.html", check_html(draft, check,
                                {run->documents, run->extractions, run->graph, run->verification,
                                 &default_env(), limits})}};
  std::map<Verdict, int> by_verdict;
  for (const DraftFinding& f : check.findings) ++by_verdict[f.verdict];
  // Always written, [] when nothing is contradicted: a stale file must not outlive a fixed draft.
  files.push_back({"claimreview.jsonld",
                   claim_review_jsonld(draft_path, draft, check, run->documents, publisher)});
  if (format == "json") files.push_back({"check.json", check_json(draft, check, run->documents)});
  WrittenSet written;
  if (to_stdout) {
    std::cout << files.back().second << std::flush;
  } else {
    std::vector<SetFile> set;
    for (const auto& [name, text] : files) {
      set.push_back({name, [&text = text](Output& out) { out.write(text); }});
    }
    written = write_set(default_env(), out_dir, set,
                        {"check.xml", "check.html", "claimreview.jsonld", "check.json"});
    for (const Status& s : written.warnings) print_status(s);
    if (!written.status.is_ok()) print_status(written.status);
  }
  auto exit_code = [&]() {
    if (!written.status.is_ok()) return kExitWrite;              // an unwritten check wins over all
    if (run->any_skipped() || !draft_read) return kExitSkipped;  // an incomplete check wins
    for (Verdict v : failing) {
      if (by_verdict[v] > 0) return kExitFound;
    }
    return kExitOk;
  };
  if (to_stdout) return exit_code();  // standard output holds check.json alone
  for (const DraftFinding& f : check.findings) {
    if (quiet && f.verdict == Verdict::kSupported) continue;
    std::cout << escaped(draft_path) << ":" << f.claim.position.line << ":"
              << f.claim.position.column << ": " << to_string(f.verdict) << ": \""
              << escaped(f.claim.quote) << "\": " << escaped(f.explanation) << "\n";
  }
  std::cout << check.findings.size()
            << " claims in the draft: " << by_verdict[Verdict::kContradicted] << " contradicted, "
            << by_verdict[Verdict::kDisputed] << " disputed, " << by_verdict[Verdict::kSupported]
            << " supported, " << by_verdict[Verdict::kUnsupported] << " unsupported\n";
  if (written.status.is_ok()) {
    std::cout << "check: " << escaped(join_path(out_dir, "check.html")) << "\n";
  }
  print_set(out_dir, {}, written.not_written, "check: ", true);
  return exit_code();
}

int run_graph(const std::vector<std::string>& args) {
  CommonOptions o;
  bool help = false, dot = false;
  std::string out_file;
  po::options_description visible("claimtrace graph [--dot] [options] [PATH...]");
  visible.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "dot", po::bool_switch(&dot), "write the graph in Graphviz dot form (the default)")(
      "out", po::value(&out_file), "file to write (default: standard output)");
  visible.add(common_options(o));
  if (std::optional<int> stop = parse(args, visible, o, help)) return *stop;
  if (!desk_config(o)) return kExitUsage;  // its rules directory
  std::optional<Pass> run = started(run_corpus(input_env(), o));
  if (!run) return kExitUsage;
  std::string text = run->graph.dot();
  if (out_file.empty()) {
    std::cout << text;
  } else if (Status s = default_env().write_file_atomically(out_file, text); !s.is_ok()) {
    print_status(s);
    return kExitWrite;
  }
  return run->any_skipped() ? kExitSkipped : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
#ifdef __GLIBC__
  // glibc raises its mmap threshold to the largest block freed (up to 32 MiB), so a document's
  // token arrays and claims vectors come to live in the arenas, whose freed room stays held:
  // fixed at its default, large blocks go back to the system when freed (6% of verify's peak).
  // A process setting, so the program sets it, not the library.
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  mallopt(M_TRIM_THRESHOLD, 128 * 1024);
  mallopt(M_TOP_PAD, 0);
#endif
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
  command_name = command;
  if (command == "ingest") return run_ingest(args);
  if (command == "extract") return run_extract(args);
  if (command == "verify") return run_verify(args);
  if (command == "graph") return run_graph(args);
  if (command == "check") return run_check(args);
  if (command == "review") return run_review(args);
  command_name.clear();
  return usage_error("unknown command '" + command + "'");
}
