// Content ids: FNV-1a over what a record says, so the same record gets the same id on every
// run and in every order.
#pragma once

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

// "c" + 12 hex digits of the hash: short enough to read, long enough not to collide.
inline std::string hex_id(char prefix, uint64_t h) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%c%012llx", prefix,
                static_cast<unsigned long long>(h & 0xFFFFFFFFFFFFull));
  return buf;
}

}  // namespace claimtrace
