// Names written in Cyrillic by a syllabic transcription (Palladius: "Си Цзиньпин", Polivanov:
// "Кисида Фумио", Kontsevich: "Юн Сок Ёль") read back into the Latin spellings the English
// press uses, by the tables of rules/transcription-*.xml: ICU's letter-by-letter
// transliteration ("kisida", "yun sok yol'") does not meet them.
#include <unicode/unistr.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "rule_data.h"
#include "verify/names.h"

namespace claimtrace {

namespace {

// Readings kept of one word and of a word's pieces: a name's own syllables have few, and the
// cap bounds a long word of many short pieces.
constexpr size_t kWordReadings = 48;

// Every reading of w[at..] as a sequence of t's syllables, appended to out (with prefix before
// each), up to the cap; dead marks the positions from which no sequence reaches the end.
void read_from(const Transcription& t, std::string_view w, size_t at, const std::string& prefix,
               std::vector<bool>& dead, std::vector<std::string>& out) {
  if (at == w.size()) {
    if (std::find(out.begin(), out.end(), prefix) == out.end()) out.push_back(prefix);
    return;
  }
  if (dead[at] || out.size() >= kWordReadings) return;
  const size_t before = out.size();
  const std::string_view rest = w.substr(at);
  auto next = [&](size_t length, const std::string& latin) {
    if (out.size() < kWordReadings) read_from(t, w, at + length, prefix + latin, dead, out);
  };
  for (const Transcription::Piece& s : t.syllables) {
    if (!rest.starts_with(s.cyrillic)) continue;
    for (const std::string& l : s.latin) next(s.cyrillic.size(), l);
  }
  for (const Transcription::Piece& i : t.initials) {
    if (!rest.starts_with(i.cyrillic)) continue;
    const std::string_view after = rest.substr(i.cyrillic.size());
    for (const Transcription::Piece& f : t.finals) {
      if (!after.starts_with(f.cyrillic)) continue;
      for (const std::string& li : i.latin) {
        for (const std::string& lf : f.latin) next(i.cyrillic.size() + f.cyrillic.size(), li + lf);
      }
    }
  }
  for (const Transcription::Piece& f : t.finals) {
    if (!rest.starts_with(f.cyrillic)) continue;
    for (const std::string& l : f.latin) next(f.cyrillic.size(), l);
  }
  if (out.size() == before && out.size() < kWordReadings) dead[at] = true;
}

std::vector<std::string> read_word(const Transcription& t, std::string_view w) {
  std::vector<std::string> out;
  std::vector<bool> dead(w.size() + 1, false);
  read_from(t, w, 0, "", dead, out);
  return out;
}

// A word's readings: as written, and as the word it is a case of when it ends in one of the
// system's case endings ("Тиня" read as "Тинь").
std::vector<std::string> read_declined(const Transcription& t, const std::string& w) {
  std::vector<std::string> out = read_word(t, w);
  for (const Transcription::Ending& e : t.endings) {
    if (w.size() <= e.ending.size() || !std::string_view(w).ends_with(e.ending)) continue;
    const std::string base = w.substr(0, w.size() - e.ending.size()) + e.base;
    for (std::string& r : read_word(t, base)) {
      if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(std::move(r));
    }
  }
  return out;
}

bool has_cyrillic(const std::string& s) {
  // Cyrillic letters are two bytes led by 0xD0..0xD4.
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xD0 && b <= 0xD4;
  });
}

}  // namespace

NameReading syllabic_reading(const Transcriptions& systems, const std::string& name) {
  if (systems.empty() || !has_cyrillic(name)) return {};
  std::string lower;
  icu::UnicodeString::fromUTF8(name).toLower().toUTF8String(lower);
  std::vector<std::string> words;
  std::string word;
  for (char c : lower + " ") {
    if (c != ' ' && c != '-') {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (words.empty()) return {};
  NameReading out;
  for (const Transcription& t : systems) {
    // A system reads the name only when it reads every word of it.
    NameReading read;
    for (const std::string& w : words) {
      std::vector<std::string> alternatives;
      for (const std::string& r : read_declined(t, w)) {
        // Folded as every spelling is compared ("shi" as "si", "j" as "zh").
        const std::vector<std::string> folded = spelling_words(r);
        if (folded.size() == 1 &&
            std::find(alternatives.begin(), alternatives.end(), folded[0]) == alternatives.end())
          alternatives.push_back(folded[0]);
      }
      if (alternatives.empty()) break;
      read.push_back(std::move(alternatives));
    }
    if (read.size() != words.size()) continue;
    if (out.empty()) {
      out = std::move(read);
      continue;
    }
    for (size_t i = 0; i < words.size(); ++i) {
      for (std::string& a : read[i]) {
        if (std::find(out[i].begin(), out[i].end(), a) == out[i].end()) out[i].push_back(a);
      }
    }
  }
  return out;
}

std::vector<std::vector<std::string>> reading_sides(const NameReading& reading) {
  // Keys pair a name's last word with each earlier word (person_index.h): two-word sides of
  // every alternative of the last word with every alternative of an earlier one give them all.
  std::vector<std::vector<std::string>> sides;
  if (reading.empty()) return sides;
  for (const std::string& last : reading.back()) {
    if (reading.size() == 1) sides.push_back({last});
    for (size_t i = 0; i + 1 < reading.size(); ++i) {
      for (const std::string& a : reading[i]) sides.push_back({a, last});
    }
  }
  return sides;
}

bool same_person_written(const Transcriptions& systems, const std::string& a,
                         const std::string& b) {
  const std::vector<std::string> wa = spelling_words(a), wb = spelling_words(b);
  if (same_person(wa, wb)) return true;
  const std::vector<std::string> la = spelling_words(person_lemma(a));
  const std::vector<std::string> lb = spelling_words(person_lemma(b));
  if (same_person_in_any_case(wa, la, wb, lb)) return true;
  const std::vector<std::string> ga = glued_words(a), gb = glued_words(b);
  if ((!ga.empty() || !gb.empty()) && same_person(ga.empty() ? wa : ga, gb.empty() ? wb : gb))
    return true;
  // A reading meets a hyphenated given name as one word too ("Цзиньпин" / "Jin-ping").
  const NameReading ra = syllabic_reading(systems, a), rb = syllabic_reading(systems, b);
  return (!ra.empty() && (same_person_read(ra, wb) || (!gb.empty() && same_person_read(ra, gb)))) ||
         (!rb.empty() && (same_person_read(rb, wa) || (!ga.empty() && same_person_read(rb, ga))));
}

}  // namespace claimtrace
