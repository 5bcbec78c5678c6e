// SentenceContext: everything the recognizers of one sentence share, in the open: its tokens and
// phrase hits, dates, mentions, numbers, which tokens claims took, and the claims added so far.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "claimtrace/subject.h"
#include "dates.h"
#include "extract/discourse.h"
#include "numbers.h"
#include "rule_data.h"
#include "token.h"

namespace claimtrace {

// What extraction knows of the document before reading a sentence: the document, the rules,
// what the document profile found, the dates read so far and where claims go.
struct DocumentInputs {
  const Document& document;
  const RuleData& rules;
  const Subject& default_subject;  // the pair of states the document is mostly about
  const WordSet& proper_words;     // words the document capitalizes inside sentences
  const WordSet& lone_names;       // of those, the ones standing alone (DocumentProfile)
  DateContext& dates;              // carries the last year named, for "that year"
  Extraction& out;
  Discourse* discourse = nullptr;  // the pair the paragraph named last; none: the sentence alone
  std::string home = "";           // the state the document reports from, or "" (DocumentProfile)
};

// A known name found in the sentence: its tokens and its index in Extraction::mentions.
struct MentionAt {
  size_t first = 0, last = 0, index = 0;
};

// A status right after an establishing word ("the establishment of a ... partnership"): what
// the event dated nearest to it began.
struct StatusBegun {
  size_t first = 0, last = 0;
  std::string text;
};

// A breakdown found before binding: claim indexes until binding gives the claims their ids.
struct PendingBreakdown {
  size_t total = 0;
  std::vector<std::optional<size_t>> parts;  // a claim, or a bare number
  Breakdown breakdown;
};

// The tokens [first, last) a claim of this sentence took.
struct ClaimTokens {
  size_t first = 0, last = 0;
};

class SentenceContext {
 public:
  explicit SentenceContext(DocumentInputs inputs);

  // Starts a sentence: tokenizes it, matches every phrase table once and finds its dates. The
  // buffers are reused from sentence to sentence.
  void start(TextRange sentence);
  // The same with the sentence's tokens as the document was tokenized (before split_glued).
  void start(TextRange sentence, std::span<const Token> tokens);

  // --- document-level inputs ------------------------------------------------------------
  const Document& doc;
  const RuleData& rules;
  const ExtractionPolicy& policy;
  const Subject& default_subject;
  const std::string home;  // the state the document reports from, or ""
  const WordSet& proper_words;
  const WordSet& lone_names;
  DateContext& date_context;
  Extraction& out;
  Discourse* discourse;  // never null: the document's, or the context's own

  // --- the sentence -----------------------------------------------------------------------
  TextRange sentence;
  bool in_window = false;  // `sentence` is a window of a longer one, read in parts
  // Nothing any recognizer starts on is in the sentence (no digit, number or date word, name,
  // capitalized word past the first, or phrase that begins a claim): recognizers are not run,
  // binding still is, so what one sentence carries to the next stays as it was. A recognizer
  // that starts on anything else must be named in quiet_tokens() or quiet_hits().
  bool quiet = false;
  std::vector<PhraseHit> hits;                // every phrase of every table, by start token
  std::vector<std::vector<size_t>> starting;  // hits by first token
  std::vector<std::vector<size_t>> ending;    // hits by one-past-last token
  std::vector<DateMatch> dates;
  std::vector<int> in_date;       // token -> index into dates of the date covering it, or -1
  std::vector<bool> period_used;  // date -> a claim took it as its period
  std::vector<MentionAt> mentions;
  std::vector<int> mention_starting;  // token -> index into mentions of one starting there
  std::vector<std::pair<size_t, std::string>> inner_countries;  // token, state inside a name
  std::vector<StatusBegun> statuses_begun;
  std::vector<std::pair<size_t, size_t>> scope_tokens;  // "after Russia": not the subject
  std::vector<PendingBreakdown> breakdowns;
  size_t first_claim = 0;                 // this sentence's claims are out.claims[first_claim...]
  std::vector<ClaimTokens> claim_tokens;  // of this sentence's claims, in order
  // The counted noun's parser (extract/parsed_noun.cc): sentences of this document it read, and
  // where the last one began, so its per-document budget counts each sentence once.
  mutable unsigned parsed_sentences = 0;
  mutable uint64_t parsed_sentence = UINT64_MAX;
  // This document's claim ids so far: a claim whose content hash an earlier one gave takes the
  // id with "-2", "-3"... (binding.cc), so its breakdowns name the claim they mean.
  std::unordered_set<std::string> claim_ids;
  // Office holders the claims of earlier sentences name, as "office key\nholder", and how many
  // claims that index has read (people.cc): a document naming many holders is read once.
  std::unordered_set<std::string> offices_named;
  size_t offices_read = 0;
  // The same for tenures (tenures.cc): each holder the office claims of earlier sentences name,
  // and the last such claim's index.
  std::unordered_map<std::string, size_t> holders_offices;
  size_t holders_read = 0;
  // And each title's office they name ("president" -> the last "president of TM" claim), or
  // SIZE_MAX once they name two offices of that title.
  std::unordered_map<std::string, size_t> title_offices;
  size_t titles_read = 0;

  const std::vector<Token>& tokens() const { return ts_.tokens; }

  // --- lookups ------------------------------------------------------------------------------

  // Longest hit of `table` starting at token i.
  const PhraseHit* longest(size_t i, PhraseTable table) const {
    if (i >= starting.size()) return nullptr;
    const PhraseHit* best = nullptr;
    for (size_t h : starting[i]) {
      if (hits[h].use.table == table && (!best || hits[h].last > best->last)) best = &hits[h];
    }
    return best;
  }

  // Whether the name ending before token `end` carries a possessive, glued ("Serbia's") or as
  // the token after it ("Belarus '"): it owns the noun that follows.
  bool possessive_before(size_t end) const {
    const std::vector<Token>& t = tokens();
    return end > 0 && end <= t.size() &&
           (rules.possessive(t[end - 1].text) ||
            (end < t.size() && rules.possessive_ending(t[end].text)));
  }

  // The mention ending exactly at token `end` (exclusive) that starts at most `span` tokens
  // before it, or null: names are a few words long, so this looks no further.
  const MentionAt* mention_ending(size_t end, size_t span = 5) const {
    for (size_t first = end; first > 0 && first + span > end; --first) {
      if (first - 1 >= mention_starting.size() || mention_starting[first - 1] < 0) continue;
      const MentionAt& m = mentions[static_cast<size_t>(mention_starting[first - 1])];
      if (m.last == end) return &m;
    }
    return nullptr;
  }

  // Longest hit of `table` ending exactly at token `end` (exclusive).
  const PhraseHit* ending_at(size_t end, PhraseTable table) const {
    if (end >= ending.size()) return nullptr;
    const PhraseHit* best = nullptr;
    for (size_t h : ending[end]) {
      if (hits[h].use.table == table && (!best || hits[h].first < best->first)) best = &hits[h];
    }
    return best;
  }

  bool has_hit(PhraseTable table) const;

  // The number starting at token i, read once per sentence whichever recognizer asks (the
  // tokens do not change once read, so the memo is not the sentence's state).
  const std::optional<NumberMatch>& number_at(size_t i) const {
    if (!number_done_[i]) {
      number_at_[i] = match_number(ts_.tokens, i, rules.numbers);
      number_done_[i] = true;
    }
    return number_at_[i];
  }

  size_t skip_joiner(size_t j) const {
    return j < ts_.tokens.size() && ts_.tokens[j].joiner ? j + 1 : j;
  }

  // The counted noun after a number, within the count-noun window; the last one wins.
  const PhraseHit* count_noun(size_t j) const;

  // The attribute whose trigger stands nearest tokens [f, l) within the attribute window, and
  // where that trigger starts (SIZE_MAX when none).
  std::pair<std::string, size_t> nearest_attribute(ClaimKind kind, size_t f, size_t l) const;
  // As nearest_attribute, but a trigger in the figure's own clause wins over a nearer one in
  // another ("exports were $3 billion, while imports ..."); another clause's counts only when
  // the figure's own has none.
  std::pair<std::string, size_t> clause_attribute(ClaimKind kind, size_t f, size_t l) const;
  // The facet whose word stands nearest tokens [f, l) within the facet window, or "".
  std::string nearest_facet(ClaimKind kind, size_t f, size_t l) const;

  // Tokens [first, last) lower-cased, with the spaces of the text.
  std::string lower_label(size_t first, size_t last) const;
  // Tokens [first, last) as a name: its text, original span and position.
  Mention mention_at(size_t first, size_t last) const;
  // Whether the sentence is short enough to be quoted whole.
  bool ordinary() const {
    return !in_window && sentence.end - sentence.begin <= policy.long_sentence;
  }

  // --- used tokens ------------------------------------------------------------------------

  // Whether no claim took any of tokens [first, last).
  bool free(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k) {
      if (used_[k]) return false;
    }
    return true;
  }
  bool used(size_t k) const { return used_[k]; }
  void mark(size_t first, size_t last) {
    for (size_t k = first; k < last && k < used_.size(); ++k) used_[k] = true;
  }

  // --- claims -------------------------------------------------------------------------------

  // A claim over tokens [first, last), which it takes.
  Claim& add(ClaimKind kind, size_t first, size_t last);
  // A label claim: text is the label as written, lower-cased, unless given.
  Claim& add_label(size_t first, size_t last, const std::string& attribute, std::string text = "");
  // The interval a value allows under its qualifier.
  void set_interval(Claim& c, Qualifier q) const;

 private:
  // The claim's sentence; for a long sentence (text without stops), a window around the claim
  // marked with "...", so output stays linear in the input.
  // The sentence a claim at [begin, end) is quoted in; every claim of an ordinary sentence shares
  // one copy of it.
  QuotedSentence quoted_sentence(uint64_t begin, uint64_t end);
  QuotedSentence whole_sentence_;  // this sentence's shared quote, once a claim asked for it

  // Everything start() does once the sentence's tokens are in ts_.
  void read(TextRange s);
  // Whether no token could start a date, number, name or claim (the hits aside).
  bool quiet_tokens(bool may_date) const;
  // Whether no phrase hit starts a claim or a name by itself.
  bool quiet_hits() const;

  TokenizedSentence ts_;
  Discourse own_discourse_;  // when the document keeps none
  std::vector<bool> used_;
  mutable std::vector<std::optional<NumberMatch>> number_at_;
  mutable std::vector<bool> number_done_;
  // Hit lists a shorter sentence did not need, kept with their memory for a longer one.
  std::vector<std::vector<size_t>> spare_lists_;
  void fit(std::vector<std::vector<size_t>>& lists, size_t n);
};

}  // namespace claimtrace
