// InternedText's table: the process-wide one of Symbol, whose strings never move.
#include "claimtrace/interned_text.h"

#include "claimtrace/symbol.h"

namespace claimtrace {

InternedText::InternedText(std::string_view text)
    : text_(text.empty() ? &none() : &Symbol(text).str()) {}

// Looked up once: every default field points here, so no lock is taken per claim.
const std::string& InternedText::none() {
  static const std::string& empty = Symbol().str();
  return empty;
}

}  // namespace claimtrace
