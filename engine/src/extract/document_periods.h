// Document periods: what a figure stating no period of its own is about, from its document as a
// whole: the period its title reports on, or, for a figure set after the document's date, a goal.
#pragma once

#include "extract/sentence_context.h"

namespace claimtrace {

// Records the period the document's title names, when the sentence being bound is that title:
// the first sentence, a line of its own with no closing stop and no figure, naming one closed
// period of months or years that has ended by the document's date ("Armenia–China trade:
// statistical bulletin, 2024").
void note_title(SentenceContext& s);

// An amount or a share told as a fact, stating no period and continuing none, is about the
// period its document's title reports on, unless told of the present (`present`: "now"); counts
// mostly tell what stands on the document's day (companies registered), so they keep its date.
void title_period(const Discourse& w, Claim& c, bool present);

// A figure told as a fact but set for a time after its document, up to which it is to be reached
// ("trade of $5 billion by 2027" in a text of 2025), cannot have been observed: it is a goal the
// text states, with no verb of forecast (those make it a forecast before this). Only a date
// after a deadline word (rules: time goal-end, "by") sets one.
void future_goal(const SentenceContext& s, Claim& c);

}  // namespace claimtrace
