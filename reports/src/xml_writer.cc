// XmlWriter: escaping and layout in one pass over the text, so nothing is held but a chunk.
#include "xml_writer.h"

#include <cassert>

#include "claimtrace/utf8.h"

namespace claimtrace {

namespace {

constexpr size_t kChunk = 1 << 16;

// Appends s escaped for an attribute value or element text. Markup characters become entity
// references; in an attribute so do tab and line breaks, which a parser would otherwise fold.
// What XML 1.0 cannot carry at all (a C0 control, U+FFFE, U+FFFF, a byte that is not UTF-8)
// is written "\x1b", "\ufffe", "\xff", and a backslash "\\", so a path reads back exactly.
void append_escaped(std::string& out, std::string_view s, bool attribute) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += attribute ? ">" : "&gt;";
          break;
        case '"':
          out += attribute ? "&quot;" : "\"";
          break;
        case '\t':
          out += attribute ? "&#09;" : "\t";
          break;
        case '\n':
          out += attribute ? "&#10;" : "\n";
          break;
        case '\r':
          out += attribute ? "&#13;" : "\r";
          break;
        case '\\':
          out += "\\\\";
          break;
        default:
          if (c >= 0x20) {
            out += static_cast<char>(c);
          } else {
            append_control_escape(out, c);
          }
      }
      ++i;
      continue;
    }
    const size_t n = utf8_char_length(s, i);
    if (n == 0) {
      append_byte_escape(out, c);
      ++i;
      continue;
    }
    const std::string_view ch = s.substr(i, n);
    // U+FFFE and U+FFFF are not characters XML allows.
    if (ch == "\xEF\xBF\xBE" || ch == "\xEF\xBF\xBF") {
      append_control_escape(out, utf8_code_point(ch));
    } else {
      out.append(ch);
    }
    i += n;
  }
}

}  // namespace

XmlWriter::XmlWriter(Output& out) : out_(out) {
  buf_.reserve(kChunk + kChunk / 4);
  buf_ += "<?xml version=\"1.0\"?>\n";
}

void XmlWriter::indent(size_t depth) { buf_.append(2 * depth, ' '); }

void XmlWriter::end_start_tag() {
  if (!in_start_tag_) return;
  buf_ += ">\n";
  in_start_tag_ = false;
  open_.back().content = Open::kElements;
}

void XmlWriter::open(const char* name) {
  assert(open_.empty() || open_.back().content != Open::kText);
  end_start_tag();
  indent(open_.size());
  buf_ += '<';
  buf_ += name;
  open_.push_back({name, Open::kNone});
  in_start_tag_ = true;
}

void XmlWriter::attr(const char* name, std::string_view value) {
  assert(in_start_tag_);
  buf_ += ' ';
  buf_ += name;
  buf_ += "=\"";
  append_escaped(buf_, value, true);
  buf_ += '"';
}

void XmlWriter::attr(const char* name, uint64_t value) { attr(name, std::to_string(value)); }

void XmlWriter::body(std::string_view text) {
  assert(in_start_tag_ && open_.back().content == Open::kNone);
  buf_ += '>';
  in_start_tag_ = false;
  open_.back().content = Open::kText;
  append_escaped(buf_, text, false);
}

void XmlWriter::close() {
  assert(!open_.empty());
  const Open top = open_.back();
  open_.pop_back();
  if (in_start_tag_) {
    buf_ += " />\n";
    in_start_tag_ = false;
  } else {
    if (top.content == Open::kElements) indent(open_.size());
    buf_ += "</";
    buf_ += top.name;
    buf_ += ">\n";
  }
  spill();
}

void XmlWriter::text_element(const char* name, std::string_view text) {
  open(name);
  body(text);
  close();
}

void XmlWriter::spill() {
  if (buf_.size() < kChunk) return;
  out_.write(buf_);
  buf_.clear();
}

void XmlWriter::finish() {
  assert(open_.empty());
  out_.write(buf_);
  buf_.clear();
}

}  // namespace claimtrace
