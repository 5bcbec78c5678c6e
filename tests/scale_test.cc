// Correctness at archive scale: claim ids unique however their hashes collide, the part-above-
// total search against a brute-force reference, and the parser's dictionary found through Env.
#include <gtest/gtest.h>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "claim_ids.h"
#include "claimtrace/key_owner.h"
#include "claimtrace/parser_stats.h"
#include "claimtrace/pipeline.h"
#include "claimtrace/report_xml.h"
#include "content_id.h"
#include "extract/parsed_noun.h"
#include "rule_data.h"
#include "spread_in_memory.h"
#include "test_corpus.h"
#include "test_paths.h"
#include "verify/items.h"
#include "verify/rounding.h"

namespace claimtrace {
namespace {

const std::string kRules = test_paths::data() + "/rules";
const std::string kCorpus = test_paths::data() + "/claims-corpus";

// --- claim ids ------------------------------------------------------------------------------

// Ids keep `bits` bits of their hash while it lives: few enough, every corpus collides.
class NarrowIds {
 public:
  explicit NarrowIds(unsigned bits) { id_hash_bits() = bits; }
  ~NarrowIds() { id_hash_bits() = 48; }
};

Claim claim_with(const std::string& id) {
  Claim c;
  c.id = id;
  return c;
}

std::vector<std::string> ids_of(const Extraction& x) {
  std::vector<std::string> out;
  for (const Claim& c : x.claims) out.push_back(c.id);
  return out;
}

TEST(ClaimIds, TheFirstClaimOfAnIdKeepsItAndLaterOnesTakeAFreeSuffix) {
  std::vector<Extraction> corpus(3);
  corpus[0].claims = {claim_with("ca"), claim_with("cb")};
  corpus[1].claims = {claim_with("cc"), claim_with("ca"), claim_with("ca")};
  Breakdown b;
  b.total = "ca";
  b.parts.resize(2);
  b.parts[0].claim = "cc";
  corpus[1].breakdowns = {b};
  corpus[2].claims = {claim_with("ca-2"), claim_with("cb")};
  EXPECT_EQ(make_claim_ids_unique(corpus), 3u);
  EXPECT_EQ(ids_of(corpus[0]), (std::vector<std::string>{"ca", "cb"}));
  // "ca-2" is a claim's own id already: the next free one is taken.
  EXPECT_EQ(ids_of(corpus[1]), (std::vector<std::string>{"cc", "ca-3", "ca-4"}));
  EXPECT_EQ(ids_of(corpus[2]), (std::vector<std::string>{"ca-2", "cb-2"}));
  // A breakdown names its own document's claim, the first of the id it named.
  EXPECT_EQ(corpus[1].breakdowns[0].total, "ca-3");
  EXPECT_EQ(corpus[1].breakdowns[0].parts[0].claim, "cc");
  EXPECT_EQ(corpus[1].breakdowns[0].parts[1].claim, "");
  // Unique ids are left as they are.
  EXPECT_EQ(make_claim_ids_unique(corpus), 0u);
}

PassOptions claims_corpus(unsigned threads) {
  PassOptions options;
  options.paths = {kCorpus, test_paths::source() + "/corpus"};
  options.rules_dir = kRules;
  options.ingest.threads = threads;
  return options;
}

std::vector<std::string> all_ids(const Pass& run) {
  std::vector<std::string> out;
  for (const Extraction& x : run.extractions) {
    for (const Claim& c : x.claims) out.push_back(c.id);
  }
  return out;
}

// What a finding says and about which claims, by their quotes and sources, not their ids.
std::multiset<std::string> said(const Pass& run) {
  std::multiset<std::string> out;
  for (const Discrepancy& d : run.verification.discrepancies) {
    std::string s =
        std::string(to_string(d.kind)) + "|" + to_string(d.severity) + "|" + d.explanation;
    for (const Evidence& e : d.evidence) {
      s += "|" + e.source + ":" + std::to_string(e.span.begin) + ":" + e.quote;
    }
    out.insert(s);
  }
  return out;
}

TEST(ClaimIds, ClaimsWhoseHashesCollideKeepTheirOwnIdsAndFindings) {
  Result<Pass> wide = run_corpus(default_env(), claims_corpus(1));
  ASSERT_TRUE(wide.is_ok()) << wide.status().to_string();
  // Today's ids where nothing collides: the content hash alone.
  for (const std::string& id : all_ids(wide.value())) EXPECT_EQ(id.size(), 13u) << id;

  NarrowIds narrow(2);  // 4 ids for every claim and finding of the corpus
  Result<Pass> one = run_corpus(default_env(), claims_corpus(1));
  ASSERT_TRUE(one.is_ok()) << one.status().to_string();
  const Pass& a = one.value();
  const std::vector<std::string> ids = all_ids(a);
  ASSERT_GT(ids.size(), 32u);
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
  EXPECT_EQ(a.graph.count(NodeKind::kClaim), ids.size());
  // Nothing merged or misattributed: the findings of the wide ids, claim by claim.
  EXPECT_EQ(said(a), said(wide.value()));
  // Findings' ids narrowed alike are unique too.
  std::set<std::string> found;
  for (const Discrepancy& d : a.verification.discrepancies) found.insert(d.id);
  ASSERT_GT(a.verification.discrepancies.size(), 4u);
  EXPECT_EQ(found.size(), a.verification.discrepancies.size());

  auto same = [&a](const Pass& b, const std::string& how) {
    EXPECT_EQ(all_ids(b), all_ids(a)) << how;
    EXPECT_EQ(b.verification, a.verification) << how;
    EXPECT_EQ(report_xml({b.documents, b.extractions, b.graph, b.verification}),
              report_xml({a.documents, a.extractions, a.graph, a.verification}))
        << how;
  };
  for (unsigned threads : {2u, 4u}) {
    Result<Pass> b = run_corpus(default_env(), claims_corpus(threads));
    ASSERT_TRUE(b.is_ok());
    same(b.value(), std::to_string(threads) + " threads");
  }
  // Spread over processes, the ids are made unique once gathered, in walk order.
  for (unsigned processes : {2u, 3u}) {
    Result<Pass> b = spread_in_memory(claims_corpus(1), processes);
    ASSERT_TRUE(b.is_ok()) << b.status().to_string();
    same(b.value(), std::to_string(processes) + " processes");
  }
  // Through the claims file and back: the ids the file holds, unique still.
  const std::string dir = testing::TempDir() + "/scale_claims";
  std::filesystem::create_directories(dir);
  const std::string file = dir + "/claims.jsonl";
  ASSERT_TRUE(default_env().write_file_atomically(file, claims_file(a)).is_ok());
  Result<Pass> read = run_claims(default_env(), {file}, kRules);
  ASSERT_TRUE(read.is_ok());
  EXPECT_EQ(all_ids(read.value()), ids);
  EXPECT_EQ(read.value().verification, a.verification);
  // Two files extracted apart collide with each other: the second file's claims give way.
  Result<Pass> twice = run_claims(default_env(), {file, file}, kRules);
  ASSERT_TRUE(twice.is_ok());
  const std::vector<std::string> both = all_ids(twice.value());
  EXPECT_EQ(std::set<std::string>(both.begin(), both.end()).size(), 2 * ids.size());
  EXPECT_TRUE(std::equal(ids.begin(), ids.end(), both.begin()));
  std::filesystem::remove_all(dir);
}

// --- part above total -----------------------------------------------------------------------

Pass verified(const std::vector<TestInput>& inputs) {
  TestCorpus t = ingest_and_extract(inputs);
  Pass p;
  p.documents = std::move(t.docs);
  p.extractions = std::move(t.extractions);
  p.graph = ClaimGraph::build(p.documents, p.extractions, fixture_rules());
  p.verification = verify(p.documents, p.extractions, fixture_rules(), p.graph);
  return p;
}

// (total claim, part claim) pairs.
using Pair = std::pair<std::string, std::string>;

// Per total claim, the parts a finding quotes, and the finding's wording.
struct Quoted {
  std::set<std::string> parts;
  std::string explanation;
};

std::map<std::string, Quoted> parts_above(const Pass& p) {
  std::map<std::string, Quoted> out;
  for (const Discrepancy& d : p.verification.discrepancies) {
    if (d.kind != DiscrepancyKind::kArithmetic || d.evidence.size() < 2) continue;
    if (d.evidence[0].role != EvidenceRole::kTotal) continue;
    EXPECT_EQ(out.count(d.evidence[0].claim), 0u) << "two findings for " << d.evidence[0].claim;
    Quoted& q = out[d.evidence[0].claim];
    q.explanation = d.explanation;
    for (size_t i = 1; i < d.evidence.size(); ++i) {
      EXPECT_EQ(d.evidence[i].role, EvidenceRole::kPart);
      q.parts.insert(d.evidence[i].claim);
    }
  }
  return out;
}

// Every part against every total, as items (an "about" figure is compared as the interval its
// rounding allows): one figure a document, so no source sums its own parts. Per total, its
// parts above it with their lower bounds.
std::map<std::string, std::map<std::string, double>> brute_force(const Pass& p) {
  const Keyed keyed = Keyed::build(p.extractions, fixture_rules().data());
  std::vector<const Item*> totals, parts;
  for (const Item& it : keyed.items) {
    const std::string& attribute = it.key.attribute.str();
    if (attribute == "trade.turnover") totals.push_back(&it);
    if (attribute.starts_with("trade.exports") || attribute.starts_with("trade.imports"))
      parts.push_back(&it);
  }
  std::map<std::string, std::map<std::string, double>> out;
  for (const Item* part : parts) {
    for (const Item* total : totals) {
      if (part->key.subject != total->key.subject || part->key.unit != total->key.unit) continue;
      if (!part->when.within(total->when)) continue;
      const double slack = half_unit(part->c->value) + half_unit(total->c->value);
      if (part->low - slack > total->high) out[total->c->id][part->c->id] = part->low;
    }
  }
  return out;
}

TEST(PartAboveTotal, ManyFiguresOfOneKeyGiveOneFindingATotalQuotingItsLargestParts) {
  std::vector<TestInput> inputs;
  const char* parts_said[] = {"exports to", "imports from"};
  const char* periods[] = {"in 2021", "in March 2021", "in 2020"};
  for (int i = 0; i < 48; ++i) {
    // Figures of one key, spread so that some parts are above some totals and not others,
    // some "about" (an interval), some at the edge of rounding.
    const int part = 5 + (i * 37) % 60, total = 20 + (i * 23) % 70;
    const std::string about = i % 5 == 0 ? "about " : "";
    inputs.push_back({"p" + std::to_string(i), "2022-06",
                      "Belarus " + std::string(parts_said[i % 2]) + " China were " + about + "$" +
                          std::to_string(part) + "." + std::to_string(i % 3) + " billion " +
                          periods[i % 3] + "."});
    inputs.push_back({"t" + std::to_string(i), "2022-06",
                      "Trade turnover between Belarus and China was " + about + "$" +
                          std::to_string(total) + " billion " + periods[(i + 1) % 3] + "."});
  }
  const Pass p = verified(inputs);
  const auto expected = brute_force(p);
  const std::map<std::string, Quoted> found = parts_above(p);
  size_t pairs = 0, many = 0;
  for (const auto& [total, above] : expected) {
    pairs += above.size();
    many += above.size() > 3;
  }
  ASSERT_GT(pairs, 50u);  // the search has something to find, and to leave
  ASSERT_GT(many, 3u);    // and totals with more parts above than a finding quotes
  ASSERT_EQ(found.size(), expected.size());
  for (const auto& [total, above] : expected) {
    auto f = found.find(total);
    ASSERT_NE(f, found.end()) << total;
    EXPECT_EQ(f->second.parts.size(), std::min<size_t>(3, above.size())) << total;
    double least_quoted = HUGE_VAL;
    for (const std::string& part : f->second.parts) {
      ASSERT_TRUE(above.count(part)) << total << " quotes " << part;
      least_quoted = std::min(least_quoted, above.at(part));
    }
    for (const auto& [part, low] : above) {
      if (!f->second.parts.count(part)) {
        EXPECT_LE(low, least_quoted) << total << " " << part;
      }
    }
    if (above.size() > 1) {
      EXPECT_NE(f->second.explanation.find(std::to_string(above.size()) + " of its parts"),
                std::string::npos)
          << f->second.explanation;
    }
  }
}

// Each target against every actual figure of its key, in key order: the first below it.
std::set<Pair> missed_by_reading_every_figure(const Pass& p) {
  const RuleData& rules = fixture_rules().data();
  const Keyed keyed = Keyed::build(p.extractions, rules);
  std::set<Pair> out;
  for (size_t d = 0; d < p.extractions.size(); ++d) {
    for (const Claim& t : p.extractions[d].claims) {
      if (t.period_basis != PeriodBasis::kStated) continue;
      std::optional<Item> target = item_of(t, d, rules, /*goals=*/true);
      if (!target || target->shape() != KeyShape::kQuantity) continue;
      auto found = keyed.keys.find(target->key);
      if (found == keyed.keys.end()) continue;
      for (size_t i : found->second) {
        const Item& actual = keyed.items[i];
        if (actual.implicit || !(actual.when == target->when) || actual.high >= target->low)
          continue;
        out.insert({t.id, actual.c->id});
        break;
      }
    }
  }
  return out;
}

TEST(MissedTargets, ManyTargetsAndFiguresOfOneKeyGiveTheFirstFigureBelowEach) {
  std::vector<TestInput> inputs;
  for (int i = 0; i < 40; ++i) {
    const std::string year = std::to_string(2024 + i % 2);
    inputs.push_back({"t" + std::to_string(i), "2023-06",
                      "Belarus and China plan to raise trade turnover to $" +
                          std::to_string(5 + (i * 7) % 20) + " billion in " + year + "."});
    inputs.push_back({"a" + std::to_string(i), "2026-06",
                      "Trade turnover between Belarus and China was " +
                          std::string(i % 4 == 0 ? "about " : "") + "$" +
                          std::to_string(3 + (i * 11) % 25) + " billion in " + year + "."});
  }
  const Pass p = verified(inputs);
  std::set<Pair> found;
  for (const Discrepancy& d : p.verification.discrepancies) {
    if (d.kind == DiscrepancyKind::kTargetMissed && d.evidence.size() == 2)
      found.insert({d.evidence[0].claim, d.evidence[1].claim});
  }
  const std::set<Pair> expected = missed_by_reading_every_figure(p);
  ASSERT_GT(expected.size(), 10u);
  EXPECT_EQ(found, expected);
}

// --- the parser's dictionary ------------------------------------------------------------------

TEST(ParserDictionary, AMissingDictionaryIsAStatusNamingItsPath) {
  MemoryEnv env;
  const Status missing = find_parser_dictionary(env, "/nowhere/en");
  if (!parser_stats().built) {
    EXPECT_TRUE(missing.is_ok());  // no parser, nothing to find
    return;
  }
  EXPECT_EQ(missing.code(), StatusCode::kNotFound);
  EXPECT_EQ(missing.where().file, "/nowhere/en/4.0.dict");
  env.add_file("/dictionaries/en/4.0.dict", "% a dictionary\n");
  EXPECT_TRUE(find_parser_dictionary(env, "/dictionaries/en").is_ok());
  env.add_directory("/odd/en/4.0.dict");
  EXPECT_EQ(find_parser_dictionary(env, "/odd/en").code(), StatusCode::kNotFound);
  // The dictionary the parser reads is named by absolute path, never looked for where claimtrace
  // runs.
  EXPECT_EQ(parser_dictionary().front(), '/');
}

// The dictionary loads when a sentence first needs it, in whichever thread, and loading sets the
// process's locale for a moment: a run's other threads keep the locale they started with.
TEST(ParserDictionary, AWorkerKeepsItsLocaleWhileTheProcessLocaleChanges) {
  if (!parser_stats().built) GTEST_SKIP() << "built without link-grammar";
  const std::string before = std::setlocale(LC_CTYPE, nullptr);
  ASSERT_EQ(MB_CUR_MAX, 1u) << "tests run in the C locale";
  prepare_parser();
  size_t worker_max = 0, process_max = 0;
  std::thread worker([&] {
    const KeptLocale kept;
    ASSERT_NE(std::setlocale(LC_CTYPE, "C.UTF-8"), nullptr);  // as the loading does
    worker_max = MB_CUR_MAX;
    {
      // A thread with no kept locale reads the process's.
      std::thread other([&] { process_max = MB_CUR_MAX; });
      other.join();
    }
    std::setlocale(LC_CTYPE, before.c_str());
  });
  worker.join();
  EXPECT_EQ(worker_max, 1u);
  EXPECT_GT(process_max, 1u);
  EXPECT_EQ(std::setlocale(LC_CTYPE, nullptr), before);
}

// A run whose Env holds no dictionary goes on without the parser and says where it looked.
TEST(ParserDictionary, ARunWithoutTheDictionaryWarnsAndGoesOn) {
  if (!parser_stats().built) GTEST_SKIP() << "built without link-grammar";
  MemoryEnv env;
  for (const auto& f : std::filesystem::directory_iterator(kRules)) {
    const std::string name = f.path().filename().string();
    env.add_file("r/" + name, default_env().read_file(f.path().string(), 1u << 20).value());
  }
  env.add_file("d/a.txt", "Trade turnover between Belarus and China was $6 billion in 2021.");
  PassOptions options;
  options.paths = {"d"};
  options.rules_dir = "r";
  Result<Pass> run = extract_claims(env, options);
  ASSERT_TRUE(run.is_ok()) << run.status().to_string();
  EXPECT_EQ(run.value().claim_count(), 1u);
  const std::string dictionary = join_path(parser_dictionary(), "4.0.dict");
  auto warned = [&](const Pass& p) {
    return std::any_of(p.listing_diagnostics.begin(), p.listing_diagnostics.end(),
                       [&](const Diagnostic& d) { return d.where.file == dictionary; });
  };
  EXPECT_TRUE(warned(run.value()));
  // Where the dictionary is, nothing is said.
  env.add_file(dictionary, "% the dictionary\n");
  Result<Pass> again = extract_claims(env, options);
  ASSERT_TRUE(again.is_ok());
  EXPECT_FALSE(warned(again.value()));
}

}  // namespace
}  // namespace claimtrace
