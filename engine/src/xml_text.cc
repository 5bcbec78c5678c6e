// XML reader: the text content and root metadata of a document, parsed by pugixml, traced to bytes.
#include <pugixml.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "markup.h"

namespace claimtrace {
namespace {

// Elements that sit inside running text (HTML-like, TEI, DocBook); they must not split sentences.
constexpr std::string_view kInlineElements[] = {
    "em",   "strong", "b",       "i",     "u",        "span",      "a",       "hi",   "emph",
    "sup",  "sub",    "foreign", "name",  "persName", "placeName", "orgName", "date", "num",
    "term", "ref",    "q",       "quote", "abbr",     "code",      "small",
};

// Children of the root that hold document metadata, the <title> among it.
constexpr std::string_view kHeaderElements[] = {"head",     "header",    "meta",
                                                "metadata", "teiHeader", "info"};

// "tei:hi" and "hi" are the same element for our purposes.
std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name(node.name());
  const size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

template <size_t N>
bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

bool is_text(const pugi::xml_node& node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

// Next node in document order within `scope`'s subtree, skipping the children of `node` when
// `descend` is false; a null node at the end. Iterative, as documents may nest deeply.
pugi::xml_node next_in(const pugi::xml_node& scope, const pugi::xml_node& node, bool descend) {
  if (descend && node.first_child()) return node.first_child();
  for (pugi::xml_node at = node; at && at != scope; at = at.parent()) {
    if (at.next_sibling()) return at.next_sibling();
  }
  return pugi::xml_node();
}

// All text under `element`, in document order.
std::string text_of(const pugi::xml_node& element) {
  std::string text;
  for (pugi::xml_node at = element.first_child(); at; at = next_in(element, at, true)) {
    if (is_text(at)) text += at.value();
  }
  return text;
}

// The first <title> element under `scope`, or a null node.
pugi::xml_node find_title(const pugi::xml_node& scope) {
  for (pugi::xml_node at = scope.first_child(); at; at = next_in(scope, at, true)) {
    if (at.type() == pugi::node_element && local_name(at) == "title") return at;
  }
  return pugi::xml_node();
}

void read_metadata(const pugi::xml_node& root, MarkupMetadata& metadata) {
  const auto from_attribute = [&](SourceField& field, const char* name, const char* from) {
    const pugi::xml_attribute a = root.attribute(name);
    if (a) set_metadata_field(field, a.value(), from);
  };
  from_attribute(metadata.published, "published", "xml @published");
  from_attribute(metadata.published, "date", "xml @date");
  from_attribute(metadata.language, "lang", "xml @lang");
  from_attribute(metadata.language, "xml:lang", "xml @xml:lang");
  from_attribute(metadata.publisher, "source", "xml @source");
  from_attribute(metadata.publisher, "publisher", "xml @publisher");
  from_attribute(metadata.title, "title", "xml @title");
  from_attribute(metadata.author, "author", "xml @author");
  if (metadata.title.known()) return;
  for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && local_name(child) == "title") {
      set_metadata_field(metadata.title, text_of(child), "xml <title>");
      if (metadata.title.known()) return;
    }
  }
  for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element || !is_one_of(local_name(child), kHeaderElements)) {
      continue;
    }
    const pugi::xml_node title = find_title(child);
    if (title) set_metadata_field(metadata.title, text_of(title), "xml <title>");
    if (metadata.title.known()) return;
  }
}

// Emits one text node: its raw slice runs from where pugixml says its value starts (just after
// "<![CDATA[" for CDATA) to the next '<' or "]]>".
void emit_text(const pugi::xml_node& node, std::string_view decoded, TextSink& sink) {
  const std::string_view value(node.value());
  if (value.empty()) return;
  const std::ptrdiff_t offset = node.offset_debug();
  if (offset < 0 || static_cast<size_t>(offset) > decoded.size()) {
    // Not expected for a parsed buffer; pin the text to its element rather than drop it.
    const std::ptrdiff_t parent = node.parent().offset_debug();
    const uint64_t at = parent < 0 ? 0 : std::min<uint64_t>(parent, decoded.size());
    emit_aligned({}, value, at, sink);
    return;
  }
  const size_t begin = static_cast<size_t>(offset);
  size_t end =
      node.type() == pugi::node_cdata ? decoded.find("]]>", begin) : decoded.find('<', begin);
  if (end == std::string_view::npos) end = decoded.size();
  emit_aligned(decoded.substr(begin, end - begin), value, begin, sink);
}

}  // namespace

Status read_xml(std::string_view decoded, TextSink& sink, MarkupMetadata& metadata) {
  pugi::xml_document document;
  const pugi::xml_parse_result result =
      document.load_buffer(decoded.data(), decoded.size(),
                           pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) {
    Location where;  // the caller fills in the file, line and column
    // pugixml may point one past the end when the input stops short.
    where.offset = std::clamp<int64_t>(result.offset, 0, static_cast<int64_t>(decoded.size()));
    return Status::error(StatusCode::kParseError,
                         std::string("malformed XML: ") + result.description(), where);
  }
  const pugi::xml_node root = document.document_element();
  read_metadata(root, metadata);

  // Only elements and text are left: parse_default drops comments, PIs and the doctype.
  const auto is_block = [](const pugi::xml_node& node) {
    return node.type() == pugi::node_element && !is_one_of(local_name(node), kInlineElements);
  };
  pugi::xml_node node = document.first_child();
  while (node) {
    if (is_text(node)) emit_text(node, decoded, sink);
    if (is_block(node)) sink.paragraph_break();
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    // Leave every element that ends here, innermost first, then go on to the next sibling.
    while (node != document) {
      if (is_block(node)) sink.paragraph_break();
      if (node.next_sibling()) {
        node = node.next_sibling();
        break;
      }
      node = node.parent();
    }
    if (node == document) break;
  }
  return Status::ok();
}

}  // namespace claimtrace
