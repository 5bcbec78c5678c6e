// The claims file: every field survives the round trip, malformed input is an error at its
// line and column, and verifying from claims files gives the report verifying documents gives.
#include "claimtrace/claims_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <limits>

#include "claimtrace/pipeline.h"
#include "claimtrace/report_xml.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

const std::string kRules = test_paths::source() + "/rules";
const std::string kCorpus = test_paths::data() + "/claims-corpus";

// A document and an extraction with every field set, including bytes JSON cannot carry as such.
Document sample_document() {
  Document d;
  d.source.id = "weekly";
  d.source.path = "in/we\xff\x01ird \"name\".html";  // a byte that is not UTF-8, a control
  d.source.title = {"Minsk & Beijing \xE2\x80\x94 a \xF0\x9F\x93\x88 year", "html <title>"};
  d.source.publisher = {"Weekly\tReview", "manifest"};
  d.source.kind = {"news", "manifest"};
  d.source.language = {"en", "html lang"};
  d.source.published = PartialDate::parse("2022-04");
  d.source.published_from = "manifest";
  d.format = Format::kHtml;
  d.encoding = "windows-1251";
  d.bytes = 12345;
  d.diagnostics.push_back(
      {DiagnosticLevel::kWarning, Location{"in/weekly.html", 17, 2, 5}, "invalid sequence\n"});
  return d;
}

Extraction sample_extraction() {
  Extraction e;
  Claim c;
  c.id = "c1";
  c.source = "weekly";
  c.path = "in/we\xff\x01ird \"name\".html";
  c.span = {100, 112};
  c.position = {3, 48};
  c.quote = "over $3.9 billion";
  c.sentence = QuotedSentence({4, 47}, "Trade reached over $3.9 billion \\ \"then\".");
  c.text_begin = 90;
  c.text_end = 102;
  c.kind = ClaimKind::kAmount;
  c.subject = Subject(std::vector<std::string>{"CN", "BY"});
  c.attribute = "trade.turnover";
  c.period = {2021, 1, 1, 2021, 12, 31, false};
  c.period_basis = PeriodBasis::kStated;
  c.value = 3.9e9;
  c.unit = "USD";
  c.low = 0.1 + 0.2;  // a value whose shortest form is long
  c.high = std::numeric_limits<double>::infinity();
  c.qualifier = Qualifier::kMoreThan;
  c.modality = Modality::kReported;
  c.speaker = "officials";
  c.scope = "in Asia";
  c.object = "partnership";
  c.anchor = 7;
  e.claims.push_back(c);
  Claim label = c;
  label.id = "c2";
  label.numeric = false;
  label.text = "2021-06-11";
  label.kind = ClaimKind::kDate;
  label.low = -std::numeric_limits<double>::infinity();
  label.period = {2020, 0, 0, 0, 0, 0, true};
  label.anchor = -1;
  e.claims.push_back(label);
  e.mentions.push_back(
      {"BY", "Belarus", "Byelorussia", EntityType::kCountry, {5, 16}, {1, 6}, 4, 15});
  e.mentions.push_back(
      {"", "Ministry of Trade", "the Ministry of Trade", EntityType::kBody, {}, {}, 0, 0});
  Breakdown b;
  b.total = "c1";
  b.exhaustive = true;
  b.cue = ":";
  b.parts.push_back({"c2", 20, 20, {130, 132}, {3, 70}, "20"});
  b.parts.push_back({"", 1.5, 2.5, {140, 143}, {3, 78}, "1.5"});
  e.breakdowns.push_back(b);
  return e;
}

void expect_same_document(const Document& a, const Document& b) {
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.format, b.format);
  EXPECT_EQ(a.encoding, b.encoding);
  EXPECT_EQ(a.bytes, b.bytes);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.reason, b.reason);
  EXPECT_EQ(a.diagnostics, b.diagnostics);
}

TEST(ClaimsFile, EveryFieldSurvivesTheRoundTrip) {
  Document skipped;
  skipped.source.id = "broken";
  skipped.source.path = "in/broken.txt";
  skipped.status = InputStatus::kSkipped;
  skipped.reason =
      Status::error(StatusCode::kUnsupported, "binary file", Location{"in/broken.txt", 3, 1, 4});
  std::string text;
  append_claims_file(sample_document(), sample_extraction(), text);
  append_claims_file(skipped, Extraction{}, text);
  for (size_t at = text.find('\n'); at + 1 < text.size(); at = text.find('\n', at + 1)) {
    EXPECT_NE(text[at + 1], '\n');  // one record per line, nothing raw inside a string
  }
  EXPECT_TRUE(text.find('\xff') == std::string::npos) << "bytes that are not UTF-8 are escaped";

  Result<ClaimsFile> read = parse_claims_file("x.claims", text);
  ASSERT_TRUE(read.is_ok()) << read.status().to_string();
  ASSERT_EQ(read.value().documents.size(), 2u);
  expect_same_document(read.value().documents[0], sample_document());
  expect_same_document(read.value().documents[1], skipped);
  EXPECT_EQ(read.value().extractions[0], sample_extraction());
  EXPECT_EQ(read.value().extractions[1], Extraction{});
  EXPECT_TRUE(read.value().documents[0].text.str().empty());

  std::string again;
  for (size_t i = 0; i < 2; ++i) {
    append_claims_file(read.value().documents[i], read.value().extractions[i], again);
  }
  EXPECT_EQ(again, text);
}

// The manifest's url, archived-url and trust-prior travel with the document, so verify --claims
// cites the same URLs and starts from the same priors; a document without them writes none.
TEST(ClaimsFile, ManifestUrlsAndTrustPriorSurviveTheRoundTrip) {
  Document d = sample_document();
  d.source.url = "https://mfa.example/a";
  d.source.archived_url = "https://web.archive.org/web/2024/https://mfa.example/a";
  d.source.trust_prior = 0.75;
  std::string text;
  append_claims_file(d, sample_extraction(), text);
  Result<ClaimsFile> read = parse_claims_file("x.claims", text);
  ASSERT_TRUE(read.is_ok()) << read.status().to_string();
  EXPECT_EQ(read.value().documents[0].source.url, d.source.url);
  EXPECT_EQ(read.value().documents[0].source.archived_url, d.source.archived_url);
  EXPECT_EQ(read.value().documents[0].source.trust_prior, d.source.trust_prior);
  std::string plain;
  append_claims_file(sample_document(), sample_extraction(), plain);
  EXPECT_EQ(plain.find("trust_prior"), std::string::npos);
  EXPECT_EQ(plain.find("\"url\""), std::string::npos);
}

TEST(ClaimsFile, AnEmptyFileHoldsNoDocuments) {
  Result<ClaimsFile> read = parse_claims_file("empty.claims", "");
  ASSERT_TRUE(read.is_ok());
  EXPECT_TRUE(read.value().documents.empty());
}

// The first error of each malformed file, as a compiler would print it.
std::string error_of(const std::string& text) {
  Result<ClaimsFile> read = parse_claims_file("bad.claims", text);
  return read.is_ok() ? "ok" : read.status().to_string();
}

TEST(ClaimsFile, MalformedInputIsAnErrorAtItsLineAndColumn) {
  std::string good;
  append_claims_file(sample_document(), sample_extraction(), good);
  const size_t first_line = good.find('\n') + 1;

  EXPECT_EQ(error_of("{\"type\":\"document\",\n"),
            "bad.claims:1:20: expected a member name in quotes");
  EXPECT_EQ(error_of(good.substr(0, first_line) + "{\"type\": \"claim\", \"id\": tru}\n"),
            "bad.claims:2:25: expected a JSON value");
  EXPECT_EQ(error_of("[1, 2]\n"), "bad.claims:1:1: a record must be a JSON object");
  EXPECT_EQ(error_of("{\"type\":\"chapter\"}\n"),
            "bad.claims:1:9: unknown record type \"chapter\"");
  EXPECT_EQ(error_of("{\"id\":\"x\"}\n"), "bad.claims:1:1: missing field \"type\"");
  EXPECT_EQ(error_of("{\"type\":\"claim\",\"id\":\"x\"}\n"),
            "bad.claims:1:1: a claim record before any document record");
  EXPECT_EQ(error_of("{\"type\":\"document\",\"id\":7}\n"),
            "bad.claims:1:25: field \"id\" should be a string");
  EXPECT_EQ(error_of("\"\\ud800\"\n"), "bad.claims:1:8: a high surrogate needs its low surrogate");
  EXPECT_EQ(error_of(std::string(100, '[') + "\n"), "bad.claims:1:34: JSON nested too deeply");

  // A claim whose kind is unknown, and one whose span is negative.
  std::string kind = good;
  kind.replace(kind.find("\"kind\":\"amount\""), 15, "\"kind\":\"amounts\"");
  EXPECT_EQ(error_of(kind).substr(0, 13), "bad.claims:2:");
  EXPECT_NE(error_of(kind).find("field \"kind\" has an unknown value"), std::string::npos);
  std::string span = good;
  span.replace(span.find("\"start\":100"), 11, "\"start\":-100");
  EXPECT_NE(error_of(span).find("field \"start\" is not a whole number in range"),
            std::string::npos);

  // Cut off after its first claim: the document announced more.
  const size_t cut = good.find('\n', first_line) + 1;
  EXPECT_EQ(error_of(good.substr(0, cut)),
            "bad.claims:1:1: document \"weekly\" announces 2 claims, 2 mentions and 1 breakdowns; "
            "the file holds 1, 0 and 0");
  // One claim too many.
  const std::string extra = good + good.substr(first_line, cut - first_line);
  EXPECT_EQ(error_of(extra).substr(0, 14), "bad.claims:7:1");
}

TEST(ClaimsFile, ARunFromClaimsFilesGivesTheSameReport) {
  PassOptions options;
  options.paths = {kCorpus};
  options.rules_dir = kRules;
  options.ingest.threads = 2;
  Result<Pass> documents = run_corpus(default_env(), options);
  ASSERT_TRUE(documents.is_ok()) << documents.status().to_string();
  ASSERT_GE(documents.value().verification.discrepancies.size(), 2u);

  const std::string path = "/tmp/claimtrace-claims-test-" + std::to_string(getpid()) + ".jsonl";
  ASSERT_TRUE(default_env().write_file_atomically(path, claims_file(documents.value())).is_ok());
  Result<Pass> claims = run_claims(default_env(), {path}, kRules);
  std::remove(path.c_str());
  ASSERT_TRUE(claims.is_ok()) << claims.status().to_string();

  const Pass& a = documents.value();
  const Pass& b = claims.value();
  ASSERT_EQ(a.documents.size(), b.documents.size());
  for (size_t i = 0; i < a.documents.size(); ++i) {
    expect_same_document(a.documents[i], b.documents[i]);
    EXPECT_TRUE(b.documents[i].text.str().empty());
  }
  EXPECT_EQ(a.extractions, b.extractions);
  EXPECT_EQ(a.verification, b.verification);
  EXPECT_EQ(report_xml({a.documents, a.extractions, a.graph, a.verification}),
            report_xml({b.documents, b.extractions, b.graph, b.verification}));
}

TEST(ClaimsFile, ShardsGatheredGiveTheRunOfOneProcess) {
  PassOptions options;
  options.paths = {kCorpus};
  options.rules_dir = kRules;
  options.keep_text = false;
  Result<Pass> whole = run_corpus(default_env(), options);
  ASSERT_TRUE(whole.is_ok()) << whole.status().to_string();
  const Pass& a = whole.value();
  ASSERT_GE(a.documents.size(), 3u);
  for (const Document& d : a.documents) EXPECT_TRUE(d.text.str().empty());

  // More shards than documents too: a shard may hold none.
  for (unsigned count : {2u, 3u, static_cast<unsigned>(a.documents.size()) + 1}) {
    std::vector<Shard> shards;
    for (unsigned s = 0; s < count; ++s) {
      PassOptions one = options;
      one.shard = s;
      one.shards = count;
      Result<Shard> shard = extract_shard(default_env(), one);
      ASSERT_TRUE(shard.is_ok()) << shard.status().to_string();
      shards.push_back(std::move(shard).value());
    }
    Result<Pass> gathered = gather_shards(default_env(), options, shards);
    ASSERT_TRUE(gathered.is_ok()) << gathered.status().to_string();
    const Pass& b = gathered.value();
    ASSERT_EQ(a.documents.size(), b.documents.size());
    for (size_t i = 0; i < a.documents.size(); ++i) {
      expect_same_document(a.documents[i], b.documents[i]);
    }
    EXPECT_EQ(a.extractions, b.extractions);
    EXPECT_EQ(a.verification, b.verification);
    EXPECT_EQ(report_xml({a.documents, a.extractions, a.graph, a.verification}),
              report_xml({b.documents, b.extractions, b.graph, b.verification}))
        << count << " shards";

    // A shard missing, so the others hold other documents than their place says: an error, not
    // a quiet gap.
    if (count <= a.documents.size()) {
      shards.pop_back();
      EXPECT_FALSE(gather_shards(default_env(), options, shards).is_ok()) << count << " shards";
    }
  }
}

// A run that keeps no mentions past verification lets most of them go as each document is
// extracted; what verification reads of them stays, so it finds what a run keeping them finds.
TEST(ClaimsFile, ARunLettingMentionsGoVerifiesAsOneKeepingThem) {
  PassOptions options;
  options.paths = {test_paths::data() + "/dev/tune"};
  options.rules_dir = kRules;
  Result<Pass> kept = run_corpus(default_env(), options);
  ASSERT_TRUE(kept.is_ok()) << kept.status().to_string();
  size_t mentions = 0;
  for (const Extraction& e : kept.value().extractions) mentions += e.mentions.size();
  ASSERT_GT(mentions, 0u);
  options.keep_mentions = false;
  Result<Pass> let_go = run_corpus(default_env(), options);
  ASSERT_TRUE(let_go.is_ok()) << let_go.status().to_string();
  const Pass& a = kept.value();
  const Pass& b = let_go.value();
  for (const Extraction& e : b.extractions) EXPECT_TRUE(e.mentions.empty());
  EXPECT_EQ(a.verification, b.verification);
  EXPECT_TRUE(a.graph.dot() == b.graph.dot()) << "the graphs differ";  // too long to print
  EXPECT_EQ(a.graph.copies(), b.graph.copies());
  for (size_t d = 0; d < a.extractions.size(); ++d) {
    for (const Claim& c : a.extractions[d].claims) {
      EXPECT_EQ(a.graph.origin(c.id), b.graph.origin(c.id));
    }
  }
}

// Shards are asked for one at a time and in order, every one even after a broken one, since the
// process holding it waits to hand it on; the run is then the error, not a gap.
TEST(ClaimsFile, GatheringAsksForEveryShardInTurnEvenAfterABrokenOne) {
  PassOptions options;
  options.paths = {kCorpus};
  options.rules_dir = kRules;
  std::vector<Shard> shards;
  for (unsigned s = 0; s < 3; ++s) {
    PassOptions one = options;
    one.shard = s;
    one.shards = 3;
    Result<Shard> shard = extract_shard(default_env(), one);
    ASSERT_TRUE(shard.is_ok()) << shard.status().to_string();
    shards.push_back(std::move(shard).value());
  }
  std::vector<size_t> asked;
  auto hand_on = [&](size_t s) {
    asked.push_back(s);
    return shards[s];
  };
  EXPECT_TRUE(gather_shards(default_env(), options, 3, hand_on).is_ok());
  EXPECT_EQ(asked, (std::vector<size_t>{0, 1, 2}));

  asked.clear();
  shards[0].claims = "{not a claims file\n";
  Result<Pass> broken = gather_shards(default_env(), options, 3, hand_on);
  EXPECT_FALSE(broken.is_ok());
  EXPECT_NE(broken.status().to_string().find("shard 0"), std::string::npos)
      << broken.status().to_string();
  EXPECT_EQ(asked, (std::vector<size_t>{0, 1, 2}));

  asked.clear();
  options.rules_dir = "/no/such/rules";  // every process fails alike
  EXPECT_FALSE(gather_shards(default_env(), options, 3, hand_on).is_ok());
  EXPECT_EQ(asked, (std::vector<size_t>{0, 1, 2}));
}

TEST(ClaimsFile, AClaimsFileInErrorIsASkippedInputAndTheOthersGoOn) {
  MemoryEnv env;
  Result<Pass> rules_only = run_claims(default_env(), {}, kRules);
  ASSERT_TRUE(rules_only.is_ok());
  Document d = sample_document();
  std::string good;
  append_claims_file(d, Extraction{}, good);
  const std::string dir = "/tmp/claimtrace-claims-test-" + std::to_string(getpid());
  ASSERT_TRUE(default_env().make_directories(dir).is_ok());
  ASSERT_TRUE(default_env().write_file_atomically(dir + "/good.claims", good).is_ok());
  ASSERT_TRUE(default_env().write_file_atomically(dir + "/bad.claims", good + "{oops\n").is_ok());
  Result<Pass> run = run_claims(
      default_env(), {dir + "/bad.claims", dir + "/missing.claims", dir + "/good.claims"}, kRules);
  std::remove((dir + "/good.claims").c_str());
  std::remove((dir + "/bad.claims").c_str());
  std::remove(dir.c_str());
  ASSERT_TRUE(run.is_ok());
  ASSERT_EQ(run.value().documents.size(), 3u);
  const Document& bad = run.value().documents[0];
  EXPECT_EQ(bad.status, InputStatus::kSkipped);
  EXPECT_EQ(bad.source.path, dir + "/bad.claims");
  EXPECT_EQ(bad.reason.to_string(), dir + "/bad.claims:2:2: expected a member name in quotes");
  EXPECT_EQ(run.value().documents[1].status, InputStatus::kSkipped);
  EXPECT_EQ(run.value().documents[1].reason.code(), StatusCode::kNotFound);
  EXPECT_EQ(run.value().documents[2].source, d.source);
  EXPECT_TRUE(run.value().any_skipped());
  EXPECT_EQ(run.value().verification.trust.size(), 3u);

  Result<Pass> no_rules = run_claims(default_env(), {}, dir + "/no-rules-here");
  EXPECT_FALSE(no_rules.is_ok());
}

}  // namespace
}  // namespace claimtrace
