// Where the tests find their data, the checkout and the built CLI. Only test_paths.cc is compiled
// with these paths, so every other test file compiles the same in any checkout and a compiler
// cache shares it across worktrees.
#pragma once

#include <string>

namespace test_paths {

std::string data();    // tests/data of this checkout
std::string source();  // the checkout's root
std::string binary();  // the claimtrace binary of this build (cli_test only)

}  // namespace test_paths
