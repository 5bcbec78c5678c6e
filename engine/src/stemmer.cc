// Stemming through Snowball's Russian stemmer. Snowball has no Belarusian one: Belarusian words
// are first spelt the Russian way where the endings differ only in letters (і -> и, ў -> у,
// genitive plural -аў/-яў -> -ов/-ев), which is enough for the Russian endings to strip.
#include "stemmer.h"

#include <libstemmer.h>

#include "token.h"

namespace claimtrace {

namespace {

thread_local Stemmer* g_active = nullptr;

bool has_cyrillic(std::string_view s) {
  for (unsigned char c : s) {
    if (c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3) return true;
  }
  return false;
}

// Belarusian letters and endings to their Russian spelling, byte length kept.
std::string russian_spelling(std::string_view be) {
  std::string out(be);
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] == '\xD1' && out[i + 1] == '\x96') {  // і (U+0456) -> и (U+0438: D0 B8)
      out[i] = '\xD0', out[i + 1] = '\xB8';
    }
    if (out[i] == '\xD1' && out[i + 1] == '\x9E') {  // ў -> у
      out[i] = '\xD1', out[i + 1] = '\x83';
    }
  }
  auto ends = [&](std::string_view suffix) {
    return out.size() >= suffix.size() &&
           std::string_view(out).substr(out.size() - suffix.size()) == suffix;
  };
  // Adjective endings "-ае", "-ага", "-аму" are Russian "-ое", "-ого", "-ому" ("усепагоднае",
  // "стратэгічнага").
  if (ends("ае") && out.size() > 8) out.replace(out.size() - 4, 4, "ое");
  if (ends("ага") && out.size() > 10) out.replace(out.size() - 6, 6, "ого");
  if (ends("аму") && out.size() > 10) out.replace(out.size() - 6, 6, "ому");
  if (ends("ау") && out.size() > 8)
    out.replace(out.size() - 4, 4, "ов");
  else if (ends("яу") && out.size() > 8)
    out.replace(out.size() - 4, 4, "ев");
  return out;
}

// Case endings of Russian and Belarusian nouns and adjectives, longest first.
const char* const kNameEndings[] = {
    // "-яй" is the Belarusian instrumental of "-ія"/"-ыя" ("Турцыяй").
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ая",  "яя", "яй", "ое", "ее",
    "ые",  "ие",  "ый",  "ий",  "ой",  "ей",  "ою",  "ею",  "ью",  "ом", "ем", "ам", "ям",
    "ах",  "ях",  "ым",  "им",  "ых",  "их",  "ае",  "ага", "аму", "ую", "юю", "а",  "я",
    "у",   "ю",   "е",   "и",   "ы",   "ь",   "й",   "о",   "і",   "ў"};

std::string cut_name_ending(std::string word, bool one_letter) {
  if (!has_cyrillic(word)) return word;
  for (const char* e : kNameEndings) {
    std::string_view ending(e);
    if (one_letter && ending.size() > 2) continue;
    // Keep at least three letters (six bytes) of the stem.
    if (word.size() >= ending.size() + 6 &&
        std::string_view(word).substr(word.size() - ending.size()) == ending) {
      word.resize(word.size() - ending.size());
      // A Belarusian instrumental doubles the consonant before "-ю" ("Беларуссю" of
      // "Беларусь"): the stem has it once, as the nominative does.
      if (ending == "ю" && word.size() >= 10 &&
          word.compare(word.size() - 4, 2, word, word.size() - 2, 2) == 0 &&
          std::string_view("бвгджзклмнпрстфхцчшщ").find(word.substr(word.size() - 2)) !=
              std::string_view::npos) {
        word.resize(word.size() - 2);
      }
      break;
    }
  }
  return word;
}

}  // namespace

std::string name_key(std::string_view phrase, bool one_letter) {
  StemmingScope plain(nullptr);
  TokenizedSentence t;
  tokenize(phrase, 0, phrase.size(), t);
  std::string key;
  for (const Token& tok : t.tokens) {
    if (tok.joiner) continue;
    if (!key.empty()) key += ' ';
    key += cut_name_ending(std::string(tok.lower), one_letter);
  }
  return key;
}

std::unique_ptr<Stemmer> Stemmer::for_language(std::string_view language) {
  const bool be = language == "be";
  if (language != "ru" && !be) return nullptr;
  sb_stemmer* s = sb_stemmer_new("russian", "UTF_8");
  if (!s) return nullptr;
  return std::unique_ptr<Stemmer>(new Stemmer(s, be));
}

Stemmer::Stemmer(sb_stemmer* snowball, bool belarusian)
    : snowball_(snowball), belarusian_(belarusian) {}

Stemmer::~Stemmer() { sb_stemmer_delete(snowball_); }

std::string_view Stemmer::stem(std::string_view lower) {
  if (!has_cyrillic(lower)) return lower;
  auto hit = cache_.find(lower);
  if (hit != cache_.end()) return hit->second;
  std::string word = belarusian_ ? russian_spelling(lower) : std::string(lower);
  const sb_symbol* s = sb_stemmer_stem(snowball_, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  std::string stem = s ? std::string(reinterpret_cast<const char*>(s),
                                     static_cast<size_t>(sb_stemmer_length(snowball_)))
                       : word;
  if (stem.size() > lower.size()) stem = std::string(lower);
  return cache_.emplace(std::string(lower), std::move(stem)).first->second;
}

StemmingScope::StemmingScope(Stemmer* stemmer) : previous_(g_active) { g_active = stemmer; }
StemmingScope::~StemmingScope() { g_active = previous_; }

Stemmer* active_stemmer() { return g_active; }

}  // namespace claimtrace
