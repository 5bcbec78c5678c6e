// A document's own date from its dateline, for a document no manifest or metadata dates.
#pragma once

#include <optional>

#include "claimtrace/source.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// The day a dateline at the start of a line gives ("Ruritown, 4 May 2024.", "4 May 2024 —",
// "Published: 2024-05-04"): a whole day, told absolutely, with at most a place or a label and
// punctuation before it on its line. `s` is started on one of the document's first sentences.
// Nothing otherwise: a date further in is what the text tells of, not when it was written.
std::optional<PartialDate> dateline_date(const SentenceContext& s);

}  // namespace claimtrace
