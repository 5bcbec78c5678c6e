// Status and Result<T>: a user's mistake (bad file, bad rule) is a value, never an exception.
#pragma once

#include <cassert>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace claimtrace {

enum class StatusCode {
  kOk,
  kNotFound,
  kIoError,
  kInvalidArgument,  // a bad option value or request
  kParseError,       // malformed document or rule file
  kUnsupported,      // binary, empty, too large: not something claimtrace reads
};

// Where a problem is: file plus, when known, byte offset and 1-based line and column.
struct Location {
  std::string file;
  int64_t offset = -1;  // byte offset into the original file, -1 when unknown
  int line = 0;         // 0 when unknown
  int column = 0;

  bool operator==(const Location&) const = default;
  // "file", "file:line:column" or "file: byte N", as a compiler would print it.
  std::string to_string() const;
  // The line and column of a byte offset into a file's text (columns count characters).
  static Location in(const std::string& file, std::string_view text, int64_t offset);
};

class Status {
 public:
  Status() = default;
  static Status ok() { return Status(); }
  static Status error(StatusCode code, std::string message, Location where = {}) {
    assert(code != StatusCode::kOk);
    Status s;
    s.code_ = code;
    s.message_ = std::move(message);
    s.where_ = std::move(where);
    return s;
  }

  bool is_ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }
  Location& where() { return where_; }
  // "file:line:column: message"
  std::string to_string() const;

  bool operator==(const Status&) const = default;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  Location where_;
};

// Either a value or the Status saying why there is none.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit on purpose
  Result(Status error) : v_(std::move(error)) { assert(!std::get<Status>(v_).is_ok()); }  // NOLINT

  bool is_ok() const { return v_.index() == 0; }
  const T& value() const& {
    assert(is_ok());
    return std::get<T>(v_);
  }
  T& value() & {
    assert(is_ok());
    return std::get<T>(v_);
  }
  T&& value() && {
    assert(is_ok());
    return std::get<T>(std::move(v_));
  }
  const Status& status() const {
    static const Status kOkStatus;
    return is_ok() ? kOkStatus : std::get<Status>(v_);
  }

 private:
  std::variant<T, Status> v_;
};

enum class DiagnosticLevel { kInfo, kWarning, kError };
const char* to_string(DiagnosticLevel level);  // "note", "warning", "error"

// A message about one input that did not stop the run: invalid bytes, dropped markup.
struct Diagnostic {
  DiagnosticLevel severity = DiagnosticLevel::kWarning;
  Location where;
  std::string message;

  bool operator==(const Diagnostic&) const = default;
  std::string to_string() const;  // "file:line:column: warning: message"
};

}  // namespace claimtrace
