// Wording of the draft check's own comparisons (goals, rank scopes) and of dropped rank scopes:
// the sentences check.cc and the dropped-scope check show a desk.
#include "verify/wording.h"

namespace claimtrace {

namespace {

std::string goals_listed(const std::vector<const Claim*>& claims) {
  std::string out;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = *claims[i];
    out += (i ? "; " : "") + value_words(c) + " (" + c.source +
           (c.period.empty() ? "" : ", " + period_words(c.period.iso())) + ")";
  }
  return out;
}

}  // namespace

std::string goal_words(const Claim& draft, const std::vector<const Claim*>& agreeing,
                       const std::vector<const Claim*>& conflicting) {
  const std::string what = "the goal of " + value_words(draft) +
                           (draft.period.empty() ? "" : " for " + period_words(draft.period.iso()));
  if (conflicting.empty()) return "The corpus states " + what + ": " + goals_listed(agreeing) + ".";
  std::string out = agreeing.empty() ? "The corpus states another goal than " + what + ": "
                                     : "The corpus states both " + what + " (" +
                                           goals_listed(agreeing) + ") and another: ";
  return out + goals_listed(conflicting) + ". A goal is compared with goals only, not outcomes.";
}

std::string latest_disputed_words(const std::vector<const Claim*>& holding,
                                  const std::vector<const Claim*>& missing) {
  return "The corpus's latest figures disagree: " + goals_listed(holding) + " vs " +
         goals_listed(missing) +
         ". The draft repeats one side; the corpus alone cannot say which is right.";
}

std::string dropped_scope_words(const Claim& scoped, const Claim& unscoped) {
  return unscoped.source + " says " + value_words(unscoped) + " without the scope " +
         scoped.source + " gives it (" + value_words(scoped) +
         "). A narrower rank is not a rival of a broader one: check which one the source meant.";
}

std::string scope_support_words(const Claim& broader) {
  return "Implied by \"" + broader.quote + "\" (" + broader.source +
         "), which states the rank without a scope.";
}

std::string scope_only_words(const Claim& scoped) {
  return "The corpus states this rank only within a scope: \"" + scoped.quote + "\" (" +
         scoped.source + ", " + value_words(scoped) + "). Unsupported without it.";
}

}  // namespace claimtrace
