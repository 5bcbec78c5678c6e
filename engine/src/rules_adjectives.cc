// Loading adjectives.xml and its language files: adjectives of states, which are no names of the
// state (a body or a currency may carry one), and the nouns that make one stand for its state.
#include <string>

#include "xml_rules.h"

namespace claimtrace {

Status load_adjectives(XmlRules& x) {
  Status s = x.load("adjectives", {{"adjective", {"word", "state"}, {}}, {"head", {"word"}, {}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  s = x.each("adjective", [&](pugi::xml_node n) -> Status {
    const std::string state = n.attribute("state").value();
    auto known = d.entity_rows.find(state);
    if (known == d.entity_rows.end() || d.entities[known->second].type != EntityType::kCountry)
      return x.fail(n, "state \"" + state + "\" is no known state");
    const std::string word = lower_word(n.attribute("word").value());
    if (word.empty()) return x.fail(n, "an adjective needs a word");
    auto [at, added] = d.relation.adjectives.insert({word, state});
    if (!added && at->second != state)
      return x.fail(n, "adjective \"" + word + "\" names two states");
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("head", [&](pugi::xml_node n) {
    d.relation.adjective_heads.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
}

}  // namespace claimtrace
