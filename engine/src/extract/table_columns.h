// Table columns: what a header cell says of the figures under it (its unit, period, whether
// they are percentages), and where the years under group headers fall.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "extract/discourse.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// The most columns a table has: wider is no table a line of text holds, and every walk over a
// header stays short.
inline constexpr size_t kMaxColumns = 64;

// Scale words, a currency or unit, and small words between, from token j: the unit a table head
// names, read into head. Returns the first token that is none of these.
size_t read_head_group(const SentenceContext& s, size_t j, TableHead& head);

// The period a cell naming only dates names, or nothing when it names several.
std::optional<Period> cell_period(const SentenceContext& s);

// The unit a header cell names, whole or after a comma ("US$ million", "Exports, $m"), set on c;
// whether it names one.
bool header_unit(const SentenceContext& s, TableHead::Column& c);

// The facet of percentages a header cell names ("Share, %"), or "".
std::string percent_facet(const SentenceContext& s);

// Whether a header cell names a change ("Growth"): its figures are percentages.
bool names_change(const SentenceContext& s);

// Whether a header cell names percentages ("%", "Change, %").
bool names_percent(const SentenceContext& s);

// A header cell naming only a period.
TableHead::Column period_column(std::optional<Period> period);

// Adds a header's column; two columns naming one period date neither.
void add_column(TableHead& head, TableHead::Column c);

// Places the years of the header under its group headers (TableHead::groups), once, before the
// first figure is read.
void place_groups(TableHead& head);

}  // namespace claimtrace
