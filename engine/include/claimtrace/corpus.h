// Corpus: the inputs of a run (files, directories, a manifest) walked deterministically.
#pragma once

#include <functional>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/ingest.h"
#include "claimtrace/source.h"
#include "claimtrace/status.h"

namespace claimtrace {

// What the manifest (corpus/manifest.xml) says about the documents of its directory.
struct Manifest {
  std::string path;               // the manifest file, "" when there is none
  std::string name;               // the corpus's name
  bool listed_only = false;       // files it does not list are excluded from the corpus
  std::vector<Source> documents;  // paths relative to the manifest's directory; append with add()
  std::vector<Location> where;    // each document's entry in the manifest, by index
  // Mistakes in entries (each with its line and column): those entries are left out, the
  // others stand.
  std::vector<Status> errors;

  bool operator==(const Manifest&) const = default;
  // The entry for a path, in constant time: the walk asks once per file.
  const Source* find(const std::string& relative_path) const;
  void add(Source source, Location at = {});

 private:
  std::unordered_map<std::string, size_t> by_path_;  // index into documents
};

Result<Manifest> parse_manifest(const std::string& path, const std::string& xml);
Result<Manifest> load_manifest(const Env& env, const std::string& path);

// One input found by the walk: to be read (kOk), or skipped or excluded with the reason.
struct CorpusEntry {
  std::string path;
  Source metadata;  // from the manifest when it lists the file; id always set
  uint64_t size = 0;
  InputStatus status = InputStatus::kOk;
  Status reason;

  bool operator==(const CorpusEntry&) const = default;
};

struct CorpusListing {
  std::vector<CorpusEntry> entries;     // in walk order: arguments as given, directories sorted
  std::vector<Manifest> manifests;      // every manifest honoured
  std::vector<Diagnostic> diagnostics;  // e.g. a manifest entry whose file is missing
};

// Walks files and directories (sorted, symlink loops detected, manifest.xml honoured).
CorpusListing list_corpus(const Env& env, const std::vector<std::string>& paths,
                          const IngestOptions& options);

// Ingests every entry of a listing; skipped entries come back as skipped Documents.
// `progress`, when given, is called after each entry (done, total, bytes), one call at a time.
std::vector<Document> ingest_corpus(
    const Env& env, const CorpusListing& listing, const RuleSet& rules,
    const IngestOptions& options,
    const std::function<void(size_t done, size_t total, uint64_t bytes)>& progress = {});

}  // namespace claimtrace
