// The language a document is read in: its metadata's when known, else identified from its text.
#pragma once

#include <string>
#include <string_view>

#include "claimtrace/document.h"

namespace claimtrace {

// The primary language tag of (the first 4 KB of) a text: CLD2's when it is reliable ("pl",
// "sr", "uz", "ru"); for a text too short or mixed for it, letter counts: Cyrillic over Latin
// is Russian or Belarusian (ў, і against и, щ, ъ), anything else "en", the rules' default.
std::string detect_language(std::string_view text);

// The primary tag of the language the metadata states (manifest, html lang, xml:lang), lower
// case ("ru-RU" -> "ru"); else detect_language on the document's text.
std::string document_language(const Document& document);

}  // namespace claimtrace
