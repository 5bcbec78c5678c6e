// Graded label variants: one finding per status listing the shortened forms used once the
// full form existed.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "verify/checks.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

class GradedVariants : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    const std::vector<Item>& items = in.keyed.items;
    for (const auto& [key, list] : in.keyed.keys) {
      if (list.empty() || !items[list[0]].graded()) continue;
      // Items alike in wording and first day stand or fall together: compared once per form.
      std::map<std::pair<std::set<std::string>, long>, std::vector<size_t>> forms_of;
      for (size_t i : list) forms_of[{items[i].modifiers, items[i].when.first}].push_back(i);
      // The fullest forms: not contained in any other form on this key.
      std::set<size_t> in_finding;
      for (const auto& [full, fulls] : forms_of) {
        for (const auto& [shorter, shorters] : forms_of) {
          if (shorter.first.size() < full.first.size() && shorter.second >= full.second &&
              std::includes(full.first.begin(), full.first.end(), shorter.first.begin(),
                            shorter.first.end())) {
            in_finding.insert(fulls.begin(), fulls.end());
            in_finding.insert(shorters.begin(), shorters.end());
          }
        }
      }
      if (in_finding.empty()) continue;
      const Claim& first = *items[*in_finding.begin()].c;
      Discrepancy d = finding(DiscrepancyKind::kLabelVariant, Severity::kInfo, first, false);
      std::map<std::string, std::set<std::string>> forms;  // label -> sources
      std::vector<size_t> ordered(in_finding.begin(), in_finding.end());
      std::sort(ordered.begin(), ordered.end(), [&](size_t a, size_t b) {
        return std::tie(items[a].doc, items[a].c->span.begin) <
               std::tie(items[b].doc, items[b].c->span.begin);
      });
      for (size_t k : ordered) {
        forms[items[k].c->text].insert(items[k].c->source);
        d.evidence.push_back(evidence_of(*items[k].c, EvidenceRole::kVariant));
      }
      d.explanation = graded_variant_words(first, forms);
      out.push_back(std::move(d));
    }
  }
};

}  // namespace

std::unique_ptr<Check> graded_variants_check() { return std::make_unique<GradedVariants>(); }

}  // namespace claimtrace
