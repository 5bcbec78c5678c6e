// The desk's config (claimtrace.xml): parsed and checked with file:line:column, found beside the
// corpus, never read as a document; its trust priors move where a source's trust starts.
#include "claimtrace/config.h"

#include <gtest/gtest.h>

#include "claimtrace/corpus.h"
#include "claimtrace/verify.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

constexpr const char* kDesk = R"(<claimtrace-config>
  <organisation name="Desk &amp; Co" url="https://desk.example/"/>
  <rules dir="my-rules"/>
  <prior kind="official" trust="0.8"/>
  <prior publisher="Daily Blog" trust="0.2"/>
  <check fail-on="contradicted|disputed"/>
  <reviewer name="Anna K."/>
</claimtrace-config>)";

TEST(Config, ParsesEverySetting) {
  Result<DeskConfig> c = parse_config("corpus/claimtrace.xml", kDesk);
  ASSERT_TRUE(c.is_ok()) << c.status().to_string();
  EXPECT_EQ(c.value().path, "corpus/claimtrace.xml");
  EXPECT_EQ(c.value().organisation_name, "Desk & Co");
  EXPECT_EQ(c.value().organisation_url, "https://desk.example/");
  EXPECT_EQ(c.value().rules_dir, "corpus/my-rules");  // beside the config, not the caller
  EXPECT_EQ(c.value().kind_priors, (std::map<std::string, double>{{"official", 0.8}}));
  EXPECT_EQ(c.value().publisher_priors, (std::map<std::string, double>{{"Daily Blog", 0.2}}));
  EXPECT_EQ(c.value().check_fail_on, "contradicted|disputed");
  EXPECT_EQ(c.value().reviewer, "Anna K.");
}

TEST(Config, ErrorsNameFileLineAndColumn) {
  struct Case {
    const char* xml;
    const char* error;
  } cases[] = {
      {"<claimtrace-config>\n  <colour name=\"red\"/>\n</claimtrace-config>",
       "d/claimtrace.xml:2:3: unknown element <colour>"},
      {"<claimtrace-config>\n <prior kind=\"news\" trust=\"2\"/>\n</claimtrace-config>",
       "d/claimtrace.xml:2:2: prior trust \"2\" is not a number from 0 to 1"},
      {"<claimtrace-config>\n <prior trust=\"0.5\"/>\n</claimtrace-config>",
       "d/claimtrace.xml:2:2: <prior> names either a kind or a publisher"},
      {"<claimtrace-config>\n<prior kind=\"news\" trust=\"0.5\"/>\n"
       "<prior kind=\"news\" trust=\"0.6\"/></claimtrace-config>",
       "d/claimtrace.xml:3:1: a second prior for kind \"news\""},
      {"<claimtrace-config>\n <organisation name=\"D\" url=\"desk.example\"/>\n"
       "</claimtrace-config>",
       "d/claimtrace.xml:2:2: organisation url \"desk.example\" is not"},
      {"<claimtrace-config>\n <reviewer/>\n</claimtrace-config>",
       "d/claimtrace.xml:2:2: <reviewer> needs name=\"...\""},
      {"<claimtrace-config>\n <check fail-on=\"x\" level=\"y\"/>\n</claimtrace-config>",
       "d/claimtrace.xml:2:2: unknown attribute level on <check>"},
      {"<claimtrace-config>\n <rules dir=\"a\"/>\n <rules dir=\"b\"/>\n</claimtrace-config>",
       "d/claimtrace.xml:3:2: <rules> given twice"},
      {"<claimtrace-config>\n <rules dir=\"a\">\n</claimtrace-config>",
       "d/claimtrace.xml:3:3: malformed config"},
      {"<config/>", "d/claimtrace.xml:1:1: config root must be <claimtrace-config>"},
  };
  for (const Case& c : cases) {
    Result<DeskConfig> r = parse_config("d/claimtrace.xml", c.xml);
    ASSERT_FALSE(r.is_ok()) << c.xml;
    EXPECT_EQ(r.status().to_string().rfind(c.error, 0), 0u) << r.status().to_string();
  }
}

TEST(Config, FoundBesideTheCorpusAndNeverReadAsADocument) {
  MemoryEnv env;
  env.add_directory("desk");
  env.add_file("desk/a.txt", "Exports grew.");
  env.add_file("desk/claimtrace.xml", kDesk);
  Result<DeskConfig> dir = find_config(env, {"desk"});
  ASSERT_TRUE(dir.is_ok()) << dir.status().to_string();
  EXPECT_EQ(dir.value().path, "desk/claimtrace.xml");
  Result<DeskConfig> file = find_config(env, {"desk/a.txt"});
  ASSERT_TRUE(file.is_ok());
  EXPECT_EQ(file.value().reviewer, "Anna K.");
  env.add_directory("plain");
  Result<DeskConfig> none = find_config(env, {"plain"});
  ASSERT_TRUE(none.is_ok());
  EXPECT_EQ(none.value(), DeskConfig{});

  CorpusListing listing = list_corpus(env, {"desk"}, IngestOptions{});
  bool seen = false;
  for (const CorpusEntry& e : listing.entries) {
    if (e.path != "desk/claimtrace.xml") continue;
    seen = true;
    EXPECT_EQ(e.status, InputStatus::kExcluded);
    EXPECT_EQ(e.reason.message(), "claimtrace config");
  }
  EXPECT_TRUE(seen);

  env.add_file("desk/claimtrace.xml", "<claimtrace-config>\n<prior/></claimtrace-config>");
  Result<DeskConfig> bad = find_config(env, {"desk"});
  ASSERT_FALSE(bad.is_ok());
  EXPECT_EQ(bad.status().to_string().rfind("desk/claimtrace.xml:2:1: <prior> needs trust", 0), 0u)
      << bad.status().to_string();
}

// The prior a source starts from: its own (manifest), else its publisher's, else its kind's.
TEST(TrustPrior, SourceThenPublisherThenKindThenDefault) {
  VerifyOptions o;
  o.kind_priors = {{"official", 0.8}};
  o.publisher_priors = {{"Daily Blog", 0.2}};
  Source s;
  s.id = "s";
  EXPECT_DOUBLE_EQ(prior_of(s, o), 0.5);
  s.kind = {"official", "manifest"};
  EXPECT_DOUBLE_EQ(prior_of(s, o), 0.8);
  s.publisher = {"Daily Blog", "manifest"};
  EXPECT_DOUBLE_EQ(prior_of(s, o), 0.2);
  s.trust_prior = 0.9;
  EXPECT_DOUBLE_EQ(prior_of(s, o), 0.9);
  o.observer = "s";
  EXPECT_DOUBLE_EQ(prior_of(s, o), 0);
}

// Two sources disagree on one figure: the one the desk trusts more starts higher, leads the
// dispute and ends with more trust; its prior is reported as the number behind the score.
TEST(TrustPrior, FeedsTheSourceTrust) {
  TestCorpus t = ingest_and_extract(
      {{"office", "2024-01", "Trade turnover between Belarus and China was $6 billion in 2021."},
       {"blog", "2024-01", "Trade turnover between Belarus and China was $2 billion in 2021."}});
  t.docs[0].source.kind = {"official", "manifest"};
  t.docs[1].source.trust_prior = 0.1;
  VerifyOptions o;
  o.kind_priors = {{"official", 0.9}};
  ClaimGraph graph = ClaimGraph::build(t.docs, t.extractions, fixture_rules());
  Verification v = verify(t.docs, t.extractions, fixture_rules(), graph, o);
  ASSERT_EQ(v.trust.size(), 2u);
  EXPECT_DOUBLE_EQ(v.trust[0].prior, 0.9);
  EXPECT_DOUBLE_EQ(v.trust[1].prior, 0.1);
  ASSERT_EQ(v.trust[0].disputed, 1);
  EXPECT_EQ(v.trust[0].leading, 1);
  EXPECT_EQ(v.trust[1].leading, 0);
  EXPECT_GT(v.trust[0].trust, v.trust[1].trust);

  ClaimGraph plain_graph = ClaimGraph::build(t.docs, t.extractions, fixture_rules());
  t.docs[1].source.trust_prior.reset();
  Verification plain = verify(t.docs, t.extractions, fixture_rules(), plain_graph);
  EXPECT_DOUBLE_EQ(plain.trust[0].prior, 0.5);
  EXPECT_DOUBLE_EQ(plain.trust[0].trust, plain.trust[1].trust);  // no prior: no one leads
}

}  // namespace
}  // namespace claimtrace
