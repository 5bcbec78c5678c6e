// XmlInput: a person's XML file (manifest, desk config) parsed, with every error at its file,
// line and column.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <string>

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
    ptrdiff_t at = node.offset_debug();
    if (at > 0 && xml_[static_cast<size_t>(at) - 1] == '<') --at;
    return Status::error(StatusCode::kParseError, message, Location::in(path_, xml_, at));
  }

  pugi::xml_node root() const { return doc_.document_element(); }

 private:
  const std::string& path_;
  const std::string& xml_;
  pugi::xml_document doc_;
};

}  // namespace claimtrace
