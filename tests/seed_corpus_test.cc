// A check of the shipped corpus/ and rules/ (not a unit test of the engine on fixture rules):
// the bundled corpus read through the library with the bundled rules: sentence counts, the offset
// round trip for every sentence, and the segmentation cases that broke naive splitters.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "claimtrace/corpus.h"
#include "claimtrace/ingest.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

class SeedCorpus : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string root = test_paths::source();
    rules_ = new RuleSet(RuleSet::load(default_env(), root + "/rules"));
    ASSERT_TRUE(rules_->valid());
    CorpusListing listing = list_corpus(default_env(), {root + "/corpus"}, IngestOptions{});
    docs_ =
        new std::vector<Document>(ingest_corpus(default_env(), listing, *rules_, IngestOptions{}));
  }
  static void TearDownTestSuite() {
    delete docs_;
    delete rules_;
  }
  static const Document& doc(const std::string& id) {
    for (const Document& d : *docs_) {
      if (d.source.id == id) return d;
    }
    ADD_FAILURE() << "no document " << id;
    return docs_->front();
  }
  static bool has_sentence(const Document& d, const std::string& sentence) {
    for (const TextRange& r : d.text.sentences()) {
      if (d.text.slice(r) == sentence) return true;
    }
    return false;
  }
  static RuleSet* rules_;
  static std::vector<Document>* docs_;
};

RuleSet* SeedCorpus::rules_ = nullptr;
std::vector<Document>* SeedCorpus::docs_ = nullptr;

TEST_F(SeedCorpus, EveryDocumentIsReadWithoutWarnings) {
  int read = 0;
  for (const Document& d : *docs_) {
    if (d.status == InputStatus::kExcluded) continue;
    EXPECT_EQ(d.status, InputStatus::kOk) << d.source.path;
    EXPECT_TRUE(d.diagnostics.empty()) << d.source.path;
    EXPECT_EQ(d.encoding, "UTF-8");
    ++read;
  }
  EXPECT_EQ(read, 5);
}

TEST_F(SeedCorpus, SentenceCounts) {
  std::map<std::string, size_t> counts;
  for (const Document& d : *docs_) {
    if (d.status == InputStatus::kOk) counts[d.source.id] = d.text.sentences().size();
  }
  EXPECT_EQ(counts, (std::map<std::string, size_t>{
                        {"by-mfa-political-relations", 19u},
                        {"analysis-western-sanctions-2023", 109u},
                        {"minsk-dialogue-policy-paper-13", 77u},
                        {"eacses-2022-talk", 74u},
                        {"news-2026-china-cooperation", 54u},
                    }));
}

// The property the whole engine rests on: the original bytes of any sentence, normalized
// again, are that sentence.
TEST_F(SeedCorpus, OriginalBytesOfEverySentenceNormalizeToIt) {
  size_t checked = 0;
  for (const Document& d : *docs_) {
    if (d.status != InputStatus::kOk) continue;
    std::string bytes = default_env().read_file(d.source.path, 1u << 24).value();
    Position last{0, 0};
    for (const TextRange& r : d.text.sentences()) {
      Span s = d.text.original_span(r);
      ASSERT_LE(s.end, bytes.size());
      EXPECT_EQ(normalize_fragment(d, bytes.substr(s.begin, s.size())), d.text.slice(r))
          << d.source.path << " [" << s.begin << "," << s.end << ")";
      // Line and column agree with counting the original bytes directly.
      std::string before = bytes.substr(0, s.begin);
      int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
      size_t line_start = before.rfind('\n') == std::string::npos ? 0 : before.rfind('\n') + 1;
      int column = 1;
      for (size_t i = line_start; i < s.begin; ++i) {
        column += (static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80;
      }
      Position p = d.text.position(r);
      EXPECT_EQ(p, (Position{line, column})) << d.source.path << " " << d.text.slice(r);
      EXPECT_TRUE(p.line > last.line || (p.line == last.line && p.column > last.column));
      last = p;
      ++checked;
    }
  }
  EXPECT_GT(checked, 300u);
}

TEST_F(SeedCorpus, AbbreviationsStayInsideTheirSentences) {
  const Document& paper = doc("minsk-dialogue-policy-paper-13");
  EXPECT_TRUE(has_sentence(paper,
                           "In June, presidential decree No. 215 dated 11.06.2021 on the "
                           "improvement of the special legal framework for the operation of the "
                           "China-Belarus Industrial Park (CBIP) was signed and published."));
  bool found_us = false;
  for (const TextRange& r : paper.text.sentences()) {
    std::string_view s = paper.text.slice(r);
    if (s.find("the U.S. economic sanctions") != std::string_view::npos) {
      found_us = s.rfind("On 4 June, a Xinhua correspondent", 0) == 0;
    }
    EXPECT_NE(s, "U.S.");
    EXPECT_FALSE(s.size() < 4 && s.back() == '.') << "fragment sentence: " << s;
  }
  EXPECT_TRUE(found_us);
}

TEST_F(SeedCorpus, PdfExtractedTalkComesOutInWholeSentences) {
  const Document& talk = doc("eacses-2022-talk");
  EXPECT_TRUE(has_sentence(talk,
                           "The official relations between China and Belarus were established in "
                           "one year after the collapse of the USSR in 1992."));
  EXPECT_TRUE(has_sentence(talk,
                           "From 2004-2013 Sino-Belarusian relations began to develop more "
                           "intensively, it confirmed by the noticeable growth of commodity "
                           "turnover."));
  // No sentence of the talk starts in lower case: that would be a line break mistaken for an end.
  for (const TextRange& r : talk.text.sentences()) {
    unsigned char first = static_cast<unsigned char>(talk.text.str()[r.begin]);
    EXPECT_FALSE(first >= 'a' && first <= 'z') << talk.text.slice(r);
  }
}

}  // namespace
}  // namespace claimtrace
