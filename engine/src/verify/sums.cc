// Sums: a total the rules define as the sum of other measures (trade turnover is exports plus
// imports). One source's parts for the same parties, period and unit add up to at most the total
// it gives, wherever in the document they stand; more is an arithmetic finding. A flow keyed by
// its direction is a part too: the two directions between two parties are their turnover's
// parts. And no single part exceeds a total for the same parties, period and unit, in any
// source.
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "verify/checks.h"
#include "verify/rounding.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// Figures at one time: parties, days, unit.
using When = std::tuple<Subject, long, long, Symbol>;
// One source's figures at one time: document, then the time.
using Where = std::tuple<size_t, When>;
// Distinct figures (low, high) of one measure, with the first item that gives each.
using Figures = std::map<std::pair<double, double>, size_t>;

// The part of the rule an attribute is: a part itself ("trade.exports"), or one direction of it
// ("trade.exports.GE_to_CN", the flow from GE to CN); empty when it is neither.
std::string part_of(const std::string& attribute, const SumRule& rule) {
  for (const std::string& p : rule.parts) {
    if (attribute == p) return p;
    if (attribute.size() > p.size() + 1 && attribute.compare(0, p.size() + 1, p + ".") == 0) {
      const std::string rest = attribute.substr(p.size() + 1);
      if (rest.find('.') == std::string::npos && rest.find("_to_") != std::string::npos) {
        return p;
      }
    }
  }
  return {};
}

// "X_to_Y" -> "Y_to_X": the other direction of one flow.
std::string reversed(const std::string& direction) {
  const size_t at = direction.find("_to_");
  return direction.substr(at + 4) + "_to_" + direction.substr(0, at);
}

// The totals of one whole, ordered so that those a part may be above are a prefix: n log n for
// a key with many figures, where every part against every total was quadratic. A part is above
// a total when part.low - (both half units) > total.high, which, apart, is part.low - its half
// unit > total.high + its half unit: that sorts. The prefix is padded by far more than rounding
// moves either side, so it holds every pair the exact test takes, and Sums::above decides each.
class Above {
 public:
  Above() = default;
  Above(const std::vector<Item>& items, const Figures& totals) {
    for (const auto& [value, t] : totals) {
      const Item& total = items[t];
      const size_t at = order_.size();
      order_.push_back(t);
      if (std::isnan(total.high) || total.high == HUGE_VAL) continue;  // no part is above it
      const double h = half_unit(total.c->value);
      const double key = total.high + h - kPadding * (std::fabs(total.high) + h);
      if (std::isfinite(key)) {
        sorted_.push_back({key, at});
      } else {
        anywhere_.push_back(at);
      }
    }
    std::sort(sorted_.begin(), sorted_.end());
  }

  // The totals, in the whole's (value) order, that `part` may be above.
  std::vector<size_t> below(const Item& part) const {
    if (std::isnan(part.low) || part.low == -HUGE_VAL) return {};  // above no total
    const double h = half_unit(part.c->value);
    const double bound = part.low - h + kPadding * (std::fabs(part.low) + h);
    std::vector<size_t> at(anywhere_);
    if (!std::isfinite(bound)) {
      for (const auto& [key, k] : sorted_) at.push_back(k);
    } else {
      auto end = std::upper_bound(sorted_.begin(), sorted_.end(), std::pair{bound, SIZE_MAX});
      for (auto it = sorted_.begin(); it != end; ++it) at.push_back(it->second);
    }
    std::sort(at.begin(), at.end());
    std::vector<size_t> out;
    out.reserve(at.size());
    for (size_t k : at) out.push_back(order_[k]);
    return out;
  }

 private:
  static constexpr double kPadding = 1e-9;
  std::vector<std::pair<double, size_t>> sorted_;  // (key, place in order_), by key
  std::vector<size_t> anywhere_;                   // places of totals every part may be above
  std::vector<size_t> order_;                      // the totals' items, in the whole's order
};

class Sums : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    for (const SumRule& rule : in.rules.sums) check(in, rule, out);
  }

 private:
  static bool counted(const Item& it) {
    return it.shape() == KeyShape::kQuantity && is_flow(it.c->kind) && !it.implicit && !it.listed &&
           it.key.metric == Metric::kLevel;
  }

  void check(const CheckInput& in, const SumRule& rule, std::vector<Discrepancy>& out) const {
    // Per place and attribute, the distinct figures given and one item of each.
    std::map<Where, std::map<std::string, Figures>> figures;
    // Across sources: totals and parts at one time.
    std::map<When, Figures> totals, parts;
    for (const Item& it : in.keyed.items) {
      if (!counted(it)) continue;
      const std::string& attribute = it.key.attribute.str();
      const bool total = attribute == rule.total;
      if (!total && part_of(attribute, rule).empty()) continue;
      const When when{it.key.subject, it.when.first, it.when.last, it.key.unit};
      figures[{it.doc, when}][attribute].emplace(std::pair{it.low, it.high}, it.index);
      (total ? totals : parts)[when].emplace(std::pair{it.low, it.high}, it.index);
    }
    std::set<size_t> summed;  // totals whose own source gives all their parts
    for (const auto& placed : figures) {
      // A reference, not the structured binding: a lambda may not capture one before C++20's
      // P1091 (clang 14 refuses it).
      const auto& by_attribute = placed.second;
      // Each of the total and the parts given once: two figures for one part are no sum.
      auto one = [&](const std::string& attribute) -> const Item* {
        auto found = by_attribute.find(attribute);
        if (found == by_attribute.end() || found->second.size() != 1) return nullptr;
        return &in.keyed.items[found->second.begin()->second];
      };
      const Item* total = one(rule.total);
      if (!total) continue;
      std::vector<const Item*> given = complete_parts(by_attribute, rule, one);
      if (given.empty()) continue;
      summed.insert(total->index);
      double low = 0, high = 0, slack = half_unit(total->c->value);
      std::string sum;
      for (const Item* p : given) {
        low += p->low;
        high += p->high;
        slack += half_unit(p->c->value);
        sum += (sum.empty() ? "" : " + ") + p->c->quote;
      }
      if (!(low - slack > total->high)) continue;
      Discrepancy d = finding(DiscrepancyKind::kArithmetic, Severity::kMedium, *total->c, true);
      d.evidence.push_back(evidence_of(*total->c, EvidenceRole::kTotal));
      for (const Item* p : given) d.evidence.push_back(evidence_of(*p->c, EvidenceRole::kPart));
      d.explanation = sum_words(*total->c, low, high, sum);
      out.push_back(std::move(d));
    }
    // One part above a total of the same time or of a period that contains the part's,
    // whoever gives them; a source whose parts were all added up above has been checked
    // already. An open period ("since 2016") has no known extent, so it contains nothing.
    std::map<std::pair<Subject, Symbol>, std::vector<const std::pair<const When, Figures>*>> wholes;
    for (const auto& entry : totals) {
      if (std::get<1>(entry.first) == LONG_MIN || std::get<2>(entry.first) == LONG_MAX) continue;
      wholes[{std::get<0>(entry.first), std::get<3>(entry.first)}].push_back(&entry);
    }
    // Each whole's figures once, ordered for the search below.
    std::map<const std::pair<const When, Figures>*, Above> above_of;
    // The parts above each total, the totals in the order first found: one finding a total.
    std::map<size_t, std::vector<const Item*>> over;
    std::vector<size_t> found_order;
    for (const auto& [when, part_figures] : parts) {
      auto found = wholes.find({std::get<0>(when), std::get<3>(when)});
      if (found == wholes.end()) continue;
      const DayRange part_days{std::get<1>(when), std::get<2>(when)};
      for (const auto* whole : found->second) {
        const DayRange whole_days{std::get<1>(whole->first), std::get<2>(whole->first)};
        if (!part_days.within(whole_days)) continue;
        auto [at, added] = above_of.try_emplace(whole);
        if (added) at->second = Above(in.keyed.items, whole->second);
        const Above& totals_of = at->second;
        for (const auto& [part_value, p] : part_figures) {
          const Item& part = in.keyed.items[p];
          for (size_t t : totals_of.below(part)) {
            const Item& total = in.keyed.items[t];
            if (!above(part, total, summed)) continue;
            auto [at, fresh] = over.try_emplace(t);
            if (fresh) found_order.push_back(t);
            at->second.push_back(&part);
          }
        }
      }
    }
    for (size_t t : found_order) out.push_back(parts_above(in.keyed.items[t], over[t]));
  }

  static bool above(const Item& part, const Item& total, const std::set<size_t>& summed) {
    if (part.doc == total.doc && summed.count(total.index)) return false;
    const double slack = half_unit(part.c->value) + half_unit(total.c->value);
    return part.low - slack > total.high;
  }

  // One finding a total, however many parts are above it: a table with many parts and totals
  // a year gave a finding a pair. The evidence is the total and its largest few parts; the
  // wording counts the rest. Another source's part makes it medium, the total's own only low.
  static Discrepancy parts_above(const Item& total, std::vector<const Item*> parts) {
    std::stable_sort(parts.begin(), parts.end(), [](const Item* a, const Item* b) {
      return a->low != b->low ? a->low > b->low : a->index < b->index;
    });
    const bool other =
        std::any_of(parts.begin(), parts.end(), [&](const Item* p) { return p->doc != total.doc; });
    Discrepancy d = finding(DiscrepancyKind::kArithmetic,
                            other ? Severity::kMedium : Severity::kLow, *total.c, true);
    d.evidence.push_back(evidence_of(*total.c, EvidenceRole::kTotal));
    std::vector<const Claim*> shown;
    for (size_t i = 0; i < parts.size() && i < kPartsShown; ++i) {
      d.evidence.push_back(evidence_of(*parts[i]->c, EvidenceRole::kPart));
      shown.push_back(parts[i]->c);
    }
    d.explanation = parts.size() == 1 ? part_above_total_words(*total.c, *parts[0]->c)
                                      : parts_above_total_words(*total.c, shown, parts.size());
    return d;
  }

  static constexpr size_t kPartsShown = 3;  // parts a finding quotes; the wording counts all

  // The parts of one source's total, each given once: every part the rule names, or the two
  // directions of one flow between the total's parties. Empty when the source gives neither.
  template <typename One>
  static std::vector<const Item*> complete_parts(const std::map<std::string, Figures>& by_attribute,
                                                 const SumRule& rule, One one) {
    std::vector<const Item*> out;
    for (const std::string& p : rule.parts) {
      if (const Item* part = one(p)) out.push_back(part);
    }
    if (out.size() == rule.parts.size()) return out;
    out.clear();
    for (const auto& [attribute, values] : by_attribute) {
      const std::string base = part_of(attribute, rule);
      if (base.empty() || base == attribute) continue;
      const std::string direction = attribute.substr(base.size() + 1);
      const std::string back = base + "." + reversed(direction);
      if (back <= attribute) continue;  // each pair once, from its smaller name
      const Item* there = one(attribute);
      const Item* again = one(back);
      if (there && again) return {there, again};
    }
    return {};
  }
};

}  // namespace

std::unique_ptr<Check> sums_check() { return std::make_unique<Sums>(); }

}  // namespace claimtrace
