// XmlWriter: XML written as it is produced, indented as the reports have always been laid out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/env.h"

namespace claimtrace {

// Elements hold attributes and either child elements or one run of text, never both. Text is
// escaped, and what XML 1.0 cannot hold at all (control characters, invalid UTF-8, U+FFFE,
// U+FFFF) becomes U+FFFD, so any corpus gives a well-formed file. Output is handed on in
// chunks; finish() hands on the rest.
class XmlWriter {
 public:
  explicit XmlWriter(Output& out);  // writes the XML declaration
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void open(const char* name);  // a child of the element open now, or the root
  void attr(const char* name, std::string_view value);
  void attr(const char* name, uint64_t value);
  void body(std::string_view text);  // the open element's content: text only
  void close();
  // An element holding only text: <name>text</name>.
  void text_element(const char* name, std::string_view text);
  void finish();

 private:
  struct Open {
    const char* name;
    enum Content { kNone, kElements, kText } content;
  };
  void end_start_tag();  // the element open now gets element children
  void indent(size_t depth);
  void spill();

  Output& out_;
  std::string buf_;
  std::vector<Open> open_;
  bool in_start_tag_ = false;
};

}  // namespace claimtrace
