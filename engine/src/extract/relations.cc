// Relations read from the words around the parties (rules/states.xml): "between X and Y",
// "X–Y", "X's <trade word> to Y", "<trade word> with Y".
#include "extract/relations.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/entity_names.h"
#include "extract/joined_pair.h"
#include "extract/relation_owners.h"
#include "extract/relation_places.h"
#include "extract/state_adjectives.h"
#include "numbers.h"

namespace claimtrace {

namespace {

class Reader : RelationOwners {
 public:
  explicit Reader(const SentenceContext& s) : RelationOwners(s) {
    const RelationWords& w = s.rules.relation;
    // A part of a state named anywhere in the sentence: "trade with Y" there has no owner the
    // words give ("purchases of X goods by firms of Y province").
    const bool unit = std::any_of(t_.begin(), t_.end(), [&](const Token& tok) {
      return tok.kind == TokenKind::kWord && (w.of(tok.lower) & RelationWords::kSubdivision);
    });
    for (size_t k = 0; unit && k < t_.size() && !subdivision_; ++k)
      subdivision_ = subdivision_end(k) != 0;
  }

  std::vector<Relation> read() {
    for (size_t i = 0; i < t_.size();) i = at(i);
    return std::move(out_);
  }

 private:
  // Reads what starts at token i; the token to go on from.
  size_t at(size_t i) {
    if (inert(i)) return i + 1;
    if (is(i, RelationWords::kBetween)) {
      std::optional<Place> x = place(i + 1, true);
      // "between X, Y and Z": the places a comma lists before the joiner are parties too.
      std::vector<Place> listed;
      while (x && x->last + 1 < t_.size() && t_[x->last].text == ",") {
        std::optional<Place> next = place(x->last + 1, true);
        if (!next) break;
        listed.push_back(*x);
        x = next;
      }
      if (x && x->last < t_.size() && is(x->last, RelationWords::kJoiner)) {
        if (std::optional<Place> y = place(x->last + 1, true)) {
          listed.push_back(*x);
          listed.push_back(*y);
          add(i, y->last, listed, listed.front().party);
          return y->last;
        }
      }
    }
    if (size_t end = dashed(i); end != 0) return end;
    if (size_t end = subdivision(i); end != 0) return end;
    if (std::optional<Place> x = party(i)) {
      const bool named = s_.mention_starting[x->first] >= 0;  // else a state's adjective
      if (named) {
        if (size_t end = listed_subject(*x); end != 0) return end;
        if (size_t end = joined(*x); end != 0) return end;
      }
      if (size_t end = owned(*x); end != 0) return end;
      if (!named) return adjective_alone(*x);
      return x->last;
    }
    // An unknown name as the owner of a relation: "Ruritania's exports to China".
    if (std::optional<Place> x = place(i, true);
        x && x->party.empty() && x->last > i &&
        (possessive(t_[x->last - 1].text) || owning_name(*x))) {
      if (size_t end = owned(*x); end != 0) return end;
    }
    // A common noun owning a flow ("the company's exports to China", "the region's exports"):
    // a firm's or a part's flow, whose state the words do not say.
    if (std::optional<Place> x = common_owner(i)) {
      if (size_t end = owned(*x); end != 0) return end;
    }
    if (size_t end = imported_from(i); end != 0) return end;
    if (is(i, RelationWords::kPartner)) {
      // "Trade reached $1.2 billion, with Kazakh exports at $0.3 billion": after a trade told
      // already, a state right before a trade word owns that new flow; it is no partner of the
      // first ("С Беларусью товарооборот вырос" names the partner before the only trade word).
      if (std::vector<Place> next = partners(i + 1);
          next.size() == 1 && trade_word_at(s_, next[0].last) && trade_word_before_token(s_, i))
        return i + 1;
      const PhraseHit* trade = trade_word_before(i);
      // The trade word before the figure the partner word follows: "imported goods worth $9
      // billion from Russia", past what the goods were and when ("exported $9 billion of gas in
      // 2023 to China").
      // Past the goods, only a known party is the partner: "from Tengiz to China" names a place.
      const bool known_partner = known_party_at(i + 1) && !owns_noun(i + 1);
      for (size_t c = 0; !trade && c < s_.claim_tokens.size(); ++c) {
        const size_t last = s_.claim_tokens[c].last;
        if (last == i || (known_partner && goods_between(last, i)))
          trade = trade_word_before(s_.claim_tokens[c].first);
      }
      // The partner before the trade word: "С Чили товарооборот вырос".
      std::vector<Place> after = trade ? std::vector<Place>{} : partners(i + 1);
      // An adjective before a trade word owns it ("на казахстанский импорт"): no partner.
      if (!after.empty() && s_.mention_starting[after.back().first] < 0) after.clear();
      if (!after.empty()) trade = s_.longest(after.back().last, kAttributeTrigger);
      if (trade) {
        std::vector<Place> places = partners(i + 1);
        // A name owning the trade word: "In 2023, Gazprom exported goods worth $3 billion to
        // China" is the firm's flow, whose state the words do not say.
        if (std::optional<Place> o = name_before(trade->first); o && !places.empty()) {
          const size_t end = places.back().last;
          places.insert(places.begin(), *o);
          add(o->first, end, places, "", trade);
          return end;
        }
        std::optional<std::string> x;
        if (!places.empty()) x = owner_for(i, places[0].party);
        // "..., to China, which in turn sold $9 billion to Russia": the party the relative word
        // follows owns its clause's trade word, not the owner of the clause before.
        if (std::optional<std::string> r = antecedent(trade->first);
            r && !places.empty() && *r != places[0].party)
          x = r;
        if (x) {
          const size_t end = places.back().last;
          // "ввоз ... в Сербию": the party a flow goes into owns an incoming flow.
          const std::string owner = is(i, RelationWords::kInto) && places.size() == 1 &&
                                            incoming(*trade) && !places[0].party.empty()
                                        ? places[0].party
                                        : *x;
          places.insert(places.begin(), Place{i, i, *x});
          add(i, end, places, owner, trade);
          return end;
        }
        if (places.empty()) {
          if (size_t end = unknown_partner(i, i + 1, {}, "", trade)) return end;
        } else if (!is(i, RelationWords::kInto) || !incoming(*trade)) {
          Relation r;
          r.first = std::min(trade->first, i);
          r.last = places.back().last;
          r.ownerless = true;
          out_.push_back(std::move(r));
          owners_.push_back("");
          return places.back().last;
        }
        // "the country's trade with the world": whose, the words do not say.
        if (places.empty() && is(skipped(i + 1), RelationWords::kWhole)) {
          Relation r;
          r.first = trade->first;
          r.last = skipped(i + 1) + 1;
          r.whole = true;
          out_.push_back(std::move(r));
          owners_.push_back("");
          return skipped(i + 1) + 1;
        }
      }
    }
    return i + 1;
  }

  // Whether nothing at() reads can start at token i: no word of a role a reading starts with,
  // party, name, count (which skipped() would step over) or trade word there. Most tokens are
  // such, and then every reading at() tries fails, so it need not try them.
  bool inert(size_t i) const {
    constexpr uint16_t kStarts = RelationWords::kBetween | RelationWords::kPartner |
                                 RelationWords::kSkip | RelationWords::kSubdivision;
    if ((roles_[i] & kStarts) != 0 || s_.mention_starting[i] >= 0 || name_word(i)) return false;
    // A common noun owning a trade word one or two tokens on ("the company's exports").
    const bool trade_next =
        s_.longest(i + 1, kAttributeTrigger) || s_.longest(i + 2, kAttributeTrigger);
    if (trade_next && (s_.rules.possessive(t_[i].text) ||
                       (i + 1 < t_.size() && s_.rules.possessive_ending(t_[i + 1].text))))
      return false;
    if (const std::optional<NumberMatch>& n = s_.number_at(i); n && !n->ordinal && n->last > i)
      return false;
    return s_.longest(i, kAttributeTrigger) == nullptr;
  }

  // Parties joined by dashes: "China–Kyrgyzstan–Uzbekistan railway". A name nobody knows in
  // such a chain with a known party ("Ruritania–China trade") makes the relation unknown, so
  // its figures are not given to the known party alone. The token after the chain, or 0.
  size_t dashed(size_t i) {
    auto link = [&](size_t k) -> std::optional<Place> {
      if (std::optional<Place> p = party(k)) return p;
      if (std::optional<Place> p = place(k, true); p && p->first == k) return p;
      return std::nullopt;
    };
    std::optional<Place> x = link(i);
    if (!x) return 0;
    std::vector<Place> chain{*x};
    bool known = !x->party.empty();
    size_t k = x->last;
    while (k + 1 < t_.size() && (t_[k].joiner || is(k, RelationWords::kDash))) {
      std::optional<Place> next = link(k + 1);
      if (!next) break;
      known = known || !next->party.empty();
      chain.push_back(*next);
      k = next->last;
    }
    if (chain.size() < 2 || !known) return 0;
    add(i, k, chain, "");
    return k;
  }

  // "China, Kyrgyzstan and Uzbekistan signed ...": three or more parties listed at a clause's
  // start and followed by its verb are its subject together, never a pair of them. A list after
  // a word ("partners are X, Y and Z") is no subject. The token after the list, or 0.
  size_t listed_subject(const Place& x) {
    const size_t i = x.first;
    // After a date and the word that ends it ("В 2024 году Китай, ..."), as after a date.
    const bool after_date =
        (i > 0 && s_.in_date[i - 1] >= 0) ||
        (i > 1 && s_.in_date[i - 2] >= 0 && t_[i - 1].kind == TokenKind::kWord &&
         !t_[i - 1].capitalized && roles_[i - 1] == 0);
    if (i > 0 && !after_date) {
      const bool comma = t_[i - 1].kind == TokenKind::kPunct && t_[i - 1].text == ",";
      if (!comma || (i >= 2 && in_mention_[i - 2])) return 0;
    }
    std::vector<Place> places{x};
    bool joined = false;
    size_t k = x.last;
    while (!joined && k < t_.size()) {
      size_t next = k;
      if (t_[next].kind == TokenKind::kPunct && t_[next].text == ",") ++next;
      if (is(next, RelationWords::kJoiner)) {
        ++next;
        joined = true;
      }
      if (next == k) return 0;
      std::optional<Place> p = party(skipped(next));
      if (!p) return 0;
      places.push_back(*p);
      k = p->last;
    }
    if (!joined || places.size() < 3 || k >= t_.size() || t_[k].kind != TokenKind::kWord ||
        t_[k].capitalized || possessive(t_[k - 1].text) || t_[k].text.starts_with("'"))
      return 0;
    add(i, k, places, "");
    out_.back().listed = true;
    return k;
  }

  // A part of a state named as one ("Ho Chi Minh City", "Gyeonggi Province", "Bac Ninh
  // province", "провинцию Сычуань", "the province of Ontario"): a party nobody knows, so its
  // figures are not the state's. The token after it, or 0.
  size_t subdivision(size_t i) {
    const size_t last = subdivision_end(i);
    if (last == 0) return 0;
    Relation r;
    r.first = i;
    r.last = last;
    r.unknown = {i, last};
    out_.push_back(std::move(r));
    owners_.push_back("");
    return last;
  }

  // The token after a part of a state named at token i, or 0.
  size_t subdivision_end(size_t i) const {
    const RelationWords& w = s_.rules.relation;
    auto unit = [&](size_t k) {
      return k < t_.size() && t_[k].kind == TokenKind::kWord &&
             (w.of(t_[k].lower) & RelationWords::kSubdivision);
    };
    size_t last = 0;
    if (unit(i) && !t_[i].capitalized) {
      // The unit word first: "провинцию Сычуань", "the province of Ontario".
      size_t k = i + 1;
      if (k < t_.size() && s_.rules.owner_links.count(t_[k].lower)) ++k;
      if (std::optional<Place> p = place(k, true); p && p->first == k && p->party.empty())
        last = p->last;
    } else if (std::optional<Place> p = place(i, true); p && p->first == i && p->party.empty()) {
      // The name first, the unit word its last word or right after it.
      if (unit(p->last - 1) && p->last - 1 > i)
        last = p->last;
      else if (unit(p->last) && !t_[p->last].capitalized)
        last = p->last + 1;
    }
    return last;
  }

  // "X's exports to Y", "Kazakh exports to China", "экспорт X в Y": a trade word (after the
  // owner X, or just before it), then a partner word and a party, within a few words after X;
  // "X's total foreign trade", "внешнеторговый оборот X": a whole word and a trade word, and
  // no partner. The token after the relation, or 0.
  size_t owned(const Place& x) {
    const PhraseHit* trade = x.first > 0 ? s_.ending_at(x.first, kAttributeTrigger) : nullptr;
    const bool goods_of = trade != nullptr;  // the party right after the trade word
    size_t k = x.last;
    const bool adjective = s_.mention_starting[x.first] < 0;  // "китайских инвестиций"
    for (; k < t_.size() && k < x.last + 5; ++k) {
      // "Товарооборот Казахстана и Руритании": joined to the owner after the trade word.
      if (goods_of && k == x.last && is(k, RelationWords::kJoiner)) {
        if (size_t end = unknown_partner(x.first, k + 1, {x}, x.party, trade)) return end;
        if (std::optional<Place> y = joined_pair(s_, x, k + 1, *trade)) {
          add(x.first, y->last, {x, *y}, "", trade);  // "товарооборот Казахстана и Монголии"
          return y->last;
        }
      }
      if (in_mention_[k]) return 0;
      const PhraseHit* hit = s_.longest(k, kAttributeTrigger);
      if (!trade && hit) {
        trade = hit;
        k = hit->last - 1;
        continue;
      }
      if (trade && k == trade->last && incoming(*trade)) {
        // "польскія закупкі літоўскай нафты": goods of a state bought by the owner.
        if (std::optional<Place> from = party(k);
            from && !from->party.empty() && from->party != x.party && adjective_at(k)) {
          add(x.first, from->last, {x, *from}, x.party, trade);
          return from->last;
        }
      }
      if (trade && is(k, RelationWords::kPartner)) {
        std::vector<Place> places = partners(k + 1);
        // "инвестиции в угольную промышленность Монголии": the partner after the noun it owns.
        if (places.empty() && adjective) places = partners_past(k + 1);
        if (places.empty()) {
          // "X's trade with the world"; no party after "to" ("amounted to $5 billion").
          if (is(skipped(k + 1), RelationWords::kWhole)) return add_whole(x, skipped(k + 1) + 1);
          if (size_t end = unknown_partner(x.first, k + 1, {x}, x.party, trade)) return end;
          break;
        }
        const size_t end = places.back().last;
        // "ввоз венгерских товаров в Сербию": a flow into its owner, where the words after the
        // trade word name the goods' origin and the partner word where they go; the owner is
        // the destination.
        const std::string owner =
            goods_of && is(k, RelationWords::kInto) && places.size() == 1 && incoming(*trade)
                ? places.back().party
                : x.party;
        places.insert(places.begin(), x);
        add(x.first, end, places, owner, trade);
        return end;
      }
    }
    // The whole word stands right before the trade word: "total foreign trade", "внешнеторговый
    // оборот".
    bool whole = false;
    for (size_t j = trade ? trade->first : 0; j > 0 && trade && j + 2 > trade->first; --j)
      whole = whole || is(j - 1, RelationWords::kWhole);
    if (whole) return add_whole(x, std::max(k, trade->last));
    return 0;
  }

  // A name nobody knows at token k as the partner of a money flow ("X's exports to Ruritania",
  // "Kazakh exports to Ruritania"): the relation is unknown, never the owner's trade with
  // everyone. Not for meetings or relations ("a meeting with MPs"). The token after it, or 0.
  size_t unknown_partner(size_t first, size_t k, std::vector<Place> places,
                         const std::string& owner, const PhraseHit* trade) {
    const AttributeRule& a =
        s_.rules.attributes[s_.rules.attribute_triggers[trade->use.row].attribute];
    if (!a.applies_to(ClaimKind::kAmount)) return 0;
    std::optional<Place> y = place(k, true);
    if (!y || !y->party.empty()) return 0;
    // The capital of a state the document is about stands for it there ("exports to Minsk").
    const std::string state = capital_state(s_.rules, t_, y->first, y->last);
    if (!state.empty() && s_.default_subject.contains(state)) y->party = state;
    places.push_back(*y);
    add(first, y->last, places, owner, trade);
    return y->last;
  }

  bool adjective_at(size_t k) const { return !adjective_state(s_, k).empty(); }

  // An adjective of a state that owns a trade word and no partner the words name: a third
  // state's figure is never the document's pair's ("китайских инвестиций" in a document on
  // two other states), so its subject is left unknown. The token after the adjective.
  size_t adjective_alone(const Place& x) {
    if (s_.default_subject.contains(x.party)) return x.last;
    Relation r;
    r.first = x.first;
    r.last = x.last;
    out_.push_back(std::move(r));
    owners_.push_back("");
    return x.last;
  }

  // "X became a full member of the SCO", "X joined BRICS", "X является членом АСЕАН": a state,
  // a member word a few words after it and a group or body (named, or an acronym nobody lists)
  // around that word, never a state. Joining is the state's own event: its subject is the state
  // alone, not the group. The token after the group's name, or 0.
  size_t joined(const Place& x) {
    const Mention& joiner =
        s_.out.mentions[s_.mentions[static_cast<size_t>(s_.mention_starting[x.first])].index];
    if (joiner.type != EntityType::kCountry) return 0;
    bool group = false;  // a group or body named between the state and the member word
    for (size_t k = x.last; k < t_.size() && k < x.last + 6; ++k) {
      if (t_[k].kind == TokenKind::kPunct && !t_[k].joiner) return 0;
      if (const Mention* m = named(k)) {
        if (!joinable(*m)) return 0;
        group = true;
        continue;
      }
      if (!is(k, RelationWords::kMember)) continue;
      for (size_t g = k + 1; g < t_.size() && g < k + 5; ++g) {
        if (t_[g].kind == TokenKind::kPunct && !t_[g].joiner) break;
        if (const Mention* m = named(g)) return joinable(*m) ? add_joined(x, g + 1) : 0;
        if (all_capitals(t_[g])) return add_joined(x, g + 1);
      }
      return group ? add_joined(x, k + 1) : 0;
    }
    return 0;
  }

  // A group or body a state may join; never a state or a person.
  static bool joinable(const Mention& m) {
    return m.type == EntityType::kGroup || m.type == EntityType::kOrganization ||
           m.type == EntityType::kBody;
  }

  // The mention covering token k, or null.
  const Mention* named(size_t k) const {
    if (!in_mention_[k]) return nullptr;
    for (const MentionAt& m : s_.mentions) {
      if (k >= m.first && k < m.last) return &s_.out.mentions[m.index];
    }
    return nullptr;
  }

  size_t add_joined(const Place& x, size_t end) {
    Relation r;
    r.first = x.first;
    r.last = end;
    r.subject = Subject(x.party);
    out_.push_back(std::move(r));
    owners_.push_back(x.party);
    return end;
  }

  // "imported Chinese goods": a party right after a trade word of a flow into its owner is where
  // the goods came from; the owner is whoever the words before name, as for "trade with Y". The
  // token after the party, or 0.
  size_t imported_from(size_t i) {
    const PhraseHit* trade = s_.longest(i, kAttributeTrigger);
    if (!trade) return 0;
    const RelationWords::Flow* flow = s_.rules.relation.flow(
        s_.rules.attributes[s_.rules.attribute_triggers[trade->use.row].attribute].name);
    if (!flow || flow->out) return 0;
    std::optional<Place> from = party(trade->last);
    if (!from) return 0;
    std::optional<std::string> owner = owner_for(i, from->party);
    if (!owner) return 0;
    add(i, from->last, {Place{i, i, *owner}, *from}, *owner, trade);
    return from->last;
  }

  // Whether a trade word names a flow into its owner ("imports").
  bool incoming(const PhraseHit& trade) const {
    const RelationWords::Flow* flow = s_.rules.relation.flow(
        s_.rules.attributes[s_.rules.attribute_triggers[trade.use.row].attribute].name);
    return flow && !flow->out;
  }

  // The relation of one state with every partner, from its name to token end.
  size_t add_whole(const Place& x, size_t end) {
    Relation r;
    r.first = x.first;
    r.last = end;
    r.subject = Subject(x.party);
    r.whole = true;
    if (x.party.empty()) r.unknown = {x.first, x.last};
    out_.push_back(std::move(r));
    owners_.push_back(x.party);
    return end;
  }

  // The party right before ", which" (a relative word after a comma) within a few words before
  // token k, if any.
  std::optional<std::string> antecedent(size_t k) const {
    for (size_t j = k; j > 2 && j + 4 > k; --j) {
      if (!is(j - 1, RelationWords::kRelative) || t_[j - 2].text != ",") continue;
      const MentionAt* named = s_.mention_ending(j - 2);  // the party ending at the comma
      if (!named || !is_party(s_.out.mentions[named->index])) return std::nullopt;
      return s_.out.mentions[named->index].entity.str();
    }
    return std::nullopt;
  }

  // Whether a known party is named at token k, past skipped words.
  bool known_party_at(size_t k) const {
    k = skipped(k);
    if (k >= t_.size() || s_.mention_starting[k] < 0) return false;
    return is_party(
        s_.out.mentions[s_.mentions[static_cast<size_t>(s_.mention_starting[k])].index]);
  }

  // Whether the party at token k (past skipped words) has a possessive ending: it owns another
  // noun ("worth $2 billion to Kazakhstan's neighbours"), it is no partner.
  bool owns_noun(size_t k) const {
    k = skipped(k);
    if (k >= t_.size() || s_.mention_starting[k] < 0) return false;
    return s_.possessive_before(s_.mentions[static_cast<size_t>(s_.mention_starting[k])].last);
  }

  // Whether only a few small words of the goods or dates stand in [from, to): "of gas", "worth
  // of grain", "in 2023"; no name, trade word, partner word or punctuation.
  bool goods_between(size_t from, size_t to) const {
    constexpr size_t kGoodsWords = 4;
    if (from > to || to - from > kGoodsWords) return false;
    for (size_t k = from; k < to; ++k) {
      if (s_.in_date[k] >= 0) continue;
      if (t_[k].kind != TokenKind::kWord || t_[k].capitalized || in_mention_[k] || roles_[k] != 0 ||
          s_.longest(k, kAttributeTrigger))
        return false;
    }
    return true;
  }

  const PhraseHit* trade_word_before(size_t i) const {
    for (size_t k = i; k > 0 && k + 3 > i; --k) {
      if (const PhraseHit* h = s_.ending_at(k, kAttributeTrigger)) return h;
    }
    return nullptr;
  }

  // Who trades "with Y" when the words do not say: the owner of the relation before it ("its
  // trade with Russia"), else the document's other state when Y is one of its pair, else the
  // first party the sentence names that is no relation's partner.
  std::optional<std::string> owner_for(size_t i, const std::string& y) const {
    // A part of a state named before ("the province's trade with Korea"): not the state's.
    if (subdivision_) return std::nullopt;
    for (auto o = owners_.rbegin(); o != owners_.rend(); ++o) {
      if (!o->empty() && *o != y) return *o;
    }
    const Subject& d = s_.default_subject;
    if (d.entities.size() == 2 && d.contains(y)) return d.entities[d.entities[0] == y ? 1 : 0];
    for (size_t k = 0; k < i; ++k) {
      int m = s_.mention_starting[k];
      if (m < 0) continue;
      const Mention& mention = s_.out.mentions[s_.mentions[static_cast<size_t>(m)].index];
      if (!is_party(mention) || mention.entity == y) continue;
      if (std::find(partners_.begin(), partners_.end(), mention.entity) == partners_.end())
        return mention.entity;
    }
    // The document's own state, where it reports from: "Trade with Peru" in a Chilean ministry's
    // report.
    if (!s_.home.empty() && s_.home != y) return s_.home;
    if (d.entities.size() == 1 && !d.contains(y)) return d.entities[0];
    return std::nullopt;
  }

  void add(size_t first, size_t last, const std::vector<Place>& places, const std::string& owner,
           const PhraseHit* trade = nullptr) {
    Relation r;
    r.first = first;
    r.last = last;
    std::vector<std::string> ids;
    for (const Place& p : places) {
      if (p.party.empty() && !r.unknown) r.unknown = {p.first, p.last};
      ids.push_back(p.party);
      if (p.party != owner) partners_.push_back(p.party);
    }
    if (!r.unknown) r.subject = Subject(ids);
    // An owner and one partner through a flow's trade word: the flow's direction.
    const std::string via =
        trade ? s_.rules.attributes[s_.rules.attribute_triggers[trade->use.row].attribute].name
              : std::string();
    const RelationWords::Flow* flow = trade ? s_.rules.relation.flow(via) : nullptr;
    if (flow && !r.unknown && places.size() == 2 && !owner.empty() &&
        places[0].party != places[1].party) {
      const std::string& partner = places[0].party == owner ? places[1].party : places[0].party;
      r.from = flow->out ? owner : partner;
      r.to = flow->out ? partner : owner;
      r.flow = flow->as;
      r.via = via;
    }
    out_.push_back(std::move(r));
    owners_.push_back(owner);
  }

  std::vector<Relation> out_;
  std::vector<std::string> owners_;    // of each relation, "" when it has none
  std::vector<std::string> partners_;  // parties named as a relation's partner
  bool subdivision_ = false;           // a part of a state is named in the sentence
};

}  // namespace

std::vector<Relation> find_relations(const SentenceContext& s) {
  if (s.mentions.empty() && !s.has_hit(kAttributeTrigger)) {
    // A part of a state may still be named ("Valparaíso Region alone exported ..."), and then the
    // figures are not the pair's the paragraph speaks of.
    const std::vector<Token>& t = s.tokens();
    if (std::none_of(t.begin(), t.end(), [&](const Token& tok) {
          return tok.kind == TokenKind::kWord &&
                 (s.rules.relation.of(tok.lower) & RelationWords::kSubdivision);
        })) {
      return {};
    }
  }
  return Reader(s).read();
}

}  // namespace claimtrace
