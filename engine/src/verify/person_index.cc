// Keys of names for the person checks: stem keys (names.h) hashed, the last word's paired with
// each earlier word's, so key-mates share two words, not one.
#include "verify/person_index.h"

#include <algorithm>
#include <cassert>
#include <functional>

#include "verify/names.h"

namespace claimtrace {

namespace {

// splitmix64's finalizer: a key's bits spread, so families and pairs do not collide by shape.
uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Families of keys: a side's last word (every name), a one-word name's word, and a pair of a
// last word and an earlier word, unordered so that two names with their words swapped
// ("Zandanshatar Gombojav" / "Gombojavyn Zandanshatar") meet too.
enum class Family : uint64_t { kLast = 1, kOneWord = 2, kPair = 3 };

uint64_t tagged(Family f, uint64_t h) { return mix(h ^ mix(static_cast<uint64_t>(f))); }

uint64_t paired(uint64_t a, uint64_t b) {
  if (a > b) std::swap(a, b);
  return tagged(Family::kPair, mix(a) ^ (b * 0x9e3779b97f4a7c15ULL));
}

std::vector<uint64_t> hashed_keys(const std::string& word) {
  std::vector<uint64_t> out;
  for (const std::string& k : stem_keys(word)) out.push_back(std::hash<std::string>{}(k));
  return out;
}

void sorted_unique(std::vector<uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

PersonKeys PersonKeys::of(const std::vector<const std::vector<std::string>*>& sides) {
  // same_person holds when the last words are alike and, in the shorter name of two words or
  // more, the first word is alike some earlier word of the longer (or the two words of two
  // names swap): a one-word name meets every name by its last word, a longer name meets one-word
  // names by its last word and longer names by a pair.
  PersonKeys out;
  for (const std::vector<std::string>* side : sides) {
    if (side->empty()) continue;
    const std::vector<uint64_t> last = hashed_keys(side->back());
    for (uint64_t l : last) out.index.push_back(tagged(Family::kLast, l));
    if (side->size() == 1) {
      for (uint64_t l : last) {
        out.index.push_back(tagged(Family::kOneWord, l));
        out.query.push_back(tagged(Family::kLast, l));
      }
      continue;
    }
    for (uint64_t l : last) out.query.push_back(tagged(Family::kOneWord, l));
    for (size_t j = 0; j + 1 < side->size(); ++j) {
      for (uint64_t k : hashed_keys((*side)[j])) {
        for (uint64_t l : last) {
          out.index.push_back(paired(l, k));
          out.query.push_back(paired(l, k));
        }
      }
    }
  }
  sorted_unique(out.index);
  sorted_unique(out.query);
  return out;
}

void PersonIndex::add(const PersonKeys& keys) {
  assert(!sealed_);
  for (uint64_t k : keys.index) entries_.push_back({k, static_cast<uint32_t>(size_)});
  ++size_;
}

void PersonIndex::seal() {
  assert(!sealed_);
  while (bits_ < 32 && (size_t{1} << bits_) < entries_.size()) ++bits_;
  bucket_start_.assign((size_t{1} << bits_) + 1, 0);
  auto bucket = [this](uint64_t k) {
    return bits_ == 0 ? 0 : static_cast<size_t>(k >> (64 - bits_));
  };
  for (const auto& e : entries_) ++bucket_start_[bucket(e.first) + 1];
  for (size_t b = 1; b < bucket_start_.size(); ++b) bucket_start_[b] += bucket_start_[b - 1];
  std::vector<std::pair<uint64_t, uint32_t>> filed(entries_.size());
  std::vector<uint32_t> next(bucket_start_.begin(), bucket_start_.end() - 1);
  for (const auto& e : entries_) filed[next[bucket(e.first)]++] = e;
  entries_ = std::move(filed);
  sealed_ = true;
}

std::vector<size_t> PersonIndex::candidates(const PersonKeys& keys) const {
  assert(sealed_);
  std::vector<size_t> out;
  for (uint64_t k : keys.query) {
    const size_t b = bits_ == 0 ? 0 : static_cast<size_t>(k >> (64 - bits_));
    for (uint32_t e = bucket_start_[b]; e < bucket_start_[b + 1]; ++e) {
      if (entries_[e].first == k) out.push_back(entries_[e].second);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace claimtrace
