// Event objects: a document's own words make the object of its dated events, so two wordings
// of one treaty meet and two treaties of one pair do not.
#include "extract/event_objects.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claim_key_rules.h"

namespace claimtrace {

// Whether a mark that ends a clause stands in [from, to): dashes and quotation marks join the
// words of a name ("«Great Stone»", "China — Kyrgyzstan — Uzbekistan"), commas and the like do
// not, except a comma inside a capitalized name.
bool clause_mark(const SentenceContext& s, size_t from, size_t to) {
  const std::vector<Token>& t = s.tokens();
  for (size_t k = from; k < to && k < t.size(); ++k) {
    if (t[k].kind != TokenKind::kPunct) continue;
    const std::string_view p = t[k].text;
    // A comma between two capitalized words lists the words of one name (a treaty or body
    // named by the areas it covers); a month after it starts a date, so that comma still
    // ends the clause.
    if (p == "," && k > 0 && k + 1 < t.size() && t[k - 1].capitalized && t[k + 1].capitalized &&
        t[k - 1].kind == TokenKind::kWord && t[k + 1].kind == TokenKind::kWord &&
        s.in_date[k - 1] < 0 && s.in_date[k + 1] < 0)
      continue;
    if (p == "," || p == ";" || p == ":" || p == "(" || p == ")" || p == "." || p == "!" ||
        p == "?")
      return true;
  }
  return false;
}

namespace {

// Whether token k is an event word of the rules (a trigger of an event attribute).
bool event_word(const SentenceContext& s, size_t k) {
  for (const PhraseHit& h : s.hits) {
    if (h.use.table == kAttributeTrigger && h.first <= k && k < h.last &&
        s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute].applies_to(
            ClaimKind::kEvent)) {
      return true;
    }
  }
  return false;
}

bool in_mention(const SentenceContext& s, size_t k) {
  for (const MentionAt& at : s.mentions) {
    if (at.first <= k && k < at.last) return true;
  }
  return false;
}

}  // namespace

// Whether tokens [from, to) are only names of parties or places, the words joining them and
// prepositions: a participle, then the parties that did it, then when ("established by A and B
// in <year>").
bool only_parties(const SentenceContext& s, size_t from, size_t to) {
  const std::vector<Token>& t = s.tokens();
  for (size_t k = from; k < to && k < t.size(); ++k) {
    // A preposition before the date or before a place: "signed in Beijing in 2019".
    bool named = t[k].joiner || s.rules.noun_coordinators.count(t[k].lower) ||
                 (s.rules.time.year_prepositions.count(t[k].lower) &&
                  (k + 1 == to || in_mention(s, k + 1) || t[k + 1].capitalized));
    // A place no rule knows is still a name: "in Beijing", "у В'енцьяне".
    named = named || in_mention(s, k) ||
            (t[k].capitalized && k > from && s.rules.time.year_prepositions.count(t[k - 1].lower));
    if (!named) return false;
  }
  return true;
}

// "The park, established in 2010,", "diplomatic relations, which the two countries established
// on": a comma, then words without a mark, the last of them an event word right before the date
// (or before the parties that did it), dates the noun before the comma; the clause marks
// between them are the participle's or the relative clause's.
bool participle_after(const SentenceContext& s, size_t from, size_t to) {
  const std::vector<Token>& t = s.tokens();
  if (from >= to || to > t.size() || t[from].text != ",") return false;
  for (size_t k = from + 1; k < to; ++k) {
    if (t[k].kind != TokenKind::kWord) return false;
  }
  for (size_t k = from + 1; k < to && k < s.starting.size(); ++k) {
    for (size_t hi : s.starting[k]) {
      const PhraseHit& h = s.hits[hi];
      if (h.use.table == kAttributeTrigger && h.last <= to && only_parties(s, h.last, to) &&
          s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute].applies_to(
              ClaimKind::kEvent)) {
        return true;
      }
    }
  }
  return false;
}

bool participle_after_noun(const SentenceContext& s, size_t from, size_t to) {
  const std::vector<Token>& t = s.tokens();
  size_t k = from;
  while (k < to && k < t.size() && t[k].kind == TokenKind::kWord) ++k;
  return participle_after(s, k, to);
}

bool parties_clause(const SentenceContext& s, size_t from, size_t to) {
  if (!participle_after(s, from, to)) return false;
  const std::vector<Token>& t = s.tokens();
  for (size_t k = from + 1; k < to; ++k) {
    if (!(s.rules.function_words.count(t[k].lower) || s.rules.definite_words.count(t[k].lower) ||
          s.rules.noun_coordinators.count(t[k].lower) || t[k].joiner || t[k].capitalized ||
          in_mention(s, k) || event_word(s, k))) {
      return false;
    }
  }
  return true;
}

bool opening_participle(const SentenceContext& s, const DateMatch& m, size_t first) {
  const std::vector<Token>& t = s.tokens();
  if (m.last + 1 >= first || first > t.size() || t[m.last].text != ",") return false;
  // "In 2013, when the two countries signed the ... agreement": a clause about the date.
  if (s.rules.time.date_clause_words.count(t[m.last + 1].lower)) {
    return !clause_mark(s, m.last + 1, first);
  }
  if (m.first == 0) return false;
  // After the comma, at most an article before the noun.
  for (size_t k = m.last + 1; k < first; ++k) {
    if (!s.rules.definite_words.count(t[k].lower) && !s.rules.function_words.count(t[k].lower))
      return false;
  }
  for (size_t hi : s.starting[0]) {
    const PhraseHit& h = s.hits[hi];
    if (h.use.table == kAttributeTrigger && h.last <= m.first && only_parties(s, h.last, m.first) &&
        s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute].applies_to(
            ClaimKind::kEvent)) {
      return true;
    }
  }
  return false;
}

namespace {

constexpr size_t kModifiers = 4;  // words before a head that may name it: "visa-free"
constexpr size_t kTail = 12;      // tokens after a head's link: a preposition and a named object

// The event facet whose words cover token k, if any.
const FacetRule* event_facet(const SentenceContext& s, size_t k) {
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kFacetTrigger || k < h.first || k >= h.last) continue;
    const FacetRule& f = s.rules.facets[s.rules.facet_triggers[h.use.row].attribute];
    if (std::find(f.kinds.begin(), f.kinds.end(), ClaimKind::kEvent) != f.kinds.end()) return &f;
  }
  return nullptr;
}

// The meanings of one word: the rules' (none when not distinctive), else the word itself,
// an English plural made singular ("relations" ~ "relation").
void add_meanings(const RuleData& r, std::string_view lower, std::vector<std::string>& out) {
  auto known = r.object_meanings.find(lower);
  const std::string one = singular(std::string(lower));
  if (known == r.object_meanings.end()) known = r.object_meanings.find(one);
  if (known == r.object_meanings.end()) {
    out.push_back(one);
    return;
  }
  size_t pos = 0;
  const std::string& means = known->second;
  while (pos < means.size()) {
    size_t sp = means.find(' ', pos);
    if (sp == std::string::npos) sp = means.size();
    if (sp > pos) out.push_back(singular(means.substr(pos, sp - pos)));
    pos = sp + 1;
  }
}

// A content word of an object: a word that is no function word, party, date or number.
bool content(const SentenceContext& s, size_t k) {
  const Token& w = s.tokens()[k];
  return w.kind == TokenKind::kWord && !s.rules.function_words.count(w.lower) &&
         !s.rules.definite_words.count(w.lower) && s.in_date[k] < 0 && !in_mention(s, k) &&
         !event_word(s, k);
}

// Whether token k is a word of the event that begins a status ("partnership"): a noun that may
// name a document before its head, not a step that happens to one.
bool status_noun(const SentenceContext& s, size_t k) {
  const Token& w = s.tokens()[k];
  if (w.kind != TokenKind::kWord || s.in_date[k] >= 0 || in_mention(s, k)) return false;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table == kAttributeTrigger && h.first <= k && k < h.last &&
        s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute].name ==
            s.policy.established_attribute) {
      return true;
    }
  }
  return false;
}

// Whether a word is written in capitals, as an abbreviation is ("VKFTA", "ЕАЭС").
bool in_capitals(std::string_view text) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  int letters = 0;
  for (int32_t i = 0; i < u.length(); ++i) {
    if (!u_isalpha(u.charAt(i))) continue;
    if (!u_isupper(u.charAt(i))) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace

namespace {

// A document's generic head and the words that name it: where its phrase begins and ends,
// and the meanings of its distinctive words (empty when it names nothing distinctive).
struct HeadWords {
  size_t first = 0, end = 0;
  std::vector<std::string> meanings;
};

HeadWords head_words(const SentenceContext& s, size_t head) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  std::vector<size_t> words;
  // Before the head: its modifiers, up to a function word, an event word or a mark. A status
  // noun names the document ("the strategic partnership agreement"); a capitalized head begins
  // a title, so lowercase words before it are the sentence's, not the title's.
  for (size_t k = head, n = 0; k > 0 && n < kModifiers; ++n) {
    --k;
    if (t[k].joiner || in_mention(s, k) || r.noun_coordinators.count(t[k].lower)) continue;
    if (t[k].kind == TokenKind::kPunct && (t[k].text == "-" || t[k].text == "–")) continue;
    if (t[head].capitalized && !t[k].capitalized) break;
    if (!content(s, k) && !status_noun(s, k)) break;
    words.push_back(k);
  }
  // After it, through a link ("on", "о"): the words up to a mark, date or event word.
  size_t end = head + 1;
  // A name read only in part ("an Agreement on Cooperation in the field of ...") might be any
  // of several documents: it names none.
  bool cut = false;
  if (end < t.size() && r.object_links.count(t[end].lower)) {
    const size_t limit = end + kTail;
    size_t k = end + 1;
    for (; k < t.size() && k <= limit; ++k) {
      // A comma inside a capitalized name lists its words ("Friendship, Cooperation and").
      if (t[k].joiner || in_mention(s, k) ||
          (t[k].kind == TokenKind::kPunct && !clause_mark(s, k, k + 1))) {
        continue;
      }
      if (t[k].kind == TokenKind::kWord &&
          (r.object_links.count(t[k].lower) || r.noun_coordinators.count(t[k].lower) ||
           r.definite_words.count(t[k].lower))) {
        continue;
      }
      if (!content(s, k)) break;
      words.push_back(k);
      end = k + 1;
    }
    if (k > limit && k < t.size() && content(s, k)) cut = true;
    if (k <= limit && k < t.size() && t[k].kind == TokenKind::kWord && s.in_date[k] < 0 &&
        !in_mention(s, k) && !event_word(s, k)) {
      size_t next = k + 1;
      while (next < t.size() && r.definite_words.count(t[next].lower)) ++next;
      cut = next < t.size() && content(s, next);
    }
  }
  if (cut) words.clear();
  // "The customs agreement (CUA), concluded in": an abbreviation in brackets
  // right after the name is part of it.
  // So is one between commas ("the free trade agreement, VKFTA, was signed").
  if (end + 2 < t.size() && t[end + 1].kind == TokenKind::kWord &&
      ((t[end].text == "(" && t[end + 1].capitalized && t[end + 2].text == ")") ||
       (t[end].text == "," && in_capitals(t[end + 1].text) && t[end + 2].text == ","))) {
    end += 3;
  }
  // The parties may follow ("the agreement between Belarus and Vietnam, signed in").
  for (size_t k = end; k < t.size() && k < end + kTail; ++k) {
    if (in_mention(s, k)) {
      end = k + 1;
    } else if (t[k].kind != TokenKind::kWord ||
               !(r.function_words.count(t[k].lower) || r.noun_coordinators.count(t[k].lower) ||
                 r.definite_words.count(t[k].lower))) {
      break;
    }
  }
  HeadWords out;
  out.first = words.empty() ? head : std::min(head, *std::min_element(words.begin(), words.end()));
  out.end = end;
  for (size_t k : words) {
    if (r.document_heads.count(t[k].lower)) continue;
    // A facet's words mean its name in every language ("allied relations", "союзнических").
    if (const FacetRule* f = event_facet(s, k)) {
      out.meanings.push_back(f->name);
    } else {
      add_meanings(r, t[k].lower, out.meanings);
    }
  }
  return out;
}

bool is_head(const SentenceContext& s, size_t k) {
  return s.tokens()[k].kind == TokenKind::kWord &&
         s.rules.document_heads.count(s.tokens()[k].lower) && !in_mention(s, k);
}

// Meanings sorted, each once, joined by spaces.
std::string joined(std::vector<std::string> meanings) {
  std::sort(meanings.begin(), meanings.end());
  meanings.erase(std::unique(meanings.begin(), meanings.end()), meanings.end());
  std::string out;
  for (const std::string& w : meanings) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

std::string document_object(const SentenceContext& s, const DateMatch& m) {
  std::vector<std::string> best;
  size_t best_distance = SIZE_MAX;
  for (size_t head = 0; head < s.tokens().size(); ++head) {
    if (!is_head(s, head)) continue;
    HeadWords w = head_words(s, head);
    // Joined to the date within the event window: in one clause, or by a participle.
    const size_t distance = w.end <= m.first    ? m.first - w.end
                            : w.first >= m.last ? w.first - m.last
                                                : 0;
    if (distance > s.policy.event || distance >= best_distance) continue;
    if (w.end <= m.first ? clause_mark(s, w.end, m.first) && !participle_after(s, w.end, m.first)
                         : clause_mark(s, m.last, w.first) && !opening_participle(s, m, w.first)) {
      continue;
    }
    best = std::move(w.meanings);
    best_distance = distance;
  }
  return joined(std::move(best));
}

void note_named_document(const SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  for (size_t head = t.size(); head-- > 0;) {
    if (!is_head(s, head)) continue;
    std::string object = joined(head_words(s, head).meanings);
    if (object.empty()) continue;
    s.discourse->document = std::move(object);
    s.discourse->document_head = t[head].lower;
    return;
  }
}

std::string document_pronoun(const SentenceContext& s, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  // A head of its own names another document, unless the head itself refers ("документ").
  const size_t head = head_in_reach(s, m);
  if (head != SIZE_MAX && !s.rules.object_pronouns.count(t[head].lower)) return "";
  // Before the date, the window counts no names: "его подписали премьер-министры A и B в".
  size_t from = m.first;
  for (size_t n = 0; from > 0 && n < s.policy.event; --from) {
    const size_t k = from - 1;
    n += !(in_mention(s, k) || t[k].joiner || s.rules.noun_coordinators.count(t[k].lower) ||
           (t[k].kind == TokenKind::kWord && t[k].capitalized));
  }
  for (size_t k = from; k < t.size() && k <= m.last + s.policy.event; ++k) {
    if (t[k].kind != TokenKind::kWord || !s.rules.object_pronouns.count(t[k].lower) ||
        (m.first <= k && k < m.last) ||
        clause_mark(s, std::min(k + 1, m.last), std::max(k, m.first))) {
      continue;
    }
    // "The Agreement on ...: it was signed in": a document the sentence named before the
    // pronoun is nearer than the paragraph's last.
    for (size_t h = k; h-- > 0;) {
      if (!is_head(s, h) || s.rules.object_pronouns.count(t[h].lower)) continue;
      if (std::string object = joined(head_words(s, h).meanings); !object.empty()) return object;
    }
    return s.discourse->document;
  }
  return "";
}

size_t head_in_reach(const SentenceContext& s, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  size_t best = SIZE_MAX, best_distance = SIZE_MAX;
  for (size_t head = 0; head < t.size(); ++head) {
    if (t[head].kind != TokenKind::kWord || !s.rules.document_heads.count(t[head].lower) ||
        in_mention(s, head)) {
      continue;
    }
    const size_t distance = head < m.first   ? m.first - head - 1
                            : head >= m.last ? head - m.last
                                             : 0;
    if (distance > s.policy.event || distance >= best_distance) continue;
    if (head < m.first
            ? clause_mark(s, head + 1, m.first) && !participle_after(s, head + 1, m.first)
            : clause_mark(s, m.last, head) && !opening_participle(s, m, head)) {
      continue;
    }
    best = head;
    best_distance = distance;
  }
  return best;
}

namespace {

// Whether two generic heads name one kind of document: the same word, or words the rules give
// one meaning ("pact" and "agreement").
bool same_head(const RuleData& r, std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto x = r.object_meanings.find(a), y = r.object_meanings.find(b);
  const std::string_view ma = x == r.object_meanings.end() ? a : std::string_view(x->second);
  const std::string_view mb = y == r.object_meanings.end() ? b : std::string_view(y->second);
  return !ma.empty() && ma == mb;
}

}  // namespace

std::string document_referred(const SentenceContext& s, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  const size_t head = head_in_reach(s, m);
  // The paragraph's document, else the one an earlier paragraph named last.
  const Discourse& d = *s.discourse;
  const bool own = !d.document.empty();
  const std::string& document = own ? d.document : d.earlier_document;
  if (head == SIZE_MAX || head == 0 || !s.rules.definite_words.count(t[head - 1].lower) ||
      document.empty() ||
      !same_head(s.rules, own ? d.document_head : d.earlier_head, t[head].lower)) {
    return "";
  }
  // Words of its own after it ("the agreement on investment") name another document.
  if (head + 1 < t.size() && s.rules.object_links.count(t[head + 1].lower) && head + 2 < t.size() &&
      content(s, head + 2)) {
    return "";
  }
  return document;
}

void note_document(const SentenceContext& s, const DateMatch& m, const std::string& object) {
  const size_t head = head_in_reach(s, m);
  if (object.empty()) return;
  // Named out of the date's reach ("the Agreement on ...: it was signed in"): the sentence's
  // document by its own words.
  if (head == SIZE_MAX) return note_named_document(s);
  s.discourse->document = object;
  s.discourse->document_head = s.tokens()[head].lower;
}

bool document_head(const SentenceContext& s, const PhraseHit& h) {
  for (size_t k = h.first; k < h.last; ++k) {
    if (s.rules.document_heads.count(s.tokens()[k].lower)) return true;
  }
  return false;
}

const AttributeRule* participle_dates(const SentenceContext& s, const DateMatch& m) {
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAttributeTrigger || h.last > m.first || m.first - h.last > s.policy.event ||
        document_head(s, h) || !only_parties(s, h.last, m.first))
      continue;
    const AttributeRule& a = s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute];
    if (a.applies_to(ClaimKind::kEvent)) return &a;
  }
  return nullptr;
}

std::string event_step(const SentenceContext& s, const DateMatch& m) {
  const AttributeRule* best = nullptr;
  size_t best_distance = SIZE_MAX;
  const AttributeRule* before = participle_dates(s, m);
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAttributeTrigger) continue;
    const AttributeRule& a = s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute];
    if (!a.applies_to(ClaimKind::kEvent) || (before && before != &a && h.first >= m.last)) continue;
    const bool head = document_head(s, h);
    const size_t distance = h.last <= m.first   ? m.first - h.last
                            : h.first >= m.last ? h.first - m.last
                                                : 0;
    if (head || distance > s.policy.event || distance >= best_distance) continue;
    // A word after the date that a later date follows as closely is that date's ("signed in
    // 2018 and entered into force in 2019").
    bool later = false;
    for (const DateMatch& o : s.dates) {
      later = later || (h.first >= m.last && o.first >= h.last && o.first - h.last <= distance);
    }
    if (later) continue;
    best = &a;
    best_distance = distance;
  }
  return best ? best->name : s.nearest_attribute(ClaimKind::kEvent, m.first, m.last).first;
}

namespace {

// The event facet (rules: a facet of kind event) of the word at tokens [first, last), if any.
const FacetRule* facet_at(const SentenceContext& s, size_t first, size_t last) {
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kFacetTrigger || h.last <= first || h.first >= last) continue;
    const FacetRule& f = s.rules.facets[s.rules.facet_triggers[h.use.row].attribute];
    if (std::find(f.kinds.begin(), f.kinds.end(), ClaimKind::kEvent) != f.kinds.end()) return &f;
  }
  return nullptr;
}

constexpr size_t kOrdinalReach = 6;  // tokens from an ordinal to its event word

// Whether tokens [from, to) are all names of parties or the marks joining them.
bool names_only(const SentenceContext& s, size_t from, size_t to) {
  const std::vector<Token>& t = s.tokens();
  for (size_t k = from; k < to; ++k) {
    bool named = t[k].joiner || (t[k].kind == TokenKind::kPunct && !clause_mark(s, k, k + 1));
    for (const MentionAt& at : s.mentions) named = named || (at.first <= k && k < at.last);
    if (!named) return false;
  }
  return true;
}

}  // namespace

// "The first summit", "the second forum": an ordinal before an event word makes one event
// of its kind between its parties; the ordinal and the word are its object ("1 summit"). The
// nearest such event word to the date, within the event window; none in a sentence naming a
// person.
std::string numbered_event(SentenceContext& s, const DateMatch& m) {
  const std::vector<Token>& t = s.tokens();
  // "His first visit" is one person's first, not the parties': the key names no person.
  for (const MentionAt& at : s.mentions) {
    if (s.out.mentions[at.index].type == EntityType::kPerson) return "";
  }
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const PhraseHit& h : s.hits) {
    if (h.first == 0) continue;
    // An event word, or a kind of event that recurs between the parties ("the second forum",
    // "the 19th session"): its ordinal tells which one.
    const bool word =
        h.use.table == kAttributeTrigger &&
        s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute].applies_to(
            ClaimKind::kEvent);
    const FacetRule* kind = h.use.table == kFacetTrigger ? facet_at(s, h.first, h.last) : nullptr;
    if (!word && !(kind && kind->recurs)) continue;
    const size_t distance = h.last <= m.first   ? m.first - h.last
                            : h.first >= m.last ? h.first - m.last
                                                : 0;
    if (distance > s.policy.event || distance >= best_distance) continue;
    // A kind named in another clause ("in spring, at the third round of talks") is not dated.
    if (!word && clause_mark(s, std::min(h.last, m.last), std::max(h.first, m.first))) continue;
    // "The first summit", "the first China–Central Asia summit": the ordinal, then at most
    // the parties' names.
    for (size_t k = h.first > kOrdinalReach ? h.first - kOrdinalReach : 0; k < h.first; ++k) {
      const std::optional<NumberMatch>& n = s.number_at(k);
      if (!n || !n->ordinal || n->last > h.first || !names_only(s, n->last, h.first)) continue;
      best = number_text(n->value);
      // The facet's name is the same in every language ("summit", "саммит"); else the words.
      if (const FacetRule* f = facet_at(s, h.first, h.last)) {
        best += ' ' + f->name;
      } else {
        for (size_t w = h.first; w < h.last; ++w) {
          best += ' ';
          best.append(t[w].lower);
        }
      }
      best_distance = distance;
      break;
    }
  }
  return best;
}

}  // namespace claimtrace
