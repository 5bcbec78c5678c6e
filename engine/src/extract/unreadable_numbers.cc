// A number written with more digits than a double holds is no claim: say so with its place
// instead of dropping it silently.
#include <charconv>
#include <string>

#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// The token's digits as the number reader parses them ('.' for the decimal separator).
std::string plain_digits(std::string_view text, char decimal) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      out.push_back(c);
    } else if (c == decimal && out.find('.') == std::string::npos) {
      out.push_back('.');
    }
  }
  return out;
}

}  // namespace

void UnreadableNumbers::recognize(SentenceContext& s) const {
  for (const Token& t : s.tokens()) {
    // A double holds up to about 1.8e308 and down to 4.9e-324: a shorter token always fits.
    if (t.kind != TokenKind::kNumber || t.text.size() < 309) continue;
    const std::string digits = plain_digits(t.text, s.rules.numbers.decimal_separator);
    double value = 0;
    if (std::from_chars(digits.data(), digits.data() + digits.size(), value).ec !=
        std::errc::result_out_of_range) {
      continue;
    }
    const TextRange range{t.begin, t.end};
    const Span span = s.doc.text.original_span(range);
    const Position at = s.doc.text.position(range);
    s.out.diagnostics.push_back(
        Diagnostic{DiagnosticLevel::kWarning,
                   Location{.file = s.doc.source.path,
                            .offset = static_cast<int64_t>(span.begin),
                            .line = at.line,
                            .column = at.column},
                   "a number of " + std::to_string(t.text.size()) +
                       " characters is beyond what a number can hold: no claim is read from it"});
  }
}

}  // namespace claimtrace
