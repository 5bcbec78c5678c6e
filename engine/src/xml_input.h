// XmlInput: a person's XML file (manifest, desk config) parsed, with every error at its file,
// line and column.
#pragma once

#include <pugixml.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "claimtrace/status.h"

namespace claimtrace {

class XmlInput {
 public:
  // Both strings must outlive the input.
  XmlInput(const std::string& path, const std::string& xml) : path_(path), xml_(xml) {}

  // Parses the text; `what` names the kind of file in the message ("malformed manifest: ...").
  Status parse(const char* what) {
    pugi::xml_parse_result parsed = doc_.load_buffer(xml_.data(), xml_.size());
    if (parsed) return Status::ok();
    return Status::error(StatusCode::kParseError,
                         std::string("malformed ") + what + ": " + parsed.description(),
                         Location::in(path_, xml_, parsed.offset));
  }

  // An error at `node`: offset_debug() points at an element's name, a diagnostic at its '<'.
  Status error_at(const pugi::xml_node& node, const std::string& message) const {
    return Status::error(StatusCode::kParseError, message, where(node));
  }

  // Where `node` stands (its '<'), counted on from the place asked last: nodes asked in file
  // order read the text once, not once a node (a manifest may list 50,000 documents).
  Location where(const pugi::xml_node& node) const {
    ptrdiff_t at = node.offset_debug();
    if (at > 0 && xml_[static_cast<size_t>(at) - 1] == '<') --at;
    if (at < 0) return Location::in(path_, xml_, at);
    const size_t to = std::min(static_cast<size_t>(at), xml_.size());
    if (to < last_.offset) last_ = Cursor{};  // asked out of order: count from the start
    const Location step =
        Location::in(path_, std::string_view(xml_).substr(last_.offset, to - last_.offset),
                     static_cast<int64_t>(to - last_.offset));
    last_.column = step.line == 1 ? last_.column + step.column - 1 : step.column;
    last_.line += step.line - 1;
    last_.offset = to;
    Location out{.file = path_, .offset = at};
    out.line = last_.line;
    out.column = last_.column;
    return out;
  }

  pugi::xml_node root() const { return doc_.document_element(); }

 private:
  struct Cursor {
    size_t offset = 0;
    int line = 1, column = 1;
  };
  const std::string& path_;
  const std::string& xml_;
  pugi::xml_document doc_;
  mutable Cursor last_;  // the place where() counted to last
};

}  // namespace claimtrace
