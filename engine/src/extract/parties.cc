// The parties a sentence names, and the subject they make when it states no relation.
#include "extract/parties.h"

#include <algorithm>
#include <utility>

namespace claimtrace {

namespace {

// A mention inside a currency's name ("US dollars") names the money, not a party.
bool in_currency(const SentenceContext& s, const MentionAt& m) {
  for (const PhraseHit& h : s.hits) {
    if (h.use.table == kCurrency && m.first >= h.first && m.last <= h.last) return true;
  }
  return false;
}

}  // namespace

std::vector<NamedParty> named_party_tokens(const SentenceContext& s) {
  return named_party_tokens(s, [](size_t) { return false; });
}

std::vector<NamedParty> named_party_tokens(const SentenceContext& s,
                                           const std::function<bool(size_t)>& skip) {
  // The ids are viewed where they are, and only the parties kept are copied.
  std::vector<std::pair<size_t, const std::string*>> named;  // in text order
  named.reserve(s.inner_countries.size() + s.mentions.size());
  for (const auto& [at, id] : s.inner_countries) {
    if (!skip(at)) named.push_back({at, &id});
  }
  for (const MentionAt& m : s.mentions) {
    bool in_scope = in_currency(s, m);
    for (auto [f, l] : s.scope_tokens) in_scope = in_scope || (m.first >= f && m.last <= l);
    const Mention& mention = s.out.mentions[m.index];
    if ((mention.type == EntityType::kCountry || mention.type == EntityType::kGroup) && !in_scope &&
        !skip(m.first))
      named.push_back({m.first, &mention.entity.str()});
  }
  std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : *a.second < *b.second;
  });
  std::vector<NamedParty> parties;
  for (const auto& [at, id] : named) {
    if (std::none_of(parties.begin(), parties.end(),
                     [&](const NamedParty& p) { return p.id == *id; })) {
      parties.push_back({at, *id});
    }
  }
  return parties;
}

std::vector<std::string> named_parties(const std::vector<NamedParty>& named) {
  std::vector<std::string> ids;
  ids.reserve(named.size());
  for (const NamedParty& p : named) ids.push_back(p.id);
  return ids;
}

bool all_named(const Subject& pair, const std::vector<std::string>& countries) {
  bool all = !pair.empty();
  for (const std::string& id : pair.entities) {
    all = all && std::count(countries.begin(), countries.end(), id) > 0;
  }
  return all;
}

Subject sentence_subject(const SentenceContext& s, const std::vector<std::string>& countries) {
  const Subject& fallback = s.default_subject;
  const Subject& pair = s.discourse->pair_or(fallback);
  // One state named: the subject is that state, unless it is one of the document's pair ("the
  // share of China in our GDP" in a Belarus-China document is about the pair). Not the
  // paragraph's pair: "X's foreign trade" after "X–Y trade" is X's trade with the world.
  if (countries.size() == 1) {
    return fallback.contains(countries[0]) ? fallback : Subject(countries[0]);
  }
  if (countries.size() >= 2) {
    if (all_named(fallback, countries)) return fallback;
    if (all_named(pair, countries)) return pair;
    if (countries.size() == 2) return Subject({countries[0], countries[1]});
    return Subject();
  }
  return pair;
}

}  // namespace claimtrace
