// Date recognizer: dates, months, years, ranges, partial and relative periods, resolved
// against the document's date; what cannot be resolved says so.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/source.h"
#include "token.h"
#include "vocabulary.h"

namespace claimtrace {

struct DateMatch {
  size_t first = 0, last = 0;  // tokens [first, last), including the words that shape it
  Period period;
  bool relative = false;   // resolved against the document date ("this year", "in June")
  bool anaphoric = false;  // "that year": the year last mentioned
  bool bare_year = false;  // just a year number ("in 2013", "(2010)")
};

struct DateContext {
  PartialDate document_date;  // precision kUnknown when the document is undated
  int last_year = 0;          // the latest explicit year mentioned before, for "that year"
  // The period the last sentence's figures were about: a figure of the next sentence that
  // states none is about it too ("Exports came to ..." after "Trade reached ... last year").
  Period topic;
  size_t topic_sentence = SIZE_MAX;
  size_t sentence = 0;  // sentences bound so far
};

// Every date expression of the sentence, left to right, not overlapping. Updates
// context.last_year with explicit years it meets.
std::vector<DateMatch> find_dates(const std::vector<Token>& tokens, const TimeWords& time,
                                  const NumberWords& numbers, DateContext& context);

}  // namespace claimtrace
