// Items from claims: key_of() decides the key; the time is the claim's period in days.
#include "verify/items.h"

#include <algorithm>
#include <climits>

#include "claim_key_rules.h"

namespace claimtrace {

bool is_flow(ClaimKind k) { return k == ClaimKind::kAmount || k == ClaimKind::kCount; }

bool same_sentence(const Item& x, const Item& y) {
  return x.doc == y.doc && x.c->sentence == y.c->sentence;
}

std::string Item::signature() const {
  std::string s = std::to_string(when.first) + "/" + std::to_string(when.last) + "/" +
                  (implicit ? "i" : "s") + "/" + number_text(low) + "/" + number_text(high) + "/" +
                  label + "/";
  for (const std::string& m : modifiers) s += m + ",";
  return s;
}

std::optional<Item> item_of(const Claim& c, size_t doc, const RuleData& r, bool goals) {
  std::optional<ClaimKey> key = key_of(c, r, goals);
  if (!key) return {};
  Item it;
  it.c = &c;
  it.doc = doc;
  it.comparison = r.declared(c.attribute)->comparison;
  if (c.period_basis == PeriodBasis::kStated) {
    it.when = c.period.days(c.kind == ClaimKind::kEvent || c.kind == ClaimKind::kDate);
  } else {
    it.when = c.period.days(false);
    // A total with no period may be cumulative: it holds up to the document's date.
    if (is_flow(c.kind)) {
      it.implicit = true;
      it.when.first = LONG_MIN;
    }
  }
  switch (key->shape) {
    case KeyShape::kRank:
      it.low = it.high = c.value + (c.scope.rfind("except ", 0) == 0 ? 1 : 0);
      break;
    case KeyShape::kQuantity:
      it.low = c.low;
      it.high = c.high;
      break;
    case KeyShape::kLabel:
      it.label = singular(c.text);
      if (it.comparison == Comparison::kGraded) it.modifiers = label_modifiers(c.text);
      break;
    case KeyShape::kEvent:
      it.label = c.object;
      // The status an event began, as a graded label: two wordings of one upgrade can clash.
      it.status = key->status();
      it.modifiers = label_modifiers(c.object);
      break;
  }
  it.key = std::move(*key);
  return it;
}

namespace {

// A status label inside an event claim that began it ("signed the Declaration on the
// establishment of ... partnership" in 2022) is shown through that event, with its date.
void mark_labels_shown_by_events(std::vector<Item>& items) {
  // (source, object) -> the spans of events in that source that began it, sorted by begin.
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<uint64_t, uint64_t>>> events;
  for (const Item& it : items) {
    if (it.shape() == KeyShape::kEvent) {
      events[{it.c->source, it.label}].push_back({it.c->span.begin, it.c->span.end});
    }
  }
  // Per begin, the furthest end of events beginning there or earlier: one lookup per label.
  for (auto& [where, spans] : events) {
    std::sort(spans.begin(), spans.end());
    for (size_t k = 1; k < spans.size(); ++k) {
      spans[k].second = std::max(spans[k].second, spans[k - 1].second);
    }
  }
  for (Item& it : items) {
    if (it.shape() != KeyShape::kLabel) continue;
    auto found = events.find({it.c->source, it.c->text});
    if (found == events.end()) continue;
    const auto& spans = found->second;
    auto after = std::upper_bound(spans.begin(), spans.end(),
                                  std::pair<uint64_t, uint64_t>{it.c->span.begin, UINT64_MAX});
    if (after != spans.begin() && std::prev(after)->second >= it.c->span.end) {
      it.shown_by_event = true;
    }
  }
}

}  // namespace

Keyed Keyed::build(const std::vector<Extraction>& ex, const RuleData& rules) {
  Keyed k;
  // A part of a total ("of which $3.5 billion") is not a value of the total's key.
  std::set<std::string> parts;
  for (const Extraction& e : ex) {
    for (const Breakdown& b : e.breakdowns) {
      for (const BreakdownPart& p : b.parts) {
        if (!p.claim.empty()) parts.insert(p.claim);
      }
    }
  }
  for (size_t d = 0; d < ex.size(); ++d) {
    for (const Claim& c : ex[d].claims) {
      k.by_id[c.id] = &c;
      if (parts.count(c.id)) continue;
      if (std::optional<Item> it = item_of(c, d, rules)) {
        it->index = k.items.size();
        k.items.push_back(std::move(*it));
      }
    }
  }
  mark_labels_shown_by_events(k.items);
  for (const Item& it : k.items) {
    k.keys[it.key].push_back(it.index);
    if (it.status) k.statuses[*it.status].push_back(it.index);
  }
  return k;
}

}  // namespace claimtrace
