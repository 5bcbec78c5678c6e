// QuotedSentence: the sentence a claim stands in, held once for every claim of that sentence.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "claimtrace/env.h"
#include "claimtrace/text.h"

namespace claimtrace {

// Its range in the document's normalized text and its words. A very long "sentence" (text with no
// stops) is quoted as a window around the claim, marked with "..." at a cut end; the range is
// then the window's. Copies share one store, so a sentence with many claims costs one copy; a
// run over a large corpus moves the words to a scratch file (spilled()), read back when asked.
class QuotedSentence {
 public:
  QuotedSentence() = default;
  QuotedSentence(TextRange range, std::string text);

  // Its words, read again from where they are held: a copy, not a view.
  std::string text() const;
  TextRange range() const { return range_; }
  bool empty_text() const { return size_ == 0; }
  // The same sentence with its words appended to `scratch`, or itself when they cannot be.
  QuotedSentence spilled(const std::shared_ptr<Scratch>& scratch) const;
  // Whether both read the same stored words (claims of one sentence, copied).
  bool same_store(const QuotedSentence& o) const { return store_ == o.store_ && at_ == o.at_; }

  bool operator==(const QuotedSentence& o) const {
    return range_ == o.range_ && size_ == o.size_ && (same_store(o) || text() == o.text());
  }

 private:
  TextRange range_;
  std::shared_ptr<const Scratch> store_;  // none for a sentence with no words
  uint64_t at_ = 0;
  uint32_t size_ = 0;
};

}  // namespace claimtrace
