// Official names of states from Debian's iso-codes (data read at run time): the English names
// of ISO 3166-1 and their gettext translations, which ICU lacks ("French Republic").
#pragma once

#include <map>
#include <string>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/status.h"

namespace claimtrace {

// One entry of iso_3166-1.xml; official_name and common_name may be empty.
struct IsoState {
  std::string code;  // alpha-2
  std::string name;
  std::string official_name;
  std::string common_name;

  bool operator==(const IsoState&) const = default;
};

// The English names and, per language, the translations of those names (msgid -> msgstr).
struct OfficialNames {
  std::vector<IsoState> states;
  std::map<std::string, std::map<std::string, std::string>> translations;

  bool operator==(const OfficialNames&) const = default;
  // The names of `state` in `language`: English official and common names, or the
  // translations of its name and official name; only names of two words or more, written
  // as running text names them (no "Bolivia, Plurinational State of").
  std::vector<std::string> names_of(const IsoState& state, const std::string& language) const;
};

// iso_3166-1.xml's entries; a malformed file is an error at its offset.
Result<std::vector<IsoState>> parse_iso_3166(const std::string& file, const std::string& text);
// A gettext .mo file's messages (either byte order); the header entry (empty msgid) and
// plural forms are left out. A truncated or malformed file is an error naming its offset.
Result<std::map<std::string, std::string>> parse_mo(const std::string& file,
                                                    const std::string& text);

// Reads <xml_dir>/iso_3166-1.xml and <locale_dir>/<language>/LC_MESSAGES/iso_3166-1.mo for
// each language but English through env. A file missing or malformed is a warning, and the
// names go on without it.
OfficialNames read_official_names(const Env& env, const std::string& xml_dir,
                                  const std::string& locale_dir,
                                  const std::vector<std::string>& languages,
                                  std::vector<Diagnostic>& warnings);

}  // namespace claimtrace
