// Claim ids unique over a corpus: a sorted array of id hashes finds the few ids given twice, so
// a corpus without any costs 8 bytes a claim for the time of one sort.
#include "claim_ids.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_set>

#include "content_id.h"

namespace claimtrace {

size_t make_claim_ids_unique(std::vector<Extraction>& extractions) {
  std::vector<uint64_t> hashes;
  for (const Extraction& x : extractions) {
    for (const Claim& c : x.claims) hashes.push_back(fnv1a(c.id));
  }
  std::sort(hashes.begin(), hashes.end());
  std::vector<uint64_t> twice;  // hashes of ids that may be given twice
  for (size_t i = 1; i < hashes.size(); ++i) {
    if (hashes[i] == hashes[i - 1] && (twice.empty() || twice.back() != hashes[i]))
      twice.push_back(hashes[i]);
  }
  if (twice.empty()) return 0;
  auto any_claim_has = [&hashes](const std::string& id) {
    return std::binary_search(hashes.begin(), hashes.end(), fnv1a(id));
  };
  std::unordered_set<std::string> given;  // ids of the claims that may collide, and new ids
  size_t renamed = 0;
  for (Extraction& x : extractions) {
    std::map<std::string, std::string> named;  // this document's first claim of an old id
    for (Claim& c : x.claims) {
      if (!std::binary_search(twice.begin(), twice.end(), fnv1a(c.id))) continue;
      std::string id = c.id;
      if (!given.count(id)) {
        given.insert(id);
      } else {
        // A new id no claim has: any claim whose id hashes alike counts as having it.
        id = suffixed_id(
            c.id, [&](const std::string& x) { return given.count(x) > 0 || any_claim_has(x); });
        given.insert(id);
        ++renamed;
      }
      named.emplace(c.id, id);
      c.id = std::move(id);
    }
    if (named.empty()) continue;
    auto rename = [&named](std::string& ref) {
      if (auto found = named.find(ref); found != named.end()) ref = found->second;
    };
    for (Breakdown& b : x.breakdowns) {
      rename(b.total);
      for (BreakdownPart& p : b.parts) rename(p.claim);
    }
  }
  return renamed;
}

}  // namespace claimtrace
