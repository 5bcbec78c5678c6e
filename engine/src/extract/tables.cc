// Tables: a caption or head naming a unit once, and the rows and cells below it whose bare
// figures are in that unit (see TableHead in extract/discourse.h).
#include "extract/tables.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/flow_origin.h"
#include "extract/table_columns.h"

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
    if (!row_separator(t, k)) continue;
    if (s.number_at(k + 1)) return true;
    // "Сальдо: +43,0": a sign glued to the figure
    if (k + 2 < t.size() && t[k + 1].text == "+" && !t[k + 2].space_before && s.number_at(k + 2))
      return true;
  }
  return false;
}

// A cell: the sentence is one figure and nothing else ("2,110" in its own <td>).
// A cell's figure may carry a sign glued before it ("+10.3", "−8.4") or stand in brackets
// ("(927.9)"): the tokens [first, last) its number takes in a cell, or nothing.
std::optional<std::pair<size_t, size_t>> cell_span(const SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  if (t.empty()) return std::nullopt;
  size_t first = 0, last = t.size();
  const bool bracket = t.size() >= 3 && t[0].text == "(" && t.back().text == ")";
  if (bracket) {
    first = 1;
    --last;
  } else if (t.size() >= 2 && !t[1].space_before &&
             (t[0].text == "+" || s.rules.negative_signs.count(t[0].lower))) {
    first = 1;
  }
  return std::make_pair(first, last);
}

bool is_cell(SentenceContext& s) {
  const std::optional<std::pair<size_t, size_t>> span = cell_span(s);
  if (!span) return false;
  const std::optional<NumberMatch>& n = s.number_at(span->first);
  return n && n->last == span->second && s.in_date[span->first] < 0;
}

// A sentence closed by an abbreviation's full stop ("2024 г.", "2023-2024 гг."), not a
// sentence's: the word before the stop has two letters or fewer.
bool abbreviation_stop(const std::vector<Token>& t) {
  if (t.empty() || t.back().text != ".") return false;
  if (t.size() < 2 || t.back().space_before || t[t.size() - 2].kind == TokenKind::kPunct) {
    return false;
  }
  size_t letters = 0;  // code points: a UTF-8 lead byte is no continuation byte
  for (char c : t[t.size() - 2].text) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return letters <= 2;
}

// No sentence's full stop closes it: a cell, a header, a caption.
bool open_ended(const std::vector<Token>& t) {
  return !t.empty() && (t.back().text != "." || abbreviation_stop(t));
}

// A cell naming only dates: a row's label ("2022").
bool is_date_cell(SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  return open_ended(t) &&
         std::all_of(s.in_date.begin(), s.in_date.end(), [](int d) { return d >= 0; });
}

// A column's header ("Year", "Exports"): a few words naming no figure.
bool is_header_cell(SentenceContext& s) {
  constexpr size_t kHeaderTokens = 12;
  const std::vector<Token>& t = s.tokens();
  return t.size() <= kHeaderTokens && open_ended(t) && names_no_figure(s);
}

// A cell on another line than the row read so far starts a row: its first column. Whether it does.
bool start_row(const SentenceContext& s, TableHead& head) {
  const int line = line_of(s, s.tokens().front());
  if (line == head.row_line) return false;
  head.row_line = line;
  head.row_dated = false;
  head.row_period.reset();
  head.row_measure.clear();
  head.row_partner = false;
  head.row_labelled = false;
  head.column = 0;
  return true;
}

// How many cells (paragraphs) begin on the sentence's original line before its own: its column,
// or 0 past kMaxColumns.
// Read from the text, as sentences naming no figure are never shown to a recognizer.
size_t cells_before(const SentenceContext& s, int line) {
  const std::vector<TextRange>& p = s.doc.text.paragraphs();
  auto it = std::upper_bound(p.begin(), p.end(), s.sentence.begin,
                             [](uint64_t at, const TextRange& r) { return at < r.begin; });
  size_t n = 0;
  if (it == p.begin()) return 0;
  for (--it; it != p.begin();) {
    --it;
    if (it->begin == it->end ||
        s.doc.text.position(TextRange{it->begin, it->begin + 1}).line != line)
      break;
    if (++n == kMaxColumns) return 0;  // no table's header: and the walk back stays short
  }
  return n;
}

// A row's label naming a state outside the table's pair ("China" in a list of partners).
bool names_partner(const SentenceContext& s, const TableHead& head) {
  for (const MentionAt& m : s.mentions) {
    const Mention& x = s.out.mentions[m.index];
    if (x.type == EntityType::kCountry && !head.pair.contains(x.entity)) return true;
  }
  return false;
}

// A cell standing for no figure: "-", "n/a", "..", "x": no word of two letters or more.
bool placeholder(const SentenceContext& s) {
  for (const Token& t : s.tokens()) {
    if (t.kind != TokenKind::kWord) continue;
    size_t letters = 0;
    for (char c : t.text) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (letters >= 2) return false;
  }
  return true;
}

// The ")" closing the bracket opened at token k, or t.size().
size_t closing_bracket(const std::vector<Token>& t, size_t k) {
  for (size_t j = k + 1; j < t.size(); ++j) {
    if (t[j].text == "(") return t.size();
    if (t[j].text == ")") return j;
  }
  return t.size();
}

// A cell's figure is of its own row and column: it continues the period of the cells before it
// only in a row a date cell opens (a year in a later column, or the row above's, is not its
// period), or takes its column's period, and never the measure of the cell before, so a column
// naming none stays plain.
void keep_to_row(SentenceContext& s, const TableHead& head, const TableHead::Column* column) {
  DateContext& d = s.date_context;
  if (column && (column->period || column->period_unknown) && !head.row_dated) {
    if (column->period) {
      d.topic = *column->period;
    } else {  // known to be unknown: not the document's date either
      d.topic = Period();
      d.topic.unresolved = true;
    }
    d.topic_sentence = d.sentence - 1;
  } else if (!head.row_dated && head.caption_period) {
    d.topic = *head.caption_period;
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
    // In brackets the unit may follow words ("(values in US$ million)") and precede notes
    // after a semicolon or comma ("(US$ million; exports FOB)"), the bracket closing the line.
    const size_t close = bracket ? closing_bracket(t, k) : t.size();
    if (bracket && (close == t.size() || !ends_line(s, close))) continue;
    for (size_t start = k + 1; start < (bracket ? close : k + 2); ++start) {
      TableHead head;
      const size_t j = read_head_group(s, start, head);
      if (!head.active() || !(head.currency.empty() || head.unit == UINT32_MAX)) continue;
      const bool closed =
          bracket ? j == close ||
                        (j < close && (t[j].text == ";" || t[j].text == ",") && names_no_figure(s))
                  : head.scale > 1 && (j == t.size() || t[j].text == "(") &&
                        ends_line(s, t.size() - 1) && names_no_figure(s);
      if (!closed) continue;
      head.line = last_line(s);
      head.sentence = s.date_context.sentence;
      head.measure = money_measure(s);
      head.caption_period = cell_period(s);
      return head;
    }
  }
  return std::nullopt;
}

namespace {

// What a cell's figure measures: its column's measure, else its row's, else the caption's; keyed
// to nothing where that would compare a part, another pair or an unknown owner with a whole.
std::string cell_measure(const SentenceContext& s, const TableHead& head,
                         const TableHead::Column* column) {
  std::string m = head.columns.empty() ? head.measure : column ? column->measure : std::string();
  if ((m.empty() || m == head.measure) && !head.row_measure.empty()) m = head.row_measure;
  // A row of one item ("Machinery") under a column or caption of exports: a part of them.
  if (head.row_labelled && head.row_measure.empty()) return std::string();
  const bool percent = column && column->percent;
  // "% of exports" beside a row naming no measure: a share no facet names.
  if (percent && column->facet.empty() && !head.row_dated && head.row_line >= 0 &&
      head.row_measure.empty() && !column->measure.empty()) {
    return std::string();
  }
  // A column headed "%" alone says neither share nor change.
  if (percent && column->bare_percent) return std::string();
  // "Exports" in a table whose caption says not whose, or a row of one partner among several
  // ("United States | 119,500").
  if (s.rules.relation.flow(m) || head.row_partner) return std::string();
  if (percent && !column->facet.empty() && !m.empty()) m += "." + column->facet;  // "% of total"
  return m;
}

}  // namespace

// The head of the table this sentence is a row or cell of: a head on the line just before (a
// blank line may stand between it and its first row), or rows and cells on each line since it.
// A blank line or the first line that is no row, cell or header cell ends the table.
const TableHead* table_of(SentenceContext& s) {
  TableHead& head = s.discourse->table;
  const Position at = s.doc.text.position(TextRange{s.sentence.begin, s.sentence.begin + 1});
  const int line = at.line;
  Discourse& w = *s.discourse;
  w.table_part = false;
  if (!head.active()) {
    // A header cell naming a unit opens a table whose caption named none ("Goods | US$ million |
    // % of total"): the cells before it on its line are columns naming no unit.
    TableHead::Column c;
    // Alone on its line it is a caption. Counted last: only a header cell naming a unit.
    const size_t before =
        is_header_cell(s) && header_unit(s, c) ? cells_before(s, line) : size_t{0};
    if (before == 0) {
      // A caption naming one period and no figure ("Table 2. Main goods exported, 2024"): the
      // period of a table whose header cells name its unit on the next line.
      if (names_no_figure(s) && s.dates.size() == 1) {
        w.caption_period = cell_period(s);
        w.caption_line = last_line(s);
      }
      return nullptr;
    }
    head = TableHead();
    head.currency = c.currency;
    head.unit = c.unit;
    head.scale = c.scale;
    head.line = last_line(s);
    head.sentence = s.date_context.sentence;
    head.header_line = line;
    head.pair = w.last_pair;
    if (w.caption_line == line - 1 || w.caption_line == line - 2) {
      head.caption_period = w.caption_period;
    }
    head.columns.resize(before);
    if (w.pair.empty()) w.pair = head.pair;
    c.measure = column_flow(s, money_measure(s));
    head.columns.push_back(std::move(c));
    w.table_part = true;
    return nullptr;
  }
  // In markup, lines of tags alone (<thead>, <tbody>) stand between a table's rows: the next
  // sentence is the next part. In text, rule lines ("+-----+-----+") may, before a cell a bar
  // opens (not first on its line, as a caption or the next paragraph is).
  constexpr int kRuleLines = 3;
  const bool markup = s.doc.format == Format::kHtml || s.doc.format == Format::kXml;
  const bool barred = at.column > 1 && line <= head.line + kRuleLines;
  const bool adjacent = line == head.line + 1 || line == head.line ||
                        (!head.cells && line == head.line + 2) ||
                        ((markup || barred) && s.date_context.sentence == head.sentence + 1);
  if (adjacent && s.discourse->pair.empty()) s.discourse->pair = head.pair;
  w.table_part = adjacent;  // a part unless it ends the table below
  if (adjacent && is_row(s)) {
    keep_to_caption(s, head);
    head.cells = true;
    head.line = last_line(s);
    head.sentence = s.date_context.sentence;
    head.current = head.measure;
    head.unit_column = SIZE_MAX;  // a row of text reads the caption's unit
    return &head;
  }
  if (adjacent && is_cell(s)) {
    if (!head.cells && line == head.header_line && head.groups.empty()) {
      // A figure on the line of the "header": it was the first row, its cells before the figure
      // the row's label, and the table has no header.
      head.row_line = line;
      head.row_measure = head.columns.empty() ? std::string() : head.columns.front().measure;
      head.row_partner = false;
      head.row_labelled = true;
      head.column = head.columns.size();
      head.columns.clear();
      head.header_line = -1;
    }
    if (!head.cells) place_groups(head);
    head.cells = true;
    head.line = last_line(s);
    head.sentence = s.date_context.sentence;
    start_row(s, head);
    head.row_period.reset();
    if (!head.columns.empty() && head.column >= head.columns.size()) {
      // More figures than columns: rows run together (a table written on one line) or cells
      // span columns, so no figure of it has a column it can be read under.
      head = TableHead();
      w.table_part = false;
      return nullptr;
    }
    const TableHead::Column* column =
        head.column < head.columns.size() ? &head.columns[head.column] : nullptr;
    head.current_percent = column && column->percent;
    head.unit_column = column && column->has_unit() ? head.column : SIZE_MAX;
    head.current = cell_measure(s, head, column);
    ++head.column;
    keep_to_row(s, head, column);
    return &head;
  }
  if (adjacent && is_date_cell(s)) {
    head.line = last_line(s);
    head.sentence = s.date_context.sentence;
    if (!head.cells && line == head.header_line) {  // "Flow | 2023 | 2024": a column's period
      add_column(head, period_column(cell_period(s)));
      return nullptr;
    }
    if (!head.cells && line == head.row_line && head.row_dated && head.row_period) {
      // Two dates and no figure on one line: a header of periods over a corner left empty, so
      // the rows' labels stand under the corner. A line of headers naming periods above it
      // ("Calendar year", "January-September") groups its years (place_groups).
      head.groups.clear();
      if (std::any_of(head.columns.begin(), head.columns.end(),
                      [](const TableHead::Column& c) { return c.period.has_value(); })) {
        for (const TableHead::Column& c : head.columns) head.groups.push_back(c.period);
      }
      head.header_line = line;
      head.columns.assign(1, TableHead::Column{});
      add_column(head, period_column(head.row_period));
      add_column(head, period_column(cell_period(s)));
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
    head.sentence = s.date_context.sentence;
    if (!head.cells && (head.header_line < 0 || line == head.header_line) &&
        line != head.row_line) {
      head.header_line = line;
      TableHead::Column c;
      c.measure = column_flow(s, money_measure(s));
      c.period = cell_period(s);
      c.facet = percent_facet(s);
      c.percent = names_percent(s) || !c.facet.empty() || names_change(s);
      c.bare_percent = c.percent && s.tokens().size() == 1;
      header_unit(s, c);
      // "Change, %" after columns of periods: the change to the latest of them.
      for (size_t k = 0; c.percent && k < head.columns.size(); ++k) {
        const std::optional<Period>& p = head.columns[k].period;
        if (p && !c.period_unknown && (!c.period || p->days().last > c.period->days().last)) {
          c.period = p;
        }
      }
      add_column(head, std::move(c));
      return nullptr;
    }
    if (start_row(s, head)) {  // a row's label: what its figures measure ("Exports to Georgia")
      head.row_measure = column_flow(s, money_measure(s));
      head.row_partner = names_partner(s, head);
      head.row_labelled = true;
      if (head.row_measure.empty() && s.rules.table_totals.count(s.tokens().front().lower)) {
        head.row_measure = head.measure;  // "Total": the caption's measure
      }
      head.column = 1;
    } else if (!head.cells && !head.row_dated && !placeholder(s)) {
      // A second line of headers ("Value | Growth, %" under "India's exports | India's
      // imports"): cells spanning columns that lines of text cannot show, so no figure of the
      // table has a column it can be read under.
      head = TableHead();
      w.table_part = false;
    } else {
      ++head.column;  // a cell left without a figure: "-", "n/a"
    }
    return nullptr;
  }
  head = TableHead();
  w.table_part = false;
  return nullptr;
}
// The first measure money is counted in that the sentence names ("trade", "exports"), or "".
// A phrase inside a longer one is the longer one's word: "Trade surplus" is a balance, not trade.
std::string money_measure(const SentenceContext& s) {
  const PhraseHit* best = nullptr;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAttributeTrigger) continue;
    const AttributeRule& a = s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute];
    if (!a.applies_to(ClaimKind::kAmount)) continue;
    if (!best) {
      best = &h;
    } else if (h.first <= best->first && h.last >= best->last &&
               h.last - h.first > best->last - best->first) {
      best = &h;  // covers the first one found
    } else if (h.first >= best->last) {
      break;  // the first measure named, whole
    }
  }
  return best ? s.rules.attributes[s.rules.attribute_triggers[best->use.row].attribute].name
              : std::string();
}

const std::string& table_measure(const TableHead& head) { return head.current; }

// A figure alone in its cell, or a row's figure: right after its label's colon or dash, and
// last in the row but for a bracket ("Turnover, 2024: 1,845.6", "Экспорт – 153,7 (2023: 140,1)").
bool table_figure(const SentenceContext& s, size_t first, size_t last) {
  const std::vector<Token>& t = s.tokens();
  if (first == 0 && last == t.size()) return true;  // a cell
  if (const std::optional<std::pair<size_t, size_t>> cell = cell_span(s);
      cell && cell->first == 1 && first <= 1 && last == cell->second) {
    return true;  // a signed or bracketed cell
  }
  if (first >= 2 && t[first - 1].text == "+" && !t[first].space_before) --first;  // "+43,0"
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
  // A row of text reads the caption's unit; a cell its column's, or the caption's.
  const TableHead::Column* own =
      head.unit_column < head.columns.size() ? &head.columns[head.unit_column] : nullptr;
  const std::string& currency = own ? own->currency : head.currency;
  const uint32_t unit_row = own ? own->unit : head.unit;
  const double scale = own ? own->scale : head.scale;
  q.number *= scale;
  q.has_multiplier = scale > 1;
  q.scale = scale;
  q.value = q.number;
  if (!currency.empty()) {
    q.kind = ClaimKind::kAmount;
    q.unit = currency;
    return;
  }
  const UnitRule& u = r.units[unit_row];
  q.kind = ClaimKind::kMeasure;
  q.unit = u.unit;
  q.factor = u.factor;
  q.offset = u.offset;
  q.value = q.number * u.factor + u.offset;
}

}  // namespace claimtrace
