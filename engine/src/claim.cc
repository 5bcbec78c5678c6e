// Names of the claim enums as they appear in every output, numbers as text, and where a claim's
// sentence is held.
#include "claimtrace/claim.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

namespace claimtrace {

namespace {

// One sentence's words in memory, until (and unless) they are spilled.
class HeldWords : public Scratch {
 public:
  explicit HeldWords(std::string words) : words_(std::move(words)) {}
  std::optional<uint64_t> append(std::string_view) override { return std::nullopt; }
  std::string read(uint64_t at, size_t n) const override { return words_.substr(at, n); }

 private:
  std::string words_;
};

}  // namespace

QuotedSentence::QuotedSentence(TextRange range, std::string text)
    : range_(range), size_(static_cast<uint32_t>(text.size())) {
  assert(text.size() < UINT32_MAX);
  if (!text.empty()) store_ = std::make_shared<HeldWords>(std::move(text));
}

std::string QuotedSentence::text() const {
  return store_ ? store_->read(at_, size_) : std::string();
}

QuotedSentence QuotedSentence::spilled(const std::shared_ptr<Scratch>& scratch) const {
  if (!store_ || store_ == scratch) return *this;
  const std::optional<uint64_t> at = scratch->append(text());
  if (!at) return *this;
  QuotedSentence moved = *this;
  moved.store_ = scratch;
  moved.at_ = *at;
  return moved;
}

const char* to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kAmount:
      return "amount";
    case ClaimKind::kCount:
      return "count";
    case ClaimKind::kPercent:
      return "percent";
    case ClaimKind::kRatio:
      return "ratio";
    case ClaimKind::kMeasure:
      return "measure";
    case ClaimKind::kRank:
      return "rank";
    case ClaimKind::kDate:
      return "date";
    case ClaimKind::kLabel:
      return "label";
    case ClaimKind::kEvent:
      return "event";
    case ClaimKind::kName:
      return "name";
  }
  return "?";
}

const char* to_string(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kApprox:
      return "approx";
    case Qualifier::kAlmost:
      return "almost";
    case Qualifier::kMoreThan:
      return "more_than";
    case Qualifier::kAtLeast:
      return "at_least";
    case Qualifier::kLessThan:
      return "less_than";
    case Qualifier::kAtMost:
      return "at_most";
    case Qualifier::kRange:
      return "range";
  }
  return "?";
}

const char* to_string(Modality modality) {
  switch (modality) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kPlanned:
      return "planned";
    case Modality::kTarget:
      return "target";
    case Modality::kForecast:
      return "forecast";
    case Modality::kReported:
      return "reported";
  }
  return "?";
}

const char* qualifier_words(Qualifier q) {
  switch (q) {
    case Qualifier::kApprox:
      return "about ";
    case Qualifier::kAlmost:
      return "almost ";
    case Qualifier::kMoreThan:
      return "more than ";
    case Qualifier::kAtLeast:
      return "at least ";
    case Qualifier::kLessThan:
      return "less than ";
    case Qualifier::kAtMost:
      return "at most ";
    default:
      return "";
  }
}

std::string number_text(double value) {
  if (!std::isfinite(value)) return value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
  // Whole figures in full ("3000000000", not "3e+09"): people and spreadsheets read them.
  char buf[512];
  const bool whole = value == std::trunc(value) && std::fabs(value) < 1e21;
  auto r = whole ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                 : std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, r.ptr);
}

}  // namespace claimtrace
