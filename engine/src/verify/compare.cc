// compare_all(): claims with the same time and value agree and are compared once, as a group;
// a key repeated a hundred thousand times costs one comparison per distinct value.
#include "verify/compare.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "verify/comparators.h"

namespace claimtrace {

namespace {

constexpr size_t kMaxValues = 256;    // distinct values of one key compared pairwise
constexpr size_t kMaxPartners = 256;  // groups at overlapping times one group is weighed against
constexpr size_t kSentenceTries = 8;  // members tried to find one outside a sentence

class Comparisons {
 public:
  explicit Comparisons(const Keyed& keyed)
      : keyed_(keyed), holders_(keyed.transcriptions), graded_(keyed) {}

  Findings run(std::vector<Segment>* segments) {
    for (const auto& [key, list] : keyed_.keys) {
      compare_key(list);
      if (segments) segments->push_back(end_of(false, list));
    }
    for (const auto& [status, list] : keyed_.statuses) {
      compare_status(list);
      if (segments) segments->push_back(end_of(true, list));
    }
    return std::move(out_);
  }

 private:
  using Group = std::vector<size_t>;  // items of one signature, in corpus order

  const Comparator& comparator_for(const Item& x) const {
    switch (x.shape()) {
      case KeyShape::kQuantity:
        return values_;
      case KeyShape::kRank:
        return ranks_;
      case KeyShape::kEvent:
        return events_;
      case KeyShape::kLabel:
        break;
    }
    if (x.comparison == Comparison::kExclusive) return labels_;
    if (x.comparison == Comparison::kHolder) return holders_;
    return graded_;
  }

  static bool same_paragraph(const Item& x, const Item& y) {
    return x.shape() == KeyShape::kQuantity && x.doc == y.doc && x.when == y.when &&
           x.c->position.line == y.c->position.line;
  }

  // Members of a group agree with each other: a chain for the graph, kSame for the result.
  void agree_within(const Group& members) {
    for (size_t k = 1; k < members.size(); ++k) {
      out_.agreements.push_back({members[k - 1], members[k]});
      out_.relations.push_back({item(members[0]).c->id, item(members[k]).c->id, Bearing::kSame});
    }
  }

  // The front of one group against the first member of another outside its sentence: a
  // sentence does not contradict itself ("from 2% to 5%", or a breakdown by region).
  const Item* outside_sentence(const Item& x, const Group& h) const {
    for (size_t k = 0; k < h.size() && k < kSentenceTries; ++k) {
      if (!same_sentence(x, item(h[k]))) return &item(h[k]);
    }
    return nullptr;
  }

  // The first member of a group in another document than its front, if any.
  const Item* elsewhere(const Group& g) const {
    for (size_t i : g) {
      if (item(i).doc != item(g.front()).doc) return &item(i);
    }
    return nullptr;
  }

  // Two members, one of each group, in different documents when the groups span more than
  // one: a clash between documents weighs more than one within a document.
  std::pair<const Item*, const Item*> across_documents(const Group& g, const Group& h) const {
    const Item& x = item(g.front());
    if (item(h.front()).doc != x.doc) return {&x, &item(h.front())};
    if (const Item* y = elsewhere(h)) return {&x, y};
    if (const Item* x2 = elsewhere(g)) return {x2, &item(h.front())};
    return {&x, outside_sentence(x, h)};
  }

  // Compares the members picked from two groups; the result, recorded between the groups'
  // fronts, holds for every member.
  void compare_groups(const Group& g, const Group& h, const Comparator& comparator,
                      bool prefer_across = false) {
    auto [x, y] = prefer_across ? across_documents(g, h)
                                : std::pair{&item(g.front()), outside_sentence(item(g.front()), h)};
    if (!y) return;
    const size_t agreed = out_.agreements.size();
    const size_t contradicted = out_.contradictions.size();
    comparator.compare(*x, *y, out_);
    // An item of a list is a facet the key does not name: it may agree, never clash. Two
    // figures of one paragraph at one time are parallel clauses (a growth rate, then a share), not
    // rivals.
    if (x->listed || y->listed || same_paragraph(*x, *y)) out_.contradictions.resize(contradicted);
    const std::string& a = item(g.front()).c->id;
    const std::string& b = item(h.front()).c->id;
    if (out_.contradictions.size() > contradicted) {
      out_.relations.push_back({a, b, Bearing::kContradicts});
    } else if (out_.agreements.size() > agreed) {
      out_.relations.push_back({a, b, Bearing::kAgrees});
    }
  }

  // Up to kMaxValues distinct values are compared pairwise. A key with more is swept in time
  // order instead (by_time), so a value stated once is still weighed, not dropped for being rare.
  void compare_key(const std::vector<size_t>& list) {
    std::map<std::string, Group> groups;
    for (size_t i : list) groups[item(i).signature()].push_back(i);
    std::vector<const Group*> order;
    for (const auto& [sig, members] : groups) {
      agree_within(members);
      order.push_back(&members);
    }
    if (order.size() > kMaxValues) {
      by_time(order, /*chain=*/true, [&](const Group& g, const Group& h) {
        compare_groups(g, h, comparator_for(item(g.front())));
      });
      return;
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const Group* a, const Group* b) { return a->size() > b->size(); });
    for (size_t i = 0; i < order.size(); ++i) {
      const Comparator& comparator = comparator_for(item(order[i]->front()));
      for (size_t j = i + 1; j < order.size(); ++j)
        compare_groups(*order[i], *order[j], comparator);
    }
  }

  // Calls weigh(g, h) (g first in corpus order) for the groups whose times overlap, each with at
  // most kMaxPartners of them, and with `chain` also for each group and the next one after its
  // time: every comparator but the event and as-of-date ones needs overlapping times, and the
  // chain keeps a key's distinct dates of one event in one dispute. Near-linear unless very many
  // values share one time, where the partner cap bounds it.
  template <typename Weigh>
  void by_time(std::vector<const Group*> groups, bool chain, Weigh weigh) const {
    auto when = [&](const Group* g) { return item(g->front()).when; };
    std::sort(groups.begin(), groups.end(), [&](const Group* a, const Group* b) {
      const DayRange x = when(a), y = when(b);
      if (x.first != y.first) return x.first < y.first;
      if (x.last != y.last) return x.last < y.last;
      return a->front() < b->front();
    });
    auto in_order = [&](const Group* a, const Group* b) {
      if (a->front() < b->front())
        weigh(*a, *b);
      else
        weigh(*b, *a);
    };
    for (size_t i = 0; i < groups.size(); ++i) {
      const long last = when(groups[i]).last;
      // Sorted by start, the groups overlapping this one's time run up to `after`.
      const auto after =
          std::partition_point(groups.begin() + i + 1, groups.end(),
                               [&](const Group* g) { return when(g).first <= last; });
      const size_t end = static_cast<size_t>(after - groups.begin());
      for (size_t j = i + 1; j < end && j - i <= kMaxPartners; ++j) in_order(groups[i], groups[j]);
      if (chain && end < groups.size()) in_order(groups[i], groups[end]);
    }
  }

  // Events that began one status at overlapping times but word it differently (another event
  // key). Events of one key and signature are one group, as on their own key; the pair
  // compared spans two documents when the groups do, as the clash of some pair of them would.
  void compare_status(const std::vector<size_t>& list) {
    std::map<std::pair<ClaimKey, std::string>, Group> by_signature;
    for (size_t i : list) by_signature[{item(i).key, item(i).signature()}].push_back(i);
    std::vector<const Group*> groups;
    for (const auto& [sig, members] : by_signature) groups.push_back(&members);
    auto weigh = [&](const Group& g, const Group& h) {
      const Item& x = item(g.front());
      const Item& y = item(h.front());
      if (x.key != y.key && x.when.overlaps(y.when))
        compare_groups(g, h, graded_, /*prefer_across=*/true);
    };
    std::sort(groups.begin(), groups.end(),
              [](const Group* a, const Group* b) { return a->front() < b->front(); });
    if (groups.size() > kMaxValues) {
      by_time(groups, /*chain=*/false, weigh);
      return;
    }
    for (size_t i = 0; i < groups.size(); ++i) {
      for (size_t j = i + 1; j < groups.size(); ++j) weigh(*groups[i], *groups[j]);
    }
  }

  const Item& item(size_t i) const { return keyed_.items[i]; }

  Segment end_of(bool status, const std::vector<size_t>& list) const {
    return {status, list.front(), out_.contradictions.size(), out_.agreements.size(),
            out_.relations.size()};
  }

  const Keyed& keyed_;
  ValueComparator values_;
  RankComparator ranks_;
  EventComparator events_;
  LabelComparator labels_;
  OfficeHolderComparator holders_;
  GradedLabelComparator graded_;
  Findings out_;
};

}  // namespace

Findings compare_all(const Keyed& keyed, std::vector<Segment>* segments) {
  return Comparisons(keyed).run(segments);
}

}  // namespace claimtrace
