// Relations: what a sentence says is related to what ("trade between X and Y", "X's exports to
// Y", "X–Y trade", "trade with Y"); the subject of a figure is the relation nearest it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "claimtrace/subject.h"
#include "extract/sentence_context.h"

namespace claimtrace {

struct Relation {
  size_t first = 0, last = 0;  // the tokens stating it
  Subject subject;             // its parties; empty when one of them is unknown
  // A capitalized name in one of its places that is no known state or party: tokens [first, last).
  std::optional<std::pair<size_t, size_t>> unknown;
  // A flow's direction ("X's exports to Y", "Y's imports from X": from X to Y): the parties'
  // ids, and the attribute both views key by; empty when the relation states none.
  std::string from, to, flow;
  std::string via;  // the attribute of the trade word that states the flow ("trade.imports")
  // One state's trade with every partner ("X's total foreign trade"): the subject is X alone.
  bool whole = false;
  // Parties listed as a clause's subject ("China, Kyrgyzstan and Uzbekistan signed ..."): only
  // the figures of that clause are theirs.
  bool listed = false;
  // A flow or trade told only by its partner ("exports to China", "trade with Peru") where
  // nothing says whose it is: its figures have no subject, rather than the partner's own.
  bool ownerless = false;
};

// The relations the sentence states, in text order.
std::vector<Relation> find_relations(const SentenceContext& s);

// The relation a claim on tokens [first, last) is about: the nearest one in its clause (or the
// sentence before `before`, where a later clause begins); null when there is none, or when two
// with different parties are equally near. A listed subject reaches no figure of another clause.
const Relation* relation_of(const SentenceContext& s, const std::vector<Relation>& relations,
                            size_t first, size_t last, size_t before = SIZE_MAX);

}  // namespace claimtrace
