// Hosted events: the state a mission stands in names which one it is, so two wordings of one
// opening meet in any language and each side's embassy does not.
#include "extract/event_hosts.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "extract/date_scope.h"
#include "extract/entity_names.h"
#include "extract/event_objects.h"

namespace claimtrace {

namespace {

// The state named at token k, by its name or by its capital's; empty when none.
std::string state_at(const SentenceContext& s, size_t k, std::vector<PhraseHit>& found) {
  const std::vector<Token>& t = s.tokens();
  // An article may stand between: "a visit to the Czech Republic".
  while (k < t.size() && s.rules.definite_words.count(t[k].lower)) ++k;
  if (k >= t.size()) return "";
  const PhraseHit* h = match_entity(s.rules, t, k, found);
  if (!h || (h->use.table != RuleData::kEntityName && h->use.table != RuleData::kCapitalName)) {
    return "";
  }
  const EntityRule& e = s.rules.entities[h->use.row];
  return e.type == EntityType::kCountry ? e.id : "";
}

bool breaks_clause(const Token& t) {
  return t.kind == TokenKind::kPunct && !t.joiner && t.text != "'" && t.text != "’";
}

// The host a destination link leads to within the facet window of a hit: after it first
// ("a visit to China"), else before it ("arrived in China on a visit"); no mark between.
std::string host_of(const SentenceContext& s, const PhraseHit& h, std::vector<PhraseHit>& found) {
  const std::vector<Token>& t = s.tokens();
  const size_t window = s.policy.facet;
  for (size_t k = h.last; k < t.size() && k < h.last + window; ++k) {
    if (breaks_clause(t[k])) break;
    if (s.in_date[k] >= 0) break;  // "a visit in May to China": the date ends the phrase
    if (s.rules.destination_links.count(t[k].lower)) {
      if (std::string host = state_at(s, k + 1, found); !host.empty()) return host;
    }
  }
  for (size_t k = h.first; k-- > 0 && k + window >= h.first;) {
    if (breaks_clause(t[k]) || s.in_date[k] >= 0) break;
    if (s.rules.destination_links.count(t[k].lower)) {
      if (std::string host = state_at(s, k + 1, found); !host.empty()) return host;
    }
  }
  return "";
}

}  // namespace

HostedEvent hosted_event(const SentenceContext& s, const DateMatch& m) {
  const RuleData& r = s.rules;
  // A mark that ends a clause between a mission and a date ("the embassy in A opened in May,
  // the one in B in June") parts them: a mission of the date's own clause comes first.
  auto crosses = [&](const PhraseHit& h, const DateMatch& d) {
    return clause_mark(s, std::min(h.last, d.last), std::max(h.first, d.first));
  };
  const PhraseHit* best = nullptr;
  std::pair<bool, size_t> best_distance{true, SIZE_MAX};
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kFacetTrigger) continue;
    const FacetRule& f = r.facets[r.facet_triggers[h.use.row].attribute];
    if (!f.hosted) continue;
    const std::pair<bool, size_t> distance{crosses(h, m), apart(h, m)};
    if (distance.second > s.policy.attribute || distance >= best_distance) continue;
    // "Opened in Minsk in May 2018 and in Brest in June 2019": each date its nearest mission,
    // unless a clause's mark parts that date from the mission.
    bool nearer = false;
    for (const DateMatch& o : s.dates) {
      nearer = nearer || (o.first != m.first && apart(h, o) < distance.second && !crosses(h, o));
    }
    if (nearer) continue;
    best = &h;
    best_distance = distance;
  }
  if (!best) return {};
  std::vector<PhraseHit> found;
  const std::string host = host_of(s, *best, found);
  if (host.empty()) return {};
  const FacetRule& f = r.facets[r.facet_triggers[best->use.row].attribute];
  // A mission is opened once but meets all the time: only the events it lists (its opening)
  // are one event per host; talks it held are not.
  const std::string step = s.nearest_attribute(ClaimKind::kEvent, m.first, m.last).first;
  if (std::find(f.events.begin(), f.events.end(), step) == f.events.end()) return {};
  HostedEvent out;
  out.object.append(f.name).append(1, ' ').append(host);
  out.attribute = step;
  return out;
}

}  // namespace claimtrace
