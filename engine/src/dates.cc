// Date recognizer: dates, months, years, ranges and periods in one linear pass over tokens.
#include "dates.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "numbers.h"

namespace claimtrace {

namespace {

// Bare numbers outside this span are never years: "No. 215", "3 hours", "25 km".
constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2100;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Day counts; February allows 29 when the year is not known yet.
int days_in(int month, int year) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year > 0 && !leap(year)) return 28;
  return kDays[month - 1];
}

// Each shape reads a bounded number of tokens, so the pass stays linear in the sentence.

// A date or period read so far; the public DateMatch plus what combining needs.
struct Point {
  size_t first = 0, last = 0;
  Period period;
  bool relative = false, anaphoric = false, bare_year = false;
  bool structured = false;     // season, part, partial or decade: a leading "the" belongs to it
  bool from_document = false;  // month or day written without a year
  bool month_alone = false;    // just a month name: a date only after a preposition or in a range
  bool has_day = false;
  bool range = false;
  int explicit_year = 0;  // the last year written out in digits
};

// A year given by a number or by words ("this year", "that year").
struct YearRef {
  size_t last = 0;
  int year = 0;  // 0 when it cannot be resolved
  bool relative = false, anaphoric = false;
  int explicit_year = 0;
};

class Finder {
 public:
  Finder(const std::vector<Token>& tokens, const TimeWords& time, const NumberWords& numbers,
         DateContext& context)
      : t_(tokens), n_(tokens.size()), time_(time), numbers_(numbers), ctx_(context) {
    low_.reserve(n_);
    for (const Token& tok : tokens) low_.push_back(tok.vocab ? tok.lower : std::string_view());
    // Which word sets each token belongs to, looked up once: patterns ask many times.
    member_.assign(n_, 0);
    numbers_at_.assign(n_, std::nullopt);
    number_done_.assign(n_, false);
    for (size_t k = 0; k < n_; ++k) {
      if (t_[k].kind != TokenKind::kWord || low_[k].empty()) continue;
      for (size_t b = 0; b < kSets; ++b) {
        if (sets_[b]->count(low_[k])) member_[k] |= 1u << b;
      }
    }
  }

  std::vector<DateMatch> run();

 private:
  bool word(size_t k) const { return k < n_ && t_[k].kind == TokenKind::kWord; }
  bool punct(size_t k, char c) const {
    return k < n_ && t_[k].kind == TokenKind::kPunct && t_[k].text.size() == 1 &&
           t_[k].text[0] == c;
  }
  // The number at token k, read once: many patterns start by asking for it.
  const std::optional<NumberMatch>& number(size_t k) const {
    if (k >= n_) return kNoNumber;
    if (!number_done_[k]) {
      numbers_at_[k] = match_number(t_, k, numbers_);
      number_done_[k] = true;
    }
    return numbers_at_[k];
  }

  bool in(const WordSet& set, size_t k) const {
    if (!word(k)) return false;
    for (size_t b = 0; b < kSets; ++b) {
      if (sets_[b] == &set) return (member_[k] >> b) & 1u;
    }
    return set.count(low_[k]) > 0;
  }
  int month_at(size_t k) const {
    if (!word(k)) return 0;
    auto it = time_.months.find(low_[k]);
    return it == time_.months.end() || it->second < 1 || it->second > 12 ? 0 : it->second;
  }
  int doc_year() const {
    return ctx_.document_date.precision == DatePrecision::kUnknown ? 0 : ctx_.document_date.year;
  }

  bool seq_at(size_t k, const std::vector<std::string>& seq, size_t* end) const;
  std::optional<int> year_at(size_t k) const;
  std::optional<int> day_at(size_t k, bool* ordinal) const;
  std::optional<YearRef> year_words(size_t k) const;
  std::optional<YearRef> year_ref(size_t k) const;

  void from_document(Point& p) const;
  static void set_year(Point& p, const YearRef& y, int begin_month, int end_month);

  std::optional<Point> point(size_t q, bool ctx) const;
  std::optional<Point> core(size_t q, bool ctx) const;
  std::optional<Point> simple(size_t q) const;
  std::optional<Point> seq_point(size_t q) const;
  std::optional<Point> part_point(size_t q) const;
  std::optional<Point> weekday_point(size_t q) const;
  std::optional<Point> season_point(size_t q) const;
  std::optional<Point> partial_point(size_t q) const;
  std::optional<Point> decade_point(size_t q) const;
  std::optional<Point> numeric_point(size_t q) const;
  std::optional<Point> day_month_point(size_t q) const;
  std::optional<Point> day_range_point(size_t q, bool opened) const;
  std::optional<Point> month_point(size_t q) const;
  std::optional<Point> year_point(size_t q) const;
  static std::optional<Point> make_range(Point a, Point b);
  std::optional<Point> match_at(size_t i) const;

  const std::vector<Token>& t_;
  size_t n_;
  const TimeWords& time_;
  const NumberWords& numbers_;
  DateContext& ctx_;
  // Lower-case forms as keys; empty for words in no vocabulary, so lookups fail at once.
  std::vector<std::string_view> low_;
  static constexpr size_t kSets = 11;
  const WordSet* sets_[kSets] = {
      &time_.since_words,       &time_.until_words, &time_.range_joiners,  &time_.range_openers,
      &time_.year_prepositions, &time_.part_words,  &time_.quarter_words,  &time_.month_unit_words,
      &time_.weekdays,          &time_.determiners, &time_.decade_suffixes};
  std::vector<uint32_t> member_;  // bit b: the token is in sets_[b]
  mutable std::vector<std::optional<NumberMatch>> numbers_at_;
  mutable std::vector<bool> number_done_;
  static inline const std::optional<NumberMatch> kNoNumber;
};

// A word sequence such as {"the", "same", "year"}; the last word may carry a clitic
// ("last year's").
bool Finder::seq_at(size_t k, const std::vector<std::string>& seq, size_t* end) const {
  if (seq.empty() || k + seq.size() > n_) return false;
  for (size_t s = 0; s < seq.size(); ++s) {
    const std::string_view w = low_[k + s];
    if (!word(k + s)) return false;
    if (w == seq[s]) continue;
    if (s + 1 == seq.size() && w.size() > seq[s].size() &&
        w.compare(0, seq[s].size(), seq[s]) == 0 && w[seq[s].size()] == '\'') {
      continue;
    }
    return false;
  }
  *end = k + seq.size();
  return true;
}

// A written year: four plain digits in range, not an amount ("2000 million", "2021%", "$2000",
// "#2015").
std::optional<int> Finder::year_at(size_t k) const {
  if (k >= n_ || t_[k].kind != TokenKind::kNumber || t_[k].text.size() != 4 ||
      !all_digits(t_[k].text)) {
    return std::nullopt;
  }
  const int y = to_int(t_[k].text);
  if (y < kMinYear || y > kMaxYear) return std::nullopt;
  if (punct(k + 1, '%')) return std::nullopt;
  if (word(k + 1) && numbers_.multipliers.count(low_[k + 1])) return std::nullopt;
  if (k > 0 && !t_[k].space_before && t_[k - 1].kind == TokenKind::kPunct) {
    std::string_view p = t_[k - 1].text;
    int32_t at = 0;
    UChar32 c;
    U8_NEXT(p.data(), at, static_cast<int32_t>(p.size()), c);
    if (c == '#' || c == 0x2116 /* numero sign */ || u_charType(c) == U_CURRENCY_SYMBOL) {
      return std::nullopt;
    }
  }
  return y;
}

// A day of the month: "17" or "17th", not an amount ("17%", "17 million").
std::optional<int> Finder::day_at(size_t k, bool* ordinal) const {
  if (k >= n_) return std::nullopt;
  std::string_view s = t_[k].lower;
  *ordinal = false;
  if (t_[k].kind == TokenKind::kWord) {
    size_t p = 0;
    while (p < s.size() && is_digit(s[p])) ++p;
    if (p == 0 || !numbers_.ordinal_suffixes.count(s.substr(p))) return std::nullopt;
    s = s.substr(0, p);
    *ordinal = true;
  } else if (t_[k].kind != TokenKind::kNumber) {
    return std::nullopt;
  }
  if (s.size() > 2 || !all_digits(s)) return std::nullopt;
  const int d = to_int(s);
  if (d < 1 || d > 31 || punct(k + 1, '%')) return std::nullopt;
  if (word(k + 1) && numbers_.multipliers.count(low_[k + 1])) return std::nullopt;
  return d;
}

// "this year", "the current year", "last year" (document year + offset); "that year", "the
// same year" (the year last written).
std::optional<YearRef> Finder::year_words(size_t k) const {
  YearRef r;
  size_t best = 0;
  for (const auto& [seq, offset] : time_.relative_years) {
    size_t end;
    if (seq_at(k, seq, &end) && end > best) {
      best = end;
      r = YearRef{end, doc_year() ? doc_year() + offset : 0, true, false, 0};
    }
  }
  for (const auto& seq : time_.anaphoric_years) {
    size_t end;
    if (seq_at(k, seq, &end) && end > best) {
      best = end;
      r = YearRef{end, ctx_.last_year, false, true, 0};
    }
  }
  if (best == 0) return std::nullopt;
  return r;
}

std::optional<YearRef> Finder::year_ref(size_t k) const {
  if (auto r = year_words(k)) return r;
  if (auto y = year_at(k)) return YearRef{k + 1, *y, false, false, *y};
  return std::nullopt;
}

// A month or day without a year takes the document's year; undated, it stays unresolved.
void Finder::from_document(Point& p) const {
  p.from_document = true;
  p.relative = true;
  if (doc_year()) {
    p.period.begin_year = p.period.end_year = doc_year();
  } else {
    p.period.unresolved = true;
  }
}

// Months [begin_month, end_month] of a year reference; end_month past 12 runs into the next
// year (winter).
void Finder::set_year(Point& p, const YearRef& y, int begin_month, int end_month) {
  p.period.begin_month = begin_month;
  p.period.end_month = end_month > 12 ? end_month - 12 : end_month;
  p.period.begin_year = y.year;
  p.period.end_year = y.year && end_month > 12 ? y.year + 1 : y.year;
  p.period.unresolved = y.year == 0;
  p.relative = y.relative;
  p.anaphoric = y.anaphoric;
  p.explicit_year = y.explicit_year;
  p.last = y.last;
}

std::optional<Point> Finder::seq_point(size_t q) const {
  auto y = year_words(q);
  if (!y) return std::nullopt;
  Point p;
  p.first = q;
  set_year(p, *y, 0, 0);
  return p;
}

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

// "Monday, December 4", "Monday 4 December": the weekday only confirms a dated day.
std::optional<Point> Finder::weekday_point(size_t q) const {
  if (!in(time_.weekdays, q)) return std::nullopt;
  size_t k = q + 1;
  if (punct(k, ',')) ++k;
  std::optional<Point> p = day_month_point(k);
  if (!p) p = month_point(k);
  if (!p || !p->has_day) return std::nullopt;
  p->first = q;
  return p;
}

// "summer of 1994", "summer 2020", "winter of this year".
std::optional<Point> Finder::season_point(size_t q) const {
  if (!word(q)) return std::nullopt;
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

// "first three quarters of the current year", "first half of 2021", "9 months of 2025":
// [ordinal] [count] unit preposition year.
std::optional<Point> Finder::partial_point(size_t q) const {
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
    if (f != numbers_.fractions.end() && f->second > 0 && value != std::floor(value)) {
      value /= f->second;
      end -= 1;
      if (end > k && punct(end - 1, '-')) end -= 1;
    }
    // Anything but a whole count from 1 to 12 is not a count ("half" is the unit itself).
    const double c = std::round(value);
    if (c >= 1 && c <= 12 && std::fabs(value - c) < 1e-9) {
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
  if (!in(time_.year_prepositions, k)) return std::nullopt;
  auto y = year_ref(k + 1);
  if (!y) return std::nullopt;
  const int begin = ((ord ? ord : 1) - 1) * unit + 1;
  const int end = begin + (count ? count : 1) * unit - 1;
  if (end > 12) return std::nullopt;
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

// Shapes that stand on their own, most specific first.
std::optional<Point> Finder::simple(size_t q) const {
  if (auto p = seq_point(q)) return p;
  if (auto p = part_point(q)) return p;
  if (auto p = weekday_point(q)) return p;
  if (auto p = season_point(q)) return p;
  if (auto p = partial_point(q)) return p;
  if (auto p = decade_point(q)) return p;
  if (auto p = numeric_point(q)) return p;
  if (auto p = day_range_point(q, false)) return p;
  if (auto p = day_month_point(q)) return p;
  if (auto p = month_point(q)) return p;
  return year_point(q);
}

// A shape, extended into a range by a dash ("March-June 2020", "2004 - 2013"). ctx says a
// preposition came before, which lets a month stand alone ("in June").
std::optional<Point> Finder::core(size_t q, bool ctx) const {
  std::optional<Point> p = simple(q);
  if (!p) return std::nullopt;
  if (!p->range && !p->has_day && punct(p->last, '-')) {
    if (auto b = simple(p->last + 1); b && !b->has_day) {
      if (auto r = make_range(*p, *b)) return r;
    }
  }
  if (p->month_alone && !ctx) return std::nullopt;
  return p;
}

// A leading determiner joins the shapes it belongs to ("the summer of 1994", "the 2000s") but
// not a year used as a modifier ("the 2022 declaration").
std::optional<Point> Finder::point(size_t q, bool ctx) const {
  if (auto p = seq_point(q)) return p;
  if (in(time_.determiners, q)) {
    auto p = core(q + 1, ctx);
    if (!p || !p->structured) return std::nullopt;
    p->first = q;
    return p;
  }
  return core(q, ctx);
}

// From a to b. A month without a year borrows the other end's year ("between March and June
// 2020"), a year earlier when it comes later in the calendar ("from December to March 2021").
std::optional<Point> Finder::make_range(Point a, Point b) {
  if (a.range || b.range) return std::nullopt;
  if (a.from_document && !b.from_document && b.period.begin_year) {
    int y = b.period.begin_year - (a.period.begin_month > b.period.begin_month ? 1 : 0);
    a.period.begin_year = a.period.end_year = y;
    a.period.unresolved = false;
    a.relative = false;
  } else if (b.from_document && !a.from_document && a.period.end_year) {
    int y = a.period.end_year + (b.period.end_month < a.period.end_month ? 1 : 0);
    b.period.begin_year = b.period.end_year = y;
    b.period.unresolved = false;
    b.relative = false;
  }
  Point r;
  r.first = a.first;
  r.last = b.last;
  r.period = Period{a.period.begin_year,
                    a.period.begin_month,
                    a.period.begin_day,
                    b.period.end_year,
                    b.period.end_month,
                    b.period.end_day,
                    a.period.unresolved || b.period.unresolved};
  if (!r.period.unresolved) {
    const Period& p = r.period;
    const long lo =
        p.begin_year * 10000L + std::max(p.begin_month, 1) * 100 + std::max(p.begin_day, 1);
    const long hi =
        p.end_year * 10000L + (p.end_month ? p.end_month : 12) * 100 + (p.end_day ? p.end_day : 31);
    if (lo > hi || a.period == b.period) return std::nullopt;
  }
  r.relative = a.relative || b.relative;
  r.anaphoric = a.anaphoric || b.anaphoric;
  r.structured = a.structured || b.structured;
  r.range = true;
  r.explicit_year = b.explicit_year ? b.explicit_year : a.explicit_year;
  return r;
}

// Every shape that may start at token i, with its leading preposition.
std::optional<Point> Finder::match_at(size_t i) const {
  auto joins = [&](size_t k) {
    return in(time_.range_joiners, k) || in(time_.until_words, k) || punct(k, '-');
  };
  if (in(time_.range_openers, i) || in(time_.since_words, i)) {
    // "between 2000 and 2019", "from 2004 to 2013", "From 2004-2013", "since 2020".
    if (auto r = day_range_point(i + 1, true)) {
      r->first = i;
      return r;
    }
    if (auto a = point(i + 1, true)) {
      if (!a->range && joins(a->last)) {
        if (auto b = point(a->last + 1, true)) {
          if (auto r = make_range(*a, *b)) {
            r->first = i;
            return r;
          }
        }
      }
      if (a->range) {
        a->first = i;
        return a;
      }
      if (in(time_.since_words, i)) {
        a->first = i;
        a->period.end_year = a->period.end_month = a->period.end_day = 0;
        a->bare_year = false;
        return a;
      }
    }
    if (!in(time_.until_words, i) && !in(time_.year_prepositions, i)) return std::nullopt;
  }
  if (in(time_.until_words, i)) {
    // "until December 2019", "by the end of 2020": open at the beginning.
    if (auto a = point(i + 1, true)) {
      a->first = i;
      a->period.begin_year = a->period.begin_month = a->period.begin_day = 0;
      a->bare_year = false;
      return a;
    }
  }
  if (in(time_.year_prepositions, i)) {
    if (auto a = point(i + 1, true)) {
      a->first = i;
      return a;
    }
  }
  return point(i, false);
}

std::vector<DateMatch> Finder::run() {
  std::vector<DateMatch> out;
  size_t i = 0;
  while (i < n_) {
    // A date starts at a number, a sign, or a word of the time vocabulary; any other word
    // cannot start one, and most words are such.
    if (t_[i].kind == TokenKind::kWord && low_[i].empty()) {
      ++i;
      continue;
    }
    if (std::optional<Point> p = match_at(i); p && p->first == i && p->last > i) {
      DateMatch m;
      m.first = p->first;
      m.last = std::min(p->last, n_);
      m.period = p->period;
      m.relative = p->relative;
      m.anaphoric = p->anaphoric;
      m.bare_year = p->bare_year && !p->range;
      out.push_back(m);
      if (p->explicit_year) ctx_.last_year = p->explicit_year;
      i = m.last;
      continue;
    }
    // Step over a whole number so its tail is not read on its own ("6.45 billion").
    auto nm = number(i);
    i = nm && nm->last > i ? nm->last : i + 1;
  }
  return out;
}

}  // namespace

std::vector<DateMatch> find_dates(const std::vector<Token>& tokens, const TimeWords& time,
                                  const NumberWords& numbers, DateContext& context) {
  return Finder(tokens, time, numbers, context).run();
}

}  // namespace claimtrace
