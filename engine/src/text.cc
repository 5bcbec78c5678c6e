// Text: normalized text with its two-step map back to the original bytes.
#include "claimtrace/text.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstring>

#include "text_data.h"

namespace claimtrace {

namespace {

bool is_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighs = 0x8080808080808080ull;

uint64_t load8(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}

// Whether some byte of the word is below n (n <= 128): the word test of "Bit Twiddling Hacks".
bool has_byte_below(uint64_t x, uint64_t n) { return ((x - kOnes * n) & ~x & kHighs) != 0; }

// The lead-byte bits of 8 bytes (little-endian: byte k is bit k). A continuation byte is
// 10xxxxxx: bit 7 set where bit 6, shifted up onto it, is not.
uint64_t lead_bits8(uint64_t x) {
  const uint64_t continuation = x & ~(x << 1) & kHighs;
  const uint64_t lead = (~continuation & kHighs) >> 7;  // bit 8k: byte k leads
  return (lead * 0x0102040810204080ull) >> 56;          // gathered into bits 0..7
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : size_(text.size()) {
  line_starts_.push_back(0);
  // Bytes below '\r' + 1 are rare: eight bytes are tested at once, and only a word holding one
  // is looked at byte by byte.
  const char* p = text.data();
  const uint64_t n = text.size();
  auto line_end = [&](uint64_t i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == '\n' || (c == '\r' && (i + 1 == n || p[i + 1] != '\n'))) {
      line_starts_.push_back(i + 1);
    }
  };
  uint64_t high = 0;
  uint64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const uint64_t x = load8(p + i);
    high |= x;
    if (!has_byte_below(x, '\r' + 1)) continue;
    for (uint64_t k = i; k < i + 8; ++k) line_end(k);
  }
  for (; i < n; ++i) {
    high |= static_cast<unsigned char>(p[i]);
    line_end(i);
  }
  line_starts_.shrink_to_fit();
  if ((high & kHighs) == 0) return;  // ASCII: characters are bytes
  lead_bits_.assign((size_ + 63) / 64, 0);
  chars_before_block_.reserve(size_ / kBlock + 2);
  uint64_t count = 0;
  static_assert(kBlock % 64 == 0, "a block is whole words of lead bits");
  for (uint64_t w = 0; w < lead_bits_.size(); ++w) {
    if (w * 64 % kBlock == 0) chars_before_block_.push_back(count);
    // Eight bytes at a time, with no branch per byte.
    const uint64_t from = w * 64, to = std::min<uint64_t>(from + 64, n);
    uint64_t bits = 0;
    uint64_t b = from;
    for (; b + 8 <= to; b += 8) bits |= lead_bits8(load8(p + b)) << (b - from);
    for (; b < to; ++b) bits |= uint64_t{is_lead(p[b])} << (b - from);
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
