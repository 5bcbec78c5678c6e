// Office tenures against their holders: a person named as holder of an office at a time after
// the end (or before the start) of their tenure of it, unless they took it again (or had left
// it) in between, and two dates for one tenure's start or end whose holders are one person
// spelled differently, or are told in one document. One finding per tenure and spelling of the
// holder: the holder claim nearest the tenure's date.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "verify/checks.h"
#include "verify/names.h"
#include "verify/person_index.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

// A holder claim or a tenure event: who, which office, when.
struct Held {
  const Claim* c = nullptr;
  size_t doc = 0;
  std::string holder;
  std::string office;  // the office's key: "ambassador of CN to KZ"
};

// Holder claims of one office under one spelling of the holder's name, sorted by the first and
// by the last day of their periods: those after a tenure's end or before its start are found
// by a binary search, so a large corpus costs no scan per tenure.
struct Spelling {
  std::string holder;
  std::vector<const Held*> by_first, by_last;
};

// A holder's name as spelling words, and by its syllabic reading when it is one in Cyrillic,
// with the keys that find the spellings same_person may match (person_index.h).
struct Written {
  std::vector<std::string> words;
  NameReading read;
  std::vector<std::string> lemma;  // the words cut before their case endings ("Назаровым")
  PersonKeys keys;
};

// Spellings of one office in their order, indexed by their keys.
struct Roster {
  std::vector<const Spelling*> list;
  PersonIndex index;
};

// Tenure starts (or ends) of one office by spelling of the holder, each spelling's days sorted:
// whether one person has such an event between two days is a binary search in each key-mate
// spelling, not a scan of every event of the office between them.
struct EventDays {
  std::vector<std::string> holders;
  std::vector<std::vector<long>> days;
  PersonIndex index;
};

// Tenure events of one office, holder spelling and period: compared once per distinct date.
struct Dated {
  std::vector<const Held*> events;
  std::set<size_t> docs;
};

class OfficeTenures : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    const ExtractionPolicy& p = in.rules.policy;
    std::vector<Held> holders, starts, ends;
    for (size_t d = 0; d < in.extractions.size(); ++d) {
      for (const Claim& c : in.extractions[d].claims) {
        if (!dated_fact(c) || c.object.empty()) continue;
        if (c.attribute == p.office_attribute && c.kind == ClaimKind::kLabel) {
          holders.push_back({&c, d, holder_of(c.text), c.object});
        } else if (c.kind == ClaimKind::kEvent && (c.attribute == p.office_start_attribute ||
                                                   c.attribute == p.office_end_attribute)) {
          const size_t comma = c.object.find(", ");
          if (comma == std::string::npos) continue;
          Held t{&c, d, c.object.substr(0, comma), c.object.substr(comma + 2)};
          (c.attribute == p.office_start_attribute ? starts : ends).push_back(std::move(t));
        }
      }
    }
    if (starts.empty() && ends.empty()) return;
    // Offices -> spellings of their holders, each with its claims sorted.
    std::map<std::string, std::map<std::string, Spelling>> offices;
    for (const Held& h : holders) {
      Spelling& sp = offices[h.office][h.holder];
      sp.holder = h.holder;
      sp.by_first.push_back(&h);
      sp.by_last.push_back(&h);
    }
    for (auto& [office, spellings] : offices) {
      for (auto& [name, sp] : spellings) {
        std::stable_sort(sp.by_first.begin(), sp.by_first.end(), [](const Held* a, const Held* b) {
          return a->c->period.days().first < b->c->period.days().first;
        });
        std::stable_sort(sp.by_last.begin(), sp.by_last.end(), [](const Held* a, const Held* b) {
          return a->c->period.days().last < b->c->period.days().last;
        });
      }
    }
    // Spellings of one person, as same_person_written decides, each name read once with its
    // keys: a tenure meets only the spellings of its office that share a key with it.
    std::map<std::string, Written> written;
    auto read = [&written, &in](const std::string& name) -> const Written& {
      auto [it, fresh] = written.try_emplace(name);
      if (fresh) {
        it->second.words = spelling_words(name);
        it->second.read = syllabic_reading(in.rules.transcriptions, name);
        it->second.lemma = spelling_words(person_lemma(name));
        if (it->second.lemma == it->second.words) it->second.lemma.clear();
        const std::vector<std::vector<std::string>> sides = reading_sides(it->second.read);
        std::vector<const std::vector<std::string>*> all = {&it->second.words, &it->second.lemma};
        for (const std::vector<std::string>& side : sides) all.push_back(&side);
        it->second.keys = PersonKeys::of(all);
      }
      return it->second;
    };
    // Each office's holder spellings in order, indexed.
    std::map<std::string, Roster> rosters;
    for (const auto& [office, spellings] : offices) {
      Roster& roster = rosters[office];
      for (const auto& [name, sp] : spellings) {
        roster.list.push_back(&sp);
        roster.index.add(read(name).keys);
      }
      roster.index.seal();
    }
    auto one_person = [&](const std::string& a, const std::string& b) {
      const Written& wa = read(a);
      const Written& wb = read(b);
      return same_person_in_any_case(wa.words, wa.lemma.empty() ? wa.words : wa.lemma, wb.words,
                                     wb.lemma.empty() ? wb.words : wb.lemma) ||
             (!wa.read.empty() && same_person_read(wa.read, wb.words)) ||
             (!wb.read.empty() && same_person_read(wb.read, wa.words));
    };
    // Starts of each office by their first day, ends by their last, by spelling of the holder: a
    // holder who left the office and took it again held it in both tenures, not between.
    auto by_spelling = [&read](const std::vector<Held>& events, bool last) {
      std::map<std::string, std::map<std::string, std::vector<long>>> days;
      for (const Held& t : events) {
        const DayRange d = t.c->period.days(true);
        days[t.office][t.holder].push_back(last ? d.last : d.first);
      }
      std::map<std::string, EventDays> out;
      for (auto& [office, spellings] : days) {
        EventDays& e = out[office];
        for (auto& [holder, list] : spellings) {
          std::sort(list.begin(), list.end());
          e.holders.push_back(holder);
          e.days.push_back(std::move(list));
          e.index.add(read(holder).keys);
        }
        e.index.seal();
      }
      return out;
    };
    const std::map<std::string, EventDays> starts_of = by_spelling(starts, false);
    const std::map<std::string, EventDays> ends_of = by_spelling(ends, true);
    // Whether the person of tenure event t has an event in `of` of its office within days
    // [from, to].
    auto edge_between = [&](const std::map<std::string, EventDays>& of, const Held& t, long from,
                            long to) {
      auto office = of.find(t.office);
      if (office == of.end()) return false;
      const EventDays& e = office->second;
      for (size_t i : e.index.candidates(read(t.holder).keys)) {
        auto k = std::lower_bound(e.days[i].begin(), e.days[i].end(), from);
        if (k != e.days[i].end() && *k <= to && one_person(e.holders[i], t.holder)) return true;
      }
      return false;
    };
    // The earliest holder claim after each end, the latest before each start, per spelling.
    for (const Held& t : ends) {
      auto office = rosters.find(t.office);
      if (office == rosters.end()) continue;
      const long last = t.c->period.days(true).last;
      const Roster& roster = office->second;
      for (size_t i : roster.index.candidates(read(t.holder).keys)) {
        const Spelling& sp = *roster.list[i];
        if (!one_person(sp.holder, t.holder)) continue;
        auto after = std::upper_bound(
            sp.by_first.begin(), sp.by_first.end(), last,
            [](long day, const Held* h) { return day < h->c->period.days().first; });
        if (after == sp.by_first.end()) continue;
        if (edge_between(starts_of, t, last + 1, (*after)->c->period.days().first)) continue;
        report(t, **after, TenureSide::kAfterEnd, out);
      }
    }
    for (const Held& t : starts) {
      auto office = rosters.find(t.office);
      if (office == rosters.end()) continue;
      const long first = t.c->period.days(true).first;
      const Roster& roster = office->second;
      for (size_t i : roster.index.candidates(read(t.holder).keys)) {
        const Spelling& sp = *roster.list[i];
        if (!one_person(sp.holder, t.holder)) continue;
        auto before = std::lower_bound(
            sp.by_last.begin(), sp.by_last.end(), first,
            [](const Held* h, long day) { return h->c->period.days().last < day; });
        if (before == sp.by_last.begin()) continue;
        const Held& held = **std::prev(before);
        if (edge_between(ends_of, t, held.c->period.days().last, first - 1)) continue;
        report(t, held, TenureSide::kBeforeStart, out);
      }
    }
    // Two dates for one tenure's start (or end): the event comparator compares one spelling
    // across documents; here, spellings of one person, and one spelling within a document.
    for (const std::vector<Held>* events : {&starts, &ends}) {
      // Office -> holder spelling -> date: spellings are compared once per pair, their dates
      // only when the spellings are one person.
      std::map<std::string, std::map<std::string, std::map<std::string, Dated>>> by_office;
      for (const Held& t : *events) {
        Dated& d = by_office[t.office][t.holder][t.c->period.iso()];
        d.events.push_back(&t);
        d.docs.insert(t.doc);
      }
      // Each spelling's earliest date is set against every other date of that person, not
      // every pair of dates: K dates give K - 1 findings, never K squared, and each date that
      // disagrees is shown beside one it disagrees with.
      for (const auto& [office, spellings] : by_office) {
        std::vector<decltype(spellings.begin())> list;
        PersonIndex index;
        for (auto sp = spellings.begin(); sp != spellings.end(); ++sp) {
          list.push_back(sp);
          index.add(read(sp->first).keys);
        }
        index.seal();
        for (size_t i = 0; i < list.size(); ++i) {
          const auto sa = list[i];
          const auto a = sa->second.begin();
          for (auto b = std::next(a); b != sa->second.end(); ++b)
            compare_dates(a->second, b->second, out);
          for (size_t j : index.candidates(read(sa->first).keys)) {
            const auto sb = list[j];
            if (j <= i || !one_person(sa->first, sb->first)) continue;
            for (auto b = sb->second.begin(); b != sb->second.end(); ++b)
              compare_dates(a->second, b->second, out);
          }
        }
      }
    }
  }

 private:
  // Two dates of one office's tenure event, by one person: a finding when they do not overlap
  // and the spellings differ, or one document gives both.
  static void compare_dates(const Dated& a, const Dated& b, std::vector<Discrepancy>& out) {
    const Held& x = *a.events.front();
    const Held& y = *b.events.front();
    if (x.c->period.days(true).overlaps(y.c->period.days(true))) return;
    if (x.holder != y.holder) {
      two_dates(x, y, out);
      return;
    }
    // One spelling: only a document that gives both dates is this check's.
    for (const Held* u : a.events) {
      if (!b.docs.count(u->doc)) continue;
      for (const Held* v : b.events) {
        if (v->doc == u->doc) {
          two_dates(*u, *v, out);
          break;
        }
      }
      break;
    }
  }

  static void two_dates(const Held& a, const Held& b, std::vector<Discrepancy>& out) {
    Discrepancy x = finding(DiscrepancyKind::kDateConflict,
                            a.doc == b.doc ? Severity::kLow : Severity::kMedium, *a.c, false);
    x.evidence = {evidence_of(*a.c, EvidenceRole::kValue), evidence_of(*b.c, EvidenceRole::kValue)};
    x.explanation = tenure_dates_words(*a.c, *b.c, a.holder);
    out.push_back(std::move(x));
  }

  static void report(const Held& tenure, const Held& holder, TenureSide side,
                     std::vector<Discrepancy>& out) {
    Discrepancy x =
        finding(DiscrepancyKind::kDateConflict,
                tenure.doc == holder.doc ? Severity::kLow : Severity::kMedium, *holder.c, true);
    x.evidence = {evidence_of(*tenure.c, EvidenceRole::kValue),
                  evidence_of(*holder.c, EvidenceRole::kValue)};
    x.explanation = holder_outside_tenure_words(*tenure.c, *holder.c, holder.holder, side);
    out.push_back(std::move(x));
  }
};

}  // namespace

std::unique_ptr<Check> office_tenures_check() { return std::make_unique<OfficeTenures>(); }

}  // namespace claimtrace
