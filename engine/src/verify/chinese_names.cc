// Chinese names written in Cyrillic by the Palladius system ("Си Цзиньпин", "Чжан Сяо") read
// back into pinyin ("xi jinping", "zhang xiao"), so they meet their Latin spellings: ICU's
// letter-by-letter transliteration ("si czin'pin") does not.
#include <unicode/unistr.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "verify/names.h"

namespace claimtrace {

namespace {

struct Sound {
  std::string_view cyrillic, pinyin;
};

// Longest first, so a greedy try of each table finds "чж" before "ч", "ань" before "а".
constexpr Sound kInitials[] = {{"чж", "zh"}, {"цз", "z"}, {"ч", "ch"}, {"ш", "sh"}, {"ж", "r"},
                               {"ц", "c"},   {"с", "s"},  {"б", "b"},  {"п", "p"},  {"м", "m"},
                               {"ф", "f"},   {"д", "d"},  {"т", "t"},  {"н", "n"},  {"л", "l"},
                               {"г", "g"},   {"к", "k"},  {"х", "h"}};
constexpr Sound kFinals[] = {{"уань", "uan"}, {"юань", "uan"}, {"уай", "uai"}, {"уан", "uang"},
                             {"янь", "ian"},  {"ань", "an"},   {"энь", "en"},  {"инь", "in"},
                             {"унь", "un"},   {"юнь", "un"},   {"ян", "iang"}, {"яо", "iao"},
                             {"ан", "ang"},   {"ао", "ao"},    {"ай", "ai"},   {"эй", "ei"},
                             {"эн", "eng"},   {"эр", "er"},    {"ин", "ing"},  {"юн", "iong"},
                             {"ун", "ong"},   {"оу", "ou"},    {"уа", "ua"},   {"уй", "ui"},
                             {"уо", "uo"},    {"юй", "u"},     {"юэ", "ue"},   {"а", "a"},
                             {"о", "o"},      {"э", "e"},      {"е", "ie"},    {"и", "i"},
                             {"ы", "i"},      {"я", "ia"},     {"ю", "iu"},    {"у", "u"}};
// Syllables without an initial.
constexpr Sound kAlone[] = {
    {"юань", "yuan"}, {"вань", "wan"}, {"вэнь", "wen"}, {"янь", "yan"}, {"инь", "yin"},
    {"юнь", "yun"},   {"ань", "an"},   {"энь", "en"},   {"вай", "wai"}, {"вэй", "wei"},
    {"ван", "wang"},  {"вэн", "weng"}, {"ян", "yang"},  {"яо", "yao"},  {"ин", "ying"},
    {"юн", "yong"},   {"юй", "yu"},    {"юэ", "yue"},   {"ай", "ai"},   {"ан", "ang"},
    {"ао", "ao"},     {"оу", "ou"},    {"эй", "ei"},    {"эн", "eng"},  {"эр", "er"},
    {"ва", "wa"},     {"во", "wo"},    {"а", "a"},      {"о", "o"},     {"э", "e"},
    {"и", "yi"},      {"я", "ya"},     {"е", "ye"},     {"ю", "you"},   {"у", "wu"}};

// The syllable of an initial and a final in pinyin: "с" + "яо" is "xiao", "с" + "ы" is "si".
std::string syllable(const Sound& initial, const Sound& final) {
  std::string out(initial.pinyin);
  const bool front = final.cyrillic.starts_with("ю") ||
                     (final.pinyin[0] == 'i' && !final.cyrillic.starts_with("ы"));
  if (front && (out == "z" || out == "c" || out == "s"))
    out = out == "z" ? "j" : out == "c" ? "q" : "x";
  const bool lips = out == "b" || out == "p" || out == "m" || out == "f";
  out += final.cyrillic == "о" && !lips ? std::string_view("uo") : final.pinyin;
  return out;
}

// The word [at, end) as Palladius syllables, or nothing.
std::optional<std::string> syllables(std::string_view w) {
  if (w.empty()) return std::string();
  for (const Sound& i : kInitials) {
    if (!w.starts_with(i.cyrillic)) continue;
    const std::string_view rest = w.substr(i.cyrillic.size());
    for (const Sound& f : kFinals) {
      if (!rest.starts_with(f.cyrillic)) continue;
      if (auto tail = syllables(rest.substr(f.cyrillic.size()))) return syllable(i, f) + *tail;
    }
  }
  for (const Sound& a : kAlone) {
    if (!w.starts_with(a.cyrillic)) continue;
    if (auto tail = syllables(w.substr(a.cyrillic.size()))) return std::string(a.pinyin) + *tail;
  }
  return std::nullopt;
}

}  // namespace

std::string palladius_pinyin(const std::string& name) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
  u.toLower();
  std::string lower;
  u.toUTF8String(lower);
  std::string out, word;
  for (size_t i = 0; i <= lower.size(); ++i) {
    const char c = i < lower.size() ? lower[i] : ' ';
    if (c != ' ' && c != '-') {
      word += c;
      continue;
    }
    if (word.empty()) continue;
    std::optional<std::string> read = syllables(word);
    if (!read) return "";
    out += (out.empty() ? "" : " ") + *read;
    word.clear();
  }
  return out;
}

bool same_person_written(const std::string& a, const std::string& b) {
  const std::vector<std::string> wa = spelling_words(a), wb = spelling_words(b);
  if (same_person(wa, wb)) return true;
  const std::vector<std::string> la = spelling_words(person_lemma(a));
  const std::vector<std::string> lb = spelling_words(person_lemma(b));
  if (same_person_in_any_case(wa, la, wb, lb)) return true;
  const std::string pa = palladius_pinyin(a), pb = palladius_pinyin(b);
  return (!pa.empty() && same_person(spelling_words(pa), wb)) ||
         (!pb.empty() && same_person(wa, spelling_words(pb)));
}

}  // namespace claimtrace
