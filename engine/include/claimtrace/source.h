// Source: one document of the corpus and what is known about it (publisher, kind, date).
#pragma once

#include <optional>
#include <string>

namespace claimtrace {

// A metadata value and where it came from ("manifest", "html <title>", ...); from is empty
// when the value is unknown, so a report can say which fields are known and how.
struct SourceField {
  std::string value;
  std::string from;

  bool known() const { return !from.empty(); }
  bool operator==(const SourceField&) const = default;
};

enum class DatePrecision { kUnknown, kYear, kMonth, kDay };

// A calendar date that may be known only to the year or month.
struct PartialDate {
  int year = 0;
  int month = 0;  // 1-12, 0 when unknown
  int day = 0;    // 1-31, 0 when unknown
  DatePrecision precision = DatePrecision::kUnknown;

  bool operator==(const PartialDate&) const = default;
  // "2021-12-10", "2021-12", "2021" or "" for unknown.
  std::string iso() const;
  // Reads the ISO 8601 forms above, with any time part ignored ("2023-12-06T10:00:00Z"),
  // and d.m.yyyy ("10.12.2021"). Returns an unknown date on anything else.
  static PartialDate parse(const std::string& text);
};

const char* to_string(DatePrecision precision);

// An absolute http:// or https:// URL without spaces, quotes or angle brackets.
bool is_web_url(const std::string& url);
// A trust level, a number from 0 to 1 ("0.8"); nullopt for anything else.
std::optional<double> parse_trust(const std::string& text);

struct Source {
  std::string id;    // stable: from the manifest, else derived from the path
  std::string path;  // as given or found by the walk
  SourceField title;
  SourceField publisher;
  SourceField kind;  // official, analysis, policy-paper, speech, news, ...
  SourceField language;
  SourceField author;
  PartialDate published;
  std::string published_from;  // where the date came from; empty when unknown
  std::string url;             // where the document came from (manifest url), "" when unknown
  std::string archived_url;    // a frozen copy of it (manifest archived-url), "" when unknown
  // How far the desk trusts this source before any evidence, 0-1 (manifest trust-prior).
  std::optional<double> trust_prior;

  bool operator==(const Source&) const = default;
};

}  // namespace claimtrace
