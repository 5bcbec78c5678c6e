// Glued forms: a number written against its unit or currency ("200lbs", "115USD", "USD115")
// becomes two tokens with no space between, so the quantity reader sees each part.
#pragma once

#include <vector>

#include "rule_data.h"
#include "token.h"

namespace claimtrace {

// Splits every word that is a number glued to a unit, currency, percent or ratio word of the
// rules (after it), or to a currency code (before it). Other mixed words ("5G", "1990s", "M1",
// "3rd") stay whole. The split parts keep the text's offsets.
void split_glued(std::vector<Token>& tokens, const RuleData& rules);

}  // namespace claimtrace
