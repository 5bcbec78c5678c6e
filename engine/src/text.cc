// Text: normalized text with its two-step map back to the original bytes.
#include "claimtrace/text.h"

#include <algorithm>
#include <cassert>

#include "text_data.h"

namespace claimtrace {

namespace {
bool is_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

LineIndex::LineIndex(std::string_view text) {
  line_starts_.push_back(0);
  for (uint64_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      line_starts_.push_back(i + 1);
    }
  }
  uint64_t count = 0;
  for (uint64_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) chars_before_block_.push_back(count);
    count += is_lead(text[i]);
  }
  chars_before_block_.push_back(count);
}

Position LineIndex::at(std::string_view text, uint64_t offset) const {
  if (line_starts_.empty()) return Position{1, 1};
  offset = std::min<uint64_t>(offset, text.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const uint64_t line_start = *(it - 1);
  auto chars_before = [&](uint64_t x) {
    uint64_t block = x / kBlock;
    uint64_t n = chars_before_block_[block];
    for (uint64_t i = block * kBlock; i < x; ++i) n += is_lead(text[i]);
    return n;
  };
  return Position{static_cast<int>(it - line_starts_.begin()),
                  static_cast<int>(chars_before(offset) - chars_before(line_start)) + 1};
}

Text::Text() : data_(std::make_shared<TextData>()) {}
Text::Text(std::shared_ptr<const TextData> data) : data_(std::move(data)) { assert(data_); }

const std::string& Text::str() const { return data_->text; }

std::string_view Text::slice(TextRange r) const {
  return std::string_view(data_->text).substr(r.begin, r.end - r.begin);
}

const std::vector<TextRange>& Text::paragraphs() const { return data_->paragraphs; }
const std::vector<TextRange>& Text::sentences() const { return data_->sentences; }

Span Text::original_span(TextRange r) const {
  auto [db, de] = data_->to_decoded.map(r.begin, r.end);
  auto [ob, oe] = data_->to_original.map(db, de);
  return Span{ob, oe};
}

Position Text::position(TextRange r) const {
  if (data_->text.empty()) return Position{1, 1};
  uint64_t decoded = r.begin < data_->to_decoded.size() ? data_->to_decoded.begin_of(r.begin)
                                                        : data_->decoded.size();
  return data_->lines.at(data_->decoded, decoded);
}

const TextData* text_data(const Text& text) { return text.data_.get(); }

}  // namespace claimtrace
