// Lexicon: a flat open-addressing table of words; ids are dense, so tables keyed by them are
// vectors or flat hashes of integers.
#include "lexicon.h"

namespace claimtrace {

Lexicon::Lexicon() : slots_(64, 0), words_(1), hashes_(1, 0), flags_(1, 0) {}

// FNV-1a: words are short, where a general hash costs more than hashing.
uint64_t Lexicon::hash(std::string_view word) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
  return h;
}

namespace {

uint64_t slot_of(uint64_t hash, uint32_t id) { return (hash & 0xFFFFFFFF00000000ull) | id; }

}  // namespace

uint32_t Lexicon::find(std::string_view word) const {
  const uint64_t h = hash(word);
  const size_t mask = slots_.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    const uint64_t slot = slots_[s];
    const uint32_t id = static_cast<uint32_t>(slot);
    if (id == kUnknown) return kUnknown;
    if (slot == slot_of(h, id) && words_[id] == word) return id;
  }
}

uint32_t Lexicon::intern(std::string_view word) {
  if (uint32_t id = find(word); id != kUnknown) return id;
  if ((words_.size() + 1) * 2 > slots_.size()) grow();
  const uint32_t id = static_cast<uint32_t>(words_.size());
  const uint64_t h = hash(word);
  words_.emplace_back(word);
  hashes_.push_back(h);
  flags_.push_back(0);
  const size_t mask = slots_.size() - 1;
  size_t s = h & mask;
  while (slots_[s] != kUnknown) s = (s + 1) & mask;
  slots_[s] = slot_of(h, id);
  return id;
}

void Lexicon::grow() {
  slots_.assign(slots_.size() * 2, kUnknown);
  const size_t mask = slots_.size() - 1;
  for (uint32_t id = 1; id < words_.size(); ++id) {
    size_t s = hashes_[id] & mask;
    while (slots_[s] != kUnknown) s = (s + 1) & mask;
    slots_[s] = slot_of(hashes_[id], id);
  }
}

void Lexicon::identify(std::vector<Token>& tokens) const {
  for (Token& t : tokens) {
    if (t.word != kUnidentified) continue;  // a word keeps its ids
    t.word = find(t.lower);
    // A word with no capital views its lower case in its text: the same bytes, not compared.
    const bool same =
        t.text.size() == t.lower.size() && (t.text.data() == t.lower.data() || t.text == t.lower);
    t.written = same ? t.word : find(t.text);
  }
}

}  // namespace claimtrace
