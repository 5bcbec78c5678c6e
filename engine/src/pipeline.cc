// Pipeline: corpus -> text -> claims -> graph -> verification, each stage through its own API.
#include "claimtrace/pipeline.h"

#include <utility>

#include "claimtrace/claims_file.h"
#include "claimtrace/corpus.h"
#include "claimtrace/verify.h"

namespace claimtrace {

bool Pass::any_skipped() const {
  for (const Document& d : documents) {
    if (d.status == InputStatus::kSkipped) return true;
  }
  return false;
}

size_t Pass::claim_count() const {
  size_t n = 0;
  for (const Extraction& e : extractions) n += e.claims.size();
  return n;
}

uint64_t Pass::byte_count() const {
  uint64_t n = 0;
  for (const Document& d : documents) n += d.bytes;
  return n;
}

namespace {

Result<RuleSet> load_rules(const Env& env, const std::string& dir) {
  RuleSet rules = RuleSet::load(env, dir);
  if (!rules.valid()) return rules.status();
  return rules;
}

void extract_run(Pass& run, const PassOptions& options) {
  std::vector<InputStatus> before;
  before.reserve(run.documents.size());
  for (const Document& d : run.documents) before.push_back(d.status);
  run.extractions =
      extract_corpus(run.documents, run.rules, options.ingest.threads, options.progress);
  for (size_t i = 0; i < run.documents.size(); ++i) {
    if (run.documents[i].status != before[i]) run.given_up.push_back(i);
  }
}

void verify_run(Pass& run, const VerifyOptions& options) {
  run.graph = ClaimGraph::build(run.documents, run.extractions, run.rules);
  run.verification = verify(run.documents, run.extractions, run.rules, run.graph, options);
}

}  // namespace

Result<Pass> read_corpus(const Env& env, const PassOptions& options) {
  Result<RuleSet> rules = load_rules(env, options.rules_dir);
  if (!rules.is_ok()) return rules.status();
  Pass run;
  run.rules = std::move(rules).value();
  CorpusListing listing = list_corpus(env, options.paths, options.ingest);
  run.listing_diagnostics = std::move(listing.diagnostics);
  run.documents = ingest_corpus(env, listing, run.rules, options.ingest);
  return run;
}

Result<Pass> extract_claims(const Env& env, const PassOptions& options) {
  Result<Pass> run = read_corpus(env, options);
  if (run.is_ok()) extract_run(run.value(), options);
  return run;
}

Result<Pass> run_corpus(const Env& env, const PassOptions& options) {
  Result<Pass> run = extract_claims(env, options);
  if (run.is_ok()) verify_run(run.value(), options.verify);
  return run;
}

Result<Pass> run_claims(const Env& env, const std::vector<std::string>& claims_files,
                        const std::string& rules_dir, const VerifyOptions& options) {
  Result<RuleSet> rules = load_rules(env, rules_dir);
  if (!rules.is_ok()) return rules.status();
  Pass run;
  run.rules = std::move(rules).value();
  for (const std::string& path : claims_files) {
    Result<ClaimsFile> file = read_claims_file(env, path);
    if (!file.is_ok()) {
      Document unread;
      unread.source.id = path;
      unread.source.path = path;
      unread.status = InputStatus::kSkipped;
      unread.reason = file.status();
      run.documents.push_back(std::move(unread));
      run.extractions.emplace_back();
      continue;
    }
    ClaimsFile& f = file.value();
    for (size_t i = 0; i < f.documents.size(); ++i) {
      run.documents.push_back(std::move(f.documents[i]));
      run.extractions.push_back(std::move(f.extractions[i]));
    }
  }
  verify_run(run, options);
  return run;
}

std::string claims_file(const Pass& run) {
  std::string out;
  for (size_t i = 0; i < run.documents.size(); ++i) {
    append_claims_file(run.documents[i], run.extractions[i], out);
  }
  return out;
}

CheckedDraft check_draft_file(const Env& env, const std::string& path, const Source& metadata,
                              const Pass& corpus, const IngestOptions& options,
                              const VerifyOptions& verify_options) {
  CheckedDraft d;
  d.draft = ingest_file(env, path, metadata, corpus.rules, options);
  d.claims = extract(d.draft, corpus.rules);
  d.check = check_draft(d.draft, d.claims, corpus.documents, corpus.extractions, corpus.rules,
                        verify_options);
  return d;
}

}  // namespace claimtrace
