// The order recognizers run in: a claim takes its tokens, so an earlier recognizer wins a token
// both want.
#include "extract/recognizer.h"

namespace claimtrace {

const std::vector<const Recognizer*>& recognizers() {
  static const Mentions mentions;
  static const DocumentNumbers document_numbers;
  static const Shares shares;
  static const Ranks ranks;
  static const Quantities quantities;
  // After quantities, which read percent words and temperature scales that have a figure.
  static const UnvaluedQuantities unvalued_quantities;
  static const StatusLabels status_labels;
  static const Titles titles;
  static const People people;
  static const Statuses statuses;
  static const StateClasses state_classes;
  static const Lists lists;
  static const DatesAsClaims dates_as_claims;
  // After dates as claims: a tenure takes the date claim its phrase stands beside.
  static const Tenures tenures;
  static const Breakdowns breakdowns;
  static const UnreadableNumbers unreadable_numbers;
  // Shares before ranks: "every fifth visitor" is a share, not a fifth place.
  // Mentions first: titles, lists, state classes and binding read the names. Document numbers
  // before quantities ("No. 215" is no count), ranks before quantities ("seventh" is no
  // count either). People after titles, whose words they read. Labels, titles, statuses, state
  // classes and lists take what quantities left. Dates as claims come after every claim, since they
  // first give those claims their periods and a date a quantity took is no claim of its own;
  // breakdowns last, as they group the claims found. Unreadable numbers only warn, so their place
  // does not matter.
  static const std::vector<const Recognizer*> order = {&mentions,        &document_numbers,
                                                       &shares,          &ranks,
                                                       &quantities,      &unvalued_quantities,
                                                       &status_labels,   &titles,
                                                       &people,          &statuses,
                                                       &state_classes,   &lists,
                                                       &dates_as_claims, &tenures,
                                                       &breakdowns,      &unreadable_numbers};
  return order;
}

}  // namespace claimtrace
