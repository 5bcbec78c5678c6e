// The relation a figure is about: the nearest one in its clause, read after find_relations().
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/clauses.h"
#include "extract/relations.h"

namespace claimtrace {

namespace {

// The clause token k is in, counting the separators before it: ';' always, ',' too when
// `commas` ("Kyrgyzstan came second with $22.7 billion, followed by Uzbekistan at ...").
size_t clause_of(const std::vector<Token>& t, size_t k, bool commas) {
  size_t c = 0;
  for (size_t i = 0; i < k && i < t.size(); ++i) {
    c += t[i].kind == TokenKind::kPunct && (t[i].text == ";" || (commas && t[i].text == ","));
  }
  return c;
}

// Whether a listed subject reaches a figure on tokens [first, last): no clause mark stands
// between them but the comma that opens the list ("In 2024, X, Y and Z signed").
bool reaches(const std::vector<Token>& t, const Relation& r, size_t first, size_t last) {
  const size_t from = r.last <= first ? r.last : last;
  const size_t to = r.last <= first ? first : (r.first > 0 ? r.first - 1 : 0);
  for (size_t k = from; k < to && k < t.size(); ++k) {
    if (t[k].kind != TokenKind::kPunct) continue;
    const std::string_view p = t[k].text;
    if (p == "," || p == ";" || p == ":" || p == "(" || p == ")") return false;
  }
  return true;
}

}  // namespace

const Relation* relation_of(const SentenceContext& s, const std::vector<Relation>& relations,
                            size_t first, size_t last, size_t before) {
  const std::vector<Token>& t = s.tokens();
  // The figure's part of the sentence between commas, else its clause (to ';' and, past a
  // comma, to a clause opener: "X's shipments to Y were $1 billion, while Y's goods sold to X
  // came to $2 billion"), else its part between semicolons, else the sentence.
  for (int level = 0; level < 4; ++level) {
    const bool commas = level == 0;
    const size_t clause = clause_of(t, first, commas);
    const Relation* best = nullptr;
    size_t best_gap = SIZE_MAX;
    bool tie = false;
    for (const Relation& r : relations) {
      if (r.first >= before) continue;
      if (level < 3 && clause_of(t, r.first, commas) != clause) continue;
      if (level == 1 &&
          clause_breaks(s, std::min(r.last, first), std::max(r.first, last), false, first)) {
        continue;
      }
      if (r.listed && !reaches(t, r, first, last)) continue;
      size_t gap = r.last <= first ? first - r.last : last <= r.first ? r.first - last : 0;
      if (gap < best_gap) {
        best = &r, best_gap = gap, tie = false;
      } else if (gap == best_gap && !(r.subject == best->subject && r.unknown == best->unknown)) {
        tie = true;
      }
    }
    if (best) return tie ? nullptr : best;
  }
  return nullptr;
}

}  // namespace claimtrace
