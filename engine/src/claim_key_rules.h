// key_of() against loaded rule data, and the label wording keys are built from: for verify.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "claimtrace/claim_key.h"
#include "rule_data.h"

namespace claimtrace {

std::optional<ClaimKey> key_of(const Claim& claim, const RuleData& rules, bool goals);

// The words of a label, "and" and commas dropped: "comprehensive strategic partnership".
std::vector<std::string> label_words(const std::string& label);
// The words before a label's head: what grades it ("comprehensive", "strategic").
std::set<std::string> label_modifiers(const std::string& label);
// "small states" and "small state" are one class.
std::string singular(std::string s);

}  // namespace claimtrace
