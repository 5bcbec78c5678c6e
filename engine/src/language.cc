// Language detection by letter counts: no dictionary and no dependency, which suffices for the
// three languages the rules add (Latin script, Russian, Belarusian).
#include "language.h"

#include <algorithm>

namespace claimtrace {

std::string detect_language(std::string_view text) {
  text = text.substr(0, std::min<size_t>(text.size(), 64 * 1024));
  size_t latin = 0, cyrillic = 0, belarusian = 0, russian = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++latin;
    } else if ((c == 0xD0 || c == 0xD1) && i + 1 < text.size()) {
      const unsigned char n = static_cast<unsigned char>(text[++i]);
      ++cyrillic;
      const unsigned code = ((c & 0x1Fu) << 6) | (n & 0x3Fu);
      // і І ў Ў: Belarusian only; и И щ Щ ъ Ъ: Russian only.
      if (code == 0x456 || code == 0x406 || code == 0x45E || code == 0x40E) ++belarusian;
      if (code == 0x438 || code == 0x418 || code == 0x449 || code == 0x429 || code == 0x44A ||
          code == 0x42A) {
        ++russian;
      }
    }
  }
  if (cyrillic <= latin) return "en";
  return belarusian > russian ? "be" : "ru";
}

std::string document_language(const Document& document) {
  const std::string& tag = document.source.language.value;
  if (document.source.language.known() && !tag.empty()) {
    std::string primary = tag.substr(0, tag.find_first_of("-_"));
    for (char& c : primary) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (!primary.empty()) return primary;
  }
  return detect_language(document.text.str());
}

}  // namespace claimtrace
