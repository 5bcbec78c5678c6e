// Reading Debian's iso-codes: iso_3166-1.xml with pugixml, the gettext .mo catalogues by hand
// (their format is a header and two tables of (length, offset) pairs).
#include "official_names.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdint>

#include "claimtrace/utf8.h"

namespace claimtrace {

namespace {

const char* kIsoFile = "iso_3166-1.xml";
const char* kMoFile = "iso_3166-1.mo";
constexpr uint32_t kMoMagic = 0x950412de;

Status bad_file(const std::string& file, uint64_t offset, const std::string& message) {
  return Status::error(StatusCode::kParseError, message,
                       Location{.file = file, .offset = static_cast<int64_t>(offset)});
}

// A name running text can use: two words or more, not an inverted catalogue form.
bool usable(const std::string& name) {
  return name.find(' ') != std::string::npos && name.find_first_of(",()") == std::string::npos &&
         is_valid_utf8(name);
}

}  // namespace

std::vector<std::string> OfficialNames::names_of(const IsoState& state,
                                                 const std::string& language) const {
  std::vector<std::string> out;
  auto add = [&](const std::string& name) {
    if (!name.empty() && usable(name) && std::find(out.begin(), out.end(), name) == out.end())
      out.push_back(name);
  };
  if (language == "en") {
    add(state.official_name);
    add(state.common_name);
    return out;
  }
  auto catalogue = translations.find(language);
  if (catalogue == translations.end()) return out;
  for (const std::string* english : {&state.name, &state.official_name}) {
    if (english->empty()) continue;
    if (auto t = catalogue->second.find(*english); t != catalogue->second.end()) add(t->second);
  }
  return out;
}

Result<std::vector<IsoState>> parse_iso_3166(const std::string& file, const std::string& text) {
  pugi::xml_document doc;
  pugi::xml_parse_result r = doc.load_buffer(text.data(), text.size());
  if (!r) {
    return bad_file(file, static_cast<uint64_t>(r.offset),
                    std::string("malformed XML: ") + r.description());
  }
  std::vector<IsoState> out;
  for (pugi::xml_node n : doc.document_element().children("iso_3166_entry")) {
    IsoState s{n.attribute("alpha_2_code").value(), n.attribute("name").value(),
               n.attribute("official_name").value(), n.attribute("common_name").value()};
    if (s.code.size() != 2 || s.name.empty()) {
      return bad_file(file, static_cast<uint64_t>(n.offset_debug()),
                      "iso_3166_entry without alpha_2_code or name");
    }
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::map<std::string, std::string>> parse_mo(const std::string& file,
                                                    const std::string& text) {
  const uint64_t size = text.size();
  bool swapped = false;
  auto word = [&](uint64_t at) {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const uint32_t b = static_cast<unsigned char>(text[at + static_cast<uint64_t>(i)]);
      v |= swapped ? b << (8 * (3 - i)) : b << (8 * i);
    }
    return v;
  };
  if (size < 20) return bad_file(file, size, "truncated .mo header");
  if (word(0) != kMoMagic) {
    swapped = true;
    if (word(0) != kMoMagic) return bad_file(file, 0, "not a .mo file (bad magic number)");
  }
  const uint64_t count = word(8), originals = word(12), translations = word(16);
  for (uint64_t table : {originals, translations}) {
    if (table + count * 8 > size) {
      return bad_file(file, table, "string table runs past the end of the file");
    }
  }
  // The string at entry i of a table, bounds-checked.
  auto string_at = [&](uint64_t table, uint64_t i) -> Result<std::string> {
    const uint64_t entry = table + i * 8;
    const uint64_t length = word(entry), at = word(entry + 4);
    if (at + length > size) return bad_file(file, entry, "string runs past the end of the file");
    return text.substr(at, length);
  };
  std::map<std::string, std::string> out;
  for (uint64_t i = 0; i < count; ++i) {
    Result<std::string> id = string_at(originals, i);
    if (!id.is_ok()) return id.status();
    Result<std::string> str = string_at(translations, i);
    if (!str.is_ok()) return str.status();
    // The header has an empty msgid; a plural msgid holds a NUL.
    if (id.value().empty() || id.value().find('\0') != std::string::npos) continue;
    out.emplace(id.value(), str.value());
  }
  return out;
}

OfficialNames read_official_names(const Env& env, const std::string& xml_dir,
                                  const std::string& locale_dir,
                                  const std::vector<std::string>& languages,
                                  std::vector<Diagnostic>& warnings) {
  OfficialNames names;
  auto warn = [&](const Status& s) {
    warnings.push_back({DiagnosticLevel::kWarning, s.where(),
                        s.message() + "; official names of states from it are not known"});
  };
  const std::string xml = join_path(xml_dir, kIsoFile);
  Result<std::string> text = env.read_file(xml, 16u << 20);
  if (!text.is_ok()) {
    warn(text.status());
    return names;
  }
  Result<std::vector<IsoState>> states = parse_iso_3166(xml, text.value());
  if (!states.is_ok()) {
    warn(states.status());
    return names;
  }
  names.states = std::move(states).value();
  for (const std::string& language : languages) {
    if (language == "en") continue;
    const std::string mo =
        join_path(join_path(join_path(locale_dir, language), "LC_MESSAGES"), kMoFile);
    Result<std::string> catalogue = env.read_file(mo, 16u << 20);
    if (!catalogue.is_ok()) {
      warn(catalogue.status());
      continue;
    }
    Result<std::map<std::string, std::string>> parsed = parse_mo(mo, catalogue.value());
    if (!parsed.is_ok()) {
      warn(parsed.status());
      continue;
    }
    names.translations[language] = std::move(parsed).value();
  }
  return names;
}

}  // namespace claimtrace
