// Reading one quantity at a token: its number, then what stands before and after it.
#include "extract/quantity_reader.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace {

namespace {

// Tokens [first, last) written with no space inside and exactly as `spelled`.
bool written_as(const std::vector<Token>& t, size_t first, size_t last, std::string_view spelled) {
  for (size_t k = first; k < last; ++k) {
    if (k > first && t[k].space_before) return false;
    if (spelled.substr(0, t[k].text.size()) != t[k].text) return false;
    spelled.remove_prefix(t[k].text.size());
  }
  return spelled.empty();
}

// Whether a currency hit may stand for its currency here: codes only upper case as written,
// signs with letters ("HK$", "A$") only as written, scale-only words only after a scale.
bool currency_fits(const SentenceContext& s, const PhraseHit& h, bool scaled) {
  const CurrencyRule& c = s.rules.currencies[h.use.row];
  if (c.scaled_only && !scaled) return false;
  if (c.code_form) return written_as(s.tokens(), h.first, h.last, c.code);
  if (c.symbol) {
    // A sign with letters is one glued word: "a $5 million" is dollars after an article.
    for (size_t k = h.first + 1; k < h.last; ++k) {
      if (s.tokens()[k].space_before) return false;
    }
  }
  return true;
}

// The longest hit of `table` at k that `fits` accepts.
template <typename Fits>
const PhraseHit* longest_fitting(const SentenceContext& s, size_t k, PhraseTable table, Fits fits) {
  if (k >= s.starting.size()) return nullptr;
  const PhraseHit* best = nullptr;
  for (size_t h : s.starting[k]) {
    const PhraseHit& hit = s.hits[h];
    if (hit.use.table == table && (!best || hit.last > best->last) && fits(hit)) best = &hit;
  }
  return best;
}
template <typename Fits>
const PhraseHit* ending_fitting(const SentenceContext& s, size_t end, PhraseTable table,
                                Fits fits) {
  if (end >= s.ending.size()) return nullptr;
  const PhraseHit* best = nullptr;
  for (size_t h : s.ending[end]) {
    const PhraseHit& hit = s.hits[h];
    if (hit.use.table == table && (!best || hit.first < best->first) && fits(hit)) best = &hit;
  }
  return best;
}

const PhraseHit* unit_at(const SentenceContext& s, size_t k) {
  return longest_fitting(s, k, kUnit, [&](const PhraseHit& h) {
    const UnitRule& u = s.rules.units[h.use.row];
    // A one-letter symbol right after a number ("5 t") but never inside a word's place in a
    // sentence of words: case decides ("5 T" is no mass).
    return u.symbol.empty() || written_as(s.tokens(), h.first, h.last, u.symbol);
  });
}

// A unit name written with one slip ("10.5 celcius", "34.9 centigrate"): a word no rule knows,
// one edit from the names of exactly one unit.
const UnitRule* misspelled_unit_at(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  if (k >= t.size() || t[k].kind != TokenKind::kWord ||
      (t[k].word != 0 && t[k].word != kUnidentified)) {
    return nullptr;
  }
  std::optional<uint32_t> row = s.rules.unit_spellings.find(t[k].lower, s.rules.units);
  return row ? &s.rules.units[*row] : nullptr;
}

bool negative_sign(const SentenceContext& s, size_t k, size_t number) {
  const std::vector<Token>& t = s.tokens();
  if (!s.rules.negative_signs.count(t[k].lower)) return false;
  // A sign glued to the number ("-5", "$-12.3bn"); a dash between two figures is a range.
  if (t[k].kind == TokenKind::kPunct) {
    if (t[number].space_before) return false;
    if (k > 0 && !t[k].space_before && !t[k - 1].text.empty() && t[k - 1].text.front() >= '0' &&
        t[k - 1].text.front() <= '9') {
      return false;  // "20-30", "5k-20k"
    }
  }
  return true;
}

const double* find_scale(const RuleData& r, std::string_view word) {
  auto it = r.numbers.multipliers.find(word);
  return it == r.numbers.multipliers.end() ? nullptr : &it->second;
}

// A unit in brackets right after the figure: "20 (kg)", "20 [kg]".
const PhraseHit* bracketed_unit(const SentenceContext& s, size_t j) {
  const std::vector<Token>& t = s.tokens();
  static constexpr std::string_view kOpen = "([{<", kClose = ")]}>";
  if (j + 2 >= t.size() || t[j].text.size() != 1) return nullptr;
  const size_t b = kOpen.find(t[j].text[0]);
  if (b == std::string_view::npos) return nullptr;
  const PhraseHit* u = unit_at(s, j + 1);
  if (!u || u->last >= t.size() || t[u->last].text != kClose.substr(b, 1)) return nullptr;
  return u;
}

// The cents of an amount: "3 dollars 50 cents", "13 dollars and forty-five cents", "15 USD 50",
// "C$ 100 and fifty". Without a minor unit's word, a bare figure below 100 counts as cents only
// after a currency written after the number, or after "and" when it is spelled.
void add_minor_part(SentenceContext& s, QuantityRead& q, bool currency_after) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  if (q.has_multiplier || q.number < 0 || std::floor(q.number) != q.number) return;
  size_t k = q.last;
  const bool joined = k < t.size() && r.range_conjunctions.count(t[k].lower);
  if (joined) ++k;
  if (k >= t.size() || s.in_date[k] >= 0) return;
  const std::optional<NumberMatch>& n = s.number_at(k);
  if (!n || n->ordinal || n->vague || n->has_multiplier || n->value < 1 || n->value >= 100 ||
      std::floor(n->value) != n->value) {
    return;
  }
  size_t end = n->last;
  bool minor = false;
  if (const PhraseHit* cur = s.longest(end, kCurrency)) {
    // A minor unit's row names it in lower case ("cent"); an ISO code means a second amount.
    const std::string& code = r.currencies[cur->use.row].code;
    if (code.empty() || (code[0] >= 'A' && code[0] <= 'Z')) return;
    minor = true;
    end = cur->last;
  }
  if (!minor) {
    const bool spelled = t[k].kind == TokenKind::kWord;
    if (!(currency_after || (joined && spelled))) return;
    if (end < t.size() && (t[end].kind == TokenKind::kNumber || s.longest(end, kUnit) ||
                           s.longest(end, kPercentWord) || s.count_noun(end) ||
                           r.range_joiners.count(t[end].lower))) {
      return;
    }
  }
  q.number += n->value / 100;
  q.value = q.number;
  q.last = end;
}

// "5 feet 2 inches", "12 ft and 2 in": a figure in the unit's minor unit adds to it.
// The figure is a measure in unit u, whose words end before token `last`.
void measure_in(QuantityRead& q, const UnitRule& u, size_t last) {
  q.kind = ClaimKind::kMeasure;
  q.unit = u.unit;
  q.factor = u.factor;
  q.offset = u.offset;
  q.value = q.number * u.factor + u.offset;
  q.last = last;
}

void add_minor_measure(SentenceContext& s, QuantityRead& q, const UnitRule& u) {
  const std::vector<Token>& t = s.tokens();
  if (u.minor_words.empty() || q.number < 0 || q.has_multiplier) return;
  size_t k = q.last;
  if (k < t.size() && s.rules.range_conjunctions.count(t[k].lower)) ++k;
  if (k >= t.size() || s.in_date[k] >= 0) return;
  const std::optional<NumberMatch>& n = s.number_at(k);
  if (!n || n->ordinal || n->vague || n->has_multiplier || n->last >= t.size()) return;
  if (std::find(u.minor_words.begin(), u.minor_words.end(), t[n->last].lower) ==
      u.minor_words.end()) {
    return;
  }
  q.value += n->value * u.minor_si_factor / u.si_factor * u.factor;
  q.last = n->last + 1;
}

// Whether a figure whose scale letter is also a unit symbol ("48m") is a measure: no currency
// anywhere in the sentence and no counted noun, unit or currency right after it.
bool measures(const SentenceContext& s, size_t i, size_t after) {
  if (i > 0 && s.ending_at(i, kCurrency)) return false;
  if (after < s.tokens().size() &&
      (s.count_noun(after) || s.longest(after, kUnit) || s.longest(after, kCurrency))) {
    return false;
  }
  return !s.has_hit(kCurrency);
}

// "by quarter", "per quarter", "each quarter of 2024": a fraction word the time vocabulary also
// names a period with, alone (no number or article of its own) after a function word that ends
// no qualifier, and not before "of" and a whole or a determiner, names a span of time, no share.
// Other fraction words so placed are shares or changes ("grew by half", "вырос на треть").
bool names_a_span(const SentenceContext& s, size_t first, size_t last) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  if (last != first + 1 || first == 0 || !r.function_words.count(t[first - 1].lower)) return false;
  if (!r.time.quarter_words.count(t[first].lower)) return false;
  if (s.ending_at(first, kQualifierWord)) return false;  // "more than half"
  if (last < t.size() && r.numbers.articles.count(t[last].lower)) return false;
  if (last < t.size() && r.partitive_words.count(t[last].lower)) {
    return last + 1 < t.size() && s.in_date[last + 1] >= 0;  // "each quarter of 2024"
  }
  return true;
}

// "half a century", "a quarter of a year": a fraction of a span of time is a duration, no share.
bool part_of_a_span(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  if (k < t.size() && r.partitive_words.count(t[k].lower)) ++k;
  if (k < t.size() && r.numbers.articles.count(t[k].lower)) ++k;
  const PhraseHit* noun = k < t.size() ? s.count_noun(k) : nullptr;
  return noun && noun->first == k && r.count_nouns[noun->use.row].duration;
}

}  // namespace

std::optional<QuantityRead> read_quantity(SentenceContext& s, size_t i) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  const std::optional<NumberMatch>& n = s.number_at(i);
  // A scale past what a number holds (unreadable_numbers.cc says so): no claim.
  if (!n || !std::isfinite(n->value)) return std::nullopt;
  QuantityRead q;
  q.first = i;
  q.last = q.number_last = n->last;
  q.number = n->value;
  q.has_multiplier = n->has_multiplier;
  q.vague = n->vague;
  q.ordinal = n->ordinal;
  q.scale = n->scale;

  // "65 m.p.h.": a scale letter that begins a longer unit belongs to the unit. A scale letter
  // that is a unit itself ("48m", "1 m") measures unless money or a counted noun is near.
  if (n->has_multiplier && n->last == i + 2 && t[i].kind == TokenKind::kNumber) {
    const PhraseHit* u = unit_at(s, i + 1);
    if (u && (u->last > n->last || (u->last == n->last && measures(s, i, n->last)))) {
      q.last = q.number_last = i + 1;
      q.number = n->value / n->scale;
      q.has_multiplier = false;
      q.scale = 1;
    }
  }

  // A sign, then a currency, before the number: "-5", "$-12.3bn", "minus 5".
  size_t before = i;
  bool negative = false;
  if (before > 0 && negative_sign(s, before - 1, i)) {
    negative = true;
    --before;
  }
  std::string currency;
  auto fits_before = [&](const PhraseHit& h) { return currency_fits(s, h, q.has_multiplier); };
  if (const PhraseHit* cur = ending_fitting(s, before, kCurrency, fits_before)) {
    currency = r.currencies[cur->use.row].code;
    q.first = cur->first;
    // "AUD$ 15", "MXN$15": a code glued to the sign names the currency.
    if (r.currencies[cur->use.row].symbol && cur->first > 0 && !t[cur->first].space_before) {
      if (const PhraseHit* code = ending_fitting(s, cur->first, kCurrency, fits_before);
          code && r.currencies[code->use.row].code_form) {
        currency = r.currencies[code->use.row].code;
        q.first = code->first;
      }
    }
    if (!negative && q.first > 0 && negative_sign(s, q.first - 1, q.first)) {
      negative = true;
      --q.first;
    }
  } else if (negative) {
    q.first = before;
  }
  if (negative) q.number = -q.number;
  q.value = q.number;

  size_t j = s.skip_joiner(q.last);
  auto fits_after = [&](const PhraseHit& h) {
    // A currency sign belongs to the number after it when there is one: "31m$3 billion" is $3
    // billion, not 31 million dollars; so does a code glued to it ("3 USD50 cards").
    if ((r.currencies[h.use.row].symbol || (h.last < t.size() && !t[h.last].space_before)) &&
        h.last < t.size() && s.number_at(h.last)) {
      return false;
    }
    return currency_fits(s, h, q.has_multiplier);
  };
  // A unit longer than the percent word it begins with is the unit: "percentage points".
  const PhraseHit* percent_word = s.longest(j, kPercentWord);
  if (const PhraseHit* u = percent_word ? unit_at(s, j) : nullptr;
      u && u->last > percent_word->last) {
    percent_word = nullptr;
  }
  if (const PhraseHit* p = percent_word; p && currency.empty()) {
    q.kind = ClaimKind::kPercent;
    q.unit = "percent";
    q.last = p->last;
  } else if (const PhraseHit* cur = longest_fitting(s, j, kCurrency, fits_after);
             cur && currency.empty()) {
    q.kind = ClaimKind::kAmount;
    q.unit = r.currencies[cur->use.row].code;
    q.last = cur->last;
    // "75 USD million": the scale after the code.
    if (const double* m =
            q.has_multiplier || q.last >= t.size() || t[q.last].kind != TokenKind::kWord
                ? nullptr
                : find_scale(r, t[q.last].lower)) {
      q.number *= *m;
      if (!std::isfinite(q.number)) return std::nullopt;
      q.value = q.number;
      q.scale = *m;
      q.has_multiplier = true;
      ++q.last;
    }
    add_minor_part(s, q, true);
  } else if (!currency.empty()) {
    q.kind = ClaimKind::kAmount;
    q.unit = currency;
    add_minor_part(s, q, false);
  } else if (const PhraseHit* x = s.longest(j, kRatioWord)) {
    q.kind = ClaimKind::kRatio;
    q.unit.assign(1, 'x');  // not = "x": GCC 12 -O3 warns falsely (-Wrestrict, PR 105329)
    q.last = x->last;
  } else if (const PhraseHit* u = bracketed_unit(s, j)) {  // "20 (kg)"
    measure_in(q, r.units[u->use.row], u->last + 1);
  } else if (const PhraseHit* u = unit_at(s, j)) {
    const UnitRule& ur = r.units[u->use.row];
    if (const UnitRule* named = misspelled_unit_at(s, u->last)) {
      measure_in(q, *named, u->last + 1);  // "50 degrees farenheit": the name says which
    } else {
      measure_in(q, ur, u->last);
      add_minor_measure(s, q, ur);
    }
  } else if (const UnitRule* u = misspelled_unit_at(s, j)) {
    measure_in(q, *u, j + 1);
  } else if (const PhraseHit* noun = s.count_noun(j)) {
    // "a 20-year low": a number joined to its noun before an extreme word dates the extreme;
    // "a two-day visit" still measures the visit.
    const bool compound = j > q.last && noun->last == j + 1 && noun->last < t.size() &&
                          r.extreme_words.count(t[noun->last].lower) > 0;
    q.kind = ClaimKind::kCount;
    q.unit = r.count_nouns[noun->use.row].unit;
    q.duration = r.count_nouns[noun->use.row].duration;
    q.last = noun->last;
    q.bare = compound;
  } else if (n->fraction && n->value < 1 && n->value > 0 &&
             !(n->last < t.size() && t[n->last].joiner) && !part_of_a_span(s, n->last) &&
             !names_a_span(s, n->first, n->last)) {
    // "at least half of the products": a fraction of a whole is a share; hyphenated to a word
    // ("half-staff", "half-hearted") it is part of that word.
    q.kind = ClaimKind::kPercent;
    q.unit = "percent";
    q.value *= 100;
  } else if (n->has_multiplier || n->vague) {
    q.kind = ClaimKind::kCount;
  } else {
    q.bare = true;
  }
  return q;
}

}  // namespace claimtrace
