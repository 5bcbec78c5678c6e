// One status label written in several languages ("вечное всестороннее стратегическое
// партнерство", "permanent comprehensive strategic partnership"): the same designation, keyed by
// its English meaning, whose forms a publication should render consistently.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "verify/checks.h"
#include "verify/names.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// The language a label is written in: the document's, else its script.
std::string language_of(const Document& doc, const Claim& c) {
  if (!doc.source.language.value.empty()) return doc.source.language.value;
  const bool ascii = std::all_of(c.quote.begin(), c.quote.end(),
                                 [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  return ascii ? "latin" : "other";
}

}  // namespace

void label_translations(const CheckInput& in, std::vector<Discrepancy>& out) {
  const std::vector<Item>& items = in.keyed.items;
  for (const auto& [key, list] : in.keyed.keys) {
    if (list.empty()) continue;
    // Labels of a status, and events that began one ("established an all-weather ...").
    const Item& one = items[list[0]];
    const bool label = key.shape == KeyShape::kLabel && (one.comparison == Comparison::kGraded ||
                                                         one.comparison == Comparison::kExclusive);
    if (!label && !(key.shape == KeyShape::kEvent && one.status)) continue;
    std::map<std::string, std::vector<size_t>> by_label;  // English meaning -> items
    for (size_t i : list) by_label[items[i].label].push_back(i);
    for (auto& [label, group] : by_label) {
      struct Form {
        std::string shown;
        int count = 0;
        std::set<std::string> sources;
      };
      std::map<std::string, Form> by_language;
      std::sort(group.begin(), group.end(), [&](size_t a, size_t b) {
        return std::tie(items[a].doc, items[a].c->span.begin) <
               std::tie(items[b].doc, items[b].c->span.begin);
      });
      for (size_t i : group) {
        const Claim& c = *items[i].c;
        Form& f = by_language[language_of(in.docs[items[i].doc], c)];
        if (f.shown.empty()) f.shown = c.quote;
        ++f.count;
        f.sources.insert(c.source);
      }
      if (by_language.size() < 2) continue;
      const Claim& first = *items[group.front()].c;
      Discrepancy d = finding(DiscrepancyKind::kNameVariant, Severity::kInfo, first, false);
      std::vector<NameForm> forms;
      for (const auto& [language, f] : by_language) forms.push_back({f.shown, f.count, f.sources});
      d.explanation = name_variant_words("The label \"" + label + "\"", forms);
      for (size_t i : group) d.evidence.push_back(evidence_of(*items[i].c, EvidenceRole::kVariant));
      out.push_back(std::move(d));
    }
  }
}

}  // namespace claimtrace
