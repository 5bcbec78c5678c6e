// Shares said as a proportion of whole counts: "one in five" and "every fifth" are 20%.
#include <cmath>
#include <optional>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// A whole count read from words or digits, no scale, fraction or ordinal: the parts of "3 in 10".
bool whole_count(const std::optional<NumberMatch>& n) {
  return n && !n->ordinal && !n->fraction && !n->vague && !n->has_multiplier && n->value >= 1 &&
         std::isfinite(n->value) && std::trunc(n->value) == n->value;
}

// The bound right before token `first` ("about one in five"), or kExact; `first` moves to it.
Qualifier bound_before(const SentenceContext& s, size_t& first) {
  const PhraseHit* q = s.ending_at(first, kQualifierWord);
  if (!q || s.rules.qualifiers[q->use.row].after || !s.free(q->first, first)) {
    return Qualifier::kExact;
  }
  first = q->first;
  return s.rules.qualifiers[q->use.row].qualifier;
}

void add_share(SentenceContext& s, size_t first, size_t last, double percent) {
  const Qualifier q = bound_before(s, first);
  Claim& c = s.add(ClaimKind::kPercent, first, last);
  c.value = percent;
  c.unit = "percent";
  s.set_interval(c, q);
}

}  // namespace

void Shares::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  if (r.share_in_words.empty() && r.share_every_words.empty()) return;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (s.used(i) || s.in_date[i] >= 0) continue;
    // "every fifth", "каждая вторая": one of every n, an ordinal from two up.
    if (t[i].kind == TokenKind::kWord && r.share_every_words.count(t[i].lower)) {
      const std::optional<NumberMatch>& n = s.number_at(i + 1);
      if (n && n->ordinal && n->value >= 2 && n->value <= 100 && s.in_date[i + 1] < 0 &&
          s.free(i, n->last)) {
        add_share(s, i, n->last, 100 / n->value);
        i = n->last - 1;
      }
      continue;
    }
    // "one in five", "3 in 10": a count of a larger count, neither a date nor a measure.
    const std::optional<NumberMatch>& part = s.number_at(i);
    if (!whole_count(part) || part->last + 1 >= t.size() ||
        !r.share_in_words.count(t[part->last].lower) || s.ending_at(i, kCurrency)) {
      continue;
    }
    const size_t k = part->last + 1;
    const std::optional<NumberMatch>& whole = s.number_at(k);
    if (!whole_count(whole) || s.in_date[k] >= 0 || whole->value <= part->value ||
        whole->value > 1000 || !s.free(i, whole->last)) {
      continue;
    }
    // "one in four km stages" measures; "one in four euros" is a share of money, as "one in
    // four tourists" is of people: the whole counts the money's units.
    const size_t after = whole->last;
    if (after < t.size() &&
        (s.longest(after, kUnit) || s.longest(after, kPercentWord) || t[after].joiner)) {
      continue;
    }
    add_share(s, i, after, 100 * part->value / whole->value);
    i = after - 1;
  }
}

}  // namespace claimtrace
