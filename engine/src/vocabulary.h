// Vocabulary the recognizers read: filled from rules/ (numbers.xml, time.xml), never in code.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace claimtrace {

// Keys are lower-case words as the tokenizer produces them.
struct NumberWords {
  std::unordered_map<std::string, double> cardinals;    // "one" 1 ... "nineteen" 19, "twenty" 20
  std::unordered_map<std::string, double> multipliers;  // "hundred" 100, "thousand", "million",
                                                        // "billion", "mln", "bn", "m", "k", "dozen"
  std::unordered_map<std::string, int> ordinals;        // "first" 1 ... "twentieth" 20, "main"? no
  std::unordered_map<std::string, double> fractions;    // "half" 0.5, "quarter" 0.25
  // Vague plurals give a lower bound: "dozens" 24, "hundreds" 200, "thousands" 2000.
  std::unordered_map<std::string, double> vague_plurals;
  std::unordered_set<std::string> articles;             // "a", "an": one, before a multiplier
  std::unordered_set<std::string> ordinal_suffixes;     // "st", "nd", "rd", "th" (2nd, 21st)
  char decimal_separator = '.';  // ',' where the language writes 6,45
  // Words that join the parts of one number: "and" ("one hundred and twenty", "one and a half").
  std::unordered_set<std::string> conjunctions;
};

struct TimeWords {
  std::unordered_map<std::string, int> months;      // "january" 1, "jan" 1, "sept" 9
  std::unordered_map<std::string, int> seasons;     // "summer" 6 (first month of 3), ...
  // Relative years as token sequences: {"this","year"} 0, {"the","current","year"} 0,
  // {"last","year"} -1, {"next","year"} +1.
  std::vector<std::pair<std::vector<std::string>, int>> relative_years;
  // Years that refer back: {"that","year"}, {"the","same","year"}.
  std::vector<std::vector<std::string>> anaphoric_years;
  std::unordered_set<std::string> since_words;  // "since", "from" (open end unless a range)
  std::unordered_set<std::string> until_words;  // "until", "till", "by", "before"
  std::unordered_set<std::string> range_joiners;  // "and" (between..and), "to", "till", "-"
  std::unordered_set<std::string> range_openers;  // "between", "from"
  std::unordered_set<std::string> year_prepositions;  // "in", "of", "during", "since", ...
  std::unordered_set<std::string> part_words;   // "early", "late", "mid", "end", "beginning"
  std::unordered_set<std::string> quarter_words;  // "quarter", "quarters"
  std::unordered_set<std::string> month_unit_words;  // "month", "months"
  std::unordered_set<std::string> weekdays;         // "monday": "on Monday, December 4"
  std::unordered_set<std::string> determiners;      // "the": "the summer of 1994", "by the end of"
  std::unordered_set<std::string> decade_suffixes;  // "s": "the 2000s", "the 1990's"
  // The months a part word picks out of a whole year ("by the end of 2020" is December):
  // "end" {12, 12}, "beginning" {1, 1}, "early" {1, 3}. Without an entry the year stays whole.
  std::unordered_map<std::string, std::pair<int, int>> part_months;
};

}  // namespace claimtrace
