// What the end-to-end tests share: running the real claimtrace binary in a directory, and
// reading and comparing the files it writes.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "test_paths.h"

namespace cli {

inline const std::string kBinary = test_paths::binary();
inline const std::string kSource = test_paths::source();
inline const std::string kExpected = test_paths::data() + "/expected/";

struct Outcome {
  int exit_code = -1;
  std::string out, err;
};

inline std::string read_all(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

inline void write_all(const std::string& path, const std::string& data) {
  std::ofstream f(path, std::ios::binary);
  f << data;
}

// Runs `claimtrace ARGS` (a shell command-line tail: redirections allowed) in directory `cwd`,
// capturing stdout and stderr separately.
// `prefix` is shell run before the binary in its subshell (limits, traps); output is kept
// outside cwd.
inline Outcome run_claimtrace(const std::string& args, const std::string& cwd,
                              const std::string& prefix = "") {
  static int n = 0;
  const std::string base =
      "/tmp/claimtrace-cli-" + std::to_string(getpid()) + "-" + std::to_string(n++);
  const std::string cmd = "cd '" + cwd + "' && (" + prefix + " exec '" + kBinary + "' " + args +
                          ") >" + base + ".out 2>" + base + ".err";
  const int status = std::system(cmd.c_str());
  Outcome r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_all(base + ".out");
  r.err = read_all(base + ".err");
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return r;
}

// Compares with an expected file; CLAIMTRACE_UPDATE_EXPECTED=1 rewrites it instead.
inline void expect_file(const std::string& name, const std::string& actual) {
  if (std::getenv("CLAIMTRACE_UPDATE_EXPECTED")) {
    write_all(kExpected + name, actual);
    return;
  }
  EXPECT_EQ(actual, read_all(kExpected + name)) << "differs from tests/data/expected/" << name;
}

}  // namespace cli
