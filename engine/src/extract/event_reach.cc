// Event reach: which tokens between an event word and a date leave the date to it: a
// participle's closing comma before the next step, the names a facet's reach skips, and the
// body a membership is of.
#include <string_view>
#include <vector>

#include "extract/event_objects.h"

namespace claimtrace {

// "The agreement ..., signed in 2021, entered into force on 1 January 2022": the comma that
// closes a participle's date, then right away the next step's event word (with its auxiliary
// and year preposition), leaves the object the participle dated; anything else names another.
bool closes_participle(const SentenceContext& s, size_t from, size_t to) {
  const std::vector<Token>& t = s.tokens();
  if (from < to && t[from].kind == TokenKind::kWord) ++from;  // a word closing the date: "году"
  if (from >= to || to > t.size() || t[from].text != ",") return false;
  for (size_t k = from + 1; k < to; ++k) {
    bool step = s.rules.time.year_prepositions.count(t[k].lower) > 0 ||
                s.rules.function_words.count(t[k].lower) > 0;  // "was ratified in"
    for (const PhraseHit& h : s.hits) {
      step =
          step || (h.use.table == kAttributeTrigger && h.first <= k && k < h.last &&
                   s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute].applies_to(
                       ClaimKind::kEvent));
    }
    if (!step) return false;
  }
  return true;
}

// The tokens between a phrase hit and a date that name parties or places, join their names or
// are articles: a facet's reach does not shrink with the length of the parties' names ("the
// declaration ... between X and Y was signed") nor with articles.
size_t names_between(const SentenceContext& s, const PhraseHit& h, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  const size_t from = std::min(h.last, m.last), to = std::max(h.first, m.first);
  size_t n = 0;
  for (size_t k = from; k < to && k < t.size(); ++k) {
    bool named = t[k].joiner || s.rules.noun_coordinators.count(t[k].lower) > 0;
    for (const MentionAt& at : s.mentions) named = named || (at.first <= k && k < at.last);
    // An article is no word of its own: "signed an agreement to build a pipeline".
    named = named || s.rules.definite_words.count(t[k].lower) > 0 ||
            s.rules.numbers.articles.count(t[k].lower) > 0;
    // A place no rule knows is still a name: a capitalized word after a preposition.
    named = named || (t[k].capitalized && t[k].kind == TokenKind::kWord && k > from &&
                      (s.rules.time.year_prepositions.count(t[k - 1].lower) ||
                       (t[k - 1].joiner && k >= from + 2 && t[k - 2].capitalized)));
    n += named;
  }
  return n;
}

std::string sole_body(const SentenceContext& s) {
  std::string body;
  size_t parties = 0;
  for (const MentionAt& at : s.mentions) {
    const Mention& m = s.out.mentions[at.index];
    parties += m.type == EntityType::kCountry;
    if (parties > 1) return "";
    if ((m.type != EntityType::kOrganization && m.type != EntityType::kGroup) || m.entity.empty() ||
        m.entity == body)
      continue;
    if (!body.empty()) return "";
    body = m.entity;
  }
  return body;
}

}  // namespace claimtrace
