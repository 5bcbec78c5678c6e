// Tokens of one sentence: words, numbers and punctuation with their offsets, in one pass.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/text.h"

namespace claimtrace {

enum class TokenKind { kWord, kNumber, kPunct };

inline constexpr uint32_t kUnidentified = UINT32_MAX;

struct Token {
  uint64_t begin = 0, end = 0;  // byte offsets into the document's normalized text
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;  // whitespace separates it from the previous token
  // A hyphen inside a compound ("all-weather", "twenty-one", "second-largest"): phrase
  // matching skips it, so "all weather" and "all-weather" match alike.
  bool joiner = false;
  bool capitalized = false;  // first letter upper case
  std::string_view text;     // as written
  // Lower-cased (case-folded) form; in a language with a stemmer, its stem ("китая" -> "кит"),
  // as the rules' words were stemmed: what matching compares.
  std::string_view lower;
  std::string_view folded;  // lower-cased and never stemmed: for the text a claim shows
  // Whether the word may be in a number or time vocabulary. Extraction clears it for the many
  // words that are not, so the recognizers skip their table lookups; tokens fresh from
  // tokenize() keep it set.
  bool vocab = true;
  bool digits = false;  // it holds a digit: a number, or a word like "5G" or "USD1.5m"
  // Ids in the rules' Lexicon of `lower` and of `text` (0: no table knows the word), once
  // Lexicon::identify has run; kUnidentified before, and tables then look the word up by text.
  uint32_t word = kUnidentified;
  uint32_t written = kUnidentified;
};

// Owns its tokens' lower-cased forms that differ from the text (the others view the text).
struct TokenizedSentence {
  std::vector<Token> tokens;
  std::string lower_buffer;
};

// Words are runs of letters, marks and apostrophes; numbers are runs of digits with inner
// '.' or ',' followed by a digit ("1,234.5", "11.06.2021"); a mix ("M1", "5G") is a word;
// anything else is one punctuation character per token.
void tokenize(std::string_view text, uint64_t begin, uint64_t end, TokenizedSentence& out);

// Every sentence of a document tokenized once, in one buffer, for all who read its tokens.
struct TokenizedDocument {
  TokenizedSentence all;
  std::vector<size_t> first;  // sentence k's tokens are all.tokens[first[k], first[k + 1])
  std::span<const Token> sentence(size_t k) const {
    return std::span<const Token>(all.tokens).subspan(first[k], first[k + 1] - first[k]);
  }
};
void tokenize(std::string_view text, const std::vector<TextRange>& sentences,
              TokenizedDocument& out);

// A word of two letters or more, all capitals ("ЕАЭС", "SCO", "ОАО"): a short name, not a word.
bool all_capitals(const Token& tok);

}  // namespace claimtrace
