// Bodies named by a proper name of their own rather than by a body's word: a quoted name after
// a body's word or a legal form, and an English name set beside a body's noun.
#pragma once

#include <string_view>

#include "extract/sentence_context.h"

namespace claimtrace {

// Marks that open and close a quoted name: «…», "…", “…”, „…“.
bool opens_quote(std::string_view x);
bool closes_quote(std::string_view x);

// Adds the sentence's bodies named so, after the known names are found: «Name» after a body's
// word or a legal form's acronym ("концерн «X»", "ОАО «X»"), the same quoted name again later in
// the document, in any case ending; "X, the ... institute"; "the X state concern".
void find_named_bodies(SentenceContext& s);

}  // namespace claimtrace
