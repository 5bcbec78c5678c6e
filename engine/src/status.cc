// Formatting of statuses and diagnostics the way a compiler prints them.
#include "claimtrace/status.h"

namespace claimtrace {

Location Location::in(const std::string& file, std::string_view text, int64_t offset) {
  Location where{.file = file, .offset = offset};
  if (offset < 0) return where;
  where.line = 1;
  where.column = 1;
  for (int64_t i = 0; i < offset && i < static_cast<int64_t>(text.size()); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

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

const char* to_string(DiagnosticLevel level) {
  return level == DiagnosticLevel::kError     ? "error"
         : level == DiagnosticLevel::kWarning ? "warning"
                                              : "note";
}

std::string Diagnostic::to_string() const {
  return where.to_string() + ": " + claimtrace::to_string(severity) + ": " + message;
}

}  // namespace claimtrace
