// Rivals inside a dated tenure: a document that dates both the start and the end of one
// holder's tenure of an office ("served from 2015 to 2019", "took up the post in 2018 ... and
// served until 2021") says who held it between them; another document naming someone else its
// holder at a time wholly inside that span names a rival. The days of the start's and the end's
// own periods are left out, so a successor named in the year of the handover is no rival.
#include <algorithm>
#include <climits>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "verify/checks.h"
#include "verify/names.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// A start or end of a tenure, or a holder claim: who, which office, when.
struct Held {
  const Claim* c = nullptr;
  size_t doc = 0;
  std::string holder;
  DayRange days;
};

// One holder's tenure as one document dates it: the days between its start and its end.
struct Span {
  const Held* start = nullptr;
  const Held* end = nullptr;
  DayRange inside;
};

// The spans of one office in one document: each end paired with the latest start of the same
// holder before it, when no other end of theirs falls between.
std::vector<Span> spans_of(const std::vector<const Held*>& edges, const RuleData& rules) {
  std::vector<Span> out;
  for (const Held* end : edges) {
    // An end with no begin (a former holder's) says not when the tenure ended.
    if (end->c->attribute != rules.policy.office_end_attribute || end->days.first == LONG_MIN)
      continue;
    const Held* start = nullptr;
    for (const Held* e : edges) {
      if (e->c->attribute != rules.policy.office_start_attribute || e->days.last >= end->days.first)
        continue;
      if (!same_person_written(rules.transcriptions, e->holder, end->holder)) continue;
      if (!start || e->days.last > start->days.last) start = e;
    }
    if (!start) continue;
    const bool ended_between = std::any_of(edges.begin(), edges.end(), [&](const Held* e) {
      return e != end && e->c->attribute == rules.policy.office_end_attribute &&
             e->days.first > start->days.last && e->days.last < end->days.first &&
             same_person_written(rules.transcriptions, e->holder, end->holder);
    });
    const DayRange inside{start->days.last + 1, end->days.first - 1};
    if (!ended_between && inside.first <= inside.last) out.push_back({start, end, inside});
  }
  return out;
}

class TenureRivals : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    const ExtractionPolicy& p = in.rules.policy;
    std::vector<Held> holders, edges;
    for (size_t d = 0; d < in.extractions.size(); ++d) {
      for (const Claim& c : in.extractions[d].claims) {
        if (!dated_fact(c) || c.object.empty()) continue;
        if (c.attribute == p.office_attribute && c.kind == ClaimKind::kLabel) {
          holders.push_back({&c, d, holder_of(c.text), c.period.days()});
        } else if (c.kind == ClaimKind::kEvent && (c.attribute == p.office_start_attribute ||
                                                   c.attribute == p.office_end_attribute)) {
          const size_t comma = c.object.find(", ");
          if (comma == std::string::npos) continue;
          edges.push_back({&c, d, c.object.substr(0, comma), c.period.days(true)});
        }
      }
    }
    if (edges.empty() || holders.empty()) return;
    // Edges by office and document; holders by office, in order of their first day.
    std::map<std::pair<std::string, size_t>, std::vector<const Held*>> by_doc;
    for (const Held& e : edges) {
      by_doc[{e.c->object.substr(e.c->object.find(", ") + 2), e.doc}].push_back(&e);
    }
    std::map<std::string, std::vector<const Held*>> by_office;
    for (const Held& h : holders) by_office[h.c->object].push_back(&h);
    for (auto& [office, list] : by_office) {
      std::stable_sort(list.begin(), list.end(),
                       [](const Held* a, const Held* b) { return a->days.first < b->days.first; });
    }
    for (const auto& [where, list] : by_doc) {
      const auto office = by_office.find(where.first);
      if (office == by_office.end()) continue;
      const std::vector<const Held*>& named = office->second;
      for (const Span& span : spans_of(list, in.rules)) {
        // The holder named in the span's own document inside it was stretched over the span
        // (tenure_spans.cc): the holder comparator meets its rivals already.
        const bool stretched = std::any_of(named.begin(), named.end(), [&](const Held* h) {
          return h->doc == where.second && h->days.first >= span.inside.first &&
                 h->days.first <= span.end->days.last &&
                 same_person_written(in.rules.transcriptions, h->holder, span.end->holder);
        });
        if (stretched) continue;
        // Holders named wholly inside the span, one finding per spelling of a rival.
        std::set<std::string> seen;
        auto from = std::lower_bound(named.begin(), named.end(), span.inside.first,
                                     [](const Held* h, long day) { return h->days.first < day; });
        for (auto h = from; h != named.end() && (*h)->days.first <= span.inside.last; ++h) {
          const Held& x = **h;
          if (x.doc == where.second || x.days.last > span.inside.last) continue;
          if (!seen.insert(x.holder).second ||
              same_person_written(in.rules.transcriptions, x.holder, span.end->holder))
            continue;
          report(span, x, out);
        }
      }
    }
  }

 private:
  static void report(const Span& span, const Held& rival, std::vector<Discrepancy>& out) {
    Discrepancy x =
        finding(DiscrepancyKind::kLabelConflict, Severity::kMedium, *rival.c, /*with_period=*/true);
    x.evidence = {evidence_of(*rival.c, EvidenceRole::kValue),
                  evidence_of(*span.end->c, EvidenceRole::kValue),
                  evidence_of(*span.start->c, EvidenceRole::kValue)};
    x.explanation = rival_inside_tenure_words(*span.start->c, *span.end->c, *rival.c,
                                              span.end->holder, rival.holder);
    out.push_back(std::move(x));
  }
};

}  // namespace

std::unique_ptr<Check> tenure_rivals_check() { return std::make_unique<TenureRivals>(); }

}  // namespace claimtrace
