// PhraseTrie over tokens: phrases are tokenized by the same tokenizer as documents, so a rule
// matches exactly what the text would produce.
#include "phrase_trie.h"

namespace claimtrace {

PhraseTrie::PhraseTrie(bool case_sensitive) : nodes_(1), case_sensitive_(case_sensitive) {}

bool PhraseTrie::add(std::string_view phrase, PhraseUse use) {
  edges_.clear();  // stale until index() runs again; the words are looked up by text till then
  root_.clear();
  tables_below_.clear();
  use_begin_.clear();
  uses_.clear();
  TokenizedSentence t;
  tokenize(phrase, 0, phrase.size(), t);
  uint32_t node = 0;
  size_t length = 0;
  for (const Token& tok : t.tokens) {
    if (tok.joiner) continue;
    std::string key(case_sensitive_ ? tok.text : tok.lower);
    auto it = nodes_[node].next.find(key);
    if (it == nodes_[node].next.end()) {
      nodes_.emplace_back();
      it =
          nodes_[node].next.emplace(std::move(key), static_cast<uint32_t>(nodes_.size() - 1)).first;
    }
    node = it->second;
    ++length;
  }
  if (length == 0) return false;
  nodes_[node].uses.push_back(use);
  if (length > max_length_) max_length_ = length;
  return true;
}

void PhraseTrie::index(Lexicon& lexicon) {
  size_t count = 0;
  for (const Node& n : nodes_) count += n.next.size();
  size_t size = 16;
  int bits = 4;
  while (size < count * 2) size *= 2, ++bits;
  edges_.assign(size, Edge{});
  edge_shift_ = 64 - bits;
  const size_t mask = size - 1;
  root_.clear();
  use_begin_.clear();
  uses_.clear();
  for (const Node& n : nodes_) {
    use_begin_.push_back(static_cast<uint32_t>(uses_.size()));
    uses_.insert(uses_.end(), n.uses.begin(), n.uses.end());
  }
  use_begin_.push_back(static_cast<uint32_t>(uses_.size()));
  // A node's children were added after it: from the last node back, each is complete when read.
  tables_below_.assign(nodes_.size(), 0);
  for (size_t node = nodes_.size(); node-- > 0;) {
    for (const PhraseUse& use : nodes_[node].uses) tables_below_[node] |= table_bit(use.table);
    for (const auto& [word, to] : nodes_[node].next) tables_below_[node] |= tables_below_[to];
  }
  for (uint32_t node = 0; node < nodes_.size(); ++node) {
    for (const auto& [word, to] : nodes_[node].next) {
      const uint32_t id = lexicon.intern(word);
      if (node == 0) {
        if (root_.size() <= id) root_.resize(id + 1, 0);
        root_[id] = to;
      }
      const uint64_t key = (uint64_t{node} << 32) | id;
      size_t s = (key * 0x9E3779B97F4A7C15ull) >> edge_shift_;
      while (edges_[s].child != 0) s = (s + 1) & mask;
      edges_[s] = Edge{key, to};
    }
  }
}

void PhraseTrie::match_at(std::span<const Token> tokens, size_t i,
                          std::vector<PhraseHit>& out) const {
  uint32_t node = 0;
  size_t steps = 0;
  for (size_t k = i; k < tokens.size() && steps < max_length_; ++k) {
    const Token& tok = tokens[k];
    if (tok.joiner && k > i) continue;
    const uint32_t id = case_sensitive_ ? tok.written : tok.word;
    if (id != kUnidentified && !edges_.empty()) {
      node = child(node, id);
      if (node == 0) return;
    } else {
      const std::string_view key = case_sensitive_ ? tok.text : tok.lower;
      auto it = nodes_[node].next.find(key);
      if (it == nodes_[node].next.end()) return;
      node = it->second;
    }
    ++steps;
    if (!use_begin_.empty()) {
      for (uint32_t u = use_begin_[node]; u < use_begin_[node + 1]; ++u) {
        out.push_back(PhraseHit{i, k + 1, uses_[u]});
      }
      continue;
    }
    for (const PhraseUse& use : nodes_[node].uses) out.push_back(PhraseHit{i, k + 1, use});
  }
}

}  // namespace claimtrace
