// Records: a figure said to be an all-time high is the largest of its key up to its period; a
// larger figure for an earlier period no longer than it contradicts that, in any source (one
// finding per source that gives one). One said to be the highest since a year is the largest of
// the periods from that year on.
#include <cctype>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <map>

#include "verify/checks.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

constexpr long kSpanSlack = 3;  // days: a leap year is as long as any other

// Where a sentence says its figure is a record, and since when: LONG_MIN for all time, the day
// after the year a "since" phrase names ("the highest since 2014": from 2015). No year, no record:
// the start of its window is never guessed.
struct Phrase {
  size_t at = std::string::npos;
  long since = LONG_MIN;
  bool floor = false;  // "for the first time exceeded": an open bound is the record's floor
};

Phrase record_phrase(const std::string& sentence, const RuleData& rules) {
  const std::string lower = lowercase(sentence);
  if (size_t at = phrase_at(lower, rules.record_phrases); at != std::string::npos) {
    return {at, LONG_MIN, phrase_at(lower, rules.record_floor_phrases) != std::string::npos};
  }
  for (const std::string& p : rules.record_since_phrases) {
    const size_t at = phrase_at(lower, {p});
    if (at == std::string::npos) continue;
    size_t k = at + lowercase(p).size();
    while (k < lower.size() && lower[k] == ' ') ++k;
    size_t digits = 0;
    while (k + digits < lower.size() && std::isdigit(static_cast<unsigned char>(lower[k + digits])))
      ++digits;
    if (digits != 4) return {};
    Period year;
    year.begin_year = year.end_year = std::stoi(lower.substr(k, 4));
    // "The highest since 2017" leaves 2017 itself as high or higher: the record runs from the
    // year after.
    return {at, year.days(false).last + 1};
  }
  return {};
}

// The level in each sentence nearest a record phrase, if the sentence has one, with its phrase.
std::vector<std::pair<size_t, Phrase>> records(const Keyed& keyed, const RuleData& rules) {
  std::map<std::pair<size_t, uint64_t>, std::pair<size_t, uint64_t>> nearest;  // -> item, distance
  std::map<std::pair<size_t, uint64_t>, Phrase> phrase_in;
  for (const Item& it : keyed.items) {
    if (it.shape() != KeyShape::kQuantity || !is_flow(it.c->kind) || it.implicit) continue;
    // A period the sentence before gave ("In 2023 ... Exports reached a record ...") is as
    // good as one of its own; a document's date is no period of a record.
    if (it.c->period_basis != PeriodBasis::kStated && it.c->period_basis != PeriodBasis::kContext)
      continue;
    const std::pair<size_t, uint64_t> where{it.doc, it.c->sentence.range().begin};
    auto p = phrase_in.find(where);
    if (p == phrase_in.end()) {
      p = phrase_in.emplace(where, record_phrase(it.c->sentence.text(), rules)).first;
    }
    if (p->second.at == std::string::npos) continue;
    const uint64_t offset = it.c->text_begin - where.second;
    const uint64_t distance = offset > p->second.at ? offset - p->second.at : p->second.at - offset;
    auto [at, fresh] = nearest.emplace(where, std::pair{it.index, distance});
    if (!fresh && distance < at->second.second) at->second = {it.index, distance};
  }
  std::vector<std::pair<size_t, Phrase>> out;
  for (const auto& [where, pick] : nearest) out.push_back({pick.first, phrase_in[where]});
  return out;
}

class Records : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    if (in.rules.record_phrases.empty() && in.rules.record_since_phrases.empty()) return;
    for (const auto& [r, phrase] : records(in.keyed, in.rules)) {
      const long since = phrase.since;
      const Item& record = in.keyed.items[r];
      const long span = record.when.last - record.when.first;
      // "For the first time exceeded 120 million": no earlier figure was above the floor. Any
      // other record with an open bound ("a record of more than $5 billion") may be higher.
      const double top = std::isfinite(record.high) || !phrase.floor ? record.high : record.low;
      if (!std::isfinite(top)) continue;
      // The largest earlier value of each source.
      std::map<size_t, const Item*> per_doc;
      for (size_t i : in.keyed.keys.at(record.key)) {
        const Item& y = in.keyed.items[i];
        if (y.implicit || y.listed || y.when.last >= record.when.first || y.when.first < since) {
          continue;
        }
        // A goal or a forecast for an earlier year is no level the record had to pass.
        if (y.c->modality != Modality::kAsserted && y.c->modality != Modality::kReported) continue;
        if (y.when.last - y.when.first > span + kSpanSlack) continue;
        if (y.low <= top) continue;
        const Item*& most = per_doc[y.doc];
        if (!most || y.low > most->low) most = &y;
      }
      // One finding per source that contradicts the record, with its largest earlier value:
      // each is a source a fact-checker must weigh, and no finding pools two sources' figures.
      for (const auto& [doc, most] : per_doc) {
        Severity s = doc == record.doc ? Severity::kLow : Severity::kMedium;
        Discrepancy d = finding(DiscrepancyKind::kValueConflict, s, *record.c, true);
        d.evidence = {evidence_of(*record.c, EvidenceRole::kValue),
                      evidence_of(*most->c, EvidenceRole::kValue)};
        d.evidence[0].value_rank = 1;
        d.evidence[1].value_rank = 2;
        d.explanation = record_words(*record.c, *most->c);
        out.push_back(std::move(d));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> records_check() { return std::make_unique<Records>(); }

}  // namespace claimtrace
