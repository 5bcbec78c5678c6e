// PhraseTrie: every phrase starting at a token, hyphen joiners transparent, case as asked.
#include "phrase_trie.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(PhraseTrie, FindsEveryPhraseStartingAtAToken) {
  PhraseTrie trie;
  ASSERT_TRUE(trie.add("trade", PhraseUse{1, 0}));
  ASSERT_TRUE(trie.add("trade turnover", PhraseUse{1, 1}));
  ASSERT_TRUE(trie.add("all-weather partnership", PhraseUse{2, 0}));
  EXPECT_FALSE(trie.add("   ", PhraseUse{3, 0}));
  TokenizedSentence t;
  std::string s = "Trade turnover and the all weather partnership";
  tokenize(s, 0, s.size(), t);
  std::vector<PhraseHit> hits;
  trie.match_at(t.tokens, 0, hits);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[1].last, 2u);
  EXPECT_EQ(hits[1].use, (PhraseUse{1, 1}));
  hits.clear();
  trie.match_at(t.tokens, 4, hits);  // "all weather partnership" matches "all-weather partnership"
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].last, 7u);
}

TEST(PhraseTrie, CaseSensitiveTrieForNames) {
  PhraseTrie names(true);
  names.add("Lukashenka", PhraseUse{0, 7});
  TokenizedSentence t;
  std::string s = "lukashenka met Lukashenka";
  tokenize(s, 0, s.size(), t);
  std::vector<PhraseHit> hits;
  names.match_at(t.tokens, 0, hits);
  EXPECT_TRUE(hits.empty());
  names.match_at(t.tokens, 2, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].use.row, 7u);
}

// What the sentence prefilter and the phrase matching ask first: whether any phrase begins
// with a token, by its text before index() and by its word id after.
TEST(PhraseTrie, StartsOnlyAtTheFirstWordOfAPhrase) {
  PhraseTrie trie;
  ASSERT_TRUE(trie.add("trade turnover", PhraseUse{1, 0}));
  ASSERT_TRUE(trie.add("all-weather partnership", PhraseUse{2, 0}));
  TokenizedSentence t;
  std::string s = "Trade turnover and the all weather partnership";
  tokenize(s, 0, s.size(), t);
  auto starting = [&] {
    std::vector<bool> at;
    for (const Token& tok : t.tokens) at.push_back(trie.starts(tok));
    return at;
  };
  const std::vector<bool> expected = {true, false, false, false, true, false, false};
  EXPECT_EQ(starting(), expected);
  Lexicon lexicon;
  trie.index(lexicon);
  lexicon.identify(t.tokens);
  EXPECT_EQ(starting(), expected);
  std::vector<PhraseHit> hits;
  trie.match_at(t.tokens, 0, hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].use, (PhraseUse{1, 0}));
}

}  // namespace
}  // namespace claimtrace
