// Tests of the date recognizer: every shape with its period and span, non-dates, fuzzing.
#include "dates.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "numbers.h"
#include "token.h"
#include "vocabulary.h"

namespace claimtrace {
namespace {

// The English vocabulary rules/time.xml and rules/numbers.xml are expected to hold.
TimeWords english_time() {
  TimeWords w;
  const char* months[] = {"january", "february", "march",     "april",   "may",      "june",
                          "july",    "august",   "september", "october", "november", "december"};
  for (int i = 0; i < 12; ++i) w.months[months[i]] = i + 1;
  const char* short_months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i) w.months[short_months[i]] = i + 1;
  w.months["sept"] = 9;
  w.seasons = {{"spring", 3}, {"summer", 6}, {"autumn", 9}, {"fall", 9}, {"winter", 12}};
  w.relative_years = {
      {{"this", "year"}, 0},  {{"the", "current", "year"}, 0},   {{"current", "year"}, 0},
      {{"last", "year"}, -1}, {{"the", "previous", "year"}, -1}, {{"next", "year"}, 1}};
  w.anaphoric_years = {{"that", "year"}, {"the", "same", "year"}};
  w.shifted_anaphoric_years = {{{"the", "following", "year"}, 1}};
  w.relative_months = {{{"last", "month"}, -1}, {{"next", "month"}, 1}};
  w.anaphoric_days = {{{"the", "day", "before"}, -1}, {{"the", "next", "day"}, 1}};
  w.weekday_shifts = {{"last", -1}, {"next", 1}};
  w.anaphoric_month_words = {"that"};
  w.anaphoric_times = {{"at", "that", "time"}};
  w.anaphoric_periods = {{{"the", "same", "period"}, false, 0},
                         {{"the", "whole", "year"}, true, 0},
                         {{"full", "-", "year"}, true, 0},
                         {{"a", "year", "earlier"}, false, -1}};
  w.comparing_words = {"on", "from"};
  w.since_words = {"since", "from"};
  w.until_words = {"until", "till", "by", "before"};
  w.range_joiners = {"and", "to", "till", "through", "-"};
  w.range_openers = {"between", "from"};
  w.year_prepositions = {"in", "of", "during", "on", "for", "throughout"};
  w.part_words = {"early", "late", "mid", "end", "beginning", "start", "middle"};
  w.quarter_words = {"quarter", "quarters"};
  w.month_unit_words = {"month", "months"};
  w.weekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  w.weekday_numbers = {{"monday", 1}, {"tuesday", 2},  {"wednesday", 3}, {"thursday", 4},
                       {"friday", 5}, {"saturday", 6}, {"sunday", 7}};
  w.determiners = {"the"};
  w.decade_suffixes = {"s"};
  w.part_months = {{"end", {12, 12}}, {"beginning", {1, 1}}, {"start", {1, 1}}, {"early", {1, 3}},
                   {"mid", {6, 7}},   {"middle", {6, 7}},    {"late", {10, 12}}};
  return w;
}

NumberWords english_numbers() {
  NumberWords w;
  const char* units[] = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                         "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  for (int i = 0; i < 13; ++i) w.cardinals[units[i]] = i;
  w.cardinals["twenty"] = 20;
  w.multipliers = {{"hundred", 100}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
                   {"bn", 1e9},      {"m", 1e6},        {"k", 1e3},       {"dozen", 12}};
  const char* ordinals[] = {"first",   "second", "third", "fourth", "fifth",    "sixth",
                            "seventh", "eighth", "ninth", "tenth",  "eleventh", "twelfth"};
  for (int i = 0; i < 12; ++i) w.ordinals[ordinals[i]] = i + 1;
  w.fractions = {{"half", 0.5},       {"halves", 0.5},   {"third", 1.0 / 3},
                 {"thirds", 1.0 / 3}, {"quarter", 0.25}, {"quarters", 0.25}};
  w.vague_plurals = {{"dozens", 24}, {"hundreds", 200}, {"thousands", 2000}};
  w.articles = {"a", "an"};
  w.ordinal_suffixes = {"st", "nd", "rd", "th"};
  w.conjunctions = {"and"};
  return w;
}

DateContext dated(int year, int month, int day) {
  DateContext c;
  c.document_date = PartialDate{year, month, day, DatePrecision::kDay};
  return c;
}

struct Found {
  std::vector<DateMatch> matches;
  std::vector<std::string> described;  // "span|iso|flags" per match
};

// Every date of text: its words as written, its ISO period and flags (r relative, a anaphoric,
// b bare year, u unresolved, c said only to compare with).
Found find(const std::string& text, DateContext& context, const TimeWords& words = english_time()) {
  TokenizedSentence ts;
  tokenize(text, 0, text.size(), ts);
  Found f;
  f.matches = find_dates(ts.tokens, words, english_numbers(), context);
  for (const DateMatch& m : f.matches) {
    const Token& a = ts.tokens[m.first];
    const Token& b = ts.tokens[m.last - 1];
    std::string s = text.substr(a.begin, b.end - a.begin) + "|" + m.period.iso() + "|";
    if (m.relative) s += 'r';
    if (m.anaphoric) s += 'a';
    if (m.bare_year) s += 'b';
    if (m.period.unresolved) s += 'u';
    if (m.baseline) s += 'c';
    f.described.push_back(s);
  }
  return f;
}

// Dates of one sentence in a document published on 6 December 2023.
std::vector<std::string> dates(const std::string& text) {
  DateContext c = dated(2023, 12, 6);
  return find(text, c).described;
}

std::vector<std::string> undated(const std::string& text) {
  DateContext c;
  return find(text, c).described;
}

using Dates = std::vector<std::string>;

// A word that both ends a span and compares (Russian "к") names a baseline right after a
// percentage of change ("на 5% к марту"), and a deadline elsewhere ("к 2030 году", "до 30% к
// 2030").
TEST(Dates, AfterAPercentageAnUntilWordThatComparesNamesABaseline) {
  TimeWords w = english_time();
  w.until_words.insert("k");
  w.comparing_words.insert("k");
  DateContext c = dated(2023, 12, 6);
  EXPECT_EQ(find("Trade grew 11% k March 2022.", c, w).described,
            (Dates{"k March 2022|2022-03|c"}));
  EXPECT_EQ(find("Trade will reach $5 billion k March 2025.", c, w).described,
            (Dates{"k March 2025|/2025-03|"}));
  // A percentage reached after a word that ends a span is a level: "k" is a deadline there.
  w.until_words.insert("upto");
  EXPECT_EQ(find("The share will rise upto 30% k March 2025.", c, w).described,
            (Dates{"k March 2025|/2025-03|"}));
}

// Statistical shorthand for a part of a year before the year.
TEST(Dates, QuarterAndHalfShorthand) {
  EXPECT_EQ(dates("exports in Q3 2025 rose"), Dates{"in Q3 2025|2025-07/2025-09|"});
  EXPECT_EQ(dates("in H2 2024 trade fell"), Dates{"in H2 2024|2024-07/2024-12|"});
  EXPECT_EQ(dates("in Q1-Q3 2025 the total"), Dates{"in Q1-Q3 2025|2025-01/2025-09|"});
  EXPECT_EQ(dates("the 3M 2024 results"), Dates{"2024|2024|b"});  // a firm's name, no months
  EXPECT_EQ(dates("the Q5 2024 figure"), Dates{"2024|2024|b"});   // no fifth quarter: a bare year
}

TEST(Dates, FullDates) {
  EXPECT_EQ(dates("decree No. 215 dated 11.06.2021 was signed"), Dates{"11.06.2021|2021-06-11|"});
  EXPECT_EQ(dates("It entered into force on 2021-06-11."), Dates{"on 2021-06-11|2021-06-11|"});
  EXPECT_EQ(dates("signed on 17 September 2021 in Minsk"),
            Dates{"on 17 September 2021|2021-09-17|"});
  EXPECT_EQ(dates("September 17, 2021 was a Friday"), Dates{"September 17, 2021|2021-09-17|"});
  EXPECT_EQ(dates("17th of June 2021"), Dates{"17th of June 2021|2021-06-17|"});
  EXPECT_EQ(dates("29 February 2024"), Dates{"29 February 2024|2024-02-29|"});
}

TEST(Dates, DayWithoutYearTakesTheDocumentYear) {
  EXPECT_EQ(dates("The talks were held on 22 June."), Dates{"on 22 June|2023-06-22|r"});
  EXPECT_EQ(dates("on Monday, December 4 the delegation arrived"),
            Dates{"on Monday, December 4|2023-12-04|r"});
  EXPECT_EQ(dates("25 May"), Dates{"25 May|2023-05-25|r"});
  // Undated document: the day and month stay, the year is unknown.
  DateContext c;
  Found f = find("on 22 June", c);
  ASSERT_EQ(f.described, Dates{"on 22 June||ru"});
  EXPECT_EQ(f.matches[0].period, (Period{0, 6, 22, 0, 6, 22, true}));
  EXPECT_EQ(f.matches[0].first, 0u);
  EXPECT_EQ(f.matches[0].last, 3u);
}

// The reference document is dated Wednesday 6 December 2023.
TEST(Dates, AWeekdayAloneIsTheLastSuchDayUpToTheDocumentDate) {
  EXPECT_EQ(dates("The delegation arrived on Monday."), Dates{"on Monday|2023-12-04|r"});
  EXPECT_EQ(dates("The deal was signed on Wednesday."), Dates{"on Wednesday|2023-12-06|r"});
  EXPECT_EQ(dates("Ministers met on Thursday in Minsk."), Dates{"on Thursday|2023-11-30|r"});
  // Without a preposition a weekday is no date; an undated document resolves none.
  EXPECT_EQ(dates("Monday was quiet."), Dates{});
  EXPECT_EQ(undated("The delegation arrived on Monday."), Dates{});
}

TEST(Dates, LastWeekdayIsTheMostRecentBeforeTheDocumentDateAndNextTheFirstAfter) {
  EXPECT_EQ(dates("They signed it last Friday."), Dates{"last Friday|2023-12-01|r"});
  EXPECT_EQ(dates("They signed it last Wednesday."), Dates{"last Wednesday|2023-11-29|r"});
  EXPECT_EQ(dates("They signed it last Monday."), Dates{"last Monday|2023-12-04|r"});
  // The day before the document's date would be "yesterday": "last Tuesday" is a week earlier.
  EXPECT_EQ(dates("They signed it last Tuesday."), Dates{"last Tuesday|2023-11-28|r"});
  EXPECT_EQ(dates("The forum opens next Thursday."), Dates{"next Thursday|2023-12-14|r"});
  EXPECT_EQ(dates("The forum opens next Wednesday."), Dates{"next Wednesday|2023-12-13|r"});
  EXPECT_EQ(dates("The forum opens next Friday."), Dates{"next Friday|2023-12-08|r"});
  EXPECT_EQ(dates("The forum opens next Monday."), Dates{"next Monday|2023-12-11|r"});
  DateContext c = dated(2023, 12, 6);
  Found f = find("The forum opens next Monday.", c);
  ASSERT_EQ(f.matches.size(), 1u);
  EXPECT_TRUE(f.matches[0].weekday);
  EXPECT_TRUE(f.matches[0].weekday_settled);
  EXPECT_EQ(undated("They signed it last Friday."), Dates{});
}

TEST(Dates, LastMonthIsTheDocumentMonthShifted) {
  EXPECT_EQ(dates("Exports fell last month."), Dates{"last month|2023-11|r"});
  EXPECT_EQ(dates("The plant opens next month."), Dates{"next month|2024-01|r"});
  EXPECT_EQ(undated("Exports fell last month."), Dates{});
}

TEST(Dates, AnaphoricDaysAndYearsCountFromTheLastOneTold) {
  DateContext c = dated(2023, 12, 6);
  EXPECT_EQ(find("The plant opened on 16 May 2018.", c).described,
            Dates{"on 16 May 2018|2018-05-16|"});
  EXPECT_EQ(find("The visit had begun the day before.", c).described,
            Dates{"the day before|2018-05-15|a"});
  EXPECT_EQ(find("We opened ours the following year.", c).described,
            Dates{"the following year|2019|a"});
  EXPECT_EQ(find("The first batch left that September.", c).described,
            Dates{"that September|2018-09|a"});
  EXPECT_EQ(find("A roadmap was signed at that time.", c).described,
            Dates{"at that time|2018-09|a"});
  // The date told last is not resolved: "at that time" is no date.
  EXPECT_EQ(dates("It opened that year, and a roadmap was signed at that time."),
            Dates{"that year||au"});
  // "The day before the summit" is dated by the summit, not by the day last told.
  EXPECT_EQ(find("They met the day before the summit.", c).described, Dates{});
  // Nothing told before: no date.
  EXPECT_EQ(dates("The visit had begun the day before."), Dates{});
  EXPECT_EQ(dates("We opened ours the following year."), Dates{"the following year||au"});
  EXPECT_EQ(dates("The first batch left that September."), Dates{});
  EXPECT_EQ(find("a development that may last", c).described, Dates{});
}

TEST(Dates, ImpossibleDaysAreNotDates) {
  EXPECT_EQ(dates("31 February"), Dates{});
  EXPECT_EQ(dates("29 February 2023"), Dates{"February 2023|2023-02|"});
  EXPECT_EQ(dates("31.02.2021"), Dates{});
  EXPECT_EQ(dates("2021-13-01"), (Dates{"2021|2021|b"}));
}

TEST(Dates, Months) {
  EXPECT_EQ(dates("in December 2007"), Dates{"in December 2007|2007-12|"});
  EXPECT_EQ(dates("March of 2009"), Dates{"March of 2009|2009-03|"});
  EXPECT_EQ(dates("exports fell in June"), Dates{"in June|2023-06|r"});
  EXPECT_EQ(dates("late May"), Dates{"late May|2023-05|r"});
  EXPECT_EQ(dates("since early September"), Dates{"since early September|2023-09/|r"});
  EXPECT_EQ(dates("in March this year"), Dates{"in March this year|2023-03|r"});
  EXPECT_EQ(dates("In August of this year"), Dates{"In August of this year|2023-08|r"});
  EXPECT_EQ(dates("at the end of October 2019"), Dates{"the end of October 2019|2019-10|"});
  EXPECT_EQ(dates("in Sept 2020"), Dates{"in Sept 2020|2020-09|"});
  EXPECT_EQ(undated("in June"), Dates{"in June||ru"});
}

TEST(Dates, AMonthNameAloneNeedsAPreposition) {
  EXPECT_EQ(dates("June was hot"), Dates{});
  EXPECT_EQ(dates("prices may rise"), Dates{});
  EXPECT_EQ(dates("May-June"), Dates{"May-June|2023-05/2023-06|r"});
}

TEST(Dates, Years) {
  DateContext c = dated(2023, 12, 6);
  Found f = find("Trade grew in 2013.", c);
  ASSERT_EQ(f.described, Dates{"in 2013|2013|b"});
  EXPECT_EQ(f.matches[0].first, 2u);
  EXPECT_EQ(f.matches[0].last, 4u);
  EXPECT_EQ(c.last_year, 2013);

  f = find("since 2020", c);
  ASSERT_EQ(f.described, Dates{"since 2020|2020/|"});
  EXPECT_EQ(f.matches[0].period, (Period{2020, 0, 0, 0, 0, 0, false}));
  EXPECT_EQ(dates("until 2020"), Dates{"until 2020|/2020|"});
  EXPECT_EQ(dates("until December 2019"), Dates{"until December 2019|/2019-12|"});
  EXPECT_EQ(dates("by the end of 2020"), Dates{"by the end of 2020|/2020-12|"});
  EXPECT_EQ(dates("the report (2010) said"), Dates{"2010|2010|b"});
  EXPECT_EQ(dates("the 2022 Belarus-China joint declaration"), Dates{"2022|2022|b"});
  EXPECT_EQ(dates("in the summer of 1994"), Dates{"in the summer of 1994|1994-06/1994-08|"});
  EXPECT_EQ(dates("the winter of 2020"), Dates{"the winter of 2020|2020-12/2021-02|"});
  EXPECT_EQ(dates("in the 2000s"), Dates{"in the 2000s|2000/2009|"});
  EXPECT_EQ(dates("the 1990's"), Dates{"the 1990's|1990/1999|"});
  EXPECT_EQ(dates("mid-2020"), Dates{"mid-2020|2020-06/2020-07|"});
  EXPECT_EQ(dates("since the beginning of 2020"), Dates{"since the beginning of 2020|2020-01/|"});
  // Ambiguous: a year or a count. Left as a year for the caller to judge.
  EXPECT_EQ(dates("2021 doses"), Dates{"2021|2021|b"});
}

TEST(Dates, Ranges) {
  EXPECT_EQ(dates("between 2000 and 2019"), Dates{"between 2000 and 2019|2000/2019|"});
  EXPECT_EQ(dates("in 2004-2013"), Dates{"in 2004-2013|2004/2013|"});
  EXPECT_EQ(dates("From 2004-2013, trade grew"), Dates{"From 2004-2013|2004/2013|"});
  EXPECT_EQ(dates("from 2004 to 2013"), Dates{"from 2004 to 2013|2004/2013|"});
  EXPECT_EQ(dates("war in Donbas 2014-2022"), Dates{"2014-2022|2014/2022|"});
  EXPECT_EQ(dates("2004 - 2013"), Dates{"2004 - 2013|2004/2013|"});
  EXPECT_EQ(dates("the 2010-11 season"), Dates{"2010-11|2010/2011|"});
  EXPECT_EQ(dates("between March and June 2020"),
            Dates{"between March and June 2020|2020-03/2020-06|"});
  EXPECT_EQ(dates("from December 2020 to March"),
            Dates{"from December 2020 to March|2020-12/2021-03|"});
  EXPECT_EQ(dates("from January 2023 until September 2023"),
            Dates{"from January 2023 until September 2023|2023-01/2023-09|"});
  // Backwards is not a range: two years.
  EXPECT_EQ(dates("between 2019 and 2013"), (Dates{"2019|2019|b", "2013|2013|b"}));
  EXPECT_EQ(dates("2013-2004"), (Dates{"2013|2013|b", "2004|2004|b"}));
}

TEST(Dates, DayRangesAndSlashYears) {
  EXPECT_EQ(dates("between 1 and 5 June 2021"),
            Dates{"between 1 and 5 June 2021|2021-06-01/2021-06-05|"});
  EXPECT_EQ(dates("from 3 to 7 May"), Dates{"from 3 to 7 May|2023-05-03/2023-05-07|r"});
  EXPECT_EQ(dates("on 1-5 June"), Dates{"on 1-5 June|2023-06-01/2023-06-05|r"});
  EXPECT_EQ(dates("June 1-5, 2021"), Dates{"June 1-5, 2021|2021-06-01/2021-06-05|"});
  EXPECT_EQ(dates("From 1 January 2020 to 31 March 2020 imports rose"),
            Dates{"From 1 January 2020 to 31 March 2020|2020-01-01/2020-03-31|"});
  EXPECT_EQ(dates("the 2020/2021 season"), Dates{"2020/2021|2020/2021|"});
  EXPECT_EQ(dates("in 2020/21"), Dates{"in 2020/21|2020/2021|"});
  EXPECT_EQ(dates("2021/2020"), (Dates{"2021|2021|b", "2020|2020|b"}));
  EXPECT_EQ(dates("5-1 June"), Dates{"1 June|2023-06-01|r"});
}

TEST(Dates, AnotherLanguageIsOnlyVocabulary) {
  TimeWords w;
  w.months = {{"июня", 6}, {"июне", 6}, {"декабря", 12}};
  w.year_prepositions = {"в"};
  w.since_words = {"с"};
  w.until_words = {"до"};
  w.range_openers = {"с"};
  w.range_joiners = {"по"};
  w.relative_years = {{{"этом", "году"}, 0}, {{"прошлом", "году"}, -1}};
  auto ru = [&](const std::string& text) {
    TokenizedSentence ts;
    tokenize(text, 0, text.size(), ts);
    DateContext c = dated(2023, 12, 6);
    std::vector<std::string> out;
    for (const DateMatch& m : find_dates(ts.tokens, w, NumberWords{}, c)) {
      out.push_back(text.substr(ts.tokens[m.first].begin,
                                ts.tokens[m.last - 1].end - ts.tokens[m.first].begin) +
                    "|" + m.period.iso());
    }
    return out;
  };
  EXPECT_EQ(ru("указ от 11 июня 2021 года"), Dates{"11 июня 2021|2021-06-11"});
  EXPECT_EQ(ru("в июне"), Dates{"в июне|2023-06"});
  EXPECT_EQ(ru("с 2020 по 2022 год"), Dates{"с 2020 по 2022|2020/2022"});
  EXPECT_EQ(ru("в прошлом году"), Dates{"в прошлом году|2022"});
  EXPECT_EQ(ru("до декабря 2019"), Dates{"до декабря 2019|/2019-12"});
}

TEST(Dates, LongFromUntilGivesItsTwoEnds) {
  EXPECT_EQ(
      dates("from his visit to China in March of this year until the beginning of "
            "December"),
      (Dates{"in March of this year|2023-03|r", "until the beginning of December|/2023-12|r"}));
}

TEST(Dates, PartialPeriods) {
  EXPECT_EQ(dates("in the first three quarters of the current year"),
            Dates{"in the first three quarters of the current year|2023-01/2023-09|r"});
  EXPECT_EQ(dates("over 9 months of 2025"), Dates{"9 months of 2025|2025-01/2025-09|"});
  EXPECT_EQ(dates("the first half of 2021"), Dates{"the first half of 2021|2021-01/2021-06|"});
  EXPECT_EQ(dates("in the second half of 2020"),
            Dates{"in the second half of 2020|2020-07/2020-12|"});
  EXPECT_EQ(dates("the third quarter of 2022"),
            Dates{"the third quarter of 2022|2022-07/2022-09|"});
  EXPECT_EQ(dates("in the 3rd quarter of 2022"),
            Dates{"in the 3rd quarter of 2022|2022-07/2022-09|"});
  EXPECT_EQ(dates("the first quarter of last year"),
            Dates{"the first quarter of last year|2022-01/2022-03|r"});
  EXPECT_EQ(undated("the first three quarters of the current year"),
            Dates{"the first three quarters of the current year||ru"});
  // Counts that do not fit a year are not dates; a part without a year after "the" is of the
  // document's year, with no "the" it is a length of time.
  EXPECT_EQ(dates("the first five quarters of 2021"), (Dates{"of 2021|2021|b"}));
  EXPECT_EQ(dates("in the first half"), Dates{"in the first half|2023-01/2023-06|r"});
  EXPECT_EQ(dates("in the first quarter 2022"),
            Dates{"in the first quarter 2022|2022-01/2022-03|"});
  EXPECT_EQ(dates("over nine months"), Dates{});
  EXPECT_EQ(dates("over the past nine months"), Dates{});
  EXPECT_EQ(dates("1,000,000,000,000,000,000,000 quarters of 2021"), Dates{"of 2021|2021|b"});
}

// "The same period", "in the nine months", "a year earlier", "the whole year": the period the
// text is telling, the last date of the sentence before them, else what the previous sentences'
// figures were about (DateContext::topic); nothing told, they stay unresolved.
TEST(Dates, PeriodsThatReferBackAreOfThePeriodBeingTold) {
  DateContext c = dated(2024, 12, 5);
  c.topic = Period{2024, 1, 0, 2024, 9, 0, false};
  EXPECT_EQ(find("in the same period", c).described, Dates{"in the same period|2024-01/2024-09|a"});
  EXPECT_EQ(find("in the nine months", c).described, Dates{"in the nine months|2024-01/2024-09|a"});
  EXPECT_EQ(find("full-year trade", c).described, Dates{"full-year|2024|a"});
  EXPECT_EQ(find("a year earlier", c).described, Dates{"a year earlier|2023-01/2023-09|a"});
  // Those months in another year are said only to compare with.
  EXPECT_EQ(find("on the same period of 2023", c).described,
            Dates{"on the same period of 2023|2023-01/2023-09|ac"});
  // Said of that period in its own right, it is a figure's period like any other.
  EXPECT_EQ(find("in the same period of 2023", c).described,
            Dates{"in the same period of 2023|2023-01/2023-09|a"});
  EXPECT_EQ(find("the first half of the decade", c).described, Dates{});
  // A date earlier in the sentence is what it refers to.
  EXPECT_EQ(find("In the first half of 2022, up 5% on the same period of 2021", c).described,
            (Dates{"In the first half of 2022|2022-01/2022-06|",
                   "on the same period of 2021|2021-01/2021-06|ac"}));
  EXPECT_EQ(find("In 2020, and a year earlier", c).described,
            (Dates{"In 2020|2020|b", "a year earlier|2019|a"}));
  DateContext none = dated(2024, 12, 5);
  EXPECT_EQ(find("in the same period", none).described, Dates{"in the same period||au"});
  EXPECT_EQ(find("the whole year", none).described, Dates{"the whole year||au"});
}

TEST(Dates, RelativeYears) {
  EXPECT_EQ(dates("this year"), Dates{"this year|2023|r"});
  EXPECT_EQ(dates("in the current year"), Dates{"in the current year|2023|r"});
  EXPECT_EQ(dates("last year"), Dates{"last year|2022|r"});
  EXPECT_EQ(dates("next year"), Dates{"next year|2024|r"});
  EXPECT_EQ(dates("last year's harvest"), Dates{"last year's|2022|r"});
  EXPECT_EQ(undated("this year"), Dates{"this year||ru"});
  DateContext c = dated(2023, 0, 0);
  c.document_date.precision = DatePrecision::kYear;
  EXPECT_EQ(find("last year", c).described, Dates{"last year|2022|r"});
  EXPECT_EQ(c.last_year, 0);  // relative years are not written-out years
}

// "last December": the month's latest occurrence before the document's month; a reading the
// document's date does not settle ("last June" in December) is no date.
TEST(Dates, MonthsShiftedByARelativeYearWord) {
  EXPECT_EQ(dates("The ministers met last December."), Dates{"last December|2022-12|r"});
  EXPECT_EQ(dates("next January"), Dates{"next January|2024-01|r"});
  EXPECT_EQ(dates("next December"), Dates{"next December|2024-12|r"});
  EXPECT_EQ(dates("sales fell last June"), Dates{});
  EXPECT_EQ(dates("this may take years"), Dates{});
  EXPECT_EQ(dates("the next may be worse"), Dates{});
  EXPECT_EQ(undated("last December"), Dates{});
  DateContext june = dated(2024, 6, 27);
  EXPECT_EQ(find("they met last December", june).described, Dates{"last December|2023-12|r"});
  EXPECT_EQ(find("last June", june).described, Dates{"last June|2023-06|r"});
  EXPECT_EQ(find("last March", june).described, Dates{});
  EXPECT_EQ(june.last_year, 0);  // not a written-out year
}

TEST(Dates, AnaphoricYearsCarryAcrossSentences) {
  DateContext c = dated(2023, 12, 6);
  EXPECT_EQ(find("In 2013 trade grew.", c).described, Dates{"In 2013|2013|b"});
  EXPECT_EQ(find("That year exports doubled.", c).described, Dates{"That year|2013|a"});
  EXPECT_EQ(find("between 2000 and 2019", c).described, Dates{"between 2000 and 2019|2000/2019|"});
  EXPECT_EQ(c.last_year, 2019);
  EXPECT_EQ(find("in August of the same year", c).described,
            Dates{"in August of the same year|2019-08|a"});
  EXPECT_EQ(find("in 2015 and that year", c).described,
            (Dates{"in 2015|2015|b", "that year|2015|a"}));
  DateContext fresh = dated(2023, 12, 6);
  EXPECT_EQ(find("That year", fresh).described, Dates{"That year||au"});
}

TEST(Dates, NotDates) {
  for (const char* text :
       {"6.45 billion", "83.6%", "25 km", "the 11th", "3 hours", "No. 215", "1 and 2", "2.5 times",
        "2000 million", "1999%", "$2000", "#2015", "the end of the war", "late payments",
        "in 25 km", "5 months", "page 1800000"}) {
    EXPECT_EQ(dates(text), Dates{}) << text;
  }
  EXPECT_EQ(dates("In 2021, exports reached $6.45 billion, up 83.6% on 2020."),
            (Dates{"In 2021|2021|b", "on 2020|2020|b"}));
}

TEST(Dates, FuzzTokenSoups) {
  const std::vector<std::string> pieces = {
      "2004",    "2013",    "2021",      "1994",     "11.06.2021", "2021-06-11", "6.45",
      "3",       "22",      "17",        "9",        "500",        "31",         "-",
      "between", "and",     "from",      "to",       "until",      "since",      "by",
      "the",     "in",      "of",        "on",       "year",       "this",       "that",
      "same",    "current", "last",      "next",     "%",          "billion",    "million",
      "March",   "May",     "June",      "December", "summer",     "winter",     "2000s",
      "1990",    "'",       "s",         "first",    "three",      "quarters",   "half",
      "months",  "end",     "beginning", "late",     "mid",        "Monday",     ",",
      "(",       ")",       "dozens",    "a",        "twenty",     "one",        "hundred",
      "21st",    "6bn",     "No",        ".",        "$",          "2010",       "11"};
  const TimeWords time = english_time();
  const NumberWords numbers = english_numbers();
  std::mt19937 rng(1994);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int count = 1 + static_cast<int>(rng() % 30);
    for (int k = 0; k < count; ++k) {
      if (k > 0 && rng() % 3 != 0) text += ' ';
      text += pieces[rng() % pieces.size()];
    }
    TokenizedSentence ts;
    tokenize(text, 0, text.size(), ts);
    DateContext c = rng() % 2 ? dated(2023, 12, 6) : DateContext{};
    c.last_year = rng() % 2 ? 2015 : 0;
    std::vector<DateMatch> found = find_dates(ts.tokens, time, numbers, c);
    size_t previous_end = 0;
    for (const DateMatch& m : found) {
      ASSERT_LT(m.first, m.last) << text;
      ASSERT_LE(m.last, ts.tokens.size()) << text;
      ASSERT_GE(m.first, previous_end) << text;  // left to right, no overlaps
      previous_end = m.last;
      const Period& p = m.period;
      EXPECT_TRUE(p.begin_month >= 0 && p.begin_month <= 12 && p.end_month >= 0 &&
                  p.end_month <= 12)
          << text;
      EXPECT_TRUE(p.begin_day >= 0 && p.begin_day <= 31 && p.end_day >= 0 && p.end_day <= 31)
          << text;
      if (p.begin_year && p.end_year && !p.unresolved) {
        EXPECT_LE(p.begin_year, p.end_year) << text;
      }
      EXPECT_TRUE(m.period.unresolved || !m.period.empty()) << text;
    }
  }
}

TEST(Dates, LongSentencesAreOnePass) {
  std::string text;
  for (int k = 0; k < 10000; ++k) text += "between 2000 and ";
  TokenizedSentence ts;
  tokenize(text, 0, text.size(), ts);
  DateContext c = dated(2023, 12, 6);
  std::vector<DateMatch> found = find_dates(ts.tokens, english_time(), english_numbers(), c);
  ASSERT_EQ(found.size(), 10000u);
  EXPECT_EQ(found.back().period.iso(), "2000");
}

}  // namespace
}  // namespace claimtrace
