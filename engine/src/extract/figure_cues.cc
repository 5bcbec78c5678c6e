// Figure cues: a figure's clause and section read for its key (extract/figure_cues.h).
#include "extract/figure_cues.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clauses.h"
#include "extract/date_scope.h"

namespace claimtrace {

namespace {

// A heading is a few words; a longer line with no full stop is text whose stop is missing.
constexpr size_t kHeadingTokens = 12;

}  // namespace

bool against_baseline(const SentenceContext& s, const ClaimTokens& at) {
  auto in_clause = [&](size_t k) {
    return k >= at.last && k - at.last <= s.policy.rank && !clause_breaks(s, at.last, k, false);
  };
  for (const DateMatch& m : s.dates) {
    if (m.baseline && in_clause(m.first)) return true;
  }
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kBaseline || !in_clause(h.first)) continue;
    if (h.use.row == 0) return true;
    for (const DateMatch& m : s.dates) {
      if (m.first == h.last) return true;
    }
  }
  return false;
}

bool whole_trade(const SentenceContext& s, const Claim& c, const ClaimTokens& at) {
  if (c.kind != ClaimKind::kAmount) return false;
  const size_t trigger = s.clause_attribute(c.kind, at.first, at.last).second;
  if (trigger == SIZE_MAX) return false;
  const std::vector<Token>& t = s.tokens();
  for (size_t j = trigger; j > 0 && j + 2 > trigger; --j) {
    if (s.rules.relation.of(t[j - 1].lower) & RelationWords::kWhole) return true;
  }
  return false;
}

std::optional<Subject> heading_pair(const SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  if (t.empty() || t.size() > kHeadingTokens) return std::nullopt;
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    if (is_figure_kind(s.out.claims[c].kind)) return std::nullopt;
  }
  const std::string_view end = t.back().text;
  if (t.back().kind == TokenKind::kPunct && (end == "." || end == "!" || end == "?"))
    return std::nullopt;
  std::vector<const MentionAt*> states;
  for (const MentionAt& m : s.mentions) {
    if (s.out.mentions[m.index].type == EntityType::kCountry) states.push_back(&m);
  }
  // A heading naming no pair ends the section only when it stands apart, a blank line over and
  // under it: a caption, a table's header row or a row's last cell heads or ends a table only.
  const std::vector<TextRange>& sentences = s.doc.text.sentences();
  // Sentences are in order: found by halving, as a table's every cell is a sentence.
  const auto next =
      std::partition_point(sentences.begin(), sentences.end(),
                           [&](const TextRange& r) { return r.begin < s.sentence.end; });
  const int line = s.doc.text.position(s.sentence).line;
  const bool below = next == sentences.end() || s.doc.text.position(*next).line > line + 1;
  const auto here =
      std::partition_point(sentences.begin(), sentences.end(),
                           [&](const TextRange& r) { return r.end <= s.sentence.begin; });
  const bool above =
      here == sentences.begin() ||
      s.doc.text.position(TextRange{std::prev(here)->end - 1, std::prev(here)->end}).line + 1 <
          line;
  const std::optional<Subject> no_pair =
      above && below ? std::optional<Subject>(Subject()) : std::nullopt;
  if (states.size() != 2 || states[0]->last + 1 != states[1]->first) return no_pair;
  if (!(s.rules.relation.of(t[states[0]->last].lower) &
        (RelationWords::kDash | RelationWords::kJoiner)))
    return no_pair;
  const std::string& a = s.out.mentions[states[0]->index].entity;
  const std::string& b = s.out.mentions[states[1]->index].entity;
  return a == b ? no_pair : Subject({a, b});
}

}  // namespace claimtrace
