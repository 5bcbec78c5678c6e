// Vocabulary the recognizers read: filled from rules/ (numbers.xml, time.xml), never in code.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace claimtrace {

// Word tables are looked up with the tokens' string_views, with no copy: transparent hashing.
// FNV-1a, inline: keys are short words, where a call to a general hash costs more than hashing.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};

// A quick "no" for most words a table does not hold: one bit of 1,024 per key, chosen by its
// length and first, second and last bytes. Most tokens asked of a word table are in none, and
// the bit test spares them the hash and the string compare; a set bit still asks the table.
class WordFilter {
 public:
  void add(std::string_view w) { bits_[slot(w) >> 6] |= uint64_t{1} << (slot(w) & 63); }
  bool may_hold(std::string_view w) const {
    return (bits_[slot(w) >> 6] >> (slot(w) & 63) & 1u) != 0;
  }

 private:
  static uint32_t slot(std::string_view w) {
    if (w.empty()) return 0;
    const auto byte = [&](size_t i) { return static_cast<uint64_t>(static_cast<uint8_t>(w[i])); };
    const uint64_t key = (w.size() & 0xFF) | byte(0) << 8 | byte(w.size() > 1 ? 1 : 0) << 16 |
                         byte(w.size() - 1) << 24;
    return static_cast<uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 54);
  }
  uint64_t bits_[16] = {};
};

// A map's value type, for the callers of a table that is a map; void for a set.
template <class Base, class = void>
struct MappedType {
  using type = void;
};
template <class Base>
struct MappedType<Base, std::void_t<typename Base::mapped_type>> {
  using type = typename Base::mapped_type;
};

// A word table keyed by lower-case words: an unordered set or map whose lookups pass a
// WordFilter first. Every way in adds its key to the filter; erasing leaves the bit (a "maybe").
// The table is a private base, so no reference to it can insert past the filter.
template <class Base>
class FilteredWords : private Base {
 public:
  using typename Base::const_iterator;
  using typename Base::iterator;
  using typename Base::key_type;
  using mapped_type = typename MappedType<Base>::type;
  using Base::begin;
  using Base::cbegin;
  using Base::cend;
  using Base::empty;
  using Base::end;
  using Base::erase;
  using Base::reserve;
  using Base::size;
  using typename Base::size_type;
  using typename Base::value_type;

  FilteredWords() = default;
  FilteredWords(std::initializer_list<value_type> items) { insert(items.begin(), items.end()); }
  template <class It>
  FilteredWords(It first, It last) {
    insert(first, last);
  }

  size_t count(std::string_view w) const { return filter_.may_hold(w) ? Base::count(w) : 0; }
  bool contains(std::string_view w) const { return count(w) > 0; }
  const_iterator find(std::string_view w) const {
    return filter_.may_hold(w) ? Base::find(w) : Base::end();
  }
  iterator find(std::string_view w) { return filter_.may_hold(w) ? Base::find(w) : Base::end(); }

  // A map's value for a word it holds; throws std::out_of_range for another.
  template <class B = Base>
  const typename B::mapped_type& at(std::string_view w) const {
    const_iterator it = find(w);
    if (it == Base::end()) throw std::out_of_range("no such word in the table");
    return it->second;
  }

  std::pair<iterator, bool> insert(const value_type& v) { return noted(Base::insert(v)); }
  std::pair<iterator, bool> insert(value_type&& v) { return noted(Base::insert(std::move(v))); }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) emplace(*first);
  }
  void insert(std::initializer_list<value_type> items) { insert(items.begin(), items.end()); }
  template <class... A>
  std::pair<iterator, bool> emplace(A&&... a) {
    return noted(Base::emplace(std::forward<A>(a)...));
  }
  template <class... A>
  std::pair<iterator, bool> try_emplace(const std::string& k, A&&... a) {
    return noted(Base::try_emplace(k, std::forward<A>(a)...));
  }
  template <class... A>
  std::pair<iterator, bool> try_emplace(std::string&& k, A&&... a) {
    return noted(Base::try_emplace(std::move(k), std::forward<A>(a)...));
  }
  template <class V>
  std::pair<iterator, bool> insert_or_assign(const std::string& k, V&& v) {
    return noted(Base::insert_or_assign(k, std::forward<V>(v)));
  }
  template <class K>
  auto& operator[](K&& k) {
    return try_emplace(std::string(std::forward<K>(k))).first->second;
  }
  void clear() {
    Base::clear();
    filter_ = WordFilter();
  }
  void swap(FilteredWords& other) {
    Base::swap(other);
    std::swap(filter_, other.filter_);
  }
  bool operator==(const FilteredWords& other) const {
    return static_cast<const Base&>(*this) == static_cast<const Base&>(other);
  }

 private:
  static std::string_view key_of(const std::string& k) { return k; }
  template <class V>
  static std::string_view key_of(const std::pair<const std::string, V>& kv) {
    return kv.first;
  }
  std::pair<iterator, bool> noted(std::pair<iterator, bool> r) {
    filter_.add(key_of(*r.first));
    return r;
  }
  WordFilter filter_;
};

template <class V>
using WordMap = FilteredWords<std::unordered_map<std::string, V, WordHash, std::equal_to<>>>;
using WordSet = FilteredWords<std::unordered_set<std::string, WordHash, std::equal_to<>>>;

// Keys are lower-case words as the tokenizer produces them.
struct NumberWords {
  WordMap<double> cardinals;    // "one" 1 ... "nineteen" 19, "twenty" 20
  WordMap<double> multipliers;  // "hundred" 100, "thousand", "million",
                                // "billion", "mln", "bn", "m", "k", "dozen"
  WordMap<int> ordinals;        // "first" 1 ... "twentieth" 20, "main"? no
  WordMap<double> fractions;    // "half" 0.5, "quarter" 0.25
  // Vague plurals give a lower bound: "dozens" 24, "hundreds" 200, "thousands" 2000.
  WordMap<double> vague_plurals;
  WordSet articles;              // "a", "an": one, before a multiplier
  WordSet ordinal_suffixes;      // "st", "nd", "rd", "th" (2nd, 21st)
  char decimal_separator = '.';  // ',' where the language writes 6,45
  // Words that join the parts of one number: "and" ("one hundred and twenty", "one and a half").
  WordSet conjunctions;
  // Conjunctions whose fraction stands without an article: "с" in "шесть с половиной".
  WordSet bare_fraction_conjunctions;
  // Fraction words that need a numerator before them ("thirds", "fifths"): never a number alone.
  WordSet counted_fractions;
  // "of" between a fraction and what it is a part of ("a fifth of", "two thirds of a million").
  WordSet partitives;
  // Words after "a third", "a fifth" that leave it a fraction, as "of" does ("grew by a third in
  // 2024", "by a fifth to $2 billion"); before a noun it is an ordinal ("a third term").
  WordSet fraction_ends;
  // "point" in a spelled decimal ("five point two").
  WordSet decimal_points;
  // Written endings of an ordinal ("ый", "ое", "ьей"), never stemmed: where one stem is a
  // cardinal's or a fraction's and an ordinal's ("пять" and "пятое", "треть" and "третий"),
  // the ending as written decides which it is.
  std::vector<std::string> ordinal_endings;
  // Cardinals that mostly refer ("двух стран": the two countries): a number only with a scale
  // or a fraction after them ("двух миллиардов", "трёх четвертей").
  WordSet referring_cardinals;

  // Which of the tables above hold a word, by its Lexicon id, filled when the rules compile: a
  // token with an id is then hashed only into the tables that know it.
  enum Table : uint8_t {
    kCardinal = 1,
    kMultiplier = 2,
    kOrdinal = 4,
    kFraction = 8,
    kArticle = 16,
    kConjunction = 32,
  };
  std::vector<uint8_t> tables_by_word;
  // False only when the id shows the word is not in table t; an unidentified token (id
  // UINT32_MAX) or a vocabulary without the index may be in any.
  bool may_hold(uint32_t id, Table t) const {
    if (tables_by_word.empty() || id == UINT32_MAX) return true;
    return id < tables_by_word.size() && (tables_by_word[id] & t) != 0;
  }
};

struct TimeWords {
  WordMap<int> months;   // "january" 1, "jan" 1, "sept" 9
  WordMap<int> seasons;  // "summer" 6 (first month of 3), ...
  // Relative years as token sequences: {"this","year"} 0, {"the","current","year"} 0,
  // {"last","year"} -1, {"next","year"} +1.
  std::vector<std::pair<std::vector<std::string>, int>> relative_years;
  // Months counted from the document's month: {"last","month"} -1, {"в","прошлом","месяце"} -1.
  std::vector<std::pair<std::vector<std::string>, int>> relative_months;
  // Years that refer back: {"that","year"}, {"the","same","year"}.
  std::vector<std::vector<std::string>> anaphoric_years;
  // Years counted from the year last written: {"the","following","year"} +1.
  std::vector<std::pair<std::vector<std::string>, int>> shifted_anaphoric_years;
  // Days counted from the day last written: {"the","day","before"} -1, {"накануне"} -1.
  std::vector<std::pair<std::vector<std::string>, int>> anaphoric_days;
  // The date last told, whole: {"тогда","же"}, {"on","the","same","day"}.
  std::vector<std::vector<std::string>> anaphoric_times;
  // Periods that refer back to the one the text is telling: "the same period" (that period),
  // "the whole year" (its year, whole_year), "a year earlier" (its year shifted by offset).
  struct AnaphoricPeriod {
    std::vector<std::string> words;
    bool whole_year = false;
    int offset = 0;
    bool operator==(const AnaphoricPeriod&) const = default;
  };
  std::vector<AnaphoricPeriod> anaphoric_periods;
  WordSet since_words;  // "since", "from" (open end unless a range)
  WordSet until_words;  // "until", "till", "by", "before"
  // The until-words that set a deadline to reach ("by 2030", "к 2030 году"), not a term that
  // runs out ("a loan until 2030"): only they make a figure after its document a goal.
  WordSet goal_end_words;
  WordSet range_joiners;      // "and" (between..and), "to", "till", "-"
  WordSet range_openers;      // "between", "from"
  WordSet year_prepositions;  // "in", "of", "during", "since", ...
  WordSet part_words;         // "early", "late", "mid", "end", "beginning"
  WordSet quarter_words;      // "quarter", "quarters"
  WordSet month_unit_words;   // "month", "months"
  WordSet half_year_words;  // "полугодие": a unit of six months ("первое полугодие 2024 года")
  WordSet weekdays;  // "monday": "on Monday, December 4"
  // A weekday's place in the week, Monday 1 to Sunday 7: "on Wednesday" alone is the last
  // Wednesday up to the document's date.
  WordMap<int> weekday_numbers;
  // A word before a weekday that settles which one: "last" -1 (the most recent before the
  // document's date), "next" +1 (the first after it).
  WordMap<int> weekday_shifts;
  // "that": "that September" is in the year last written.
  WordSet anaphoric_month_words;
  WordSet determiners;        // "the": "the summer of 1994", "by the end of"
  WordSet decade_suffixes;    // "s": "the 2000s", "the 1990's"
  WordSet date_clause_words;  // "when": "in 2022, when it stood at ..." is about 2022
  WordSet present_words;      // "now", "currently": a figure told of the document's time
  WordSet past_words;         // "remained", "became": a state told of the period being told
  WordSet comparing_words;    // "on", "from": "up 9% on the same period of 2023" compares
  WordSet change_base_words;  // "from": "rose to $3 billion from $2 billion": the level before
  WordSet level_words;        // "level", "figure": "9% above the 2019 level" compares with 2023
  // The months a part word picks out of a whole year ("by the end of 2020" is December):
  // "end" {12, 12}, "beginning" {1, 1}, "early" {1, 3}. Without an entry the year stays whole.
  WordMap<std::pair<int, int>> part_months;

  // By Lexicon id: whether the word is a key of months or seasons (as
  // NumberWords::tables_by_word).
  enum Table : uint8_t { kMonth = 1, kSeason = 2 };
  std::vector<uint8_t> tables_by_word;
  bool may_hold(uint32_t id, Table t) const {
    if (tables_by_word.empty() || id == UINT32_MAX) return true;
    return id < tables_by_word.size() && (tables_by_word[id] & t) != 0;
  }
};

}  // namespace claimtrace
