// Loading units.xml: units of measure by dimension, with their factor (and offset) to SI, and
// whether a dimension's claims are stated in SI or in the unit as written.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "token.h"
#include "xml_rules.h"

namespace claimtrace {

namespace {

struct Dimension {
  std::string si;
  bool stated_in_si = true;
};

// "kilometre|kilometres": alternatives of one attribute, trimmed, empty ones dropped.
std::vector<std::string> alternatives(std::string_view list) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t bar = list.find('|', start);
    if (bar == std::string_view::npos) bar = list.size();
    std::string_view v = list.substr(start, bar - start);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    if (!v.empty()) out.emplace_back(v);
    start = bar + 1;
  }
  return out;
}

// Whether a and b differ by one edit: a letter changed, added, dropped, or two neighbours
// swapped. The first letter must agree: a slip there ("rounds" for "pounds") makes a new word.
bool one_edit(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1 || a.empty() || b.empty() || a[0] != b[0]) return false;
  size_t k = 0;
  while (k < b.size() && a[k] == b[k]) ++k;
  if (a.size() != b.size()) return a.substr(k + 1) == b.substr(k);
  if (k == a.size()) return false;  // the same word
  if (a.substr(k + 1) == b.substr(k + 1)) return true;
  return k + 1 < a.size() && a[k] == b[k + 1] && a[k + 1] == b[k] &&
         a.substr(k + 2) == b.substr(k + 2);
}

}  // namespace

void UnitSpellings::add(const std::string& name, uint32_t row, const std::string& dimension) {
  if (min_letters == 0 || name.size() < min_letters ||
      !std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return;
  }
  if (initials.find(name[0]) == std::string::npos) initials += name[0];
  longest = std::max(longest, name.size());
  if (named_dimensions.count(dimension)) {
    if (named_initials.find(name[0]) == std::string::npos) named_initials += name[0];
    named_shortest = std::min(named_shortest, name.size());
    named_longest = std::max(named_longest, name.size());
  }
  const uint32_t index = static_cast<uint32_t>(names.size());
  names.emplace_back(name, row);
  by_initial[name[0] - 'a'].push_back(index);
}

std::optional<uint32_t> UnitSpellings::find(std::string_view word,
                                            const std::vector<UnitRule>& units) const {
  if (min_letters == 0 || word.size() + 1 < min_letters || word.size() > longest + 1 ||
      initials.find(word[0]) == std::string::npos) {
    return std::nullopt;
  }
  if (word[0] < 'a' || word[0] > 'z') return std::nullopt;
  std::optional<uint32_t> found;
  for (uint32_t index : by_initial[word[0] - 'a']) {
    const auto& [name, row] = names[index];
    if (!one_edit(word, name)) continue;
    if (found && (units[*found].unit != units[row].unit ||
                  units[*found].dimension != units[row].dimension)) {
      return std::nullopt;  // two units are one edit away: no guess
    }
    if (!found) found = row;
  }
  return found;
}

Status load_units(XmlRules& x) {
  Status s = x.load("units", {{"dimension", {"name", "si", "state"}, {}},
                              {"unit",
                               {"name", "dimension", "factor"},
                               {"offset", "names", "symbols", "minor", "minor-factor"}},
                              {"negative", {"word"}, {}},
                              {"misspelled-names", {"min-letters"}, {}},
                              {"named", {"dimension"}, {}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  if (const pugi::xml_node m = x.root().child("misspelled-names")) {
    Result<double> letters = x.number(m, "min-letters");
    if (!letters.is_ok()) return letters.status();
    if (letters.value() < 4) return x.fail(m, "min-letters must be at least 4");
    d.unit_spellings.min_letters = static_cast<size_t>(letters.value());
  }
  s = x.each("named", [&](pugi::xml_node n) {
    d.unit_spellings.named_dimensions.insert(n.attribute("dimension").value());
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  std::map<std::string, Dimension> dimensions;
  s = x.each("dimension", [&](pugi::xml_node n) -> Status {
    std::string state = n.attribute("state").value();
    if (state != "si" && state != "written") return x.fail(n, "state must be si or written");
    dimensions[n.attribute("name").value()] = Dimension{n.attribute("si").value(), state == "si"};
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("unit", [&](pugi::xml_node n) -> Status {
    auto dim = dimensions.find(n.attribute("dimension").value());
    if (dim == dimensions.end()) return x.fail(n, "dimension is not declared by a <dimension>");
    Result<double> factor = x.number(n, "factor");
    if (!factor.is_ok()) return factor.status();
    double offset = 0;
    if (!n.attribute("offset").empty()) {
      Result<double> o = x.number(n, "offset");
      if (!o.is_ok()) return o.status();
      offset = o.value();
    }
    UnitRule u;
    u.dimension = dim->first;
    u.si_factor = factor.value();
    u.si_offset = offset;
    if (dim->second.stated_in_si) {
      u.unit = dim->second.si;
      u.factor = u.si_factor;
      u.offset = u.si_offset;
    } else {
      u.unit = n.attribute("name").value();
    }
    for (const std::string& w : alternatives(n.attribute("minor").value())) {
      u.minor_words.push_back(lower_word(w));
    }
    if (!u.minor_words.empty()) {
      Result<double> minor = x.number(n, "minor-factor");
      if (!minor.is_ok()) return minor.status();
      u.minor_si_factor = minor.value();
    }
    const std::vector<std::string> names = alternatives(n.attribute("names").value());
    const std::vector<std::string> symbols = alternatives(n.attribute("symbols").value());
    if (names.empty() && symbols.empty()) return x.fail(n, "<unit> needs names or symbols");
    for (const std::string& name : names) {
      d.units.push_back(u);
      d.unit_spellings.add(lower_word(name), static_cast<uint32_t>(d.units.size() - 1),
                           u.dimension);
      if (!d.phrases.add(name, PhraseUse{kUnit, static_cast<uint32_t>(d.units.size() - 1)})) {
        return x.fail(n, "names has an alternative with no words");
      }
    }
    for (const std::string& symbol : symbols) {
      u.symbol = symbol;
      d.units.push_back(u);
      if (!d.phrases.add(symbol, PhraseUse{kUnit, static_cast<uint32_t>(d.units.size() - 1)})) {
        return x.fail(n, "symbols has an alternative with no words");
      }
    }
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("negative", [&](pugi::xml_node n) {
    d.negative_signs.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
}

}  // namespace claimtrace
