// Tables: a head naming a unit once ("(US$ million)", "Trade, USD million") and the rows and
// cells below it whose bare figures are in that unit.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "extract/discourse.h"
#include "extract/quantity_reader.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// The head this sentence is, if it is one: a caption naming a unit and no figure.
std::optional<TableHead> table_head(const SentenceContext& s);

// The head of the table this sentence is a row or cell of, or nothing; ends the table at the
// first sentence that is none of its rows, cells or header cells.
const TableHead* table_of(SentenceContext& s);

// The first measure money is counted in that the sentence names ("trade", "exports"), or "".
std::string money_measure(const SentenceContext& s);

// What a figure of the sentence's row or cell measures, where its own sentence names nothing:
// the caption's measure or its column header's; "" when neither names one.
const std::string& table_measure(const TableHead& head);

// Tokens [first, last) are a row's figure or the figure alone in a cell.
bool table_figure(const SentenceContext& s, size_t first, size_t last);

// A row's bare figure in its head's currency or unit and scale.
void read_in_head(const RuleData& r, const TableHead& head, QuantityRead& q);

}  // namespace claimtrace
