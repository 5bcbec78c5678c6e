// Numbered lines with nested, split-when-needed <mark>s: well-formed markup for any set of spans.
#include "html_source.h"

#include <algorithm>
#include <tuple>

#include "html_text.h"

namespace claimtrace::html_report {

namespace {

class SourceWriter {
 public:
  explicit SourceWriter(std::string& out) : out_(out) {}

  void open(const Highlight& h, bool first) {
    tags_.push_back({out_.size(), 0, !first});
    out_ += "<mark class=\"";
    append_html(out_, h.css_class);
    if (!first) out_ += " cont";
    out_ += '"';
    if (!h.id.empty()) {
      // Only the first piece is the anchor; later pieces say which mark they continue.
      out_ += first ? " id=\"" : " data-of=\"";
      append_html(out_, h.id);
      out_ += '"';
    }
    if (!h.title.empty()) {
      out_ += " title=\"";
      append_html(out_, h.title);
      out_ += '"';
    }
    out_ += '>';
    tags_.back().end = out_.size();
  }
  // A continuation closed before it held any text is dropped rather than left empty.
  void close() {
    OpenTag t = tags_.back();
    tags_.pop_back();
    if (t.continuation && out_.size() == t.end) {
      out_.resize(t.start);
    } else {
      out_ += "</mark>";
    }
  }

  void begin_line(const std::vector<const Highlight*>& open_marks) {
    line_start_ = out_.size();
    out_ += "<span class=\"line\"><span class=\"ln\" aria-hidden=\"true\">";
    out_ += std::to_string(++line_);
    out_ += "</span>";
    line_text_start_ = out_.size();
    for (const Highlight* h : open_marks) open(*h, false);
  }
  void end_line(const std::vector<const Highlight*>& open_marks) {
    for (size_t i = 0; i < open_marks.size(); ++i) close();
    out_ += "</span>";
  }
  // A file that ends with a line break has no last line to show.
  bool drop_empty_last_line(const std::vector<const Highlight*>& open_marks) {
    if (line_ > 1 && open_marks.empty() && out_.size() == line_text_start_) {
      out_.resize(line_start_);
      return true;
    }
    return false;
  }

 private:
  struct OpenTag {
    size_t start, end;  // where its opening tag sits in out_
    bool continuation;
  };
  std::string& out_;
  std::vector<OpenTag> tags_;  // marks written and not yet closed, outermost first
  int line_ = 0;
  size_t line_start_ = 0, line_text_start_ = 0;
};

}  // namespace

void append_source_lines(std::string& out, std::string_view bytes,
                         std::vector<Highlight> highlights, const Spill& spill) {
  const uint64_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  const uint64_t size = bytes.size();
  for (Highlight& h : highlights) {
    h.end = std::clamp(h.end, start, size);
    h.begin = std::clamp(h.begin, start, h.end);
  }
  // Outer marks first: by start, longer first; ids keep the order total.
  std::sort(highlights.begin(), highlights.end(), [](const Highlight& a, const Highlight& b) {
    return std::tie(a.begin, b.end, a.id, a.css_class) <
           std::tie(b.begin, a.end, b.id, b.css_class);
  });

  SourceWriter w(out);
  std::vector<const Highlight*> open;  // outermost first
  size_t next = 0;
  uint64_t p = start;
  w.begin_line(open);
  while (true) {
    // Close what ends here; marks opened inside the first to close are reopened as continuations.
    size_t first_ending = open.size();
    for (size_t i = 0; i < open.size(); ++i) {
      if (open[i]->end <= p) {
        first_ending = i;
        break;
      }
    }
    if (first_ending < open.size()) {
      for (size_t i = first_ending; i < open.size(); ++i) w.close();
      std::vector<const Highlight*> kept(open.begin(), open.begin() + first_ending);
      for (size_t i = first_ending; i < open.size(); ++i) {
        if (open[i]->end > p) {
          w.open(*open[i], false);
          kept.push_back(open[i]);
        }
      }
      open = std::move(kept);
    }
    while (next < highlights.size() && highlights[next].begin <= p) {
      const Highlight& h = highlights[next++];
      w.open(h, true);
      if (h.end <= p) {
        w.close();  // an empty span still gets its anchor
      } else {
        open.push_back(&h);
      }
    }
    if (p >= size) break;

    uint64_t stop = size;
    if (next < highlights.size()) stop = std::min(stop, highlights[next].begin);
    for (const Highlight* h : open) stop = std::min(stop, h->end);
    while (p < stop) {
      uint64_t q = p;
      while (q < stop && bytes[q] != '\n' && bytes[q] != '\r') ++q;
      append_html(out, bytes.substr(p, q - p));
      p = q;
      if (p < stop) {
        const bool crlf = bytes[p] == '\r' && p + 1 < size && bytes[p + 1] == '\n';
        w.end_line(open);
        // Every mark is closed and no line is open: nothing before here is taken back.
        if (spill) spill(out);
        w.begin_line(open);
        p += crlf ? 2 : 1;
      }
    }
  }
  if (!w.drop_empty_last_line(open)) w.end_line(open);
}

}  // namespace claimtrace::html_report
