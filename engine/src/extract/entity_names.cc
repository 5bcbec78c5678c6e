// Entity aliases at a token, as written or folded across scripts.
#include "extract/entity_names.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "stemmer.h"

namespace claimtrace {

namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A name in another script or with diacritics: fold the next few capitalized tokens the way
// the aliases were folded and look them up there ("Лукашенко" is Lukashenko).
void folded_match(const RuleData& r, std::span<const Token> t, size_t i,
                  std::vector<PhraseHit>& found) {
  size_t end = i;
  while (end < t.size() && end < i + 4 && (t[end].capitalized || t[end].joiner)) ++end;
  std::string folded;
  for (size_t k = i; k < end; ++k) {
    if (k > i && t[k].space_before) folded += ' ';
    folded += t[k].text;
  }
  folded = fold_name(folded);
  TokenizedSentence ft;
  tokenize(folded, 0, folded.size(), ft);
  r.words.identify(ft.tokens);
  std::vector<PhraseHit> hits;
  r.folded_entity_names.match_at(ft.tokens, 0, hits);
  if (hits.empty()) return;
  // Map the folded match back to the original tokens: same count of non-joiner tokens.
  size_t words = 0;
  for (size_t k = 0; k < hits.back().last; ++k) words += !ft.tokens[k].joiner;
  size_t last = i;
  for (size_t seen = 0; last < end && seen < words; ++last) seen += !t[last].joiner;
  // An acronym is written in capitals in every script ("ООН", "UN"): a word with lower-case
  // letters that folds to one is a name of its own ("Юн" is a surname, not the UN).
  const std::string_view matched(folded.data() + ft.tokens.front().begin,
                                 ft.tokens[hits.back().last - 1].end - ft.tokens.front().begin);
  std::string upper(matched);
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  if (upper != matched && r.alias_owners.count(upper)) {
    for (size_t k = i; k < last; ++k) {
      if (has_lower_case(t[k].text)) return;
    }
  }
  found.push_back(PhraseHit{i, last, hits.back().use});
}

// An inflected name ("Казахстаном", "Центральной Азии"): the next few capitalized tokens by
// their name_key, the way the aliases were keyed.
void inflected_match(const RuleData& r, std::span<const Token> t, size_t i,
                     std::vector<PhraseHit>& found) {
  size_t end = i;
  while (end < t.size() && end < i + 4 && (t[end].capitalized || t[end].joiner)) ++end;
  std::string words;
  for (size_t k = i; k < end; ++k) {
    if (k > i && t[k].space_before) words += ' ';
    words += t[k].text;
  }
  StemmingScope plain(nullptr);
  TokenizedSentence kt;
  std::vector<PhraseHit> hits;
  for (bool one_letter : {false, true}) {
    const std::string key = name_key(words, one_letter);
    tokenize(key, 0, key.size(), kt);
    r.words.identify(kt.tokens);
    r.stemmed_entity_names.match_at(kt.tokens, 0, hits);
    if (!hits.empty()) break;
  }
  if (hits.empty()) return;
  size_t words_matched = 0;
  for (size_t k = 0; k < hits.back().last; ++k) words_matched += !kt.tokens[k].joiner;
  size_t last = i;
  for (size_t seen = 0; last < end && seen < words_matched; ++last) seen += !t[last].joiner;
  found.push_back(PhraseHit{i, last, hits.back().use});
}

}  // namespace

bool has_lower_case(std::string_view s) {
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c > 0 && u_islower(c)) return true;
  }
  return false;
}

const PhraseHit* match_entity(const RuleData& r, std::span<const Token> t, size_t i,
                              std::vector<PhraseHit>& found) {
  found.clear();
  if ((t[i].capitalized || !r.aliases_capitalized) && r.entity_names.starts(t[i])) {
    r.entity_names.match_at(t, i, found);
  }
  // Inflected forms of Russian and Belarusian names ("Китая").
  if (found.empty() && t[i].capitalized && !is_ascii(t[i].text)) {
    inflected_match(r, t, i, found);
  }
  if (found.empty() && t[i].capitalized && !is_ascii(t[i].text)) folded_match(r, t, i, found);
  return found.empty() ? nullptr : &found.back();
}

std::string capital_state(const RuleData& r, std::span<const Token> t, size_t first, size_t last) {
  std::vector<PhraseHit> found;
  const PhraseHit* h = match_entity(r, t, first, found);
  if (!h || h->use.table != RuleData::kCapitalName || h->last != last) return "";
  return r.entities[h->use.row].id;
}

}  // namespace claimtrace
