// Tables: a caption or head naming a unit once, and the rows and cells below it whose bare
// figures are in that unit (see TableHead in extract/discourse.h).
#include "extract/tables.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/flow_origin.h"

namespace claimtrace {

namespace {

// The original line the sentence ends on.
int last_line(const SentenceContext& s) {
  const uint64_t end = std::max(s.sentence.begin + 1, s.sentence.end);
  return s.doc.text.position(TextRange{end - 1, end}).line;
}

// The original line a token is on.
int line_of(const SentenceContext& s, const Token& t) {
  return s.doc.text.position(TextRange{t.begin, t.end}).line;
}

// Only punctuation follows token j in its sentence, on j's line: it ends a caption.
bool ends_line(const SentenceContext& s, size_t j) {
  const std::vector<Token>& t = s.tokens();
  for (size_t k = j + 1; k < t.size(); ++k) {
    if (t[k].kind != TokenKind::kPunct || line_of(s, t[k]) != line_of(s, t[j])) return false;
  }
  return true;
}

// What stands between a row's label and its figure: a colon or a dash ("Turnover, 2024:
// 1,845.6", "Экспорт – 153,7", "Exports - 402.3").
bool row_separator(const std::vector<Token>& t, size_t k) {
  const std::string_view p = t[k].text;
  if (t[k].kind != TokenKind::kPunct) return false;
  return p == ":" || p == "\u2013" || p == "\u2014" ||
         (p == "-" && t[k].space_before && k + 1 < t.size() && t[k + 1].space_before);
}

// Scale words, a currency or unit, and small words between, from token j: the unit a table head
// names. Returns the first token that is none of these.
size_t read_head_group(const SentenceContext& s, size_t j, TableHead& head) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  for (; j < t.size(); ++j) {
    if (const PhraseHit* c = s.longest(j, kCurrency); c && head.currency.empty()) {
      head.currency = r.currencies[c->use.row].code;
      j = c->last - 1;
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

// No figure but dates: a caption, a heading, a header cell.
bool names_no_figure(const SentenceContext& s) {
  for (size_t k = 0; k < s.tokens().size(); ++k) {
    if (s.number_at(k) && s.in_date[k] < 0) return false;
  }
  return true;
}

// A row: a short line of its own, a label, then a colon or dash and a figure.
bool is_row(SentenceContext& s) {
  constexpr size_t kRowTokens = 16;
  const std::vector<Token>& t = s.tokens();
  if (t.empty() || t.size() > kRowTokens || line_of(s, t.front()) != line_of(s, t.back())) {
    return false;
  }
  for (size_t k = 1; k + 1 < t.size(); ++k) {
    if (row_separator(t, k) && s.number_at(k + 1)) return true;
  }
  return false;
}

// A cell: the sentence is one figure and nothing else ("2,110" in its own <td>).
bool is_cell(SentenceContext& s) {
  const std::optional<NumberMatch>& n = s.number_at(0);
  return n && n->last == s.tokens().size() && s.in_date[0] < 0;
}

// A cell naming only dates: a row's label ("2022").
bool is_date_cell(SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  return !t.empty() && t.back().text != "." &&
         std::all_of(s.in_date.begin(), s.in_date.end(), [](int d) { return d >= 0; });
}

// A column's header ("Year", "Exports"): a few words naming no figure.
bool is_header_cell(SentenceContext& s) {
  constexpr size_t kHeaderTokens = 6;
  const std::vector<Token>& t = s.tokens();
  return !t.empty() && t.size() <= kHeaderTokens && t.back().text != "." && names_no_figure(s);
}

// A cell on another line than the row read so far starts a row: its first column. Whether it does.
bool start_row(const SentenceContext& s, TableHead& head) {
  const int line = line_of(s, s.tokens().front());
  if (line == head.row_line) return false;
  head.row_line = line;
  head.row_dated = false;
  head.row_period.reset();
  head.row_measure.clear();
  head.column = 0;
  return true;
}

// The period a cell naming only dates names, or nothing when it names several.
std::optional<Period> cell_period(const SentenceContext& s) {
  if (s.dates.size() != 1 || s.dates[0].baseline || s.dates[0].refers_back) return std::nullopt;
  return s.dates[0].period;
}

// A header cell naming percentages: "%", "Change, %", "Share, per cent".
bool names_percent(const SentenceContext& s) {
  for (size_t k = 0; k < s.tokens().size(); ++k) {
    if (s.longest(k, kPercentWord)) return true;
  }
  return false;
}

// A cell's figure is of its own row and column: it continues the period of the cells before it
// only in a row a date cell opens (a year in a later column, or the row above's, is not its
// period), or takes its column's period, and never the measure of the cell before, so a column
// naming none stays plain.
void keep_to_row(SentenceContext& s, const TableHead& head, const std::optional<Period>& column) {
  DateContext& d = s.date_context;
  if (column && !head.row_dated) {
    d.topic = *column;
    d.topic_sentence = d.sentence - 1;
  } else if (!head.row_dated) {
    d.topic_sentence = SIZE_MAX;
  }
  d.measure_sentence = SIZE_MAX;
  s.discourse->measure_sentence = SIZE_MAX;
}

// A row of text states its own period or takes the one the caption or lead before the first row
// continued, never the row before's; nor the measure of the row before.
void keep_to_caption(SentenceContext& s, TableHead& head) {
  DateContext& d = s.date_context;
  if (!head.cells) {
    if (d.topic_sentence != SIZE_MAX && d.topic_sentence + 1 == d.sentence)
      head.rows_period = d.topic;
  } else if (head.rows_period) {
    d.topic = *head.rows_period;
    d.topic_sentence = d.sentence - 1;
  } else {
    d.topic_sentence = SIZE_MAX;
  }
  d.measure_sentence = SIZE_MAX;
  s.discourse->measure_sentence = SIZE_MAX;
}

}  // namespace

// A head naming a unit and no figure, in brackets ("(US$ million)", "(млн долл. США)", "(in
// thousands of tonnes)") or closing a caption after a comma ("Trade with Kazakhstan, USD
// million", "Товарооборот, млн долларов (Росстат)"), which then also names a scale.
// Only a caption is a head: the unit ends its sentence and line, as a unit in brackets
// inside hard-wrapped prose gives no lines after it their unit.
std::optional<TableHead> table_head(const SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  if (!s.has_hit(kCurrency) && !s.has_hit(kUnit)) return std::nullopt;
  for (size_t k = 0; k + 2 < t.size(); ++k) {
    const bool bracket = t[k].text == "(";
    if (!bracket && t[k].text != ",") continue;
    TableHead head;
    const size_t j = read_head_group(s, k + 1, head);
    if (!head.active() || !(head.currency.empty() || head.unit == UINT32_MAX)) continue;
    const bool closed = bracket ? j < t.size() && t[j].text == ")" && ends_line(s, j)
                                : head.scale > 1 && (j == t.size() || t[j].text == "(") &&
                                      ends_line(s, t.size() - 1) && names_no_figure(s);
    if (closed) {
      head.line = last_line(s);
      head.measure = money_measure(s);
      return head;
    }
  }
  return std::nullopt;
}

// The head of the table this sentence is a row or cell of: a head on the line just before (a
// blank line may stand between it and its first row), or rows and cells on each line since it.
// A blank line or the first line that is no row, cell or header cell ends the table.
const TableHead* table_of(SentenceContext& s) {
  TableHead& head = s.discourse->table;
  if (!head.active()) return nullptr;
  const int line = s.doc.text.position(TextRange{s.sentence.begin, s.sentence.begin + 1}).line;
  const bool adjacent =
      line == head.line + 1 || line == head.line || (!head.cells && line == head.line + 2);
  if (adjacent && s.discourse->pair.empty()) s.discourse->pair = head.pair;
  if (adjacent && is_row(s)) {
    keep_to_caption(s, head);
    head.cells = true;
    head.line = last_line(s);
    head.current = head.measure;
    return &head;
  }
  if (adjacent && is_cell(s)) {
    head.cells = true;
    head.line = last_line(s);
    start_row(s, head);
    head.row_period.reset();
    const TableHead::Column* column =
        head.column < head.columns.size() ? &head.columns[head.column] : nullptr;
    if (head.columns.empty()) {
      head.current = head.measure;
    } else {
      head.current = column ? column->measure : std::string();
    }
    if (head.current.empty() || head.current == head.measure) {
      if (!head.row_measure.empty()) head.current = head.row_measure;
    }
    head.current_percent = column && column->percent;
    ++head.column;
    keep_to_row(s, head, column ? column->period : std::nullopt);
    return &head;
  }
  if (adjacent && is_date_cell(s)) {
    head.line = last_line(s);
    if (!head.cells && line == head.header_line) {  // "Flow | 2023 | 2024": a column's period
      head.columns.push_back(TableHead::Column{std::string(), cell_period(s), false});
      return nullptr;
    }
    if (!head.cells && line == head.row_line && head.row_dated && head.row_period) {
      // Two dates and no figure on one line: a header of periods over a corner left empty, so
      // the rows' labels stand under the corner.
      head.header_line = line;
      head.columns.assign(1, TableHead::Column{});
      head.columns.push_back(TableHead::Column{std::string(), head.row_period, false});
      head.columns.push_back(TableHead::Column{std::string(), cell_period(s), false});
      head.row_dated = false;
      head.row_period.reset();
      head.row_line = -1;
      return nullptr;
    }
    const bool opens = start_row(s, head);  // a row's label opens the row
    head.row_dated = opens;
    if (opens) head.row_period = cell_period(s);
    head.column = opens ? 1 : head.column + 1;
    return nullptr;
  }
  if (adjacent && is_header_cell(s)) {
    head.line = last_line(s);
    if (!head.cells && (head.header_line < 0 || line == head.header_line) &&
        line != head.row_line) {
      head.header_line = line;
      head.columns.push_back(
          TableHead::Column{column_flow(s, money_measure(s)), cell_period(s), names_percent(s)});
      return nullptr;
    }
    if (start_row(s, head)) {  // a row's label: what its figures measure ("Exports to Georgia")
      head.row_measure = column_flow(s, money_measure(s));
      head.column = 1;
    } else {
      ++head.column;  // a cell left without a figure: "-", "n/a"
    }
    return nullptr;
  }
  head = TableHead();
  return nullptr;
}
// The first measure money is counted in that the sentence names ("trade", "exports"), or "".
std::string money_measure(const SentenceContext& s) {
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAttributeTrigger) continue;
    const AttributeRule& a = s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute];
    if (a.applies_to(ClaimKind::kAmount)) return a.name;
  }
  return std::string();
}

const std::string& table_measure(const TableHead& head) { return head.current; }

// A figure alone in its cell, or a row's figure: right after its label's colon or dash, and
// last in the row but for a bracket ("Turnover, 2024: 1,845.6", "Экспорт – 153,7 (2023: 140,1)").
bool table_figure(const SentenceContext& s, size_t first, size_t last) {
  const std::vector<Token>& t = s.tokens();
  if (first == 0 && last == t.size()) return true;  // a cell
  if (first == 0 || !row_separator(t, first - 1)) return false;
  return last == t.size() || t[last].text == "(" || t[last].text == ")" || t[last].text == ";" ||
         (last + 1 == t.size() && t[last].text == ".");
}

// A row's bare figure in its head's currency or unit and scale.
void read_in_head(const RuleData& r, const TableHead& head, QuantityRead& q) {
  q.bare = false;
  if (head.current_percent) {  // a column of percentages under a caption naming money
    q.kind = ClaimKind::kPercent;
    q.unit = "percent";
    q.value = q.number;
    return;
  }
  q.number *= head.scale;
  q.has_multiplier = head.scale > 1;
  q.scale = head.scale;
  q.value = q.number;
  if (!head.currency.empty()) {
    q.kind = ClaimKind::kAmount;
    q.unit = head.currency;
    return;
  }
  const UnitRule& u = r.units[head.unit];
  q.kind = ClaimKind::kMeasure;
  q.unit = u.unit;
  q.factor = u.factor;
  q.offset = u.offset;
  q.value = q.number * u.factor + u.offset;
}

}  // namespace claimtrace
