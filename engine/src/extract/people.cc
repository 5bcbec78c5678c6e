// People not in the entity list: capitalized words next to a title ("Ambassador Zhang Xiao",
// "Zhang Xiao, China's ambassador", "X took up his post as ambassador") or a reporting verb
// ("X said"), and the office they hold when its state is stated.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/body_names.h"
#include "extract/entity_names.h"
#include "extract/person_names.h"
#include "extract/recognizer.h"
#include "stemmer.h"

namespace claimtrace {

namespace {

const Mention* country_at(const SentenceContext& s, const MentionAt* m) {
  if (!m) return nullptr;
  const Mention& x = s.out.mentions[m->index];
  return x.type == EntityType::kCountry && !x.entity.empty() ? &x : nullptr;
}

// The state whose capital is named from token k ("ambassador in Minsk": Belarus), its name's
// tokens ending before *last; or null.
const EntityRule* capital_at(const SentenceContext& s, size_t k, size_t* last) {
  std::vector<PhraseHit> found;
  const PhraseHit* h = match_entity(s.rules, s.tokens(), k, found);
  if (!h || h->use.table != RuleData::kCapitalName) return nullptr;
  const EntityRule& e = s.rules.entities[h->use.row];
  if (e.type != EntityType::kCountry) return nullptr;
  *last = h->last;
  return &e;
}

// The name as compared: a surname alone reads as the full name written earlier in the
// document ("Tokayev" after "Kassym-Jomart Tokayev").
std::string person_canonical(const SentenceContext& s, const Mention& m, std::string written) {
  if (written.ends_with("'s")) written.resize(written.size() - 2);
  if (written.find(' ') != std::string::npos) return written;
  // In Russian and Belarusian, the surname in any case ("по словам Мирзиёева").
  const std::string folded = fold_name(name_key(written));
  for (auto it = s.out.mentions.rbegin(); it != s.out.mentions.rend(); ++it) {
    if (it->type != EntityType::kPerson || !it->entity.empty() || &*it == &m) continue;
    const std::string c = fold_name(name_key(it->canonical));
    if (c.size() > folded.size() && c.ends_with(folded) && c[c.size() - folded.size() - 1] == ' ') {
      return it->canonical;
    }
  }
  return written;
}

// The title claim Titles made of these tokens: the office claim says more, so it takes its place.
void drop_title_claim(SentenceContext& s, const PhraseHit& title) {
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
    if (at.first == title.first && at.last == title.last &&
        s.out.claims[c].attribute == s.policy.title_attribute) {
      s.out.claims.erase(s.out.claims.begin() + static_cast<std::ptrdiff_t>(c));
      s.claim_tokens.erase(s.claim_tokens.begin() + static_cast<std::ptrdiff_t>(c - s.first_claim));
      return;
    }
  }
}

// An office whose states are named next to its title: "president of UZ", "ambassador of CN to
// BY" (key), and the tokens that name it ("China's ambassador to Belarus").
struct Office {
  std::string key;  // "" when no state is named
  // The office in English words with the states' names ("ambassador of china to kazakhstan").
  std::string named;
  Subject states;
  size_t first = 0, last = 0;
};

// The state of the document's pair other than `state`, or "" when the pair is not two states
// with `state` among them.
std::string other_of_pair(const SentenceContext& s, const std::string& state) {
  const std::vector<std::string>& pair = s.default_subject.entities;
  if (pair.size() != 2 || !s.default_subject.contains(state)) return "";
  const std::string& other = pair[0] == state ? pair[1] : pair[0];
  const EntityRule* e = s.rules.entity(other);
  return e && e->type == EntityType::kCountry ? other : "";
}

// Whether the sentence names a state outside the document's pair, by its name, a demonym or
// a state's adjective: the pair then says nothing of which state a title's host is.
bool names_state_outside_pair(const SentenceContext& s) {
  const Subject& pair = s.default_subject;
  for (const MentionAt& m : s.mentions) {
    const Mention& x = s.out.mentions[m.index];
    if (x.type == EntityType::kCountry && !x.entity.empty() && !pair.contains(x.entity))
      return true;
  }
  for (const PhraseHit& h : s.hits) {
    if (h.use.table == kOfficeState && !pair.contains(s.rules.office_states[h.use.row]))
      return true;
  }
  return false;
}

// Whether a state's name or adjective stands right before the title, past words that leave
// the office the same ("Belarus's new leader", "the Kyrgyz leader").
bool state_before(const SentenceContext& s, const PhraseHit& title) {
  const std::vector<Token>& t = s.tokens();
  size_t head = title.first;
  while (head > 0 && s.rules.title_modifiers.count(t[head - 1].lower)) --head;
  return head > 0 &&
         (country_at(s, mention_over(s, head - 1)) || s.ending_at(head, kOfficeState) != nullptr);
}

Office office_of(const SentenceContext& s, const PhraseHit& title) {
  const std::vector<Token>& t = s.tokens();
  Office o{"", "", Subject(), title.first, title.last};
  std::string of, to, of_name, to_name;
  // The office's state may stand before words that leave the office the same ("Belarus's new
  // envoy").
  size_t head = title.first;
  while (head > 0 && s.rules.title_modifiers.count(t[head - 1].lower)) --head;
  if (head > 0) {
    const MentionAt* before = mention_over(s, head - 1);
    if (const Mention* c = country_at(s, before)) {
      of = c->entity;
      of_name = c->canonical;
      o.first = before->first;
    } else if (const PhraseHit* a = s.ending_at(head, kOfficeState)) {
      // An adjective of a state that is no name ("китайский посол", "кітайскі пасол").
      const EntityRule* e = s.rules.entity(s.rules.office_states[a->use.row]);
      if (e && e->type == EntityType::kCountry) {
        of = e->id;
        of_name = e->name;
        o.first = a->first;
      }
    }
  }
  const std::string& posted = s.rules.posted_titles[title.use.row];
  const bool bilateral = s.rules.bilateral_titles[title.use.row] || !posted.empty();
  bool to_link = false;
  for (size_t k = title.last; k < t.size() && k < title.last + 4;) {
    size_t capital_end = 0;
    if (s.rules.title_links.count(t[k].lower)) {
      to_link = to_link || s.rules.serving_links.count(t[k].lower);
      ++k;
    } else if (bilateral && to.empty() && s.rules.office_places.count(t[k].lower)) {
      // "the ambassador in Minsk": a word for where an envoy serves, before a capital.
      to_link = true;
      ++k;
    } else if (const EntityRule* e =
                   bilateral && to_link && to.empty() ? capital_at(s, k, &capital_end) : nullptr) {
      // "посол Узбекистана в Минске": an envoy serves in the capital's state.
      to = e->id;
      to_name = e->name;
      k = o.last = capital_end;
    } else if (const Mention* c = country_at(s, mention_over(s, k))) {
      // A state's possessive before a capitalized body's name: the office is that body's, not
      // the state's.
      const size_t end = mention_over(s, k)->last;
      const bool glued = s.rules.possessive(t[end - 1].text);
      const bool apart = end < t.size() && s.rules.possessive_ending(t[end].text);
      if (glued || apart) {
        const size_t next = end + (apart ? 1 : 0);
        if (next < t.size() && t[next].capitalized && !s.longest(next, kTitle)) return o;
      }
      const bool served = to_link || !of.empty();
      (served ? to : of) = c->entity;
      (served ? to_name : of_name) = c->canonical;
      k = o.last = mention_over(s, k)->last;
    } else {
      break;
    }
  }
  if (of.empty() && to.empty()) return o;
  // A bilateral office with only its own state named ("the Chinese ambassador"): the host is
  // the other state of the document's pair, when the pair leaves exactly one and the sentence
  // names no state outside it; else unknown.
  const bool host_from_pair =
      bilateral && posted.empty() && to.empty() && !of.empty() && !names_state_outside_pair(s);
  if (host_from_pair) {
    to = other_of_pair(s, of);
    if (const EntityRule* e = to.empty() ? nullptr : s.rules.entity(to)) to_name = e->name;
  }
  if (bilateral && (of.empty() || to.empty() || of == to)) return o;
  std::vector<std::string> ids;
  o.key = posted.empty() ? s.rules.title_names[title.use.row] : posted;
  if (o.key.empty()) o.key = s.lower_label(title.first, title.last);
  // The office in English words with its states, whatever way the text names them: "Uzbek
  // President", "Uzbekistan's president" and "президент Узбекистана" are all "president of
  // uzbekistan", so one office reads alike in every wording and language.
  o.named = o.key;
  if (!of.empty()) {
    o.key += " of " + of;
    if (!o.named.empty()) o.named += " of " + of_name;
    ids.push_back(of);
  }
  if (!to.empty() && to != of) {
    o.key += " to " + to;
    if (!o.named.empty()) o.named += " to " + to_name;
    ids.push_back(to);
  }
  for (char& c : o.named) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  o.states = Subject(ids);
  return o;
}

// A title's body in the genitive between it and its holder, no link or state between: a body's
// word from the rules, an adjective before it, or a quoted name ("директор концерна Пётр
// Сидоренко", "старшыня Азёрнага аблвыканкама Мікола Лявонаў", "глава «Северстройсервиса»
// Ольга Кравец"); a verb ("President Zhang thanked Li Wei") is none. Where
// the holder's name starts (two words at least, closed by a mark, a lower-case word or the
// sentence's end), or k.
size_t after_genitive_body(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  auto lower_word = [&](size_t j) {
    return j < t.size() && t[j].kind == TokenKind::kWord && !t[j].capitalized;
  };
  auto body_word = [&](size_t j) { return lower_word(j) && body_or_region_word(s, j); };
  size_t j = k;
  if (j < t.size() && name_word(s, j) && body_word(j + 1)) ++j;  // its adjective
  if (const PhraseHit* head = body_word(j) ? body_or_region_word(s, j) : nullptr) {
    j = head->last;
  } else if (j < t.size() && t[j].kind == TokenKind::kPunct && opens_quote(t[j].text)) {
    // A quoted name: to its closing mark, a few words on.
    const size_t open = j++;
    while (j < t.size() && j < open + 5 && t[j].kind == TokenKind::kWord) ++j;
    if (j >= t.size() || j == open + 1 || !closes_quote(t[j].text)) return k;
    ++j;
  } else {
    return k;
  }
  const size_t end = name_forward(s, j);
  const bool closed = end >= t.size() || t[end].kind == TokenKind::kPunct || lower_word(end);
  return closed && name_words_in(s, j, end) >= 2 ? j : k;
}

// A run of more capitalized words than a name has, right after a title: a body's name, then
// its holder's ("председатель Морской Палаты Островов Мария Ковальчук"). The holder's two last
// words {first, last}, or {k, end} as found.
std::pair<size_t, size_t> holder_after_long_run(const SentenceContext& s, size_t k, size_t end) {
  const std::vector<Token>& t = s.tokens();
  if (name_words_in(s, k, end) < kMaxNameWords || end >= t.size() || !name_word(s, end))
    return {k, end};
  size_t last = end;
  while (last < t.size() && name_word(s, last)) {
    ++last;
    if (last + 1 < t.size() && t[last].joiner && name_word(s, last + 1)) ++last;
  }
  size_t first = last;
  for (size_t words = 0; first > k && words < 2;) {
    --first;
    if (!t[first].joiner) ++words;
    if (words == 2 && first > k + 1 && t[first - 1].joiner) first -= 2;  // "Касым-Жомарт"
  }
  return {first, last};
}

// Where a title's holder is named after it: past the links and states that follow the title.
// Whether the state named after a title, past its links, heads a capitalized name: a body's
// ("for the Chinese Foreign Ministry").
bool body_after(const SentenceContext& s, const PhraseHit& title) {
  const std::vector<Token>& t = s.tokens();
  size_t k = title.last;
  while (k < t.size() && k < title.last + 4 &&
         (s.rules.title_links.count(t[k].lower) || s.rules.list_articles.count(t[k].lower) ||
          s.rules.office_places.count(t[k].lower)))
    ++k;
  const MentionAt* m = mention_over(s, k);
  return country_at(s, m) && m->last < t.size() && t[m->last].kind == TokenKind::kWord &&
         t[m->last].capitalized;
}

size_t after_title(const SentenceContext& s, const PhraseHit& title) {
  const std::vector<Token>& t = s.tokens();
  size_t k = title.last;
  bool state_last = false;  // the last token passed ends a state's or its capital's name
  while (k < t.size() && k < title.last + 4) {
    size_t capital_end = 0;
    if (s.rules.title_links.count(t[k].lower) ||
        (s.rules.office_places.count(t[k].lower) && k + 1 < t.size() &&
         capital_at(s, k + 1, &capital_end))) {
      ++k;
      state_last = false;
    } else if (const MentionAt* m = mention_over(s, k); country_at(s, m)) {
      k = m->last;
      state_last = true;
    } else if (k > title.last &&
               (s.rules.serving_links.count(t[k - 1].lower) ||
                s.rules.office_places.count(t[k - 1].lower)) &&
               capital_at(s, k, &capital_end)) {
      k = capital_end;
      state_last = true;
    } else {
      break;
    }
  }
  // An apposition: the title with its states named after it, a comma, then the holder's name
  // closed by a comma or the sentence's end. A name after a comma that follows a bare title
  // starts another clause, whose subject holds no office.
  // A dash sets it off as a comma does (the text reads every dash as a spaced "-").
  const bool apposition = k < t.size() && (t[k].text == "," || (t[k].text == "-" && !t[k].joiner));
  // The states may stand before the title too ("Belarus's foreign minister, Oleg Rybak,").
  if (apposition &&
      ((k > title.last && state_last) || (k == title.last && state_before(s, title)))) {
    const size_t end = name_forward(s, k + 1);
    const bool closed = end >= t.size() || t[end].text == "," ||
                        (end + 1 == t.size() && t[end].kind == TokenKind::kPunct);
    if (closed && name_words_in(s, k + 1, end) >= 2) return k + 1;
  }
  if (k > title.last && !state_last) {
    // A body in lower case after the link, then a full name: "head of the park
    // administration Wang Xi".
    size_t j = k;
    while (j < t.size() && j < title.last + s.policy.title_link && t[j].kind == TokenKind::kWord &&
           !t[j].capitalized) {
      ++j;
    }
    if (j > k && name_words_in(s, j, name_forward(s, j)) >= 2) return j;
    return title.last;  // only a link with a state after it: "President of Belarus A. L."
  }
  return k;
}

// "X took up his post as China's ambassador", "X became China's ambassador": the sentence opens
// with the holder's name and a role link stands before the title (or before the state named
// with it). The first of the name's tokens and one past its last, or {0, 0}.
std::pair<size_t, size_t> holder_by_role(const SentenceContext& s, const PhraseHit& title) {
  const std::vector<Token>& t = s.tokens();
  size_t k = title.first;
  if (const MentionAt* m = k > 0 ? mention_over(s, k - 1) : nullptr; country_at(s, m)) k = m->first;
  if (k > 0 && s.rules.list_articles.count(t[k - 1].lower)) --k;  // "is the President of X"
  if (k < 3 || !s.rules.role_links.count(t[k - 1].lower)) return {0, 0};
  const size_t last = name_forward(s, 0);
  // Two words at least: the sentence's first word is capitalized anyway. A verb link may follow
  // the name right away ("X became ...").
  if (name_words_in(s, 0, last) < 2 || last > k - 1) return {0, 0};
  return {0, last};
}

// Whether tokens [first, last) read as a person's name beside a reporting verb: two words at
// least, or a surname of a person named earlier in the document; not the end of a body's
// name ("the Ministry of Foreign Affairs said").
bool reported_name(const SentenceContext& s, size_t first, size_t last) {
  const std::vector<Token>& t = s.tokens();
  if (first >= last) return false;
  if (first > 0 && s.rules.title_links.count(t[first - 1].lower)) return false;
  for (size_t k = first; k < last; ++k) {
    if (body_or_region_word(s, k)) return false;
  }
  if (name_words_in(s, first, last) >= 2) return true;
  Mention probe = s.mention_at(first, last);
  const std::string written = s.lower_label(first, last);
  return person_canonical(s, probe, written) != written;
}

// Whether a person's name already covers part of text [begin, end) in this sentence.
bool person_named(const SentenceContext& s, uint64_t begin, uint64_t end) {
  const uint64_t sentence = s.tokens().front().begin;
  for (auto it = s.out.mentions.rbegin(); it != s.out.mentions.rend(); ++it) {
    if (it->text_end <= sentence) break;
    if (it->type == EntityType::kPerson && it->text_begin < end && begin < it->text_end)
      return true;
  }
  return false;
}

// Whether an earlier claim of the document names this holder of this office: its value is the
// holder, ", " and the office as written. Claims of earlier sentences no longer change, so each
// is indexed once, under every holder its value may begin with.
bool office_claimed(SentenceContext& s, const std::string& holder, const std::string& key) {
  for (; s.offices_read < s.first_claim; ++s.offices_read) {
    const Claim& x = s.out.claims[s.offices_read];
    if (x.attribute != s.policy.office_attribute) continue;
    for (size_t p = x.text.find(", "); p != std::string::npos; p = x.text.find(", ", p + 1)) {
      s.offices_named.insert(x.object + '\n' + x.text.substr(0, p));
    }
  }
  return s.offices_named.count(key + '\n' + holder) > 0;
}

// The name at tokens [first, last) as a person, unless it is a possessive or already named.
void add_person(SentenceContext& s, size_t first, size_t last) {
  Mention m = s.mention_at(first, last);
  if (m.surface.ends_with("'s") || person_named(s, m.text_begin, m.text_end)) return;
  m.type = EntityType::kPerson;
  m.canonical = person_canonical(s, m, s.lower_label(first, last));
  s.out.mentions.push_back(std::move(m));
}

// Tokens a clause set off by commas between a speaker and the reporting verb may run over.
constexpr size_t kSetOffTokens = 16;

// The speaker of a reporting verb set off from it by a clause between commas ("X, who chairs
// the concern, said", "X, глава концерна, заявил"): the name before the first comma, or {e, e}.
std::pair<size_t, size_t> speaker_before_set_off(const SentenceContext& s, size_t e) {
  const std::vector<Token>& t = s.tokens();
  if (e < 3 || t[e - 1].text != ",") return {e, e};
  for (size_t c = e - 2; c > 0 && c + kSetOffTokens > e; --c) {
    if (t[c].kind != TokenKind::kPunct || t[c].joiner) continue;
    if (t[c].text != ",") break;
    return {name_backward(s, c), c};
  }
  return {e, e};
}

// People named beside a reporting verb: "Shavkat Mirziyoyev said", "said Zhang Xiao", and
// before a clause set off by commas, "Ivan Petrov, who heads the agency, said".
void reported_people(SentenceContext& s) {
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kReportingVerb) continue;
    size_t first = name_backward(s, h.first), last = h.first;
    if (!reported_name(s, first, last)) {
      first = h.last;
      last = name_forward(s, h.last);
      if (!reported_name(s, first, last)) {
        std::tie(first, last) = speaker_before_set_off(s, h.first);
        if (!reported_name(s, first, last)) continue;
      }
    }
    add_person(s, first, last);
  }
}

// People named right after a predecessor phrase: "his predecessor Sergei Aleinik",
// "Его предшественник Сергей Алейник" (two name words at least).
void predecessors(SentenceContext& s) {
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kPredecessor) continue;
    const size_t last = name_forward(s, h.last);
    if (name_words_in(s, h.last, last) < 2) continue;
    add_person(s, h.last, last);
  }
}

// People named right before a tenure phrase, or set off from it by a comma and one relative
// word: "Gurbanguly Berdimuhamedov, who has chaired the council since 2023" (two name words at
// least, or a surname named earlier).
void tenure_holders(SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kTenure || h.first < 2) continue;
    size_t e = h.first;
    if (t[e - 1].kind == TokenKind::kWord && !t[e - 1].capitalized && t[e - 2].text == ",") e -= 2;
    const size_t first = name_backward(s, e);
    if (!reported_name(s, first, e)) continue;
    add_person(s, first, e);
  }
}

// A former holder ("former ambassador X", "бывший посол X", "былы пасол X") left the office by
// the document's date: an office.end event with no begin, up to that date, so a source naming
// them its holder later meets that end. When they left is not told, so the end dates no
// tenure's span and compares only by overlap; an undated document dates nothing.
void former_holder(SentenceContext& s, const std::string& name, const Office& office, size_t first,
                   size_t last) {
  const PartialDate& d = s.date_context.document_date;
  if (d.precision == DatePrecision::kUnknown || first >= last) return;
  Claim& c = s.add(ClaimKind::kEvent, first, last);
  c.numeric = false;
  c.attribute = s.policy.office_end_attribute;
  c.object = name + ", " + office.key;
  c.subject = office.states;
  c.period.end_year = d.year;
  c.period.end_month = d.month;
  c.period.end_day = d.day;
  c.period_basis = PeriodBasis::kDocumentDate;
  c.text = c.period.iso();
}

}  // namespace

void People::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    const PhraseHit* title = s.longest(i, kTitle);
    if (!title || (s.rules.state_titles[title->use.row] && !state_before(s, *title))) continue;
    size_t first = after_title(s, *title);
    size_t last = name_forward(s, first);
    if (first == title->last && name_words_in(s, first, last) <= 1) {
      if (const size_t j = after_genitive_body(s, first); j != first) {
        first = j;
        last = name_forward(s, j);
      }
    }
    std::tie(first, last) = holder_after_long_run(s, first, last);
    // A holder after the title's complement ("Minister of Trade and Industry X"): a person,
    // but the office is more than the title and its states name, so no holder claim.
    bool complemented = false;
    if (last == first) {
      const auto [a, b] = holder_after_complement(s, title->last);
      complemented = a != b;
      if (complemented) std::tie(first, last) = std::pair{a, b};
    }
    size_t from = i, to = last;  // the claim's tokens: title and name
    if (last == first) {
      // "Zhang Xiao, China's ambassador": the name before a comma, the title's state between.
      size_t k = i;
      while (k > 0 && s.rules.title_modifiers.count(t[k - 1].lower)) --k;  // "new"
      if (const MentionAt* m = k > 0 ? mention_over(s, k - 1) : nullptr; country_at(s, m))
        k = m->first;
      // "Alisher Umarov, the ambassador of Uzbekistan", "..., the new Uzbek ambassador"; not
      // where the state after the title qualifies a body ("the spokesman for the Chinese
      // Foreign Ministry": the ministry's spokesman, no office of the state's).
      while (k > 0 && s.rules.title_modifiers.count(t[k - 1].lower)) --k;
      if (k > 0 && s.rules.list_articles.count(t[k - 1].lower) && !body_after(s, *title)) --k;
      if (k >= 2 && t[k - 1].text == ",") {
        first = name_backward(s, k - 1);
        last = k - 1;
      } else {
        std::tie(first, last) = holder_by_role(s, *title);
      }
      if (first == last) continue;
      from = first;
      to = title->last;
    }
    // A first name before a known person's name is theirs ("Александр Лукашенко").
    if (const MentionAt* after = last < t.size() ? mention_over(s, last) : nullptr;
        after && s.out.mentions[after->index].type == EntityType::kPerson) {
      continue;
    }
    Mention m = s.mention_at(first, last);
    // A possessive ("Tokayev's") names the person; the name is without its ending.
    if (m.surface.ends_with("'s") && m.surface.size() > 2) {
      m.text_end -= 2;
      m.surface = m.surface.substr(0, m.surface.size() - 2);
      m.span = s.doc.text.original_span(TextRange{m.text_begin, m.text_end});
    }
    m.type = EntityType::kPerson;
    m.canonical = person_canonical(s, m, s.lower_label(first, last));
    const std::string name = m.canonical;
    s.out.mentions.push_back(std::move(m));
    const Office office = complemented ? Office{} : office_of(s, *title);
    // "Former ambassador X", "бывший посол": a title no longer held is no holder.
    const bool former =
        s.ending_at(office.first, kFormerTitle) || s.ending_at(title->first, kFormerTitle);
    if (!office.key.empty() && !former) {
      drop_title_claim(s, *title);
      // The document said already who holds this office: naming them by it again (as a party
      // to a signing, say) repeats that claim, it does not make another.
      if (office_claimed(s, name, office.key)) {
        i = std::max(i, last > 0 ? last - 1 : 0);
        continue;
      }
      // The value: who holds it, then the office as an English title writes it and, where the
      // words differ, in English words with its states ("xie xiaoyun, chinese ambassador to
      // belarus (ambassador of china to belarus)"); a title another language names, in English
      // words alone.
      std::string held = office.named;
      const std::string written = s.lower_label(office.first, office.last);
      if (s.rules.title_names[title->use.row].empty() && written != office.named)
        held = written + " (" + office.named + ")";
      Claim& c = s.add_label(std::min(from, office.first), std::max(to, office.last),
                             s.policy.office_attribute, name + ", " + held);
      c.object = office.key;
      c.subject = office.states;
    } else if (!office.key.empty()) {
      former_holder(s, name, office, std::min(from, office.first), std::max(to, office.last));
    }
    i = std::max(i, last > 0 ? last - 1 : 0);
  }
  if (!t.empty()) reported_people(s);
  if (!t.empty()) predecessors(s);
  if (!t.empty()) tenure_holders(s);
}

}  // namespace claimtrace
