// Disputes from the graph's contradiction components, and the finding each one gives.
#include "verify/disputes.h"

#include <algorithm>
#include <cassert>

#include "verify/wording.h"

namespace claimtrace {

namespace {

using ItemPair = std::pair<size_t, size_t>;  // smaller first

ItemPair ordered(size_t a, size_t b) { return {std::min(a, b), std::max(a, b)}; }

class Sides {
 public:
  Sides(const Findings& findings) {
    for (const auto& [a, b] : findings.agreements) {
      agree_[a].push_back(b);
      agree_[b].push_back(a);
    }
    for (const Contradiction& p : findings.contradictions) pair_of_[ordered(p.a, p.b)] = &p;
  }

  // Kind and severity: of the component's first contradiction, and its most severe one.
  // Sides: claims that agree, by agreement edges within the dispute; a claim outside that
  // agrees with one side only joins it as support.
  Dispute dispute(std::vector<size_t> items) const {
    Dispute d;
    d.items = std::move(items);
    const Contradiction* first = nullptr;
    for (size_t a : d.items) {
      for (size_t b : d.items) {
        auto it = pair_of_.find({a, b});
        if (a >= b || it == pair_of_.end()) continue;
        if (!first) first = it->second;
        d.severity = std::max(d.severity, it->second->severity);
        if (!it->second->note.empty()) d.notes.push_back(it->second->note);
      }
    }
    assert(first);  // a component of contradiction edges has at least one
    d.kind = first->kind;
    std::vector<int> side(d.items.size(), -1);
    for (size_t k = 0; k < d.items.size(); ++k) {
      if (side[k] >= 0) continue;
      side[k] = static_cast<int>(d.sides.size());
      d.sides.push_back({d.items[k]});
      for (size_t stack = 0; stack < d.sides.back().size(); ++stack) {
        for (size_t other : neighbours(d.sides.back()[stack])) {
          auto pos = std::find(d.items.begin(), d.items.end(), other);
          if (pos == d.items.end()) continue;
          size_t at = static_cast<size_t>(pos - d.items.begin());
          if (side[at] < 0 && !contradicts_side(other, d.sides.back())) {
            side[at] = side[k];
            d.sides.back().push_back(other);
          }
        }
      }
    }
    std::set<size_t> inside(d.items.begin(), d.items.end());
    std::map<size_t, std::set<size_t>> joins;  // outside item -> sides it agrees with
    for (size_t s = 0; s < d.sides.size(); ++s) {
      std::vector<size_t> queue(d.sides[s].begin(), d.sides[s].end());
      std::set<size_t> seen(queue.begin(), queue.end());
      for (size_t q = 0; q < queue.size(); ++q) {
        for (size_t other : neighbours(queue[q])) {
          if (inside.count(other) || !seen.insert(other).second) continue;
          joins[other].insert(s);
          queue.push_back(other);
        }
      }
    }
    for (const auto& [other, sides] : joins) {
      if (sides.size() == 1) d.sides[*sides.begin()].push_back(other);
    }
    for (auto& s : d.sides) std::sort(s.begin(), s.end());
    return d;
  }

 private:
  const std::vector<size_t>& neighbours(size_t item) const {
    static const std::vector<size_t> none;
    auto found = agree_.find(item);
    return found == agree_.end() ? none : found->second;
  }

  bool contradicts_side(size_t item, const std::vector<size_t>& side) const {
    for (size_t s : side) {
      if (pair_of_.count(ordered(item, s))) return true;
    }
    return false;
  }

  std::map<size_t, std::vector<size_t>> agree_;
  std::map<ItemPair, const Contradiction*> pair_of_;
};

}  // namespace

std::vector<Dispute> build_disputes(const Keyed& keyed, const Findings& findings,
                                    const ClaimGraph& graph) {
  std::map<std::string, size_t> item_of;
  for (const Item& it : keyed.items) item_of[it.c->id] = it.index;
  const Sides sides(findings);
  std::vector<Dispute> out;
  for (const std::vector<std::string>& ids : graph.disputes()) {
    std::vector<size_t> items;
    for (const std::string& id : ids) items.push_back(item_of.at(id));
    out.push_back(sides.dispute(std::move(items)));
  }
  return out;
}

Voices voices_of(const Keyed& keyed, const ClaimGraph& graph) {
  Voices out;
  out.reserve(keyed.items.size());
  for (const Item& it : keyed.items)
    out.push_back(&keyed.by_id.at(graph.origin(it.c->id))->source.str());
  return out;
}

std::set<std::string> voices(const std::vector<size_t>& side, const Voices& voice) {
  std::set<std::string> out;
  for (size_t i : side) out.insert(*voice[i]);
  return out;
}

Discrepancy describe(const Dispute& d, const Keyed& keyed, const Voices& voice,
                     const std::map<std::string, double>& trust) {
  const std::vector<Item>& items = keyed.items;
  Discrepancy out;
  out.kind = d.kind;
  out.severity = d.severity;
  const Claim& first = *items[d.items.front()].c;
  out.subject = first.subject.text();
  out.attribute = first.attribute;
  // Sides ranked by support, then by where they first appear.
  std::vector<std::pair<double, size_t>> ranked;
  for (size_t s = 0; s < d.sides.size(); ++s) {
    double support = 0;
    for (const std::string& v : voices(d.sides[s], voice)) support += trust.at(v);
    ranked.push_back({support, s});
  }
  std::sort(ranked.begin(), ranked.end(), [&](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first > y.first;
    return d.sides[x.second].front() < d.sides[y.second].front();
  });
  std::vector<SideWords> words;
  bool any_implicit = false;
  for (const auto& [support, s] : ranked) {
    CompetingValue v;
    SideWords w;
    v.value = w.value = competing_value_words(d.kind, items[d.sides[s].front()]);
    v.support = w.support = support;
    for (const std::string& voice : voices(d.sides[s], voice)) v.sources.push_back(voice);
    for (size_t i : d.sides[s]) {
      const Item& it = items[i];
      any_implicit = any_implicit || it.implicit;
      v.claims.push_back(it.c->id);
      // Evidence: where each source first states the value; repeats are counted in words.
      if (w.stated[it.c->source]++ > 0) continue;
      Evidence e = evidence_of(*it.c, EvidenceRole::kValue);
      e.value_rank = static_cast<int>(words.size()) + 1;
      out.evidence.push_back(e);
      w.places.push_back({it.c->source, when_words(it), it.c->quote});
    }
    out.values.push_back(std::move(v));
    words.push_back(std::move(w));
  }
  out.explanation = dispute_words(
      d.kind, first, words, std::set<std::string>(d.notes.begin(), d.notes.end()), any_implicit);
  std::set<std::string> periods;
  for (size_t i : d.items) periods.insert(items[i].c->period.iso());
  for (const std::string& p : periods) out.period += (out.period.empty() ? "" : " ") + p;
  return out;
}

}  // namespace claimtrace
