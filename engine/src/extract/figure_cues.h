// Figure cues: what a figure's clause and section tell its key beyond its own words (a change set
// against an earlier time, a state's whole trade, the pair a heading names for its section).
#pragma once

#include <optional>

#include "claimtrace/claim.h"
#include "claimtrace/subject.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// Whether the figure at `at` is set against an earlier time in its clause after it ("4.5% more
// than a year before", "на 4,5% больше, чем годом ранее"): a baseline phrase, one that counts
// only right before a date with that date, or a date only ever said to compare with.
bool against_baseline(const SentenceContext& s, const ClaimTokens& at);

// Whether the amount `c` is a level of one state's whole trade: its measure word follows a word
// of the whole ("foreign trade turnover", "внешнеторговый оборот"); a share of it or a place in
// it is the partner's too, so only amounts.
bool whole_trade(const SentenceContext& s, const Claim& c, const ClaimTokens& at);

// The pair a heading names: a short line with no figure and no full stop whose two states stand
// joined by a dash or "and" ("RURITANIA – FREEDONIA", "Руритания — Фридония: торговля в 2024
// году"); an empty subject for a heading that names no pair (it ends the section before), and
// nothing for a line that is no heading.
std::optional<Subject> heading_pair(const SentenceContext& s);

}  // namespace claimtrace
