// ClaimKey: what a claim is compared on. Two claims can agree or conflict only when their keys
// are equal; verify, the claim graph and the draft check all key claims with key_of().
#pragma once

#include <compare>
#include <optional>
#include <string>

#include "claimtrace/claim.h"
#include "claimtrace/rules.h"
#include "claimtrace/subject.h"
#include "claimtrace/symbol.h"

namespace claimtrace {

// How claims on a key are compared: as quantities (intervals), ranks, labels of a status, or
// events with a date.
enum class KeyShape { kQuantity, kRank, kLabel, kEvent };
const char* to_string(KeyShape shape);

// What a quantity gives of its attribute: its level, or its change over an earlier period (a
// growth rate beside the level it led to). A share is its own attribute (the rules' share facet:
// trade.turnover.share). Different metrics are never compared.
enum class Metric { kLevel, kChange };

struct ClaimKey {
  KeyShape shape = KeyShape::kQuantity;
  Subject subject;
  Symbol attribute;  // the measured concept, e.g. trade.turnover
  Symbol unit;       // quantities: currency, unit or counted noun
  ClaimKind kind = ClaimKind::kCount;
  std::string scope;               // ranks: "in Asia" narrows a ranking; empty when unscoped
  Metric metric = Metric::kLevel;  // quantities: a level or a change of it
  std::string object;              // events: the status begun; graded labels: the status head

  // An event's status as a graded label key (subject and head of the status it began), so two
  // wordings of one upgrade meet the labels of that status; nothing for other shapes.
  std::optional<ClaimKey> status() const;

  bool operator==(const ClaimKey&) const = default;
  auto operator<=>(const ClaimKey&) const = default;
  // "BY-CN trade.turnover USD amount", for graph node names and diagnostics: the non-empty
  // parts joined by spaces.
  std::string text() const;
};

// The key a claim is compared on, or nothing when it is not compared: no subject, an attribute
// the rules do not compare, a period that is unresolved, or a modality other than asked for.
// goals: key targets and plans instead of facts (asserted or reported claims).
std::optional<ClaimKey> key_of(const Claim& claim, const RuleSet& rules, bool goals = false);

}  // namespace claimtrace
