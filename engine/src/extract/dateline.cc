// A dateline is the document's own statement of when it was written: news desks and ministries
// open with it, so a folder of saved articles with no manifest still dates "last year".
#include "extract/dateline.h"

#include <string_view>

namespace claimtrace {

namespace {

// Words a dateline may hold before its date: a place of one or more capitalized words ("Nur-
// Sultan", "New Delhi") or a label ("Published", "Updated"), and their punctuation.
constexpr size_t kMostWordsBefore = 5;

}  // namespace

std::optional<PartialDate> dateline_date(const SentenceContext& s) {
  if (s.dates.empty()) return std::nullopt;
  const DateMatch& d = s.dates.front();
  const Period& p = d.period;
  if (d.relative || d.anaphoric || d.weekday || d.refers_back || p.unresolved || p.begin_day == 0 ||
      p.begin_year != p.end_year || p.begin_month != p.end_month || p.begin_day != p.end_day) {
    return std::nullopt;
  }
  const std::span<const Token> t = s.tokens();
  if (d.first >= t.size()) return std::nullopt;
  // At the start of a line, after at most a place or a label: not a date the text goes on to
  // tell. The line begins after the last line break before the date, or with the sentence when
  // that begins one.
  const std::string_view text = s.doc.text.str();
  auto line_break_before = [&](uint64_t at) { return at == 0 || text[at - 1] == '\n'; };
  size_t from = 0;
  bool at_line_start = line_break_before(s.sentence.begin);
  for (size_t k = 0; k <= d.first; ++k) {
    const uint64_t gap_from = k == 0 ? s.sentence.begin : t[k - 1].end;
    if (text.substr(gap_from, t[k].begin - gap_from).find('\n') != std::string_view::npos) {
      from = k;
      at_line_start = true;
    }
  }
  if (!at_line_start) return std::nullopt;
  size_t words = 0;
  for (size_t k = from; k < d.first; ++k) {
    if (t[k].kind == TokenKind::kPunct) continue;
    if (t[k].kind != TokenKind::kWord || !t[k].capitalized || ++words > kMostWordsBefore) {
      return std::nullopt;
    }
  }
  // A place or a label is set off from the date ("Ruritown, 4 May", "Published: 4 May"), and the
  // date from the text ("4 May 2024 — The ..."): "On 4 May 2024 the ministers met" is no dateline.
  if (words > 0 && t[d.first - 1].kind != TokenKind::kPunct) return std::nullopt;
  // One word may close the date ("3 марта 2024 года."), as the languages' word for year does.
  size_t after = d.last;
  if (after < t.size() && t[after].kind == TokenKind::kWord && !t[after].capitalized) ++after;
  if (after < t.size() && (t[after].kind != TokenKind::kPunct || t[after].text == ",")) {
    return std::nullopt;
  }
  return PartialDate{p.begin_year, p.begin_month, p.begin_day, DatePrecision::kDay};
}

}  // namespace claimtrace
