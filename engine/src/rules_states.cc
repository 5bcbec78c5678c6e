// Loading states.xml and its language files: every ISO 3166 state from ICU with its names in
// the gazetteer's languages, the rules' extra names of states (adjectives, short forms), groups
// of states, and the words that state a relation between them.
#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>
#include <algorithm>

#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "official_names.h"
#include "stemmer.h"
#include "token.h"
#include "xml_rules.h"

namespace claimtrace {

namespace {

// ICU writes the apostrophe inside a name as U+2019 ("В’етнам", "Аб’яднаныя"); a document's
// text has every apostrophe as ' (normalize.cc), so the name is kept as the text will read.
std::string as_text_apostrophes(const std::string& name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size();) {
    const std::string_view rest = std::string_view(name).substr(i);
    if (rest.starts_with("\u2019") || rest.starts_with("\u02BC")) {
      out += '\'';
      i += rest.starts_with("\u2019") ? 3 : 2;
    } else {
      out += name[i++];
    }
  }
  return out;
}

bool is_region_code(const std::string& code) {
  return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

std::vector<std::string> words_of(const std::string& list) {
  std::istringstream in(list);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// One entity per ISO 3166 alpha-2 code ICU lists, its id the code, its display names in each
// language aliases; the English name is its name.
Status add_gazetteer(XmlRules& x, pugi::xml_node n, const std::set<std::string>& excluded) {
  RuleData& d = x.data();
  std::vector<std::string> languages = words_of(n.attribute("languages").value());
  if (languages.empty()) return x.fail(n, "languages=\"...\" names no language");
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
    const std::string code = *c;
    if (!is_region_code(code) || excluded.count(code) || d.entity_rows.count(code)) continue;
    icu::Locale region("", code.c_str());
    std::vector<std::string> names;
    for (const std::string& language : languages) {
      icu::UnicodeString name;
      region.getDisplayCountry(icu::Locale(language.c_str()), name);
      std::string utf8;
      name.toUTF8String(utf8);
      // ICU gives the code if it has no name.
      if (!utf8.empty() && utf8 != code) names.push_back(as_text_apostrophes(utf8));
    }
    if (names.empty()) continue;
    const uint32_t row = static_cast<uint32_t>(d.entities.size());
    EntityRule state;
    state.id = code;
    state.type = EntityType::kCountry;
    state.name = names[0];
    state.gazetteer = true;
    d.entities.push_back(std::move(state));
    d.entity_rows.emplace(code, row);
    for (const std::string& name : names) add_entity_alias(d, row, name, true);
  }
  return Status::ok();
}

// Continents and their parts from ICU's region data (UN M.49: "Europe", "Central Asia",
// "Eastern Europe"), named in the languages given, as groups of the states they contain: a
// party to relations as any group is. A group a rule file names later takes their names.
Status add_regions(XmlRules& x, pugi::xml_node n) {
  RuleData& d = x.data();
  std::vector<std::string> languages = words_of(n.attribute("languages").value());
  if (languages.empty()) return x.fail(n, "languages=\"...\" names no language");
  for (URegionType type : {URGN_CONTINENT, URGN_SUBCONTINENT}) {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> codes(icu::Region::getAvailable(type, err));
    if (U_FAILURE(err) || !codes) continue;
    while (const char* code = codes->next(nullptr, err)) {
      if (U_FAILURE(err)) break;
      const icu::Region* region = icu::Region::getInstance(code, err);
      if (U_FAILURE(err) || !region) {
        err = U_ZERO_ERROR;
        continue;
      }
      std::unique_ptr<icu::StringEnumeration> within(
          region->getContainedRegions(URGN_TERRITORY, err));
      std::vector<std::string> members;
      while (within && U_SUCCESS(err)) {
        const char* member = within->next(nullptr, err);
        if (!member) break;
        if (d.entity_rows.count(member)) members.push_back(member);
      }
      err = U_ZERO_ERROR;
      std::vector<std::string> names;
      for (const std::string& language : languages) {
        icu::UnicodeString name;
        icu::Locale("", code).getDisplayCountry(icu::Locale(language.c_str()), name);
        std::string utf8;
        name.toUTF8String(utf8);
        if (!utf8.empty() && utf8 != code) names.push_back(as_text_apostrophes(utf8));
      }
      if (names.empty() || members.empty()) continue;
      std::string id;  // "Eastern Europe" -> "eastern_europe"
      for (char c : names[0]) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
          id += c;
        else if (c >= 'A' && c <= 'Z')
          id += static_cast<char>(c - 'A' + 'a');
        else if (!id.empty() && id.back() != '_')
          id += '_';
      }
      if (id.empty() || d.entity_rows.count(id)) continue;
      const uint32_t row = static_cast<uint32_t>(d.entities.size());
      EntityRule group;
      group.id = id;
      group.type = EntityType::kGroup;
      group.name = names[0];
      group.gazetteer = true;
      group.members = std::move(members);
      d.entities.push_back(std::move(group));
      d.entity_rows.emplace(id, row);
      for (const std::string& name : names) add_entity_alias(d, row, name, true);
    }
  }
  return Status::ok();
}

// Whether the trie holds the phrase as a whole (matched by text: the trie is not indexed yet).
bool has_phrase(const PhraseTrie& trie, const std::string& phrase) {
  TokenizedSentence t;
  tokenize(phrase, 0, phrase.size(), t);
  if (t.tokens.empty()) return false;
  std::vector<PhraseHit> hits;
  trie.match_at(t.tokens, 0, hits);
  return std::any_of(hits.begin(), hits.end(),
                     [&](const PhraseHit& h) { return h.last == t.tokens.size(); });
}

// A name of a state's capital: a name of the state of its own kind (RuleData::kCapitalName),
// unless it is already a name of some entity ("Luxembourg", "Panama" in Russian). No
// possessives: "Lima's population" is the city's.
Status add_capital_name(XmlRules& x, pugi::xml_node n, uint32_t row, const std::string& name) {
  RuleData& d = x.data();
  if (name.empty() || !is_valid_utf8(name))
    return x.fail(n, "capital \"" + name + "\" is empty or not valid UTF-8");
  if (d.alias_owners.count(name)) return Status::ok();
  const PhraseUse use{RuleData::kCapitalName, row};
  d.entity_names.add(name, use);
  // Folded ("Bogota" for "Bogotá") where no name has the key; never cut before a case ending:
  // a capital acting as its state is the verb's subject, in the nominative, and cut keys would
  // take other names' forms ("Кито", Quito, cut is "Кит", as "Китая" is).
  // Folded once: ICU's transliteration is most of the cost of loading the rules.
  if (const std::string folded = fold_name(name); !has_phrase(d.folded_entity_names, folded))
    d.folded_entity_names.add(folded, use);
  return Status::ok();
}

// <capital code="KG" zone="Asia/Bishkek"/>: the capital is the city a time zone is named by,
// and ICU (CLDR's exemplar cities) gives its names in the gazetteer's languages; <alias>
// children name it where no zone does ("Beijing", "Пекин", "Пекін").
Status add_capital(XmlRules& x, pugi::xml_node n, const std::vector<std::string>& languages) {
  RuleData& d = x.data();
  auto state = d.entity_rows.find(n.attribute("code").value());
  if (state == d.entity_rows.end() || d.entities[state->second].type != EntityType::kCountry) {
    return x.fail(n, "capital of \"" + std::string(n.attribute("code").value()) +
                         "\", which is no state of the gazetteer");
  }
  const std::string zone = n.attribute("zone").value();
  if (!zone.empty()) {
    bool named = false;
    for (const std::string& language : languages) {
      UErrorCode err = U_ZERO_ERROR;
      std::unique_ptr<icu::TimeZoneNames> names(
          icu::TimeZoneNames::createInstance(icu::Locale(language.c_str()), err));
      if (U_FAILURE(err) || !names) continue;
      icu::UnicodeString city;
      names->getExemplarLocationName(icu::UnicodeString::fromUTF8(zone), city);
      std::string utf8;
      city.toUTF8String(utf8);
      if (utf8.empty()) continue;
      named = true;
      if (Status s = add_capital_name(x, n, state->second, utf8); !s.is_ok()) return s;
    }
    if (!named) return x.fail(n, "ICU names no city for the time zone \"" + zone + "\"");
  }
  for (pugi::xml_node a : n.children()) {
    if (a.type() != pugi::node_element) continue;
    if (std::string(a.name()) != "alias")
      return x.fail(a, "unknown element <" + std::string(a.name()) + "> in <capital>");
    if (Status s = add_capital_name(x, a, state->second, a.text().get()); !s.is_ok()) return s;
  }
  return Status::ok();
}

// iso-codes' names of each state in the profile's language ("French Republic", "Французская
// Республика"), as names ICU gives are: never displacing another's. A name two states of
// iso-codes share, or that already names another state or group, names neither.
void add_official_names(RuleData& d, const OfficialNames& official) {
  std::map<std::string, std::string> owner;  // name -> code; "" when two states share it
  for (const IsoState& state : official.states) {
    for (const std::string& name : official.names_of(state, d.language)) {
      auto [at, added] = owner.emplace(name, state.code);
      if (!added && at->second != state.code) at->second.clear();
    }
  }
  for (const IsoState& state : official.states) {
    auto row = d.entity_rows.find(state.code);
    if (row == d.entity_rows.end() || d.entities[row->second].type != EntityType::kCountry)
      continue;  // a code ICU lacks or the rules leave out
    for (const std::string& name : official.names_of(state, d.language)) {
      if (owner[name] != state.code) continue;
      add_entity_alias(d, row->second, name, true);
    }
  }
}

}  // namespace

AliasAdded add_entity_alias(RuleData& d, uint32_t row, const std::string& alias, bool gazetteer) {
  if (!is_valid_utf8(alias)) return AliasAdded::kInvalid;
  auto owner = d.alias_owners.find(alias);
  if (owner != d.alias_owners.end()) {
    AliasOwner& o = owner->second;
    if (gazetteer) return AliasAdded::kKnown;  // ICU's names never displace another's
    if (!o.gazetteer) return AliasAdded::kClash;
    o.gazetteer = false;
    if (o.entity == row) return AliasAdded::kKnown;
    o.entity = row;  // added after ICU's, so matching prefers it
  } else {
    d.alias_owners.emplace(alias, AliasOwner{row, gazetteer});
  }
  const PhraseUse use{0, row};
  if (!d.entity_names.add(alias, use)) return AliasAdded::kInvalid;
  d.folded_entity_names.add(fold_name(alias), use);
  const bool ascii = std::all_of(alias.begin(), alias.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) {
    StemmingScope plain(nullptr);  // the key is cut already
    d.stemmed_entity_names.add(name_key(alias), use);
    d.stemmed_entity_names.add(name_key(alias, true), use);
  }
  // English possessives are one token ("Serbia's", "Belarus'"): each alias has its own.
  const char last = alias.back();
  if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')) {
    d.entity_names.add(alias + "'s", use);
    if (last == 's') d.entity_names.add(alias + "'", use);
  }
  TokenizedSentence first;
  tokenize(alias, 0, alias.size(), first);
  if (!first.tokens.empty() && !first.tokens[0].capitalized) d.aliases_capitalized = false;
  return AliasAdded::kAdded;
}

Status add_alias_elements(XmlRules& x, pugi::xml_node n, uint32_t row) {
  for (pugi::xml_node a : n.children()) {
    if (a.type() != pugi::node_element) continue;
    if (std::string(a.name()) != "alias") {
      return x.fail(a, "unknown element <" + std::string(a.name()) + "> in <" + n.name() + ">");
    }
    std::string alias = a.text().get();
    switch (add_entity_alias(x.data(), row, alias, false)) {
      case AliasAdded::kAdded:
      case AliasAdded::kKnown:
        break;
      case AliasAdded::kClash:
        return x.fail(a, "alias \"" + alias + "\" belongs to two entities, or is listed twice");
      case AliasAdded::kInvalid:
        return x.fail(a, "alias \"" + alias + "\" is empty or not valid UTF-8");
    }
  }
  return Status::ok();
}

Status load_states(XmlRules& x) {
  Status s = x.load("states", {{"gazetteer", {"languages"}, {}},
                               {"regions", {"languages"}, {}},
                               {"exclude", {"code"}, {}},
                               {"state", {"code"}, {}},
                               {"group", {"id", "name"}, {"members", "description"}},
                               {"between", {"word"}, {}},
                               {"joiner", {"word"}, {}},
                               {"partner", {"word"}, {}},
                               {"dash", {"word"}, {}},
                               {"skip", {"word"}, {}},
                               {"whole", {"word"}, {}},
                               {"subdivision", {"word"}, {}},
                               {"member", {"word"}, {}},
                               {"state-verb", {"word"}, {}},
                               {"into", {"word"}, {}},
                               {"out-of", {"word"}, {}},
                               {"respectively", {"word"}, {}},
                               {"state-noun", {"word"}, {}},
                               {"relative", {"word"}, {}},
                               {"shared-adjective", {"word"}, {}},
                               {"capital", {"code"}, {"zone"}},
                               {"official-names", {}, {"xml", "locale"}},
                               {"flow", {"attribute", "direction"}, {"as"}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  std::set<std::string> excluded;
  s = x.each("exclude", [&](pugi::xml_node n) {
    excluded.insert(n.attribute("code").value());
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  std::vector<std::string> languages;  // the gazetteer's: capitals are named in them too
  s = x.each("gazetteer", [&](pugi::xml_node n) {
    languages = words_of(n.attribute("languages").value());
    return add_gazetteer(x, n, excluded);
  });
  if (!s.is_ok()) return s;
  s = x.each("regions", [&](pugi::xml_node n) { return add_regions(x, n); });
  if (!s.is_ok()) return s;
  // More names of a state the gazetteer or entities.xml has.
  s = x.each("state", [&](pugi::xml_node n) -> Status {
    auto known = d.entity_rows.find(n.attribute("code").value());
    if (known == d.entity_rows.end()) {
      return x.fail(n, "state \"" + std::string(n.attribute("code").value()) +
                           "\" is not in the gazetteer or entities.xml");
    }
    return add_alias_elements(x, n, known->second);
  });
  if (!s.is_ok()) return s;
  s = x.each("group", [&](pugi::xml_node n) -> Status {
    const std::string id = n.attribute("id").value();
    auto known = d.entity_rows.find(id);
    uint32_t row = 0;
    if (known == d.entity_rows.end()) {
      row = static_cast<uint32_t>(d.entities.size());
      EntityRule group;
      group.id = id;
      group.type = EntityType::kGroup;
      group.name = n.attribute("name").value();
      d.entities.push_back(std::move(group));
      d.entity_rows.emplace(id, row);
    } else if (d.entities[known->second].type == EntityType::kGroup) {
      row = known->second;  // a group entities.xml names too ("EU"): more of its names
      // A region of ICU's the rules name: their members, not ICU's.
      if (d.entities[row].gazetteer && n.attribute("members")) d.entities[row].members.clear();
      d.entities[row].gazetteer = false;
    } else {
      return x.fail(n, "group \"" + id + "\" is an entity of another type");
    }
    for (const std::string& code : words_of(n.attribute("members").value())) {
      if (!d.entity_rows.count(code)) {
        return x.fail(n, "member \"" + code + "\" of group \"" + id + "\" is no known state");
      }
      d.entities[row].members.push_back(code);
    }
    return add_alias_elements(x, n, row);
  });
  if (!s.is_ok()) return s;
  if (x.official_names() && x.root().child("official-names"))
    add_official_names(d, *x.official_names());
  // Capitals after every name of a state, which they never displace.
  s = x.each("capital", [&](pugi::xml_node n) { return add_capital(x, n, languages); });
  if (!s.is_ok()) return s;
  const std::pair<const char*, RelationWords::Role> words[] = {
      {"between", RelationWords::kBetween},
      {"joiner", RelationWords::kJoiner},
      {"partner", RelationWords::kPartner},
      {"dash", RelationWords::kDash},
      {"skip", RelationWords::kSkip},
      {"whole", RelationWords::kWhole},
      {"member", RelationWords::kMember},
      {"state-verb", RelationWords::kStateVerb},
      {"into", RelationWords::kInto},
      {"out-of", RelationWords::kOutOf},
      {"respectively", RelationWords::kRespectively},
      {"state-noun", RelationWords::kStateNoun},
      {"relative", RelationWords::kRelative},
      {"shared-adjective", RelationWords::kSharedAdjective}};
  for (const auto& [name, role] : words) {
    s = x.each(name, [&, role = role](pugi::xml_node n) {
      d.relation.roles[lower_word(n.attribute("word").value())] |= role;
      return Status::ok();
    });
    if (!s.is_ok()) return s;
  }
  // <subdivision word="province"/>: a part of a state, never the state (extract/relations.cc).
  s = x.each("subdivision", [&](pugi::xml_node n) {
    d.relation.roles[lower_word(n.attribute("word").value())] |= RelationWords::kSubdivision;
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  // <flow attribute="trade.imports" direction="in" as="trade.exports"/>: "Y's imports from X"
  // is the flow from X to Y, keyed as "X's exports to Y" is.
  return x.each("flow", [&](pugi::xml_node n) -> Status {
    const std::string direction = n.attribute("direction").value();
    if (direction != "out" && direction != "in")
      return x.fail(n, "direction=\"" + direction + "\" must be out or in");
    const std::string attribute = n.attribute("attribute").value();
    std::string as = n.attribute("as").value();
    d.relation.flows[attribute] =
        RelationWords::Flow{direction == "out", as.empty() ? attribute : as};
    return Status::ok();
  });
}

}  // namespace claimtrace
