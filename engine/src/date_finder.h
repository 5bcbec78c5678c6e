// The date finder's shared parts: the token cursor every date shape reads from, and what a shape
// returns. Private to the date recognizer (dates.cc, date_words.cc, date_shapes.cc).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates.h"
#include "numbers.h"

namespace claimtrace::date_finder {

// Bare numbers outside this span are never years: "No. 215", "3 hours", "25 km".
constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2100;

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

inline int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

inline bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Day counts; February allows 29 when the year is not known yet.
inline int days_in(int month, int year) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year > 0 && !leap(year)) return 28;
  return kDays[month - 1];
}

// The civil date of a day count since 1970-01-01 (days_from_civil, period.h, read back).
inline void civil_from_days(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
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
  bool baseline = false;         // "on the same period of 2023": said only to compare with
  bool refers_back = false;      // "the same period", "in the nine months": the period being told
  bool weekday = false;          // "on Wednesday", "last Friday": a day of the document's week
  bool weekday_settled = false;  // "last Friday", "next Wednesday": which one is said
  int explicit_year = 0;         // the last year written out in digits
};

// A year given by a number or by words ("this year", "that year").
struct YearRef {
  size_t last = 0;
  int year = 0;  // 0 when it cannot be resolved
  bool relative = false, anaphoric = false;
  int explicit_year = 0;
};

// The per-token tables a Finder fills, kept by the thread from sentence to sentence so a
// sentence allocates none.
struct Scratch {
  std::vector<std::string_view> low;
  std::vector<uint32_t> member;
  std::vector<std::optional<NumberMatch>> numbers_at;
  std::vector<bool> number_done;
  // shape() and lead() at each token, valid while their stamp is `reading`: a new sentence or a
  // date found (which changes the year and period later shapes read) starts a new reading.
  std::vector<std::optional<Point>> shape_at, lead_at;
  std::vector<uint64_t> shape_stamp, lead_stamp;
  uint64_t reading = 0;
};

class Finder {
 public:
  Finder(const std::vector<Token>& tokens, const TimeWords& time, const NumberWords& numbers,
         DateContext& context, const DateWordSets* by_word, Scratch& scratch)
      : t_(tokens),
        n_(tokens.size()),
        time_(time),
        numbers_(numbers),
        ctx_(context),
        low_(scratch.low),
        member_(scratch.member),
        numbers_at_(scratch.numbers_at),
        number_done_(scratch.number_done),
        scratch_(scratch) {
    ++scratch_.reading;
    if (scratch_.shape_at.size() < n_) {
      scratch_.shape_at.resize(n_);
      scratch_.shape_stamp.resize(n_, 0);
      scratch_.lead_at.resize(n_);
      scratch_.lead_stamp.resize(n_, 0);
    }
    low_.clear();
    for (const Token& tok : tokens) low_.push_back(tok.vocab ? tok.lower : std::string_view());
    // Which word sets each token belongs to, looked up once: patterns ask many times.
    member_.assign(n_, 0);
    // A number is read only where number_done_ says so: what a sentence before left is unseen.
    if (numbers_at_.size() < n_) numbers_at_.resize(n_);
    number_done_.assign(n_, false);
    for (size_t k = 0; k < n_; ++k) {
      if (t_[k].kind != TokenKind::kWord || low_[k].empty()) continue;
      if (by_word && t_[k].word != kUnidentified) {
        member_[k] = t_[k].word < by_word->size() ? (*by_word)[t_[k].word] : 0;
        continue;
      }
      for (size_t b = 0; b < kSets; ++b) {
        if (sets_[b]->count(low_[k])) member_[k] |= 1u << b;
      }
    }
  }

  std::vector<DateMatch> run();
  bool level_compared(size_t first, size_t last) const;

 private:
  bool word(size_t k) const { return k < n_ && t_[k].kind == TokenKind::kWord; }
  bool punct(size_t k, char c) const {
    return k < n_ && t_[k].kind == TokenKind::kPunct && t_[k].text.size() == 1 &&
           t_[k].text[0] == c;
  }
  // Whether the figure ending before token k (its digits and separators) follows a word that
  // ends a span ("до 30%"): a level reached, not a change.
  bool level_before(size_t k) const {
    size_t j = k;
    while (j > 0 &&
           (t_[j - 1].kind == TokenKind::kNumber || punct(j - 1, ',') || punct(j - 1, '.')))
      --j;
    return j < k && j > 0 && in(time_.until_words, j - 1);
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
  // Whether a word sequence of the time vocabulary (seq_at, phrase_at) may begin at token k:
  // its word and the next begin one of their first two words. Found once per token, when first
  // asked, so a token is not tried against each sequence at every shape that asks.
  bool may_start_sequence(size_t k) const {
    if (k >= n_ || low_[k].empty() || t_[k].kind != TokenKind::kWord) return false;
    if (member_[k] & kOpensNoSequence) return false;
    if (!(member_[k] & kSequenceKnown)) {
      bool starts = false;
      // The next token as lower-cased or (a mark) as written: "the" begins many sequences and
      // is seldom followed by one of their second words.
      // The first bytes compared inline: most words differ there, and a call to compare costs
      // more than the test.
      auto begins = [](std::string_view w, const std::string& p) {
        return w.size() >= p.size() && (p.empty() || (w[0] == p[0] && w.starts_with(p)));
      };
      auto test = [&](const std::vector<std::string>& seq) {
        if (starts || seq.empty() || !begins(low_[k], seq[0])) return;
        starts = seq.size() == 1 ||
                 (k + 1 < n_ && (begins(low_[k + 1], seq[1]) || begins(t_[k + 1].text, seq[1])));
      };
      for (const auto& [seq, offset] : time_.relative_years) test(seq);
      for (const auto& [seq, offset] : time_.relative_months) test(seq);
      for (const auto& [seq, offset] : time_.shifted_anaphoric_years) test(seq);
      for (const auto& [seq, offset] : time_.anaphoric_days) test(seq);
      for (const auto& seq : time_.anaphoric_times) test(seq);
      for (const auto& seq : time_.anaphoric_years) test(seq);
      for (const auto& a : time_.anaphoric_periods) test(a.words);
      member_[k] |= kSequenceKnown | (starts ? kStartsSequence : 0);
    }
    return (member_[k] & kStartsSequence) != 0;
  }
  // Whether token k may be what a date stands on (a digit, or a number or time word that does
  // not only join or introduce one): a superset of the rules' date anchors (Lexicon), which
  // every date holds. Past the last such token and the last word that may begin a word
  // sequence, no date can start.
  bool may_anchor(size_t k) const {
    const Token& tok = t_[k];
    if (tok.kind == TokenKind::kNumber || tok.digits) return true;
    if (tok.kind != TokenKind::kWord) return false;
    if (low_[k].empty()) return tok.lower.find('\'') != std::string_view::npos;  // "year's"
    constexpr uint32_t kJoins = 1u << 0 | 1u << 1 | 1u << 2 | 1u << 3 | 1u << 4 | 1u << 9;
    constexpr uint32_t kStands = 1u << 5 | 1u << 6 | 1u << 7 | 1u << 8 | 1u << 10;
    static_assert(kSets == 11, "the bits follow date_word_sets()");
    const uint32_t m = member_[k];
    if (!(m & kJoins) || (m & kStands)) return true;
    const uint32_t id = tok.word;
    return numbers_.may_hold(id, NumberWords::kCardinal) ||
           numbers_.may_hold(id, NumberWords::kMultiplier) ||
           numbers_.may_hold(id, NumberWords::kOrdinal) ||
           numbers_.may_hold(id, NumberWords::kFraction) || time_.may_hold(id, TimeWords::kMonth) ||
           time_.may_hold(id, TimeWords::kSeason) || numbers_.vague_plurals.count(low_[k]) ||
           numbers_.ordinal_suffixes.count(low_[k]) || time_.part_months.count(low_[k]);
  }
  // Whether no shape can start at token k: past the end, a mark, or a word outside the number
  // and time vocabulary (every shape begins with a digit, a number word or a time word).
  bool starts_nothing(size_t k) const {
    return k >= n_ || t_[k].kind == TokenKind::kPunct ||
           (t_[k].kind == TokenKind::kWord && low_[k].empty());
  }
  // One past the last token a date may start at.
  size_t start_limit() const {
    size_t k = n_;
    while (k > 0 && !may_anchor(k - 1) && !may_start_sequence(k - 1)) --k;
    return k;
  }
  int month_at(size_t k) const {
    if (!word(k) || !time_.may_hold(t_[k].word, TimeWords::kMonth)) return 0;
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
  std::optional<Point> shape(size_t q) const;
  std::optional<Point> lead(size_t q) const;
  std::optional<Point> simple(size_t q) const;
  std::optional<Point> seq_point(size_t q) const;
  std::optional<Point> relative_month_point(size_t q) const;
  std::optional<Point> anaphoric_day_point(size_t q) const;
  std::optional<Point> anaphoric_time_point(size_t q) const;
  std::optional<Point> part_point(size_t q) const;
  std::optional<Point> weekday_point(size_t q) const;
  std::optional<Point> shifted_month_point(size_t q) const;
  std::optional<Point> season_point(size_t q) const;
  std::optional<Point> partial_point(size_t q, bool determined = false) const;
  std::optional<Point> glued_part_point(size_t q) const;
  std::optional<Point> anaphoric_point(size_t q) const;
  bool phrase_at(size_t k, const std::vector<std::string>& seq, size_t* end) const;
  std::optional<Period> told() const;
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
  std::vector<std::string_view>& low_;
  static constexpr size_t kSets = kDateWordSets;
  // The bits after the sets': whether the word may begin a word sequence of the time
  // vocabulary, once that is known.
  static constexpr uint32_t kStartsSequence = 1u << kSets;
  static constexpr uint32_t kSequenceKnown = 1u << (kSets + 1);
  static_assert(kSets < 29, "a bit per set, two for sequences and kOpensNoSequence");
  static_assert(kOpensNoSequence == 1u << (kSets + 2), "the rules' bit follows these two");
  const std::array<const WordSet*, kSets> sets_ = date_word_sets(time_);
  std::vector<uint32_t>& member_;  // bit b: the token is in sets_[b]
  // The last date of this sentence read so far that a later "the same period" may mean, and the
  // last year written in it, which a month named alone later in the sentence is in.
  std::optional<Period> told_;
  int sentence_year_ = 0;
  std::vector<std::optional<NumberMatch>>& numbers_at_;
  std::vector<bool>& number_done_;
  Scratch& scratch_;
  static inline const std::optional<NumberMatch> kNoNumber;
};

}  // namespace claimtrace::date_finder
