// Content ids: FNV-1a over what a record says, so the same record gets the same id on every
// run and in every order.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace claimtrace {

inline uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// How many bits of its hash an id keeps (48, all 12 digits). Only tests narrow it, to make
// claims and findings collide on purpose; an id keeps its width of 12 digits either way.
inline std::atomic<unsigned>& id_hash_bits() {
  static std::atomic<unsigned> bits{48};
  return bits;
}

// "c" + 12 hex digits of the hash: short enough to read. Not long enough never to collide
// across an archive's millions of claims: claim_ids.h makes claim ids unique over a corpus,
// and verify the ids of its findings.
inline std::string hex_id(char prefix, uint64_t h) {
  const unsigned bits = id_hash_bits().load(std::memory_order_relaxed);
  if (bits < 48) h &= (uint64_t{1} << bits) - 1;
  char buf[24];
  std::snprintf(buf, sizeof buf, "%c%012llx", prefix,
                static_cast<unsigned long long>(h & 0xFFFFFFFFFFFFull));
  return buf;
}

// The id a later record given `id` takes: the first of "id-2", "id-3"... that `taken` does not
// hold. Claims within a document, claims over a corpus and findings are all renamed this way.
template <typename Taken>
std::string suffixed_id(const std::string& id, Taken taken) {
  for (unsigned n = 2;; ++n) {
    std::string next = id + "-" + std::to_string(n);
    if (!taken(next)) return next;
  }
}

}  // namespace claimtrace
