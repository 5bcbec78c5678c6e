// Sentence segmentation over UTF-8 through UText, so ICU's indexes are our byte offsets.
#include "sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cassert>
#include <memory>

namespace claimtrace {

namespace {

std::unique_ptr<icu::BreakIterator> make_iterator() {
  static const icu::BreakIterator* prototype = [] {
    UErrorCode err = U_ZERO_ERROR;
    icu::BreakIterator* it =
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err);
    assert(U_SUCCESS(err) && it);
    return it;
  }();
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

bool is_space(char c) { return c == ' ' || c == '\n'; }

// The token that ends just before `end` (trailing spaces skipped): from the previous space or
// opening bracket/quote. "(R. Halouchanka" -> "R.".
std::string_view token_before(std::string_view text, size_t begin, size_t end) {
  while (end > begin && is_space(text[end - 1])) --end;
  size_t b = end;
  while (b > begin && !is_space(text[b - 1]) && text[b - 1] != '(' && text[b - 1] != '"' &&
         text[b - 1] != '[') {
    --b;
  }
  return text.substr(b, end - b);
}

// A break after this token is not a sentence end.
bool suppresses_break(std::string_view token, const RuleData& rules) {
  if (token.empty() || token.back() != '.') return false;
  if (rules.abbreviations.count(std::string(token))) return true;
  // An initial: one capital letter and a period ("R. Halouchanka", "J. Smith").
  return token.size() == 2 && token[0] >= 'A' && token[0] <= 'Z';
}

void trim(std::string_view text, uint64_t& b, uint64_t& e) {
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
}

}  // namespace

std::vector<TextRange> split_sentences(std::string_view text,
                                       const std::vector<TextRange>& paragraphs,
                                       const RuleData& rules) {
  std::vector<TextRange> out;
  std::unique_ptr<icu::BreakIterator> it = make_iterator();
  UText ut = UTEXT_INITIALIZER;
  for (const TextRange& p : paragraphs) {
    UErrorCode err = U_ZERO_ERROR;
    utext_openUTF8(&ut, text.data() + p.begin, static_cast<int64_t>(p.end - p.begin), &err);
    if (U_FAILURE(err)) continue;
    it->setText(&ut, err);
    uint64_t start = p.begin;
    for (int32_t pos = it->next(); pos != icu::BreakIterator::DONE; pos = it->next()) {
      uint64_t at = p.begin + static_cast<uint64_t>(pos);
      if (at < p.end && suppresses_break(token_before(text, start, at), rules)) continue;
      uint64_t b = start, e = at;
      trim(text, b, e);
      if (e > b) out.push_back(TextRange{b, e});
      start = at;
    }
    uint64_t b = start, e = p.end;
    trim(text, b, e);
    if (e > b) out.push_back(TextRange{b, e});
  }
  utext_close(&ut);
  return out;
}

}  // namespace claimtrace
