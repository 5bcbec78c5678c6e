// Document periods: a title's period for the figures under it; a figure set after its document.
#include "extract/document_periods.h"

#include <algorithm>
#include <string>
#include <vector>

#include "extract/date_scope.h"

namespace claimtrace {

namespace {

bool fact(const Claim& c) {
  return c.modality == Modality::kAsserted || c.modality == Modality::kReported;
}

}  // namespace

void note_title(SentenceContext& s) {
  const PartialDate& published = s.doc.source.published;
  if (s.date_context.sentence != 0 || published.precision == DatePrecision::kUnknown) return;
  const std::vector<Token>& t = s.tokens();
  if (t.empty() || (t.back().kind == TokenKind::kPunct &&
                    (t.back().text == "." || t.back().text == "!" || t.back().text == "?"))) {
    return;
  }
  // A title stands apart, a blank line under it (a line right over a list or a paragraph leads
  // those only: leads_list).
  const std::vector<TextRange>& sentences = s.doc.text.sentences();
  const auto next = std::find_if(sentences.begin(), sentences.end(),
                                 [&](const TextRange& r) { return r.begin >= s.sentence.end; });
  if (next != sentences.end() &&
      s.doc.text.position(*next).line <= s.doc.text.position(s.sentence).line + 1) {
    return;
  }
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    if (is_figure_kind(s.out.claims[c].kind)) return;
  }
  if (s.dates.size() != 1) return;
  const DateMatch& m = s.dates.front();
  const Period& p = m.period;
  // A span of months or years, not a day: a title dated to the day names when, not what for.
  const bool span = p.begin_day == 0 && p.end_day == 0;
  if (m.baseline || m.refers_back || p.unresolved || p.begin_year == 0 || p.end_year == 0 ||
      !span || p.end_year > published.year) {
    return;
  }
  // The year ends the title, with at most its noun after it ("Trade results of 2024", "итоги
  // 2024 года"), or is set off by a comma, a dash or a period word ("Trade in 2024 and beyond");
  // one after an article names a thing ("lessons of the 2015 crisis").
  const bool ends = m.last + 1 >= t.size();
  const bool set_off = m.first == 0 || s.rules.time.year_prepositions.count(t[m.first].lower) > 0 ||
                       s.rules.time.year_prepositions.count(t[m.first - 1].lower) > 0 ||
                       (t[m.first - 1].kind == TokenKind::kPunct && t[m.first - 1].text != "'" &&
                        t[m.first - 1].text != "\u2019");
  const bool after_article = m.first > 0 && s.rules.definite_words.count(t[m.first - 1].lower) > 0;
  if (!(ends || set_off) || after_article) return;
  s.discourse->title = p;
}

void title_period(const Discourse& w, Claim& c, bool present) {
  if (!w.title || !c.period.empty() || c.period.unresolved || present || !fact(c)) return;
  if (c.kind != ClaimKind::kAmount && c.kind != ClaimKind::kPercent && c.kind != ClaimKind::kRatio)
    return;
  c.period = *w.title;
  c.period_basis = PeriodBasis::kContext;
}

void future_goal(const SentenceContext& s, Claim& c) {
  const PartialDate& published = s.doc.source.published;
  if (!fact(c) || !is_figure_kind(c.kind)) return;
  if (published.precision == DatePrecision::kUnknown || c.period.unresolved) return;
  if (c.period.begin_year != 0 || c.period.end_year == 0) return;
  // Only a deadline word sets a goal ("by 2030"); a term that runs out ("a loan until 2030", "a
  // lease valid before 2040") tells how long a fact holds, not what is to be reached.
  const std::vector<Token>& t = s.tokens();
  const bool deadline = std::any_of(s.dates.begin(), s.dates.end(), [&](const DateMatch& m) {
    return m.period == c.period && m.first < t.size() &&
           s.rules.time.goal_end_words.count(t[m.first].lower) > 0;
  });
  if (!deadline) return;
  // Months since year 0, a year alone as its December: "by 2025" in a text of March 2025 is
  // still ahead, "by March 2025" is not.
  const int end = c.period.end_year * 12 + (c.period.end_month ? c.period.end_month : 12);
  const int now = published.year * 12 + (published.month ? published.month : 12);
  if (end <= now) return;
  c.modality = Modality::kTarget;
}

}  // namespace claimtrace
