// key_of(): the one place that decides what a claim is compared on.
#include "claimtrace/claim_key.h"

#include <unicode/unistr.h>

#include "claim_key_rules.h"

namespace claimtrace {

namespace {

bool is_quantity(ClaimKind k) {
  return k == ClaimKind::kAmount || k == ClaimKind::kCount || k == ClaimKind::kPercent ||
         k == ClaimKind::kRatio || k == ClaimKind::kMeasure;
}

// "in Asia" narrows a ranking; "after Russia" and "except Russia" do not (the rules say which
// rank-scope words narrow).
// A narrowing scope keys by the region's name in English words where extraction gave it ("в
// Южной Америке (in south america)": extraction names regions of narrowing scopes only, in the
// document's language), so one region meets in every language and wording; else case-folded in
// any script, as extraction folds it ("среди стран СНГ" and "среди стран снг" are one scope).
std::string rank_scope(const std::string& scope, const RuleData& r) {
  if (const size_t named = scope.rfind(" (in "); named != std::string::npos && scope.ends_with(")"))
    return scope.substr(named + 2, scope.size() - named - 3);
  for (const std::string& narrowing : r.narrowing_scopes) {
    if (scope.rfind(narrowing, 0) != 0) continue;
    std::string key;
    icu::UnicodeString::fromUTF8(scope).foldCase().toUTF8String(key);
    return key;
  }
  return "";
}

}  // namespace

const char* to_string(KeyShape shape) {
  switch (shape) {
    case KeyShape::kQuantity:
      return "quantity";
    case KeyShape::kRank:
      return "rank";
    case KeyShape::kLabel:
      return "label";
    case KeyShape::kEvent:
      return "event";
  }
  return "?";
}

std::string ClaimKey::text() const {
  std::string out = subject.text();
  auto add = [&out](const std::string& part) {
    if (!part.empty()) out += (out.empty() ? "" : " ") + part;
  };
  add(attribute.str());
  add(unit.str());
  if (shape == KeyShape::kQuantity) add(to_string(kind));
  add(scope);
  if (metric == Metric::kChange) add("change");
  add(object);
  return out;
}

std::optional<ClaimKey> ClaimKey::status() const {
  if (shape != KeyShape::kEvent) return {};
  std::vector<std::string> words = label_words(object);
  if (words.empty()) return {};
  ClaimKey k;
  k.shape = KeyShape::kLabel;
  k.subject = subject;
  k.kind = ClaimKind::kLabel;
  k.object = words.back();
  return k;
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

std::set<std::string> label_modifiers(const std::string& label) {
  std::vector<std::string> words = label_words(label);
  if (words.empty()) return {};
  return std::set<std::string>(words.begin(), words.end() - 1);
}

std::string singular(std::string s) {
  if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
  return s;
}

std::optional<ClaimKey> key_of(const Claim& c, const RuleData& r, bool goals) {
  const bool fact = c.modality == Modality::kAsserted || c.modality == Modality::kReported;
  const bool goal = c.modality == Modality::kTarget || c.modality == Modality::kPlanned;
  if (goals ? !goal : !fact) return {};
  if (c.subject.empty()) return {};  // about nothing known: nothing to compare it with
  const AttributeRule* a = r.declared(c.attribute);
  if (!a || a->comparison == Comparison::kNone) return {};
  // Unresolved or unknown: no time to compare at.
  if (c.period_basis != PeriodBasis::kStated && c.period_basis != PeriodBasis::kDocumentDate &&
      c.period_basis != PeriodBasis::kContext) {
    return {};
  }
  ClaimKey k;
  k.subject = c.subject;
  k.kind = c.kind;
  if (c.kind == ClaimKind::kRank) {
    k.shape = KeyShape::kRank;
    k.attribute = Symbol(c.attribute);
    k.scope = rank_scope(c.scope, r);
  } else if (is_quantity(c.kind)) {
    k.shape = KeyShape::kQuantity;
    k.attribute = Symbol(c.attribute);
    k.unit = Symbol(c.unit);
  } else if (c.kind == ClaimKind::kLabel && a->comparison == Comparison::kHolder) {
    // Who holds an office: compared per office, whose states are the subject.
    if (c.object.empty() || c.text.empty()) return {};
    k.shape = KeyShape::kLabel;
    k.attribute = Symbol(c.attribute);
    k.object = c.object;
  } else if (c.kind == ClaimKind::kLabel) {
    if (a->comparison != Comparison::kExclusive && a->comparison != Comparison::kGraded) return {};
    std::vector<std::string> words = label_words(c.text);
    if (words.empty()) return {};
    k.shape = KeyShape::kLabel;
    if (a->comparison == Comparison::kGraded) {
      k.object = words.back();  // the head: a partnership is not a cooperation
    } else {
      k.attribute = Symbol(c.attribute);
    }
  } else if (c.kind == ClaimKind::kEvent && !c.object.empty()) {
    // An event named by its attribute alone ("membership") is one only between two parties.
    // A membership is of a body: with no body named it is nothing to date twice.
    if (c.object == a->object && (a->of_body || c.subject.entities.size() < 2)) return {};
    k.shape = KeyShape::kEvent;
    k.attribute = Symbol(c.attribute);
    k.object = c.object;
  } else {
    return {};
  }
  return k;
}

std::optional<ClaimKey> key_of(const Claim& claim, const RuleSet& rules, bool goals) {
  return key_of(claim, rules.data(), goals);
}

}  // namespace claimtrace
