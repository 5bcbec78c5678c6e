// Number recognizer: digits, number words, scales, fractions and ordinals, read from tokens.
#include "numbers.h"

#include "number_digits.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimtrace {

namespace {

// A number reads at most this many tokens, so scanning a sentence stays linear. The longest
// spelled number below a million ("seven hundred and seventy-seven thousand seven hundred and
// seventy-seven") takes 13.
constexpr size_t kMaxTokens = 16;

// Scales from here up fold into the running total ("two hundred thousand"); smaller ones
// ("hundred", "dozen") scale the group being built.
constexpr double kBigScale = 1000;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

template <class Map>
const typename Map::mapped_type* find(const Map& map, std::string_view key) {
  if (map.empty()) return nullptr;
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

bool has(const WordSet& set, std::string_view key) { return !set.empty() && set.count(key) > 0; }

bool is_integer(double v) { return std::floor(v) == v && std::fabs(v) < 1e15; }

// "3rd", "21st": digits and an ordinal suffix in one token.
bool ordinal_digits(const Token& t, const WordSet& suffixes) {
  size_t p = 0;
  while (p < t.lower.size() && is_digit(t.lower[p])) ++p;
  return p > 0 && p < t.lower.size() && has(suffixes, t.lower.substr(p));
}

class Reader {
 public:
  Reader(const std::vector<Token>& tokens, size_t i, const NumberWords& words)
      : t_(tokens), w_(words), i_(i), limit_(std::min(tokens.size(), i + kMaxTokens)) {}

  std::optional<NumberMatch> read();

 private:
  enum class Last { kNone, kCardinal, kDigits, kSmallScale, kBigScale, kFraction };

  bool word(size_t k) const { return k < limit_ && t_[k].kind == TokenKind::kWord; }
  // Empty for words in no vocabulary: every lookup then fails at once.
  std::string_view low(size_t k) const { return t_[k].vocab ? t_[k].lower : std::string_view(); }
  // Whether token k is a word that table t may hold: its id rules most words out unhashed.
  bool in(size_t k, NumberWords::Table t) const { return word(k) && w_.may_hold(t_[k].word, t); }
  // Whether word k is written with an ordinal's ending ("пятое", "третьей"), for a stem an
  // ordinal shares with a cardinal or a fraction ("пять", "треть").
  bool written_as_ordinal(size_t k) const {
    std::string_view f = t_[k].folded;
    return std::any_of(w_.ordinal_endings.begin(), w_.ordinal_endings.end(),
                       [&](const std::string& e) { return f.size() > e.size() && f.ends_with(e); });
  }
  // A stem an ordinal shares is the ordinal's only when written as one.
  bool ordinal_stem(size_t k) const {
    return !w_.ordinal_endings.empty() && find(w_.ordinals, low(k)) && written_as_ordinal(k);
  }
  const double* cardinal(size_t k) const {
    const double* c = in(k, NumberWords::kCardinal) ? find(w_.cardinals, low(k)) : nullptr;
    return c && !ordinal_stem(k) ? c : nullptr;
  }
  const double* scale(size_t k) const {
    return in(k, NumberWords::kMultiplier) ? find(w_.multipliers, low(k)) : nullptr;
  }
  const int* ordinal(size_t k) const {
    const int* o = in(k, NumberWords::kOrdinal) ? find(w_.ordinals, low(k)) : nullptr;
    if (o && !w_.ordinal_endings.empty() && !written_as_ordinal(k) &&
        (find(w_.cardinals, low(k)) || find(w_.fractions, low(k)))) {
      return nullptr;  // "пяти", "трети": the cardinal's or the fraction's form
    }
    return o;
  }
  const double* fraction(size_t k) const {
    const double* f = in(k, NumberWords::kFraction) ? find(w_.fractions, low(k)) : nullptr;
    return f && !ordinal_stem(k) ? f : nullptr;
  }
  bool article(size_t k) const { return in(k, NumberWords::kArticle) && has(w_.articles, low(k)); }
  bool conjunction(size_t k) const {
    return in(k, NumberWords::kConjunction) && has(w_.conjunctions, low(k));
  }
  bool partitive(size_t k) const { return word(k) && has(w_.partitives, low(k)); }
  // What may follow an article and a fraction word that is a fraction: "of", the sentence's end,
  // a mark other than a hyphen, or a word of the rules ("in", "to", "compared").
  bool ends_fraction(size_t k) const {
    if (k >= t_.size()) return true;
    if (k < limit_ && t_[k].kind == TokenKind::kPunct) return !t_[k].joiner && t_[k].text != "-";
    return partitive(k) || (word(k) && has(w_.fraction_ends, low(k)));
  }
  bool decimal_point(size_t k) const { return word(k) && has(w_.decimal_points, low(k)); }
  // A fraction word that may stand with "a" or "one" before it: "half", "fifth", not "fifths".
  const double* unit_fraction(size_t k) const {
    const double* f = fraction(k);
    return f && !has(w_.counted_fractions, low(k)) ? f : nullptr;
  }
  bool starts_with_digit(size_t k) const {
    return k < limit_ && !t_[k].text.empty() && is_digit(t_[k].text.front());
  }

  // Whether a spelled number c can follow the words read into the group: "twenty" + "one",
  // "one hundred" + "twenty", but not "one" + "twenty" nor "5" + "three".
  bool fits(double c) const {
    if (!is_integer(c)) return false;
    if (!have_group_) return true;
    if (!group_words_ || group_ <= 0 || !is_integer(group_) || c <= 0) return false;
    return static_cast<int64_t>(c) < order_of(group_);
  }
  bool apply_scale(double m);
  double scaled_group(double m) const;
  std::optional<double> proper_fraction(size_t k) const;
  std::optional<double> fraction_phrase(size_t k, size_t& end) const;
  std::optional<double> scale_after(size_t k, size_t& end) const;
  bool read_decimals(size_t& j);
  bool read_digits(size_t& j, bool& done);
  NumberMatch result(size_t end) const;

  const std::vector<Token>& t_;
  const NumberWords& w_;
  size_t i_, limit_;

  double total_ = 0, group_ = 0;
  double big_ = std::numeric_limits<double>::infinity();  // last big scale folded into total
  bool have_group_ = false, group_words_ = false, group_scaled_ = false;
  Last last_ = Last::kNone;
  bool ordinal_ = false, scaled_ = false, plain_ = false, fraction_ = false;
  double last_scale_ = 1;
  int digits_ = 0;
  int decimals_ = 0;  // decimal places of a group read from digits ("4.1": 1)
};

// The group times a scale, from its digits: 4.1 × 1e9 is 41 × 1e9 / 10, exactly 4100000000, where
// the double 4.1 times 1e9 is 4099999999.9999995.
double Reader::scaled_group(double m) const {
  static const double kTens[] = {1,   1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  if (decimals_ <= 0 || decimals_ > 15) return group_ * m;
  const double mantissa = std::round(group_ * kTens[decimals_]);
  if (!(mantissa < 9007199254740992.0)) return group_ * m;  // beyond 2^53: no exact integer
  return mantissa * m / kTens[decimals_];
}

bool Reader::apply_scale(double m) {
  if (m < kBigScale) {
    // "two hundred", "four dozen", "half a dozen": scales the group once.
    if (!have_group_ || group_ <= 0 || group_scaled_) return false;
    group_ = scaled_group(m);
    decimals_ = 0;
    group_scaled_ = true;
    last_scale_ = m;
    last_ = Last::kSmallScale;
  } else if (have_group_ && group_ > 0) {
    if (m >= big_) return false;  // "five million thousand" is not one number
    total_ += scaled_group(m);
    group_ = 0;
    decimals_ = 0;
    have_group_ = group_words_ = group_scaled_ = false;
    big_ = m;
    last_scale_ = m;
    last_ = Last::kBigScale;
  } else if (last_ == Last::kBigScale && m > big_) {
    total_ *= m;  // "a thousand million"
    big_ = m;
    last_scale_ *= m;
  } else {
    return false;
  }
  scaled_ = true;
  return true;
}

// "1/2" at token k: numerator below a denominator of at most 100, written without spaces and
// not part of a longer figure ("1/2/2020").
std::optional<double> Reader::proper_fraction(size_t k) const {
  if (k + 2 >= t_.size()) return std::nullopt;
  auto plain = [&](size_t at) {
    return t_[at].kind == TokenKind::kNumber &&
           std::all_of(t_[at].text.begin(), t_[at].text.end(), is_digit);
  };
  auto slash = [&](size_t at) {
    return at < t_.size() && !t_[at].space_before &&
           (t_[at].text == "/" || t_[at].text == "\u2044");
  };
  if (!plain(k) || !slash(k + 1) || !plain(k + 2) || t_[k + 2].space_before || slash(k + 3)) {
    return std::nullopt;
  }
  const double a = std::stod(std::string(t_[k].text)), b = std::stod(std::string(t_[k + 2].text));
  // Denominators of everyday fractions only: "9/11" and "3/7" are names and dates, not halves.
  static constexpr double kDenominators[] = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100};
  if (!(a > 0 && a < b) ||
      std::find(std::begin(kDenominators), std::end(kDenominators), b) == std::end(kDenominators)) {
    return std::nullopt;
  }
  return a / b;
}

// A proper fraction spelled at k, as after "and" in "one and a half", "twenty and three fifths":
// "a half", "one fifth", "three quarters". `end` is set past it.
std::optional<double> Reader::fraction_phrase(size_t k, size_t& end) const {
  if (article(k) && unit_fraction(k + 1)) {
    end = k + 2;
    return *unit_fraction(k + 1);
  }
  const double* c = cardinal(k);
  if (!c || *c < 1 || !is_integer(*c)) return std::nullopt;
  double numerator = *c;
  size_t at = k + 1;
  if (at + 1 < limit_ && t_[at].joiner && order_of(numerator) >= 10) {  // "fifty-four"
    if (const double* u = cardinal(at + 1); u && *u >= 1 && *u < 10) {
      numerator += *u;
      at += 2;
    }
  }
  const double* f = fraction(at);
  if (!f || (numerator == 1) != (unit_fraction(at) != nullptr) || numerator * *f >= 1) {
    return std::nullopt;
  }
  end = at + 1;
  return numerator * *f;
}

// A scale word at k that a fraction before it takes: "three quarters billion", "two thirds of
// a million". `end` is set past it.
std::optional<double> Reader::scale_after(size_t k, size_t& end) const {
  if (const double* m = scale(k); m && *m >= kBigScale) {
    end = k + 1;
    return *m;
  }
  if (partitive(k) && article(k + 1)) {
    if (const double* m = scale(k + 2); m && *m >= kBigScale) {
      end = k + 3;
      return *m;
    }
  }
  return std::nullopt;
}

// The spelled digits after a decimal point word at j: "point zero three", "point seventy-one".
// Digit words one by one, or one whole number below a hundred read as its digits.
bool Reader::read_decimals(size_t& j) {
  std::string digits;
  size_t k = j + 1;
  while (k < limit_) {
    const double* c = cardinal(k);
    if (!c || *c >= 10 || !is_integer(*c)) break;
    digits.push_back(static_cast<char>('0' + static_cast<int>(*c)));
    ++k;
  }
  if (digits.empty()) {
    const double* c = cardinal(k);
    if (!c || !is_integer(*c) || *c < 10 || *c >= 100) return false;
    int v = static_cast<int>(*c);
    ++k;
    if (v % 10 == 0 && k + 1 < limit_ && t_[k].joiner) {
      if (const double* u = cardinal(k + 1); u && *u >= 1 && *u < 10) {
        v += static_cast<int>(*u);
        k += 2;
      }
    }
    digits = std::to_string(v);
  }
  digits.insert(0, "0.");
  double decimals = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), decimals);
  group_ += decimals;
  group_words_ = false;
  last_ = Last::kFraction;
  j = k;
  return true;
}

// A token of digits at j ("6.45", "3 500", "6bn", "2nd"). Sets done when it ends the number.
bool Reader::read_digits(size_t& j, bool& done) {
  const Token& tok = t_[j];
  const bool first = j == i_;
  std::string_view prefix = tok.lower, suffix;
  if (tok.kind == TokenKind::kWord) {
    size_t p = 0;
    while (p < prefix.size() && (is_digit(prefix[p]) || prefix[p] == '.' || prefix[p] == ',')) ++p;
    suffix = prefix.substr(p);
    prefix = prefix.substr(0, p);
  }
  std::optional<Digits> d = parse_digits(prefix, w_.decimal_separator);
  if (!d) return false;
  const double* suffix_scale = suffix.empty() ? nullptr : find(w_.multipliers, suffix);
  const bool suffix_ordinal = !suffix.empty() && has(w_.ordinal_suffixes, suffix);
  if (!suffix.empty() && !suffix_scale && !suffix_ordinal) return false;  // "5G", "25km"

  if (!first) {
    // After a big scale only "<1000> <smaller scale>" continues: "5 million 300 thousand".
    if (last_ != Last::kBigScale || !d->plain || d->value >= kBigScale || suffix_ordinal) {
      return false;
    }
    const double* next = suffix_scale ? suffix_scale : scale(j + 1);
    if (!next || *next >= big_) return false;
  }

  // The suffix as a token of its own: "21" + "st" when markup split them, "19" + "-" + "е".
  size_t tail = j + 1;
  if (tail < limit_ && t_[tail].joiner) ++tail;
  if (suffix_ordinal || (first && d->plain && word(tail) && !t_[tail].space_before &&
                         has(w_.ordinal_suffixes, low(tail)))) {
    if (!first || !d->plain) return false;
    group_ = d->value;
    have_group_ = true;
    ordinal_ = true;
    j = suffix_ordinal ? j + 1 : tail + 1;
    done = true;
    return true;
  }

  double value = d->value;
  bool plain = d->plain && tok.kind == TokenKind::kNumber;
  size_t k = j + 1;
  if (first && tok.kind == TokenKind::kNumber && d->plain && d->digits <= 3) {
    // "3 500", "1 234 567": a space between groups of exactly three digits.
    while (k < limit_ && t_[k].kind == TokenKind::kNumber && t_[k].space_before) {
      std::optional<Digits> g = parse_digits(t_[k].text, w_.decimal_separator);
      // Exactly three integer digits, so never itself grouped; a decimal part ends the chain.
      if (!g || g->int_digits != 3) break;
      value = value * 1000 + g->value;
      plain = false;
      ++k;
      if (g->fraction) break;
    }
  }
  if (first && tok.kind == TokenKind::kNumber && d->plain && k == j + 1) {
    // "1/2", "10 1/2", "1⁄2" (NFKC of "½"): a proper fraction, alone or after a whole number.
    if (std::optional<double> f = proper_fraction(j)) {
      value = *f;
      plain = false;
      fraction_ = true;
      k = j + 3;
    } else if (k < limit_ && t_[k].space_before && (f = proper_fraction(k))) {
      value += *f;
      plain = false;
      k += 3;
    }
  }
  group_ = value;
  have_group_ = true;
  group_words_ = group_scaled_ = false;
  last_ = Last::kDigits;
  // Decimal places of a number written in digits alone ("4.1", "1 234.5"): a fraction after it
  // ("10 1/2") or a grouped part leaves it read as the double.
  decimals_ = !fraction_ && k == j + 1 && d->fraction ? d->digits - d->int_digits : 0;
  if (first) {
    plain_ = plain && k == j + 1;
    digits_ = plain_ ? d->digits : 0;
  }
  j = k;
  if (suffix_scale && !apply_scale(*suffix_scale)) return false;
  return true;
}

NumberMatch Reader::result(size_t end) const {
  NumberMatch m;
  m.first = i_;
  m.last = end;
  m.value = total_ + group_;
  m.ordinal = ordinal_;
  m.fraction = fraction_ && !scaled_;
  m.has_multiplier = scaled_;
  m.scale = scaled_ ? last_scale_ : 1;
  m.plain_integer = plain_ && !scaled_ && !ordinal_ && end == i_ + 1;
  m.digits = m.plain_integer ? digits_ : 0;
  return m;
}

std::optional<NumberMatch> Reader::read() {
  if (i_ >= limit_ || t_[i_].kind == TokenKind::kPunct) return std::nullopt;
  size_t j = i_;
  size_t end = i_;  // tokens [i_, end) make a complete number so far

  if (!starts_with_digit(i_)) {
    // Openings that are not cardinals: "dozens", "half", "half a billion", "a dozen".
    if (const double* v = find(w_.vague_plurals, low(i_))) {
      NumberMatch m;
      m.first = i_;
      m.last = i_ + 1;
      m.value = *v;
      m.vague = true;
      if (const double* big = partitive(i_ + 1) ? scale(i_ + 2) : nullptr;
          big && *big >= kBigScale) {
        m.value *= *big;  // "hundreds of thousands": at least 200 thousand
        m.last = i_ + 3;
      }
      return m;
    }
    const double* f = unit_fraction(i_);
    // "the first quarter", "the second half" name a part of a period, not a share of a whole.
    const bool after_ordinal = i_ > 0 && (find(w_.ordinals, low(i_ - 1)) ||
                                          ordinal_digits(t_[i_ - 1], w_.ordinal_suffixes));
    if (f && after_ordinal) return std::nullopt;
    if (f && !cardinal(i_) && !ordinal(i_)) {
      group_ = *f;
      have_group_ = true;
      fraction_ = true;
      last_ = Last::kFraction;
      end = i_ + 1;
      if (article(i_ + 1) && scale(i_ + 2)) {
        j = i_ + 2;
      } else if (scale(i_ + 1)) {
        j = i_ + 1;
      } else {
        return result(end);
      }
    } else if (article(i_) && !scale(i_ + 1)) {
      // "a fifth of the votes": a fraction with its article, when "of" says of what.
      const double* part = unit_fraction(i_ + 1);
      if (!part || !ends_fraction(i_ + 2) || after_ordinal) return std::nullopt;
      group_ = *part;
      have_group_ = true;
      fraction_ = true;
      last_ = Last::kFraction;
      size_t end_of_scale = i_ + 2;
      if (std::optional<double> m = scale_after(i_ + 2, end_of_scale)) {  // "a third of a million"
        group_ *= *m;
        scaled_ = true;
        last_scale_ = *m;
      }
      return result(end_of_scale);
    } else if (article(i_)) {
      group_ = 1;
      have_group_ = group_words_ = true;
      last_ = Last::kCardinal;
      j = i_ + 1;
    }
  }

  // "двух стран" refers to the two; "двух миллиардов", "трёх четвертей" are figures.
  const bool refers = !w_.referring_cardinals.empty() && word(i_) &&
                      has(w_.referring_cardinals, low(i_)) && cardinal(i_);

  while (j < limit_) {
    const Token& tok = t_[j];
    if (starts_with_digit(j)) {
      if (last_ != Last::kNone && !(last_ == Last::kBigScale && !have_group_)) break;
      bool done = false;
      if (!read_digits(j, done)) {
        if (j == i_) return std::nullopt;
        break;
      }
      end = j;
      if (done) return result(end);
      continue;
    }
    if (tok.kind == TokenKind::kPunct) {
      // "twenty-one", "twenty-first": a joiner between number words.
      if (tok.joiner && last_ == Last::kCardinal) {
        const double* c = cardinal(j + 1);
        const int* o = ordinal(j + 1);
        const bool part = fraction(j + 1) && total_ == 0 && !group_scaled_;  // "one-third"
        if ((c && fits(*c)) || (o && fits(*o)) || part) {
          ++j;
          continue;
        }
      }
      break;
    }
    if (const double* c = cardinal(j)) {
      if (last_ == Last::kDigits || last_ == Last::kFraction || !fits(*c)) break;
      group_ += *c;
      have_group_ = group_words_ = true;
      last_ = Last::kCardinal;
      end = ++j;
      continue;
    }
    if (const double* m = scale(j)) {
      if (!apply_scale(*m)) break;
      end = ++j;
      continue;
    }
    if (const int* o = ordinal(j)) {
      // "one hundred first" is spelled whole; "280 million first" is a figure, then a rank.
      if (last_ != Last::kDigits && last_ != Last::kFraction && fits(*o) &&
          !starts_with_digit(i_)) {
        group_ += *o;
        ordinal_ = true;
        return result(j + 1);
      }
    }
    if (const double* f = fraction(j)) {
      // "one third", "two thirds", "twenty-three fifths": a spelled cardinal counting
      // fractions; a small one may take a scale after ("three quarters billion").
      const bool counts = last_ == Last::kCardinal || last_ == Last::kSmallScale;
      if (counts && j > i_) {
        const bool small = total_ == 0 && !group_scaled_;
        // A singular denominator counts one part: "two hundredth" is an ordinal, no fraction.
        if (unit_fraction(j) && ordinal(j) && total_ + group_ != 1) break;
        group_ = (total_ + group_) * *f;
        fraction_ = true;
        total_ = 0;
        size_t end_of_scale = j + 1;
        if (std::optional<double> m = small ? scale_after(j + 1, end_of_scale) : std::nullopt) {
          group_ *= *m;
          scaled_ = true;
          last_scale_ = *m;
        }
        return result(end_of_scale);
      }
      break;
    }
    if (decimal_point(j) && (last_ == Last::kCardinal || last_ == Last::kSmallScale)) {
      // "five point two", "two hundred point zero three"; a scale may follow ("million").
      if (!read_decimals(j)) break;
      end = j;
      continue;
    }
    if (conjunction(j)) {
      // "one and a half", "twenty and three fifths", "3 million and a quarter", "one billion
      // and a half million": a proper fraction added to the whole, or to its last scale.
      size_t past = 0;
      if (last_ != Last::kFraction && last_ != Last::kNone && !ordinal_) {
        std::optional<double> f = fraction_phrase(j + 1, past);
        // "шесть с половиной": a conjunction that takes its fraction without an article.
        if (const double* half = unit_fraction(j + 1);
            !f && half && *half < 1 && has(w_.bare_fraction_conjunctions, low(j))) {
          f = *half;
          past = j + 2;
        }
        if (f && partitive(past)) f.reset();  // "5 million and a third of them"
        if (f) {
          if (last_ == Last::kBigScale && !have_group_) {
            const double* m = scale(past);
            if (m && *m < big_ && *m >= kBigScale) {
              total_ += *f * *m;
              ++past;
            } else {
              total_ += *f * big_;
            }
            return result(past);
          }
          if (!have_group_) break;
          group_ += *f;
          group_words_ = false;
          last_ = Last::kFraction;
          j = end = past;
          continue;
        }
      }
      // "one hundred and twenty", "a thousand and one"
      if (group_scaled_ || last_ == Last::kBigScale) {
        const double* c = cardinal(j + 1);
        const int* o = ordinal(j + 1);
        if ((c && fits(*c)) || (o && fits(*o))) {
          ++j;
          continue;
        }
      }
      // "3 hundred and 21": a figure in digits below the hundreds it completes.
      if (group_scaled_ && starts_with_digit(i_) && j + 1 < limit_ &&
          t_[j + 1].kind == TokenKind::kNumber && !scale(j + 2) && !proper_fraction(j + 1)) {
        std::optional<Digits> d = parse_digits(t_[j + 1].text, w_.decimal_separator);
        if (d && d->plain && d->value > 0 && d->value < order_of(group_)) {
          group_ += d->value;
          last_ = Last::kDigits;
          j += 2;
          end = j;
          continue;
        }
      }
    }
    break;
  }
  if (end == i_ || (refers && end == i_ + 1)) return std::nullopt;
  return result(end);
}

}  // namespace

std::optional<NumberMatch> match_number(const std::vector<Token>& tokens, size_t i,
                                        const NumberWords& words) {
  // Most tokens are words outside every number vocabulary: no number starts there.
  if (i >= tokens.size() || (tokens[i].kind == TokenKind::kWord && !tokens[i].vocab) ||
      tokens[i].kind == TokenKind::kPunct) {
    return std::nullopt;
  }
  return Reader(tokens, i, words).read();
}

}  // namespace claimtrace
