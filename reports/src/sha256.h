// SHA-256 and base64: the report's Content-Security-Policy names its own script and style by hash.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimtrace {

// FIPS 180-4 SHA-256 of bytes.
std::array<uint8_t, 32> sha256(std::string_view bytes);

// RFC 4648 base64 with padding, as CSP source expressions ('sha256-...') expect.
std::string base64(std::string_view bytes);

// "sha256-<base64 digest>": the CSP source expression that allows exactly this inline content.
std::string csp_hash(std::string_view content);

}  // namespace claimtrace
