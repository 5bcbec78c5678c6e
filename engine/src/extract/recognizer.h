// Recognizers: each finds one kind of thing in a sentence (names, ranks, quantities, labels,
// dates, breakdowns) and records it in the sentence's context; recognizers() runs them in order.
#pragma once

#include <vector>

#include "extract/sentence_context.h"

namespace claimtrace {

class Recognizer {
 public:
  virtual ~Recognizer() = default;
  virtual void recognize(SentenceContext& s) const = 0;
};

// Each recognizer is defined in the file of its name under extract/.

// Known names ("Lukashenko", "Belarus") and names of bodies ending in a body word.
class Mentions final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "decree No. 215": the number that identifies a document.
class DocumentNumbers final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// Shares said as a proportion: "one in five", "every fifth" (before ranks, whose ordinal it is).
class Shares final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "took up his post in March 2024", "ended his mission in 2019": a known holder's tenure of an
// office starts or ends; the date becomes that event.
class Tenures final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "seventh largest trading partner": ordinals and superlatives before a ranked noun.
class Ranks final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// Amounts, counts, percents, ratios and measures.
class Quantities final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "a small percent", "to fahrenheit": a percent or a temperature scale named with no value.
class UnvaluedQuantities final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "comprehensive strategic partnership": status labels, and the statuses events began.
class StatusLabels final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "First Deputy Prime Minister Mikalai Snapkou": the title a named person holds.
class Titles final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "Ambassador Zhang Xiao", "Zhang Xiao, China's ambassador": people not in the entity list,
// and the office they hold when its state is named.
class People final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "with the status of a special economic zone": the words after a status intro.
class Statuses final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "Belarus is a medium-sized state": the class a state is put in.
class StateClasses final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "the EU, UK, the USA and Canada": three or more names in a row.
class Lists final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// Periods for the claims found so far; dates no quantity took become date and event claims.
class DatesAsClaims final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// "$5 billion, of which $3.5 billion ...": a total and its parts among the claims found.
class Breakdowns final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};
// Numbers too large to hold: a warning with their place, as the number reader reads none.
class UnreadableNumbers final : public Recognizer {
 public:
  void recognize(SentenceContext& s) const override;
};

// Every recognizer, in the order they run on a sentence.
const std::vector<const Recognizer*>& recognizers();

}  // namespace claimtrace
