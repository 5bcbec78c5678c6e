// Mentions: known names from the entity list, and names of bodies that are not in it.
#include <string>
#include <string_view>
#include <vector>

#include "extract/body_names.h"
#include "extract/entity_names.h"
#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// Names of bodies not in the entity list: capitalized words (and known names) ending in a body
// word, "UN Human Rights Committee". canonical holds the words with known names as their ids
// ("un human rights committee"), so spellings of one name compare equal.
void find_body_names(SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  std::vector<int> in_mention(t.size(), -1);
  for (size_t m = 0; m < s.mentions.size(); ++m) {
    for (size_t k = s.mentions[m].first; k < s.mentions[m].last; ++k)
      in_mention[k] = static_cast<int>(m);
  }
  const size_t known = s.mentions.size();
  for (size_t i = 0; i < t.size(); ++i) {
    const PhraseHit* head = s.longest(i, kBodyHead);
    if (!head || !t[i].capitalized || in_mention[i] >= 0) continue;
    size_t begin = i;
    while (begin > 0) {
      size_t k = begin - 1;
      if (in_mention[k] >= 0 && static_cast<size_t>(in_mention[k]) < known) {
        begin = s.mentions[static_cast<size_t>(in_mention[k])].first;
      } else if (t[k].kind == TokenKind::kWord && t[k].capitalized && k > 0) {
        begin = k;  // the sentence's first word is capitalized anyway: not part of a name
      } else {
        break;
      }
    }
    if (head->last - begin < 3) continue;
    std::string canonical;
    for (size_t k = begin; k < head->last;) {
      int m = in_mention[k];
      std::string word = m >= 0
                             ? s.out.mentions[s.mentions[static_cast<size_t>(m)].index].entity.str()
                             : std::string(t[k].folded);
      canonical += (canonical.empty() ? "" : " ") + word;
      k = m >= 0 ? s.mentions[static_cast<size_t>(m)].last : k + 1;
    }
    Mention b = s.mention_at(begin, head->last);
    b.type = EntityType::kBody;
    b.canonical = canonical;
    s.out.mentions.push_back(std::move(b));
    i = head->last - 1;
  }
}

// Whether the capital of `state` named on tokens [first, last) acts as its state. Only where
// a reader could not take it for the city: the document is about that state (its pair), the
// capital heads a clause (nothing or a mark or a joiner before it, so "talks in X" is the city),
// and a verb of speech, decision or agreement follows within a few words, after any capitals or
// states joined to it. A possessive is the city's own.
bool acts_as_state(const SentenceContext& s, const std::string& state, size_t first, size_t last,
                   std::vector<PhraseHit>& found) {
  const std::vector<Token>& t = s.tokens();
  const RelationWords& w = s.rules.relation;
  if (!s.default_subject.contains(state)) return false;
  if (first > 0) {
    const Token& before = t[first - 1];
    const bool mark = before.kind == TokenKind::kPunct && !before.joiner;
    if (!mark && !(w.of(before.lower) & RelationWords::kJoiner)) return false;
  }
  const std::string_view written = t[last - 1].text;
  if (written.ends_with("'s") || written.ends_with("s'")) return false;
  size_t k = last;
  while (k + 1 < t.size() && (w.of(t[k].lower) & RelationWords::kJoiner)) {
    const PhraseHit* next = match_entity(s.rules, t, k + 1, found);
    if (!next) return false;  // "met in X and agreed": a second verb, not a second party
    k = next->last;
  }
  for (size_t n = 0; k < t.size() && n < 3; ++k, ++n) {
    if (t[k].kind == TokenKind::kPunct && !t[k].joiner) return false;
    if (t[k].kind == TokenKind::kWord && (w.of(t[k].lower) & RelationWords::kStateVerb))
      return true;
  }
  return false;
}

}  // namespace

void Mentions::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  std::vector<PhraseHit> found;
  for (size_t i = 0; i < t.size();) {
    const PhraseHit* hit = match_entity(r, t, i, found);
    if (!hit) {
      ++i;
      continue;
    }
    const PhraseHit h = *hit;
    if (h.use.table == RuleData::kCapitalName &&
        !acts_as_state(s, r.entities[h.use.row].id, h.first, h.last, found)) {
      i = h.last;  // the city, not its state
      continue;
    }
    const EntityRule& e = r.entities[h.use.row];
    Mention m = s.mention_at(h.first, h.last);
    // A possessive ("Serbia's") names the entity; the name written is without its ending.
    const std::string_view last_word = t[h.last - 1].text;
    const size_t ending = last_word.ends_with("'s") ? 2 : last_word.ends_with("s'") ? 1 : 0;
    if (ending > 0 && m.surface.size() > ending) {
      m.text_end -= ending;
      m.surface = m.surface.substr(0, m.surface.size() - ending);
      m.span = s.doc.text.original_span(TextRange{m.text_begin, m.text_end});
    }
    m.entity = e.id;
    m.canonical = e.name;
    m.type = e.type;
    // A state named inside another name ("invasion of Ukraine") is still named in the
    // sentence: it counts toward the claims' subject.
    if (e.type != EntityType::kCountry) {
      for (size_t k = h.first + 1; k < h.last; ++k) {
        const PhraseHit* inner = match_entity(r, t, k, found);
        if (inner && inner->last <= h.last && inner->use.table == RuleData::kEntityName &&
            r.entities[inner->use.row].type == EntityType::kCountry) {
          s.inner_countries.push_back({k, r.entities[inner->use.row].id});
        }
      }
    }
    s.mention_starting[h.first] = static_cast<int>(s.mentions.size());
    s.mentions.push_back({h.first, h.last, s.out.mentions.size()});
    s.out.mentions.push_back(std::move(m));
    i = h.last;
  }
  find_body_names(s);
  find_named_bodies(s);
}

}  // namespace claimtrace
