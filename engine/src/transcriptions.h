// Syllabic transcriptions of names into Cyrillic (rules/transcription-*.xml): the tables that
// read a name back into the Latin spellings the English press uses.
#pragma once

#include <string>
#include <vector>

namespace claimtrace {

// One system (Palladius for Chinese, Polivanov for Japanese, Kontsevich for Korean ...): its
// pieces in lower-case Cyrillic, each with its Latin readings, the usual one first. A syllable
// is a whole syllable, or an initial and a final together, or a final alone.
struct Transcription {
  struct Piece {
    std::string cyrillic;
    std::vector<std::string> latin;
    bool operator==(const Piece&) const = default;
  };
  // A case ending of a declined name and what the name ends in instead ("ы" / "а": "Кисиды"
  // is "Кисида"; "я" / "ь": "Тиня" is "Тинь").
  struct Ending {
    std::string ending, base;
    bool operator==(const Ending&) const = default;
  };
  std::string system;
  std::vector<Piece> syllables, initials, finals;  // each longest first
  std::vector<Ending> endings;
  bool operator==(const Transcription&) const = default;
};

using Transcriptions = std::vector<Transcription>;

}  // namespace claimtrace
