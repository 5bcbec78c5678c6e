// How names are read for the name checks: folded for comparison and split into words.
#pragma once

#include <string>
#include <vector>

#include "claimtrace/discrepancy.h"
#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "transcriptions.h"

namespace claimtrace {

// Lower case, the typographic apostrophe read as '.
std::string fold_surface(const std::string& s);
// Words split at spaces and hyphens.
std::vector<std::string> name_words(const std::string& s);

// A name folded across scripts for comparing spellings: Latin letters, lower case, words split
// at spaces and hyphens, transliteration habits evened out ("j" as "zh", "x" as "ks").
std::vector<std::string> spelling_words(const std::string& name);
// spelling_words of a name with its hyphenated words written as one ("Wen-chuan" as
// "Wenchuan"), as romanizations of Chinese and Korean given names do either; empty when the
// name has no hyphen.
std::vector<std::string> glued_words(const std::string& name);
// A name in Cyrillic read by syllabic transcriptions: per word, its Latin readings folded as
// spelling_words ("Юн Сок Ёль" -> {yun yoon}, {sok suk seok}, {yol yeol}).
using NameReading = std::vector<std::vector<std::string>>;
// The readings of a name by every system that reads each of its words as a sequence of the
// system's syllables (a declined word also as the word it is a case of); empty when none does
// ("Иванов") or the name has no Cyrillic.
NameReading syllabic_reading(const Transcriptions& systems, const std::string& name);
// Word lists that key a reading in a PersonIndex as its every combination would.
std::vector<std::vector<std::string>> reading_sides(const NameReading& reading);
// Whether two folded words may spell one name: the same consonants with a few vowels apart
// ("mirziyoyev" / "mirzieev"), or one letter apart in a longer word ("wenchuan" / "wenchuang").
bool same_word(const std::string& a, const std::string& b);
// Whether one folded word is the initial of the other: a single letter and a longer word it
// begins ("a" of "aleksandr": "A. Lukashenko").
bool initial_of(const std::string& a, const std::string& b);
// Whether two names (spelling_words) may name one person: every word of the shorter matches,
// in order, a word of the longer (a given name also by its initial), the last (the surname)
// the last. "Viktor Lukashenko" and "Alexander Lukashenko" do not, nor "V. Lukashenko".
bool same_person(const std::vector<std::string>& a, const std::vector<std::string>& b);
// same_person of a name read by a transcription (some reading of each word) and a spelling:
// the same rule, every word of the shorter matching, so two Kims with other given names differ.
bool same_person_read(const NameReading& a, const std::vector<std::string>& b);
// same_person where each word of a name is read as written or as its lemma's word (the same
// count of words: spelling_words of person_lemma): "Касым-Жомартом Токаевым" keeps "Касым"
// uninflected beside "Токаевым" cut to "Токаев", and meets "Kassym-Jomart Tokayev".
bool same_person_in_any_case(const std::vector<std::string>& a,
                             const std::vector<std::string>& a_cut,
                             const std::vector<std::string>& b,
                             const std::vector<std::string>& b_cut);
// Keys of a folded word such that two words same_stem (so same_word) may match share one: an
// index by them finds every candidate spelling without comparing every pair.
std::vector<std::string> stem_keys(const std::string& w);

// A name lower case, each Cyrillic word cut before a case ending (at least three letters
// kept): "Шавкатом Мирзиёевым", "Мирзиёеву" and "Мирзиёев" share one lemma. Latin names as
// written, lower case.
std::string person_lemma(const std::string& surface);

// same_person on two names as written and by their lemmas (a name in any case: "Назаровым" is
// Nazarov), a name in Cyrillic also by its syllabic readings ("Си Цзиньпин" is Xi Jinping).
bool same_person_written(const Transcriptions& systems, const std::string& a, const std::string& b);

// Who an office claim says holds the office: its text before ", " ("zang xiao").
std::string holder_of(const std::string& office_text);

// Bodies not in the entity list whose names are spellings of one name: name_variant findings.
void body_variants(const std::vector<Document>& docs, const std::vector<Extraction>& extractions,
                   std::vector<Discrepancy>& out);

// One status label (keyed by its English meaning) written in several languages: name_variant
// findings, one per label.
struct CheckInput;
void label_translations(const CheckInput& in, std::vector<Discrepancy>& out);

// People not in the entity list whose names are spellings of one name: name_variant findings.
void person_variants(const std::vector<Document>& docs, const std::vector<Extraction>& extractions,
                     const std::string& office_attribute, const Transcriptions& transcriptions,
                     std::vector<Discrepancy>& out);

}  // namespace claimtrace
