// Quantities: amounts ("$6 billion"), counts ("53 countries", "dozens of companies"), percents,
// ratios ("2.5 times", "doubled") and measures, with the qualifier before them ("about").
#include <algorithm>
#include <string>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

void Quantities::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  for (size_t i = 0; i < t.size(); ++i) {
    if (s.used(i) || s.in_date[i] >= 0) continue;
    if (const PhraseHit* v = s.longest(i, kRatioVerb)) {  // "doubled"
      Claim& c = s.add(ClaimKind::kRatio, i, v->last);
      c.value = r.ratio_verbs[v->use.row].value;
      c.unit = "x";
      s.set_interval(c, Qualifier::kExact);
      continue;
    }
    if (const PhraseHit* v = s.longest(i, kVagueNumber)) {  // "double-digit figures"
      size_t last = v->last;
      std::string unit;
      if (const PhraseHit* noun = s.count_noun(last)) {
        unit = r.count_nouns[noun->use.row].unit;
        last = noun->last;
      }
      size_t first = i;
      if (const PhraseHit* qual = s.ending_at(first, kQualifierWord)) first = qual->first;
      if (!s.free(first, last)) continue;
      Claim& c = s.add(ClaimKind::kCount, first, last);
      c.value = r.vague_numbers[v->use.row].value;
      c.unit = unit;
      s.set_interval(c, Qualifier::kAtLeast);
      i = last - 1;
      continue;
    }
    const std::optional<NumberMatch>& n = s.number_at(i);
    if (!n) continue;
    // "the two countries" refers to them; "one of the small states" picks one out.
    const bool spelled = t[i].kind == TokenKind::kWord &&
                         std::none_of(t[i].text.begin(), t[i].text.end(),
                                      [](char ch) { return ch >= '0' && ch <= '9'; });
    if (spelled && i > 0 && r.definite_words.count(t[i - 1].lower)) continue;
    if (spelled && n->value == 1 && n->last < t.size() &&
        r.partitive_words.count(t[n->last].lower)) {
      continue;
    }
    size_t first = i, last = n->last;
    bool duration = false;
    ClaimKind kind;
    std::string unit;
    double value = n->value;
    bool found = false;

    // Currency before the number ("$6 billion", "USD 50 million").
    std::string currency;
    if (const PhraseHit* cur = s.ending_at(i, kCurrency)) {
      currency = r.currencies[cur->use.row].code;
      first = cur->first;
    }
    size_t j = s.skip_joiner(last);
    if (const PhraseHit* p = s.longest(j, kPercentWord); p && currency.empty()) {
      kind = ClaimKind::kPercent;
      unit = "percent";
      last = p->last;
      found = true;
    } else if (const PhraseHit* cur = s.longest(j, kCurrency);
               cur && currency.empty() &&
               !(r.currencies[cur->use.row].symbol && cur->last < t.size() &&
                 s.number_at(cur->last))) {
      // A currency sign belongs to the number after it when there is one: "31m$3 billion"
      // is $3 billion, not 31 million dollars.
      kind = ClaimKind::kAmount;
      unit = r.currencies[cur->use.row].code;
      last = cur->last;
      found = true;
    } else if (!currency.empty()) {
      kind = ClaimKind::kAmount;
      unit = currency;
      found = true;
    } else if (const PhraseHit* x = s.longest(j, kRatioWord)) {
      kind = ClaimKind::kRatio;
      unit = "x";
      last = x->last;
      found = true;
    } else if (const PhraseHit* u = s.longest(j, kUnit)) {
      kind = ClaimKind::kMeasure;
      unit = r.units[u->use.row].unit;
      value *= r.units[u->use.row].factor;
      last = u->last;
      found = true;
    } else if (const PhraseHit* noun = s.count_noun(j)) {
      kind = ClaimKind::kCount;
      unit = r.count_nouns[noun->use.row].unit;
      duration = r.count_nouns[noun->use.row].duration;
      last = noun->last;
      found = true;
    } else if (n->value < 1 && n->value > 0 && !n->plain_integer) {
      // "at least half of the products": a fraction of a whole is a share.
      kind = ClaimKind::kPercent;
      unit = "percent";
      value *= 100;
      found = true;
    } else if (n->has_multiplier || n->vague) {
      kind = ClaimKind::kCount;
      found = true;
    }
    if (!found || !s.free(first, last)) continue;
    if (n->ordinal && kind != ClaimKind::kCount) continue;

    Qualifier q = n->vague ? Qualifier::kAtLeast : Qualifier::kExact;
    if (const PhraseHit* qual = s.ending_at(first, kQualifierWord)) {
      q = r.qualifiers[qual->use.row].qualifier;
      first = qual->first;
    }
    // "$100,000 over five years": a duration after a quantity is that quantity's period.
    if (duration && first > 0 && s.used(first - 1)) continue;
    Claim& c = s.add(kind, first, last);
    c.value = value;
    c.unit = unit;
    s.set_interval(c, q);
    i = last - 1;
  }
}

}  // namespace claimtrace
