// rules/transcription-*.xml: one syllabic transcription of names into Cyrillic per file, its
// pieces read back into the Latin spellings the English press uses.
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "xml_rules.h"

namespace claimtrace {

namespace {

// Lower-case Cyrillic letters only: the pieces are matched against a lower-cased name.
bool cyrillic_lower(const std::string& s) {
  if (s.empty() || !is_valid_utf8(s)) return false;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  for (int32_t i = 0; i < u.length(); ++i) {
    const UChar c = u.charAt(i);
    if (ublock_getCode(c) != UBLOCK_CYRILLIC || !u_islower(c)) return false;
  }
  return true;
}

// latin="lee yi li": readings in lower-case ASCII letters, one space apart; "-" is none (a
// final with no Latin letters of its own).
Result<std::vector<std::string>> readings(XmlRules& x, pugi::xml_node n) {
  std::vector<std::string> out;
  const std::string v = n.attribute("latin").value();
  size_t pos = 0;
  while (pos < v.size()) {
    size_t sp = v.find(' ', pos);
    if (sp == std::string::npos) sp = v.size();
    std::string r = v.substr(pos, sp - pos);
    pos = sp + 1;
    if (r.empty()) continue;
    if (r == "-") r.clear();
    if (!std::all_of(r.begin(), r.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      return x.fail(n, "latin=\"" + v + "\": readings are lower-case Latin letters");
    if (std::find(out.begin(), out.end(), r) != out.end())
      return x.fail(n, "latin=\"" + v + "\" lists \"" + r + "\" twice");
    out.push_back(std::move(r));
  }
  if (out.empty()) return x.fail(n, "latin=\"\" has no reading");
  return out;
}

}  // namespace

Status load_transcription(XmlRules& x) {
  Status s = x.load("transcription", {{"syllable", {"cyrillic", "latin"}, {}},
                                      {"initial", {"cyrillic", "latin"}, {}},
                                      {"final", {"cyrillic", "latin"}, {}},
                                      {"ending", {"ending"}, {"base"}}});
  if (!s.is_ok()) return s;
  const std::string system = x.root().attribute("system").value();
  if (system.empty()) return x.fail(x.root(), "<transcription> needs system=\"...\"");
  for (const Transcription& t : x.data().transcriptions) {
    if (t.system == system) return x.fail(x.root(), "transcription \"" + system + "\" twice");
  }
  Transcription t;
  t.system = system;
  std::set<std::pair<std::string, std::string>> seen;  // (element, cyrillic)
  for (pugi::xml_node n : x.root().children()) {
    if (n.type() != pugi::node_element) continue;
    const std::string element = n.name();
    if (element == "ending") {
      const std::string ending = n.attribute("ending").value();
      const std::string base = n.attribute("base").value();
      if (!cyrillic_lower(ending) || (!base.empty() && !cyrillic_lower(base)))
        return x.fail(n, "an ending and its base are lower-case Cyrillic letters");
      if (!seen.insert({element, ending + "/" + base}).second)
        return x.fail(n, "ending \"" + ending + "\" listed twice");
      t.endings.push_back({ending, base});
      continue;
    }
    const std::string cyrillic = n.attribute("cyrillic").value();
    if (!cyrillic_lower(cyrillic))
      return x.fail(n, "cyrillic=\"" + cyrillic + "\" is not lower-case Cyrillic letters");
    if (!seen.insert({element, cyrillic}).second)
      return x.fail(n, element + " \"" + cyrillic + "\" listed twice");
    Result<std::vector<std::string>> latin = readings(x, n);
    if (!latin.is_ok()) return latin.status();
    std::vector<Transcription::Piece>& table = element == "syllable"  ? t.syllables
                                               : element == "initial" ? t.initials
                                                                      : t.finals;
    table.push_back({cyrillic, std::move(latin).value()});
  }
  // Longest first (a reader tries "чж" before "ч"), the file's order among equals.
  for (auto* table : {&t.syllables, &t.initials, &t.finals}) {
    std::stable_sort(table->begin(), table->end(), [](const auto& a, const auto& b) {
      return a.cyrillic.size() > b.cyrillic.size();
    });
  }
  x.data().transcriptions.push_back(std::move(t));
  return Status::ok();
}

}  // namespace claimtrace
