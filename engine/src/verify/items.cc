// Items from claims: key_of() decides the key; the time is the claim's period in days.
#include "verify/items.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <stdexcept>
#include <tuple>

#include "claim_key_rules.h"
#include "verify/event_titles.h"

namespace claimtrace {

bool is_flow(ClaimKind k) { return k == ClaimKind::kAmount || k == ClaimKind::kCount; }

bool same_sentence(const Item& x, const Item& y) {
  return x.doc == y.doc && x.c->sentence == y.c->sentence;
}

std::string Item::signature() const {
  std::string s = std::to_string(when.first) + "/" + std::to_string(when.last) + "/" +
                  (implicit ? "i" : "s") + (listed ? "l" : "") + "/" + number_text(low) + "/" +
                  number_text(high) + "/" + label + "/";
  for (const std::string& m : modifiers) s += m + ",";
  return s;
}

namespace {

// "Second except Russia" counts Russia out: second of the rest is third of all.
bool excepting(const std::string& scope) {
  for (const char* word : {"except ", "кроме ", "акрамя "}) {
    if (scope.rfind(word, 0) == 0) return true;
  }
  return false;
}

// The place of a figure's last significant digit: 1e9 for 45 billion, 1e10 for 40 billion.
double last_digit_place(double v) {
  double place = std::pow(10.0, std::floor(std::log10(v)));
  for (int k = 0; k < 15; ++k) {
    double q = v / place;
    if (std::fabs(q - std::round(q)) < 1e-6 * std::max(1.0, q)) return place;
    place /= 10;
  }
  return place;
}

}  // namespace

std::string lowercase(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toLower().toUTF8String(out);
  return out;
}

size_t phrase_at(const std::string& sentence, const std::vector<std::string>& phrases) {
  for (const std::string& phrase : phrases) {
    const std::string p = lowercase(phrase);
    if (p.empty()) continue;
    for (size_t at = sentence.find(p); at != std::string::npos; at = sentence.find(p, at + 1)) {
      const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(sentence[at - 1]));
      const size_t end = at + p.size();
      const bool latin = static_cast<unsigned char>(p.back()) < 0x80;
      const bool ends = !latin || end == sentence.size() ||
                        !std::isalpha(static_cast<unsigned char>(sentence[end]));
      if (starts && ends) return at;
    }
  }
  return std::string::npos;
}

std::pair<double, double> approximate(double value, double tolerance) {
  // "About" loosens a figure by the place it was rounded to, within the rules' tolerance and
  // half of it: "about 45 billion" is not 41 billion, "about 40 billion" may be 37.
  const double v = std::fabs(value);
  if (v == 0) return {value, value};
  const double slack = std::clamp(last_digit_place(v), v * tolerance / 2, v * tolerance);
  return {value - slack, value + slack};
}

std::optional<Item> item_of(const Claim& c, size_t doc, const RuleData& r, bool goals) {
  std::optional<ClaimKey> key = key_of(c, r, goals);
  if (!key) return {};
  Item it;
  it.c = &c;
  it.doc = doc;
  it.comparison = r.declared(c.attribute)->comparison;
  if (c.period_basis == PeriodBasis::kStated || c.period_basis == PeriodBasis::kContext) {
    it.when = c.period.days(c.kind == ClaimKind::kEvent || c.kind == ClaimKind::kDate);
    it.said = it.when;
    // Where the rules give a holder's attribute holds= (rules/attributes.xml: office.holder), a
    // holder named at a stated time held the office that long before it too, as one named now
    // does: a source naming another holder within that while names a rival (offices_test).
    if (const int holds = r.declared(c.attribute)->holds_days;
        it.comparison == Comparison::kHolder && holds > 0) {
      it.when.first = std::min(it.when.first, it.when.last - holds);
    }
  } else {
    it.when = c.period.days(false);
    it.said = it.when;
    // A total with no period may be cumulative: it holds up to the document's date.
    if (is_flow(c.kind)) {
      it.implicit = true;
      it.when.first = LONG_MIN;
    } else if (int holds = r.declared(c.attribute)->holds_days; holds > 0) {
      // A state said to hold now held for a while before: a source a day older must meet it.
      it.present = true;
      it.when.first = it.when.last - holds;
    }
  }
  switch (key->shape) {
    case KeyShape::kRank:
      it.low = it.high = c.value + (excepting(c.scope) ? 1 : 0);
      // "among the five largest": any place from the first to the fifth.
      if (c.qualifier == Qualifier::kAtMost) it.low = std::max(1.0, c.low);
      it.label = c.object;  // whose partners are ranked, when the words say
      break;
    case KeyShape::kQuantity:
      it.low = c.low;
      it.high = c.high;
      if (c.qualifier == Qualifier::kApprox && c.low < c.value && c.value < c.high) {
        std::tie(it.low, it.high) = approximate(c.value, r.approx_tolerance);
      }
      break;
    case KeyShape::kLabel:
      it.label = singular(c.text);
      if (it.comparison == Comparison::kGraded) it.modifiers = label_modifiers(c.text);
      break;
    case KeyShape::kEvent:
      it.label = c.object;
      // The status an event began, as a graded label: two wordings of one upgrade can clash.
      // Only an event that began a status has one: a treaty's signing and entry into force
      // share their object, not a status.
      if (c.attribute == r.policy.established_attribute) {
        if (std::optional<ClaimKey> status = key->status()) {
          it.status = std::make_shared<const ClaimKey>(std::move(*status));
        }
      }
      it.modifiers = label_modifiers(c.object);
      break;
  }
  it.key = std::move(*key);
  return it;
}

namespace {

// A status label inside an event claim that began it ("signed the Declaration on the
// establishment of ... partnership" in 2022) is shown through that event, with its date.
void mark_labels_shown_by_events(std::vector<Item>& items) {
  // (source, object) -> the spans of events in that source that began it, sorted by begin.
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<uint64_t, uint64_t>>> events;
  for (const Item& it : items) {
    if (it.shape() == KeyShape::kEvent) {
      events[{it.c->source, it.label}].push_back({it.c->span.begin, it.c->span.end});
    }
  }
  // Per begin, the furthest end of events beginning there or earlier: one lookup per label.
  for (auto& [where, spans] : events) {
    std::sort(spans.begin(), spans.end());
    for (size_t k = 1; k < spans.size(); ++k) {
      spans[k].second = std::max(spans[k].second, spans[k - 1].second);
    }
  }
  for (Item& it : items) {
    if (it.shape() != KeyShape::kLabel) continue;
    auto found = events.find({it.c->source, it.c->text});
    if (found == events.end()) continue;
    const auto& spans = found->second;
    auto after = std::upper_bound(spans.begin(), spans.end(),
                                  std::pair<uint64_t, uint64_t>{it.c->span.begin, UINT64_MAX});
    if (after != spans.begin() && std::prev(after)->second >= it.c->span.end) {
      it.shown_by_event = true;
    }
  }
}

// A present-tense state held since the last change its own document dates inside its window:
// another value dated earlier ended before it, an event that began its status began it.
void start_states_at_dated_changes(std::vector<Item>& items) {
  std::map<std::pair<size_t, ClaimKey>, std::vector<size_t>> by_doc_key;
  for (const Item& it : items) {
    if (it.present || it.c->period_basis != PeriodBasis::kStated) continue;
    by_doc_key[{it.doc, it.key}].push_back(it.index);
    if (it.status) by_doc_key[{it.doc, *it.status}].push_back(it.index);
  }
  for (Item& it : items) {
    if (!it.present) continue;
    auto found = by_doc_key.find({it.doc, it.key});
    if (found == by_doc_key.end()) continue;
    for (size_t j : found->second) {
      const Item& dated = items[j];
      if (dated.when.last >= it.when.last || dated.when.last < it.when.first) continue;
      if (dated.shape() == KeyShape::kEvent) {
        it.when.first = std::max(it.when.first, dated.when.first);
      } else if (dated.low != it.low || dated.high != it.high || dated.label != it.label) {
        it.when.first = std::max(it.when.first, dated.when.last + 1);
      }
    }
  }
}

// Values of one key that one sentence gives side by side at one time are items of a list; events
// of one key at several dates in one sentence are steps of a story ("a strategic partnership in
// 2013, upgraded to a comprehensive one in 2018") whose objects extraction may not tell apart.
void mark_facets(std::vector<Item>& items) {
  std::map<std::tuple<size_t, uint64_t, ClaimKey>, std::vector<size_t>> together;
  for (const Item& it : items) {
    if (it.shape() != KeyShape::kQuantity && it.shape() != KeyShape::kEvent) continue;
    together[{it.doc, it.c->sentence.range().begin, it.key}].push_back(it.index);
  }
  for (const auto& [where, list] : together) {
    for (size_t i : list) {
      for (size_t j : list) {
        const Item& x = items[i];
        const Item& y = items[j];
        const bool apart = x.shape() == KeyShape::kEvent
                               ? !(x.when == y.when)
                               : x.when == y.when && (x.low != y.low || x.high != y.high);
        if (apart) items[i].listed = true;
      }
    }
  }
}

// A percentage of a named measure whose sentence says it is a change (the rules' change
// phrases); not a bound ("more than 60% of exports"), which is a share. Where the sentence holds
// other percentages, only a phrase right beside this one, after the figure before it, speaks of
// it ("turnover was 11.4% higher ..., with exports up by a fifth").
bool said_to_change(const Item& it, const RuleData& rules, size_t percents_in_sentence) {
  if (percents_in_sentence == 0 || it.listed || it.c->attribute == to_string(it.c->kind)) {
    return false;
  }
  const bool alone = percents_in_sentence == 1;
  if (it.c->qualifier != Qualifier::kExact && it.c->qualifier != Qualifier::kApprox) return false;
  if (it.c->period_basis != PeriodBasis::kStated) return false;
  const std::string lower = lowercase(it.c->sentence.text());
  const std::string quote = lowercase(it.c->quote);
  const size_t q = quote.empty() ? std::string::npos : lower.find(quote);
  if (q == std::string::npos) {
    return alone && phrase_at(lower, rules.change_phrases) != std::string::npos;
  }
  // Before the figure a phrase speaks of it unless a link names the level reached ("rose to
  // 15%"); after it, only right after ("20% more than"): one further on speaks of something
  // else ("40% of exports, more than any other partner"). Beside other percentages, "before" is
  // the few words right before it.
  std::string before = lower.substr(0, q);
  if (!alone) {
    constexpr int kWordsBefore = 4;
    size_t from = before.size();
    for (int words = 0; words < kWordsBefore && from > 0; ++words) {
      const size_t end = before.find_last_not_of(' ', from - 1);
      if (end == std::string::npos) {
        from = 0;
        break;
      }
      const size_t space = before.find_last_of(' ', end);
      from = space == std::string::npos ? 0 : space + 1;
    }
    // Never past the figure before it ("rose 11%, and 30% of it"): that phrase is its own.
    const size_t figure = before.find_last_of("0123456789");
    if (figure != std::string::npos) from = std::max(from, figure + 1);
    before = before.substr(from);
  }
  if (phrase_at(before, rules.change_phrases) != std::string::npos) {
    std::string last;  // the word right before the figure
    if (const size_t end = before.find_last_not_of(' '); end != std::string::npos) {
      const size_t space = before.find_last_of(' ', end);
      const size_t from = space == std::string::npos ? 0 : space + 1;
      last = before.substr(from, end + 1 - from);
    }
    if (!rules.level_links.count(last)) return true;
  }
  size_t k = q + quote.size();
  while (k < lower.size() && lower[k] == ' ') ++k;
  const std::string rest = lower.substr(k);
  for (const std::string& p : rules.change_phrases) {
    if (phrase_at(rest, {p}) == 0) return true;
  }
  return false;
}

bool is_level(const Item& it) { return it.shape() == KeyShape::kQuantity && is_flow(it.c->kind); }

// A percentage beside a level of the same measure in its paragraph (a line of the document)
// is a change of that level, not a share: changes are compared with changes only. One in the
// level's sentence speaks of the level's period ("a rise of 9% on the same period of 2023"),
// unless it has a later period of its own (the level is then the base: "32% higher than in
// 2022, when turnover stood at ..."). A percentage alone in its sentence beside a change phrase
// ("exports rose by 20% in 2023") is a change too, with no level in sight.
void mark_changes(std::vector<Item>& items, const RuleData& rules) {
  std::map<std::tuple<size_t, int, Subject, Symbol>, std::vector<size_t>> levels;
  std::map<std::pair<size_t, uint64_t>, size_t> percents;  // per sentence
  for (const Item& it : items) {
    if (is_level(it)) {
      levels[{it.doc, it.c->position.line, it.key.subject, it.key.attribute}].push_back(it.index);
    }
    if (it.c->kind == ClaimKind::kPercent) ++percents[{it.doc, it.c->sentence.range().begin}];
  }
  for (Item& it : items) {
    if (it.shape() != KeyShape::kQuantity || it.c->kind != ClaimKind::kPercent) continue;
    auto found = levels.find({it.doc, it.c->position.line, it.key.subject, it.key.attribute});
    if (found == levels.end()) {
      if (said_to_change(it, rules, percents[{it.doc, it.c->sentence.range().begin}])) {
        it.key.metric = Metric::kChange;
      }
      continue;
    }
    it.key.metric = Metric::kChange;
    const Item* latest = nullptr;
    for (size_t j : found->second) {
      const Item& level = items[j];
      if (!same_sentence(it, level) || level.c->period_basis != PeriodBasis::kStated) continue;
      if (!latest || level.when.last > latest->when.last) latest = &level;
    }
    const bool own_period =
        it.c->period_basis == PeriodBasis::kStated || it.c->period_basis == PeriodBasis::kContext;
    if (latest && !(own_period && latest->when.last < it.when.first)) {
      it.when = latest->when;
      it.implicit = false;
    }
  }
}

}  // namespace

void ClaimsById::index() {
  std::stable_sort(rows_.begin(), rows_.end(),
                   [](const Claim* x, const Claim* y) { return x->id < y->id; });
  // Of a run of one id the last added stays, as a map assigned in turn keeps it.
  auto kept = rows_.begin();
  for (auto it = rows_.begin(); it != rows_.end(); ++it) {
    if (std::next(it) != rows_.end() && (*std::next(it))->id == (*it)->id) continue;
    *kept++ = *it;
  }
  rows_.erase(kept, rows_.end());
  rows_.shrink_to_fit();
}

ClaimsById::const_iterator ClaimsById::find(std::string_view id) const {
  auto it = std::lower_bound(rows_.begin(), rows_.end(), id,
                             [](const Claim* x, std::string_view y) { return x->id < y; });
  return it != rows_.end() && (*it)->id == id ? it : rows_.end();
}

const Claim* ClaimsById::at(std::string_view id) const {
  auto it = find(id);
  if (it == rows_.end()) throw std::out_of_range("no claim " + std::string(id));
  return *it;
}

Keyed Keyed::build(const std::vector<Extraction>& ex, const RuleData& rules) {
  Keyed k;
  k.transcriptions = &rules.transcriptions;
  // A part of a total ("of which $3.5 billion") is not a value of the total's key.
  std::set<std::string> parts;
  for (const Extraction& e : ex) {
    for (const Breakdown& b : e.breakdowns) {
      for (const BreakdownPart& p : b.parts) {
        if (!p.claim.empty()) parts.insert(p.claim);
      }
    }
  }
  for (size_t d = 0; d < ex.size(); ++d) {
    const std::map<std::string, Claim> completed = completed_claims(ex[d], rules);
    for (const Claim& c : ex[d].claims) {
      k.by_id.add(c);
      if (parts.count(c.id)) continue;
      const Claim* keyed = &c;
      if (auto found = completed.find(c.id); found != completed.end()) {
        keyed = &k.completed.emplace_back(found->second);
      }
      if (std::optional<Item> it = item_of(*keyed, d, rules)) {
        it->index = k.items.size();
        k.items.push_back(std::move(*it));
      }
    }
  }
  k.by_id.index();
  k.items.shrink_to_fit();  // held through comparison, the checks and trust
  join_short_titles(k.items);
  mark_labels_shown_by_events(k.items);
  start_states_at_dated_changes(k.items);
  stretch_holders_over_tenures(k.items, rules);
  mark_changes(k.items, rules);
  mark_facets(k.items);
  for (const Item& it : k.items) {
    k.keys[it.key].push_back(it.index);
    if (it.status) k.statuses[*it.status].push_back(it.index);
  }
  return k;
}

}  // namespace claimtrace
