// PhraseTrie: rule phrases as token sequences; matching at a position walks at most the longest
// phrase's length, so a whole sentence is matched in linear time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  // Every phrase starting at token i, shortest first. Hyphen joiners are skipped on both
  // sides, so "all-weather" matches "all weather".
  void match_at(const std::vector<Token>& tokens, size_t i, std::vector<PhraseHit>& out) const;
  size_t max_length() const { return max_length_; }

 private:
  struct Node {
    WordMap<uint32_t> next;  // heterogeneous lookup: tokens need no copy
    std::vector<PhraseUse> uses;
  };
  std::vector<Node> nodes_;
  bool case_sensitive_;
  size_t max_length_ = 0;
};

}  // namespace claimtrace
