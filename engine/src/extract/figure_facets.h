// The words that narrow a figure's attribute from its clause: the facet heading a figure
// ("per head", "доля") and whether a percentage is a share.
#pragma once

#include <string>

#include "extract/sentence_context.h"

namespace claimtrace {

// The facet of a figure: the nearest facet word within the facet window, else, for a
// percentage, one before it in its clause with no other figure between (a share's noun leads
// its clause however long the phrase after it), for any figure one that heads its clause.
std::string facet_of(const SentenceContext& s, ClaimKind kind, const ClaimTokens& at);

// A share ("accounted for a third of X's foreign trade"): a percent or ratio with the share
// facet's word near it, or heading its clause.
bool is_share(const SentenceContext& s, const Claim& c, const ClaimTokens& at);

}  // namespace claimtrace
