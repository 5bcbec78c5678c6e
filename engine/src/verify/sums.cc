// Sums: a total the rules define as the sum of other measures (trade turnover is exports plus
// imports). One source's parts for the same parties, period and unit add up to at most the total
// it gives, wherever in the document they stand; more is an arithmetic finding.
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "verify/checks.h"
#include "verify/rounding.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// One source's figures at one time: document, parties, days, unit.
using Where = std::tuple<size_t, Subject, long, long, Symbol>;

class Sums : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    for (const SumRule& rule : in.rules.sums) check(in, rule, out);
  }

 private:
  void check(const CheckInput& in, const SumRule& rule, std::vector<Discrepancy>& out) const {
    // Per place and attribute, the distinct figures given (by low, high) and one item of each.
    std::map<Where, std::map<std::string, std::map<std::pair<double, double>, size_t>>> figures;
    std::set<std::string> wanted(rule.parts.begin(), rule.parts.end());
    wanted.insert(rule.total);
    for (const Item& it : in.keyed.items) {
      if (it.shape() != KeyShape::kQuantity || !is_flow(it.c->kind) || it.implicit || it.listed) {
        continue;
      }
      if (it.key.metric != Metric::kLevel || !wanted.count(it.key.attribute.str())) continue;
      const Where where{it.doc, it.key.subject, it.when.first, it.when.last, it.key.unit};
      figures[where][it.key.attribute.str()].emplace(std::pair{it.low, it.high}, it.index);
    }
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
      std::vector<const Item*> parts;
      for (const std::string& p : rule.parts) {
        if (const Item* part = one(p)) parts.push_back(part);
      }
      if (parts.size() != rule.parts.size()) continue;
      double low = 0, high = 0, slack = half_unit(total->c->value);
      std::string sum;
      for (const Item* p : parts) {
        low += p->low;
        high += p->high;
        slack += half_unit(p->c->value);
        sum += (sum.empty() ? "" : " + ") + p->c->quote;
      }
      if (!(low - slack > total->high)) continue;
      Discrepancy d = finding(DiscrepancyKind::kArithmetic, Severity::kMedium, *total->c, true);
      d.evidence.push_back(evidence_of(*total->c, EvidenceRole::kTotal));
      for (const Item* p : parts) d.evidence.push_back(evidence_of(*p->c, EvidenceRole::kPart));
      d.explanation = sum_words(*total->c, low, high, sum);
      out.push_back(std::move(d));
    }
  }
};

}  // namespace

std::unique_ptr<Check> sums_check() { return std::make_unique<Sums>(); }

}  // namespace claimtrace
