// A document no manifest or metadata dates takes the day its dateline gives, and only a dateline.
#include "test_corpus.h"

#include <gtest/gtest.h>

#include <string>

namespace claimtrace {
namespace {

Extraction run(const std::string& text, const std::string& published = "") {
  return extract_one(text, published);
}

const Claim* percent(const Extraction& e) {
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kPercent) return &c;
  }
  return nullptr;
}

bool noted(const Extraction& e, const std::string& day) {
  for (const Diagnostic& d : e.diagnostics) {
    if (d.severity == DiagnosticLevel::kInfo && d.message.find(day) != std::string::npos)
      return true;
  }
  return false;
}

// A place, a label or nothing before the day, set off by punctuation, under a headline at most:
// "last year" is the year before it, and the user is told where the date came from.
TEST(Dateline, GivesTheDateOfAnUndatedDocument) {
  for (const std::string text :
       {"Ruritown, 4 May 2024. Exports to Freedonia rose 7% last year.",
        "Port Ruri, 4 May 2024 (Ruri News) - Exports to Freedonia rose 7% last year.",
        "Published: 2024-05-04\n\nExports to Freedonia rose 7% last year.",
        "4 May 2024 - Exports to Freedonia rose 7% last year.",
        "Ruritanian exports climb\n\nRuritown, 4 May 2024. Exports to Freedonia rose 7% last "
        "year."}) {
    Extraction e = run(text);
    const Claim* c = percent(e);
    ASSERT_TRUE(c) << text;
    EXPECT_EQ(c->period.iso(), "2023") << text;
    EXPECT_TRUE(noted(e, "2024-05-04")) << text;
  }
}

// A date the text tells of is not when it was written: a sentence's own date, one with words
// before it that are no place or label, a month without a day, a date past the first lines.
TEST(Dateline, ADateTheTextTellsOfIsNone) {
  for (const std::string text :
       {"On 4 May 2024 the ministers met. Exports to Freedonia rose 7% last year.",
        "Trade reached $1 billion on 4 May 2024. Exports to Freedonia rose 7% last year.",
        "Ruritown, May 2024. Exports to Freedonia rose 7% last year.",
        "Exports to Freedonia rose 7% last year. The ministers met again. They signed a deal. "
        "Ruritown, 4 May 2024."}) {
    Extraction e = run(text);
    const Claim* c = percent(e);
    ASSERT_TRUE(c) << text;
    EXPECT_TRUE(c->period.empty() || c->period.unresolved) << text << " " << c->period.iso();
    EXPECT_FALSE(noted(e, "2024")) << text;
  }
}

// A present-tense figure of an undated document holds as of its dateline's day, as it would of
// a given date: never unresolved, so it meets other sources' figures of that time.
TEST(Dateline, DatesPresentTenseFigures) {
  for (const std::string text : {"Ruritown, 4 May 2024. Freedonia takes 7% of Ruritanian exports.",
                                 "4 May 2024 - Freedonia's share of Ruritanian exports is 7%."}) {
    Extraction e = run(text);
    const Claim* c = percent(e);
    ASSERT_TRUE(c) << text;
    EXPECT_FALSE(c->period.unresolved) << text;
    EXPECT_EQ(c->period.iso(), "2024-05-04") << text;
  }
  // Without a dateline it stays unresolved: never a guess.
  const Extraction undated = run("Freedonia takes 7% of Ruritanian exports.");
  const Claim* c = percent(undated);
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->period.unresolved);
}

// A date the manifest or metadata gives stands: the dateline does not replace it.
TEST(Dateline, AGivenDateStands) {
  Extraction e = run("Ruritown, 4 May 2024. Exports to Freedonia rose 7% last year.", "2025-02-01");
  const Claim* c = percent(e);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->period.iso(), "2024");
  EXPECT_FALSE(noted(e, "2024-05-04"));
}

}  // namespace
}  // namespace claimtrace
