// Date recognizer: dates, months, years, ranges and periods in one linear pass over tokens.
#include "dates.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "date_finder.h"

namespace claimtrace {
namespace date_finder {

// Word sequences that name a period or a year ("the same period", "last year"), which every
// reading of token q asks for first: read once per token and reading.
std::optional<Point> Finder::lead(size_t q) const {
  if (q < n_ && scratch_.lead_stamp[q] == scratch_.reading) return scratch_.lead_at[q];
  std::optional<Point> p = anaphoric_point(q);
  if (!p) p = seq_point(q);
  if (!p) p = relative_month_point(q);
  if (!p) p = anaphoric_day_point(q);
  if (!p) p = anaphoric_time_point(q);
  if (q < n_) {
    scratch_.lead_at[q] = p;
    scratch_.lead_stamp[q] = scratch_.reading;
  }
  return p;
}

// Shapes that stand on their own, most specific first.
std::optional<Point> Finder::simple(size_t q) const {
  if (auto p = lead(q)) return p;
  if (auto p = part_point(q)) return p;
  if (auto p = weekday_point(q)) return p;
  if (auto p = shifted_month_point(q)) return p;
  if (auto p = season_point(q)) return p;
  if (auto p = partial_point(q)) return p;
  if (auto p = glued_part_point(q)) return p;
  if (auto p = decade_point(q)) return p;
  if (auto p = numeric_point(q)) return p;
  if (auto p = day_range_point(q, false)) return p;
  if (auto p = day_month_point(q)) return p;
  if (auto p = month_point(q)) return p;
  return year_point(q);
}

// A shape, extended into a range by a dash ("March-June 2020", "2004 - 2013"). Read once per
// token and reading: the token after a preposition is asked for again as a start of its own.
std::optional<Point> Finder::shape(size_t q) const {
  if (starts_nothing(q)) return std::nullopt;
  if (q < n_ && scratch_.shape_stamp[q] == scratch_.reading) return scratch_.shape_at[q];
  std::optional<Point> p = simple(q);
  if (p && !p->range && !p->has_day && punct(p->last, '-')) {
    if (auto b = simple(p->last + 1); b && !b->has_day) {
      if (auto r = make_range(*p, *b)) p = r;
    }
  }
  if (q < n_) {
    scratch_.shape_at[q] = p;
    scratch_.shape_stamp[q] = scratch_.reading;
  }
  return p;
}

// ctx says a preposition came before, which lets a month stand alone ("in June").
std::optional<Point> Finder::core(size_t q, bool ctx) const {
  std::optional<Point> p = shape(q);
  if (p && p->month_alone && !ctx) return std::nullopt;
  return p;
}

// A leading determiner joins the shapes it belongs to ("the summer of 1994", "the 2000s") but
// not a year used as a modifier ("the 2022 declaration").
std::optional<Point> Finder::point(size_t q, bool ctx) const {
  if (starts_nothing(q)) return std::nullopt;
  if (auto p = lead(q)) return p;
  if (in(time_.determiners, q)) {
    auto p = core(q + 1, ctx);
    if (!p) p = partial_point(q + 1, true);  // "the nine months": of the year being told
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
    // "выросли на 5% к марту прошлого года": right after a percentage of change a word that both
    // ends a span and compares ("к") names what the change is measured against; after a level
    // the percentage reached ("до 30% к 2030 году") it is still a deadline.
    if (i > 0 && punct(i - 1, '%') && in(time_.comparing_words, i) && !level_before(i - 1)) {
      if (auto a = point(i + 1, true)) {
        a->first = i;
        a->baseline = true;
        a->bare_year = false;
        return a;
      }
    }
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
      // "in January to September": two months joined after a preposition are one span, as
      // after "from"; "in March until December" gives two ends, as it always did, and "in May
      // and October" two months: a conjunction joins a span only after "between".
      if (!a->range && a->period.begin_month && joins(a->last) && !in(time_.until_words, a->last) &&
          !in(numbers_.conjunctions, a->last)) {
        if (auto b = point(a->last + 1, true); b && b->period.begin_month) {
          if (auto r = make_range(*a, *b)) {
            r->first = i;
            return r;
          }
        }
      }
      a->first = i;
      return a;
    }
  }
  return point(i, false);
}

// "9% above the 2019 level", "twice the 2020 figure": a date between a comparing word
// (and a determiner) and a level noun is the level compared with, not the figure's period.
bool Finder::level_compared(size_t first, size_t last) const {
  if (!in(time_.level_words, last) || first == 0) return false;
  size_t k = first - 1;
  if (in(time_.determiners, k) && k > 0) --k;
  return in(time_.comparing_words, k);
}

std::vector<DateMatch> Finder::run() {
  std::vector<DateMatch> out;
  size_t i = 0;
  const size_t limit = start_limit();
  while (i < limit) {
    // A date starts at a number or a word of the time vocabulary; any other word cannot start
    // one, and most words are such. No shape starts at a mark (a sign is read with its number).
    if (starts_nothing(i)) {
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
      m.baseline = p->baseline || level_compared(m.first, m.last);
      m.refers_back = p->refers_back;
      m.weekday = p->weekday;
      m.weekday_settled = p->weekday_settled;
      out.push_back(m);
      if (!m.baseline && !p->has_day && !m.period.empty() && !m.period.unresolved) {
        told_ = m.period;
      }
      if (p->explicit_year) ctx_.last_year = sentence_year_ = p->explicit_year;
      if (p->has_day && !m.baseline && !m.period.unresolved && m.period.begin_day &&
          m.period.begin_year == m.period.end_year && m.period.begin_month == m.period.end_month &&
          m.period.begin_day == m.period.end_day) {
        ctx_.last_day = m.period;
      }
      // A date not resolved leaves the time last told unknown: "тогда же" after it is no date.
      if (!m.baseline) ctx_.last_told = m.period.unresolved ? Period{} : m.period;
      ++scratch_.reading;  // later shapes read the year and period just told
      i = m.last;
      continue;
    }
    // Step over a whole number so its tail is not read on its own ("6.45 billion").
    auto nm = number(i);
    i = nm && nm->last > i ? nm->last : i + 1;
  }
  return out;
}

}  // namespace date_finder

std::vector<DateMatch> find_dates(const std::vector<Token>& tokens, const TimeWords& time,
                                  const NumberWords& numbers, DateContext& context,
                                  const DateWordSets* by_word) {
  thread_local date_finder::Scratch scratch;
  return date_finder::Finder(tokens, time, numbers, context, by_word, scratch).run();
}

}  // namespace claimtrace