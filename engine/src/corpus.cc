// The corpus walk: deterministic (sorted), loop-safe, and every path it meets is reported.
#include "claimtrace/corpus.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "claimtrace/config.h"

namespace claimtrace {

namespace {

constexpr const char* kManifestName = "manifest.xml";

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_not_of('/');
  if (slash == std::string::npos) return path;
  std::string p = path.substr(0, slash + 1);
  size_t at = p.rfind('/');
  return at == std::string::npos ? p : p.substr(at + 1);
}

std::string parent_dir(const std::string& path) {
  size_t at = path.rfind('/');
  return at == std::string::npos ? "." : at == 0 ? "/" : path.substr(0, at);
}

class Walker {
 public:
  Walker(const Env& env, const IngestOptions& options, CorpusListing& out)
      : env_(env), options_(options), out_(out) {}

  void add_argument(const std::string& path) {
    Result<FileInfo> info = env_.stat(path);
    if (!info.is_ok()) {
      add(path, "", nullptr, 0, InputStatus::kSkipped,
          Status::error(StatusCode::kNotFound, "no such file or directory",
                        Location{.file = path}));
      return;
    }
    if (info.value().kind == FileKind::kDirectory) {
      walk(path, path, nullptr, "", info.value());
      return;
    }
    // A file named on the command line still takes its metadata from a manifest beside it.
    const Manifest* manifest = manifest_in(parent_dir(path));
    add_file(path, base_name(path), manifest, base_name(path), info.value());
  }

  void finish() {
    for (const auto& [dir, manifest] : manifests_) {
      if (!manifest.is_ok()) continue;
      out_.manifests.push_back(manifest.value());
      for (size_t i = 0; i < manifest.value().documents.size(); ++i) {
        const Source& s = manifest.value().documents[i];
        if (!listed_seen_.count(manifest.value().path + "\n" + s.path)) {
          if (!walked_dirs_.count(dir)) continue;  // only files were named from this directory
          const std::vector<Location>& where = manifest.value().where;
          out_.diagnostics.push_back(Diagnostic{
              DiagnosticLevel::kWarning,
              i < where.size() ? where[i] : Location{.file = manifest.value().path},
              "manifest lists " + s.path + " (id " + s.id + "), which is not in the directory"});
          // Every input has a row: a listed file that is not there is skipped as missing.
          const std::string path = join_path(dir, s.path);
          add(path, s.id, &s, 0, InputStatus::kSkipped,
              Status::error(StatusCode::kNotFound, "missing", Location{.file = path}));
        }
      }
    }
    // Ids must be unique; a clash (two unlisted "a.txt" in different arguments) gets a suffix.
    std::map<std::string, int> used;
    for (CorpusEntry& e : out_.entries) {
      int n = ++used[e.metadata.id];
      if (n > 1) e.metadata.id += "~" + std::to_string(n);
    }
  }

 private:
  const Manifest* manifest_in(const std::string& dir) {
    auto it = manifests_.find(dir);
    if (it == manifests_.end()) {
      std::string path = join_path(dir, kManifestName);
      Result<Manifest> m = Status::error(StatusCode::kNotFound, "no manifest");
      Result<FileInfo> info = env_.stat(path);
      if (info.is_ok() && info.value().kind == FileKind::kRegular) {
        m = load_manifest(env_, path);
        if (!m.is_ok()) {
          out_.diagnostics.push_back(
              Diagnostic{DiagnosticLevel::kError, m.status().where(),
                         m.status().message() + "; documents read without metadata"});
        } else {
          for (const Status& e : m.value().errors) {
            out_.diagnostics.push_back(Diagnostic{DiagnosticLevel::kError, e.where(), e.message()});
          }
        }
      }
      it = manifests_.emplace(dir, std::move(m)).first;
    }
    return it->second.is_ok() ? &it->second.value() : nullptr;
  }

  void add(const std::string& path, const std::string& id, const Source* listed, uint64_t size,
           InputStatus status, Status reason) {
    CorpusEntry e;
    e.path = path;
    if (listed) e.metadata = *listed;
    e.metadata.path = path;
    if (e.metadata.id.empty()) e.metadata.id = id.empty() ? base_name(path) : id;
    e.size = size;
    e.status = status;
    e.reason = std::move(reason);
    out_.entries.push_back(std::move(e));
  }

  void add_file(const std::string& path, const std::string& id, const Manifest* manifest,
                const std::string& relative, const FileInfo& info) {
    const Source* listed = manifest ? manifest->find(relative) : nullptr;
    if (listed) listed_seen_.insert(manifest->path + "\n" + relative);
    Location where{.file = path};
    if (info.kind != FileKind::kRegular) {
      add(path, id, listed, 0, InputStatus::kSkipped,
          Status::error(StatusCode::kUnsupported, "not a regular file", where));
    } else if (manifest && manifest->listed_only && !listed) {
      add(path, id, nullptr, info.size, InputStatus::kExcluded,
          Status::error(StatusCode::kUnsupported, "not listed in manifest.xml", where));
    } else if (info.size == 0) {
      add(path, id, listed, 0, InputStatus::kSkipped,
          Status::error(StatusCode::kUnsupported, "empty file", where));
    } else if (info.size > options_.max_bytes) {
      add(path, id, listed, info.size, InputStatus::kSkipped,
          Status::error(StatusCode::kUnsupported,
                        "file is " + std::to_string(info.size) + " bytes, over --max-bytes " +
                            std::to_string(options_.max_bytes),
                        where));
    } else {
      add(path, id, listed, info.size, InputStatus::kOk, Status::ok());
    }
  }

  // manifest_root: the directory whose manifest applies (the nearest one above), relative:
  // the path of `dir` below it.
  void walk(const std::string& dir, const std::string& root, const Manifest* manifest,
            const std::string& relative, const FileInfo& info) {
    if (!visited_.insert({info.device, info.inode}).second) {
      add(dir, relative_id(root, dir), nullptr, 0, InputStatus::kSkipped,
          Status::error(StatusCode::kUnsupported,
                        "directory already walked (a symbolic link loop or a repeated argument)",
                        Location{.file = dir}));
      return;
    }
    walked_dirs_.insert(dir);
    std::string here_relative = relative;
    if (const Manifest* own = manifest_in(dir)) {
      manifest = own;
      here_relative = "";
    }
    Result<std::vector<std::string>> names = env_.list_directory(dir);
    if (!names.is_ok()) {
      add(dir, "", nullptr, 0, InputStatus::kSkipped, names.status());
      return;
    }
    std::vector<std::string> sorted = names.value();
    std::sort(sorted.begin(), sorted.end());
    for (const std::string& name : sorted) {
      std::string path = join_path(dir, name);
      std::string rel = here_relative.empty() ? name : here_relative + "/" + name;
      std::string id = relative_id(root, path);
      if (name[0] == '.') {
        add(path, id, nullptr, 0, InputStatus::kExcluded,
            Status::error(StatusCode::kUnsupported, "hidden", Location{.file = path}));
        continue;
      }
      // This directory's manifest, read or not (an unreadable one was reported): never a
      // document, or its errors would make it a source.
      if (name == kManifestName) {
        add(path, id, nullptr, 0, InputStatus::kExcluded,
            Status::error(StatusCode::kUnsupported, "corpus manifest", Location{.file = path}));
        continue;
      }
      if (name == kConfigName) {  // the desk's settings, never a document
        add(path, id, nullptr, 0, InputStatus::kExcluded,
            Status::error(StatusCode::kUnsupported, "claimtrace config", Location{.file = path}));
        continue;
      }
      Result<FileInfo> child = env_.stat(path);
      if (!child.is_ok()) {
        add(path, id, nullptr, 0, InputStatus::kSkipped,
            Status::error(child.status().code(),
                          child.status().code() == StatusCode::kNotFound ? "dangling symbolic link"
                                                                         : child.status().message(),
                          Location{.file = path}));
      } else if (child.value().kind == FileKind::kDirectory) {
        walk(path, root, manifest, rel, child.value());
      } else {
        add_file(path, id, manifest, rel, child.value());
      }
    }
  }

  static std::string relative_id(const std::string& root, const std::string& path) {
    std::string prefix = root.back() == '/' ? root : root + "/";
    return path.compare(0, prefix.size(), prefix) == 0 ? path.substr(prefix.size()) : path;
  }

  const Env& env_;
  const IngestOptions& options_;
  CorpusListing& out_;
  std::map<std::string, Result<Manifest>> manifests_;
  std::set<std::pair<uint64_t, uint64_t>> visited_;
  std::set<std::string> walked_dirs_;
  std::set<std::string> listed_seen_;
};

}  // namespace

CorpusListing list_corpus(const Env& env, const std::vector<std::string>& paths,
                          const IngestOptions& options) {
  CorpusListing listing;
  Walker walker(env, options, listing);
  for (const std::string& p : paths) walker.add_argument(p);
  walker.finish();
  return listing;
}

std::vector<Document> ingest_corpus(
    const Env& env, const CorpusListing& listing, const RuleSet& rules,
    const IngestOptions& options,
    const std::function<void(size_t done, size_t total, uint64_t bytes)>& progress) {
  std::vector<Document> docs(listing.entries.size());
  std::mutex reporting;
  size_t done = 0;
  uint64_t bytes = 0;
  auto one = [&](size_t i) {
    const CorpusEntry& e = listing.entries[i];
    if (e.status == InputStatus::kOk) {
      docs[i] = ingest_file(env, e.path, e.metadata, rules, options);
    } else {
      docs[i].source = e.metadata;
      docs[i].bytes = e.size;
      docs[i].status = e.status;
      docs[i].reason = e.reason;
    }
    if (!progress) return;
    std::lock_guard<std::mutex> lock(reporting);
    bytes += docs[i].bytes;
    progress(++done, docs.size(), bytes);
  };
  unsigned threads = std::max(1u, options.threads);
  if (threads == 1 || docs.size() < 2) {
    for (size_t i = 0; i < docs.size(); ++i) one(i);
    return docs;
  }
  // Each worker takes the next index; results land in their slot, so order never changes.
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::min<size_t>(threads, docs.size()); ++t) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < docs.size(); i = next++) one(i);
    });
  }
  for (std::thread& t : pool) t.join();
  return docs;
}

}  // namespace claimtrace
