// Quantities: amounts ("$6 billion"), counts ("53 countries", "dozens of companies"), percents,
// ratios ("2.5 times", "doubled") and measures, with the qualifier before them ("about"); two
// figures joined as one interval ("$40 to $45 billion", "between 5 and 7 percent").
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extract/quantity_reader.h"
#include "extract/recognizer.h"

namespace claimtrace {

namespace {

struct RangeRead {
  size_t first = 0, last = 0;
  ClaimKind kind = ClaimKind::kCount;
  std::string unit;
  double low = 0, high = 0;
};

bool same_quantity(const QuantityRead& a, const QuantityRead& b) {
  return a.bare || (a.kind == b.kind && a.unit == b.unit);
}

// The second figure of a range after q1 ("to $45 billion", "- 7%", "and 7 percent"). `opened`:
// "between" stood before q1, which lets "and" join. Both bare ("between 20 and 30", "20-30")
// only with an opener or a dash.
std::optional<RangeRead> read_range(SentenceContext& s, const QuantityRead& q1, size_t first,
                                    bool opened) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  const size_t k = q1.bare ? q1.number_last : q1.last;
  if (k + 1 >= t.size() || s.in_date[k + 1] >= 0) return std::nullopt;
  const bool joiner = r.range_joiners.count(t[k].lower) > 0;
  const bool conjunction = opened && r.range_conjunctions.count(t[k].lower) > 0;
  if (!joiner && !conjunction) return std::nullopt;
  // The second figure may open with its currency: "$40 to $45 billion".
  size_t at = k + 1;
  if (const PhraseHit* cur = s.longest(at, kCurrency); cur && cur->last < t.size()) at = cur->last;
  std::optional<QuantityRead> q2 = read_quantity(s, at);
  if (!q2 && at != k + 1) q2 = read_quantity(s, k + 1);
  if (!q2 || q2->ordinal || q1.ordinal || q2->first != k + 1 || !same_quantity(q1, *q2)) {
    return std::nullopt;
  }
  if (q2->bare && !(opened || t[k].kind == TokenKind::kPunct)) return std::nullopt;
  double low = q1.number;
  if (!q1.has_multiplier && q2->has_multiplier && low * q2->scale <= q2->number) {
    low *= q2->scale;  // "two to three thousand", "$40 to $45 billion"
  }
  if (q2->kind == ClaimKind::kPercent && q2->unit == "percent" && q2->value != q2->number) {
    return std::nullopt;  // a share read from a fraction: no range of those
  }
  RangeRead range;
  range.low = low * q2->factor + q2->offset;
  range.high = q2->value;
  if (!(range.low < range.high)) return std::nullopt;
  range.first = first;
  range.last = q2->bare ? q2->number_last : q2->last;
  range.kind = q2->kind;
  if (!q2->bare) range.unit = q2->unit;
  return range;
}

// The qualifier right before token `first`, or kExact; `first` moves to the qualifier.
Qualifier qualifier_before(const SentenceContext& s, size_t& first) {
  if (const PhraseHit* qual = s.ending_at(first, kQualifierWord)) {
    first = qual->first;
    return s.rules.qualifiers[qual->use.row].qualifier;
  }
  return Qualifier::kExact;
}

}  // namespace

void Quantities::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  for (size_t i = 0; i < t.size(); ++i) {
    if (s.used(i) || s.in_date[i] >= 0) continue;
    if (const PhraseHit* v = s.longest(i, kRatioVerb)) {  // "doubled"
      Claim& c = s.add(ClaimKind::kRatio, i, v->last);
      c.value = r.ratio_verbs[v->use.row].value;
      c.unit = std::string(1, 'x');
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
    // "between 5 and 7 percent": an opener makes the two figures after it one interval.
    if (auto opener = r.range_openers.find(t[i].lower); opener != r.range_openers.end() &&
                                                        i + 1 < t.size() && !s.used(i + 1) &&
                                                        s.in_date[i + 1] < 0) {
      if (std::optional<QuantityRead> q1 = read_quantity(s, i + 1);
          q1 && q1->first == i + 1 && (q1->bare || !opener->second)) {
        if (std::optional<RangeRead> range = read_range(s, *q1, i, true);
            range && s.free(range->first, range->last)) {
          Claim& c = s.add(range->kind, range->first, range->last);
          c.value = range->low;
          c.unit = range->unit;
          s.set_interval(c, Qualifier::kRange);
          c.low = range->low;
          c.high = range->high;
          i = range->last - 1;
        }
      }
      continue;
    }
    if (s.used(i)) continue;
    std::optional<QuantityRead> q = read_quantity(s, i);
    if (!q) continue;
    const std::optional<NumberMatch>& n = s.number_at(i);
    // "the two countries" refers to them; "one of the small states" picks one out.
    const bool spelled = t[i].kind == TokenKind::kWord &&
                         std::none_of(t[i].text.begin(), t[i].text.end(),
                                      [](char ch) { return ch >= '0' && ch <= '9'; });
    if (spelled && i > 0 && r.definite_words.count(t[i - 1].lower)) continue;
    if (spelled && n->value == 1 && n->last < t.size() &&
        r.partitive_words.count(t[n->last].lower)) {
      continue;
    }
    // "from 5% to 7%" after a bare-only opener is a change, not a range.
    // A qualifier may stand between: "from almost 2% to 5%".
    size_t lead = q->first;
    qualifier_before(s, lead);
    auto opener = lead > 0 ? r.range_openers.find(t[lead - 1].lower) : r.range_openers.end();
    const bool changes = opener != r.range_openers.end() && opener->second && !q->bare;
    if (std::optional<RangeRead> range =
            changes ? std::nullopt : read_range(s, *q, q->first, false);
        range && s.free(range->first, range->last)) {
      Claim& c = s.add(range->kind, range->first, range->last);
      c.value = range->low;
      c.unit = range->unit;
      s.set_interval(c, Qualifier::kRange);
      c.low = range->low;
      c.high = range->high;
      i = range->last - 1;
      continue;
    }
    size_t first = q->first;
    const Qualifier qual = qualifier_before(s, first);
    if (q->bare) {
      // "more than 20", "below 170": a bare figure with a bound is a claim on its own.
      if (!r.bound_bare_numbers || q->ordinal || qual == Qualifier::kExact ||
          qual == Qualifier::kApprox || qual == Qualifier::kAlmost) {
        continue;
      }
      q->last = q->number_last;
    }
    if (!s.free(first, q->last)) continue;
    if (q->ordinal && q->kind != ClaimKind::kCount) continue;
    Qualifier qq = q->vague ? Qualifier::kAtLeast : Qualifier::kExact;
    if (first != q->first) qq = qual;
    // "$100,000 over five years": a duration after a quantity is that quantity's period.
    if (q->duration && first > 0 && s.used(first - 1)) continue;
    Claim& c = s.add(q->kind, first, q->last);
    c.value = q->value;
    c.unit = q->unit;
    s.set_interval(c, qq);
    i = q->last - 1;
  }
}

}  // namespace claimtrace
