// QuotedSentence: the sentence a claim stands in, held once for every claim of that sentence.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "claimtrace/text.h"

namespace claimtrace {

// Its range in the document's normalized text and its words. A very long "sentence" (text with no
// stops) is quoted as a window around the claim, marked with "..." at a cut end; the range is
// then the window's. Copies share one string, so a sentence with many claims costs one copy.
class QuotedSentence {
 public:
  QuotedSentence() = default;
  QuotedSentence(TextRange range, std::string text)
      : range_(range), text_(std::make_shared<const std::string>(std::move(text))) {}

  const std::string& text() const { return text_ ? *text_ : none(); }
  TextRange range() const { return range_; }
  bool empty_text() const { return text().empty(); }

  bool operator==(const QuotedSentence& o) const {
    return range_ == o.range_ && (text_ == o.text_ || text() == o.text());
  }

 private:
  static const std::string& none() {
    static const std::string none;
    return none;
  }
  TextRange range_;
  std::shared_ptr<const std::string> text_;
};

}  // namespace claimtrace
