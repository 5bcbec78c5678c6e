// Pipeline: corpus -> text -> claims -> graph -> verification, each stage through its own API.
#include "claimtrace/pipeline.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <thread>
#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "claim_ids.h"
#include "claimtrace/claims_file.h"
#include "claimtrace/corpus.h"
#include "claimtrace/key_owner.h"
#include "claimtrace/verify.h"
#include "extract/parsed_noun.h"

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

// The per-document callback of one phase, reporting through options.progress; empty without it.
std::function<void(size_t, size_t, uint64_t)> phase_report(const PassOptions& options,
                                                           Progress::Phase phase, size_t total) {
  if (!options.progress) return {};
  options.progress(Progress{phase, 0, total, 0});  // the phase starts: its clock too
  return [&options, phase](size_t done, size_t total, uint64_t bytes) {
    options.progress(Progress{phase, done, total, bytes});
  };
}

// Of a document's name mentions, those verification reads: a state or a group of states only
// the graph reads, and only where a claim's quote names it; any other name the name checks
// read. A run that keeps no mentions past verification holds only these (most names are states).
void keep_compared_mentions(Extraction& x) {
  std::vector<std::pair<uint64_t, uint64_t>> quoted;  // the claims' ranges, merged, in order
  quoted.reserve(x.claims.size());
  for (const Claim& c : x.claims) {
    if (c.text_begin < c.text_end) quoted.emplace_back(c.text_begin, c.text_end);
  }
  std::sort(quoted.begin(), quoted.end());
  size_t merged = 0;
  for (const auto& r : quoted) {
    if (merged > 0 && r.first <= quoted[merged - 1].second) {
      quoted[merged - 1].second = std::max(quoted[merged - 1].second, r.second);
    } else {
      quoted[merged++] = r;
    }
  }
  quoted.resize(merged);
  auto in_a_quote = [&quoted](uint64_t at) {
    auto after = std::upper_bound(quoted.begin(), quoted.end(), std::pair(at, UINT64_MAX));
    return after != quoted.begin() && at < std::prev(after)->second;
  };
  auto read = [&](const Mention& m) {
    if (m.type == EntityType::kPerson || m.type == EntityType::kBody) return true;
    if (m.entity.empty()) return false;
    if (m.type != EntityType::kCountry && m.type != EntityType::kGroup) return true;
    return in_a_quote(m.text_begin);
  };
  std::erase_if(x.mentions, [&](const Mention& m) { return !read(m); });
}

// Past the graph, verification reads names only in the name checks, which pass over states and
// groups of states: the kept mentions of those go before the checks run.
void drop_state_mentions(Extraction& x) {
  const size_t before = x.mentions.size();
  std::erase_if(x.mentions, [](const Mention& m) {
    return m.type == EntityType::kCountry || m.type == EntityType::kGroup;
  });
  if (x.mentions.size() < before) x.mentions.shrink_to_fit();
}

// A document's claims and names are held until the reports are written: each string is cut to
// its length, as recognizers that build one piece by piece leave room behind them.
void fit(Extraction& x) {
  for (Claim& c : x.claims) c.id.shrink_to_fit();
  x.claims.shrink_to_fit();
  x.mentions.shrink_to_fit();
  x.breakdowns.shrink_to_fit();
}

// A document's sentences go to the run's scratch file as its extraction ends, so the claims of
// a large corpus do not hold every sentence at once; a sentence of several claims is written once.
void spill_sentences(Extraction& x, const std::shared_ptr<Scratch>& scratch) {
  std::multimap<uint64_t, std::pair<QuotedSentence, QuotedSentence>> moved;  // by range start
  for (Claim& c : x.claims) {
    auto [from, to] = moved.equal_range(c.sentence.range().begin);
    auto it = std::find_if(from, to,
                           [&c](const auto& m) { return m.second.first.same_store(c.sentence); });
    if (it == to) {
      it = moved.emplace(c.sentence.range().begin,
                         std::pair(c.sentence, c.sentence.spilled(scratch)));
    }
    c.sentence = it->second.second;
  }
}

// Each document is read and extracted by one worker in turn, so only the documents in hand hold
// their text; results land in their slot, so the order never depends on the thread count.
void ingest_and_extract(const Env& env, const CorpusListing& listing, Pass& run,
                        const PassOptions& options) {
  const size_t n = listing.entries.size();
  run.documents.resize(n);
  run.extractions.resize(n);
  std::vector<size_t> mine;  // this shard's documents
  for (size_t i = options.shard; i < n; i += std::max(1u, options.shards)) mine.push_back(i);
  std::vector<char> out_of_memory(n, 0);
  std::atomic<size_t> next{0};
  std::mutex reporting;
  size_t done = 0;
  uint64_t bytes = 0;
  const std::shared_ptr<Scratch> scratch = env.open_scratch();
  auto one = [&](size_t i) {
    const CorpusEntry& e = listing.entries[i];
    Document& doc = run.documents[i];
    if (e.status == InputStatus::kOk) {
      doc = ingest_file(env, e.path, e.metadata, run.rules, options.ingest);
    } else {
      doc.source = e.metadata;
      doc.bytes = e.size;
      doc.status = e.status;
      doc.reason = e.reason;
    }
    try {
      run.extractions[i] = extract(doc, run.rules);
      Extraction& x = run.extractions[i];
      if (!options.keep_mentions) keep_compared_mentions(x);
      fit(x);
      spill_sentences(x, scratch);
    } catch (const std::bad_alloc&) {
      run.extractions[i] = Extraction{};
      out_of_memory[i] = 1;
    }
    if (!options.keep_text) doc.text = Text();
    if (options.progress) {
      std::lock_guard<std::mutex> lock(reporting);
      bytes += doc.bytes;
      options.progress(Progress{Progress::Phase::kExtract, ++done, mine.size(), bytes});
    }
  };
  // Reading and extracting are one step per document, so they report as one phase.
  if (options.progress) options.progress(Progress{Progress::Phase::kExtract, 0, mine.size(), 0});
  const unsigned threads =
      static_cast<unsigned>(std::min<size_t>(std::max(1u, options.ingest.threads), mine.size()));
  if (threads <= 1) {
    for (size_t i : mine) one(i);
  } else {
    prepare_parser();
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&] {
        const KeptLocale kept;
        for (size_t k = next++; k < mine.size(); k = next++) one(mine[k]);
      });
    }
    for (std::thread& t : pool) t.join();
  }
#ifdef __GLIBC__
  // The workers' arenas hold what reading and extracting freed; handing it back to the system
  // lets the graph and verification, which allocate on this thread, not add to it.
  if (threads > 1) malloc_trim(0);
#endif
  for (size_t i = 0; i < n; ++i) {
    if (!out_of_memory[i]) continue;
    Document& doc = run.documents[i];
    doc.status = InputStatus::kSkipped;
    doc.reason = Status::error(StatusCode::kUnsupported, "out of memory while extracting claims",
                               Location{.file = doc.source.path});
    run.given_up.push_back(i);
  }
}

void verify_run(Pass& run, const PassOptions& options) {
  if (options.progress) options.progress(Progress{Progress::Phase::kCompare, 0, 1, 0});
  run.graph = ClaimGraph::build(run.documents, run.extractions, run.rules);
  if (!options.keep_mentions) {
    for (Extraction& x : run.extractions) drop_state_mentions(x);
#ifdef __GLIBC__
    // The mentions were allocated by the extraction workers, in their arenas: this thread
    // allocates elsewhere, so what they freed goes back to the system or stays held.
    malloc_trim(0);
#endif
  }
  run.verification =
      options.owned_findings
          ? verify_owned(run.documents, run.extractions, run.rules, run.graph, options.verify,
                         options.owned_findings())
          : verify(run.documents, run.extractions, run.rules, run.graph, options.verify);
  if (!options.keep_mentions) {
    for (Extraction& x : run.extractions) std::vector<Mention>().swap(x.mentions);
  }
  if (options.progress) options.progress(Progress{Progress::Phase::kCompare, 1, 1, 0});
}

// A pass with its rules loaded and its corpus listed into `listing`.
Result<Pass> begin_pass(const Env& env, const PassOptions& options, CorpusListing& listing) {
  Result<RuleSet> rules = load_rules(env, options.rules_dir);
  if (!rules.is_ok()) return rules.status();
  Pass run;
  run.rules = std::move(rules).value();
  listing = list_corpus(env, options.paths, options.ingest);
  run.listing_diagnostics = run.rules.warnings();  // the rules' first: they were read first
  run.listing_diagnostics.insert(run.listing_diagnostics.end(), listing.diagnostics.begin(),
                                 listing.diagnostics.end());
  return run;
}

// A parser that cannot read its dictionary is off: the run says where it looked.
void note_parser_dictionary(const Env& env, Pass& run) {
  const Status found = find_parser_dictionary(env, parser_dictionary());
  if (!found.is_ok()) {
    run.listing_diagnostics.push_back({DiagnosticLevel::kWarning, found.where(), found.message()});
  }
}

}  // namespace

Result<Pass> read_corpus(const Env& env, const PassOptions& options) {
  CorpusListing listing;
  Result<Pass> run = begin_pass(env, options, listing);
  if (!run.is_ok()) return run;
  Pass& pass = run.value();
  pass.documents =
      ingest_corpus(env, listing, pass.rules, options.ingest,
                    phase_report(options, Progress::Phase::kIngest, listing.entries.size()));
  return run;
}

Result<Pass> extract_claims(const Env& env, const PassOptions& options) {
  CorpusListing listing;
  Result<Pass> run = begin_pass(env, options, listing);
  if (run.is_ok()) note_parser_dictionary(env, run.value());
  if (run.is_ok()) ingest_and_extract(env, listing, run.value(), options);
  // A shard's ids are made unique once the shards are gathered, in walk order.
  if (run.is_ok() && options.shards <= 1) make_claim_ids_unique(run.value().extractions);
  return run;
}

Result<Pass> run_corpus(const Env& env, const PassOptions& options) {
  Result<Pass> run = extract_claims(env, options);
  if (run.is_ok()) verify_run(run.value(), options);
  return run;
}

Result<Pass> run_claims(const Env& env, const std::vector<std::string>& claims_files,
                        const std::string& rules_dir, const VerifyOptions& options) {
  Result<RuleSet> rules = load_rules(env, rules_dir);
  if (!rules.is_ok()) return rules.status();
  Pass run;
  run.rules = std::move(rules).value();
  const std::shared_ptr<Scratch> scratch = env.open_scratch();
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
      spill_sentences(run.extractions.back(), scratch);
    }
  }
  make_claim_ids_unique(run.extractions);  // files extracted apart may give one id twice
  PassOptions verifying;
  verifying.verify = options;
  verify_run(run, verifying);
  return run;
}

Result<Shard> extract_shard(const Env& env, const PassOptions& options) {
  assert(options.shards > 0 && options.shard < options.shards);
  Result<Pass> run = extract_claims(env, options);
  if (!run.is_ok()) return run.status();
  Pass& pass = run.value();
  Shard shard;
  if (options.shards > 1)
    shard.items = items_by_owner(pass.extractions, pass.rules, options.shards);
  shard.rules = pass.rules;
  // Each document's claims go once written, so the shard is held about once, not twice.
  for (size_t i = options.shard; i < pass.documents.size(); i += options.shards) {
    append_claims_file(pass.documents[i], pass.extractions[i], shard.claims);
    pass.extractions[i] = Extraction{};
  }
  shard.given_up.assign(pass.given_up.begin(), pass.given_up.end());
  return shard;
}

Result<Pass> gather_shards(const Env& env, const PassOptions& options, size_t shards,
                           const std::function<Shard(size_t)>& shard) {
  CorpusListing listing;
  Result<Pass> started = begin_pass(env, options, listing);
  Status failed = started.is_ok() ? Status() : started.status();
  const size_t n = listing.entries.size();
  if (failed.is_ok()) {
    note_parser_dictionary(env, started.value());
    started.value().documents.resize(n);
    started.value().extractions.resize(n);
  }
  const std::shared_ptr<Scratch> scratch = env.open_scratch();  // the sentences, as in one process
  for (size_t s = 0; s < shards; ++s) {
    Shard next = shard(s);
    if (!failed.is_ok()) continue;  // still asked for: its process waits to hand it on
    Result<ClaimsFile> file = parse_claims_file("shard " + std::to_string(s), next.claims);
    std::string().swap(next.claims);
    if (!file.is_ok()) {
      failed = file.status();
      continue;
    }
    ClaimsFile& f = file.value();
    // Every process walks the same corpus; a shard that saw another one is a broken run.
    const size_t expected = s < n ? (n - s + shards - 1) / shards : 0;
    if (f.documents.size() != expected) {
      failed =
          Status::error(StatusCode::kUnsupported,
                        "shard " + std::to_string(s) + " holds " +
                            std::to_string(f.documents.size()) + " documents, not " +
                            std::to_string(expected) + ": the processes saw different corpora");
      continue;
    }
    Pass& run = started.value();
    for (size_t k = 0; k < f.documents.size(); ++k) {
      run.documents[s + k * shards] = std::move(f.documents[k]);
      run.extractions[s + k * shards] = std::move(f.extractions[k]);
      if (!options.keep_mentions) keep_compared_mentions(run.extractions[s + k * shards]);
      spill_sentences(run.extractions[s + k * shards], scratch);
    }
    run.given_up.insert(run.given_up.end(), next.given_up.begin(), next.given_up.end());
  }
  if (!failed.is_ok()) return failed;
  Pass& run = started.value();
  std::sort(run.given_up.begin(), run.given_up.end());
  if (make_claim_ids_unique(run.extractions) > 0) {
    // The owners named claims by the ids their shards gave, some now another claim's: compare
    // here, as one process would.
    PassOptions here = options;
    here.owned_findings = {};
    verify_run(run, here);
  } else {
    verify_run(run, options);
  }
  return started;
}

Result<Pass> gather_shards(const Env& env, const PassOptions& options, std::vector<Shard> shards) {
  return gather_shards(env, options, shards.size(),
                       [&shards](size_t s) { return std::move(shards[s]); });
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
  // The draft's id must be no corpus document's, or reports would list two sources as one.
  Source own = metadata;
  const auto taken = [&](const std::string& id) {
    return std::any_of(corpus.documents.begin(), corpus.documents.end(),
                       [&](const Document& doc) { return doc.source.id == id; });
  };
  while (taken(own.id)) own.id += "~draft";
  CheckedDraft d;
  d.draft = ingest_file(env, path, own, corpus.rules, options);
  d.claims = extract(d.draft, corpus.rules);
  d.check = check_draft(d.draft, d.claims, corpus.documents, corpus.extractions, corpus.rules,
                        verify_options);
  return d;
}

}  // namespace claimtrace
