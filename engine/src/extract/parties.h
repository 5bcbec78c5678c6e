// The parties a sentence names, and the subject they make when it states no relation.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/subject.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// The parties named in the sentence, in text order (not those a rank is scoped by, as in
// "after Russia", nor a currency's country).
std::vector<std::string> named_parties(const SentenceContext& s);

// Whether every party of `pair` is among `countries`; never for an empty pair.
bool all_named(const Subject& pair, const std::vector<std::string>& countries);

// The subject of a sentence that states no relation: one party, or a pair. More than two are
// no pair unless the paragraph's or the document's pair is among them; then the subject is not
// known. A sentence naming no party speaks of the pair its paragraph named last, else of the
// document's.
Subject sentence_subject(const SentenceContext& s, const std::vector<std::string>& countries);

}  // namespace claimtrace
