// HTML reader: the visible text and metadata of a document, parsed by gumbo, traced to bytes.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "markup.h"

namespace claimtrace {
namespace {

// gumbo's scope checks walk the whole stack of open elements, so nesting costs O(depth^2)
// time: 100,000 unclosed <div>s take seconds. Start tags deeper than this are neutralized.
constexpr size_t kMaxNesting = 512;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (to_lower(a[k]) != to_lower(b[k])) return false;
  }
  return true;
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Finds "</name" (any case) at or after `from`; npos when absent.
size_t find_end_tag(std::string_view html, size_t from, std::string_view name) {
  for (size_t k = html.find("</", from); k != std::string_view::npos; k = html.find("</", k + 2)) {
    if (equals_ignore_case(html.substr(k + 2, name.size()), name)) return k;
  }
  return std::string_view::npos;
}

// Returns a same-length copy of `html` in which start tags nested deeper than kMaxNesting are
// bogus comments ("<?xxxx>"), or an empty string when nothing is that deep. The estimate of
// depth is a light tokenizer: it skips comments and raw text, ignores void tags, self-closing
// ones in svg and math, and those that close their siblings (p, li, td...), and matches end
// tags by name.
std::string flatten_deep_nesting(std::string_view html) {
  std::string out;
  std::vector<std::string> open;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
      const size_t end = html.find('>', i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    const bool end_tag = i + 1 < html.size() && html[i + 1] == '/';
    const size_t name_begin = i + 1 + (end_tag ? 1 : 0);
    if (name_begin >= html.size() || !is_ascii_alpha(html[name_begin])) {
      ++i;
      continue;
    }
    size_t name_end = name_begin;
    while (name_end < html.size() && !is_space(html[name_end]) && html[name_end] != '/' &&
           html[name_end] != '>') {
      ++name_end;
    }
    std::string name(html.substr(name_begin, name_end - name_begin));
    for (char& c : name) c = to_lower(c);
    const size_t end = markup_tag_end(html, name_end, std::string_view::npos);
    if (end == std::string_view::npos) break;
    if (end_tag) {
      // Only a nearby match closes anything, as gumbo ignores end tags with nothing to close.
      for (size_t back = 0; back < 8 && back < open.size(); ++back) {
        if (open[open.size() - 1 - back] == name) {
          open.resize(open.size() - 1 - back);
          break;
        }
      }
      i = end;
      continue;
    }
    if (name == "plaintext") break;
    if (is_one_of(name, {"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea",
                         "title"})) {
      const size_t close = find_end_tag(html, end, name);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    // "/>" closes an element only in foreign content (svg, math), and an HTML element such as
    // <div> breaks out of svg, so there it opens a real element: count it.
    size_t foreign = 0;
    for (const std::string& o : open) foreign += o == "svg" || o == "math";
    const bool html_element = is_one_of(
        name,
        {"b",      "big",  "blockquote", "body",  "br",   "center", "code",    "dd",   "div",
         "dl",     "dt",   "em",         "embed", "h1",   "h2",     "h3",      "h4",   "h5",
         "h6",     "head", "hr",         "i",     "img",  "li",     "listing", "menu", "meta",
         "nobr",   "ol",   "p",          "pre",   "ruby", "s",      "small",   "span", "strong",
         "strike", "sub",  "sup",        "table", "tt",   "u",      "ul",      "var",  "font"});
    const bool self_closing =
        html[end - 2] == '/' && !html_element && (foreign > 0 || name == "svg" || name == "math");
    // rb, rt, rtc and rp close their siblings only inside <ruby>; elsewhere gumbo nests them,
    // so they count as depth here.
    const bool no_depth =
        self_closing ||
        is_one_of(name, {"area",  "base",   "basefont", "bgsound", "br",     "col",  "embed",
                         "frame", "hr",     "img",      "input",   "keygen", "link", "meta",
                         "param", "source", "track",    "wbr",     "p",      "li",   "dt",
                         "dd",    "option", "optgroup", "tr",      "td",     "th",   "thead",
                         "tbody", "tfoot",  "caption",  "colgroup"});
    if (!no_depth) {
      if (open.size() < kMaxNesting) {
        open.push_back(std::move(name));
      } else {
        if (out.empty()) out.assign(html);
        out[i + 1] = '?';
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(i + 2),
                  out.begin() + static_cast<std::ptrdiff_t>(end - 1), 'x');
      }
    }
    i = end;
  }
  return out;
}

std::string_view attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool has_attribute(const GumboElement& element, const char* name) {
  return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

using TagSet = std::array<bool, GUMBO_TAG_LAST + 1>;

constexpr TagSet tag_set(std::initializer_list<GumboTag> tags) {
  TagSet set{};
  for (GumboTag tag : tags) set[tag] = true;
  return set;
}

constexpr TagSet kSkippedTags = tag_set({
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_HEAD,
    GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_SVG, GUMBO_TAG_MATH,
    GUMBO_TAG_TITLE,  // browsers never render it, even where gumbo puts it into <body>
});

constexpr TagSet kBlockTags = tag_set({
    GUMBO_TAG_P,       GUMBO_TAG_DIV,      GUMBO_TAG_LI,         GUMBO_TAG_UL,
    GUMBO_TAG_OL,      GUMBO_TAG_DL,       GUMBO_TAG_DT,         GUMBO_TAG_DD,
    GUMBO_TAG_H1,      GUMBO_TAG_H2,       GUMBO_TAG_H3,         GUMBO_TAG_H4,
    GUMBO_TAG_H5,      GUMBO_TAG_H6,       GUMBO_TAG_TD,         GUMBO_TAG_TH,
    GUMBO_TAG_TR,      GUMBO_TAG_TABLE,    GUMBO_TAG_THEAD,      GUMBO_TAG_TBODY,
    GUMBO_TAG_TFOOT,   GUMBO_TAG_CAPTION,  GUMBO_TAG_BR,         GUMBO_TAG_HR,
    GUMBO_TAG_ARTICLE, GUMBO_TAG_SECTION,  GUMBO_TAG_HEADER,     GUMBO_TAG_FOOTER,
    GUMBO_TAG_NAV,     GUMBO_TAG_ASIDE,    GUMBO_TAG_MAIN,       GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_PRE,     GUMBO_TAG_FIGURE,   GUMBO_TAG_FIGCAPTION, GUMBO_TAG_ADDRESS,
    GUMBO_TAG_FORM,    GUMBO_TAG_FIELDSET, GUMBO_TAG_DETAILS,    GUMBO_TAG_SUMMARY,
    GUMBO_TAG_BODY,    GUMBO_TAG_HTML,
});

bool contains(const TagSet& set, GumboTag tag) {
  return tag >= 0 && tag <= GUMBO_TAG_LAST && set[tag];
}

bool is_skipped(const GumboNode& node) {
  if (node.type == GUMBO_NODE_TEMPLATE) return true;
  const GumboElement& element = node.v.element;
  if (contains(kSkippedTags, element.tag)) return true;
  if (has_attribute(element, "hidden")) return true;
  const std::string_view aria_hidden = attribute(element, "aria-hidden");
  SourceField value;
  set_metadata_field(value, aria_hidden, "");
  return equals_ignore_case(value.value, "true");
}

// Where the publication date comes from, best first.
enum DateSource { kArticlePublishedTime, kMetaDate, kItempropDatePublished, kArticleTime, kCount };
constexpr std::array<const char*, kCount> kDateFrom = {"html meta article:published_time",
                                                       "html meta date", "html meta datePublished",
                                                       "html <time datetime>"};

class HtmlReader {
 public:
  HtmlReader(std::string_view decoded, const char* buffer, TextSink& sink, MarkupMetadata& metadata)
      : decoded_(decoded), buffer_(buffer), sink_(sink), metadata_(metadata) {}

  void read(const GumboOutput& output);

 private:
  void enter_metadata(const GumboNode& node);
  void emit_text(const GumboNode& node);

  std::string_view decoded_;
  const char* buffer_;  // what gumbo parsed: `decoded` or a same-length copy of it
  TextSink& sink_;
  MarkupMetadata& metadata_;
  std::array<SourceField, kCount> dates_;
  int in_article_ = 0;
};

void HtmlReader::read(const GumboOutput& output) {
  if (output.root != nullptr && output.root->type == GUMBO_NODE_ELEMENT) {
    set_metadata_field(metadata_.language, attribute(output.root->v.element, "lang"), "html lang");
  }
  struct Frame {
    const GumboNode* node;
    bool exit;
  };
  // Iterative: hostile documents nest deeper than any call stack.
  std::vector<Frame> stack = {{output.document, false}};
  int hidden = 0;
  while (!stack.empty()) {
    const Frame frame = stack.back();
    stack.pop_back();
    const GumboNode& node = *frame.node;
    switch (node.type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        if (hidden == 0) emit_text(node);
        continue;
      case GUMBO_NODE_COMMENT:
        continue;
      case GUMBO_NODE_DOCUMENT:
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
    }
    const bool element = node.type != GUMBO_NODE_DOCUMENT;
    const bool skipped = element && is_skipped(node);
    const bool block = element && contains(kBlockTags, node.v.element.tag);
    const bool article = element && node.v.element.tag == GUMBO_TAG_ARTICLE;
    if (frame.exit) {
      if (block && hidden == 0) sink_.paragraph_break();
      if (skipped) --hidden;
      if (article) --in_article_;
      continue;
    }
    if (element) enter_metadata(node);
    if (skipped) ++hidden;
    if (article) ++in_article_;
    if (block && hidden == 0) sink_.paragraph_break();
    stack.push_back({&node, true});
    const GumboVector& children = element ? node.v.element.children : node.v.document.children;
    for (unsigned k = children.length; k > 0; --k) {
      stack.push_back({static_cast<const GumboNode*>(children.data[k - 1]), false});
    }
  }
  for (const SourceField& date : dates_) {
    if (date.known()) {
      if (!metadata_.published.known()) metadata_.published = date;
      break;
    }
  }
}

void HtmlReader::enter_metadata(const GumboNode& node) {
  const GumboElement& element = node.v.element;
  switch (element.tag) {
    case GUMBO_TAG_TITLE: {
      if (element.tag_namespace != GUMBO_NAMESPACE_HTML || metadata_.title.known()) return;
      std::string title;
      for (unsigned k = 0; k < element.children.length; ++k) {
        const auto* child = static_cast<const GumboNode*>(element.children.data[k]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
          title += child->v.text.text;
        }
      }
      set_metadata_field(metadata_.title, title, "html <title>");
      return;
    }
    case GUMBO_TAG_META: {
      const std::string_view content = attribute(element, "content");
      const std::string_view property = attribute(element, "property");
      const std::string_view name = attribute(element, "name");
      const auto is_key = [&](std::string_view key) {
        return equals_ignore_case(property, key) || equals_ignore_case(name, key);
      };
      if (is_key("article:published_time")) {
        set_metadata_field(dates_[kArticlePublishedTime], content,
                           kDateFrom[kArticlePublishedTime]);
      } else if (equals_ignore_case(name, "date")) {
        set_metadata_field(dates_[kMetaDate], content, kDateFrom[kMetaDate]);
      } else if (equals_ignore_case(name, "author")) {
        set_metadata_field(metadata_.author, content, "html meta author");
      } else if (is_key("og:site_name")) {
        set_metadata_field(metadata_.publisher, content, "html meta og:site_name");
      }
      if (equals_ignore_case(attribute(element, "itemprop"), "datePublished")) {
        set_metadata_field(dates_[kItempropDatePublished], content,
                           kDateFrom[kItempropDatePublished]);
      }
      return;
    }
    case GUMBO_TAG_TIME:
      if (in_article_ > 0) {
        set_metadata_field(dates_[kArticleTime], attribute(element, "datetime"),
                           kDateFrom[kArticleTime]);
      }
      return;
    default:
      return;
  }
}

void HtmlReader::emit_text(const GumboNode& node) {
  const GumboText& text = node.v.text;
  std::string_view decoded_text(text.text);
  if (decoded_text.empty()) return;
  const GumboStringPiece& original = text.original_text;
  // Pointers compared through std::less: the slice may lie outside the buffer altogether.
  const std::less<const char*> before;
  const char* end = buffer_ + decoded_.size();
  if (original.data != nullptr && original.length > 0 && !before(original.data, buffer_) &&
      !before(end, original.data) && original.length <= static_cast<size_t>(end - original.data)) {
    size_t offset = static_cast<size_t>(original.data - buffer_);
    std::string_view raw = decoded_.substr(offset, original.length);
    // gumbo 0.10.1 keeps a byte order mark as text, but nothing shows it.
    constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
    if (offset == 0 && raw.starts_with(kByteOrderMark) &&
        decoded_text.starts_with(kByteOrderMark)) {
      raw.remove_prefix(kByteOrderMark.size());
      decoded_text.remove_prefix(kByteOrderMark.size());
      offset = kByteOrderMark.size();
    }
    emit_aligned(raw, decoded_text, offset, sink_);
    return;
  }
  // Text gumbo made up (the <isindex> prompt) has no source slice: pin it to where it starts.
  const uint64_t at = std::min<uint64_t>(text.start_pos.offset, decoded_.size());
  emit_aligned({}, decoded_text, at, sink_);
}

}  // namespace

void read_html(std::string_view decoded, TextSink& sink, MarkupMetadata& metadata) {
  const std::string flattened = flatten_deep_nesting(decoded);
  const std::string_view buffer = flattened.empty() ? decoded : std::string_view(flattened);
  GumboOptions options = kGumboDefaultOptions;
  // Each recorded error copies the stack of open elements: quadratic memory on deep nesting.
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, buffer.data(), buffer.size());
  if (output == nullptr) return;
  HtmlReader(decoded, buffer.data(), sink, metadata).read(*output);
  gumbo_destroy_output(&options, output);
}

}  // namespace claimtrace
