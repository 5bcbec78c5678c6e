// People not in the entity list: capitalized words next to a title ("Ambassador Zhang Xiao",
// "Zhang Xiao, China's ambassador"), and the office they hold when its state is stated.
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

namespace {

constexpr size_t kMaxNameWords = 3;

// The mention of the sentence over token k, or null.
const MentionAt* mention_over(const SentenceContext& s, size_t k) {
  for (const MentionAt& m : s.mentions) {
    if (m.first <= k && k < m.last) return &m;
  }
  return nullptr;
}

const Mention* country_at(const SentenceContext& s, const MentionAt* m) {
  if (!m) return nullptr;
  const Mention& x = s.out.mentions[m->index];
  return x.type == EntityType::kCountry && !x.entity.empty() ? &x : nullptr;
}

// A word that may be part of a person's name: capitalized, no known name, no date, no title,
// not an acronym.
bool name_word(const SentenceContext& s, size_t k) {
  const Token& w = s.tokens()[k];
  if (w.kind != TokenKind::kWord || !w.capitalized || w.text.size() < 2) return false;
  if (w.text == w.lower) return false;
  bool all_upper = true;
  for (size_t i = 1; i < w.text.size() && all_upper; ++i) {
    all_upper = w.text[i] == w.lower[i] ? false : all_upper;
  }
  if (all_upper) return false;
  return !mention_over(s, k) && s.in_date[k] < 0 && !s.longest(k, kTitle);
}

// Name words from token k onwards ("Kassym-Jomart Tokayev"): one past the last, or k.
size_t name_forward(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  size_t end = k, words = 0;
  for (size_t j = k; j < t.size() && words < kMaxNameWords && name_word(s, j); ++words) {
    end = ++j;
    if (j + 1 < t.size() && t[j].joiner && name_word(s, j + 1)) ++j;
  }
  return end;
}

// Name words ending just before token e: the first of them, or e. The sentence's first word
// is capitalized anyway, so a name there needs two words.
size_t name_backward(const SentenceContext& s, size_t e) {
  const std::vector<Token>& t = s.tokens();
  size_t begin = e, words = 0;
  for (size_t j = e; j > 0 && words < kMaxNameWords;) {
    if (name_word(s, j - 1)) {
      begin = --j;
      ++words;
    } else if (t[j - 1].joiner && j > 1 && name_word(s, j - 2)) {
      --j;
    } else {
      break;
    }
  }
  if (begin == 0 && words < 2) return e;
  return begin;
}

// The name as compared: a surname alone reads as the full name written earlier in the
// document ("Tokayev" after "Kassym-Jomart Tokayev").
std::string person_canonical(const SentenceContext& s, const Mention& m, std::string written) {
  if (written.ends_with("'s")) written.resize(written.size() - 2);
  if (written.find(' ') != std::string::npos) return written;
  const std::string folded = fold_name(written);
  for (auto it = s.out.mentions.rbegin(); it != s.out.mentions.rend(); ++it) {
    if (it->type != EntityType::kPerson || !it->entity.empty() || &*it == &m) continue;
    const std::string c = fold_name(it->canonical);
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
  Subject states;
  size_t first = 0, last = 0;
};

Office office_of(const SentenceContext& s, const PhraseHit& title) {
  const std::vector<Token>& t = s.tokens();
  Office o{"", Subject(), title.first, title.last};
  std::string of, to;
  if (title.first > 0) {
    const MentionAt* before = mention_over(s, title.first - 1);
    if (const Mention* c = country_at(s, before)) {
      of = c->entity;
      o.first = before->first;
    }
  }
  bool to_link = false;
  for (size_t k = title.last; k < t.size() && k < title.last + 4;) {
    if (s.rules.title_links.count(t[k].lower)) {
      to_link = to_link || t[k].lower == "to";
      ++k;
    } else if (const Mention* c = country_at(s, mention_over(s, k))) {
      (to_link || !of.empty() ? to : of) = c->entity;
      k = o.last = mention_over(s, k)->last;
    } else {
      break;
    }
  }
  if (of.empty() && to.empty()) return o;
  if (s.rules.bilateral_titles[title.use.row] && (of.empty() || to.empty() || of == to)) return o;
  std::vector<std::string> ids;
  o.key = s.rules.title_names[title.use.row];
  if (o.key.empty()) o.key = s.lower_label(title.first, title.last);
  if (!of.empty()) {
    o.key += " of " + of;
    ids.push_back(of);
  }
  if (!to.empty() && to != of) {
    o.key += " to " + to;
    ids.push_back(to);
  }
  o.states = Subject(ids);
  return o;
}

// Where a title's holder is named after it: past the links and states that follow the title.
size_t after_title(const SentenceContext& s, const PhraseHit& title) {
  const std::vector<Token>& t = s.tokens();
  size_t k = title.last;
  while (k < t.size() && k < title.last + 4) {
    if (s.rules.title_links.count(t[k].lower)) {
      ++k;
    } else if (const MentionAt* m = mention_over(s, k); country_at(s, m)) {
      k = m->last;
    } else {
      break;
    }
  }
  // Only a link with a state after it: "President of Belarus Alexander Lukashenko".
  return k > title.last && !country_at(s, mention_over(s, k - 1)) ? title.last : k;
}

}  // namespace

void People::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    const PhraseHit* title = s.longest(i, kTitle);
    if (!title) continue;
    size_t first = after_title(s, *title);
    size_t last = name_forward(s, first);
    size_t from = i, to = last;  // the claim's tokens: title and name
    if (last == first) {
      // "Zhang Xiao, China's ambassador": the name before a comma, the title's state between.
      size_t k = i;
      if (const MentionAt* m = k > 0 ? mention_over(s, k - 1) : nullptr; country_at(s, m))
        k = m->first;
      if (k < 2 || t[k - 1].text != ",") continue;
      first = name_backward(s, k - 1);
      last = k - 1;
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
      m.surface.resize(m.surface.size() - 2);
      m.span = s.doc.text.original_span(TextRange{m.text_begin, m.text_end});
    }
    m.type = EntityType::kPerson;
    m.canonical = person_canonical(s, m, s.lower_label(first, last));
    const std::string name = m.canonical;
    s.out.mentions.push_back(std::move(m));
    const Office office = office_of(s, *title);
    if (!office.key.empty()) {
      drop_title_claim(s, *title);
      // The value: who holds it, then the office as written ("zang xiao, china's ambassador").
      Claim& c = s.add_label(std::min(from, office.first), std::max(to, office.last),
                             s.policy.office_attribute,
                             name + ", " + s.lower_label(office.first, office.last));
      c.object = office.key;
      c.subject = office.states;
    }
    i = std::max(i, last > 0 ? last - 1 : 0);
  }
}

}  // namespace claimtrace
