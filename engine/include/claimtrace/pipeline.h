// Pipeline: a run's stages as calls — a corpus read, its claims extracted, graphed and verified;
// verification from claims files without the documents' text; a draft checked against a run.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "claimtrace/check.h"
#include "claimtrace/claim_graph.h"
#include "claimtrace/document.h"
#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/extraction.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"
#include "claimtrace/status.h"
#include "claimtrace/verification.h"
#include "claimtrace/verify.h"

namespace claimtrace {

// Where a long run is, for a progress line: its phase, and of that phase the documents done,
// out of total, and their bytes (compare and report count steps, with no bytes).
struct Progress {
  enum class Phase { kIngest, kExtract, kCompare, kReport };
  Phase phase = Phase::kIngest;
  size_t done = 0, total = 0;
  uint64_t bytes = 0;
  bool operator==(const Progress&) const = default;
};
using ProgressReport = std::function<void(const Progress&)>;

struct PassOptions {
  std::vector<std::string> paths;  // files and directories (a manifest in one is honoured)
  std::string rules_dir;
  IngestOptions ingest;     // max_bytes, and threads for reading and for extraction
  ProgressReport progress;  // called as the stages go, one call at a time; may be empty
  VerifyOptions verify;     // trust priors
  // Keep each document's normalized text once its claims are extracted. Only views that quote
  // around a claim beyond its sentence need it (Web Annotations); without it a run holds claims,
  // not the corpus, so memory follows what was found rather than what was read.
  bool keep_text = true;
  // Keep each document's name mentions once the corpus is verified. Only verification (the name
  // checks, the graph's entities) and the claims file read them, not the reports, so a verify
  // run lets them go (a quarter of what a run holds) before its reports are written.
  bool keep_mentions = true;
  // A run spread over processes reads and extracts only the documents whose place in the walk is
  // shard modulo shards (see extract_shard); one process has the one shard 0 of 1.
  unsigned shard = 0, shards = 1;
  // A run spread over processes whose keys were compared by their owners (key_owner.h): the
  // owners' findings, one payload per owner, asked for once verification needs them.
  std::function<std::vector<std::string>()> owned_findings;
};

// One pass over a corpus: what it has found so far; each stage fills its part.
struct Pass {
  RuleSet rules;
  std::vector<Diagnostic> listing_diagnostics;  // the walk's (e.g. a manifest entry missing)
  std::vector<Document> documents;              // every input, skipped and excluded ones too
  // Documents extraction gave up on (now skipped, with the reason), in corpus order: they were
  // read, so their reason comes to light only at this stage.
  std::vector<size_t> given_up;
  std::vector<Extraction> extractions;  // one per document, once extracted
  ClaimGraph graph;
  Verification verification;

  // Some input could not be read or extracted: the verification is incomplete.
  bool any_skipped() const;
  size_t claim_count() const;
  uint64_t byte_count() const;
};

// Loads the rules, walks the paths and ingests every file. An invalid rule set is the error.
Result<Pass> read_corpus(const Env& env, const PassOptions& options);
// read_corpus, then the claims of every document.
Result<Pass> extract_claims(const Env& env, const PassOptions& options);
// extract_claims, then the graph and the verification.
Result<Pass> run_corpus(const Env& env, const PassOptions& options);

// Verifies from claims files (claimtrace extract --out) instead of documents: documents come
// from their records with empty Text, extractions from their claim, mention and breakdown
// records. A claims file that cannot be read or parsed becomes one skipped document (its path
// as id, the error as reason) and the others go on, as an unreadable corpus file would.
Result<Pass> run_claims(const Env& env, const std::vector<std::string>& claims_files,
                        const std::string& rules_dir, const VerifyOptions& options = {});

// A run spread over processes (claimtrace verify under mpirun): each process extracts its shard
// and hands it on as a claims file; one process gathers every shard into the whole pass. The
// shards of one corpus, gathered, give the pass run_corpus gives, documents in walk order.
struct Shard {
  std::string claims;              // claims file of the shard's documents, in walk order
  std::vector<uint64_t> given_up;  // places in the walk of documents extraction gave up on
  // The shard's compact items, one payload per key owner (items_by_owner, one owner per shard).
  std::vector<std::string> items;
  RuleSet rules;  // as loaded for the shard: its process compares the keys it owns with them
};
Result<Shard> extract_shard(const Env& env, const PassOptions& options);
// shard(s) hands over shard s of `shards`, options as each shard had them (paths, rules). Each
// shard is read into the pass and let go before the next is asked for, so the gathering process
// holds one shard's claims file at a time beside the claims; every shard is asked for, in order,
// even after an error, so no process is left waiting to hand its shard on.
Result<Pass> gather_shards(const Env& env, const PassOptions& options, size_t shards,
                           const std::function<Shard(size_t)>& shard);
// The shards in hand: shards[s] is shard s of shards.size().
Result<Pass> gather_shards(const Env& env, const PassOptions& options, std::vector<Shard> shards);

// The claims file of a pass (see claims_file.h): every document in order, with its extraction.
std::string claims_file(const Pass& run);

// A draft and its claims, classified against a verified pass. The draft keeps metadata's id
// unless a corpus document has it; then "~draft" is appended until no document has it.
struct CheckedDraft {
  Document draft;
  Extraction claims;
  DraftCheck check;
};
CheckedDraft check_draft_file(const Env& env, const std::string& path, const Source& metadata,
                              const Pass& corpus, const IngestOptions& options,
                              const VerifyOptions& verify_options = {});

}  // namespace claimtrace
