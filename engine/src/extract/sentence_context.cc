// SentenceContext: building a sentence's shared state once, and the lookups and claim
// constructors every recognizer uses.
#include "extract/sentence_context.h"

#include <algorithm>
#include <cstddef>
#include <limits>

#include "extract/clauses.h"
#include "extract/glued.h"

namespace claimtrace {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// "last year's": the last word of a relative year may carry a clitic; the word before it is
// what the date finder compares.
bool clitic_anchor(const Lexicon& words, const Token& tok) {
  const size_t apostrophe = tok.lower.find('\'');
  if (apostrophe == std::string_view::npos || apostrophe == 0) return false;
  return words.has(words.find(tok.lower.substr(0, apostrophe)), Lexicon::kDateAnchor);
}

}  // namespace

SentenceContext::SentenceContext(DocumentInputs inputs)
    : doc(inputs.document),
      rules(inputs.rules),
      policy(inputs.rules.policy),
      default_subject(inputs.default_subject),
      home(inputs.home),
      proper_words(inputs.proper_words),
      lone_names(inputs.lone_names),
      date_context(inputs.dates),
      out(inputs.out),
      discourse(inputs.discourse ? inputs.discourse : &own_discourse_) {}

void SentenceContext::start(TextRange s) {
  tokenize(doc.text.str(), s.begin, s.end, ts_);
  read(s);
}

void SentenceContext::start(TextRange s, std::span<const Token> tokens) {
  ts_.tokens.assign(tokens.begin(), tokens.end());
  read(s);
}

void SentenceContext::read(TextRange s) {
  sentence = s;
  whole_sentence_ = QuotedSentence();
  split_glued(ts_.tokens, rules);
  rules.words.identify(ts_.tokens);
  // Whether a date can be in the sentence: one needs a digit or a word it can stand on.
  bool may_date = false;
  for (Token& tok : ts_.tokens) {
    const bool digits = tok.digits;
    if (tok.kind == TokenKind::kWord && !digits) {
      tok.vocab = rules.words.has(tok.word, Lexicon::kNumberTime);
      may_date = may_date || (tok.vocab && rules.words.has(tok.word, Lexicon::kDateAnchor)) ||
                 clitic_anchor(rules.words, tok);
    } else {
      may_date = may_date || digits;
    }
  }
  const std::vector<Token>& t = ts_.tokens;
  used_.assign(t.size(), false);
  in_date.assign(t.size(), -1);
  // Emptied, not replaced: the lists keep their memory from sentence to sentence. Only the
  // lists the last sentence's hits filled hold anything.
  for (const PhraseHit& h : hits) {
    if (h.first < starting.size()) starting[h.first].clear();
    if (h.last < ending.size()) ending[h.last].clear();
  }
  fit(starting, t.size() + 1);
  fit(ending, t.size() + 1);
  hits.clear();
  for (size_t i = 0; i < t.size(); ++i) {
    if (!rules.phrases.starts(t[i])) continue;  // most words start no phrase
    size_t before = hits.size();
    rules.phrases.match_at(t, i, hits);
    // A measure's word that ends a compound names another thing ("e-commerce", "re-exports").
    if (i > 0 && t[i - 1].joiner) {
      hits.erase(
          std::remove_if(hits.begin() + static_cast<std::ptrdiff_t>(before), hits.end(),
                         [](const PhraseHit& h) { return h.use.table == kAttributeTrigger; }),
          hits.end());
    }
    for (size_t h = before; h < hits.size(); ++h) {
      starting[i].push_back(h);
      ending[hits[h].last].push_back(h);
    }
  }
  quiet = quiet_tokens(may_date) && quiet_hits();
  dates.clear();
  if (may_date) {
    dates = find_dates(t, rules.time, rules.numbers, date_context, &rules.date_sets_by_word);
  }
  for (size_t d = 0; d < dates.size(); ++d) {
    for (size_t k = dates[d].first; k < dates[d].last && k < t.size(); ++k) {
      in_date[k] = static_cast<int>(d);
    }
  }
  period_used.assign(dates.size(), false);
  // A number is read only where number_done_ says so: what an earlier sentence left is never seen.
  if (number_at_.size() < t.size()) number_at_.resize(t.size());
  number_done_.assign(t.size(), false);
  mentions.clear();
  mention_starting.assign(t.size(), -1);
  inner_countries.clear();
  statuses_begun.clear();
  scope_tokens.clear();
  breakdowns.clear();
  claim_tokens.clear();
  first_claim = out.claims.size();
}

// Resizes a sentence's hit lists (all empty) to n, moving lists between it and the spares, so
// a list's memory is not freed by a short sentence and allocated again by the next long one.
void SentenceContext::fit(std::vector<std::vector<size_t>>& lists, size_t n) {
  while (lists.size() > n) {
    spare_lists_.push_back(std::move(lists.back()));
    lists.pop_back();
  }
  while (lists.size() < n) {
    if (spare_lists_.empty()) {
      lists.emplace_back();
    } else {
      lists.push_back(std::move(spare_lists_.back()));
      spare_lists_.pop_back();
    }
  }
}

// A token something can start on: a digit, a number or date word, a name in the entity list
// (a capitalized word, or any word when some alias is written in lower case), a capitalized word
// past the first (people, lists, bodies read names the rules do not list) or a capitalized
// word in another script (inflected and transliterated names).
bool SentenceContext::quiet_tokens(bool may_date) const {
  if (may_date) return false;  // a digit or a date anchor, which number words are too
  const std::vector<Token>& t = ts_.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& tok = t[i];
    if (tok.kind == TokenKind::kNumber) return false;
    if (tok.capitalized) {
      if (i > 0) return false;
      if (std::any_of(tok.text.begin(), tok.text.end(),
                      [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        return false;
      }
    }
    if ((tok.capitalized || !rules.aliases_capitalized) && rules.entity_names.starts(tok)) {
      return false;
    }
  }
  return true;
}

// Phrases of these tables only qualify what another recognizer found (a figure, a name, a
// label head, a rank): alone they start nothing. Every other table may start a claim or a name.
bool SentenceContext::quiet_hits() const {
  constexpr uint64_t kQualifying =
      1ull << kCountNoun | 1ull << kQualifierWord | 1ull << kModalityTrigger |
      1ull << kAttributeTrigger | 1ull << kFacetTrigger | 1ull << kLabelModifier |
      1ull << kLabelConnector | 1ull << kStatusModifier | 1ull << kEstablishWord |
      1ull << kRankNoun | 1ull << kRankScope | 1ull << kListSeparator | 1ull << kBaseline |
      1ull << kBreakdownCue | 1ull << kBreakdownRest | 1ull << kBreakdownEnd |
      1ull << kClauseOpener | 1ull << kDecline;
  static_assert(kDecline < 64, "one bit per phrase table");
  return std::all_of(hits.begin(), hits.end(), [](const PhraseHit& h) {
    return h.use.table < 64 && (kQualifying >> h.use.table & 1u) != 0;
  });
}

bool SentenceContext::has_hit(PhraseTable table) const {
  return std::any_of(hits.begin(), hits.end(),
                     [&](const PhraseHit& h) { return h.use.table == table; });
}

// Right after the number, or after a few modifiers ("25 state-owned enterprises", "dozens of
// Chinese companies").
const PhraseHit* SentenceContext::count_noun(size_t j) const {
  const std::vector<Token>& t = ts_.tokens;
  const PhraseHit* best = nullptr;
  for (size_t k = j; k < t.size() && k < j + policy.count_noun; ++k) {
    // Another number ("in 2013 the two countries") counts the noun, not the year before it.
    if ((t[k].kind == TokenKind::kPunct && !t[k].joiner) || t[k].kind == TokenKind::kNumber ||
        in_date[k] >= 0 || (t[k].vocab && rules.numbers.cardinals.count(t[k].lower))) {
      break;
    }
    if (const PhraseHit* h = longest(k, kCountNoun)) {
      best = h;
      k = h->last - 1;
    } else if (best) {
      break;  // the noun phrase ended with the noun found
    }
  }
  return best;
}

namespace {

// The hit of `table` nearest tokens [f, l) within `window` tokens either side that `takes`
// accepts: a window, not the whole sentence, so a sentence with no stops stays linear.
template <typename Takes>
const PhraseHit* nearest(const SentenceContext& s, PhraseTable table, size_t window, size_t f,
                         size_t l, Takes takes) {
  const PhraseHit* best = nullptr;
  size_t best_distance = SIZE_MAX;
  const size_t from = f > window ? f - window : 0;
  const size_t to = std::min(l + window, s.starting.size());
  for (size_t k = from; k < to; ++k) {
    for (size_t hi : s.starting[k]) {
      const PhraseHit& h = s.hits[hi];
      if (h.use.table != table || !takes(h)) continue;
      size_t distance = h.last <= f ? f - h.last : h.first >= l ? h.first - l : 0;
      // At one distance the longer phrase says more: "trade surplus" over "trade".
      if (distance < best_distance ||
          (best && distance == best_distance && h.last - h.first > best->last - best->first)) {
        best_distance = distance;
        best = &h;
      }
    }
  }
  return best;
}

}  // namespace

std::pair<std::string, size_t> SentenceContext::nearest_attribute(ClaimKind kind, size_t f,
                                                                  size_t l) const {
  auto rule = [&](const PhraseHit& h) -> const AttributeRule& {
    return rules.attributes[rules.attribute_triggers[h.use.row].attribute];
  };
  const PhraseHit* h = nearest(*this, kAttributeTrigger, policy.attribute, f, l,
                               [&](const PhraseHit& x) { return rule(x).applies_to(kind); });
  return h ? std::pair{rule(*h).name, h->first} : std::pair{std::string(), SIZE_MAX};
}

std::pair<std::string, size_t> SentenceContext::clause_attribute(ClaimKind kind, size_t f,
                                                                 size_t l) const {
  auto rule = [&](const PhraseHit& h) -> const AttributeRule& {
    return rules.attributes[rules.attribute_triggers[h.use.row].attribute];
  };
  // A trigger after the figure is another clause's past any stop or opener ("$9 billion,
  // imports $1 billion"); one before it past a clause opener that does not list this figure.
  auto own_clause = [&](const PhraseHit& h) {
    if (h.last <= f) return !clause_breaks(*this, h.last, f, false, f);
    if (h.first < l) return true;
    for (size_t k = l; k < h.first; ++k) {
      const Token& tok = ts_.tokens[k];
      const std::string_view p = tok.text;
      if (tok.kind == TokenKind::kPunct &&
          (p == "," || p == ";" || p == "(" || p == "\u2014" || p == "\u2013")) {
        return false;
      }
    }
    return !clause_breaks(*this, l, h.first, true);
  };
  const PhraseHit* h =
      nearest(*this, kAttributeTrigger, policy.attribute, f, l,
              [&](const PhraseHit& x) { return rule(x).applies_to(kind) && own_clause(x); });
  if (!h) return nearest_attribute(kind, f, l);
  return {rule(*h).name, h->first};
}

std::string SentenceContext::nearest_facet(ClaimKind kind, size_t f, size_t l) const {
  auto rule = [&](const PhraseHit& h) -> const FacetRule& {
    return rules.facets[rules.facet_triggers[h.use.row].attribute];
  };
  const PhraseHit* h = nearest(*this, kFacetTrigger, policy.facet, f, l, [&](const PhraseHit& x) {
    const std::vector<ClaimKind>& kinds = rule(x).kinds;
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
  });
  return h ? rule(*h).name : "";
}

std::string SentenceContext::lower_label(size_t first, size_t last) const {
  std::string s;
  for (size_t k = first; k < last; ++k) {
    const Token& tok = ts_.tokens[k];
    if (!s.empty() && tok.space_before) s += ' ';
    s += tok.folded;
  }
  return s;
}

Mention SentenceContext::mention_at(size_t first, size_t last) const {
  const std::vector<Token>& t = ts_.tokens;
  Mention m;
  m.text_begin = t[first].begin;
  m.text_end = t[last - 1].end;
  m.surface = std::string(doc.text.slice(TextRange{m.text_begin, m.text_end}));
  m.span = doc.text.original_span(TextRange{m.text_begin, m.text_end});
  m.position = doc.text.position(TextRange{m.text_begin, m.text_end});
  return m;
}

Claim& SentenceContext::add(ClaimKind kind, size_t first, size_t last) {
  const std::vector<Token>& t = ts_.tokens;
  Claim c;
  c.kind = kind;
  c.source = doc.source.id;
  c.path = doc.source.path;
  c.text_begin = t[first].begin;
  c.text_end = t[last - 1].end;
  c.span = doc.text.original_span(TextRange{c.text_begin, c.text_end});
  c.position = doc.text.position(TextRange{c.text_begin, c.text_end});
  c.quote = doc.text.slice(TextRange{c.text_begin, c.text_end});
  c.sentence = quoted_sentence(c.text_begin, c.text_end);
  out.claims.push_back(std::move(c));
  claim_tokens.push_back({first, last});
  mark(first, last);
  return out.claims.back();
}

QuotedSentence SentenceContext::quoted_sentence(uint64_t begin, uint64_t end) {
  std::string_view text = doc.text.str();
  if (ordinary()) {
    if (whole_sentence_.range() != sentence || whole_sentence_.empty_text()) {
      whole_sentence_ = QuotedSentence(
          sentence, std::string(text.substr(sentence.begin, sentence.end - sentence.begin)));
    }
    return whole_sentence_;
  }
  auto lead = [&](uint64_t at) {  // back to a UTF-8 character start
    while (at > sentence.begin && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
  };
  const uint64_t context = policy.sentence_context;
  uint64_t b = begin > sentence.begin + context ? lead(begin - context) : sentence.begin;
  uint64_t e = end + context < sentence.end ? lead(end + context) : sentence.end;
  std::string quoted = b > sentence.begin ? "..." : "";
  quoted.append(text.substr(b, e - b));
  if (e < sentence.end) quoted += "...";
  return QuotedSentence(TextRange{b, e}, std::move(quoted));
}

Claim& SentenceContext::add_label(size_t first, size_t last, const std::string& attribute,
                                  std::string text) {
  std::string value = text.empty() ? lower_label(first, last) : std::move(text);
  Claim& c = add(ClaimKind::kLabel, first, last);
  c.numeric = false;
  c.text = std::move(value);
  c.attribute = attribute;
  return c;
}

void SentenceContext::set_interval(Claim& c, Qualifier q) const {
  c.qualifier = q;
  const double v = c.value;
  switch (q) {
    case Qualifier::kExact:
    case Qualifier::kRange:
      c.low = c.high = v;
      break;
    case Qualifier::kApprox:
      c.low = v * (1 - rules.approx_tolerance);
      c.high = v * (1 + rules.approx_tolerance);
      break;
    case Qualifier::kAlmost:
      c.low = v * (1 - rules.almost_tolerance);
      c.high = v;
      break;
    case Qualifier::kMoreThan:
    case Qualifier::kAtLeast:
      c.low = v;
      c.high = kInfinity;
      break;
    case Qualifier::kLessThan:
    case Qualifier::kAtMost:
      c.low = 0;
      c.high = v;
      break;
  }
}

}  // namespace claimtrace
