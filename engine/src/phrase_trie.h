// PhraseTrie: rule phrases as token sequences; matching at a position walks at most the longest
// phrase's length, so a whole sentence is matched in linear time.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "token.h"
#include "vocabulary.h"

namespace claimtrace {

// What a phrase means: which table it came from and its row there.
struct PhraseUse {
  uint16_t table = 0;
  uint32_t row = 0;
  bool operator==(const PhraseUse&) const = default;
};

struct PhraseHit {
  size_t first = 0, last = 0;  // tokens [first, last)
  PhraseUse use;
};

class PhraseTrie {
 public:
  // case_sensitive: keys are the tokens as written (names), else lower-cased.
  explicit PhraseTrie(bool case_sensitive = false);
  // Adds a phrase; false when it has no tokens.
  bool add(std::string_view phrase, PhraseUse use);
  // Numbers every word of the trie in `lexicon` and keys the edges by those ids, so tokens
  // Lexicon::identify gave ids walk the trie with no string lookups. Call after the last add.
  void index(Lexicon& lexicon);
  // Every phrase starting at token i, shortest first. Hyphen joiners are skipped on both
  // sides, so "all-weather" matches "all weather".
  void match_at(std::span<const Token> tokens, size_t i, std::vector<PhraseHit>& out) const;
  size_t max_length() const { return max_length_; }
  // Whether some phrase starts with this token: match_at finds nothing at a token that fails.
  bool starts(const Token& tok) const { return first_node(tok) != 0; }
  // Whether some phrase of `table` starts with this token: match_at finds none of its uses at a
  // token that fails.
  bool starts(const Token& tok, uint16_t table) const {
    const uint32_t node = first_node(tok);
    if (node == 0) return false;
    if (tables_below_.empty()) return true;  // not indexed yet: any table may follow
    return (tables_below_[node] & table_bit(table)) != 0;
  }

 private:
  struct Node {
    WordMap<uint32_t> next;  // heterogeneous lookup: tokens need no copy
    std::vector<PhraseUse> uses;
  };
  // The node a phrase starting with this token reaches, or 0.
  uint32_t first_node(const Token& tok) const {
    const uint32_t id = case_sensitive_ ? tok.written : tok.word;
    if (id != kUnidentified && !edges_.empty()) return child(0, id);
    auto it = nodes_[0].next.find(case_sensitive_ ? tok.text : tok.lower);
    return it == nodes_[0].next.end() ? 0 : it->second;
  }
  // One bit per table; tables past the 63rd share the last bit.
  static uint64_t table_bit(uint16_t table) { return uint64_t{1} << std::min<uint16_t>(table, 63); }
  // The child of `node` along word `id`, or 0 (the root is nobody's child).
  uint32_t child(uint32_t node, uint32_t id) const {
    if (node == 0) return id < root_.size() ? root_[id] : 0;  // most words stop at the root
    if (id == Lexicon::kUnknown || edges_.empty()) return 0;
    const uint64_t key = (uint64_t{node} << 32) | id;
    const size_t mask = edges_.size() - 1;
    for (size_t s = (key * 0x9E3779B97F4A7C15ull) >> edge_shift_;; s = (s + 1) & mask) {
      if (edges_[s].key == key) return edges_[s].child;
      if (edges_[s].child == 0) return 0;
    }
  }
  struct Edge {
    uint64_t key = 0;  // parent node << 32 | word id
    uint32_t child = 0;
  };
  std::vector<Node> nodes_;
  // The uses of node n are uses_[use_begin_[n], use_begin_[n + 1]): one flat array, so a walk
  // reads no node; empty until index().
  std::vector<uint32_t> use_begin_;
  std::vector<PhraseUse> uses_;
  std::vector<Edge> edges_;     // flat open addressing, a power of two long; empty until index()
  std::vector<uint32_t> root_;  // the root's children by word id, 0 for none
  // By node, the tables of the uses at it and below it (table_bit); empty until index().
  std::vector<uint64_t> tables_below_;
  int edge_shift_ = 64;
  bool case_sensitive_;
  size_t max_length_ = 0;
};

}  // namespace claimtrace
