// Quantities named without a value: a percent word with no figure ("a small percent", "the % of
// increase") and a temperature scale named alone ("convert 10 celsius to fahrenheit"). Each is a
// measure whose value the text does not state: numeric false, no value, and an attribute the
// rules never compare, so it shows in the claims a reader sees and never meets a valued figure.
#include <string>
#include <vector>

#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// The attribute of a quantity with no value; rules/attributes.xml declares it compare="none".
constexpr const char* kUnvalued = "quantity.unvalued";

// Whether a figure stands right before token i: its word then belongs to that figure, which a
// recognizer before this one read or left on purpose ("2021 percent" is no unvalued percent).
bool after_figure(SentenceContext& s, size_t i) {
  const std::vector<Token>& t = s.tokens();
  return i > 0 && (t[i - 1].kind == TokenKind::kNumber || s.number_at(i - 1).has_value() ||
                   s.ending_at(i, kUnit) != nullptr);
}

// A unit of a dimension the rules name alone, spelled right or with one slip: the row and the
// token after it, or nothing.
std::optional<std::pair<uint32_t, size_t>> named_unit(const SentenceContext& s, size_t i) {
  const RuleData& r = s.rules;
  const UnitSpellings& sp = r.unit_spellings;
  const std::vector<Token>& t = s.tokens();
  if (sp.named_dimensions.empty()) return std::nullopt;
  // Inside a run of capitalized words it is a name ("Lord Kelvin", "Kelvin Smith").
  auto capital = [&](size_t k) {
    return k < t.size() && t[k].kind == TokenKind::kWord && t[k].capitalized;
  };
  if ((i > 0 && capital(i - 1)) || capital(i + 1) ||
      (i < s.mention_starting.size() && s.mention_starting[i] >= 0)) {
    return std::nullopt;
  }
  if (const PhraseHit* u = s.longest(i, kUnit)) {
    const UnitRule& unit = r.units[u->use.row];
    // Names only: a symbol alone ("K", "C") is a letter more often than a unit.
    if (unit.symbol.empty() && sp.named_dimensions.count(unit.dimension) &&
        t[i].kind == TokenKind::kWord) {
      return std::make_pair(u->use.row, u->last);
    }
    return std::nullopt;
  }
  const Token& tok = t[i];
  if (tok.kind != TokenKind::kWord || (tok.word != 0 && tok.word != kUnidentified) ||
      !sp.may_name(tok.lower)) {
    return std::nullopt;
  }
  std::optional<uint32_t> row = sp.find(tok.lower, r.units);
  if (!row || !sp.named_dimensions.count(r.units[*row].dimension)) return std::nullopt;
  return std::make_pair(*row, i + 1);
}

}  // namespace

void UnvaluedQuantities::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  const UnitSpellings& sp = s.rules.unit_spellings;
  // Most words start neither a percent word, nor a unit, nor what may misspell a unit's name:
  // those are passed over before asking whether a figure stands before them.
  auto may_start = [&](size_t i) {
    return s.longest(i, kPercentWord) || s.longest(i, kUnit) ||
           (t[i].kind == TokenKind::kWord && (t[i].word == 0 || t[i].word == kUnidentified) &&
            sp.may_name(t[i].lower));
  };
  for (size_t i = 0; i < t.size(); ++i) {
    if (s.used(i) || s.in_date[i] >= 0 || !may_start(i) || after_figure(s, i)) continue;
    size_t last = 0;
    std::string unit;
    ClaimKind kind = ClaimKind::kMeasure;
    if (const PhraseHit* p = s.longest(i, kPercentWord)) {
      last = p->last;
      unit = "percent";
      kind = ClaimKind::kPercent;
    } else if (auto named = named_unit(s, i)) {
      last = named->second;
      unit = s.rules.units[named->first].unit;
    } else {
      continue;
    }
    if (!s.free(i, last)) continue;
    Claim& c = s.add(kind, i, last);
    c.numeric = false;
    c.unit = unit;
    c.attribute = kUnvalued;
    c.low = c.high = c.value = 0;
    i = last - 1;
  }
}

}  // namespace claimtrace
