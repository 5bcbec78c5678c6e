// Discourse: what a paragraph has named so far, for the sentences that refer back to it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/period.h"
#include "claimtrace/subject.h"

namespace claimtrace {

// "The two countries", "bilateral trade", "the sides": a sentence naming no party speaks of the
// pair its paragraph named last, not of the pair the whole document is mostly about (a note on
// several relationships names one pair per paragraph).
// A table head gives its rows' unit once ("(US$ million)", "(млн долл. США)", "(in thousands
// of tonnes)"): the bare figures of the short "label: figure" rows below it are in that
// currency or unit and scale, until a blank line or the first line that is no row. A caption
// set off by a comma ("Trade, USD million") heads a table too, and a row may be split into cells,
// each a figure alone (an HTML table's <td>), under header cells that name no figure.
struct TableHead {
  std::string currency;        // an ISO code, or empty
  uint32_t unit = UINT32_MAX;  // a unit rule's row, or UINT32_MAX
  double scale = 1;            // "million": the figures are millions
  int line = 0;                // the original line the table read so far ends on
  size_t sentence = 0;         // the index (DateContext::sentence) of its last sentence
  bool cells = false;          // a row or a cell of it has been read
  // What the figures measure: the caption's measure ("Trade, USD million"), or in a table with
  // header cells each column's ("Exports", "Trade volume"; "" for "Year").
  std::string measure;
  // A header cell: what its column measures, the period it names ("2024", "Jan-Sep 2025"), and
  // whether its figures are percentages ("Change, %").
  struct Column {
    std::string measure;
    std::optional<Period> period;
    bool percent = false;
    std::string facet;            // a percentage's facet the header names: "share" ("% of total")
    bool period_unknown = false;  // its header names a period another column names too
    bool bare_percent = false;    // headed "%" alone
    // The unit its header names ("Exports, $m", "US$ million"), over the caption's.
    std::string currency;
    uint32_t unit = UINT32_MAX;
    double scale = 1;
    bool has_unit() const { return !currency.empty() || unit != UINT32_MAX; }
  };
  std::vector<Column> columns;
  int header_line = -1;  // the original line the header cells are on
  // The periods of a line of group headers over the header of years ("January-September"),
  // one per group header (none for "Calendar year"), until the first figure places them.
  std::vector<std::optional<Period>> groups;
  size_t column = 0;    // the cell of its row the next figure is in
  std::string current;  // the measure of the figure the sentence being read is
  bool current_percent = false;
  size_t unit_column = SIZE_MAX;  // the column whose own unit that figure is in, if any
  // A row is the cells on one original line (an HTML table's <tr> written on its own line); a
  // row's figures take a period only from a date cell opening that row, and a measure from a
  // label cell opening it ("Exports to Georgia") where their column names none.
  int row_line = -1;
  bool row_dated = false;
  std::optional<Period> row_period;  // the date cell's, while no figure followed it
  std::string row_measure;
  bool row_partner = false;   // the row's label names a state outside the pair
  bool row_labelled = false;  // a label of text opens the row (not a date)
  // The pair the paragraph before the table named (its caption's or lead's): each cell is a
  // paragraph of its own, and names none.
  Subject pair;
  // Rows of text ("Exports: 153"): the period the caption or lead before the first row gave.
  std::optional<Period> rows_period;
  // The one period the caption names ("... by product group, 2024 (EUR million)"): its cells'
  // where neither their column nor their row names one.
  std::optional<Period> caption_period;

  bool active() const { return !currency.empty() || unit != UINT32_MAX; }
};

struct Discourse {
  Subject pair;  // the pair named last in the paragraph; empty at a paragraph's start
  // The pair a heading named ("RURITANIA – FREEDONIA" over a digest's section): it outlasts its
  // paragraph, for the paragraphs under it that name no pair, until the next heading (one naming
  // no pair ends it).
  Subject section;
  // "Trade has grown strongly. In 2022 it reached $16.2 billion": the measure a sentence with
  // no figure names, for a figure naming none in the next sentence (its index in DateContext).
  std::string measure;
  size_t measure_sentence = SIZE_MAX;
  // "The free trade agreement was signed in 2020; the agreement, in force since 2022, ...": the
  // object an event of the paragraph last gave a document, and that document's generic head.
  std::string document;
  std::string document_head;
  // The document the paragraph right before named last ("the pact, signed on ..." opening the
  // next one); a paragraph naming none in between ends the reach.
  std::string earlier_document;
  std::string earlier_head;

  // The table head its rows read their unit from; it outlasts a paragraph, as each row of a
  // table is one.
  TableHead table;
  bool table_part = false;  // the sentence is a part of the table (no caption of a new one)
  Subject last_pair;        // the pair the last paragraph naming one named: a table's caption's
  // The period a caption naming one and no figure named, and its line.
  std::optional<Period> caption_period;
  int caption_line = -10;

  // "Exports came to $3.9 billion. Imports: 2.2 billion": the currency of the last amount, for a
  // figure with a scale word and nothing it counts; within its paragraph, or beyond it where the
  // figure's sentence names a measure of money.
  std::string currency;
  bool currency_in_paragraph = false;

  // The one period the document's title names ("Ruritania's trade in 2024"): what the
  // document reports on, for its amounts and shares that state no period. It outlasts every
  // paragraph.
  std::optional<Period> title;

  // A new paragraph names its pair and measure afresh; a table runs on while its rows do.
  void start_paragraph() {
    TableHead head = std::move(table);
    if (head.active() && head.pair.empty() && pair.entities.size() == 2) head.pair = pair;
    std::string last_currency = std::move(currency);
    std::optional<Period> document_title = std::move(title);
    Subject last_section = std::move(section);
    std::string earlier = std::move(document);
    std::string earlier_word = std::move(document_head);
    Subject named = pair.entities.size() == 2 ? std::move(pair) : std::move(last_pair);
    std::optional<Period> caption = std::move(caption_period);
    const int caption_at = caption_line;
    *this = Discourse();
    table = std::move(head);
    last_pair = std::move(named);
    caption_period = std::move(caption);
    caption_line = caption_at;
    currency = std::move(last_currency);
    title = std::move(document_title);
    section = std::move(last_section);
    earlier_document = std::move(earlier);
    earlier_head = std::move(earlier_word);
  }

  // The pair a sentence naming no party speaks of.
  const Subject& pair_or(const Subject& fallback) const {
    return !pair.empty() ? pair : !section.empty() ? section : fallback;
  }
};

}  // namespace claimtrace
