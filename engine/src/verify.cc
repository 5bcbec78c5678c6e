// Verification: claims are compared only on a fully known key (subject, a declared attribute,
// unit or object, and a time), so figures that differ by period, subject, metric or modality
// are never set against each other. Contradictions become graph edges; their connected
// components are disputes, whose sides are ranked by trust-weighted independent support.
#include "claimtrace/verify.h"

#include <algorithm>
#include <cassert>
#include <climits>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "content_id.h"
#include "rule_data.h"

namespace claimtrace {

namespace {

constexpr double kEpsilon = 1e-9;     // relative slack when comparing interval ends
constexpr double kImplausible = 100;  // two orders of magnitude: a unit slip
constexpr double kConsistent = 10;    // reference values within one order of each other
constexpr size_t kMinReferences = 2;  // an outlier needs this many agreeing values
constexpr size_t kMaxValues = 256;    // distinct values of one key compared pairwise
constexpr size_t kSentenceTries = 8;  // members tried to find one outside a sentence

// --- time ---------------------------------------------------------------------------------

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int days_in_month(int y, int m) {
  static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : n[m - 1];
}

struct Days {
  long begin = LONG_MIN, end = LONG_MAX;  // inclusive; open ends are unbounded
  bool operator==(const Days&) const = default;
  bool overlaps(const Days& o) const { return begin <= o.end && o.begin <= end; }
  bool within(const Days& o) const { return begin >= o.begin && end <= o.end; }
};

Days days_of(const Period& p, bool point_event) {
  Days d;
  if (p.begin_year != 0) {
    d.begin = days_from_civil(p.begin_year, p.begin_month ? p.begin_month : 1,
                              p.begin_day ? p.begin_day : 1);
  }
  int ey = p.end_year, em = p.end_month, ed = p.end_day;
  // "from 2016" dates an event to 2016, not to every year since.
  if (point_event && ey == 0 && p.begin_year != 0) {
    ey = p.begin_year, em = p.begin_month, ed = p.begin_day;
  }
  if (ey != 0) {
    int m = em ? em : 12;
    d.end = days_from_civil(ey, m, ed ? ed : days_in_month(ey, m));
  }
  return d;
}

// --- what can be compared -----------------------------------------------------------------

enum class Shape { kQuantity, kRank, kLabel, kEvent };

// A claim ready for comparison: its key, its time, and how sure that time is.
struct Item {
  const Claim* c = nullptr;
  size_t doc = 0;
  Shape shape = Shape::kQuantity;
  Comparison comparison = Comparison::kValues;
  std::string key;
  Days when;
  bool implicit = false;  // a figure with no stated period: as of the document's date
  double low = 0, high = 0;
  std::string label;                // normalized label text
  std::set<std::string> modifiers;  // of a graded label, or of the status an event began
  std::string status_key;           // events: subject and head of the status they began
  bool shown_by_event = false;      // a label that is an event's object: the event speaks
};

bool is_quantity(ClaimKind k) {
  return k == ClaimKind::kAmount || k == ClaimKind::kCount || k == ClaimKind::kPercent ||
         k == ClaimKind::kRatio || k == ClaimKind::kMeasure;
}

// Totals that accumulate over their period: a part of the period cannot exceed the whole.
bool is_flow(ClaimKind k) { return k == ClaimKind::kAmount || k == ClaimKind::kCount; }

bool starts_with(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

// "in Asia" narrows a ranking; "after Russia" and "except Russia" do not.
std::string rank_scope(const std::string& scope) {
  if (starts_with(scope, "in ") || starts_with(scope, "among ")) return scope;
  return "";
}

// "small states" and "small state" are one class.
std::string singular(std::string s) {
  if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
  return s;
}

std::vector<std::string> label_words(const std::string& label) {
  std::vector<std::string> out;
  std::string w;
  for (char c : label + " ") {
    if (c == ' ' || c == ',') {
      if (!w.empty() && w != "and") out.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  return out;
}

// facts: only asserted or reported claims; otherwise only targets and plans.
std::optional<Item> comparable(const Claim& c, size_t doc, const RuleData& r, bool facts = true) {
  bool fact = c.modality == Modality::kAsserted || c.modality == Modality::kReported;
  bool goal = c.modality == Modality::kTarget || c.modality == Modality::kPlanned;
  if (facts ? !fact : !goal) return {};
  if (c.subject.empty()) return {};  // about nothing known: nothing to compare it with
  const AttributeRule* a = r.declared(c.attribute);
  if (!a || a->comparison == Comparison::kNone) return {};
  Item it;
  it.c = &c;
  it.doc = doc;
  it.comparison = a->comparison;
  if (c.period_basis == PeriodBasis::kStated) {
    it.when = days_of(c.period, c.kind == ClaimKind::kEvent || c.kind == ClaimKind::kDate);
  } else if (c.period_basis == PeriodBasis::kDocumentDate) {
    it.when = days_of(c.period, false);
    // A total with no period may be cumulative: it holds up to the document's date.
    if (is_flow(c.kind)) {
      it.implicit = true;
      it.when.begin = LONG_MIN;
    }
  } else {
    return {};  // unresolved or unknown: no time to compare at
  }
  if (c.kind == ClaimKind::kRank) {
    it.shape = Shape::kRank;
    it.low = it.high = c.value + (starts_with(c.scope, "except ") ? 1 : 0);
    it.key = c.subject.text() + "|" + c.attribute + "|" + rank_scope(c.scope);
  } else if (is_quantity(c.kind)) {
    it.shape = Shape::kQuantity;
    it.low = c.low;
    it.high = c.high;
    it.key = c.subject.text() + "|" + c.attribute + "|" + c.unit + "|" + to_string(c.kind);
  } else if (c.kind == ClaimKind::kLabel) {
    if (a->comparison != Comparison::kExclusive && a->comparison != Comparison::kGraded) return {};
    it.shape = Shape::kLabel;
    it.label = singular(c.text);
    std::vector<std::string> words = label_words(c.text);
    if (words.empty()) return {};
    it.key = c.subject.text() + "|" + c.attribute;
    if (a->comparison == Comparison::kGraded) {
      it.key =
          c.subject.text() + "|" + words.back();  // the head: a partnership is not a cooperation
      it.modifiers.insert(words.begin(), words.end() - 1);
    }
  } else if (c.kind == ClaimKind::kEvent && !c.object.empty()) {
    it.shape = Shape::kEvent;
    it.label = c.object;
    it.key = c.subject.text() + "|" + c.attribute + "|" + c.object;
    // The status an event began, as a graded label: two wordings of one upgrade can clash.
    std::vector<std::string> words = label_words(c.object);
    if (!words.empty()) {
      it.status_key = c.subject.text() + "|" + words.back();
      it.modifiers.insert(words.begin(), words.end() - 1);
    }
  } else {
    return {};
  }
  return it;
}

// --- wording --------------------------------------------------------------------------------

// A number a person reads: 6450000000 -> "6.45 billion".
std::string readable(double v) {
  if (std::fabs(v) < 1e6 && v == std::floor(v)) {  // 500000 -> "500,000"
    std::string digits = std::to_string(static_cast<long long>(std::fabs(v)));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return v < 0 ? "-" + out : out;
  }
  struct Scale {
    double factor;
    const char* word;
  };
  static const Scale scales[] = {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}};
  for (const Scale& s : scales) {
    if (std::fabs(v) >= s.factor) return number_text(v / s.factor) + s.word;
  }
  return number_text(v);
}

std::string value_words(const Claim& c) {
  if (c.kind == ClaimKind::kRank) {
    return "rank " + number_text(c.value) + (c.scope.empty() ? "" : " (" + c.scope + ")");
  }
  if (!c.numeric) {
    if (c.kind == ClaimKind::kEvent) {
      std::string when = c.text.empty() ? c.period.iso() : c.text;
      if (!when.empty() && when.back() == '/') when.pop_back();  // "from 2016": 2016
      return when;
    }
    return "\"" + c.text + "\"";
  }
  std::string unit = c.unit == "percent" ? "%" : c.unit == "x" ? " times" : " " + c.unit;
  return qualifier_words(c.qualifier) + readable(c.value) + unit;
}

std::string when_words(const Item& it) {
  const Claim& c = *it.c;
  if (it.implicit) return "no period stated (document of " + c.period.iso() + ")";
  if (c.period_basis == PeriodBasis::kDocumentDate)
    return "as of " + c.period.iso() + " (document date)";
  return c.period.iso();
}

std::string readable_attribute(const std::string& attribute) {
  std::string out;
  for (char c : attribute) out += c == '.' || c == '_' ? ' ' : c;
  return out;
}

// Half a unit of the last significant digit: how far rounding may have moved a written figure
// (5 billion -> 0.5 billion, 3.5 billion -> 0.05 billion). Counts below a million written in
// digits are taken as exact: "80 companies" and "50 ones" are not 120 rounded.
double rounding(const Claim& total, double v) {
  if (!(v > 0) || !std::isfinite(v)) return 0;
  if (total.kind == ClaimKind::kCount && v < 1e6) return 0;
  double unit = std::pow(10.0, std::floor(std::log10(v)));
  for (int i = 0; i < 12; ++i, unit /= 10) {
    const double digits = v / unit;
    if (std::fabs(digits - std::round(digits)) <= 1e-9 * digits) break;
  }
  return unit / 2;
}

// --- findings under construction ------------------------------------------------------------

struct Pair {
  size_t a, b;  // indexes into items
  DiscrepancyKind kind;
  Severity severity;
  std::string note;  // why this pair, when it is not plain disagreement
};

Severity lower(Severity s) {
  return s == Severity::kInfo ? s : static_cast<Severity>(static_cast<int>(s) - 1);
}

// A finding about what one claim is about: its subject, attribute and, when given, period.
Discrepancy finding(DiscrepancyKind kind, Severity severity, const Claim& about, bool with_period) {
  Discrepancy d;
  d.kind = kind;
  d.severity = severity;
  d.subject = about.subject.text();
  d.attribute = about.attribute;
  if (with_period) d.period = about.period.iso();
  return d;
}

// "a, b, c" for the sources a statement appears in.
std::string joined(const std::set<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::string id_of(const Discrepancy& d) {
  std::string basis = to_string(d.kind);
  for (const Evidence& e : d.evidence) {
    basis += "\n" + (e.claim.empty() ? e.source + ":" + std::to_string(e.span.begin) : e.claim);
  }
  return hex_id('d', fnv1a(basis));
}

class Verifier {
 public:
  Verifier(const std::vector<Document>& docs, const std::vector<Extraction>& ex,
           const RuleData& rules, ClaimGraph& graph, const VerifyOptions& options)
      : docs_(docs), ex_(ex), r_(rules), graph_(graph), options_(options) {}

  Verification run() {
    // A part of a total ("of which $3.5 billion") is not a value of the total's key.
    std::set<std::string> parts;
    for (const Extraction& e : ex_) {
      for (const Breakdown& b : e.breakdowns) {
        for (const BreakdownPart& p : b.parts) {
          if (!p.claim.empty()) parts.insert(p.claim);
        }
      }
    }
    for (size_t d = 0; d < ex_.size(); ++d) {
      for (const Claim& c : ex_[d].claims) {
        by_id_[c.id] = &c;
        if (parts.count(c.id)) continue;
        if (std::optional<Item> it = comparable(c, d, r_)) items_.push_back(std::move(*it));
      }
    }
    mark_labels_shown_by_events();
    std::map<std::string, std::vector<size_t>> keys, statuses;
    for (size_t i = 0; i < items_.size(); ++i) {
      keys[items_[i].key].push_back(i);
      if (!items_[i].status_key.empty()) statuses[items_[i].status_key].push_back(i);
    }
    for (size_t i = 0; i < items_.size(); ++i) {
      const Item& it = items_[i];
      if (it.shape == Shape::kLabel && it.comparison == Comparison::kGraded) {
        by_status_[it.key].push_back(i);
      } else if (!it.status_key.empty()) {
        by_status_[it.status_key].push_back(i);
      }
    }
    for (const auto& [key, list] : keys) compare_key(list);
    // Events that began a status at the same time but word the status differently.
    for (const auto& [key, list] : statuses) {
      for (size_t i = 0; i < list.size(); ++i) {
        for (size_t j = i + 1; j < list.size(); ++j) {
          const Item& x = items_[list[i]];
          const Item& y = items_[list[j]];
          if (x.key != y.key && !same_sentence(x, y) && x.when.overlaps(y.when)) {
            compare_graded(list[i], list[j]);
          }
        }
      }
    }
    find_graded_variants(keys);
    find_double_dates();
    find_missed_targets(keys);
    find_arithmetic();
    find_implausible();
    find_name_variants();
    find_similar_bodies();

    // Contradictions into the graph; its components are the disputes.
    for (const Pair& p : pairs_) {
      graph_.relate(items_[p.a].c->id, items_[p.b].c->id, Relation::kContradicts);
    }
    for (const auto& [a, b] : agree_)
      graph_.relate(items_[a].c->id, items_[b].c->id, Relation::kCorroborates);
    build_disputes();
    compute_trust();
    for (Dispute& d : disputes_) out_.discrepancies.push_back(describe(d));
    for (Discrepancy& d : out_.discrepancies) d.id = id_of(d);
    std::sort(out_.discrepancies.begin(), out_.discrepancies.end(),
              [](const Discrepancy& x, const Discrepancy& y) {
                auto place = [](const Discrepancy& d) {
                  return d.evidence.empty()
                             ? std::pair<std::string, uint64_t>{"", 0}
                             : std::pair{d.evidence[0].source, d.evidence[0].span.begin};
                };
                if (x.severity != y.severity) return x.severity > y.severity;
                if (x.kind != y.kind) return x.kind < y.kind;
                if (place(x) != place(y)) return place(x) < place(y);
                return x.id < y.id;
              });
    return std::move(out_);
  }

 private:
  struct Dispute {
    DiscrepancyKind kind = DiscrepancyKind::kValueConflict;
    Severity severity = Severity::kInfo;
    std::vector<size_t> items;
    std::vector<std::vector<size_t>> sides;  // items agreeing with each other
    std::vector<std::string> notes;
  };

  // --- pairwise comparison on one key ---------------------------------------------------------

  bool same_sentence(const Item& x, const Item& y) const {
    return x.doc == y.doc && x.c->sentence == y.c->sentence;
  }

  // Claims with the same time and value agree and are compared once, as a group: a key
  // repeated a hundred thousand times costs one comparison per distinct value. A key with more
  // than kMaxValues distinct values compares its kMaxValues most repeated ones.
  void compare_key(const std::vector<size_t>& list) {
    std::map<std::string, std::vector<size_t>> groups;
    for (size_t i : list) groups[signature(items_[i])].push_back(i);
    std::vector<const std::vector<size_t>*> order;
    for (const auto& [sig, members] : groups) {
      for (size_t k = 1; k < members.size(); ++k) agree_.push_back({members[k - 1], members[k]});
      order.push_back(&members);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto* a, const auto* b) { return a->size() > b->size(); });
    if (order.size() > kMaxValues) order.resize(kMaxValues);
    for (size_t i = 0; i < order.size(); ++i) {
      for (size_t j = i + 1; j < order.size(); ++j) {
        // A sentence does not contradict itself: two values in one sentence are a change
        // ("from 2% to 5%") or a breakdown ("Vitebsk $1 million, Grodno $100,000").
        size_t a = order[i]->front(), b = SIZE_MAX;
        for (size_t k = 0; k < order[j]->size() && k < kSentenceTries; ++k) {
          if (!same_sentence(items_[a], items_[(*order[j])[k]])) {
            b = (*order[j])[k];
            break;
          }
        }
        if (b == SIZE_MAX) continue;
        const Item& x = items_[a];
        switch (x.shape) {
          case Shape::kQuantity:
            compare_quantities(a, b);
            break;
          case Shape::kRank:
            compare_states(a, b, DiscrepancyKind::kRankConflict);
            break;
          case Shape::kLabel:
            if (x.comparison == Comparison::kExclusive) {
              compare_states(a, b, DiscrepancyKind::kLabelConflict);
            } else {
              compare_graded(a, b);
            }
            break;
          case Shape::kEvent:
            compare_events(a, b);
            break;
        }
      }
    }
  }

  static std::string signature(const Item& it) {
    std::string s = std::to_string(it.when.begin) + "/" + std::to_string(it.when.end) + "/" +
                    (it.implicit ? "i" : "s") + "/" + number_text(it.low) + "/" +
                    number_text(it.high) + "/" + it.label + "/";
    for (const std::string& m : it.modifiers) s += m + ",";
    return s;
  }

  Severity base_severity(const Item& x, const Item& y, Severity cross) const {
    Severity s = x.implicit || y.implicit ? std::min(cross, Severity::kMedium) : cross;
    return x.doc == y.doc ? lower(s) : s;
  }

  static bool disjoint(double lo1, double hi1, double lo2, double hi2) {
    auto below = [](double hi, double lo) {
      return hi < lo - kEpsilon * std::max(std::fabs(hi), std::fabs(lo));
    };
    return below(hi1, lo2) || below(hi2, lo1);
  }

  void compare_quantities(size_t i, size_t j) {
    const Item& x = items_[i];
    const Item& y = items_[j];
    bool same_time = x.when == y.when;
    if (x.implicit != y.implicit) {
      // One figure has no period: it may cover the other's, so a clash is worth a check.
      const Item& dated = x.implicit ? y : x;
      const Item& undated = x.implicit ? x : y;
      same_time = dated.when.end <= undated.when.end;
    }
    bool disagree = disjoint(x.low, x.high, y.low, y.high);
    if (same_time) {
      if (disagree) {
        pairs_.push_back(
            {i, j, DiscrepancyKind::kValueConflict, base_severity(x, y, Severity::kHigh), ""});
      } else {
        agree_.push_back({i, j});
      }
      return;
    }
    // A part of a period larger than the whole that contains it.
    if (!x.implicit && !y.implicit && is_flow(x.c->kind)) {
      bool x_in_y = x.when.within(y.when), y_in_x = y.when.within(x.when);
      const Item* part = x_in_y ? &x : y_in_x ? &y : nullptr;
      const Item* whole = x_in_y ? &y : &x;
      if (part && part->low > whole->high * (1 + kEpsilon)) {
        pairs_.push_back({i, j, DiscrepancyKind::kValueConflict,
                          base_severity(x, y, Severity::kHigh),
                          "the figure for " + part->c->period.iso() +
                              " is larger than the one for the whole of " + whole->c->period.iso() +
                              ", which contains it"});
      }
    }
  }

  // Ranks and exclusive labels describe a state: they clash whenever their times overlap.
  void compare_states(size_t i, size_t j, DiscrepancyKind kind) {
    const Item& x = items_[i];
    const Item& y = items_[j];
    if (!x.when.overlaps(y.when)) return;
    bool differ = kind == DiscrepancyKind::kRankConflict ? x.low != y.low : x.label != y.label;
    if (!differ) {
      agree_.push_back({i, j});
      return;
    }
    Severity cross = kind == DiscrepancyKind::kRankConflict ? Severity::kHigh : Severity::kMedium;
    Severity s = x.doc == y.doc ? Severity::kLow : base_severity(x, y, cross);
    pairs_.push_back({i, j, kind, s, ""});
  }

  void compare_events(size_t i, size_t j) {
    const Item& x = items_[i];
    const Item& y = items_[j];
    if (x.when.overlaps(y.when)) {
      agree_.push_back({i, j});
      return;
    }
    Severity s = x.doc == y.doc ? Severity::kLow : Severity::kHigh;
    pairs_.push_back({i, j, DiscrepancyKind::kDateConflict, s, ""});
  }

  // Graded labels: one a shortened form of the other is a variant; two forms that swap a word
  // ("all-time" for "all-weather") at the same time clash, unless a fuller label seen by then
  // contains both (each is then a shortened form of it).
  void compare_graded(size_t i, size_t j) {
    const Item& x = items_[i];
    const Item& y = items_[j];
    if (x.shown_by_event && y.shown_by_event) return;  // their events are compared instead
    if (x.modifiers == y.modifiers) {
      if (x.when.overlaps(y.when)) agree_.push_back({i, j});
      return;
    }
    if (std::includes(x.modifiers.begin(), x.modifiers.end(), y.modifiers.begin(),
                      y.modifiers.end()) ||
        std::includes(y.modifiers.begin(), y.modifiers.end(), x.modifiers.begin(),
                      x.modifiers.end())) {
      return;  // variants are gathered per key in find_graded_variants
    }
    if (!x.when.overlaps(y.when)) return;
    std::set<std::string> both = x.modifiers;
    both.insert(y.modifiers.begin(), y.modifiers.end());
    long by = std::max(x.when.end, y.when.end);
    const std::string& key = x.shape == Shape::kEvent ? x.status_key : x.key;
    for (size_t k : by_status_[key]) {
      const Item& z = items_[k];
      if (z.when.begin <= by &&
          std::includes(z.modifiers.begin(), z.modifiers.end(), both.begin(), both.end())) {
        return;
      }
    }
    Severity s = x.doc == y.doc ? Severity::kLow : Severity::kMedium;
    pairs_.push_back({i, j, DiscrepancyKind::kLabelConflict, s, ""});
  }

  // One finding per status listing the shortened forms used once the full form existed.
  void find_graded_variants(const std::map<std::string, std::vector<size_t>>& keys) {
    for (const auto& [key, list] : keys) {
      if (list.empty() || items_[list[0]].shape != Shape::kLabel ||
          items_[list[0]].comparison != Comparison::kGraded) {
        continue;
      }
      // The fullest forms: not contained in any other form on this key.
      std::set<size_t> in;
      for (size_t full : list) {
        const Item& f = items_[full];
        for (size_t shorter : list) {
          const Item& s = items_[shorter];
          if (s.modifiers.size() < f.modifiers.size() && s.when.begin >= f.when.begin &&
              std::includes(f.modifiers.begin(), f.modifiers.end(), s.modifiers.begin(),
                            s.modifiers.end())) {
            in.insert(full);
            in.insert(shorter);
          }
        }
      }
      if (in.empty()) continue;
      const Claim& first = *items_[*in.begin()].c;
      Discrepancy d = finding(DiscrepancyKind::kLabelVariant, Severity::kInfo, first, false);
      std::map<std::string, std::set<std::string>> forms;  // label -> sources
      std::vector<size_t> ordered(in.begin(), in.end());
      std::sort(ordered.begin(), ordered.end(), [&](size_t a, size_t b) {
        return std::tie(items_[a].doc, items_[a].c->span.begin) <
               std::tie(items_[b].doc, items_[b].c->span.begin);
      });
      for (size_t k : ordered) {
        forms[items_[k].c->text].insert(items_[k].c->source);
        d.evidence.push_back(evidence_of(*items_[k].c, EvidenceRole::kVariant));
      }
      std::string list_text;
      size_t longest = 0;
      std::string full;
      for (const auto& [form, sources] : forms) {
        const std::string srcs = joined(sources);
        list_text += (list_text.empty() ? "" : "; ") + ("\"" + form + "\" (" + srcs + ")");
        size_t n = label_words(form).size();
        if (n > longest) longest = n, full = form;
      }
      d.explanation = "The " + readable_attribute(first.attribute) + " of " + first.subject.text() +
                      " is worded in " + std::to_string(forms.size()) + " forms: " + list_text +
                      ". The shorter ones read as shortened forms of \"" + full +
                      "\", used after it existed; not a conflict, but a publication should use "
                      "one form.";
      out_.discrepancies.push_back(std::move(d));
    }
  }

  // A status label inside an event claim that began it ("signed the Declaration on the
  // establishment of ... partnership" in 2022) is shown through that event, with its date.
  void mark_labels_shown_by_events() {
    std::map<std::pair<std::string, std::string>, std::vector<const Claim*>>
        events;  // (source, object)
    for (const Item& it : items_) {
      if (it.shape == Shape::kEvent) events[{it.c->source, it.label}].push_back(it.c);
    }
    for (Item& it : items_) {
      if (it.shape != Shape::kLabel) continue;
      auto found = events.find({it.c->source, it.c->text});
      if (found == events.end()) continue;
      for (const Claim* e : found->second) {
        if (e->span.begin <= it.c->span.begin && it.c->span.end <= e->span.end) {
          it.shown_by_event = true;
        }
      }
    }
  }

  // --- within a sentence: one event, two dates ---------------------------------------------------

  void find_double_dates() {
    for (size_t d = 0; d < ex_.size(); ++d) {
      const std::vector<Claim>& claims = ex_[d].claims;
      for (size_t i = 0; i < claims.size(); ++i) {
        const Claim& a = claims[i];
        if (a.kind != ClaimKind::kEvent || a.anchor < 0 || a.period_basis != PeriodBasis::kStated)
          continue;
        for (size_t j = i + 1; j < claims.size(); ++j) {
          const Claim& b = claims[j];
          if (b.sentence != a.sentence) break;
          if (b.kind != ClaimKind::kEvent || b.anchor != a.anchor ||
              b.period_basis != PeriodBasis::kStated)
            continue;
          const Claim& early = a.text_begin <= b.text_begin ? a : b;
          const Claim& late = a.text_begin <= b.text_begin ? b : a;
          // The event word between its two dates: "from 2016 at the Summit in September 2022".
          if (static_cast<uint64_t>(a.anchor) < early.text_begin ||
              static_cast<uint64_t>(a.anchor) >= late.text_begin) {
            continue;
          }
          if (days_of(a.period, true).overlaps(days_of(b.period, true))) continue;
          Discrepancy x = finding(DiscrepancyKind::kDateConflict, Severity::kLow, a, false);
          x.evidence = {evidence_of(early, EvidenceRole::kValue),
                        evidence_of(late, EvidenceRole::kValue)};
          x.explanation = "In " + a.source + " one sentence ties a single event to two dates, " +
                          early.period.iso() + " (\"" + early.quote + "\") and " +
                          late.period.iso() + " (\"" + late.quote +
                          "\"): it may be merging two events. Check which date belongs to "
                          "what.";
          out_.discrepancies.push_back(std::move(x));
        }
      }
    }
  }

  // --- an actual figure below a target for the same period (info: a target is no fact) --------

  void find_missed_targets(const std::map<std::string, std::vector<size_t>>& keys) {
    for (size_t d = 0; d < ex_.size(); ++d) {
      for (const Claim& t : ex_[d].claims) {
        if (!is_quantity(t.kind) || t.period_basis != PeriodBasis::kStated) continue;
        std::optional<Item> target = comparable(t, d, r_, /*facts=*/false);
        if (!target) continue;
        auto found = keys.find(target->key);
        if (found == keys.end()) continue;
        for (size_t i : found->second) {
          const Item& actual = items_[i];
          if (actual.implicit || !(actual.when == target->when) || actual.high >= target->low) {
            continue;
          }
          Discrepancy x = finding(DiscrepancyKind::kTargetMissed, Severity::kInfo, t, true);
          x.evidence = {evidence_of(t, EvidenceRole::kTarget),
                        evidence_of(*actual.c, EvidenceRole::kActual)};
          x.explanation = t.source + " sets a target of " + value_words(t) + " for the " +
                          readable_attribute(t.attribute) + " of " + t.subject.text() + " in " +
                          t.period.iso() + "; " + actual.c->source + " reports " +
                          value_words(*actual.c) +
                          " for that period. Not a contradiction: the target was missed.";
          out_.discrepancies.push_back(std::move(x));
          break;  // one actual figure is enough to say so
        }
      }
    }
  }

  // --- a document's own numbers that do not add up -------------------------------------------

  // The parts of a breakdown add up to at most its total, or to the total when the list is
  // exhaustive. Each figure may be rounded by half a unit of its last digit.
  void find_arithmetic() {
    for (const Extraction& e : ex_) {
      for (const Breakdown& b : e.breakdowns) {
        auto found = by_id_.find(b.total);
        if (found == by_id_.end()) continue;
        const Claim& total = *found->second;
        double low = 0, high = 0, slack = rounding(total, total.value);
        std::string sum;
        for (const BreakdownPart& p : b.parts) {
          low += p.low;
          high += p.high;
          slack += rounding(total, p.low);
          sum += (sum.empty() ? "" : " + ") + p.quote;
        }
        const bool over = low - slack > total.high;
        const bool under = b.exhaustive && high + slack < total.low;
        if (!over && !under) continue;
        Discrepancy d = finding(DiscrepancyKind::kArithmetic, Severity::kMedium, total, true);
        d.evidence.push_back(evidence_of(total, EvidenceRole::kTotal));
        for (const BreakdownPart& p : b.parts) {
          Evidence part =
              evidence_of(total, EvidenceRole::kPart);  // same source and file as the total
          part.claim = p.claim;
          part.span = p.span;
          part.position = p.position;
          part.quote = p.quote;
          d.evidence.push_back(std::move(part));
        }
        const std::string parts_sum =
            low == high ? readable(low) : readable(low) + " to " + readable(high);
        d.explanation = total.source + " gives " + value_words(total) + " (\"" + total.quote +
                        "\") and then, after \"" + b.cue + "\", parts that add up to " + parts_sum +
                        " (" + sum +
                        "): " + (over ? "more than the total." : "less than the total they list.");
        out_.discrepancies.push_back(std::move(d));
      }
    }
  }

  // --- a value orders of magnitude from all others on its key ---------------------------------

  // Per key and time, values sorted: a value is far from every other when its nearest
  // neighbours are, and the others agree when their own spread is small. O(n log n).
  void find_implausible() {
    std::map<std::string, std::vector<size_t>> keys;
    for (size_t i = 0; i < items_.size(); ++i) {
      const Item& it = items_[i];
      if (it.shape == Shape::kQuantity && it.c->value > 0 && !it.implicit) {
        keys[it.key + "@" + std::to_string(it.when.begin) + "/" + std::to_string(it.when.end)]
            .push_back(i);
      }
    }
    for (auto& [key, list] : keys) {
      if (list.size() < kMinReferences + 1) continue;
      std::stable_sort(list.begin(), list.end(),
                       [&](size_t x, size_t y) { return items_[x].c->value < items_[y].c->value; });
      // Only the smallest or the largest value can be far from all the others.
      for (size_t end : {size_t{0}, list.size() - 1}) {
        const Claim& c = *items_[list[end]].c;
        size_t near = end == 0 ? 1 : list.size() - 2;
        double lo = items_[list[end == 0 ? 1 : 0]].c->value;
        double hi = items_[list[end == 0 ? list.size() - 1 : list.size() - 2]].c->value;
        double nearest = items_[list[near]].c->value;
        double ratio = std::max(nearest / c.value, c.value / nearest);
        if (ratio < kImplausible || hi / lo > kConsistent) continue;
        Discrepancy d = finding(DiscrepancyKind::kPlausibility, Severity::kMedium, c, true);
        d.evidence.push_back(evidence_of(c, EvidenceRole::kOutlier));
        for (size_t k = 0; k < list.size() && d.evidence.size() <= kMaxValues; ++k) {
          if (k != end)
            d.evidence.push_back(evidence_of(*items_[list[k]].c, EvidenceRole::kReference));
        }
        d.explanation = c.source + " gives " + value_words(c) + " for the " +
                        readable_attribute(c.attribute) + " of " + c.subject.text() + " (" +
                        c.period.iso() + "), while " + std::to_string(list.size() - 1) +
                        " other figures on the same measure and period lie between " +
                        readable(lo) + " and " + readable(hi) + ": at least " +
                        number_text(kImplausible) + " times apart. A unit or scale slip?";
        out_.discrepancies.push_back(std::move(d));
      }
    }
  }

  // --- one entity, several spellings -----------------------------------------------------------

  static std::string fold_surface(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      // Typographic apostrophe (U+2019) reads as '.
      if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
          static_cast<unsigned char>(s[i + 2]) == 0x99) {
        out += '\'';
        i += 2;
        continue;
      }
      out += static_cast<char>(std::tolower(c));
    }
    return out;
  }

  static std::vector<std::string> name_words(const std::string& s) {
    std::vector<std::string> out;
    std::string w;
    for (char c : s + " ") {
      if (c == ' ' || c == '-') {
        if (!w.empty()) out.push_back(w);
        w.clear();
      } else {
        w += c;
      }
    }
    return out;
  }

  // "CBIP" for "China-Belarus Industrial Park": initials of the words, function words skipped.
  static bool is_acronym_of(const std::string& shorter, const std::string& longer) {
    std::string initials;
    for (const std::string& w : name_words(longer)) {
      if (w == "and" || w == "of" || w == "the" || w == "for") continue;
      initials += w[0];
    }
    return shorter.size() >= 2 && shorter == initials;
  }

  void find_name_variants() {
    struct Form {
      std::set<std::string> sources;
      int count = 0;
    };
    std::map<std::string, std::map<std::string, Form>> forms;  // entity -> folded -> form
    std::map<std::string, std::vector<std::pair<size_t, const Mention*>>> mentions;
    std::map<std::string, std::string> name;
    for (size_t d = 0; d < ex_.size(); ++d) {
      for (const Mention& m : ex_[d].mentions) {
        if (m.entity.empty() || m.type == EntityType::kCountry)
          continue;  // states go by many names
        Form& f = forms[m.entity][fold_surface(m.surface)];
        f.sources.insert(docs_[d].source.id);
        ++f.count;
        mentions[m.entity].push_back({d, &m});
        name[m.entity] = m.canonical;
      }
    }
    for (const auto& [entity, by_form] : forms) {
      // Spellings, not abbreviations: drop a form that is another's acronym or its words a
      // subset of another's ("Lukashenko" within "Alexander Lukashenko").
      std::vector<std::string> distinct;
      for (const auto& [form, f] : by_form) {
        bool part = false;
        for (const auto& [other, g] : by_form) {
          if (other == form) continue;
          std::vector<std::string> a = name_words(form), b = name_words(other);
          std::sort(a.begin(), a.end());
          std::sort(b.begin(), b.end());
          bool subset =
              a.size() < b.size() && std::includes(b.begin(), b.end(), a.begin(), a.end());
          part = part || subset || is_acronym_of(form, other);
        }
        if (!part) distinct.push_back(form);
      }
      if (distinct.size() < 2) continue;
      Discrepancy d;
      d.kind = DiscrepancyKind::kNameVariant;
      d.severity = Severity::kInfo;
      d.subject = entity;
      std::string list_text;
      std::map<std::string, std::string> shown;  // folded -> first surface as written
      for (const auto& [doc, m] : mentions[entity])
        shown.emplace(fold_surface(m->surface), m->surface);
      for (const auto& [form, f] : by_form) {
        const std::string srcs = joined(f.sources);
        list_text += (list_text.empty() ? "" : "; ") +
                     ("\"" + shown[form] + "\" x" + std::to_string(f.count) + " (" + srcs + ")");
      }
      d.explanation = name[entity] + " is written " + std::to_string(by_form.size()) +
                      " ways: " + list_text +
                      ". One entity; a publication should use one "
                      "spelling.";
      for (const auto& [doc, m] : mentions[entity]) d.evidence.push_back(mention_evidence(doc, *m));
      out_.discrepancies.push_back(std::move(d));
    }
  }

  // A name as written, as evidence of a variant.
  Evidence mention_evidence(size_t doc, const Mention& m) const {
    Evidence e;
    e.source = docs_[doc].source.id;
    e.path = docs_[doc].source.path;
    e.span = m.span;
    e.position = m.position;
    e.quote = m.surface;
    e.role = EvidenceRole::kVariant;
    return e;
  }

  // Two body names that differ only in the body word ("Human Rights Council" / "Human Rights
  // Committee") are easily confused: one body misnamed, or two bodies? Worth a look.
  void find_similar_bodies() {
    struct Name {
      std::vector<std::string> words;
      std::vector<std::pair<size_t, const Mention*>> mentions;
    };
    std::map<std::string, Name> names;  // canonical -> its mentions
    for (size_t d = 0; d < ex_.size(); ++d) {
      for (const Mention& m : ex_[d].mentions) {
        if (m.type != EntityType::kBody || !m.entity.empty()) continue;
        Name& n = names[m.canonical];
        if (n.words.empty()) n.words = name_words(m.canonical);
        n.mentions.push_back({d, &m});
      }
    }
    // Names alike but for the body word, grouped: one finding per group.
    std::map<std::vector<std::string>, std::vector<const Name*>> alike;
    for (const auto& [canonical, n] : names) {
      if (n.words.size() < 3) continue;
      alike[std::vector<std::string>(n.words.begin(), n.words.end() - 1)].push_back(&n);
    }
    for (const auto& [prefix, group] : alike) {
      if (group.size() < 2) continue;
      Discrepancy d;
      d.kind = DiscrepancyKind::kNameVariant;
      d.severity = Severity::kLow;
      std::string listed, heads;
      for (const Name* n : group) {
        std::set<std::string> sources;
        for (const auto& [doc, m] : n->mentions) {
          sources.insert(docs_[doc].source.id);
          d.evidence.push_back(mention_evidence(doc, *m));
        }
        const std::string srcs = joined(sources);
        listed += (listed.empty() ? "\"" : " and \"") + n->mentions.front().second->surface +
                  "\" (" + srcs + ")";
        heads += (heads.empty() ? "" : " / ") + n->words.back();
      }
      d.explanation = listed + " differ only in the kind of body (" + heads +
                      "): one body named wrongly, or different bodies? Check which is meant.";
      out_.discrepancies.push_back(std::move(d));
    }
  }

  // --- disputes, sides and trust -----------------------------------------------------------------

  void build_disputes() {
    std::map<std::string, size_t> item_of;
    for (size_t i = 0; i < items_.size(); ++i) item_of[items_[i].c->id] = i;
    std::map<size_t, std::vector<size_t>> agree;
    for (const auto& [a, b] : agree_) {
      agree[a].push_back(b);
      agree[b].push_back(a);
    }
    std::map<std::pair<size_t, size_t>, const Pair*> pair_of;
    for (const Pair& p : pairs_) {
      pair_of[{std::min(p.a, p.b), std::max(p.a, p.b)}] = &p;
      contradicting_.insert({std::min(p.a, p.b), std::max(p.a, p.b)});
    }
    for (const std::vector<std::string>& ids : graph_.disputes()) {
      Dispute d;
      for (const std::string& id : ids) d.items.push_back(item_of.at(id));
      // Kind and severity: of the component's first contradiction, and its most severe one.
      const Pair* first = nullptr;
      for (size_t a : d.items) {
        for (size_t b : d.items) {
          auto it = pair_of.find({a, b});
          if (a >= b || it == pair_of.end()) continue;
          if (!first) first = it->second;
          d.severity = std::max(d.severity, it->second->severity);
          if (!it->second->note.empty()) d.notes.push_back(it->second->note);
        }
      }
      assert(first);  // a component of contradiction edges has at least one
      d.kind = first->kind;
      // Sides: claims that agree, by agreement edges within the dispute; a claim outside that
      // agrees with one side only joins it as support.
      std::vector<int> side(d.items.size(), -1);
      for (size_t k = 0; k < d.items.size(); ++k) {
        if (side[k] >= 0) continue;
        side[k] = static_cast<int>(d.sides.size());
        d.sides.push_back({d.items[k]});
        for (size_t stack = 0; stack < d.sides.back().size(); ++stack) {
          for (size_t other : agree[d.sides.back()[stack]]) {
            auto pos = std::find(d.items.begin(), d.items.end(), other);
            if (pos == d.items.end()) continue;
            size_t at = static_cast<size_t>(pos - d.items.begin());
            if (side[at] < 0 && !contradicts_side(other, d.sides.back())) {
              side[at] = side[k];
              d.sides.back().push_back(other);
            }
          }
        }
      }
      std::set<size_t> inside(d.items.begin(), d.items.end());
      std::map<size_t, std::set<size_t>> joins;  // outside item -> sides it agrees with
      for (size_t s = 0; s < d.sides.size(); ++s) {
        std::vector<size_t> queue(d.sides[s].begin(), d.sides[s].end());
        std::set<size_t> seen(queue.begin(), queue.end());
        for (size_t q = 0; q < queue.size(); ++q) {
          for (size_t other : agree[queue[q]]) {
            if (inside.count(other) || !seen.insert(other).second) continue;
            joins[other].insert(s);
            queue.push_back(other);
          }
        }
      }
      for (const auto& [other, sides] : joins) {
        if (sides.size() == 1) d.sides[*sides.begin()].push_back(other);
      }
      for (auto& s : d.sides) std::sort(s.begin(), s.end());
      disputes_.push_back(std::move(d));
    }
  }

  bool contradicts_side(size_t item, const std::vector<size_t>& side) const {
    for (size_t s : side) {
      if (contradicting_.count({std::min(item, s), std::max(item, s)})) return true;
    }
    return false;
  }

  // Independent voices on a side: a copy speaks with its original's source, once per source.
  std::set<std::string> voices(const std::vector<size_t>& side) const {
    std::set<std::string> out;
    for (size_t i : side) out.insert(by_id_.at(graph_.origin(items_[i].c->id))->source);
    return out;
  }

  void compute_trust() {
    std::map<std::string, double> trust;
    for (const Document& d : docs_) {
      trust[d.source.id] = d.source.id == options_.observer ? 0 : options_.prior_trust;
    }
    int round = 0;
    std::map<std::string, double> confidence;
    std::map<std::string, int> disputed, leading;
    while (round < options_.max_iterations) {
      ++round;
      confidence.clear();
      disputed.clear();
      leading.clear();
      for (const Dispute& whole : disputes_) {
        // The observer's claims take no part: a dispute only with it moves no one's trust.
        Dispute d = whole;
        for (auto& side : d.sides) {
          std::erase_if(side, [&](size_t i) { return items_[i].c->source == options_.observer; });
        }
        std::erase_if(d.sides, [](const std::vector<size_t>& side) { return side.empty(); });
        if (d.sides.size() < 2) continue;
        std::vector<double> support;
        double total = 0;
        for (const auto& side : d.sides) {
          double s = 0;
          for (const std::string& v : voices(side)) s += trust[v];
          support.push_back(s);
          total += s;
        }
        double best = *std::max_element(support.begin(), support.end());
        int best_count = static_cast<int>(std::count(support.begin(), support.end(), best));
        for (size_t s = 0; s < d.sides.size(); ++s) {
          for (size_t i : d.sides[s]) {
            const std::string& src = items_[i].c->source;
            confidence[src] += total > 0 ? support[s] / total : 0;
            ++disputed[src];
            if (support[s] == best && best_count == 1) ++leading[src];
          }
        }
      }
      double change = 0;
      for (auto& [src, t] : trust) {
        if (src == options_.observer) continue;
        double next = (options_.prior_trust * options_.prior_weight + confidence[src]) /
                      (options_.prior_weight + disputed[src]);
        change = std::max(change, std::fabs(next - t));
        t = next;
      }
      if (change < 1e-12) break;
    }
    out_.trust_iterations = round;
    trust_ = trust;
    for (size_t d = 0; d < docs_.size(); ++d) {
      const std::string& id = docs_[d].source.id;
      SourceTrust t;
      t.source = id;
      t.claims = static_cast<int>(ex_[d].claims.size());
      t.disputed = disputed[id];
      t.leading = leading[id];
      t.confidence = confidence[id];
      t.prior = options_.prior_trust;
      t.prior_weight = options_.prior_weight;
      t.trust = trust[id];
      out_.trust.push_back(t);
    }
  }

  Discrepancy describe(const Dispute& d) {
    Discrepancy out;
    out.kind = d.kind;
    out.severity = d.severity;
    const Claim& first = *items_[d.items.front()].c;
    out.subject = first.subject.text();
    out.attribute = first.attribute;
    // Sides ranked by support, then by where they first appear.
    std::vector<std::pair<double, size_t>> ranked;
    for (size_t s = 0; s < d.sides.size(); ++s) {
      double support = 0;
      for (const std::string& v : voices(d.sides[s])) support += trust_[v];
      ranked.push_back({support, s});
    }
    std::sort(ranked.begin(), ranked.end(), [&](const auto& x, const auto& y) {
      if (x.first != y.first) return x.first > y.first;
      return d.sides[x.second].front() < d.sides[y.second].front();
    });
    bool began = d.kind == DiscrepancyKind::kLabelConflict && !first.object.empty();
    std::string what = began ? std::string("status")
                             : readable_attribute(first.attribute) +
                                   (first.object.empty() ? "" : " (" + first.object + ")");
    std::string text;
    switch (d.kind) {
      case DiscrepancyKind::kRankConflict:
        text = "Sources rank " + first.subject.text() + " differently for " + what + ": ";
        break;
      case DiscrepancyKind::kDateConflict:
        text = "Sources date the same event differently — " + what + ": ";
        break;
      case DiscrepancyKind::kLabelConflict:
        text = began ? "One upgrade of the " + first.subject.text() +
                           " status, at the same time, is "
                           "named with incompatible labels: "
                     : "The " + what + " of " + first.subject.text() +
                           " is worded incompatibly at the same time: ";
        break;
      default:
        text = "Conflicting figures for the " + what + " of " + first.subject.text() + ": ";
        break;
    }
    int rank = 0;
    bool any_implicit = false;
    for (const auto& [support, s] : ranked) {
      ++rank;
      CompetingValue v;
      const Item& lead = items_[d.sides[s].front()];
      // Events in a label conflict compete on the status they began, not on their dates.
      v.value = d.kind == DiscrepancyKind::kLabelConflict && lead.shape == Shape::kEvent
                    ? "\"" + lead.c->object + "\""
                    : value_words(*lead.c);
      v.support = support;
      for (const std::string& voice : voices(d.sides[s])) v.sources.push_back(voice);
      std::string places;
      std::map<std::string, int> stated;  // source -> how often it states this value
      for (size_t i : d.sides[s]) {
        const Item& it = items_[i];
        any_implicit = any_implicit || it.implicit;
        v.claims.push_back(it.c->id);
        // Evidence: where each source first states the value; repeats are counted in words.
        if (stated[it.c->source]++ > 0) continue;
        Evidence e = evidence_of(*it.c, EvidenceRole::kValue);
        e.value_rank = rank;
        out.evidence.push_back(e);
        places += (places.empty() ? "" : "; ") + it.c->source + ", " + when_words(it) + ": \"" +
                  it.c->quote + "\"";
      }
      for (const auto& [source, n] : stated) {
        if (n > 1) places += "; " + source + " says so " + std::to_string(n) + " times";
      }
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.2f", support);
      text += (rank > 1 ? " vs " : "") + v.value + " (" + places + "; support " + buf + ")";
      out.values.push_back(std::move(v));
    }
    text += ".";
    for (const std::string& n : std::set<std::string>(d.notes.begin(), d.notes.end())) {
      text += " Note: " + n + ".";
    }
    if (any_implicit) {
      text +=
          " One figure states no period; it may cover a different span than the other, "
          "so verify what it counts before calling either wrong.";
    }
    if (ranked.size() > 1 && ranked[0].first == ranked[1].first) {
      text += " Support is even: the corpus alone cannot say which is right.";
    }
    out.explanation = text;
    std::set<std::string> periods;
    for (size_t i : d.items) periods.insert(items_[i].c->period.iso());
    for (const std::string& p : periods) out.period += (out.period.empty() ? "" : " ") + p;
    return out;
  }

  const std::vector<Document>& docs_;
  const std::vector<Extraction>& ex_;
  const RuleData& r_;
  ClaimGraph& graph_;
  const VerifyOptions& options_;

  std::map<std::string, const Claim*> by_id_;
  std::vector<Item> items_;
  std::map<std::string, std::vector<size_t>> by_status_;  // graded labels and events by status
  std::set<std::pair<size_t, size_t>> contradicting_;     // item pairs, smaller first
  std::vector<Pair> pairs_;
  std::vector<std::pair<size_t, size_t>> agree_;
  std::vector<Dispute> disputes_;
  std::map<std::string, double> trust_;
  Verification out_;
};

}  // namespace

Verification verify(const std::vector<Document>& documents,
                    const std::vector<Extraction>& extractions, const RuleSet& rules,
                    ClaimGraph& graph, const VerifyOptions& options) {
  assert(documents.size() == extractions.size());
  return Verifier(documents, extractions, rules.data(), graph, options).run();
}

}  // namespace claimtrace
