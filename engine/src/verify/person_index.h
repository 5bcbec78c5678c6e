// Names indexed so that two that may name one person (same_person) share a key: a check
// compares a name with its key-mates only, never with every name of a group.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace claimtrace {

// The keys of one name, read once from its sides (its spelling words, and other readings such
// as pinyin or a lemma): two names have a shared key whenever same_person may hold for some
// side of each. A name of several words is keyed by its last word together with each earlier
// word, so holders who share only a surname or only a given name are not key-mates.
struct PersonKeys {
  std::vector<uint64_t> index;  // keys the name is found by
  std::vector<uint64_t> query;  // keys it looks for

  static PersonKeys of(const std::vector<const std::vector<std::string>*>& sides);
};

// Names in the order they are added; sealed once all are in, then asked for candidates. Keys
// are uniform hashes, so sealing files them by their top bits (a counting sort) and a look-up
// reads one small bucket.
class PersonIndex {
 public:
  // Adds the next name (position size()).
  void add(const PersonKeys& keys);
  void seal();
  size_t size() const { return size_; }
  // The positions of the names that may name one person with `keys`, in increasing order: a
  // superset of those same_person accepts, to be confirmed by it.
  std::vector<size_t> candidates(const PersonKeys& keys) const;

 private:
  std::vector<std::pair<uint64_t, uint32_t>> entries_;
  std::vector<uint32_t> bucket_start_;  // entries_ filed by their key's top `bits_` bits
  int bits_ = 0;
  size_t size_ = 0;
  bool sealed_ = false;
};

}  // namespace claimtrace
