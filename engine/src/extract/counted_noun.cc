// The counted noun after a number, found without a list of nouns.
#include "extract/counted_noun.h"

#include "extract/parsed_noun.h"

#include <cmath>
#include <string_view>

namespace claimtrace {

namespace {

bool ends_with(std::string_view w, std::string_view e) {
  return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
}

// Cyrillic letters (U+0400..U+047F) start with these UTF-8 bytes.
bool cyrillic(std::string_view w) {
  return !w.empty() &&
         (static_cast<unsigned char>(w[0]) == 0xd0 || static_cast<unsigned char>(w[0]) == 0xd1);
}

bool latin(std::string_view w) { return !w.empty() && static_cast<unsigned char>(w[0]) < 0x80; }

// Whether a word can head a phrase counted by a number other than one. English: a plural
// ("agreements", not "business" or "year"); Russian and Belarusian: not an adjective's ending
// after a numeral ("китайских компаний"); other scripts: none.
bool head_like(const RuleData& r, std::string_view folded) {
  if (cyrillic(folded)) {
    for (std::string_view e : {"ых", "их", "ые", "ие", "ыя", "ія", "іх"}) {
      if (ends_with(folded, e)) return false;
    }
    return true;
  }
  if (!latin(folded)) return false;  // a script the chunker has no rule for
  if (r.plural_nouns.count(std::string(folded))) return true;
  return ends_with(folded, "s") && !ends_with(folded, "ss") && !ends_with(folded, "us") &&
         !ends_with(folded, "is");
}

}  // namespace

namespace {

std::optional<CountedNoun> chunked(const SentenceContext& s, size_t j, double value) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  // A count is whole and more than one; a number hyphenated to a word is a compound's part
  // ("a 20-year low", "half-staff").
  // Rules without the closed list of function words have no chunker.
  // Whole by trunc, not by a cast to an integer: a figure beyond its range made the cast undefined.
  if (r.function_words.empty() || value < 2 || !std::isfinite(value) ||
      std::trunc(value) != value || j >= t.size() || t[j].joiner) {
    return std::nullopt;
  }
  CountedNoun out;
  std::string pending;  // modifiers read so far
  bool open = false;    // after a comma or coordinator: a word must follow
  for (size_t k = j; k < t.size() && k < j + s.policy.counted_noun; ++k) {
    const Token& w = t[k];
    if (s.used(k) || s.in_date[k] >= 0) return std::nullopt;
    if (k < s.mention_starting.size() && s.mention_starting[k] >= 0) {  // "57 Chinese companies"
      const MentionAt& m = s.mentions[static_cast<size_t>(s.mention_starting[k])];
      if (!pending.empty()) pending += ' ';
      pending += s.lower_label(m.first, m.last);
      k = m.last - 1;
      open = false;
      continue;
    }
    if ((w.kind == TokenKind::kPunct && w.text == ",") || r.noun_coordinators.count(w.lower)) {
      if (open || k == j) return std::nullopt;
      open = true;
      continue;
    }
    if (w.kind != TokenKind::kWord || w.capitalized || r.function_words.count(w.lower) ||
        r.numbers.cardinals.count(w.lower) || claimed_by_a_phrase(s, k)) {
      return std::nullopt;
    }
    open = false;
    if (head_like(r, w.folded)) {
      out.last = k + 1;
      out.head = std::string(w.lower);
      out.modifiers = pending;
      return out;
    }
    if (!pending.empty()) pending += ' ';
    pending += w.folded;
  }
  return std::nullopt;
}

}  // namespace

std::optional<CountedNoun> counted_noun(const SentenceContext& s, size_t j, double value) {
  if (std::optional<CountedNoun> out = chunked(s, j, value)) return out;
  return parsed_counted_noun(s, j, value);  // no head the chunker sees: a parser's link
}

bool claimed_by_a_phrase(const SentenceContext& s, size_t k) {
  for (PhraseTable table : {kCurrency, kUnit, kPercentWord, kRatioWord, kQualifierWord,
                            kModalityTrigger, kReportingVerb, kClauseOpener, kRelativeYear,
                            kAnaphoricYear, kBaseline, kSuperlative, kBreakdownCue}) {
    if (s.longest(k, table)) return true;
  }
  return false;
}

}  // namespace claimtrace
