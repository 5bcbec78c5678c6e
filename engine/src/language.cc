// Language identification: CLD2 (Debian libcld2, Apache-2.0) names the language of a text from
// its words, so an untagged Polish or Serbian Latin document is not taken for English; the
// letter counts below remain for texts too short or mixed for CLD2 to be reliable.
#include "language.h"

// CLD2's header uses FILE without including its header.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>

#include <algorithm>

namespace claimtrace {

namespace {

// A prefix of the text cut at a character boundary: enough words to tell a language.
constexpr size_t kSample = 4 * 1024;
// Fewer letters than this are no sample: CLD2 calls "Tokayev, 2023." Azerbaijani, reliably.
constexpr int kLeastLetters = 80;

std::string_view sample(std::string_view text) {
  if (text.size() <= kSample) return text;
  size_t n = kSample;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return text.substr(0, n);
}

// "en", "ru" or "be" from letter counts: Cyrillic over Latin is Russian or Belarusian, told
// apart by the letters only one of them has (ў, і against и, щ, ъ); else "en".
std::string language_by_letters(std::string_view text) {
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

// CLD2's primary tag when it is reliable about most of the text, else "".
std::string language_by_words(std::string_view text) {
  // CLD2 leaves these unwritten on some inputs (invalid or empty text): read only as set here.
  CLD2::Language top3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  double scores3[3] = {0, 0, 0};
  int text_bytes = 0, valid_prefix = 0;
  bool reliable = false;
  const CLD2::Language found = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), true, nullptr, 0, top3, percent3, scores3,
      nullptr, &text_bytes, &reliable, &valid_prefix);
  // The language most of the text is in: CLD2's summary prefers a minority language over
  // English (it takes English for web boilerplate), so an English report quoting a few Russian
  // sentences would otherwise be read with the Russian profile.
  const CLD2::Language most = top3[0];
  if (!reliable || text_bytes < kLeastLetters || found == CLD2::UNKNOWN_LANGUAGE ||
      most == CLD2::UNKNOWN_LANGUAGE || most == CLD2::TG_UNKNOWN_LANGUAGE || percent3[0] < 50) {
    return "";
  }
  std::string code = CLD2::LanguageCode(most);
  return code.substr(0, code.find('-'));
}

}  // namespace

std::string detect_language(std::string_view text) {
  text = sample(text);
  std::string by_words = language_by_words(text);
  return by_words.empty() ? language_by_letters(text) : by_words;
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
