// Date recognizer, the shapes a date is written in: "17 September 2021", "Q1", "the 2000s".
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "claimtrace/period.h"
#include "date_finder.h"

namespace claimtrace::date_finder {

// "late May", "end of October 2019", "the beginning of December", "mid-2020", "end of 2020".
std::optional<Point> Finder::part_point(size_t q) const {
  if (!in(time_.part_words, q)) return std::nullopt;
  size_t k = q + 1;
  if (punct(k, '-') && t_[k].joiner) ++k;
  if (in(time_.year_prepositions, k)) ++k;
  std::optional<Point> p = month_point(k);
  if (!p) {
    auto y = year_ref(k);
    if (!y) return std::nullopt;
    p = Point{};
    auto it = time_.part_months.find(low_[q]);
    if (it != time_.part_months.end() && it->second.first >= 1 &&
        it->second.first <= it->second.second && it->second.second <= 12) {
      set_year(*p, *y, it->second.first, it->second.second);
    } else {
      set_year(*p, *y, 0, 0);
    }
  }
  p->first = q;
  p->structured = true;
  p->month_alone = false;
  return p;
}

// "Monday, December 4", "Monday 4 December": the weekday only confirms a dated day. Alone
// ("on Wednesday", "в среду", "у панядзелак") it is the last such day up to the document's
// date, as a report tells what happened in its week. After a shift word ("last Friday", "в
// прошлый вторник") the most recent such day before the document's date, as news reports use
// it, save the day before (that is "yesterday"); after "next" ("next Wednesday", "в следующую
// среду") the first after it, save the day after. A weekday alone
// may also be the coming one: extract/dates_as_claims.cc keeps it only for a thing told as done.
std::optional<Point> Finder::weekday_point(size_t q) const {
  int shift = 0;  // -1: "last Friday", +1: "next Wednesday"
  size_t w = q;
  if (!in(time_.weekdays, q)) {
    if (!word(q) || low_[q].empty()) return std::nullopt;
    auto by = time_.weekday_shifts.find(low_[q]);
    if (by != time_.weekday_shifts.end()) shift = by->second;
    if (shift == 0 || !in(time_.weekdays, q + 1)) return std::nullopt;
    w = q + 1;
  }
  if (shift == 0) {
    size_t k = q + 1;
    if (punct(k, ',')) ++k;
    std::optional<Point> p = day_month_point(k);
    if (!p) p = month_point(k);
    if (p && p->has_day) {
      p->first = q;
      return p;
    }
  }
  const PartialDate& doc = ctx_.document_date;
  auto day = time_.weekday_numbers.find(low_[w]);
  if (day == time_.weekday_numbers.end() || doc.precision != DatePrecision::kDay || doc.month < 1 ||
      doc.day < 1) {
    return std::nullopt;
  }
  const long today = days_from_civil(doc.year, doc.month, doc.day);
  const int doc_weekday = static_cast<int>(((today + 3) % 7 + 7) % 7) + 1;  // Monday 1
  int back = (doc_weekday - day->second + 7) % 7;
  // "Last Friday" told on a Friday is a week before; told on a Saturday, too, as the day
  // before would be "yesterday" or "on Friday". "Next" likewise, forward.
  if (shift < 0 && back <= 1) back += 7;
  if (shift > 0) back = back >= 6 ? back - 14 : back - 7;
  Point p;
  p.first = q;
  p.last = w + 1;
  civil_from_days(today - back, p.period.begin_year, p.period.begin_month, p.period.begin_day);
  p.period.end_year = p.period.begin_year;
  p.period.end_month = p.period.begin_month;
  p.period.end_day = p.period.begin_day;
  p.relative = true;
  p.has_day = true;
  p.month_alone = shift == 0;  // a weekday alone is a date only after a preposition
  p.weekday = true;
  p.weekday_settled = shift != 0;
  return p;
}

// "that September": a month in the year last written.
// "last December", "next March": the first word of a two-word relative year ("last year") before
// a month alone names that month's nearest occurrence before (or after) the document's month.
// Only the reading the document's date settles is taken: "last March" in a June document may
// mean either year, so it stays no date, as a month without a preposition always was.
std::optional<Point> Finder::shifted_month_point(size_t q) const {
  // After a determiner the word is a noun's ("the last may be"), not the month's.
  if (!word(q) || !month_at(q + 1) || (q > 0 && in(time_.determiners, q - 1)) ||
      ctx_.document_date.precision == DatePrecision::kUnknown || ctx_.document_date.month < 1) {
    return std::nullopt;
  }
  int offset = 0;
  for (const auto& [seq, by] : time_.relative_years) {
    if (seq.size() == 2 && by != 0 && seq[0] == t_[q].lower) offset = by;
  }
  // "that may have": a Latin month name in lower case after "that" is another word.
  const unsigned char initial = static_cast<unsigned char>(t_[q + 1].text[0]);
  const bool back =
      offset == 0 && in(time_.anaphoric_month_words, q) && !(initial >= 'a' && initial <= 'z');
  if (offset == 0 && !back) return std::nullopt;
  std::optional<Point> p = month_point(q + 1);
  if (!p || !p->month_alone || p->has_day) return std::nullopt;
  if (back) {
    // "that September": the month in the year last written; none written, no date.
    if (!ctx_.last_year) return std::nullopt;
    p->first = q;
    p->period.begin_year = p->period.end_year = ctx_.last_year;
    p->period.unresolved = false;
    p->relative = false;
    p->anaphoric = true;
    p->from_document = false;
    p->month_alone = false;
    return p;
  }
  const int m = p->period.begin_month, doc_month = ctx_.document_date.month;
  if (offset < 0 ? m < doc_month : m > doc_month) return std::nullopt;
  const int year = ctx_.document_date.year + (offset < 0 ? -1 : 1);
  p->first = q;
  p->period.begin_year = p->period.end_year = year;
  p->period.unresolved = false;
  p->relative = true;
  p->anaphoric = false;
  p->from_document = false;
  p->month_alone = false;
  return p;
}

// "summer of 1994", "summer 2020", "winter of this year".
std::optional<Point> Finder::season_point(size_t q) const {
  if (!word(q) || !time_.may_hold(t_[q].word, TimeWords::kSeason)) return std::nullopt;
  auto it = time_.seasons.find(low_[q]);
  if (it == time_.seasons.end() || it->second < 1 || it->second > 12) return std::nullopt;
  size_t k = q + 1;
  if (in(time_.year_prepositions, k)) ++k;
  auto y = year_ref(k);
  if (!y) return std::nullopt;
  Point p;
  p.first = q;
  set_year(p, *y, it->second, it->second + 2);
  p.structured = true;
  return p;
}

// "first three quarters of the current year", "first half of 2021", "9 months of 2025", "the
// first quarter 2024": [ordinal] [count] unit [preposition] year. `determined` (after "the"),
// with no year: of the year being told ("in the nine months"), else the document's.
std::optional<Point> Finder::partial_point(size_t q, bool determined) const {
  int ord = 0, count = 0;
  size_t k = q;
  auto nm = number(k);
  if (nm && nm->ordinal) {
    if (nm->value < 1 || nm->value > 12) return std::nullopt;
    ord = static_cast<int>(nm->value);
    k = nm->last;
    nm = number(k);
  }
  if (nm && !nm->ordinal && !nm->vague && !nm->has_multiplier && nm->last > k) {
    double value = nm->value;
    size_t end = nm->last;
    // "three quarters" reads as 0.75: take the count back from the fraction word.
    auto f = end - 1 > k && word(end - 1) ? numbers_.fractions.find(low_[end - 1])
                                          : numbers_.fractions.end();
    bool from_fraction = false;
    if (f != numbers_.fractions.end() && f->second > 0 && value != std::floor(value)) {
      value /= f->second;
      end -= 1;
      if (end > k && punct(end - 1, '-')) end -= 1;
      from_fraction = true;
    }
    // Anything but a whole count from 1 to 12 is not a count ("half" is the unit itself); "one
    // quarter" with no ordinal is a fraction ("grew by one quarter in 2024"), no period.
    const double c = std::round(value);
    if (c >= 1 && c <= 12 && std::fabs(value - c) < 1e-9 && !(from_fraction && c == 1 && !ord)) {
      count = static_cast<int>(c);
      k = end;
    }
  }
  if (!ord && !count) return std::nullopt;
  int unit = 0;
  if (in(time_.quarter_words, k)) {
    unit = 3;
  } else if (in(time_.month_unit_words, k)) {
    unit = 1;
  } else if (in(time_.half_year_words, k)) {
    unit = 6;
  } else if (word(k)) {
    auto f = numbers_.fractions.find(low_[k]);
    if (f != numbers_.fractions.end()) {
      const double months = f->second * 12;
      if (months >= 1 && months <= 12 && months == static_cast<int>(months)) {
        unit = static_cast<int>(months);
      }
    }
  }
  if (!unit) return std::nullopt;
  ++k;
  std::optional<YearRef> y = in(time_.year_prepositions, k) ? year_ref(k + 1) : year_ref(k);
  // Without a year, not "of" something else either ("the first half of the decade").
  const bool refers_back = !y && determined && !in(time_.year_prepositions, k);
  if (refers_back) {
    // The year of the period being told, or of the document.
    const std::optional<Period> told = this->told();
    if (told && told->begin_year == told->end_year) {
      y = YearRef{k, told->begin_year, false, true, 0};
    } else {
      y = YearRef{k, doc_year(), true, false, 0};
    }
  }
  if (!y) return std::nullopt;
  const int begin = ((ord ? ord : 1) - 1) * unit + 1;
  const int end = begin + (count ? count : 1) * unit - 1;
  if (end > 12) return std::nullopt;
  Point p;
  p.first = q;
  set_year(p, *y, begin, end);
  p.structured = true;
  p.refers_back = refers_back;
  return p;
}

// Statistical shorthand for a part of a year, then the year: "Q1 2024", "Q3 2025", "1Q 2024",
// "H1 2025", "2H 2024", "Q1-Q3 2025" (January to September).
std::optional<Point> Finder::glued_part_point(size_t q) const {
  if (q >= n_ || !word(q) || low_[q].size() != 2) return std::nullopt;
  const std::string_view w = low_[q];
  const bool digit_first = w[0] >= '1' && w[0] <= '9';
  const char letter = digit_first ? w[1] : w[0];
  const char digit = digit_first ? w[0] : w[1];
  if (digit < '1' || digit > '9') return std::nullopt;
  const int n = digit - '0';
  int begin = 0, end = 0;
  if (letter == 'q' && n <= 4) {
    begin = (n - 1) * 3 + 1;
    end = begin + 2;
  } else if (letter == 'h' && n <= 2) {
    begin = (n - 1) * 6 + 1;
    end = begin + 5;
  } else {
    return std::nullopt;
  }
  // "Q1-Q3 2025": from the first part to the last, the year after the second.
  size_t year_at = q + 1;
  if (q + 3 < n_ && (punct(q + 1, '-')) && word(q + 2) && low_[q + 2].size() == 2 &&
      low_[q + 2][0] == letter && low_[q + 2][1] > digit &&
      low_[q + 2][1] <= (letter == 'q' ? '4' : '2')) {
    const int last = low_[q + 2][1] - '0';
    end = letter == 'q' ? last * 3 : last * 6;
    year_at = q + 3;
  }
  std::optional<YearRef> y = year_ref(year_at);
  if (!y) return std::nullopt;
  Point p;
  p.first = q;
  set_year(p, *y, begin, end);
  p.structured = true;
  return p;
}

// "2000s", "1990's": a decade.
std::optional<Point> Finder::decade_point(size_t q) const {
  if (q >= n_ || time_.decade_suffixes.empty()) return std::nullopt;
  std::string_view s = t_[q].lower;
  size_t last = 0;
  if (t_[q].kind == TokenKind::kWord && s.size() > 4 && all_digits(s.substr(0, 4)) &&
      time_.decade_suffixes.count(s.substr(4))) {
    last = q + 1;
  } else if (t_[q].kind == TokenKind::kNumber && s.size() == 4 && all_digits(s) &&
             punct(q + 1, '\'') && !t_[q + 1].space_before && in(time_.decade_suffixes, q + 2) &&
             !t_[q + 2].space_before) {
    last = q + 3;
  } else {
    return std::nullopt;
  }
  const int y = to_int(s.substr(0, 4));
  if (y % 10 != 0 || y < kMinYear || y > kMaxYear) return std::nullopt;
  Point p;
  p.first = q;
  p.last = last;
  p.period.begin_year = y;
  p.period.end_year = y + 9;
  p.structured = true;
  return p;
}

// "11.06.2021" (d.m.yyyy, one token) and "2021-06-11" (five touching tokens).
std::optional<Point> Finder::numeric_point(size_t q) const {
  if (q >= n_ || t_[q].kind != TokenKind::kNumber) return std::nullopt;
  int d = 0, m = 0, y = 0;
  size_t last = q + 1;
  std::string_view s = t_[q].text;
  const size_t a = s.find('.');
  const size_t b = a == std::string_view::npos ? a : s.find('.', a + 1);
  if (b != std::string_view::npos) {
    std::string_view ds = s.substr(0, a), ms = s.substr(a + 1, b - a - 1), ys = s.substr(b + 1);
    if (ds.size() > 2 || ms.size() > 2 || ys.size() != 4 || !all_digits(ds) || !all_digits(ms) ||
        !all_digits(ys)) {
      return std::nullopt;
    }
    d = to_int(ds);
    m = to_int(ms);
    y = to_int(ys);
  } else if (s.size() == 4 && all_digits(s) && q + 4 < n_ && punct(q + 1, '-') &&
             punct(q + 3, '-') && t_[q + 2].kind == TokenKind::kNumber &&
             t_[q + 4].kind == TokenKind::kNumber && t_[q + 2].text.size() == 2 &&
             t_[q + 4].text.size() == 2 && all_digits(t_[q + 2].text) &&
             all_digits(t_[q + 4].text) && !t_[q + 1].space_before && !t_[q + 2].space_before &&
             !t_[q + 3].space_before && !t_[q + 4].space_before) {
    y = to_int(s);
    m = to_int(t_[q + 2].text);
    d = to_int(t_[q + 4].text);
    last = q + 5;
  } else {
    return std::nullopt;
  }
  if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1 || d > days_in(m, y)) {
    return std::nullopt;
  }
  Point p;
  p.first = q;
  p.last = last;
  p.period = Period{y, m, d, y, m, d, false};
  p.has_day = true;
  p.explicit_year = y;
  return p;
}

// "17 September 2021", "25 May", "22 June this year", "11th of June".
std::optional<Point> Finder::day_month_point(size_t q) const {
  bool ordinal = false;
  auto d = day_at(q, &ordinal);
  if (!d) return std::nullopt;
  size_t k = q + 1;
  if (ordinal && in(time_.year_prepositions, k) && month_at(k + 1)) ++k;
  const int m = month_at(k);
  if (!m || *d > days_in(m, 0)) return std::nullopt;
  ++k;
  Point p;
  p.first = q;
  p.has_day = true;
  std::optional<YearRef> y;
  if (punct(k, ',') && year_at(k + 1)) {
    y = year_ref(k + 1);
  } else {
    y = year_ref(k);
  }
  if (y) {
    if (y->year && *d > days_in(m, y->year)) return std::nullopt;
    set_year(p, *y, m, m);
  } else {
    p.last = k;
    p.period.begin_month = p.period.end_month = m;
    from_document(p);
  }
  p.period.begin_day = p.period.end_day = *d;
  return p;
}

// "1-5 June 2021", and after an opener "between 1 and 5 June": the first day takes the month
// and year of the second.
std::optional<Point> Finder::day_range_point(size_t q, bool opened) const {
  bool ordinal = false;
  auto d = day_at(q, &ordinal);
  if (!d) return std::nullopt;
  const size_t j = q + 1;
  const bool joined =
      punct(j, '-') || (opened && (in(time_.range_joiners, j) || in(time_.until_words, j)));
  if (!joined) return std::nullopt;
  auto b = day_month_point(j + 1);
  if (!b || b->period.begin_day <= *d || b->period.begin_day != b->period.end_day) {
    return std::nullopt;
  }
  b->first = q;
  b->period.begin_day = *d;
  b->range = true;
  return b;
}

// "September 17, 2021", "December 4", "June 1-5, 2021", "December 2007", "March of 2009", "March
// this year", and a month alone ("June"), which only a preposition or a range makes a date.
std::optional<Point> Finder::month_point(size_t q) const {
  const int m = month_at(q);
  if (!m) return std::nullopt;
  Point p;
  p.first = q;
  size_t k = q + 1;
  bool ordinal = false;
  if (auto d = day_at(k, &ordinal); d && *d <= days_in(m, 0) && !month_at(k + 1)) {
    int end_day = *d;
    size_t after = k + 1;
    bool ordinal2 = false;
    if (auto e = punct(after, '-') ? day_at(after + 1, &ordinal2) : std::nullopt;
        e && *e > *d && *e <= days_in(m, 0)) {
      end_day = *e;  // "June 1-5"
      after += 2;
    }
    std::optional<YearRef> y;
    if (punct(after, ',') && year_at(after + 1)) {
      y = year_ref(after + 1);
    } else {
      y = year_ref(after);
    }
    if (y) {
      if (y->year && end_day > days_in(m, y->year)) return std::nullopt;
      set_year(p, *y, m, m);
    } else {
      p.last = after;
      p.period.begin_month = p.period.end_month = m;
      from_document(p);
    }
    p.period.begin_day = *d;
    p.period.end_day = end_day;
    p.has_day = true;
    p.range = end_day != *d;
    return p;
  }
  std::optional<YearRef> y = year_ref(k);
  if (!y && in(time_.year_prepositions, k)) y = year_ref(k + 1);
  if (y) {
    set_year(p, *y, m, m);
    return p;
  }
  p.last = k;
  p.period.begin_month = p.period.end_month = m;
  from_document(p);
  // "from 28 February to 2 March 2023 and returned in December": the year of the sentence.
  if (sentence_year_) {
    p.period.begin_year = p.period.end_year = sentence_year_;
    p.period.unresolved = false;
    p.relative = false;
    p.anaphoric = true;
  }
  p.month_alone = true;
  return p;
}

// "2013", "2004-2013", "2010-11", "2020/2021", "2020/21".
std::optional<Point> Finder::year_point(size_t q) const {
  auto y = year_at(q);
  if (!y) return std::nullopt;
  Point p;
  p.first = q;
  p.last = q + 1;
  p.period.begin_year = p.period.end_year = *y;
  p.explicit_year = *y;
  p.bare_year = true;
  const bool dash = punct(q + 1, '-');
  const bool slash = punct(q + 1, '/') && q + 2 < n_ && !t_[q + 1].space_before &&
                     !t_[q + 2].space_before;  // "2020/2021", never "2020 / 2021"
  if (dash || slash) {
    if (auto y2 = year_at(q + 2); y2 && *y2 > *y) {
      p.period.end_year = *y2;
      p.explicit_year = *y2;
      p.last = q + 3;
      p.bare_year = false;
      p.range = true;
    } else if (q + 2 < n_ && (slash || t_[q + 1].joiner) && t_[q + 2].kind == TokenKind::kNumber &&
               t_[q + 2].text.size() == 2 && all_digits(t_[q + 2].text) &&
               to_int(t_[q + 2].text) == (*y + 1) % 100 && !punct(q + 3, '-') &&
               !punct(q + 3, '/')) {
      // A season or fiscal year: "2010-11" is 2010/2011.
      p.period.end_year = *y + 1;
      p.explicit_year = *y + 1;
      p.last = q + 3;
      p.bare_year = false;
      p.range = true;
    }
  }
  return p;
}

}  // namespace claimtrace::date_finder
