// Quantities: amounts ("$6 billion"), counts ("53 countries", "dozens of companies"), percents,
// ratios ("2.5 times", "doubled") and measures, with the qualifier before them ("about"); two
// figures joined as one interval ("$40 to $45 billion", "between 5 and 7 percent").
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "extract/clauses.h"
#include "extract/counted_noun.h"
#include "extract/quantity_reader.h"
#include "extract/recognizer.h"
#include "extract/tables.h"

namespace claimtrace {

namespace {

struct RangeRead {
  size_t first = 0, last = 0;
  ClaimKind kind = ClaimKind::kCount;
  std::string unit;
  double low = 0, high = 0;
};

// Whether a range opener stands at tok, and if so whether it opens bare figures only ("from");
// the token's id rules most words out without hashing.
const bool* opener_at(const RuleData& r, const Token& tok) {
  if (tok.word != kUnidentified && !r.words.has(tok.word, Lexicon::kRangeOpener)) return nullptr;
  auto it = r.range_openers.find(tok.lower);
  return it == r.range_openers.end() ? nullptr : &it->second;
}

bool same_quantity(const QuantityRead& a, const QuantityRead& b) {
  return a.bare || (a.kind == b.kind && a.unit == b.unit);
}

// "$3.4-3.6 billion", "€2 to 3 million": a second figure with no currency or unit of its own
// ("3.6 billion" alone is a count of nothing) is in the first figure's currency.
bool takes_first_unit(const QuantityRead& a, const QuantityRead& b) {
  const bool unitless = b.bare || (b.kind == ClaimKind::kCount && b.unit.empty());
  return unitless && !a.bare && (a.kind == ClaimKind::kAmount || a.kind == ClaimKind::kPercent);
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
  if (!q2 || q2->ordinal || q1.ordinal || q2->first != k + 1) return std::nullopt;
  const bool first_unit = takes_first_unit(q1, *q2);
  if (!first_unit && !same_quantity(q1, *q2)) return std::nullopt;
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
  range.kind = first_unit ? q1.kind : q2->kind;
  if (first_unit) {
    range.unit = q1.unit;
  } else if (!q2->bare) {
    range.unit = q2->unit;
  }
  return range;
}

// A span word at token `last` closes its clause: "five years ago.", "пять лет назад".
bool span_closes(const SentenceContext& s, size_t last) {
  const std::vector<Token>& t = s.tokens();
  return last < t.size() && t[last].kind == TokenKind::kWord &&
         s.rules.span_words.count(t[last].lower) &&
         (last + 1 == t.size() || t[last + 1].kind == TokenKind::kPunct);
}

// A duration between a span word and its figure ("in", "over the past") or before one that
// closes its phrase ("five years ago,"): the time a change took, not a figure of its own. A
// span word with words after it opens another phrase ("three years in Lima").
bool spans_time(const SentenceContext& s, size_t first, size_t last) {
  const std::vector<Token>& t = s.tokens();
  const WordSet& span = s.rules.span_words;
  size_t k = first;
  if (k > 0 && t[k - 1].kind == TokenKind::kWord && s.rules.numbers.articles.count(t[k - 1].lower))
    --k;
  if (k > 0 && t[k - 1].kind == TokenKind::kWord && span.count(t[k - 1].lower)) return true;
  return span_closes(s, last);
}

// What a count whose noun the chunker found measures: the attribute its head names
// ("agreements" -> treaties.count), else the head itself ("count.contracts"); never an
// attribute word elsewhere in the sentence, which speaks of another figure.
std::string concept_of(const SentenceContext& s, const CountedNoun& noun) {
  if (const PhraseHit* h = s.ending_at(noun.last, kAttributeTrigger)) {
    const AttributeRule& a = s.rules.attributes[s.rules.attribute_triggers[h->use.row].attribute];
    if (a.applies_to(ClaimKind::kCount)) return a.name;
  }
  return "count." + noun.head;
}

// The qualifier right before token `first`, or kExact; `first` moves to the qualifier.
Qualifier qualifier_before(const SentenceContext& s, size_t& first) {
  if (first >= s.ending.size()) return Qualifier::kExact;
  const PhraseHit* best = nullptr;
  for (size_t h : s.ending[first]) {
    const PhraseHit& hit = s.hits[h];
    if (hit.use.table == kQualifierWord && !s.rules.qualifiers[hit.use.row].after &&
        (!best || hit.first < best->first)) {
      best = &hit;
    }
  }
  if (!best) return Qualifier::kExact;
  first = best->first;
  return s.rules.qualifiers[best->use.row].qualifier;
}

// A bound written after the figure ("500 or more"), unless it opens the next figure's
// qualifier ("200 or greater than 190"); `last` moves past it.
std::optional<Qualifier> qualifier_after(SentenceContext& s, size_t& last) {
  if (last >= s.starting.size()) return std::nullopt;
  const PhraseHit* best = nullptr;
  for (size_t h : s.starting[last]) {
    const PhraseHit& hit = s.hits[h];
    if (hit.use.table == kQualifierWord && s.rules.qualifiers[hit.use.row].after &&
        (!best || hit.last > best->last)) {
      best = &hit;
    }
  }
  if (!best) return std::nullopt;
  const std::vector<Token>& t = s.tokens();
  for (size_t k = best->last; k < best->last + 2 && k < t.size(); ++k) {
    if (s.number_at(k)) return std::nullopt;
  }
  // "30 and less than or equal to 40": a bound before a figure that starts inside it wins.
  for (size_t k = last; k < best->last; ++k) {
    for (size_t h : s.starting[k]) {
      const PhraseHit& hit = s.hits[h];
      if (hit.use.table == kQualifierWord && !s.rules.qualifiers[hit.use.row].after &&
          hit.last > best->last) {
        return std::nullopt;
      }
    }
  }
  last = best->last;
  return s.rules.qualifiers[best->use.row].qualifier;
}

bool lower_bound(Qualifier q) { return q == Qualifier::kMoreThan || q == Qualifier::kAtLeast; }
bool upper_bound(Qualifier q) { return q == Qualifier::kLessThan || q == Qualifier::kAtMost; }

// A second bound joined to a first ("more than 100 and less than 300", "at most 100 and at
// least 20"): the two make one interval when they face each other.
std::optional<RangeRead> read_second_bound(SentenceContext& s, const QuantityRead& q1, size_t first,
                                           size_t last, Qualifier qual1) {
  const std::vector<Token>& t = s.tokens();
  if (!lower_bound(qual1) && !upper_bound(qual1)) return std::nullopt;
  if (last + 2 >= t.size() || !s.rules.bound_conjunctions.count(t[last].lower)) {
    return std::nullopt;
  }
  const PhraseHit* qual = nullptr;
  for (size_t h : s.starting[last + 1]) {
    const PhraseHit& hit = s.hits[h];
    if (hit.use.table == kQualifierWord && !s.rules.qualifiers[hit.use.row].after &&
        (!qual || hit.last > qual->last)) {
      qual = &hit;
    }
  }
  if (!qual) return std::nullopt;
  const Qualifier qual2 = s.rules.qualifiers[qual->use.row].qualifier;
  if (lower_bound(qual1) == lower_bound(qual2) || (!lower_bound(qual2) && !upper_bound(qual2))) {
    return std::nullopt;
  }
  std::optional<QuantityRead> q2 = read_quantity(s, qual->last);
  if (!q2 || q2->first != qual->last || q2->ordinal || q1.ordinal) return std::nullopt;
  if (!same_quantity(q1, *q2) && !same_quantity(*q2, q1)) return std::nullopt;
  const QuantityRead& unit_of = q1.bare ? *q2 : q1;
  RangeRead range;
  range.low = lower_bound(qual1) ? q1.value : q2->value;
  range.high = lower_bound(qual1) ? q2->value : q1.value;
  if (!(range.low < range.high)) return std::nullopt;
  range.first = first;
  range.last = q2->bare ? q2->number_last : q2->last;
  range.kind = unit_of.kind;
  if (!unit_of.bare) range.unit = unit_of.unit;
  return range;
}

// "percent of 10", "per cent of twenty-two": a percent word with no figure before it and one
// after its partitive word.
bool add_percent_of(SentenceContext& s, size_t i) {
  const std::vector<Token>& t = s.tokens();
  const PhraseHit* p = s.longest(i, kPercentWord);
  if (!p || p->last + 1 >= t.size() || !s.rules.partitive_words.count(t[p->last].lower)) {
    return false;
  }
  if (i > 0 &&
      (t[i - 1].kind == TokenKind::kNumber || s.rules.numbers.cardinals.count(t[i - 1].lower))) {
    return false;
  }
  const std::optional<NumberMatch>& n = s.number_at(p->last + 1);
  if (!n || n->ordinal || s.in_date[p->last + 1] >= 0 || !s.free(i, n->last)) return false;
  Claim& c = s.add(ClaimKind::kPercent, i, n->last);
  c.value = n->value;
  c.unit = "percent";
  s.set_interval(c, Qualifier::kExact);
  return true;
}

// A whole figure from two up that ends its clause or stands before a partitive word ("around
// 600.", "около 300 из них"), never a year.
bool stands_alone(const SentenceContext& s, const QuantityRead& q, size_t last) {
  const std::vector<Token>& t = s.tokens();
  if (q.number < 2 || std::floor(q.number) != q.number || q.vague) return false;
  if (last < t.size() && t[last].joiner) return false;
  return last == t.size() || (t[last].kind == TokenKind::kPunct && t[last].text != "%") ||
         s.rules.partitive_words.count(t[last].lower);
}

// What the clause of the figure at [f, l) names it a measure of: money ("trade", "exports")
// where it names no measure of a count; a currency before the figure says nothing of what it
// counts. Nothing where the clause names no measure ("..., а с Россией — 28 млрд").
enum class ClauseMeasure { kNone, kMoney, kCount };
ClauseMeasure clause_measure(const SentenceContext& s, size_t f, size_t l) {
  const std::vector<Token>& t = s.tokens();
  bool money = false;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAttributeTrigger) continue;
    bool own = false;
    if (h.last <= f) {
      own = !clause_breaks(s, h.last, f, false, f);
    } else if (h.first < l) {
      own = true;
    } else {
      own = !clause_breaks(s, l, h.first, true);
      for (size_t k = l; own && k < h.first; ++k) {
        own = !(t[k].kind == TokenKind::kPunct &&
                (t[k].text == "," || t[k].text == ";" || t[k].text == "." || t[k].text == "("));
      }
    }
    if (!own) continue;
    const AttributeRule& a = s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute];
    if (a.applies_to(ClaimKind::kAmount)) {
      money = true;
    } else if (a.applies_to(ClaimKind::kCount)) {
      return ClauseMeasure::kCount;
    }
  }
  return money ? ClauseMeasure::kMoney : ClauseMeasure::kNone;
}

// Whether the clause of the figure at [f, l) says nothing but the figure, parties, partner
// words, dates and function words ("..., а с Россией — 28 млрд", "and in 2021 5.1 billion"):
// its measure is elided, the figure before it's. A clause of more words than a few either side
// is not read as one.
bool elided_clause(const SentenceContext& s, size_t f, size_t l) {
  constexpr size_t kNear = 8;
  const std::vector<Token>& t = s.tokens();
  // A date of the calendar ("в 2022 году", "in 2021"), not a span or a time ahead ("за пять лет",
  // "через пять лет"): a total over years or a forecast is another measure.
  auto calendar = [&](size_t k) {
    if (k >= t.size() || s.in_date[k] < 0) return false;
    const DateMatch& d = s.dates[static_cast<size_t>(s.in_date[k])];
    for (size_t j = d.first; j < d.last && j < t.size(); ++j) {
      if (t[j].kind == TokenKind::kNumber || t[j].digits) return true;
    }
    return false;
  };
  auto plain = [&](size_t k) {
    if (t[k].kind == TokenKind::kPunct || calendar(k)) return true;
    for (const MentionAt& m : s.mentions) {
      if (k >= m.first && k < m.last) return true;
    }
    if (t[k].kind != TokenKind::kWord) return false;  // another number: another figure
    // A time word right after a calendar date ("в 2022 году") is part of it.
    const bool time_word =
        k > 0 && calendar(k - 1) &&
        (t[k].word != kUnidentified ? s.rules.words.has(t[k].word, Lexicon::kNumberTime)
                                    : s.rules.number_time_words.count(t[k].lower) > 0);
    return time_word || s.rules.function_words.count(t[k].lower) > 0 ||
           s.longest(k, kClauseOpener) ||
           (s.rules.relation.of(t[k].lower) & (RelationWords::kPartner | RelationWords::kJoiner));
  };
  size_t k = f;
  for (;; --k) {
    if (k == 0 || f - k >= kNear || !plain(k - 1)) return false;
    if (clause_starts(s, k - 1, false, f)) break;
  }
  for (k = l; k < t.size() && !clause_starts(s, k, false); ++k) {
    if (k - l >= kNear || !plain(k)) return false;
  }
  return true;
}

// "€2.1 billion, against 1.8 billion", "Ввоз — 310 млн евро, вывоз — 270 млн": a figure
// with a scale word of a million or more that counts nothing is in the currency of the amount
// before it (`named`: in its sentence), else of the paragraph's, else of the document's last
// amount, only where its own clause (or its table row or column, `table_money`) names a measure
// of money and no counted one. A clause of nothing but the figure, its parties and dates elides
// the measure of the figure right before it: an amount's currency goes on (`last`: "41 млрд
// долларов, а с Россией — 28 млрд"), a count's does not ("3 млн туристов, а из России — 1
// млн"). No amount before: it stays a count.
std::string carried_currency(const SentenceContext& s, const QuantityRead& q,
                             const std::string& named, const std::string& last, bool table_money) {
  constexpr double kMillion = 1e6;
  if (q.bare || q.kind != ClaimKind::kCount || !q.unit.empty() || q.scale < kMillion || q.ordinal ||
      q.duration || q.vague) {
    return std::string();
  }
  // "160 млрд рублей": a word after the figure may name what it counts, or an ambiguous
  // currency; only the clause's end or a small word leaves it with none.
  const std::vector<Token>& t = s.tokens();
  if (q.last < t.size() && t[q.last].kind == TokenKind::kWord &&
      !s.rules.function_words.count(t[q.last].lower)) {
    return std::string();
  }
  if (!table_money) {
    const ClauseMeasure measure = clause_measure(s, q.first, q.last);
    if (measure == ClauseMeasure::kNone && !last.empty() && elided_clause(s, q.first, q.last))
      return last;
    if (measure != ClauseMeasure::kMoney) return std::string();
  }
  if (!named.empty()) return named;
  return s.discourse->currency;
}

void add_range(SentenceContext& s, const RangeRead& range) {
  Claim& c = s.add(range.kind, range.first, range.last);
  c.value = range.low;
  c.unit = range.unit;
  s.set_interval(c, Qualifier::kRange);
  c.low = range.low;
  c.high = range.high;
}

}  // namespace

void Quantities::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  const TableHead* head = table_of(s);
  std::string named_currency;  // the currency of the sentence's last amount so far
  std::string last_currency;   // the last figure's currency, if it was an amount
  if (std::optional<TableHead> opened =
          s.discourse->table_part ? std::nullopt : table_head(s)) {  // no header cell recaptions
    s.discourse->table = *opened;
    head = nullptr;
  }
  for (size_t i = 0; i < t.size(); ++i) {
    if (s.used(i) || s.in_date[i] >= 0) continue;
    // "doubled", "to double"; hyphenated to a word it is a compound's part ("to double-digit").
    if (const PhraseHit* v = s.longest(i, kRatioVerb);
        v && !(v->last < t.size() && t[v->last].joiner)) {
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
    if (const bool* opener = opener_at(r, t[i]);
        opener && i + 1 < t.size() && !s.used(i + 1) && s.in_date[i + 1] < 0) {
      std::optional<QuantityRead> q1 = read_quantity(s, i + 1);
      // "between $9 and $9.5 billion": the first figure may open with its currency.
      if (const PhraseHit* cur = s.longest(i + 1, kCurrency); !q1 && cur && cur->last < t.size()) {
        q1 = read_quantity(s, cur->last);
      }
      if (!q1 && i + 2 < t.size() && r.negative_signs.count(t[i + 1].lower)) {
        q1 = read_quantity(s, i + 2);  // "between negative ten and fifteen"
      }
      if (q1 && q1->first == i + 1 && (q1->bare || !*opener)) {
        if (std::optional<RangeRead> range = read_range(s, *q1, i, true);
            range && s.free(range->first, range->last)) {
          add_range(s, *range);
          if (range->kind == ClaimKind::kAmount) named_currency = range->unit;
          last_currency = range->kind == ClaimKind::kAmount ? range->unit : std::string();
          i = range->last - 1;
        }
      }
      continue;
    }
    if (s.used(i)) continue;
    if (add_percent_of(s, i)) continue;
    std::optional<QuantityRead> q = read_quantity(s, i);
    if (!q) continue;
    const std::optional<NumberMatch>& n = s.number_at(i);
    // "the two countries" refers to them; "one of the small states" picks one out.
    const bool spelled = t[i].kind == TokenKind::kWord &&
                         std::none_of(t[i].text.begin(), t[i].text.end(),
                                      [](char ch) { return ch >= '0' && ch <= '9'; });
    if (spelled && q->kind == ClaimKind::kCount && i > 0 &&
        r.definite_words.count(t[i - 1].lower)) {
      continue;
    }
    // "С 2022 года две страны являются партнёрами": with no article to say so, a spelled two of
    // the states' unit is the pair the text is about.
    if (spelled && q->kind == ClaimKind::kCount && n->value == 2 && r.pair_units.count(q->unit)) {
      continue;
    }
    if (spelled && n->value == 1 && n->last < t.size() &&
        r.partitive_words.count(t[n->last].lower)) {
      continue;
    }
    // "from 5% to 7%" after a bare-only opener is a change, not a range.
    // A qualifier may stand between: "from almost 2% to 5%".
    size_t lead = q->first;
    qualifier_before(s, lead);
    const bool* opener = lead > 0 ? opener_at(r, t[lead - 1]) : nullptr;
    const bool changes = opener && *opener && !q->bare;
    if (std::optional<RangeRead> range =
            changes ? std::nullopt : read_range(s, *q, q->first, false);
        range && s.free(range->first, range->last)) {
      add_range(s, *range);
      if (range->kind == ClaimKind::kAmount) named_currency = range->unit;
      last_currency = range->kind == ClaimKind::kAmount ? range->unit : std::string();
      i = range->last - 1;
      continue;
    }
    std::string modifiers, concept_name;
    size_t lead_in = q->first;
    const bool qualified_before = qualifier_before(s, lead_in) != Qualifier::kExact;
    // A stemmed number word may be an ordinal's stem too ("пятое место" and "пять"): only an
    // unstemmed one counts unqualified, and not right after another number word ("three
    // twenty firsts" is a fraction).
    const bool counts = q->value >= 3 && t[i].lower == t[i].folded &&
                        !(i > 0 && r.numbers.cardinals.count(t[i - 1].lower));
    // "2,500 students", "five million tourists": a scaled figure counting nothing the rules
    // list may count the noun after it as a bare one does.
    const bool scaled_count = !q->bare && q->kind == ClaimKind::kCount && q->unit.empty() &&
                              q->has_multiplier && !q->vague;
    if ((q->bare || scaled_count) && !q->ordinal && (!spelled || qualified_before || counts) &&
        !(q->first > 0 && t[q->first - 1].capitalized && s.mention_starting[q->first - 1] < 0 &&
          !s.longest(q->first - 1, kQualifierWord))) {
      // "19 intergovernmental, interbank and interregional agreements": the counted noun no
      // rule names; not after a name ("Route 66", "Article 5"). A spelled two names a pair
      // ("two economic initiatives") unless a bound makes it a figure ("about two contracts");
      // from three up it counts ("four reactors").
      if (std::optional<CountedNoun> noun = counted_noun(s, q->number_last, q->value)) {
        q->bare = false;
        q->kind = ClaimKind::kCount;
        q->unit = noun->head;
        q->last = noun->last;
        modifiers = noun->modifiers;
        concept_name = concept_of(s, *noun);
      }
    }
    size_t first = q->first;
    Qualifier qual = qualifier_before(s, first);
    size_t last = q->bare ? q->number_last : q->last;
    const std::optional<Qualifier> after = q->ordinal ? std::nullopt : qualifier_after(s, last);
    if (after) qual = *after;
    const bool qualified = first != q->first || after;
    if (std::optional<RangeRead> range = read_second_bound(s, *q, first, last, qual);
        range && qualified && s.free(range->first, range->last)) {
      add_range(s, *range);
      if (range->kind == ClaimKind::kAmount) named_currency = range->unit;
      last_currency = range->kind == ClaimKind::kAmount ? range->unit : std::string();
      i = range->last - 1;
      continue;
    }
    if (head && q->bare && !q->ordinal && table_figure(s, q->first, q->number_last)) {
      read_in_head(r, *head, *q);
      if (money_measure(s).empty()) concept_name = table_measure(*head);
    }
    if (q->bare) {
      // "more than 20", "below 170", "equal to 20", "500 or more": a bare figure with a bound
      // is a claim on its own; so is an approximate one that ends its clause or counts a part
      // ("around 600 of them", "из них – около 600"): a count of what its clause names, whose
      // concept stays unknown, so it is never compared.
      const bool rough = qual == Qualifier::kApprox || qual == Qualifier::kAlmost;
      if (!r.bound_bare_numbers || q->ordinal || !qualified ||
          (rough && !stands_alone(s, *q, last))) {
        // The number's own words are read: "a half" in "one and a half" is no share of its own.
        i = std::max(i, q->number_last - 1);
        continue;
      }
    }
    q->last = last;
    if (!s.free(first, q->last)) continue;
    // "for a second year running", "the 21st century": an ordinal names which span of time,
    // it counts none (an anniversary's rule counts no span: "the 30th anniversary").
    if (q->ordinal && (q->kind != ClaimKind::kCount || q->duration)) continue;
    Qualifier qq = q->vague ? Qualifier::kAtLeast : Qualifier::kExact;
    if (qualified) qq = qual;
    // "$100,000 over five years": a duration after a quantity is that quantity's period.
    if (q->duration && first > 0 && s.used(first - 1)) continue;
    // "1.9-fold in nine years", "over the past five years", "five years ago", "за три года": a
    // span the change took or a time back from now, not a count of years.
    if (q->duration && q->kind == ClaimKind::kCount && spans_time(s, first, q->last)) continue;
    // "пять лет назад": so is a count of a noun no rule lists that a span word closes.
    if (q->kind == ClaimKind::kCount && !concept_name.empty() && span_closes(s, q->last)) {
      continue;
    }
    if (std::string currency = carried_currency(s, *q, named_currency, last_currency,
                                                head && !table_measure(*head).empty());
        !currency.empty()) {
      q->kind = ClaimKind::kAmount;
      q->unit = std::move(currency);
    }
    if (q->kind == ClaimKind::kAmount) named_currency = q->unit;
    last_currency = q->kind == ClaimKind::kAmount ? q->unit : std::string();
    Claim& c = s.add(q->kind, first, q->last);
    c.value = q->value;
    c.unit = q->unit;
    c.scope = modifiers;  // what narrows the counted noun: "intergovernmental agreements"
    c.attribute = concept_name;
    s.set_interval(c, qq);
    i = q->last - 1;
  }
  if (!named_currency.empty()) {
    s.discourse->currency = named_currency;
    s.discourse->currency_in_paragraph = true;
  }
}

}  // namespace claimtrace
