// How reports name a finding's subject, measure and period to a reader, not by their ids.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cctype>

#include "claimtrace/discrepancy.h"

namespace claimtrace {

namespace {

bool is_region_code(const std::string& id) {
  return id.size() == 2 && std::isupper(static_cast<unsigned char>(id[0])) &&
         std::isupper(static_cast<unsigned char>(id[1]));
}

// ICU's English name of a region code, or nothing when ICU does not know it.
std::string region_name(const std::string& code) {
  icu::UnicodeString name;
  icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale("en"), name);
  std::string out;
  name.toUTF8String(out);
  return out == code ? "" : out;
}

// "central_asia" -> "Central Asia".
std::string id_words(const std::string& id) {
  std::string out;
  bool start = true;
  for (char c : id) {
    if (c == '_' || c == '.') {
      out += ' ';
      start = true;
    } else {
      out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      start = false;
    }
  }
  return out;
}

}  // namespace

std::string subject_words(const std::string& subject) {
  std::string out, id;
  auto flush = [&] {
    if (id.empty()) return;
    std::string name = is_region_code(id) ? region_name(id) : "";
    out += (out.empty() ? "" : "\xE2\x80\x93") + (name.empty() ? id_words(id) : name);
    id.clear();
  };
  for (char c : subject) {
    if (c == '-') {
      flush();
    } else {
      id += c;
    }
  }
  flush();
  return out;
}

std::string period_words(const std::string& iso) {
  const size_t slash = iso.find('/');
  if (slash == std::string::npos) return iso;
  const std::string from = iso.substr(0, slash), to = iso.substr(slash + 1);
  if (to.empty()) return from + " to date";
  if (from.empty()) return "until " + to;
  return from + " to " + to;
}

std::string counted(size_t n, const std::string& singular, const std::string& plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

std::string Discrepancy::measure_words() const {
  std::string out = subject_words(subject);
  std::string what;
  for (char c : attribute) what += c == '.' || c == '_' ? ' ' : c;
  if (!what.empty()) out += (out.empty() ? "" : " ") + what;
  return out;
}

}  // namespace claimtrace
