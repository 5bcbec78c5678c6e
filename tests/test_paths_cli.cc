// test_paths.cc for cli_test, which also knows the built claimtrace binary.
#include "test_paths.cc"
