// One entity, several spellings: worth one form in a publication.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "verify/checks.h"
#include "verify/names.h"
#include "verify/wording.h"

namespace claimtrace {

std::string fold_surface(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // Typographic apostrophe (U+2019) reads as '.
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x99) {
      out += '\'';
      i += 2;
      continue;
    }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

std::vector<std::string> name_words(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s + " ") {
    if (c == ' ' || c == '-') {
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  return out;
}

namespace {

// "CBIP" for "China-Belarus Industrial Park": initials of the words, those the rules skip
// ("of", "and") left out.
bool is_acronym_of(const std::string& shorter, const std::string& longer, const RuleData& r) {
  std::string initials;
  for (const std::string& w : name_words(longer)) {
    if (r.initial_skips.count(w)) continue;
    initials += w[0];
  }
  return shorter.size() >= 2 && shorter == initials;
}

class NameVariants : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    struct Form {
      std::set<std::string> sources;
      int count = 0;
    };
    std::map<std::string, std::map<std::string, Form>> forms;  // entity -> folded -> form
    std::map<std::string, std::vector<std::pair<size_t, const Mention*>>> mentions;
    std::map<std::string, std::string> name;
    std::set<std::string> events;  // entities that are events: their names are framings
    for (size_t d = 0; d < in.extractions.size(); ++d) {
      for (const Mention& m : in.extractions[d].mentions) {
        // States and groups of states have many names, not spellings of one.
        if (m.entity.empty() || m.type == EntityType::kCountry || m.type == EntityType::kGroup)
          continue;
        Form& f = forms[m.entity][fold_surface(m.surface)];
        f.sources.insert(in.docs[d].source.id);
        ++f.count;
        mentions[m.entity].push_back({d, &m});
        name[m.entity] = m.canonical;
        if (m.type == EntityType::kEvent) events.insert(m.entity);
      }
    }
    for (const auto& [entity, by_form] : forms) {
      // Spellings, not abbreviations: drop a form that is another's acronym or its words a
      // subset of another's ("Lukashenko" within "Alexander Lukashenko").
      size_t distinct = 0;
      for (const auto& [form, f] : by_form) {
        bool part = false;
        for (const auto& [other, g] : by_form) {
          if (other == form) continue;
          std::vector<std::string> a = name_words(form), b = name_words(other);
          std::sort(a.begin(), a.end());
          std::sort(b.begin(), b.end());
          bool subset =
              a.size() < b.size() && std::includes(b.begin(), b.end(), a.begin(), a.end());
          part = part || subset || is_acronym_of(form, other, in.rules);
        }
        if (!part) ++distinct;
      }
      if (distinct < 2) continue;
      Discrepancy d;
      d.kind = DiscrepancyKind::kNameVariant;
      d.severity = Severity::kInfo;
      d.subject = entity;
      std::map<std::string, std::string> shown;  // folded -> first surface as written
      for (const auto& [doc, m] : mentions[entity]) {
        shown.emplace(fold_surface(m->surface), m->surface);
      }
      std::vector<NameForm> listed;
      for (const auto& [form, f] : by_form) listed.push_back({shown[form], f.count, f.sources});
      d.explanation = events.count(entity) ? framing_variant_words(name[entity], listed)
                                           : name_variant_words(name[entity], listed);
      for (const auto& [doc, m] : mentions[entity]) {
        d.evidence.push_back(mention_evidence(in.docs[doc], *m));
      }
      out.push_back(std::move(d));
    }
    person_variants(in.docs, in.extractions, in.rules.policy.office_attribute,
                    in.rules.transcriptions, out);
    body_variants(in.docs, in.extractions, out);
    label_translations(in, out);
  }
};

}  // namespace

std::unique_ptr<Check> name_variants_check() { return std::make_unique<NameVariants>(); }

}  // namespace claimtrace
