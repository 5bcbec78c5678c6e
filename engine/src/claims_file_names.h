// Names the claims file gives the enums it carries that have no to_string of their own; the
// writer and the reader share them so a file always reads back.
#pragma once

#include <array>
#include <cstddef>

#include "claimtrace/status.h"

namespace claimtrace::claims_file_names {

inline constexpr std::array<const char*, 6> kStatusCodes = {
    "ok", "not_found", "io_error", "invalid_argument", "parse_error", "unsupported"};
inline constexpr std::array<const char*, 3> kLevels = {"info", "warning", "error"};

inline const char* to_name(StatusCode c) { return kStatusCodes[static_cast<size_t>(c)]; }
inline const char* to_name(DiagnosticLevel l) { return kLevels[static_cast<size_t>(l)]; }

}  // namespace claimtrace::claims_file_names
