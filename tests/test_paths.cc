// The checkout's paths, given to this file alone by tests/CMakeLists.txt.
#include "test_paths.h"

namespace test_paths {

std::string data() { return CLAIMTRACE_TEST_DATA; }
std::string source() { return CLAIMTRACE_SOURCE_DIR; }
std::string binary() {
#ifdef CLAIMTRACE_BINARY
  return CLAIMTRACE_BINARY;
#else
  return {};
#endif
}

}  // namespace test_paths
