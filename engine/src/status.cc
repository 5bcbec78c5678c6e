// Formatting of statuses and diagnostics the way a compiler prints them.
#include "claimtrace/status.h"

namespace claimtrace {

std::string Location::to_string() const {
  std::string s = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    s.append(":").append(std::to_string(line)).append(":").append(std::to_string(column));
  } else if (offset >= 0) {
    s.append(": byte ").append(std::to_string(offset));
  }
  return s;
}

std::string Status::to_string() const {
  if (is_ok()) return "ok";
  if (where_.file.empty() && where_.line == 0 && where_.offset < 0) return message_;
  return where_.to_string() + ": " + message_;
}

std::string Diagnostic::to_string() const {
  const char* level = severity == DiagnosticLevel::kError     ? "error"
                      : severity == DiagnosticLevel::kWarning ? "warning"
                                                       : "note";
  return where.to_string() + ": " + level + ": " + message;
}

}  // namespace claimtrace
