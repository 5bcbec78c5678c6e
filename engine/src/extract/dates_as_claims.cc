// Dates as claims: each claim found so far takes the nearest date of its sentence as its
// period; dates that no quantity took are claims themselves: when something happened.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/binding.h"
#include "extract/change_bases.h"
#include "extract/clauses.h"
#include "extract/date_scope.h"
#include "extract/event_hosts.h"
#include "extract/event_objects.h"
#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// "compared to the same period in 2024": a baseline phrase a few tokens before the date, or
// right before it ("than a year before"); a date that is a baseline by its shape ("the same
// period of 2023"). Where the baseline begins, or SIZE_MAX when the date is none.
size_t baseline_start(const SentenceContext& s, const DateMatch& m) {
  const size_t window = s.policy.baseline;
  for (size_t end = m.first > window ? m.first - window : 0;
       end <= m.first + 1 && end < s.ending.size(); ++end) {
    for (size_t hi : s.ending[end]) {
      const PhraseHit& h = s.hits[hi];
      if (h.use.table == kBaseline && (h.use.row == 0 || end == m.first)) return h.first;
    }
  }
  return m.baseline ? m.first : SIZE_MAX;
}

bool is_baseline(const SentenceContext& s, const DateMatch& m) {
  return baseline_start(s, m) != SIZE_MAX;
}

// "higher than in 2022, when turnover stood at $31.2 billion": a clause opened right after a
// date by a word that refers back to it is about that date, even one a figure is compared with.
bool in_clause_of_date(const SentenceContext& s, const DateMatch& m, size_t figure) {
  const std::vector<Token>& t = s.tokens();
  size_t k = m.last;
  // A word may close the date ("у 2022 годзе, калі").
  if (k + 1 < t.size() && t[k].kind == TokenKind::kWord && t[k + 1].kind == TokenKind::kPunct) ++k;
  if (k < t.size() && t[k].kind == TokenKind::kPunct && t[k].text == ",") ++k;
  if (k >= figure || !s.rules.time.date_clause_words.count(t[k].lower)) return false;
  return !clause_breaks(s, k + 1, figure, false);
}

// Whether tokens [from, to) are one word, with commas around it.
bool participle_between(const SentenceContext& s, size_t from, size_t to) {
  const std::vector<Token>& t = s.tokens();
  size_t words = 0;
  for (size_t k = from; k < to && k < t.size(); ++k) {
    if (t[k].kind == TokenKind::kWord) {
      ++words;
    } else if (t[k].text != ",") {
      return false;
    }
  }
  return words == 1;
}

// Whether the clause of date m tells a thing done: a past-tense word of the rules in it and no
// modality trigger. A weekday alone is the last such day or the coming one; only a thing done
// took place on the last, and a plan or forecast never did.
bool told_as_done(const SentenceContext& s, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  size_t from = m.first;
  while (from > 0 && !clause_starts(s, from - 1, false)) --from;
  size_t to = m.last;
  while (to < t.size() && !clause_starts(s, to, false)) ++to;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table == kModalityTrigger && h.first >= from && h.first < to) return false;
  }
  for (size_t k = from; k < to; ++k) {
    if (t[k].kind == TokenKind::kWord && s.rules.time.past_words.count(t[k].lower)) return true;
  }
  return false;
}

// Gives each claim of the sentence the nearest date of its clause as its period, else the
// nearest of the sentence. A title, and an event dated at the document's date (a former holder's
// end), hold as the document writes; a label holds at a date of its own clause only.
void date_claims(SentenceContext& s) {
  if (s.dates.empty()) return;
  // The last clause start before each token, found once: a claim and a date share a clause
  // when it is the same at both, so each pair costs no scan of the tokens between.
  const size_t n = s.tokens().size();
  std::vector<size_t> opened(n + 1, SIZE_MAX);
  for (size_t k = 0; k < n; ++k) opened[k + 1] = clause_starts(s, k, false) ? k : opened[k];
  auto same_clause = [&](size_t from, size_t to) {
    return from >= to || opened[std::min(to, n)] == opened[std::min(from, n)];
  };
  const std::vector<size_t> in = brackets_of(s);
  const std::vector<DateScope> scope = scopes_of_dates(s, in);
  std::vector<int> chosen(s.out.claims.size() - s.first_claim, -1);  // claim -> its date
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    Claim& cl = s.out.claims[c];
    const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
    const bool label = cl.kind == ClaimKind::kLabel;
    if (label && cl.attribute == s.policy.title_attribute) continue;
    if (cl.kind == ClaimKind::kEvent && cl.period_basis == PeriodBasis::kDocumentDate) continue;
    // "Twenty firms now work in the park, which opened in 2012": a figure told of the present
    // holds as of the document, not at a date of another clause.
    const bool present = is_figure_kind(cl.kind) && told_with(s, at, s.rules.time.present_words);
    int best = -1;
    size_t best_distance = SIZE_MAX;
    bool best_in_clause = false;
    for (size_t d = 0; d < s.dates.size(); ++d) {
      const DateMatch& m = s.dates[d];
      // "Trade grew to $86 billion last year, the customs office said on Wednesday": a weekday
      // dates what was done or said, not a figure.
      if (m.weekday) continue;
      if (scope[d].owner != SIZE_MAX && scope[d].owner != c) continue;
      if (scope[d].bracket != SIZE_MAX &&
          (at.first >= in.size() || in[at.first] != scope[d].bracket))
        continue;
      if (!label && m.last <= at.first && in_clause_of_date(s, m, at.first)) {
        best = static_cast<int>(d);
        break;
      }
      // The value compared with takes the baseline's date ("compared with $8.4 billion a year
      // earlier"); no other figure does.
      if (const size_t from = baseline_start(s, m); from != SIZE_MAX) {
        if (label || at.first < from || at.last > m.first) continue;
        best = static_cast<int>(d);
        break;
      }
      const bool in_clause = same_clause(std::min(at.last, m.last), std::max(at.first, m.first));
      if ((label || present) && !in_clause) continue;
      if (!in_clause && m.first >= at.last && is_figure_kind(cl.kind) &&
          clause_owns_date(s, m, opened[std::min(m.first, n)]))
        continue;
      size_t distance = m.last <= at.first   ? at.first - m.last
                        : m.first >= at.last ? m.first - at.last
                                             : 0;
      if ((in_clause && !best_in_clause) ||
          (in_clause == best_in_clause && distance < best_distance)) {
        best_distance = distance;
        best_in_clause = in_clause;
        best = static_cast<int>(d);
      }
    }
    chosen[c - s.first_claim] = best;
    if (best >= 0) {
      cl.period = s.dates[best].period;
      // A participle between a label and its date ("the partnership agreed in 2019", ",
      // proclaimed in 2022,") dates when the status began: it holds from then on, as one held
      // since a date does. ("Was upgraded in 2016" is a verb of the label, which it dates.)
      if (label && cl.attribute == s.policy.status_attribute &&
          participle_between(s, at.last, s.dates[best].first)) {
        cl.period.end_year = cl.period.end_month = cl.period.end_day = 0;
      }
      cl.period_basis =
          s.dates[best].period.unresolved ? PeriodBasis::kUnresolved : PeriodBasis::kStated;
      // A label holds at the sentence's date, but that date may still be a claim itself.
      if (!label) s.period_used[best] = true;
    }
  }
  date_change_bases(s, chosen);
}

// Whether the sentence reports an event: an attribute word of an event kind.
// A word inside a known name is the name's ("the Collective Security Treaty Organization").
bool reports_event(const SentenceContext& s) {
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAttributeTrigger) continue;
    const AttributeRule& a = s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute];
    if (!a.applies_to(ClaimKind::kEvent) || document_head(s, h)) continue;
    bool named = false;
    for (const MentionAt& at : s.mentions)
      named = named || (at.first <= h.first && h.last <= at.last);
    if (!named) return true;
  }
  return false;
}

// "The treaty of 2001", "the 2019 agreement", "договор 2001 года": a document's generic head
// dates an event only right beside the date; elsewhere in a sentence it names the document.
bool head_beside(const SentenceContext& s, const DateMatch& m) {
  constexpr size_t kBeside = 2;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table == kAttributeTrigger && document_head(s, h) && apart(h, m) <= kBeside &&
        !clause_mark(s, std::min(h.last, m.last), std::max(h.first, m.first))) {
      return true;
    }
  }
  return false;
}

// "A comprehensive strategic partnership was established in 2013", "upgraded their ties to ...
// in 2024": a word that establishes something (an attribute "*.established") in the date's
// clause, in any voice, makes the date the start of the status labelled there.
bool establishes(const SentenceContext& s, const DateMatch& m) {
  static const std::string kSuffix = ".established";
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAttributeTrigger) continue;
    const AttributeRule& a = s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute];
    if (!a.applies_to(ClaimKind::kEvent) || !a.object.empty() || a.name.size() <= kSuffix.size() ||
        a.name.compare(a.name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) {
      continue;
    }
    // The head of a status label is a trigger too; only a word beside it establishes.
    bool in_label = false;
    for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
      const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
      if (s.out.claims[c].kind == ClaimKind::kLabel && h.first < at.last && at.first < h.last) {
        in_label = true;
      }
    }
    if (in_label || apart(h, m) > s.policy.event) continue;
    if (!punctuated(s, std::min(h.last, m.last), std::max(h.first, m.first))) return true;
  }
  return false;
}

// "This year marks the 30th anniversary of diplomatic relations", "30 years since": a counted
// number between a date and an event word makes the date that count's, not the event's.
bool counted_between(SentenceContext& s, const DateMatch& m, const PhraseHit& h) {
  const size_t from = std::min(m.last, h.last), to = std::max(m.first, h.first);
  for (size_t k = from; k < to; ++k) {
    const std::optional<NumberMatch>& n = s.number_at(k);
    const PhraseHit* noun = n && s.in_date[k] < 0 ? s.count_noun(n->last) : nullptr;
    if (!noun) continue;
    // "The two countries" describes the parties; "the 30th anniversary", "the 30 years" count.
    if (k > 0 && s.rules.definite_words.count(s.tokens()[k - 1].lower) && !n->ordinal &&
        !s.rules.count_nouns[noun->use.row].duration) {
      continue;
    }
    return true;
  }
  return false;
}

// "Diplomatic relations between X and Y were established in 1949", "X and Y established
// diplomatic relations in 1949": an event that names its own object is that event in any voice
// and word order; the nearest such word in the date's clause, within the event window of the
// date, or in the clause of an event word that dates there ("relations between ... were
// established on").
const AttributeRule* named_event(SentenceContext& s, const DateMatch& m) {
  auto rule = [&](const PhraseHit& h) -> const AttributeRule& {
    return s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute];
  };
  // A date opening the sentence ("In 1992, ...") dates its main clause past the comma.
  auto joined = [&](size_t af, size_t al, size_t bf, size_t bl, size_t window) {
    const size_t distance = al <= bf ? bf - al : bl <= af ? af - bl : 0;
    if (distance > window) return SIZE_MAX;
    const bool opening = al <= bf && af == m.first && m.first <= 1;
    return punctuated(s, opening ? al + 1 : std::min(al, bl), std::max(af, bf)) ? SIZE_MAX
                                                                                : distance;
  };
  std::vector<std::pair<size_t, size_t>> anchors = {{m.first, m.last}};
  for (const PhraseHit& h : s.hits) {
    if (h.use.table == kAttributeTrigger && rule(h).applies_to(ClaimKind::kEvent) &&
        rule(h).object.empty() &&
        joined(m.first, m.last, h.first, h.last, s.policy.event) != SIZE_MAX) {
      anchors.emplace_back(h.first, h.last);
    }
  }
  const AttributeRule* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAttributeTrigger) continue;
    const AttributeRule& a = rule(h);
    if (a.object.empty() || !a.applies_to(ClaimKind::kEvent)) continue;
    // Joined to the date directly or through an event word (a clause's subject may name its
    // parties at length: within the attribute window); the nearest to the date wins.
    bool reached = false;
    for (size_t k = 0; k < anchors.size(); ++k) {
      const size_t window = k == 0 ? s.policy.event : s.policy.attribute;
      reached |= joined(anchors[k].first, anchors[k].second, h.first, h.last, window) != SIZE_MAX;
    }
    // "Diplomatic relations, which X and Y established on", "Established in 1992, diplomatic
    // relations ...": a participle or relative clause dates the object it describes.
    reached |= h.last <= m.first && m.first - h.last <= s.policy.event &&
               parties_clause(s, h.last, m.first);
    reached |= h.first >= m.last && h.first - m.last <= s.policy.event &&
               opening_participle(s, m, h.first);
    if (!reached || apart(h, m) >= best_distance || counted_between(s, m, h)) continue;
    best = &a;
    best_distance = apart(h, m);
  }
  return best;
}

// "Have had a comprehensive strategic partnership since 2012": a status label said to hold
// since a date began then, so the date is that status's start; the nearest status label of
// the sentence, within the event window and its clause, and none when two are equally near.
std::optional<size_t> label_held_since(const SentenceContext& s, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  auto since = [&](size_t k) { return k < t.size() && s.rules.time.since_words.count(t[k].lower); };
  // "May 2014: comprehensive partnership": a chronology's line that opens with its
  // date and a colon dates the status it names.
  const bool milestone = m.first == 0 && m.last < t.size() && t[m.last].text == ":";
  if (!milestone && !since(m.first) && !(m.first > 0 && since(m.first - 1)) && !establishes(s, m))
    return {};
  std::optional<size_t> best;
  size_t best_distance = SIZE_MAX;
  bool tie = false;
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    const Claim& cl = s.out.claims[c];
    if (cl.kind != ClaimKind::kLabel || cl.attribute != s.policy.status_attribute) continue;
    const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
    const size_t distance = at.last <= m.first   ? m.first - at.last
                            : at.first >= m.last ? at.first - m.last
                                                 : 0;
    // "The strategic partnership, established in 2010,": a participle dates the label before it.
    const bool after_colon = milestone && at.first > m.last;
    if (distance > s.policy.event ||
        (punctuated(s, std::min(at.last, m.last + (after_colon ? 1 : 0)),
                    std::max(at.first, m.first)) &&
         !(at.last <= m.first && parties_clause(s, at.last, m.first))))
      continue;
    tie = distance == best_distance;
    if (distance < best_distance) {
      best = c;
      best_distance = distance;
    }
  }
  if (tie) return {};
  return best;
}

// What an event happened to ("the agreement on the railway was signed on", "the park was
// founded in", "парк ... заснаваны ў"): the event facets in the date's clause within the facet
// window, in any voice and word order, their names sorted and joined ("declaration railway").
// One that recurs (a summit, a declaration) narrows the object but is none on its own.
std::string event_facets(const SentenceContext& s, const DateMatch& m) {
  std::vector<std::string> names;
  bool once = false;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kFacetTrigger) continue;
    const FacetRule& f = s.rules.facets[s.rules.facet_triggers[h.use.row].attribute];
    // A hosted facet (a visit, an embassy) names an event only with its host (event_hosts.h).
    if (std::find(f.kinds.begin(), f.kinds.end(), ClaimKind::kEvent) == f.kinds.end() || f.hosted ||
        apart(h, m) - names_between(s, h, m) > s.policy.facet ||
        (clause_mark(s, std::min(h.last, m.last), std::max(h.first, m.first)) &&
         !participle_after_noun(s, h.last, m.first) && !opening_participle(s, m, h.first)))
      continue;
    once = once || !f.recurs;
    if (std::find(names.begin(), names.end(), f.name) == names.end()) names.push_back(f.name);
  }
  if (!once) return "";
  std::sort(names.begin(), names.end());
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : " ") + n;
  return out;
}

// Whether an event word after date d dates another date that follows it at least as closely
// ("signed on 28 April 2019 and came into force on 1 January 2020": the second step is not the
// first date's).
bool dates_other(const SentenceContext& s, size_t d, const PhraseHit& h) {
  const size_t mine = h.first - s.dates[d].last;
  for (size_t o = 0; o < s.dates.size(); ++o) {
    if (o != d && s.dates[o].first >= h.last && s.dates[o].first - h.last <= mine) return true;
  }
  return false;
}

// Whether a weekday stands between date d and an event word after it ("MINSK, 8 May - X on
// Tuesday signed": the word is the weekday's, the day it was done).
bool date_between(const SentenceContext& s, size_t d, const PhraseHit& h) {
  for (size_t o = 0; o < s.dates.size(); ++o) {
    if (o != d && s.dates[o].weekday && s.dates[o].first >= s.dates[d].last &&
        s.dates[o].last <= h.first) {
      return true;
    }
  }
  return false;
}

// "In 2008 they declared a strategic partnership, and in December 2022 ... raised ties to a
// comprehensive strategic partnership": a status another date of the sentence stands nearer
// to (or as near) began at that date, not at date d.
bool nearer_date(const SentenceContext& s, size_t d, size_t first, size_t last) {
  const size_t mine = tokens_apart(first, last, s.dates[d]);
  for (size_t o = 0; o < s.dates.size(); ++o) {
    if (o != d && tokens_apart(first, last, s.dates[o]) <= mine) return true;
  }
  return false;
}

// "Marked ten years since it was signed": a span of time before the event word dates no event.
bool anniversary(SentenceContext& s, const DateMatch& m) {
  const RuleData& r = s.rules;
  bool span = false;
  for (size_t k = m.last; k < s.tokens().size() && k < s.starting.size(); ++k) {
    for (size_t hi : s.starting[k]) {
      const PhraseHit& h = s.hits[hi];
      if (h.use.table == kAttributeTrigger &&
          r.attributes[r.attribute_triggers[h.use.row].attribute].applies_to(ClaimKind::kEvent))
        return span;
    }
    const std::optional<NumberMatch>& n = s.number_at(k);
    const PhraseHit* noun = n && s.in_date[k] < 0 ? s.count_noun(n->last) : nullptr;
    span = span || (noun && r.count_nouns[noun->use.row].duration);
  }
  return false;
}

}  // namespace

void DatesAsClaims::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  date_claims(s);
  // A date that dates a quantity is still a claim when the sentence reports an event
  // ("won his sixth mandate in August 2020").
  const bool sentence_event = reports_event(s);
  const bool ordinary_sentence = s.ordinary();
  // The last event of the sentence whose object a facet named (its object and event word), for
  // the next step of that object.
  std::string named_object, named_step;
  size_t named_end = 0;
  bool noted = false;  // an event of the sentence recorded its document for the paragraph
  for (size_t d = 0; d < s.dates.size(); ++d) {
    const DateMatch& m = s.dates[d];
    // "Have been comprehensive strategic partners since 2022": a status right before "since"
    // and a date reports when it began, whether or not an event word names it.
    bool event = sentence_event || head_beside(s, m);
    if (const std::optional<size_t> label = event ? std::nullopt : label_held_since(s, m)) {
      const ClaimTokens& at = s.claim_tokens[*label - s.first_claim];
      // "Since 2012 the two countries have been comprehensive strategic partners", "С 2019
      // года ... являются ... партнерами": a date opened by "since" dates the status its clause
      // goes on to name, when the status ends the clause (words after it may qualify it: "в
      // новую эпоху").
      const bool opens_since =
          s.rules.time.since_words.count(t[m.first].lower) ||
          (m.first > 0 && s.rules.time.since_words.count(t[m.first - 1].lower));
      const bool ends_clause = at.last >= t.size() || t[at.last].kind == TokenKind::kPunct;
      event = (at.last <= m.first && m.first - at.last <= 1) ||
              (at.first >= m.last && opens_since && ends_clause);
    }
    // "Agreed to lift trade to $5 billion by 2027": a date open at its start that a figure took
    // is the figure's deadline, not when the sentence's event happened.
    const bool deadline = s.period_used[d] && m.period.begin_year == 0 && m.period.end_year != 0;
    // A period that refers back ("in the same period") dates figures, it reports no date.
    if ((s.period_used[d] && !event) || deadline || !s.free(m.first, m.last) || m.period.empty() ||
        m.refers_back || is_baseline(s, m)) {
      continue;
    }
    if (m.weekday && !m.weekday_settled && !told_as_done(s, m)) continue;
    // A year right before a counted noun is a count, not a date ("2021 doses"); one a word
    // stands between is a date ("у 2008 годзе краіны ...", "в 2008 году страны ...").
    if (const PhraseHit* noun = m.bare_year ? s.count_noun(m.last) : nullptr;
        noun && noun->first == m.last)
      continue;
    // The claim's span is the date itself, without a leading preposition.
    size_t first = m.first;
    while (first + 1 < m.last && t[first].kind == TokenKind::kWord &&
           (r.time.year_prepositions.count(t[first].lower) ||
            r.time.since_words.count(t[first].lower) || r.time.until_words.count(t[first].lower) ||
            r.time.range_openers.count(t[first].lower))) {
      ++first;
    }
    if (record_reach(s, first)) continue;
    // An event's claim carries what happened: the span reaches the nearest event word
    // ("This year at the summit", "That year ... by signing the Declaration").
    size_t last = m.last;
    if (event) {
      const AttributeRule* before = participle_dates(s, m);
      size_t best = SIZE_MAX;
      for (size_t k = m.last; k <= m.last + s.policy.event && k < s.starting.size(); ++k) {
        for (size_t hi : s.starting[k]) {
          const PhraseHit& h = s.hits[hi];
          if (h.use.table != kAttributeTrigger) continue;
          const AttributeRule& a = r.attributes[r.attribute_triggers[h.use.row].attribute];
          if (!a.applies_to(ClaimKind::kEvent) || (before && before != &a)) continue;
          if (s.free(m.last, h.last) && h.first - m.last < best && !dates_other(s, d, h) &&
              !date_between(s, d, h)) {
            best = h.first - m.last;
            last = h.last;
          }
        }
      }
    }
    // The status an event began, nearest its date in the same sentence (in text without stops,
    // within the attribute window): the span then reaches it.
    const StatusBegun* begun = nullptr;
    size_t begun_distance = SIZE_MAX;
    for (const StatusBegun& b : s.statuses_begun) {
      const size_t distance = tokens_apart(b.first, b.last, m);
      if (event && (ordinary_sentence || distance <= s.policy.attribute) &&
          distance < begun_distance && !nearer_date(s, d, b.first, b.last)) {
        begun = &b;
        begun_distance = distance;
      }
    }
    if (begun) {
      first = std::min(first, begun->first);
      last = std::max(last, begun->last);
    }
    std::string held;  // the status a label held since this date began then
    if (const std::optional<size_t> label =
            event && !begun ? label_held_since(s, m) : std::nullopt) {
      const ClaimTokens& at = s.claim_tokens[*label - s.first_claim];
      first = std::min(first, at.first);
      last = std::max(last, at.last);
      held = s.out.claims[*label].text;
    }
    // An event the rules say happens once between its parties ("first set up diplomatic
    // ties") is that event: its ordinal is an adverb, no count of its kind.
    const AttributeRule* once = event && !begun && held.empty() ? named_event(s, m) : nullptr;
    const std::string numbered =
        event && !begun && held.empty() && !once ? numbered_event(s, m) : "";
    Claim& c = s.add(event ? ClaimKind::kEvent : ClaimKind::kDate, first, last);
    if (begun || !held.empty()) {
      c.object = begun ? begun->text : held;
      c.attribute = s.policy.established_attribute;
    }
    if (!numbered.empty()) c.object = numbered;
    if (const AttributeRule* named = once) {
      c.attribute = named->name;
      c.object = named->object;
      // "Joined the SCO": membership of a body no party names is the body's.
      if (const std::string body = sole_body(s); !body.empty()) c.object = c.object + ' ' + body;
    }
    bool ruled = false;  // the object is a thing a facet names: a later step may share it
    // "The accord, sealed on ... with a clause on fishing": a definite head the date
    // reaches names the paragraph's document, whatever else the clause mentions.
    if (std::string named = event && c.object.empty() ? document_referred(s, m) : "";
        !named.empty()) {
      c.object = std::move(named);
      ruled = true;
    }
    if (const std::string things = event && c.object.empty() ? event_facets(s, m) : "";
        !things.empty()) {
      c.object = things;
      ruled = true;
    }
    // "Was signed on 2 September and entered into force on 10 November": a second step of the
    // object the clause named (another event word, no clause between) is that object's.
    if (event && c.object.empty() && !named_object.empty() &&
        (!clause_mark(s, named_end, m.first) || closes_participle(s, named_end, m.first))) {
      const std::string step = s.nearest_attribute(ClaimKind::kEvent, m.first, m.last).first;
      if (!step.empty() && step != named_step) {
        c.object = named_object;
        c.attribute = step;
        ruled = true;
      }
    }
    // A document no facet names is named by its own distinctive words.
    if (std::string words = event && c.object.empty() ? document_object(s, m) : "";
        !words.empty()) {
      c.object = std::move(words);
      ruled = true;
    }
    // "It came into force in": a pronoun for the document the paragraph named last.
    if (std::string named = event && c.object.empty() ? document_pronoun(s, m) : "";
        !named.empty()) {
      c.object = std::move(named);
      ruled = true;
    }
    if (HostedEvent h = event && c.object.empty() ? hosted_event(s, m) : HostedEvent{};  // a visit
        !h.object.empty()) {
      c.object = std::move(h.object);
      if (!h.attribute.empty()) c.attribute = std::move(h.attribute);
    }
    // An anniversary dates no step of its document, but the paragraph has named that document.
    const bool marked = event && !c.object.empty() && anniversary(s, m);
    if (event && ruled) {
      note_document(s, m, c.object);
      noted = true;
    }
    if (marked) c.object.clear();
    // What happened to the object: the event word nearest the date, never narrowed by the facet
    // that names the object, so every wording of one event meets on one key.
    if (event && c.attribute.empty() && !c.object.empty()) c.attribute = event_step(s, m);
    if (event && ruled) {
      named_object = c.object;
      named_step = c.attribute;
      named_end = m.last;
    }
    if (event) {
      size_t at = s.nearest_attribute(ClaimKind::kEvent, m.first, m.last).second;
      if (at != SIZE_MAX) c.anchor = static_cast<int64_t>(t[at].begin);
    }
    c.numeric = false;
    c.period = m.period;
    c.text = m.period.iso();
    // "By the end of this year": what is due happens by then, and that date is what it says.
    if (m.period.begin_year == 0 && m.period.end_year != 0) {
      const Period& p = m.period;
      c.text = Period{p.end_year,  p.end_month, p.end_day,   p.end_year,
                      p.end_month, p.end_day,   p.unresolved}
                   .iso();
    }
    c.period_basis = m.period.unresolved ? PeriodBasis::kUnresolved : PeriodBasis::kStated;
  }
  // A document named without a date may be what the paragraph's next event refers to.
  if (!noted) note_named_document(s);
}

}  // namespace claimtrace
