// The counted noun by link-grammar, for a count whose head the chunker (counted_noun.cc) does not
// see: the noun the number is linked to as its determiner, through adjectives and coordination.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "claimtrace/env.h"
#include "claimtrace/status.h"

#include "extract/counted_noun.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// The noun phrase counted by the number whose last token is j - 1, when the parser links that
// number to a noun at or after token j with no claim, date or clause boundary between; none when
// the build has no parser, the language has no dictionary, the sentence is over the parser's
// length or the document's parser budget is spent. Deterministic: bounded by sentence length and
// linkage counts, never by a clock.
std::optional<CountedNoun> parsed_counted_noun(const SentenceContext& s, size_t j, double value);

// Called by a run before it starts several threads: takes a copy of the process's C locale for
// them (KeptLocale). The parser's dictionary is loaded only when a sentence first needs it, by
// that thread, and loading sets the process's locale for a moment, which the others must not see.
void prepare_parser();

// For a worker thread's life: its C library calls read the locale prepare_parser() copied, not
// the process's, so a dictionary loading in another thread changes nothing here. Nothing when no
// copy was taken (one thread) or the build has no parser.
class KeptLocale {
 public:
  KeptLocale();
  ~KeptLocale();
  KeptLocale(const KeptLocale&) = delete;
  KeptLocale& operator=(const KeptLocale&) = delete;

 private:
  void* previous_ = nullptr;  // the thread's locale before (a locale_t), put back at the end
};

// The directory of link-grammar's English dictionary the parser reads, by absolute path, so a
// directory named "en" where claimtrace runs is never read instead (link-grammar would look
// there first for a bare language name).
std::string parser_dictionary();

// Whether `dictionary` (a directory) holds link-grammar's English dictionary, checked through
// Env. link-grammar opens the dictionary's files itself, from a path, so this check is all of it
// that goes through Env. Missing, it is kNotFound naming the file: the parser is off and counts
// are read by the chunker alone. Always ok in a build without the parser.
Status find_parser_dictionary(const Env& env, const std::string& dictionary);

// Adds the time of one document's extraction to parser_stats(), for its share.
void note_extraction_time(double seconds);

}  // namespace claimtrace
