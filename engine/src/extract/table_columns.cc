// Table columns: what a header cell says of the figures under it (its unit, period, whether
// they are percentages), and where the years under group headers fall.
#include "extract/table_columns.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace claimtrace {

// Scale words, a currency or unit, and small words between, from token j: the unit a table head
// names. Returns the first token that is none of these.
size_t read_head_group(const SentenceContext& s, size_t j, TableHead& head) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  for (; j < t.size(); ++j) {
    if (const PhraseHit* c = s.longest(j, kCurrency); c && head.currency.empty()) {
      head.currency = r.currencies[c->use.row].code;
      j = c->last - 1;
    } else if (auto m = r.numbers.multipliers.find(t[j].lower);
               !head.currency.empty() && m != r.numbers.multipliers.end() && m->second >= 1000 &&
               head.scale == 1) {
      head.scale = m->second;  // "USD m", "$m": money's scale, not metres
    } else if (const PhraseHit* u = s.longest(j, kUnit); u && head.unit == UINT32_MAX) {
      head.unit = u->use.row;
      j = u->last - 1;
    } else if (auto m = r.numbers.multipliers.find(t[j].lower);
               m != r.numbers.multipliers.end() && m->second >= 1000 && head.scale == 1) {
      head.scale = m->second;
    } else if (j + 1 < t.size() && !t[j + 1].space_before && s.longest(j + 1, kCurrency)) {
      continue;  // letters glued to a sign: "US$", "A$"
    } else if (!(t[j].text == "." || r.partitive_words.count(t[j].lower) ||
                 r.function_words.count(t[j].lower))) {
      break;
    }
  }
  return j;
}

// The period a cell naming only dates names, or nothing when it names several.
std::optional<Period> cell_period(const SentenceContext& s) {
  if (s.dates.size() != 1 || s.dates[0].baseline || s.dates[0].refers_back) return std::nullopt;
  return s.dates[0].period;
}

// The unit a header cell names: the whole cell ("US$ million", "млн долл. США") or its end after
// a comma ("Exports, $m", "Value, EUR thousand"). Sets c's unit; whether it names one.
bool header_unit(const SentenceContext& s, TableHead::Column& c) {
  const std::vector<Token>& t = s.tokens();
  for (size_t k = 0; k < t.size(); ++k) {
    if (k > 0 && t[k - 1].text != "," && t[k - 1].text != "(") continue;
    TableHead unit;
    size_t j = read_head_group(s, k, unit);
    if (j < t.size() && t[j].text == ")") ++j;
    if (!unit.active() || j != t.size() || !(unit.currency.empty() || unit.unit == UINT32_MAX)) {
      continue;
    }
    c.currency = unit.currency;
    c.unit = unit.unit;
    c.scale = unit.scale;
    return true;
  }
  return false;
}

// Years under a line of group headers ("Calendar year" over 2022 2023 2024, "January-September"
// over 2024 2025): a year no later than the one before starts the next group, and the groups
// match the group headers from the right (the first may be the rows' corner). A group header
// naming months gives its years those months. When the groups do not match, no year dates a
// column (never guessed).
void place_groups(TableHead& head) {
  if (head.groups.empty()) return;
  std::vector<size_t> run(head.columns.size(), 0);
  size_t runs = 0;
  int last_year = 0;
  for (size_t k = 0; k < head.columns.size(); ++k) {
    const std::optional<Period>& p = head.columns[k].period;
    if (!p || p->begin_year != p->end_year || p->begin_month != 0) continue;
    if (runs == 0 || p->begin_year <= last_year) ++runs;
    last_year = p->begin_year;
    run[k] = runs;
  }
  const bool fits = runs > 0 && runs <= head.groups.size() && runs + 1 >= head.groups.size();
  for (size_t k = 0; k < head.columns.size(); ++k) {
    TableHead::Column& c = head.columns[k];
    if (run[k] == 0) continue;
    const std::optional<Period>& group =
        fits ? head.groups[head.groups.size() - runs + run[k] - 1] : std::nullopt;
    if (!fits) {
      c.period.reset();
      c.period_unknown = true;
    } else if (group && group->begin_month > 0 && group->end_month > 0) {
      const int year = c.period->begin_year;
      *c.period = Period{year, group->begin_month, 0, year, group->end_month, 0, false};
    }
  }
  // Two columns naming one period now are two readings of one cell line: neither dates.
  for (size_t k = 0; k < head.columns.size(); ++k) {
    for (size_t j = k + 1; j < head.columns.size(); ++j) {
      TableHead::Column& a = head.columns[k];
      TableHead::Column& b = head.columns[j];
      if (a.period && b.period && *a.period == *b.period && !a.percent && !b.percent) {
        a.period.reset();
        b.period.reset();
        a.period_unknown = b.period_unknown = true;
      }
    }
  }
  head.groups.clear();
}

// A header cell naming only a period.
TableHead::Column period_column(std::optional<Period> period) {
  TableHead::Column c;
  c.period = std::move(period);
  return c;
}

// Adds a header's column. Two columns naming one period ("2024" under "Calendar year" and again
// under "January-September"): the header spans what one line of cells cannot tell, so neither
// dates its figures.
void add_column(TableHead& head, TableHead::Column c) {
  if (head.columns.size() >= kMaxColumns) return;
  bool twice = false;
  for (TableHead::Column& other : head.columns) {
    if (head.groups.empty() && c.period && other.period && *other.period == *c.period &&
        !c.percent && !other.percent) {
      other.period.reset();
      other.period_unknown = twice = true;
    }
  }
  if (twice) {
    c.period.reset();
    c.period_unknown = true;
  }
  head.columns.push_back(std::move(c));
}

// A header of percentages "of" a period ("в % к 2024", "у % да 2024", "% to 2024"): an index, the
// figure as a percentage of the earlier one (118.4 for a growth of 18.4%).
bool names_index(const SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  for (size_t k = 0; k < t.size(); ++k) {
    const PhraseHit* p = s.longest(k, kPercentWord);
    if (p && p->last < t.size() && s.rules.time.comparing_words.count(t[p->last].lower)) {
      return true;
    }
  }
  return false;
}

// The facet of percentages a header cell names ("Share, %", "% of total"), or "".
std::string percent_facet(const SentenceContext& s) {
  if (names_index(s)) return "index";  // compared only with other indices
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kFacetTrigger) continue;
    const FacetRule& f = s.rules.facets[s.rules.facet_triggers[h.use.row].attribute];
    if (std::find(f.kinds.begin(), f.kinds.end(), ClaimKind::kPercent) != f.kinds.end()) {
      return f.name;
    }
  }
  return std::string();
}

// A header cell naming percentages: "%", "Change, %", "Share, per cent".
// Whether a header cell names a change ("Growth", "Increase"): one word of the rules' change
// phrases.
bool names_change(const SentenceContext& s) {
  for (const Token& t : s.tokens()) {
    for (const std::string& p : s.rules.change_phrases) {
      if (p == t.lower) return true;
    }
  }
  return false;
}

bool names_percent(const SentenceContext& s) {
  for (size_t k = 0; k < s.tokens().size(); ++k) {
    if (s.longest(k, kPercentWord)) return true;
  }
  return false;
}

}  // namespace claimtrace
