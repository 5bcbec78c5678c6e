// What the counted noun's parser fallback did in this process, for `--stats`: it is measured
// (time), so it is printed to a person and never written into a report or a claims file.
#pragma once

#include <cstdint>
#include <string>

namespace claimtrace {

struct ParserStats {
  bool built = false;          // the build has link-grammar (CLAIMTRACE_PARSER)
  bool available = false;      // and its English dictionary did not fail to load
  uint64_t sentences = 0;      // sentences given to the parser
  uint64_t heads = 0;          // counted nouns it found that the chunker did not
  double parse_seconds = 0;    // spent parsing, summed over threads
  double extract_seconds = 0;  // spent extracting documents, summed over threads

  // One line for --stats: "parser: not built", or the sentences, heads and share of time.
  std::string line() const;
};

// Totals since the process started; safe to call from any thread.
ParserStats parser_stats();

}  // namespace claimtrace
