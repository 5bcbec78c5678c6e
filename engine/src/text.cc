// Text: normalized text with its two-step map back to the original bytes.
#include "claimtrace/text.h"

#include <algorithm>
#include <bit>
#include <cassert>

#include "text_data.h"

namespace claimtrace {

namespace {
bool is_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

LineIndex::LineIndex(std::string_view text) : size_(text.size()) {
  line_starts_.push_back(0);
  // Bytes below '\r' + 1 are rare: only they are looked at one by one.
  unsigned char high = 0;
  for (uint64_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    high |= c;
    if (c > '\r') continue;
    if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      line_starts_.push_back(i + 1);
    }
  }
  line_starts_.shrink_to_fit();
  if (high < 0x80) return;  // ASCII: characters are bytes
  lead_bits_.assign((size_ + 63) / 64, 0);
  chars_before_block_.reserve(size_ / kBlock + 2);
  uint64_t count = 0;
  static_assert(kBlock % 64 == 0, "a block is whole words of lead bits");
  for (uint64_t w = 0; w < lead_bits_.size(); ++w) {
    if (w * 64 % kBlock == 0) chars_before_block_.push_back(count);
    // One word of bits at a time, with no branch per byte.
    const uint64_t from = w * 64, to = std::min<uint64_t>(from + 64, text.size());
    uint64_t bits = 0;
    for (uint64_t i = from; i < to; ++i) bits |= uint64_t{is_lead(text[i])} << (i - from);
    lead_bits_[w] = bits;
    count += static_cast<uint64_t>(std::popcount(bits));
  }
  chars_before_block_.push_back(count);
}

uint64_t LineIndex::chars_before(uint64_t offset) const {
  if (lead_bits_.empty()) return offset;
  const uint64_t block = offset / kBlock;
  uint64_t n = chars_before_block_[block];
  for (uint64_t w = block * kBlock / 64; w < offset / 64; ++w) n += std::popcount(lead_bits_[w]);
  if (offset % 64) {
    n += std::popcount(lead_bits_[offset / 64] & ((uint64_t{1} << (offset % 64)) - 1));
  }
  return n;
}

Position LineIndex::at(uint64_t offset) const {
  if (line_starts_.empty()) return Position{1, 1};
  offset = std::min<uint64_t>(offset, size_);
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const uint64_t line_start = *(it - 1);
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
                                                        : data_->lines.size();
  return data_->lines.at(decoded);
}

const TextData* text_data(const Text& text) { return text.data_.get(); }

}  // namespace claimtrace
