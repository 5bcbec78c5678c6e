// Items: claims made ready for comparison — their key, their days and how sure those are.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claimtrace/claim_key.h"
#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "rule_data.h"

namespace claimtrace {

struct Item {
  const Claim* c = nullptr;
  size_t index = 0;  // in Keyed::items
  size_t doc = 0;
  Comparison comparison = Comparison::kValues;
  ClaimKey key;
  DayRange when;
  DayRange said;  // the time the claim itself names, before any window or tenure stretches it
  // Holders: the last day their tenure may have ended, as their own document dates an end
  // reaching the time named; else LONG_MAX.
  long ended = LONG_MAX;
  bool implicit = false;  // a figure with no stated period: as of the document's date
  bool present = false;   // a state in the present tense: held over a window up to the date
  // One of several values its sentence gives on its key at one time (shares by commodity, by
  // region): a facet the key does not name, so never a rival value.
  bool listed = false;
  bool shown_by_event = false;  // a label that is an event's object: the event speaks
  double low = 0, high = 0;
  std::string label;                // normalized label text; a rank's owner
  std::set<std::string> modifiers;  // of a graded label, or of the status an event began
  // Events: the graded label key of the status they began. Held apart (8 bytes where an
  // optional key takes 112), as few items are events; shared, as it never changes once set.
  std::shared_ptr<const ClaimKey> status;

  KeyShape shape() const { return key.shape; }
  bool graded() const { return key.shape == KeyShape::kLabel && comparison == Comparison::kGraded; }
  // The status a graded label or an event's object speaks of; nothing for other items.
  const ClaimKey* status_key() const {
    if (graded()) return &key;
    return status ? &*status : nullptr;
  }
  // Items with one signature agree and are compared as a group: same time, value and wording.
  std::string signature() const;
};

// Totals that accumulate over their period: a part of the period cannot exceed the whole.
bool is_flow(ClaimKind k);
bool same_sentence(const Item& x, const Item& y);

// Lower case in any script, for matching the rules' phrases in a sentence.
std::string lowercase(const std::string& s);
// Where in a lower-cased sentence one of the phrases stands, or npos. A phrase in Latin script
// must end a word ("record", not "recorded"); others may be inflected ("рекордного").
size_t phrase_at(const std::string& sentence, const std::vector<std::string>& phrases);

// The interval "about value" allows when compared: the rules' relative tolerance, narrowed
// to the place the figure was rounded to, but never below half the tolerance.
std::pair<double, double> approximate(double value, double tolerance);

// The item a claim gives on its key, or nothing when the claim is not compared.
// goals: targets and plans instead of facts.
std::optional<Item> item_of(const Claim& c, size_t doc, const RuleData& rules, bool goals = false);

// Claims of one document completed from what their sentence or paragraph says, by id: an
// establishing event with the status it began, a change with the level and period it speaks of.
std::map<std::string, Claim> completed_claims(const Extraction& e, const RuleData& rules);

// A holder named where their own document dates their taking up or leaving that office holds
// it over that tenure: from the start to the time named, and on to the end (tenure_spans.cc).
void stretch_holders_over_tenures(std::vector<Item>& items, const RuleData& rules);

// Claims by id, as an array of the claims sorted by their ids: 8 bytes a claim, where a hash
// map's node and bucket take about 60. Read like a set: find(id) != end(), at(id).
class ClaimsById {
 public:
  using value_type = const Claim*;
  using const_iterator = std::vector<value_type>::const_iterator;

  void add(const Claim& c) { rows_.push_back(&c); }
  // Sorts what was added; of claims with one id, the last added is the one found.
  void index();
  const_iterator find(std::string_view id) const;
  const_iterator end() const { return rows_.end(); }
  // The claim with the id; std::out_of_range when there is none.
  const Claim* at(std::string_view id) const;

 private:
  std::vector<value_type> rows_;
};

// Every compared claim of the corpus, with the indexes the comparisons and checks read.
struct Keyed {
  std::vector<Item> items;
  std::map<ClaimKey, std::vector<size_t>> keys;      // key -> items, in item order
  std::map<ClaimKey, std::vector<size_t>> statuses;  // events by the status they began
  // Every claim, compared or not; the views are of the claims' own ids.
  ClaimsById by_id;
  // Claims completed from their sentence (an event with the status it began): the items of
  // those point here, and their ids are the claims' own (a deque: the views stay valid).
  std::deque<Claim> completed;
  // The rules' syllabic transcriptions, for telling spellings of one holder apart from another.
  const Transcriptions* transcriptions = nullptr;

  static Keyed build(const std::vector<Extraction>& extractions, const RuleData& rules);
};

}  // namespace claimtrace
