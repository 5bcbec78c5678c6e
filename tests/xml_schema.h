// Schema validation for tests: runs xmllint (libxml2-utils) on a file against reports/*.xsd.
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

namespace claimtrace {

struct SchemaCheck {
  bool valid = false;
  std::string messages;  // xmllint's output: the first invalid element and why
};

// Validates the XML file at path against reports/<schema> (e.g. "report.xsd").
inline SchemaCheck validate_xml_file(const std::string& path,
                                     const std::string& schema = "report.xsd") {
  static int n = 0;
  const std::string log =
      "/tmp/claimtrace-xmllint-" + std::to_string(getpid()) + "-" + std::to_string(n++) + ".log";
  const std::string xsd = test_paths::source() + "/reports/" + schema;
  const std::string cmd =
      "xmllint --noout --nonet --schema '" + xsd + "' '" + path + "' >'" + log + "' 2>&1";
  const int status = std::system(cmd.c_str());
  std::ifstream f(log);
  std::stringstream text;
  text << f.rdbuf();
  std::remove(log.c_str());
  SchemaCheck r;
  r.valid = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  r.messages = text.str();
  // 127: the shell found no xmllint; say so instead of reporting the file invalid.
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    r.messages = "xmllint not found: install libxml2-utils\n" + r.messages;
  }
  return r;
}

// Writes xml to a temporary file and validates that.
inline SchemaCheck validate_xml(const std::string& xml, const std::string& schema = "report.xsd") {
  char tmpl[] = "/tmp/claimtrace-schema-XXXXXX";
  const int fd = mkstemp(tmpl);
  EXPECT_GE(fd, 0);
  if (fd >= 0) close(fd);
  {
    std::ofstream out(tmpl, std::ios::binary);
    out << xml;
  }
  SchemaCheck r = validate_xml_file(tmpl, schema);
  std::remove(tmpl);
  return r;
}

}  // namespace claimtrace
