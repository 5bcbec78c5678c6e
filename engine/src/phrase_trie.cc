// PhraseTrie over tokens: phrases are tokenized by the same tokenizer as documents, so a rule
// matches exactly what the text would produce.
#include "phrase_trie.h"

namespace claimtrace {

PhraseTrie::PhraseTrie(bool case_sensitive) : nodes_(1), case_sensitive_(case_sensitive) {}

bool PhraseTrie::add(std::string_view phrase, PhraseUse use) {
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

void PhraseTrie::match_at(const std::vector<Token>& tokens, size_t i,
                          std::vector<PhraseHit>& out) const {
  uint32_t node = 0;
  size_t steps = 0;
  for (size_t k = i; k < tokens.size() && steps < max_length_; ++k) {
    const Token& tok = tokens[k];
    if (tok.joiner && k > i) continue;
    const std::string_view key = case_sensitive_ ? tok.text : tok.lower;
    auto it = nodes_[node].next.find(key);
    if (it == nodes_[node].next.end()) return;
    node = it->second;
    ++steps;
    for (const PhraseUse& use : nodes_[node].uses) out.push_back(PhraseHit{i, k + 1, use});
  }
}

}  // namespace claimtrace
