// Date recognizer, the words of a date: years, days, and years said in words ("last year").
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "date_finder.h"

namespace claimtrace::date_finder {

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
  if (word(k + 1) && numbers_.may_hold(t_[k + 1].word, NumberWords::kMultiplier) &&
      numbers_.multipliers.count(low_[k + 1])) {
    return std::nullopt;
  }
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
  if (word(k + 1) && numbers_.may_hold(t_[k + 1].word, NumberWords::kMultiplier) &&
      numbers_.multipliers.count(low_[k + 1])) {
    return std::nullopt;
  }
  return d;
}

// "this year", "the current year", "last year" (document year + offset); "that year", "the
// same year" (the year last written), "the following year" (it shifted).
std::optional<YearRef> Finder::year_words(size_t k) const {
  // Every word of these sequences is a time word: a token outside the vocabulary starts none.
  if (!may_start_sequence(k)) return std::nullopt;
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
  // "the following year", "на следующий год": the year last written, shifted; none, no year.
  for (const auto& [seq, offset] : time_.shifted_anaphoric_years) {
    size_t end;
    if (seq_at(k, seq, &end) && end > best) {
      best = end;
      r = YearRef{end, ctx_.last_year ? ctx_.last_year + offset : 0, false, true, 0};
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

// A phrase of words and marks ("full-year"), the last word possibly with a clitic.
bool Finder::phrase_at(size_t k, const std::vector<std::string>& seq, size_t* end) const {
  if (seq.empty() || k + seq.size() > n_ || !word(k)) return false;
  for (size_t s = 0; s < seq.size(); ++s) {
    const Token& tok = t_[k + s];
    if (tok.kind == TokenKind::kPunct ? tok.text != seq[s] : low_[k + s] != seq[s]) return false;
  }
  *end = k + seq.size();
  return true;
}

// The period the text is telling: the last date of this sentence so far, else the one the
// previous sentences' figures were about.
std::optional<Period> Finder::told() const {
  if (told_) return told_;
  if (!ctx_.topic.empty() && !ctx_.topic.unresolved) return ctx_.topic;
  return std::nullopt;
}

// "the same period" (the period being told), "on the same period of 2023" (its months in
// another year, compared with), "the whole year" (its year), "a year earlier" (shifted).
// With nothing told before, the period stays unresolved.
std::optional<Point> Finder::anaphoric_point(size_t q) const {
  if (!may_start_sequence(q)) return std::nullopt;
  const TimeWords::AnaphoricPeriod* phrase = nullptr;
  size_t end = 0;
  for (const TimeWords::AnaphoricPeriod& a : time_.anaphoric_periods) {
    size_t e;
    if (phrase_at(q, a.words, &e) && e > end) {
      phrase = &a;
      end = e;
    }
  }
  if (!phrase) return std::nullopt;
  Point p;
  p.first = q;
  // A count before a shift ("ten years earlier", "десятью годами раньше") shifts by that many
  // years, and the point begins at the count.
  int shift = phrase->offset;
  if (shift != 0) {
    for (size_t k = q > 3 ? q - 3 : 0; k < q; ++k) {
      const std::optional<NumberMatch>& count = number(k);
      if (count && count->last == q && !count->ordinal && !count->fraction && !count->vague &&
          count->value >= 2 && count->value <= 100 && count->value == std::floor(count->value)) {
        shift *= static_cast<int>(count->value);
        p.first = k;
        break;
      }
    }
  }
  p.last = end;
  p.anaphoric = true;
  p.structured = true;
  p.refers_back = true;
  Period when;  // empty while nothing is told
  if (const std::optional<Period> told = this->told()) when = *told;
  if (phrase->whole_year || phrase->offset) {
    // Its whole year; the last year written when the period told spans several or none.
    if (!when.empty() && when.begin_year == when.end_year) {
      if (phrase->whole_year) when = Period{when.begin_year, 0, 0, when.end_year, 0, 0, false};
    } else if (ctx_.last_year) {
      when = Period{ctx_.last_year, 0, 0, ctx_.last_year, 0, 0, false};
    } else {
      when = Period{};
    }
  } else {
    // "of 2023", "last year": those months in another year; after a word that compares ("on",
    // "from"), a baseline.
    size_t k = end;
    std::optional<YearRef> y = year_ref(k);
    if (!y && in(time_.year_prepositions, k)) y = year_ref(k + 1);
    if (y) {
      p.last = y->last;
      p.baseline = q > 0 && in(time_.comparing_words, q - 1);
      if (!when.empty() && when.begin_year == when.end_year && y->year) {
        when.begin_year = when.end_year = y->year;
      } else {
        when = Period{y->year, 0, 0, y->year, 0, 0, y->year == 0};
      }
    }
  }
  if (when.empty()) {
    p.period.unresolved = true;
    return p;
  }
  p.period = when;
  if (!p.period.unresolved) {
    p.period.begin_year += shift;
    p.period.end_year += shift;
  }
  return p;
}

// "last month", "в прошлом месяце", "у мінулым месяцы": the document's month shifted; undated,
// no date.
std::optional<Point> Finder::relative_month_point(size_t q) const {
  if (time_.relative_months.empty() || !may_start_sequence(q)) return std::nullopt;
  const PartialDate& doc = ctx_.document_date;
  if (doc.precision == DatePrecision::kUnknown || doc.precision == DatePrecision::kYear ||
      doc.month < 1) {
    return std::nullopt;
  }
  size_t best = 0;
  int by = 0;
  for (const auto& [seq, offset] : time_.relative_months) {
    size_t end;
    if (seq_at(q, seq, &end) && end > best) {
      best = end;
      by = offset;
    }
  }
  if (best == 0) return std::nullopt;
  const int months = doc.year * 12 + (doc.month - 1) + by;
  Point p;
  p.first = q;
  p.last = best;
  p.period.begin_year = p.period.end_year = months / 12;
  p.period.begin_month = p.period.end_month = months % 12 + 1;
  p.relative = true;
  p.structured = true;
  return p;
}

// "the day before", "накануне", "назаўтра": the day last told, shifted. Only where the phrase
// ends its clause: "the day before the summit" is dated by the summit, which may not be told.
// With no day told before, no date.
std::optional<Point> Finder::anaphoric_day_point(size_t q) const {
  if (time_.anaphoric_days.empty() || !may_start_sequence(q)) return std::nullopt;
  size_t best = 0;
  int by = 0;
  for (const auto& [seq, offset] : time_.anaphoric_days) {
    size_t end;
    if (seq_at(q, seq, &end) && end > best) {
      best = end;
      by = offset;
    }
  }
  if (best == 0 || (best < n_ && t_[best].kind != TokenKind::kPunct)) return std::nullopt;
  const Period& day = ctx_.last_day;
  if (day.empty() || day.unresolved || day.begin_day < 1) return std::nullopt;
  Point p;
  p.first = q;
  p.last = best;
  civil_from_days(days_from_civil(day.begin_year, day.begin_month, day.begin_day) + by,
                  p.period.begin_year, p.period.begin_month, p.period.begin_day);
  p.period.end_year = p.period.begin_year;
  p.period.end_month = p.period.begin_month;
  p.period.end_day = p.period.begin_day;
  p.anaphoric = true;
  p.has_day = true;
  p.structured = true;
  return p;
}

// "тогда же", "on the same day": the date last told, whole. None told, or the last one not
// resolved, no date.
std::optional<Point> Finder::anaphoric_time_point(size_t q) const {
  if (time_.anaphoric_times.empty() || !may_start_sequence(q)) return std::nullopt;
  size_t best = 0;
  for (const auto& seq : time_.anaphoric_times) {
    size_t end;
    if (seq_at(q, seq, &end) && end > best) best = end;
  }
  const Period& when = ctx_.last_told;
  if (best == 0 || when.empty() || when.unresolved) return std::nullopt;
  Point p;
  p.first = q;
  p.last = best;
  p.period = when;
  p.anaphoric = true;
  p.structured = true;
  p.has_day = when.begin_day > 0;
  return p;
}

std::optional<Point> Finder::seq_point(size_t q) const {
  auto y = year_words(q);
  if (!y) return std::nullopt;
  Point p;
  p.first = q;
  set_year(p, *y, 0, 0);
  return p;
}

}  // namespace claimtrace::date_finder
