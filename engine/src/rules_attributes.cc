// Loading what claims are about and how they are named: attributes.xml (with the extraction
// policy), entities.xml and labels.xml.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "token.h"
#include "xml_rules.h"

namespace claimtrace {

namespace {

bool valid_attribute_name(const std::string& name) {
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) ||
           std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '_';
  });
}

// <window name="attribute" tokens="40"/>: how far extraction looks, in the unit the window is
// counted in; <recognizer name="title" attribute="person.title"/>: the attribute of the claims
// a label recognizer finds. A later file overrides an earlier one.
Status load_policy(XmlRules& x) {
  struct Window {
    const char* name;
    const char* unit;
    size_t ExtractionPolicy::*size;
  };
  using P = ExtractionPolicy;
  static const Window kWindows[] = {{"count-noun", "tokens", &P::count_noun},
                                    {"counted-noun", "tokens", &P::counted_noun},
                                    {"rank", "tokens", &P::rank},
                                    {"rank-scope", "tokens", &P::rank_scope},
                                    {"event", "tokens", &P::event},
                                    {"attribute", "tokens", &P::attribute},
                                    {"facet", "tokens", &P::facet},
                                    {"breakdown", "tokens", &P::breakdown},
                                    {"establish", "tokens", &P::establish},
                                    {"baseline", "tokens", &P::baseline},
                                    {"title-link", "tokens", &P::title_link},
                                    {"title-name", "tokens", &P::title_name},
                                    {"list-item", "tokens", &P::list_item},
                                    {"status-words", "tokens", &P::status_words},
                                    {"long-sentence", "bytes", &P::long_sentence},
                                    {"sentence-context", "bytes", &P::sentence_context}};
  static const std::pair<const char*, std::string P::*> kRecognizers[] = {
      {"status-label", &P::status_attribute},
      {"established-status", &P::established_attribute},
      {"document-number", &P::document_number_attribute},
      {"title", &P::title_attribute},
      {"office", &P::office_attribute},
      {"office-start", &P::office_start_attribute},
      {"office-end", &P::office_end_attribute},
      {"list", &P::list_attribute},
      {"state-class", &P::state_class_attribute},
      {"status-intro", &P::status_intro_attribute}};
  ExtractionPolicy& policy = x.data().policy;
  Status s = x.each("window", [&](pugi::xml_node n) -> Status {
    const std::string name = n.attribute("name").value();
    const Window* w = nullptr;
    for (const Window& k : kWindows) {
      if (name == k.name) w = &k;
    }
    if (!w) return x.fail(n, "unknown window \"" + name + "\"");
    const std::string unit = w->unit, other = unit == "tokens" ? "bytes" : "tokens";
    if (n.attribute(w->unit).empty() || !n.attribute(other.c_str()).empty()) {
      return x.fail(n, "window \"" + name + "\" needs " + unit + "=\"...\" (and no " + other + ")");
    }
    Result<double> v = x.number(n, w->unit);
    if (!v.is_ok()) return v.status();
    if (v.value() < 0 || v.value() > 1e6 || v.value() != std::floor(v.value())) {
      return x.fail(n, unit + " must be a whole number from 0 to 1000000");
    }
    policy.*(w->size) = static_cast<size_t>(v.value());
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("recognizer", [&](pugi::xml_node n) -> Status {
    const std::string name = n.attribute("name").value();
    const std::string attribute = n.attribute("attribute").value();
    for (const auto& [known, field] : kRecognizers) {
      if (name != known) continue;
      if (!valid_attribute_name(attribute)) {
        return x.fail(n,
                      "attribute name \"" + attribute + "\" may hold only a-z, 0-9, '.' and '_'");
      }
      policy.*field = attribute;
      return Status::ok();
    }
    return x.fail(n, "unknown recognizer \"" + name + "\"");
  });
}

}  // namespace

Status load_attributes(XmlRules& x) {
  Status s =
      x.load("attributes",
             {{"attribute",
               {"name"},
               {"kinds", "description", "compare", "holds", "object", "of", "state-adjective"}},
              {"facet", {"name", "kinds"}, {"description", "recurs", "clause", "hosted", "events"}},
              {"window", {"name"}, {"tokens", "bytes"}},
              {"recognizer", {"name", "attribute"}, {}},
              {"record", {"phrase"}, {"since", "floor"}},
              {"sum", {"total", "parts"}, {}},
              {"change", {"phrase"}, {}},
              {"level-link", {"word"}, {}},
              {"decline", {"phrase"}, {"after"}},
              {"document-head", {"word"}, {}},
              {"object-link", {"word"}, {}},
              {"destination-link", {"word"}, {}},
              {"object-word", {"word"}, {"means"}},
              {"object-pronoun", {"word"}, {}},
              {"table-total", {"word"}, {}},
              {"rank-yield", {"phrase"}, {}}});
  if (!s.is_ok()) return s;
  if (!(s = load_policy(x)).is_ok()) return s;
  RuleData& d = x.data();
  s = x.each("document-head", [&](pugi::xml_node n) {
    d.document_heads.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("object-link", [&](pugi::xml_node n) {
    d.object_links.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("destination-link", [&](pugi::xml_node n) {
    d.destination_links.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("object-pronoun", [&](pugi::xml_node n) {
    d.object_pronouns.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("table-total", [&](pugi::xml_node n) {
    d.table_totals.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("object-word", [&](pugi::xml_node n) {
    d.object_meanings[lower_word(n.attribute("word").value())] = n.attribute("means").value();
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("record", [&](pugi::xml_node n) -> Status {
    std::string phrase = n.attribute("phrase").value();
    if (phrase.empty()) return x.fail(n, "<record> needs a phrase");
    const std::string since = n.attribute("since").value();
    if (!since.empty() && since != "yes") return x.fail(n, "since=\"" + since + "\" must be yes");
    const std::string floor = n.attribute("floor").value();
    if (!floor.empty() && (floor != "yes" || !since.empty())) {
      return x.fail(n, "floor=\"" + floor + "\" must be yes, on a record with no since");
    }
    if (!floor.empty()) d.record_floor_phrases.push_back(phrase);
    (since.empty() ? d.record_phrases : d.record_since_phrases).push_back(phrase);
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("change", [&](pugi::xml_node n) -> Status {
    std::string phrase = n.attribute("phrase").value();
    if (phrase.empty()) return x.fail(n, "<change> needs a phrase");
    d.change_phrases.push_back(phrase);
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("level-link", [&](pugi::xml_node n) -> Status {
    const std::string word = lower_word(n.attribute("word").value());
    if (word.empty()) return x.fail(n, "<level-link> needs a word");
    d.level_links.insert(word);
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("rank-yield", [&](pugi::xml_node n) -> Status {
    return x.phrase(n, "phrase", d.phrases, kRankYield, 0);
  });
  if (!s.is_ok()) return s;
  // Row 0: the phrase stands before the change it negates ("fell by 8%"); row 1: after it ("4%
  // less than").
  s = x.each("decline", [&](pugi::xml_node n) -> Status {
    const std::string after = n.attribute("after").value();
    if (!after.empty() && after != "true" && after != "false") {
      return x.fail(n, "after must be true or false");
    }
    return x.phrase(n, "phrase", d.phrases, kDecline, after == "true" ? 1 : 0);
  });
  if (!s.is_ok()) return s;
  s = x.each("sum", [&](pugi::xml_node n) -> Status {
    SumRule sum;
    sum.total = n.attribute("total").value();
    std::string part;
    for (char ch : std::string(n.attribute("parts").value()) + " ") {
      if (ch != ' ') {
        part += ch;
      } else if (!part.empty()) {
        sum.parts.push_back(part);
        part.clear();
      }
    }
    if (sum.total.empty() || sum.parts.size() < 2) {
      return x.fail(n, "<sum> needs a total and at least two parts");
    }
    d.sums.push_back(sum);
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("facet", [&](pugi::xml_node n) -> Status {
    FacetRule f;
    f.name = n.attribute("name").value();
    for (auto [name, flag] : {std::pair{"recurs", &f.recurs}, std::pair{"clause", &f.heads_clause},
                              std::pair{"hosted", &f.hosted}}) {
      const std::string value = n.attribute(name).value();
      if (!value.empty() && value != "yes" && value != "no") {
        return x.fail(n, std::string(name) + "=\"" + value + "\" must be yes or no");
      }
      *flag = value == "yes";
    }
    if (f.hosted && f.recurs) return x.fail(n, "a hosted facet does not recur");
    std::istringstream events(n.attribute("events").value());
    for (std::string e; events >> e;) f.events.push_back(e);
    Status st = parse_kinds(x, n, f.kinds);
    if (!st.is_ok()) return st;
    d.facets.push_back(f);
    for (pugi::xml_node t : n.children()) {
      if (t.type() != pugi::node_element) continue;
      if (std::string(t.name()) != "trigger") {
        return x.fail(t, "unknown element <" + std::string(t.name()) + "> in <facet>");
      }
      st = x.check_attributes(t, {"trigger", {"phrase"}, {}});
      if (!st.is_ok()) return st;
      d.facet_triggers.push_back(
          AttributeTriggerRule{static_cast<uint32_t>(d.facets.size() - 1), {}});
      st = x.phrase(t, "phrase", d.phrases, kFacetTrigger, d.facet_triggers.size() - 1);
      if (!st.is_ok()) return st;
    }
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("attribute", [&](pugi::xml_node n) -> Status {
    AttributeRule a;
    a.name = n.attribute("name").value();
    if (!valid_attribute_name(a.name)) {
      return x.fail(n, "attribute name \"" + a.name + "\" may hold only a-z, 0-9, '.' and '_'");
    }
    // Without kinds, an attribute declared before gains triggers: a language file's words.
    const AttributeRule* known = d.attribute(a.name);
    const bool extends = known && n.attribute("kinds").empty() && n.attribute("compare").empty() &&
                         n.attribute("holds").empty() && n.attribute("object").empty() &&
                         n.attribute("of").empty() && n.attribute("state-adjective").empty();
    if (known && !extends) return x.fail(n, "attribute \"" + a.name + "\" declared twice");
    if (!known && n.attribute("kinds").empty()) {
      return x.fail(n, "<attribute> needs kinds=\"...\"");
    }
    Status st;
    size_t row = known ? static_cast<size_t>(known - d.attributes.data()) : d.attributes.size();
    if (!extends) {
      st = parse_kinds(x, n, a.kinds);
      if (!st.is_ok()) return st;
      std::string compare = n.attribute("compare").value();
      if (compare == "exclusive") {
        a.comparison = Comparison::kExclusive;
      } else if (compare == "graded") {
        a.comparison = Comparison::kGraded;
      } else if (compare == "holder") {
        a.comparison = Comparison::kHolder;
      } else if (compare == "none") {
        a.comparison = Comparison::kNone;
      } else if (compare == "values" || compare.empty()) {
        // Labels are compared only when the file says how.
        bool label = std::find(a.kinds.begin(), a.kinds.end(), ClaimKind::kLabel) != a.kinds.end();
        a.comparison = label && compare.empty() ? Comparison::kNone : Comparison::kValues;
      } else {
        return x.fail(
            n, "compare=\"" + compare + "\" must be values, exclusive, graded, holder or none");
      }
      if (!n.attribute("holds").empty()) {
        // Days a present-tense state is taken to hold before its document's date.
        std::string holds = n.attribute("holds").value();
        if (holds.empty() || holds.size() > 5 ||
            holds.find_first_not_of("0123456789") != std::string::npos) {
          return x.fail(n, "holds=\"" + holds + "\" must be a number of days (0-99999)");
        }
        a.holds_days = std::stoi(holds);
      }
      a.object = n.attribute("object").value();
      if (const std::string of = n.attribute("of").value(); !of.empty()) {
        if (of != "body" || a.object.empty())
          return x.fail(n, "of=\"" + of + "\" must be body, on an attribute with an object");
        a.of_body = true;
      }
      if (const std::string adj = n.attribute("state-adjective").value(); !adj.empty()) {
        if (adj != "yes") return x.fail(n, "state-adjective=\"" + adj + "\" must be yes");
        a.state_adjective = true;
      }
      d.attributes.push_back(a);
    }
    for (pugi::xml_node t : n.children()) {
      if (t.type() != pugi::node_element) continue;
      if (std::string(t.name()) != "trigger") {
        return x.fail(t, "unknown element <" + std::string(t.name()) + "> in <attribute>");
      }
      st = x.check_attributes(t, {"trigger", {"phrase"}, {}});
      if (!st.is_ok()) return st;
      d.attribute_triggers.push_back(
          AttributeTriggerRule{static_cast<uint32_t>(row), t.attribute("phrase").value()});
      st = x.phrase(t, "phrase", d.phrases, kAttributeTrigger, d.attribute_triggers.size() - 1);
      if (!st.is_ok()) return st;
    }
    return Status::ok();
  });
}

Status load_entities(XmlRules& x) {
  Status s = x.load("entities", {{"entity", {"id", "type", "name"}, {"description"}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  return x.each("entity", [&](pugi::xml_node n) -> Status {
    std::optional<EntityType> type = parse_entity_type(n.attribute("type").value());
    if (!type || *type == EntityType::kBody) {
      return x.fail(n, "entity type \"" + std::string(n.attribute("type").value()) +
                           "\" is not one of country, person, organization, initiative, event, "
                           "place, group");
    }
    EntityRule e;
    e.id = n.attribute("id").value();
    e.type = *type;
    e.name = n.attribute("name").value();
    auto known = d.entity_rows.find(e.id);
    uint32_t row = 0;
    if (known == d.entity_rows.end()) {
      row = static_cast<uint32_t>(d.entities.size());
      d.entities.push_back(e);
      d.entity_rows.emplace(e.id, row);
    } else if (d.entities[known->second].gazetteer) {
      // A state ICU knows (states.xml): the entry names it and adds its aliases.
      row = known->second;
      d.entities[row] = e;
    } else {
      return x.fail(n, "entity id \"" + e.id + "\" used twice");
    }
    return add_alias_elements(x, n, row);
  });
}

Status load_labels(XmlRules& x) {
  Status s = x.load("labels", {{"head", {"phrase"}, {"name"}},
                               {"modifier", {"phrase"}, {"name"}},
                               {"connector", {"phrase"}, {"name"}},
                               {"status-modifier", {"phrase"}, {}},
                               {"superlative", {"phrase", "value"}, {}},
                               {"rank-group", {"phrase", "value"}, {}},
                               {"rank-noun", {"phrase"}, {}},
                               {"rank-scope", {"phrase"}, {"narrows"}},
                               {"owner-link", {"word"}, {}},
                               {"possessive", {"ending"}, {}},
                               {"number-sign", {"phrase"}, {}},
                               {"title-link", {"word"}, {"serves"}},
                               {"initial-skip", {"word"}, {}},
                               {"role-link", {"word"}, {}},
                               {"office-place", {"word"}, {}},
                               {"title-modifier", {"word"}, {}},
                               {"list-separator", {"phrase"}, {}},
                               {"list-article", {"word"}, {}},
                               {"state-class", {"phrase"}, {}},
                               {"establish-word", {"phrase"}, {}},
                               {"body-head", {"phrase"}, {}},
                               {"region-head", {"phrase"}, {}},
                               {"status-intro", {"phrase"}, {}},
                               {"title", {"phrase"}, {"office", "name", "posted", "after-state"}},
                               {"tenure", {"phrase", "event"}, {"since", "until"}},
                               {"predecessor", {"phrase"}, {}},
                               {"former", {"phrase"}, {}},
                               {"appointment", {"phrase"}, {}},
                               {"office-state", {"phrase", "state"}, {}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  // name="permanent": the English meaning a label word of another language keys by.
  const std::pair<const char*, PhraseTable> label_parts[] = {
      {"head", kLabelHead}, {"modifier", kLabelModifier}, {"connector", kLabelConnector}};
  if (d.label_meanings.empty()) d.label_meanings.push_back("");  // row 0: as written
  for (const auto& [name, table] : label_parts) {
    s = x.each(name, [&, table = table](pugi::xml_node n) {
      const std::string meaning = n.attribute("name").value();
      size_t row = 0;
      if (!meaning.empty()) {
        row = d.label_meanings.size();
        d.label_meanings.push_back(meaning);
      }
      return x.phrase(n, "phrase", d.phrases, table, row);
    });
    if (!s.is_ok()) return s;
  }
  const std::pair<const char*, PhraseTable> plain[] = {
      {"status-modifier", kStatusModifier}, {"rank-noun", kRankNoun},
      {"number-sign", kNumberSign},         {"status-intro", kStatusIntro},
      {"list-separator", kListSeparator},   {"state-class", kStateClass},
      {"establish-word", kEstablishWord},   {"body-head", kBodyHead},
      {"region-head", kRegionHead}};
  for (const auto& [name, table] : plain) {
    s = x.each(name, [&, table = table](pugi::xml_node n) {
      return x.phrase(n, "phrase", d.phrases, table, 0);
    });
    if (!s.is_ok()) return s;
  }
  s = x.each("rank-scope", [&](pugi::xml_node n) -> Status {
    const std::string narrows = n.attribute("narrows").value();
    if (!narrows.empty() && narrows != "yes")
      return x.fail(n, "narrows=\"" + narrows + "\" must be yes or absent");
    if (narrows == "yes")
      d.narrowing_scopes.push_back(std::string(n.attribute("phrase").value()) + " ");
    return x.phrase(n, "phrase", d.phrases, kRankScope, 0);
  });
  if (!s.is_ok()) return s;
  // Phrases with a place: "largest" 1 (a superlative), "пятёрка" 5 (the first five places).
  for (auto [name, rows, table] : {std::tuple<const char*, std::vector<ValueRule>*, PhraseTable>{
                                       "superlative", &d.superlatives, kSuperlative},
                                   {"rank-group", &d.rank_groups, kRankGroup}}) {
    s = x.each(name, [&, rows = rows, table = table](pugi::xml_node n) -> Status {
      Result<double> v = x.number(n, "value");
      if (!v.is_ok()) return v.status();
      rows->push_back(ValueRule{v.value()});
      return x.phrase(n, "phrase", d.phrases, table, rows->size() - 1);
    });
    if (!s.is_ok()) return s;
  }
  s = x.each("list-article", [&](pugi::xml_node n) {
    d.list_articles.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("title-link", [&](pugi::xml_node n) -> Status {
    const std::string word = lower_word(n.attribute("word").value());
    d.title_links.insert(word);
    // serves="yes": the state after it is the one an office serves ("ambassador to Belarus").
    const std::string serves = n.attribute("serves").value();
    if (!serves.empty() && serves != "yes")
      return x.fail(n, "serves=\"" + serves + "\" must be yes or absent");
    if (serves == "yes") d.serving_links.insert(word);
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("initial-skip", [&](pugi::xml_node n) {
    d.initial_skips.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("owner-link", [&](pugi::xml_node n) {
    d.owner_links.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  // Possessive endings are matched on the token as written, never stemmed.
  s = x.each("possessive", [&](pugi::xml_node n) -> Status {
    const std::string ending = n.attribute("ending").value();
    if (ending.empty() || ending.find(' ') != std::string::npos)
      return x.fail(n, "a possessive ending must be one word: \"" + ending + "\"");
    if (std::find(d.possessive_endings.begin(), d.possessive_endings.end(), ending) ==
        d.possessive_endings.end())
      d.possessive_endings.push_back(ending);
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("role-link", [&](pugi::xml_node n) {
    d.role_links.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("office-place", [&](pugi::xml_node n) {
    d.office_places.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("title-modifier", [&](pugi::xml_node n) {
    d.title_modifiers.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  // event="start" | "end": the phrase says a holder took up or left an office. since="yes": it
  // says they hold it now ("has headed the embassy"), so only a "since" date dates the start.
  std::set<std::string> tenures;  // written_key of each tenure phrase of this file
  s = x.each("tenure", [&](pugi::xml_node n) -> Status {
    const std::string event = n.attribute("event").value();
    if (event != "start" && event != "end")
      return x.fail(n, "event=\"" + event + "\" must be start or end");
    const std::string since = n.attribute("since").value();
    if (!since.empty() && (since != "yes" || event != "start"))
      return x.fail(n, "since=\"" + since + "\" must be yes, on a start");
    const std::string until = n.attribute("until").value();
    if (!until.empty() && (until != "yes" || event != "end"))
      return x.fail(n, "until=\"" + until + "\" must be yes, on an end");
    // One phrase, one event: a phrase listed again in a file is a slip, and a phrase the trie
    // holds with the other event (its stem in a language file too) a contradiction the
    // recognizer could not settle. Inflected forms of one event may each be listed.
    const std::string phrase = n.attribute("phrase").value();
    for (uint32_t row : listed_rows(d.phrases, phrase, kTenure)) {
      const bool was_end = d.tenure_ends[row];
      if (was_end != (event == "end"))
        return x.fail(n, "tenure phrase \"" + phrase + "\" listed twice, as " +
                             (was_end ? "end" : "start") + " and as " + event);
    }
    if (!tenures.insert(written_key(phrase)).second)
      return x.fail(n, "tenure phrase \"" + phrase + "\" listed twice");
    d.tenure_ends.push_back(event == "end");
    d.tenure_since.push_back(!since.empty());
    d.tenure_until.push_back(!until.empty());
    return x.phrase(n, "phrase", d.phrases, kTenure, d.tenure_ends.size() - 1);
  });
  if (!s.is_ok()) return s;
  // state="CN": an adjective before a title ("китайский посол") names the office's state.
  s = x.each("office-state", [&](pugi::xml_node n) {
    d.office_states.push_back(n.attribute("state").value());
    return x.phrase(n, "phrase", d.phrases, kOfficeState, d.office_states.size() - 1);
  });
  if (!s.is_ok()) return s;
  // "his predecessor", "предшественник": the person named right after it held the office of the
  // holder the sentence before names first.
  s = x.each("predecessor",
             [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, kPredecessor, 0); });
  if (!s.is_ok()) return s;
  s = x.each("former",
             [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, kFormerTitle, 0); });
  if (!s.is_ok()) return s;
  // "appointed", "назначен": the date a decree names the holder is no time they held the office.
  s = x.each("appointment",
             [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, kAppointment, 0); });
  if (!s.is_ok()) return s;
  return x.each("title", [&](pugi::xml_node n) -> Status {
    d.titles.push_back(n.attribute("phrase").value());
    // office="bilateral": held by one state in another, so it needs both named.
    const std::string office = n.attribute("office").value();
    if (!office.empty() && office != "bilateral")
      return x.fail(n, "office=\"" + office + "\" must be bilateral or absent");
    d.bilateral_titles.push_back(office == "bilateral");
    // name="president": a title in another language is compared by its name.
    d.title_names.push_back(n.attribute("name").value());
    // posted="ambassador": that bilateral office, when the text names both its states.
    const std::string posted = n.attribute("posted").value();
    if (!posted.empty() && !office.empty())
      return x.fail(n, "a title is bilateral or posted, not both");
    d.posted_titles.push_back(posted);
    // after-state="yes": a title only after its state's name or adjective ("the Kyrgyz leader");
    // alone the word heads firms and places too ("market leader").
    const std::string after_state = n.attribute("after-state").value();
    if (!after_state.empty() && after_state != "yes")
      return x.fail(n, "after-state=\"" + after_state + "\" must be yes or absent");
    d.state_titles.push_back(after_state == "yes");
    return x.phrase(n, "phrase", d.phrases, kTitle, d.titles.size() - 1);
  });
}

}  // namespace claimtrace
