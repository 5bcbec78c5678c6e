// Corpus walk: sorted, loop-safe, manifest-aware, and nothing dropped without a status.
#include "claimtrace/corpus.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

namespace claimtrace {
namespace {

std::vector<std::string> describe(const CorpusListing& l) {
  std::vector<std::string> out;
  for (const CorpusEntry& e : l.entries) {
    out.push_back(e.path + " " + e.metadata.id + " " + to_string(e.status) +
                  (e.reason.is_ok() ? "" : " (" + e.reason.message() + ")"));
  }
  return out;
}

TEST(Corpus, WalksSortedAndReportsEveryFile) {
  MemoryEnv env;
  env.add_file("c/b.txt", "beta");
  env.add_file("c/a.txt", "alpha");
  env.add_file("c/sub/z.html", "<p>z</p>");
  env.add_file("c/empty.txt", "");
  env.add_file("c/.hidden", "x");
  env.add_file("c/big.txt", std::string(200, 'x'));
  IngestOptions o;
  o.max_bytes = 100;
  CorpusListing l = list_corpus(env, {"c", "missing.txt"}, o);
  EXPECT_EQ(describe(l), (std::vector<std::string>{
                             "c/.hidden .hidden excluded (hidden)",
                             "c/a.txt a.txt ok",
                             "c/b.txt b.txt ok",
                             "c/big.txt big.txt skipped (file is 200 bytes, over --max-bytes 100)",
                             "c/empty.txt empty.txt skipped (empty file)",
                             "c/sub/z.html sub/z.html ok",
                             "missing.txt missing.txt skipped (no such file or directory)",
                         }));
}

TEST(Corpus, ManifestGivesMetadataAndExcludesUnlistedFiles) {
  MemoryEnv env;
  env.add_file("c/manifest.xml", R"(<corpus listed-only="true">
    <document id="paper" path="p.txt" kind="policy-paper" published="2021-12-10"/>
    <document id="gone" path="gone.txt"/></corpus>)");
  env.add_file("c/p.txt", "Text.");
  env.add_file("c/README.md", "Notes.");
  CorpusListing l = list_corpus(env, {"c"}, IngestOptions{});
  EXPECT_EQ(describe(l), (std::vector<std::string>{
                             "c/README.md README.md excluded (not listed in manifest.xml)",
                             "c/manifest.xml manifest.xml excluded (corpus manifest)",
                             "c/p.txt paper ok",
                             "c/gone.txt gone skipped (missing)",
                         }));
  EXPECT_EQ(l.entries[2].metadata.published.iso(), "2021-12-10");
  ASSERT_EQ(l.diagnostics.size(), 1u);
  EXPECT_NE(l.diagnostics[0].message.find("gone.txt"), std::string::npos);
  // The warning points at the entry that lists the missing file.
  EXPECT_EQ(l.diagnostics[0].to_string().rfind("c/manifest.xml:3:5: warning:", 0), 0u)
      << l.diagnostics[0].to_string();
}

TEST(Corpus, EveryManifestErrorIsReportedAndTheGoodEntriesStand) {
  MemoryEnv env;
  env.add_file("c/manifest.xml",
               "<corpus colour=\"red\">\n<document id=\"x\"/>\n"
               "<document id=\"paper\" path=\"p.txt\" published=\"2021-12-10\"/>\n"
               "<document id=\"y\" path=\"q.txt\" kind=\"blog\"/></corpus>");
  env.add_file("c/p.txt", "Text.");
  env.add_file("c/q.txt", "Text.");
  CorpusListing l = list_corpus(env, {"c"}, IngestOptions{});
  std::vector<std::string> said;
  for (const Diagnostic& d : l.diagnostics) said.push_back(d.to_string().substr(0, 27));
  EXPECT_EQ(said,
            (std::vector<std::string>{"c/manifest.xml:1:1: error: ", "c/manifest.xml:2:1: error: ",
                                      "c/manifest.xml:4:1: error: "}));
  EXPECT_EQ(describe(l), (std::vector<std::string>{
                             "c/manifest.xml manifest.xml excluded (corpus manifest)",
                             "c/p.txt paper ok",
                             "c/q.txt q.txt ok",
                         }));
  EXPECT_EQ(l.entries[1].metadata.published.iso(), "2021-12-10");
}

TEST(Corpus, BrokenManifestIsReportedAndTheDocumentsStillRead) {
  MemoryEnv env;
  env.add_file("c/manifest.xml", "<corpus>\n<document id=\"x\"/></corpus>");
  env.add_file("c/p.txt", "Text.");
  CorpusListing l = list_corpus(env, {"c"}, IngestOptions{});
  ASSERT_EQ(l.diagnostics.size(), 1u);
  EXPECT_EQ(l.diagnostics[0].to_string().rfind("c/manifest.xml:2:1: error:", 0), 0u)
      << l.diagnostics[0].to_string();
  EXPECT_EQ(describe(l).back(), "c/p.txt p.txt ok");
}

// A manifest with an error is still the directory's manifest, never a document of it.
TEST(Corpus, BrokenManifestIsNeverADocument) {
  MemoryEnv env;
  env.add_file("c/manifest.xml", "<corpus>\n<document id=\"x\"/></corpus>");
  env.add_file("c/p.txt", "Text.");
  env.add_file("c/sub/manifest.xml", "<corpus><shelf/></corpus>");
  env.add_file("c/sub/q.txt", "Text.");
  CorpusListing l = list_corpus(env, {"c"}, IngestOptions{});
  EXPECT_EQ(describe(l), (std::vector<std::string>{
                             "c/manifest.xml manifest.xml excluded (corpus manifest)",
                             "c/p.txt p.txt ok",
                             "c/sub/manifest.xml sub/manifest.xml excluded (corpus manifest)",
                             "c/sub/q.txt sub/q.txt ok",
                         }));
  EXPECT_EQ(l.diagnostics.size(), 2u);
}

TEST(Corpus, FileArgumentUsesTheManifestBesideIt) {
  MemoryEnv env;
  env.add_file("c/manifest.xml", R"(<corpus><document id="paper" path="p.txt"/></corpus>)");
  env.add_file("c/p.txt", "Text.");
  CorpusListing l = list_corpus(env, {"c/p.txt"}, IngestOptions{});
  ASSERT_EQ(l.entries.size(), 1u);
  EXPECT_EQ(l.entries[0].metadata.id, "paper");
  EXPECT_TRUE(l.diagnostics.empty());
}

TEST(Corpus, SameNameTwiceGetsDistinctIds) {
  MemoryEnv env;
  env.add_file("x/a.txt", "1");
  env.add_file("y/a.txt", "2");
  CorpusListing l = list_corpus(env, {"x/a.txt", "y/a.txt"}, IngestOptions{});
  EXPECT_EQ(l.entries[0].metadata.id, "a.txt");
  EXPECT_EQ(l.entries[1].metadata.id, "a.txt~2");
}

TEST(Corpus, SymlinkLoopIsReportedNotFollowedForever) {
  char tmpl[] = "/tmp/claimtrace-walk-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  std::string root = tmpl;
  ASSERT_EQ(
      std::system(("mkdir -p " + root + "/d/e && echo text > " + root + "/d/e/f.txt").c_str()), 0);
  ASSERT_EQ(symlink("..", (root + "/d/e/up").c_str()), 0);           // loop
  ASSERT_EQ(symlink("nowhere", (root + "/d/dangling").c_str()), 0);  // dangling
  CorpusListing l = list_corpus(default_env(), {root + "/d"}, IngestOptions{});
  std::vector<std::string> d = describe(l);
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0], root + "/d/dangling dangling skipped (dangling symbolic link)");
  EXPECT_EQ(d[1], root + "/d/e/f.txt e/f.txt ok");
  EXPECT_EQ(d[2].rfind(root + "/d/e/up e/up skipped (directory already walked", 0), 0u) << d[2];
  std::system(("rm -rf " + root).c_str());
}

TEST(Corpus, ParallelIngestKeepsOrder) {
  MemoryEnv env;
  for (int i = 0; i < 20; ++i) env.add_file("c/" + std::to_string(100 + i) + ".txt", "Doc. Two.");
  RuleSet rules = RuleSet::from_files({{"abbreviations.txt", "No.\n"}});
  CorpusListing l = list_corpus(env, {"c"}, IngestOptions{});
  IngestOptions four;
  four.threads = 4;
  std::vector<Document> a = ingest_corpus(env, l, rules, IngestOptions{});
  std::vector<Document> b = ingest_corpus(env, l, rules, four);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].source, b[i].source);
    EXPECT_EQ(a[i].text.str(), b[i].text.str());
  }
}

}  // namespace
}  // namespace claimtrace
