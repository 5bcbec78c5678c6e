// Lexicon: every word the rules' tables know, numbered once, so a token is looked up once and
// each table after that is indexed by its number instead of hashing the word again.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "token.h"

namespace claimtrace {

class Lexicon {
 public:
  static constexpr uint32_t kUnknown = 0;  // a word no table knows
  // What a word is, beside being known: one bit per table extraction asks about per token.
  // kDateAnchor: a word a date can stand on without a digit (a month, "this year", a number word).
  enum Flag : uint8_t { kNumberTime = 1, kListArticle = 2, kRangeOpener = 4, kDateAnchor = 8 };

  Lexicon();
  // The word's id, numbering it if new (rules compilation only).
  uint32_t intern(std::string_view word);
  // The word's id, or kUnknown.
  uint32_t find(std::string_view word) const;
  void flag(uint32_t id, Flag f) { flags_[id] |= f; }
  bool has(uint32_t id, Flag f) const { return id < flags_.size() && (flags_[id] & f) != 0; }
  size_t size() const { return words_.size() - 1; }
  // Gives each token its ids: Token::word for its lower-cased form, Token::written as written.
  void identify(std::vector<Token>& tokens) const;

 private:
  static uint64_t hash(std::string_view word);
  void grow();

  // Open addressing, 2^k long: 0 is empty, else the word's hash's high half above its id, so a
  // probe compares hashes without reading another array.
  std::vector<uint64_t> slots_;
  std::vector<std::string> words_;  // by id; words_[0] is the unknown word
  std::vector<uint64_t> hashes_;    // by id
  std::vector<uint8_t> flags_;      // by id
};

}  // namespace claimtrace
