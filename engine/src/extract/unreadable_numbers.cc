// A number written with more digits than a double holds, or scaled past it, is no claim: say so
// with its place instead of dropping it silently or claiming an infinite value.
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

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

// Whether the token's digits are more than a double holds (about 1.8e308; a token of fewer than
// 309 characters always fits).
bool beyond(std::string_view text, char decimal) {
  if (text.size() < 309) return false;
  const std::string digits = plain_digits(text, decimal);
  double value = 0;
  return std::from_chars(digits.data(), digits.data() + digits.size(), value).ec ==
         std::errc::result_out_of_range;
}

}  // namespace

void UnreadableNumbers::recognize(SentenceContext& s) const {
  const std::vector<Token>& ts = s.tokens();
  for (size_t k = 0; k < ts.size(); ++k) {
    const Token& t = ts[k];
    if (t.kind != TokenKind::kNumber) continue;
    // A double holds up to about 1.8e308 and down to 4.9e-324: a shorter token always fits, but
    // not always once a scale multiplies it ("1.8e308 trillion").
    TextRange range{t.begin, t.end};
    if (!beyond(t.text, s.rules.numbers.decimal_separator)) {
      const std::optional<NumberMatch>& n = s.number_at(k);
      if (!n || std::isfinite(n->value)) continue;
      range.end = ts[n->last - 1].end;
      k = n->last - 1;
    }
    const size_t length = range.end - range.begin;
    const Span span = s.doc.text.original_span(range);
    const Position at = s.doc.text.position(range);
    s.out.diagnostics.push_back(
        Diagnostic{DiagnosticLevel::kWarning,
                   Location{.file = s.doc.source.path,
                            .offset = static_cast<int64_t>(span.begin),
                            .line = at.line,
                            .column = at.column},
                   "a number of " + std::to_string(length) +
                       " characters is beyond what a number can hold: no claim is read from it"});
  }
}

}  // namespace claimtrace
