// Change bases (extract/change_bases.h).
#include "extract/change_bases.h"

#include "extract/date_scope.h"

namespace claimtrace {

namespace {

// A word of the rules' change phrases before token k ("grew", "вырос"): a Latin phrase as a whole
// word, another as the start of one (inflected). Phrases of several words are not tried.
bool change_word_before(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  for (size_t j = 0; j < k; ++j) {
    for (const std::string& p : s.rules.change_phrases) {
      if (p.find(' ') != std::string::npos || p.empty()) continue;
      const bool latin = static_cast<unsigned char>(p[0]) < 0x80;
      if (latin ? t[j].lower == p : t[j].lower.starts_with(p)) return true;
    }
  }
  return false;
}

}  // namespace

// "Rose to $30 billion in 2024 from $26 billion", "grew from 2.1 to 2.6 million in 2023": the
// figure after a change's base word is the level the change started from when another figure
// of its kind after a level link ("to", "до") took the same date, and a date the new level also
// took is not its own. Base first ("from X to Y") is also how a range is told, so it needs a
// change word before it. After a year it is the year before (the usual reading of a yearly
// change); after any other period which one is unknown, so it is left unresolved and never
// compared. A base with a date of its own right after it keeps it.
void date_change_bases(SentenceContext& s, const std::vector<int>& chosen) {
  const std::vector<Token>& t = s.tokens();
  constexpr size_t kOwnDate = 2;  // "from $15.5 billion in 2022": the base's own year
  for (size_t i = 0; i < chosen.size(); ++i) {
    Claim& base = s.out.claims[s.first_claim + i];
    const ClaimTokens& at = s.claim_tokens[i];
    if (chosen[i] < 0 || !is_figure_kind(base.kind) || base.kind == ClaimKind::kRank ||
        at.first == 0 || !s.rules.time.change_base_words.count(t[at.first - 1].lower)) {
      continue;
    }
    const DateMatch& m = s.dates[chosen[i]];
    if (m.first >= at.last && m.first - at.last <= kOwnDate) continue;
    bool shared = false;
    int changed = -1;  // whether a change word stands before the base: read once, when asked
    auto change_told = [&] {
      if (changed < 0) changed = change_word_before(s, at.first) ? 1 : 0;
      return changed == 1;
    };
    for (size_t j = 0; j < chosen.size() && !shared; ++j) {
      const Claim& level = s.out.claims[s.first_claim + j];
      const size_t to = s.claim_tokens[j].first;
      shared = j != i && chosen[j] == chosen[i] && level.kind == base.kind &&
               level.unit == base.unit && to > 0 &&
               s.rules.level_links.count(std::string(t[to - 1].lower)) &&
               (to < at.first || change_told());
    }
    if (!shared) continue;
    const Period& p = m.period;
    if (!p.unresolved && p.begin_year != 0 && p.begin_year == p.end_year && p.begin_month == 0 &&
        p.end_month == 0) {
      base.period.begin_year = base.period.end_year = p.begin_year - 1;
    } else {
      base.period = Period{};
      base.period.unresolved = true;
      base.period_basis = PeriodBasis::kUnresolved;
    }
  }
}

}  // namespace claimtrace
