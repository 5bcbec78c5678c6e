// Bodies not in the entity list, written several ways ("Khorgos Gateway Logistics Centre" /
// "Khorgas Gateway Logistics Center"): the same words, spelled apart, name one body.
#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>

#include "verify/checks.h"
#include "verify/names.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// Letters a body's name of one word needs to be compared as a spelling.
constexpr size_t kOneWordName = 8;

struct BodyName {
  std::vector<std::string> words;           // folded across scripts
  std::string shown;                        // as first written
  std::string canonical;                    // lower case, as written
  std::pair<size_t, uint64_t> first{0, 0};  // document and offset of its first mention
  int count = 0;
  std::set<std::string> sources;
  std::vector<std::pair<size_t, const Mention*>> mentions;
};

// Word for word spellings of one another: "Centre" and "Center" are spellings, "Council" and
// "Committee" two bodies (the similar-bodies check's business).
bool spellings_of_one(const BodyName& a, const BodyName& b) {
  if (a.words.size() != b.words.size() || a.words.empty()) return false;
  // A name of one word is a spelling of another only when long enough to tell ("Lesprominvest" /
  // "Леспроминвест"): short ones ("Almaz" / "Alma") are other names.
  if (a.words.size() == 1 && std::min(a.words[0].size(), b.words[0].size()) < kOneWordName)
    return false;
  // A word of another first letter is another word, however near ("Eastern" / "Western").
  for (size_t i = 0; i < a.words.size(); ++i) {
    const std::string &x = a.words[i], &y = b.words[i];
    if (x != y && (x[0] != y[0] || !same_word(x, y))) return false;
  }
  return true;
}

size_t root(std::vector<size_t>& parent, size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

void body_variants(const std::vector<Document>& docs, const std::vector<Extraction>& extractions,
                   std::vector<Discrepancy>& out) {
  std::map<std::string, BodyName> by_name;  // canonical -> its mentions
  for (size_t d = 0; d < extractions.size(); ++d) {
    for (const Mention& m : extractions[d].mentions) {
      if (m.type != EntityType::kBody || !m.entity.empty()) continue;
      BodyName& n = by_name[m.canonical];
      if (n.words.empty()) {
        for (const std::string& w : name_words(m.canonical)) {
          std::vector<std::string> folded = spelling_words(w);
          n.words.insert(n.words.end(), folded.begin(), folded.end());
        }
        n.shown = m.surface;
        n.canonical = m.canonical;
        n.first = {d, m.text_begin};
      }
      ++n.count;
      n.sources.insert(docs[d].source.id);
      n.mentions.push_back({d, &m});
    }
  }
  std::vector<const BodyName*> names;
  for (const auto& [canonical, n] : by_name) names.push_back(&n);
  std::vector<size_t> parent(names.size());
  std::iota(parent.begin(), parent.end(), 0);
  // Compared within a bucket: the number of words and the first letter.
  std::map<std::pair<size_t, char>, std::vector<size_t>> buckets;
  for (size_t i = 0; i < names.size(); ++i) {
    if (!names[i]->words.empty() && !names[i]->words[0].empty())
      buckets[{names[i]->words.size(), names[i]->words[0][0]}].push_back(i);
  }
  for (const auto& [bucket, list] : buckets) {
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        if (spellings_of_one(*names[list[x]], *names[list[y]]))
          parent[root(parent, list[x])] = root(parent, list[y]);
      }
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < names.size(); ++i) groups[root(parent, i)].push_back(i);
  for (const auto& [r, group] : groups) {
    if (group.size() < 2) continue;
    Discrepancy d;
    d.kind = DiscrepancyKind::kNameVariant;
    d.severity = Severity::kInfo;
    const BodyName* most = names[group.front()];
    std::vector<NameForm> listed;
    for (size_t i : group) {
      const BodyName& n = *names[i];
      // Named by its most frequent spelling; of equals, the first written.
      if (n.count > most->count || (n.count == most->count && n.first < most->first)) most = &n;
      listed.push_back({n.shown, n.count, n.sources});
      for (const auto& [doc, m] : n.mentions) d.evidence.push_back(mention_evidence(docs[doc], *m));
    }
    std::string subject = most->canonical;
    std::replace(subject.begin(), subject.end(), ' ', '_');
    d.subject = subject;
    d.explanation = name_variant_words(most->shown, listed);
    out.push_back(std::move(d));
  }
}

}  // namespace claimtrace
