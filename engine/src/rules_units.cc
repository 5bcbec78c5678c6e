// Loading units.xml: units of measure by dimension, with their factor (and offset) to SI, and
// whether a dimension's claims are stated in SI or in the unit as written.
#include <map>
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

}  // namespace

Status load_units(XmlRules& x) {
  Status s = x.load("units", {{"dimension", {"name", "si", "state"}, {}},
                              {"unit",
                               {"name", "dimension", "factor"},
                               {"offset", "names", "symbols", "minor", "minor-factor"}},
                              {"negative", {"word"}, {}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
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
