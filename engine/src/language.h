// The language a document is read in: its metadata's when known, else guessed from its letters.
#pragma once

#include <string>
#include <string_view>

#include "claimtrace/document.h"

namespace claimtrace {

// "en", "ru" or "be" from the letters of (the first 64 KB of) a text: Cyrillic over Latin is
// Russian or Belarusian, told apart by the letters only one of them has (ў, і against и, щ, ъ);
// anything else is "en", the rules' default language.
std::string detect_language(std::string_view text);

// The primary tag of the language the metadata states (manifest, html lang, xml:lang), lower
// case ("ru-RU" -> "ru"); else detect_language on the document's text.
std::string document_language(const Document& document);

}  // namespace claimtrace
