// Tests of the number recognizer, with a differential test against a speller and a fuzz test.
#include "numbers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "stemmer.h"
#include "token.h"
#include "vocabulary.h"

namespace claimtrace {
namespace {

// The English vocabulary rules/numbers.xml is expected to hold.
NumberWords english() {
  NumberWords w;
  const char* units[] = {"zero",    "one",     "two",       "three",    "four",
                         "five",    "six",     "seven",     "eight",    "nine",
                         "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int i = 0; i < 20; ++i) w.cardinals[units[i]] = i;
  const char* tens[] = {"twenty", "thirty",  "forty",  "fifty",
                        "sixty",  "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) w.cardinals[tens[i]] = 20 + 10 * i;
  w.multipliers = {{"hundred", 100},   {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
                   {"trillion", 1e12}, {"mln", 1e6},      {"bn", 1e9},      {"m", 1e6},
                   {"k", 1e3},         {"dozen", 12}};
  const char* ordinals[] = {"first",     "second",      "third",      "fourth",     "fifth",
                            "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
                            "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
                            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  for (int i = 0; i < 20; ++i) w.ordinals[ordinals[i]] = i + 1;
  w.ordinals["thirtieth"] = 30;
  w.fractions = {{"half", 0.5},       {"halves", 0.5},   {"third", 1.0 / 3},
                 {"thirds", 1.0 / 3}, {"quarter", 0.25}, {"quarters", 0.25}};
  w.vague_plurals = {{"dozens", 24},    {"hundreds", 200}, {"thousands", 2000},
                     {"millions", 2e6}, {"billions", 2e9}, {"tens", 20}};
  w.articles = {"a", "an"};
  w.ordinal_suffixes = {"st", "nd", "rd", "th"};
  w.conjunctions = {"and"};
  return w;
}

// A sentence and its tokens; pinned in place because the tokens point into the text.
struct Sentence {
  std::string text;
  TokenizedSentence ts;
  explicit Sentence(std::string s) : text(std::move(s)) { tokenize(text, 0, text.size(), ts); }
  Sentence(const Sentence&) = delete;
  Sentence& operator=(const Sentence&) = delete;
  const std::vector<Token>& tokens() const { return ts.tokens; }
};

std::optional<NumberMatch> number(const std::string& text, size_t i = 0,
                                  const NumberWords& words = english()) {
  Sentence s(text);
  return match_number(s.tokens(), i, words);
}

// Value and token span [first, last) of the number at token i.
void expect_number(const std::string& text, size_t i, double value, size_t first, size_t last,
                   const NumberWords& words = english()) {
  SCOPED_TRACE(text);
  auto m = number(text, i, words);
  ASSERT_TRUE(m.has_value());
  EXPECT_DOUBLE_EQ(m->value, value);
  EXPECT_EQ(m->first, first);
  EXPECT_EQ(m->last, last);
}

TEST(Numbers, Digits) {
  expect_number("6.45", 0, 6.45, 0, 1);
  expect_number("500,000", 0, 500000, 0, 1);
  expect_number("1,234.5", 0, 1234.5, 0, 1);
  expect_number("1,234,567", 0, 1234567, 0, 1);
  auto m = number("53 cases");
  ASSERT_TRUE(m);
  EXPECT_TRUE(m->plain_integer);
  EXPECT_EQ(m->digits, 2);
  EXPECT_FALSE(m->has_multiplier);
  m = number("1,234.5");
  EXPECT_FALSE(m->plain_integer);
  EXPECT_EQ(m->digits, 0);
  m = number("2021");
  EXPECT_TRUE(m->plain_integer);
  EXPECT_EQ(m->digits, 4);
}

TEST(Numbers, CommaFollowedByOtherThanThreeDigitsIsNotANumber) {
  EXPECT_FALSE(number("6,45"));
  EXPECT_FALSE(number("1,2345"));
  EXPECT_FALSE(number("1234,567"));
  EXPECT_FALSE(number("1.234.5"));
  EXPECT_FALSE(number("11.06.2021"));  // a date, read by the date recognizer
}

TEST(Numbers, DecimalComma) {
  NumberWords w = english();
  w.decimal_separator = ',';
  expect_number("6,45", 0, 6.45, 0, 1, w);
  expect_number("1.234,5", 0, 1234.5, 0, 1, w);
  expect_number("1.234.567", 0, 1234567, 0, 1, w);
  expect_number("12 345,5", 0, 12345.5, 0, 2, w);
  EXPECT_FALSE(number("11.06.2021", 0, w));
}

// A decimal times a scale is the value its digits write, exactly: "4.1 billion" is 4100000000,
// not the double 4.1 times 1e9 (4099999999.9999995).
TEST(Numbers, ADecimalTimesAScaleIsExact) {
  NumberWords comma = english();
  comma.decimal_separator = ',';
  const std::vector<std::pair<std::string, double>> cases = {{"4.1 billion", 4100000000.0},
                                                             {"0.3 billion", 300000000.0},
                                                             {"5.7 billion", 5700000000.0},
                                                             {"1.1 trillion", 1.1e12},
                                                             {"4.1 million", 4100000.0},
                                                             {"2.3 thousand", 2300.0},
                                                             {"0.7 dozen", 8.4}};
  for (const auto& [text, value] : cases) {
    const std::optional<NumberMatch> m = number(text);
    ASSERT_TRUE(m) << text;
    EXPECT_EQ(m->value, value) << text;  // exactly, not within a few ulps
  }
  const std::optional<NumberMatch> m = number("4,1 billion", 0, comma);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, 4100000000.0);
}

TEST(Numbers, SpaceSeparatedThousands) {
  expect_number("3 500 people", 0, 3500, 0, 2);
  expect_number("1 234 567", 0, 1234567, 0, 3);
  expect_number("12 345.5 tonnes", 0, 12345.5, 0, 2);
  EXPECT_FALSE(number("3 500")->plain_integer);
  // A year never starts a chain; the second group must have exactly three digits.
  expect_number("2021 500", 0, 2021, 0, 1);
  expect_number("3 50", 0, 3, 0, 1);
  expect_number("3 5000", 0, 3, 0, 1);
  expect_number("3 500,000", 0, 3, 0, 1);
  expect_number("1000 500", 0, 1000, 0, 1);
}

TEST(Numbers, Multipliers) {
  expect_number("6 billion", 0, 6e9, 0, 2);
  expect_number("1.4 billion", 0, 1.4e9, 0, 2);
  expect_number("$6bn", 1, 6e9, 1, 2);
  expect_number("6 bn", 0, 6e9, 0, 2);
  expect_number("50m", 0, 5e7, 0, 1);
  expect_number("3k", 0, 3000, 0, 1);
  expect_number("6.5bn", 0, 6.5e9, 0, 1);
  expect_number("five million", 0, 5e6, 0, 2);
  expect_number("half a billion", 0, 0.5e9, 0, 3);
  expect_number("half a dozen", 0, 6, 0, 3);
  expect_number("a dozen eggs", 0, 12, 0, 2);
  expect_number("four dozen", 0, 48, 0, 2);
  expect_number("4 dozen", 0, 48, 0, 2);
  expect_number("two hundred thousand", 0, 200000, 0, 3);
  expect_number("2 hundred thousand", 0, 200000, 0, 3);
  expect_number("a million", 0, 1e6, 0, 2);
  expect_number("a thousand million", 0, 1e9, 0, 3);
  expect_number("5 million 300 thousand", 0, 5.3e6, 0, 4);
  expect_number("5 million 300 people", 0, 5e6, 0, 2);
  expect_number("nineteen hundred", 0, 1900, 0, 2);
  auto m = number("6 billion");
  EXPECT_TRUE(m->has_multiplier);
  EXPECT_FALSE(m->plain_integer);
  EXPECT_EQ(m->digits, 0);
  EXPECT_TRUE(number("a dozen")->has_multiplier);
}

TEST(Numbers, SpelledNumbers) {
  expect_number("twenty-one", 0, 21, 0, 3);
  expect_number("twenty one", 0, 21, 0, 2);
  expect_number("one hundred and twenty", 0, 120, 0, 4);
  expect_number("one hundred twenty", 0, 120, 0, 3);
  expect_number("a hundred and fifty", 0, 150, 0, 4);
  expect_number("a thousand and one", 0, 1001, 0, 4);
  expect_number("one and a half million", 0, 1.5e6, 0, 5);
  expect_number("2 and a half", 0, 2.5, 0, 4);
  expect_number("zero", 0, 0, 0, 1);
  expect_number("seven", 0, 7, 0, 1);
  EXPECT_FALSE(number("five million")->plain_integer);
}

TEST(Numbers, SpelledNumbersStopWhereTheNumberEnds) {
  expect_number("twenty twenty", 0, 20, 0, 1);
  expect_number("five-year plan", 0, 5, 0, 1);
  expect_number("one and two", 0, 1, 0, 1);
  expect_number("between 1 and 2", 1, 1, 1, 2);
  expect_number("one hundred and", 0, 100, 0, 2);
  expect_number("one hundred and 20", 0, 100, 0, 2);
  expect_number("5 three", 0, 5, 0, 1);
  expect_number("fifteen five", 0, 15, 0, 1);
  expect_number("2004-2013", 0, 2004, 0, 1);
  expect_number("one hundred hundred", 0, 100, 0, 2);
  expect_number("five million thousand", 0, 5e6, 0, 2);
}

TEST(Numbers, VaguePlurals) {
  for (auto [word, value] : std::vector<std::pair<std::string, double>>{
           {"dozens", 24}, {"hundreds", 200}, {"thousands", 2000}, {"millions", 2e6}}) {
    auto m = number(word + " of people");
    ASSERT_TRUE(m) << word;
    EXPECT_DOUBLE_EQ(m->value, value);
    EXPECT_TRUE(m->vague);
    EXPECT_EQ(m->first, 0u);
    EXPECT_EQ(m->last, 1u);  // "of" stays for the caller
  }
  expect_number("Dozens", 0, 24, 0, 1);
  EXPECT_FALSE(number("5 million")->vague);
}

TEST(Numbers, Ordinals) {
  auto expect_ordinal = [](const std::string& text, size_t i, double value, size_t first,
                           size_t last) {
    expect_number(text, i, value, first, last);
    EXPECT_TRUE(number(text, i)->ordinal) << text;
    EXPECT_FALSE(number(text, i)->plain_integer) << text;
  };
  expect_ordinal("seventh", 0, 7, 0, 1);
  expect_ordinal("2nd", 0, 2, 0, 1);
  expect_ordinal("21st", 0, 21, 0, 1);
  expect_ordinal("the 11th", 1, 11, 1, 2);
  expect_ordinal("twenty-first", 0, 21, 0, 3);
  expect_ordinal("twenty first", 0, 21, 0, 2);
  expect_ordinal("one hundred and first", 0, 101, 0, 4);
  expect_ordinal("third", 0, 3, 0, 1);
  EXPECT_FALSE(number("twenty-one")->ordinal);
}

TEST(Numbers, OrdinalSuffixAsSeparateToken) {
  // Markup can split "21<sup>st</sup>" into two touching tokens.
  std::string text = "21st";
  std::vector<Token> tokens(2);
  tokens[0] = Token{0, 2, TokenKind::kNumber, false, false, false, "21", "21", "21"};
  tokens[1] = Token{2, 4, TokenKind::kWord, false, false, false, "st", "st", "st"};
  auto m = match_number(tokens, 0, english());
  ASSERT_TRUE(m);
  EXPECT_DOUBLE_EQ(m->value, 21);
  EXPECT_TRUE(m->ordinal);
  EXPECT_EQ(m->last, 2u);
  tokens[1].space_before = true;  // "21 st": not a suffix
  m = match_number(tokens, 0, english());
  EXPECT_FALSE(m->ordinal);
  EXPECT_EQ(m->last, 1u);
}

TEST(Numbers, OrdinalSuffixAfterAHyphen) {
  // "5-е совещание": the ending after a hyphen makes the figure an ordinal, as "19th" does.
  std::string text = "19-th";
  std::vector<Token> tokens(3);
  tokens[0] = Token{0, 2, TokenKind::kNumber, false, false, false, "19", "19", "19"};
  tokens[1] = Token{2, 3, TokenKind::kPunct, false, true, false, "-", "-", "-"};
  tokens[2] = Token{3, 5, TokenKind::kWord, false, false, false, "th", "th", "th"};
  auto m = match_number(tokens, 0, english());
  ASSERT_TRUE(m);
  EXPECT_DOUBLE_EQ(m->value, 19);
  EXPECT_TRUE(m->ordinal);
  EXPECT_EQ(m->last, 3u);
  tokens[2].text = tokens[2].lower = tokens[2].folded = "fold";  // "19-fold": no ordinal
  m = match_number(tokens, 0, english());
  ASSERT_TRUE(m);
  EXPECT_FALSE(m->ordinal);
}

TEST(Numbers, Fractions) {
  expect_number("half", 0, 0.5, 0, 1);
  // After an ordinal a fraction word is a part of a period: "the first quarter".
  EXPECT_FALSE(number("the first quarter", 2));
  EXPECT_FALSE(number("in the second half", 3));
  EXPECT_FALSE(number("the 3rd quarter", 2));
  expect_number("at least half of the products", 2, 0.5, 2, 3);
  expect_number("one third", 0, 1.0 / 3, 0, 2);
  expect_number("two thirds", 0, 2.0 / 3, 0, 2);
  expect_number("one-third", 0, 1.0 / 3, 0, 3);
  expect_number("three quarters", 0, 0.75, 0, 2);
  expect_number("one half", 0, 0.5, 0, 2);
  EXPECT_FALSE(number("one third")->ordinal);
  // After "a", a fraction word before a noun is an ordinal's ("a third term"); alone it is the
  // fraction ("grew by a third").
  EXPECT_FALSE(number("a third term"));
  expect_number("a third", 0, 1.0 / 3, 0, 2);
  expect_number("2 thirds", 0, 2, 0, 1);
}

// english() with what rules/numbers.xml adds for fractions: ordinals as denominators, plural
// fractions that need a numerator, "of", "point" and multiplier nouns after a number.
NumberWords english_fractions() {
  NumberWords w = english();
  w.ordinals["hundredth"] = 100;
  for (const auto& [word, value] : w.ordinals) {
    if (value < 3) continue;
    w.fractions.emplace(word, 1.0 / value);
    w.fractions.emplace(word + "s", 1.0 / value);
  }
  w.counted_fractions = {"thirds", "quarters",   "fifths", "eighths",
                         "tenths", "hundredths", "halves"};
  w.partitives = {"of"};
  w.decimal_points = {"point"};
  w.multipliers.emplace("dozens", 12);
  w.multipliers.emplace("hundreds", 100);
  w.multipliers.emplace("millions", 1e6);
  w.multipliers.emplace("thousands", 1e3);
  return w;
}

TEST(Numbers, FractionsWithOrdinalDenominators) {
  const NumberWords w = english_fractions();
  expect_number("one fifth", 0, 0.2, 0, 2, w);
  expect_number("three fifths", 0, 0.6, 0, 2, w);
  expect_number("one eighth", 0, 0.125, 0, 2, w);
  EXPECT_TRUE(number("three fifths", 0, w)->fraction);
  // A plural fraction needs its number; a singular one after "a" only before "of", a word of
  // the rules' fraction ends, a mark or the end ("grew by a fifth"), never before a noun.
  EXPECT_FALSE(number("fifths", 0, w));
  EXPECT_FALSE(number("a fifth round", 0, w));
  expect_number("a fifth", 0, 0.2, 0, 2, w);
  expect_number("a fifth, to $2 billion", 0, 0.2, 0, 2, w);
  expect_number("a fifth of the votes", 0, 0.2, 0, 2, w);
  expect_number("a third of the budget", 0, 1.0 / 3, 0, 2, w);
  // An ordinal still ranks: "the fifth", "twenty-fifth", "the first quarter".
  EXPECT_TRUE(number("the fifth", 1, w)->ordinal);
  expect_number("twenty-fifth", 0, 25, 0, 3, w);
  EXPECT_FALSE(number("the first quarter", 2, w));
}

TEST(Numbers, FractionsWithScales) {
  const NumberWords w = english_fractions();
  expect_number("three quarters billion", 0, 7.5e8, 0, 3, w);
  expect_number("two thirds of a million", 0, 2e6 / 3, 0, 5, w);
  expect_number("a quarter of a million", 0, 2.5e5, 0, 5, w);
  expect_number("3 million and a half", 0, 3.5e6, 0, 5, w);
  expect_number("3 million and a quarter", 0, 3.25e6, 0, 5, w);
  expect_number("five billion and three quarters", 0, 5.75e9, 0, 5, w);
  expect_number("one billion and a half million", 0, 1.0005e9, 0, 6, w);
  expect_number("one and a half million", 0, 1.5e6, 0, 5, w);
  expect_number("one hundred and three and two thirds", 0, 103 + 2.0 / 3, 0, 7, w);
  expect_number("twenty and three fifths", 0, 20.6, 0, 4, w);
  expect_number("two and a half", 0, 2.5, 0, 4, w);
  // "and" then a share of something else: no part of the number.
  expect_number("5 million and a third of them", 0, 5e6, 0, 2, w);
  EXPECT_FALSE(number("three quarters billion", 0, w)->fraction);
}

TEST(Numbers, MixedDigitsAndWords) {
  const NumberWords w = english_fractions();
  expect_number("3 hundred and 21 yuan", 0, 321, 0, 4, w);
  expect_number("4 thousand 3 hundred and 21", 0, 4321, 0, 6, w);
  expect_number("two and fifty-four hundredths", 0, 2.54, 0, 6, w);
  // Not past the hundreds, nor into a figure of its own.
  expect_number("3 hundred and 200 people", 0, 300, 0, 2, w);
  expect_number("3 hundred and 2 hundred", 0, 300, 0, 2, w);
  expect_number("$3 million and 500 staff", 1, 3e6, 1, 3, w);
}

TEST(Numbers, MultiplierNounsAfterANumber) {
  const NumberWords w = english_fractions();
  expect_number("three dozens", 0, 36, 0, 2, w);
  expect_number("3 dozens", 0, 36, 0, 2, w);
  expect_number("five hundreds", 0, 500, 0, 2, w);
  expect_number("3 millions", 0, 3e6, 0, 2, w);
  // Alone, a multiplier noun is vague: at least some; "of" a scale scales that bound.
  EXPECT_TRUE(number("dozens of", 0, w)->vague);
  expect_number("hundreds of thousands of people", 0, 200000, 0, 3, w);
  EXPECT_TRUE(number("hundreds of thousands", 0, w)->vague);
  expect_number("dozens of companies", 0, 24, 0, 1, w);
}

TEST(Numbers, SpelledDecimals) {
  const NumberWords w = english_fractions();
  expect_number("five point two", 0, 5.2, 0, 3, w);
  expect_number("two hundred point zero three", 0, 200.03, 0, 5, w);
  expect_number("two hundred point seventy-one", 0, 200.71, 0, 6, w);
  expect_number("five point two million", 0, 5.2e6, 0, 4, w);
  EXPECT_FALSE(number("five point two", 0, w)->fraction);
  // "point" without digits after it ends the number: "at one point they".
  expect_number("one point they", 0, 1, 0, 1, w);
}

TEST(Numbers, NotNumbers) {
  for (const char* text : {"a", "a car", "an", "million", "m", "k", "bn", "dozen", "the", "M1",
                           "5G", "25km", "-", "%", "hundred thousand", "and"}) {
    EXPECT_FALSE(number(text)) << text;
  }
  expect_number("6.45 billion", 0, 6.45e9, 0, 2);
  EXPECT_FALSE(number("", 0));
  EXPECT_FALSE(number("six", 5));  // past the end
}

TEST(Numbers, AnotherLanguageIsOnlyVocabulary) {
  NumberWords w;
  w.cardinals = {{"один", 1}, {"пять", 5}, {"двадцать", 20}, {"сто", 100}, {"двести", 200}};
  w.multipliers = {{"тысяч", 1e3}, {"тыс", 1e3}, {"миллионов", 1e6}, {"млн", 1e6}, {"млрд", 1e9}};
  w.vague_plurals = {{"десятки", 20}};
  w.decimal_separator = ',';
  expect_number("двадцать один", 0, 21, 0, 2, w);
  expect_number("сто двадцать пять", 0, 125, 0, 3, w);
  expect_number("двести тысяч", 0, 200000, 0, 2, w);
  expect_number("пять миллионов", 0, 5e6, 0, 2, w);
  expect_number("1,5 млрд", 0, 1.5e9, 0, 2, w);
  expect_number("5 млн 300 тыс.", 0, 5.3e6, 0, 4, w);
  expect_number("3 500,5", 0, 3500.5, 0, 2, w);
  expect_number("Десятки", 0, 20, 0, 1, w);
  EXPECT_FALSE(number("млн", 0, w));
}

// A stem a cardinal or a fraction shares with an ordinal ("пяти", "пятое"; "трети", "третий"):
// the ending as written decides. A referring form ("трёх") is a number only before a scale or a
// fraction.
TEST(Numbers, WrittenEndingTellsOrdinalFromCardinalOfOneStem) {
  std::unique_ptr<Stemmer> ru = Stemmer::for_language("ru");
  ASSERT_TRUE(ru);
  StemmingScope stemming(ru.get());
  NumberWords w;
  w.cardinals = {{"пят", 5}, {"десят", 10}, {"трех", 3}};
  w.ordinals = {{"пят", 5}, {"десят", 10}, {"трет", 3}};
  w.fractions = {{"трет", 1.0 / 3}, {"четверт", 0.25}};
  w.multipliers = {{"миллиард", 1e9}, {"тысяч", 1e3}};
  w.ordinal_endings = {"ое", "ый", "ий", "ой", "ьей"};
  w.referring_cardinals = {"трех"};
  w.decimal_separator = ',';
  auto five = number("пяти странам", 0, w);
  ASSERT_TRUE(five);
  EXPECT_FALSE(five->ordinal);
  EXPECT_EQ(five->value, 5);
  auto fifth = number("пятое место", 0, w);
  ASSERT_TRUE(fifth);
  EXPECT_TRUE(fifth->ordinal);
  EXPECT_EQ(fifth->value, 5);
  expect_number("десяти тысяч", 0, 1e4, 0, 2, w);
  auto third = number("трети", 0, w);
  ASSERT_TRUE(third);
  EXPECT_TRUE(third->fraction);
  EXPECT_DOUBLE_EQ(third->value, 1.0 / 3);
  auto ordinal = number("третий", 0, w);
  ASSERT_TRUE(ordinal);
  EXPECT_TRUE(ordinal->ordinal);
  expect_number("трёх четвертей", 0, 0.75, 0, 2, w);
  expect_number("трёх миллиардов", 0, 3e9, 0, 2, w);
  EXPECT_FALSE(number("трёх стран", 0, w));  // the three countries
}

// English words for 0..999,999, with or without "and".
std::string spell(int n, bool with_and) {
  static const char* units[] = {"zero",    "one",     "two",       "three",    "four",
                                "five",    "six",     "seven",     "eight",    "nine",
                                "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static const char* tens[] = {"",      "",      "twenty",  "thirty", "forty",
                               "fifty", "sixty", "seventy", "eighty", "ninety"};
  auto below100 = [&](int x) {
    if (x < 20) return std::string(units[x]);
    return std::string(tens[x / 10]) + (x % 10 ? std::string("-") + units[x % 10] : "");
  };
  auto below1000 = [&](int x) {
    std::string s;
    if (x >= 100) s = std::string(units[x / 100]) + " hundred";
    if (x % 100) {
      if (!s.empty()) s += with_and ? " and " : " ";
      s += below100(x % 100);
    }
    return s;
  };
  if (n == 0) return "zero";
  std::string s;
  if (n >= 1000) s = below1000(n / 1000) + " thousand";
  if (n % 1000) {
    if (!s.empty()) s += with_and && n % 1000 < 100 ? " and " : " ";
    s += below1000(n % 1000);
  }
  return s;
}

TEST(Numbers, DifferentialAgainstSpeller) {
  EXPECT_EQ(spell(421305, true), "four hundred and twenty-one thousand three hundred and five");
  const NumberWords words = english();
  std::mt19937 rng(20240611);
  std::uniform_int_distribution<int> value(0, 999999);
  std::vector<int> values = {0, 1, 12, 20, 99, 100, 101, 999, 1000, 1001, 100000, 777777, 999999};
  for (int k = 0; k < 5000; ++k) values.push_back(value(rng));
  for (size_t k = 0; k < values.size(); ++k) {
    const int n = values[k];
    Sentence s(spell(n, k % 2 == 0) + " people");
    auto m = match_number(s.tokens(), 0, words);
    ASSERT_TRUE(m) << s.text;
    EXPECT_DOUBLE_EQ(m->value, n) << s.text;
    EXPECT_EQ(m->last, s.tokens().size() - 1) << s.text;
    EXPECT_FALSE(m->ordinal) << s.text;
  }
}

TEST(Numbers, FuzzTokenSoups) {
  const std::vector<std::string> pieces = {
      "6.45",    "1,234.5", "500,000",  "3",     "500",    "2021",  "11.06.2021", "6,45",
      "21st",    "2nd",     "6bn",      "50m",   "k",      "m",     "bn",         "billion",
      "million", "hundred", "thousand", "dozen", "dozens", "a",     "an",         "and",
      "half",    "third",   "thirds",   "one",   "twenty", "first", "seventh",    "-",
      "%",       "$",       ",",        ".",     "the",    "year",  "between",    "zero",
      "st",      "ninety",  "quarters", "5G",    "'",      "(",     ")",          "tens"};
  for (char decimal : {'.', ','}) {
    NumberWords words = english();
    words.decimal_separator = decimal;
    std::mt19937 rng(decimal);
    for (int round = 0; round < 5000; ++round) {
      std::string text;
      const int count = 1 + static_cast<int>(rng() % 24);
      for (int k = 0; k < count; ++k) {
        if (k > 0 && rng() % 4 != 0) text += ' ';
        text += pieces[rng() % pieces.size()];
      }
      Sentence s(text);
      const size_t n = s.tokens().size();
      for (size_t i = 0; i <= n; ++i) {
        auto m = match_number(s.tokens(), i, words);
        if (!m) continue;
        ASSERT_LT(i, n) << text;
        EXPECT_EQ(m->first, i) << text;
        EXPECT_GT(m->last, m->first) << text;
        EXPECT_LE(m->last, n) << text;
        EXPECT_LE(m->last - m->first, 16u) << text;
        EXPECT_TRUE(std::isfinite(m->value)) << text;
      }
    }
  }
}

TEST(Numbers, LongRunsStayBounded) {
  std::string text;
  for (int k = 0; k < 20000; ++k) text += "one hundred and ";
  Sentence s(text);
  const NumberWords words = english();
  size_t longest = 0;
  for (size_t i = 0; i < s.tokens().size(); ++i) {
    if (auto m = match_number(s.tokens(), i, words)) longest = std::max(longest, m->last - i);
  }
  EXPECT_LE(longest, 16u);
}

}  // namespace
}  // namespace claimtrace
