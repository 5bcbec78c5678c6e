// Holders over their tenures: a holder named in a document that also dates their taking up (or
// leaving) that office held it from that start to the time named (or from then to that end),
// so another holder named within that span is a rival. Only the holder's own document's dates
// count, so a shard of a spread run reads the same spans as one process.
#include <algorithm>
#include <climits>
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "verify/items.h"
#include "verify/names.h"

namespace claimtrace {

namespace {

// A dated start or end of one holder's tenure: the first day after the start's period (a
// start) or the last day before the end's (an end), the span the holder surely held the office,
// so a rival named at a time the edge's own period covers ("in 2019", a successor) is no clash.
struct Edge {
  std::string holder;
  long day = 0;
  bool start = false;
  long until = 0;  // an end's last day: the latest the tenure may have ended
};

}  // namespace

void stretch_holders_over_tenures(std::vector<Item>& items, const RuleData& rules) {
  const ExtractionPolicy& p = rules.policy;
  std::map<std::pair<size_t, std::string>, std::vector<Edge>> edges;  // (doc, office) -> edges
  for (const Item& it : items) {
    if (it.shape() != KeyShape::kEvent) continue;
    const bool start = it.c->attribute == p.office_start_attribute;
    if (!start && it.c->attribute != p.office_end_attribute) continue;
    const size_t comma = it.c->object.find(", ");
    if (comma == std::string::npos) continue;
    // An end with no begin ("former ambassador X": left by the document's date) has no last
    // day the holder surely held the office; a start with no end, no first.
    if (start ? it.when.last == LONG_MAX : it.when.first == LONG_MIN) continue;
    edges[{it.doc, it.c->object.substr(comma + 2)}].push_back(
        {it.c->object.substr(0, comma), start ? it.when.last + 1 : it.when.first - 1, start,
         it.when.last});
  }
  if (edges.empty()) return;
  for (Item& it : items) {
    if (it.comparison != Comparison::kHolder || it.c->object.empty()) continue;
    auto found = edges.find({it.doc, it.c->object});
    if (found == edges.end()) continue;
    const std::string holder = holder_of(it.c->text);
    std::vector<const Edge*> own;
    for (const Edge& e : found->second) {
      if (same_person_written(rules.transcriptions, e.holder, holder)) own.push_back(&e);
    }
    // The latest start on or before the time named with no end of theirs between, and the
    // earliest end on or after it with no start between: the tenure the holder was named in.
    long from = LONG_MIN, to = LONG_MAX;
    for (const Edge* e : own) {
      // An end reaching the time named: the tenure ended by its last day.
      if (!e->start && e->until >= it.said.first) it.ended = std::min(it.ended, e->until);
    }
    for (const Edge* e : own) {
      if (e->start && e->day <= it.when.first) from = std::max(from, e->day);
      if (!e->start && e->day >= it.when.last) to = std::min(to, e->day);
    }
    for (const Edge* e : own) {
      if (!e->start && from != LONG_MIN && e->day >= from && e->day < it.when.first)
        from = LONG_MIN;
      if (e->start && to != LONG_MAX && e->day > it.when.last && e->day <= to) to = LONG_MAX;
    }
    if (from != LONG_MIN) it.when.first = from;
    if (to != LONG_MAX) it.when.last = to;
  }
}

}  // namespace claimtrace
