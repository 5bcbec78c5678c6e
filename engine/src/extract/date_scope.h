// Date scope: which figures of a sentence a date may date, before the nearest date is chosen.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/sentence_context.h"

namespace claimtrace {

// Figures of an amount, a count or a share: what a date in brackets beside them dates.
bool is_figure_kind(ClaimKind k);

// The distance in tokens between tokens [first, last), or a phrase hit, and a date; 0 when they
// overlap.
inline size_t tokens_apart(size_t first, size_t last, const DateMatch& m) {
  return last <= m.first ? m.first - last : first >= m.last ? first - m.last : 0;
}
inline size_t apart(const PhraseHit& h, const DateMatch& m) {
  return tokens_apart(h.first, h.last, m);
}

// The bracket each token stands in (the index of its opening bracket), SIZE_MAX outside any.
std::vector<size_t> brackets_of(const SentenceContext& s);

// A date's scope is the clause it governs: a date in brackets that hold a figure of their own
// ("17.4 billion (2023: 15.8 billion)") dates the figures in them only; an anaphoric period right
// after a figure ("from $8.8 billion a year earlier") is that figure's, the figure compared with.
// An anaphoric period right after a comparing word ("up 12% on a year earlier", "6% from a
// year earlier") is what a change is measured from: it dates no figure of the sentence; a year
// a comparing word puts right after a percentage ("up 8.8% on 2023") dates only the first figure
// after it.
struct DateScope {
  static constexpr size_t kNoFigure = SIZE_MAX - 1;  // an owner no claim is
  size_t bracket = SIZE_MAX;                         // the bracket a date is confined to
  size_t owner = SIZE_MAX;  // the one claim a date dates; kNoFigure for none
};

// For each date of the sentence, its scope; `in` is brackets_of(s).
std::vector<DateScope> scopes_of_dates(const SentenceContext& s, const std::vector<size_t>& in);

// Whether the sentence leads a list, so its period is the items': it ends in a colon ("Key
// figures, 2024:"), or it is a heading, a line of its own with no closing stop whose next line
// opens a list item ("January 2025" over "- Trade: $241 million") or the paragraph under it
// ("Results for 2021" over "Trade stood at $2.8 billion.").
bool leads_list(const SentenceContext& s);

// "Trade reached $41 billion, up from $31 billion in 2022", "..., and in 2022 it was $31
// billion", "..., а в 2022 году — 31 млрд": whether the date m stands in a later clause that
// keeps it to itself, one opening on a base with its own figure or on the date; a figure of an
// earlier clause is not of that year. `start`: the clause start before m (SIZE_MAX: none).
bool clause_owns_date(const SentenceContext& s, const DateMatch& m, size_t start);

// "The highest since 2021", "самый высокий с 2017 года": whether the record phrase of the rules
// ends right before token `year` (a date's first past its preposition), so the year is what a
// record is measured from (records.cc reads it from the sentence), no date of its own.
bool record_reach(const SentenceContext& s, size_t year);

}  // namespace claimtrace
