// Breakdowns: "$5 billion, of which $3.5 billion ...": a count or amount followed by a breakdown
// cue, then at least two numbers of the same kind up to the end of the sentence or the next cue;
// or a sentence opening with a cue ("Among them were ...") after the one that gave the total.
#include <optional>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// The parts after a cue, up to the end of the sentence or the next cue or clause.
void collect_parts(SentenceContext& s, const std::vector<int>& claim_at, const Claim& total,
                   size_t from, PendingBreakdown& b) {
  const std::vector<Token>& t = s.tokens();
  const Text& text = s.doc.text;
  for (size_t k = from; k < t.size(); ++k) {
    // "40 engineers who built 200 prototypes": the list ends where a clause begins.
    if (s.longest(k, kBreakdownCue) || s.longest(k, kBreakdownEnd)) break;
    if (s.longest(k, kBreakdownRest)) b.breakdown.exhaustive = false;
    if (claim_at[k] >= 0) {
      const size_t p = s.first_claim + claim_at[k];
      const Claim& part = s.out.claims[p];
      k = s.claim_tokens[claim_at[k]].last - 1;
      if (part.kind != total.kind ||
          (total.kind == ClaimKind::kAmount && part.unit != total.unit)) {
        continue;
      }
      b.parts.push_back(p);
      b.breakdown.parts.push_back(
          BreakdownPart{"", part.low, part.high, part.span, part.position, part.quote});
      continue;
    }
    // A bare number ("27 on trade") is a part of a count, never of an amount.
    if (s.in_date[k] >= 0 || total.kind != ClaimKind::kCount) continue;
    const std::optional<NumberMatch>& n = s.number_at(k);
    if (!n || n->ordinal || n->vague) continue;
    const TextRange r{t[k].begin, t[n->last - 1].end};
    b.parts.push_back(std::nullopt);
    b.breakdown.parts.push_back(BreakdownPart{"", n->value, n->value, text.original_span(r),
                                              text.position(r), std::string(text.slice(r))});
    k = n->last - 1;
  }
}

bool is_total(const Claim& c) {
  return c.kind == ClaimKind::kCount || c.kind == ClaimKind::kAmount;
}

// A sentence that opens with a cue ("Among them were ...") lists the parts of the last count or
// amount of the sentence right before it: the last in the text, whatever claim (the signing
// event) a later recognizer added after it. Its index in the claims, or nothing.
std::optional<size_t> total_before(const SentenceContext& s) {
  if (s.first_claim == 0) return std::nullopt;
  const TextRange before = s.out.claims[s.first_claim - 1].sentence.range();
  if (before.end > s.sentence.begin) return std::nullopt;
  for (char c : s.doc.text.slice(TextRange{before.end, s.sentence.begin})) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') return std::nullopt;
  }
  std::optional<size_t> last;
  for (size_t i = s.first_claim; i-- > 0;) {
    const Claim& c = s.out.claims[i];
    if (!(c.sentence.range() == before)) break;
    if (is_total(c) && (!last || c.text_begin > s.out.claims[*last].text_begin)) last = i;
  }
  return last;
}

// A cue that is a word ("of which", "Among them"), not a punctuation mark (":").
bool word_cue(const Text& text, const std::vector<Token>& t, const PhraseHit& cue) {
  if (cue.last - cue.first > 1) return true;
  const std::string_view w = text.slice(TextRange{t[cue.first].begin, t[cue.first].end});
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
  return c > 0 && u_isalpha(c);  // a letter of any script, not a dash or a quotation mark
}

constexpr size_t kOpeningCue = 2;  // tokens before a cue that still opens the sentence ("And")

}  // namespace

void Breakdowns::recognize(SentenceContext& s) const {
  // Most sentences have no cue: skip them before building the token-to-claim map.
  if (!s.has_hit(kBreakdownCue)) return;
  const std::vector<Token>& t = s.tokens();
  const Text& text = s.doc.text;
  const size_t claims = s.out.claims.size() - s.first_claim;
  std::vector<int> claim_at(t.size(), -1);  // token -> claim of this sentence covering it
  for (size_t c = 0; c < claims; ++c) {
    for (size_t k = s.claim_tokens[c].first; k < s.claim_tokens[c].last; ++k) {
      claim_at[k] = static_cast<int>(c);
    }
  }
  auto start = [&](size_t total, const PhraseHit& cue) {
    PendingBreakdown b;
    b.total = total;
    b.breakdown.exhaustive = s.rules.breakdowns[cue.use.row].exhaustive;
    b.breakdown.cue = std::string(text.slice(TextRange{t[cue.first].begin, t[cue.last - 1].end}));
    return b;
  };
  for (size_t k = 0; k < t.size() && k <= kOpeningCue; ++k) {
    if (claim_at[k] >= 0 || (s.in_date[k] < 0 && s.number_at(k))) break;
    const PhraseHit* cue = s.longest(k, kBreakdownCue);
    if (!cue) continue;
    // ":" opens no list across sentences; a word does.
    if (!word_cue(text, t, *cue)) break;
    if (const std::optional<size_t> total = total_before(s)) {
      PendingBreakdown b = start(*total, *cue);
      collect_parts(s, claim_at, s.out.claims[*total], cue->last, b);
      if (b.parts.size() >= 2) s.breakdowns.push_back(std::move(b));
    }
    break;
  }
  for (size_t c = 0; c < claims; ++c) {
    const Claim& total = s.out.claims[s.first_claim + c];
    if (!is_total(total)) continue;
    const size_t after = s.claim_tokens[c].last;
    const PhraseHit* cue = nullptr;
    for (size_t k = after; k < t.size() && !cue; ++k) {
      if (k >= after + s.policy.breakdown || claim_at[k] >= 0) break;
      if (s.in_date[k] < 0 && s.number_at(k)) break;
      cue = s.longest(k, kBreakdownCue);
    }
    if (!cue) continue;
    PendingBreakdown b = start(s.first_claim + c, *cue);
    collect_parts(s, claim_at, total, cue->last, b);
    // A word cue ("of which", "из них") right after its total makes even one figure a part: a
    // subset, never a rival value of the total. A ":" may open a comparison, so it needs a list.
    if (b.parts.size() >= (word_cue(text, t, *cue) ? 1u : 2u)) s.breakdowns.push_back(std::move(b));
  }
}

}  // namespace claimtrace
