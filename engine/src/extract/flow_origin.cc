// Flows named by their origin: binding's direction for a flow whose sentence names no partner.
#include "extract/flow_origin.h"

#include <algorithm>
#include <string_view>

#include <vector>
#include "extract/state_adjectives.h"

namespace claimtrace {

std::optional<std::string> named_flow(const SentenceContext& s, const Claim& c,
                                      const ClaimTokens& at) {
  const bool figure = c.kind == ClaimKind::kAmount || c.kind == ClaimKind::kCount ||
                      c.kind == ClaimKind::kPercent || c.kind == ClaimKind::kRatio;
  if (!figure || c.subject.entities.size() != 2) return std::nullopt;
  const auto [attribute, trigger] = s.clause_attribute(c.kind, at.first, at.last);
  const RelationWords::Flow* flow = s.rules.relation.flow(c.attribute);
  if (!flow || attribute != c.attribute || trigger == SIZE_MAX) return std::nullopt;
  const PhraseHit* word = s.longest(trigger, kAttributeTrigger);
  if (!word) return std::nullopt;
  // The pair may be the paragraph's: a state's own total names no partner, so the sentence
  // itself must name both states before the flow is read as one between them.
  const std::vector<Token>& t = s.tokens();
  // A state's adjective a trader or goods noun takes names the state too ("казахские
  // поставщики продали китайским покупателям").
  std::vector<std::string> adjectives(t.size());
  for (size_t k = 0; k < t.size(); ++k) adjectives[k] = adjective_state(s, k);
  auto named = [&](const std::string& entity) {
    for (const MentionAt& m : s.mentions) {
      const Mention& mention = s.out.mentions[m.index];
      if (mention.type == EntityType::kCountry && mention.entity == entity) return true;
    }
    return std::find(adjectives.begin(), adjectives.end(), entity) != adjectives.end();
  };
  if (!named(c.subject.entities[0]) || !named(c.subject.entities[1])) return std::nullopt;
  auto party_at = [&](size_t k) -> const MentionAt* {
    const int m = s.mention_starting[k];
    if (m < 0) return nullptr;
    const MentionAt& named = s.mentions[static_cast<size_t>(m)];
    const Mention& mention = s.out.mentions[named.index];
    if (mention.type != EntityType::kCountry || !c.subject.contains(mention.entity)) return nullptr;
    return &named;
  };
  auto stop = [&](size_t k) { return t[k].kind == TokenKind::kPunct && !t[k].joiner; };
  auto direction = [&](const std::string& from) {
    const std::string& to = c.subject.entities[c.subject.entities[0] == from ? 1 : 0];
    return flow->as + "." + from + "_to_" + to;
  };
  // Before: the owner, within three words and no stop.
  bool owner_before = false;
  for (size_t k = word->first; k > 0 && word->first - k < 3 && !stop(k - 1) && !owner_before; --k) {
    const std::string& adjective = adjectives[k - 1];
    if (flow->out && !adjective.empty() && c.subject.contains(adjective))
      return direction(adjective);
    for (const MentionAt& m : s.mentions) {
      if (m.last != k || !party_at(m.first)) continue;
      const std::string& owner = s.out.mentions[m.index].entity;
      if (flow->out) return direction(owner);
      // Into the owner: only a possessive ("Uzbekistan's"), as "Chinese imports" may be goods
      // from China; the ending glued to the name or the one token after it. Else the goods'
      // origin after the word may still tell ("Kyrgyzstan bought Kazakh goods").
      if (!s.possessive_before(m.last)) {
        owner_before = true;
        break;
      }
      return direction(c.subject.entities[c.subject.entities[0] == owner ? 1 : 0]);
    }
  }
  // After the trade word: the origin of the goods, past a link word at most, and never a
  // partner ("exports to Turkey"). Into the owner, only a state qualifying the goods' own noun
  // ("imports of Serbian products", "ввоз венгерских товаров"), as "imports of China" may be
  // China's own.
  for (size_t k = word->last; k < t.size() && k < word->last + 2 && !stop(k); ++k) {
    if (k > 0 && (s.rules.relation.of(t[k - 1].lower) & RelationWords::kPartner)) break;
    const MentionAt* m = party_at(k);
    if (!m) continue;
    const bool goods =
        m->last < t.size() && s.rules.relation.adjective_heads.count(t[m->last].lower) > 0;
    if (!flow->out && !goods) return std::nullopt;
    return direction(s.out.mentions[m->index].entity);
  }
  // After the figure, in its clause: where an outgoing flow went, its seller left to the clause
  // before ("X bought ... and sold $2 billion worth to Y"), or where an incoming one came
  // from ("Y imported $3 billion worth from X"). Never a possessive ("according to Y's
  // customs"): that state owns another noun.
  if (flow->out && owner_before) return std::nullopt;
  const uint16_t side = flow->out ? RelationWords::kInto : RelationWords::kOutOf;
  for (size_t k = at.last; k + 1 < t.size() && k < at.last + 4 && !stop(k); ++k) {
    if (!(s.rules.relation.of(t[k].lower) & side)) continue;
    const MentionAt* m = party_at(k + 1);
    if (!m) continue;  // "в 2023 году", "from $4 billion"
    if (s.possessive_before(m->last)) return std::nullopt;
    const std::string& named_party = s.out.mentions[m->index].entity;
    const std::string& other = c.subject.entities[c.subject.entities[0] == named_party ? 1 : 0];
    return direction(flow->out ? other : named_party);
  }
  return std::nullopt;
}

std::string column_flow(const SentenceContext& s, const std::string& measure) {
  const RelationWords::Flow* flow = s.rules.relation.flow(measure);
  const Subject& pair =
      s.discourse->pair.entities.size() == 2 ? s.discourse->pair : s.discourse->section;
  if (!flow || pair.entities.size() != 2) return measure;
  const MentionAt* named = nullptr;
  for (const MentionAt& m : s.mentions) {
    if (s.out.mentions[m.index].type != EntityType::kCountry) continue;
    if (named) return measure;  // two states: the header is no column of one flow
    named = &m;
  }
  if (!named) return measure;
  const std::string& state = s.out.mentions[named->index].entity;
  if (!pair.contains(state)) return measure;
  const std::string& other = pair.entities[pair.entities[0] == state ? 1 : 0];
  const PhraseHit* word = nullptr;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table == kAttributeTrigger &&
        s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute].name == measure) {
      word = &h;
      break;
    }
  }
  if (!word) return measure;
  const std::vector<Token>& t = s.tokens();
  bool from_state = false;
  if (named->last <= word->first) {
    // The owner before the trade word; into the owner only with a possessive, as in prose.
    if (!flow->out && !s.possessive_before(named->last)) {
      return measure;
    }
    from_state = flow->out;
  } else {
    // After it, past a partner word: where the flow went ("to"), or came from ("from").
    if (named->first == 0) return measure;
    const uint16_t role = s.rules.relation.of(t[named->first - 1].lower);
    if (!(role & RelationWords::kPartner)) return measure;
    from_state = (role & RelationWords::kOutOf) != 0;
  }
  return flow->as + "." + (from_state ? state : other) + "_to_" + (from_state ? other : state);
}

std::optional<FlowFigure> flow_figure(const SentenceContext& s, const Claim& c,
                                      const ClaimTokens& at, const std::string& via) {
  const RelationWords::Flow* flow = s.rules.relation.flow(via);
  if (!flow || c.subject.entities.size() != 2) return std::nullopt;
  for (size_t from = 0; from < 2; ++from) {
    const std::string& x = c.subject.entities[from];
    const std::string& y = c.subject.entities[1 - from];
    if (c.attribute != flow->as + "." + x + "_to_" + y) continue;
    FlowFigure f;
    f.via = via;
    f.out = flow->out;
    f.owner = flow->out ? x : y;
    f.partner = flow->out ? y : x;
    f.last = at.last;
    return f;
  }
  return std::nullopt;
}

std::optional<std::pair<Subject, std::string>> elided_flow(const SentenceContext& s,
                                                           const ClaimTokens& at,
                                                           const std::string& via,
                                                           const FlowFigure& before) {
  const std::vector<Token>& t = s.tokens();
  if (via != before.via || at.first < before.last) return std::nullopt;
  const RelationWords& w = s.rules.relation;
  // The partner word names the flow's way: where an export went, where an import came from.
  const uint16_t side = before.out ? RelationWords::kInto : RelationWords::kOutOf;
  auto state_at = [&](size_t k) -> const MentionAt* {
    if (k >= t.size() || s.mention_starting[k] < 0) return nullptr;
    const MentionAt& m = s.mentions[static_cast<size_t>(s.mention_starting[k])];
    if (s.out.mentions[m.index].type != EntityType::kCountry) return nullptr;
    // A possessive owns another noun ("to Russia's neighbours").
    if (s.possessive_before(m.last)) return nullptr;
    return &m;
  };
  const MentionAt* partner = nullptr;
  if (at.last + 1 < t.size() && (w.of(t[at.last].lower) & side)) {
    size_t k = at.last + 1;  // past an article: "to the Russian Federation"
    while (k + 1 < t.size() && t[k].kind == TokenKind::kWord && !t[k].capitalized &&
           (w.of(t[k].lower) & RelationWords::kSkip))
      ++k;
    partner = state_at(k);
  } else {
    // "а в Россию — 9 млрд", "а в Россию — на 9 млрд": the partner and a dash before it.
    size_t k = at.first;
    if (k > 0 && t[k - 1].kind == TokenKind::kWord && !t[k - 1].capitalized &&
        w.of(t[k - 1].lower) == 0)
      --k;
    if (k > 2 && (w.of(t[k - 1].text) & RelationWords::kDash)) {
      const MentionAt* named = s.mention_ending(k - 1);  // the party ending at the dash
      if (named && named->first > 0 && (w.of(t[named->first - 1].lower) & side))
        partner = state_at(named->first);
    }
  }
  if (!partner) return std::nullopt;
  const std::string& state = s.out.mentions[partner->index].entity;
  if (state == before.owner || state == before.partner) return std::nullopt;
  // Between the two figures only the first one's partner, dates and the words that join
  // clauses: a verb ("and paid $4 billion to Russia") or another party ("and Turkmenistan $9
  // billion to Russia") tells of another flow, whose owner is not the first one's.
  const size_t stop = std::min(at.first, partner->first);
  // The first flow's own goods before its partner ("exported $15 billion of goods in 2023 to
  // Russia and $3 billion to China"): a few small words, then a partner word.
  size_t begin = before.last;
  for (size_t k = before.last; k < stop && k < before.last + 4; ++k) {
    if (s.in_date[k] < 0 && (t[k].kind != TokenKind::kWord || t[k].capitalized ||
                             w.of(t[k].lower) != 0 || s.longest(k, kAttributeTrigger)))
      break;
    if (k + 1 < t.size() && (w.of(t[k + 1].lower) & RelationWords::kPartner)) begin = k + 1;
  }
  for (size_t k = begin; k < stop; ++k) {
    if (t[k].kind == TokenKind::kPunct || s.in_date[k] >= 0) continue;
    if (const int m = s.mention_starting[k]; m >= 0) {
      const MentionAt& named = s.mentions[static_cast<size_t>(m)];
      const std::string& id = s.out.mentions[named.index].entity;
      if (id != before.partner && id != before.owner) return std::nullopt;
      k = named.last - 1;
      continue;
    }
    if (s.longest(k, kAttributeTrigger) != nullptr) return std::nullopt;
    if (const PhraseHit* opener = s.longest(k, kClauseOpener)) {  // "тогда как"
      k = opener->last - 1;
      continue;
    }
    if (!(w.of(t[k].lower) & (RelationWords::kJoiner | RelationWords::kPartner)) &&
        s.rules.time.year_prepositions.count(t[k].lower) == 0)
      return std::nullopt;
  }
  const RelationWords::Flow* flow = w.flow(via);
  const std::string& from = before.out ? before.owner : state;
  const std::string& to = before.out ? state : before.owner;
  return std::make_pair(Subject({before.owner, state}), flow->as + "." + from + "_to_" + to);
}

}  // namespace claimtrace
