// Date recognizer: dates, months, years, ranges, partial and relative periods, resolved
// against the document's date; what cannot be resolved says so.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/source.h"
#include "token.h"
#include "vocabulary.h"

namespace claimtrace {

struct DateMatch {
  size_t first = 0, last = 0;  // tokens [first, last), including the words that shape it
  Period period;
  bool relative = false;     // resolved against the document date ("this year", "in June")
  bool anaphoric = false;    // "that year": the year last mentioned
  bool bare_year = false;    // just a year number ("in 2013", "(2010)")
  bool baseline = false;     // only ever said to compare with ("on the same period of 2023")
  bool refers_back = false;  // "the same period", "in the nine months": no date of its own
  bool weekday = false;      // "on Wednesday": a day of the document's week, when a thing was
                             // done or said, never a figure's period
  // "last Friday", "next Wednesday": which day is said, so it dates a plan as well as a thing
  // done.
  bool weekday_settled = false;
};

struct DateContext {
  PartialDate document_date;  // precision kUnknown when the document is undated
  int last_year = 0;          // the latest explicit year mentioned before, for "that year"
  Period last_day;            // the latest single day told before, for "the day before"
  Period last_told;  // the latest date told before, for "тогда же"; empty when unknown
  // The period the last sentence's figures were about: a figure of the next sentence that
  // states none is about it too ("Exports came to ..." after "Trade reached ... last year").
  Period topic;
  size_t topic_sentence = SIZE_MAX;
  size_t sentence = 0;  // sentences bound so far
  // The measure the last sentence's first figure named ("Trade ... rose to $17.1 billion"): a
  // figure of the next sentence naming none is of it too ("The figure compares with $12.3
  // billion").
  std::string topic_attribute, topic_unit;
  Subject topic_subject;
  ClaimKind topic_kind = ClaimKind::kAmount;
  size_t measure_sentence = SIZE_MAX;
};

// Every date expression of the sentence, left to right, not overlapping. Updates
// context.last_year with explicit years it meets.
// by_word: for each Lexicon id, the date word sets (date_word_sets) the word is in, bit by
// bit; tokens Lexicon::identify gave ids are then looked up once, not once per set.
using DateWordSets = std::vector<uint32_t>;
std::vector<DateMatch> find_dates(const std::vector<Token>& tokens, const TimeWords& time,
                                  const NumberWords& numbers, DateContext& context,
                                  const DateWordSets* by_word = nullptr);

// The word sets the date finder asks a token's membership of, in bit order.
inline constexpr size_t kDateWordSets = 11;
inline std::array<const WordSet*, kDateWordSets> date_word_sets(const TimeWords& t) {
  return {&t.since_words,       &t.until_words, &t.range_joiners,  &t.range_openers,
          &t.year_prepositions, &t.part_words,  &t.quarter_words,  &t.month_unit_words,
          &t.weekdays,          &t.determiners, &t.decade_suffixes};
}

// A bit of DateWordSets past the sets': no word sequence of the time vocabulary (relative and
// anaphoric years, anaphoric periods) opens with a prefix of the word, so none starts at it.
inline constexpr uint32_t kOpensNoSequence = 1u << (kDateWordSets + 2);

}  // namespace claimtrace
