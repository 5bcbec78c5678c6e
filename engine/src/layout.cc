// Plain-text layout. Two shapes occur: one paragraph per line (web copies) and hard-wrapped
// lines (PDF extraction, e-mail). Decided once per document from its own line statistics.
#include "layout.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <cstring>
#include <unordered_set>
#include <vector>

namespace claimtrace {

namespace {

struct Line {
  uint64_t begin, end;            // content without the line terminator
  uint64_t text_begin, text_end;  // content without surrounding spaces
  bool blank() const { return text_begin == text_end; }
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

std::vector<Line> split_lines(std::string_view s) {
  std::vector<Line> lines;
  uint64_t b = 0;
  // Text with no carriage return, the usual kind, ends lines only at '\n': found by memchr.
  const bool returns = !s.empty() && std::memchr(s.data(), '\r', s.size()) != nullptr;
  for (uint64_t i = 0; i <= s.size(); ++i) {
    if (!returns && i < s.size()) {
      const void* nl = std::memchr(s.data() + i, '\n', s.size() - i);
      i = nl ? static_cast<uint64_t>(static_cast<const char*>(nl) - s.data()) : s.size();
    }
    if (i < s.size() && s[i] != '\n' && s[i] != '\r') continue;
    Line l{b, i, b, i};
    while (l.text_begin < l.text_end && is_space(s[l.text_begin])) ++l.text_begin;
    while (l.text_end > l.text_begin && is_space(s[l.text_end - 1])) --l.text_end;
    lines.push_back(l);
    if (i < s.size() && s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
    b = i + 1;
  }
  return lines;
}

UChar32 first_char(std::string_view s, uint64_t at, uint64_t end) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data() + at, i, static_cast<int32_t>(std::min<uint64_t>(end - at, 4)), c);
  return c;
}

UChar32 last_char(std::string_view s, uint64_t begin, uint64_t at) {
  int32_t i = static_cast<int32_t>(at - begin);
  UChar32 c;
  U8_PREV(s.data() + begin, 0, i, c);
  return c;
}

// Sentence-final punctuation, allowing closing quotes and brackets after it.
bool ends_sentence(std::string_view s, const Line& l) {
  uint64_t e = l.text_end;
  while (e > l.text_begin) {
    UChar32 c = last_char(s, l.text_begin, e);
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB) {
      e -= U8_LENGTH(c);
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026;
  }
  return false;
}

bool starts_lower(std::string_view s, const Line& l) {
  return u_islower(first_char(s, l.text_begin, l.text_end));
}

// Line b continues the sentence of line a: "... signed in" + "the summer", "grew to" + "$6 bn".
bool continues(std::string_view s, const Line& a, const Line& b) {
  if (ends_sentence(s, a)) return false;
  if (starts_lower(s, b)) return true;
  UChar32 last = last_char(s, a.text_begin, a.text_end);
  UChar32 next = first_char(s, b.text_begin, b.text_end);
  bool open = u_isdigit(next) || u_charType(next) == U_CURRENCY_SYMBOL || next == '(' ||
              next == '"' || next == 0x201C;
  return open && (u_islower(last) || last == ',');
}

// "• item", "- item", "* item", "1) item", "2. item", "a) item".
bool starts_item(std::string_view s, const Line& l) {
  std::string_view t = s.substr(l.text_begin, l.text_end - l.text_begin);
  if (t.rfind("\u2022", 0) == 0 || t.rfind("\u25AA", 0) == 0 || t.rfind("\u00B7", 0) == 0) {
    return true;
  }
  if (t.size() >= 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ') return true;
  size_t i = 0;
  while (i < t.size() && i < 3 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == 0 && !t.empty() && std::islower(static_cast<unsigned char>(t[0]))) i = 1;
  return i > 0 && i + 1 < t.size() &&
         (t[i] == ')' ||
          (t[i] == '.' && i > 0 && std::isdigit(static_cast<unsigned char>(t[0])))) &&
         t[i + 1] == ' ';
}

bool is_word_char(UChar32 c) { return u_isalnum(c); }

// The letters before a trailing hyphen and after the line break: "develop", "ment".
struct HyphenSplit {
  bool present = false;
  std::string left, right;
};

HyphenSplit hyphen_split(std::string_view s, const Line& a, const Line& b) {
  HyphenSplit h;
  if (a.text_end - a.text_begin < 2 || s[a.text_end - 1] != '-' || b.blank()) return h;
  UChar32 before = last_char(s, a.text_begin, a.text_end - 1);
  UChar32 after = first_char(s, b.text_begin, b.text_end);
  if (!is_word_char(before) || !is_word_char(after)) return h;
  uint64_t l = a.text_end - 1;
  while (l > a.text_begin) {
    UChar32 c = last_char(s, a.text_begin, l);
    if (!is_word_char(c) && c != '-') break;
    l -= U8_LENGTH(c);
  }
  uint64_t r = b.text_begin;
  while (r < b.text_end) {
    UChar32 c = first_char(s, r, b.text_end);
    if (!is_word_char(c)) break;
    r += U8_LENGTH(c);
  }
  h.present = true;
  h.left = std::string(s.substr(l, a.text_end - 1 - l));
  h.right = std::string(s.substr(b.text_begin, r - b.text_begin));
  return h;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Which of the words a split could make ("develop-ment", "development") occur inside lines as
// words or hyphenated compounds. Only those are looked for: a set of every word of the document
// would cost a string per word.
struct Vocabulary {
  std::unordered_set<std::string> wanted, found;
  std::vector<bool> wanted_length;  // by length: most words are no candidate's length
  // By a word's length (mod 64) and its first and its last byte lower-cased: most words of a
  // candidate's length are no candidate, and are told so without a string or a hash.
  std::bitset<64 * 256> wanted_first, wanted_last;
  static char lower_byte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
  static size_t key(size_t length, char c) {
    return (length % 64) * 256 + static_cast<unsigned char>(lower_byte(c));
  }
  void want(std::string word) {
    if (wanted_length.size() <= word.size()) wanted_length.resize(word.size() + 1, false);
    wanted_length[word.size()] = true;
    if (!word.empty()) {
      wanted_first.set(key(word.size(), word.front()));
      wanted_last.set(key(word.size(), word.back()));
    }
    wanted.insert(std::move(word));
  }
  // A letter or digit (the "C" locale's isalnum), or any byte of a non-ASCII character.
  static constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> a{};
    for (int u = 0; u < 256; ++u) {
      a[u] = (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80;
    }
    return a;
  }();
  static bool word_byte(char c) { return kWordByte[static_cast<unsigned char>(c)]; }
  void scan(std::string_view s) {
    std::string word;
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
      while (i < n && !word_byte(s[i])) ++i;
      size_t b = i;
      while (i < n && (word_byte(s[i]) || (s[i] == '-' && i + 1 < n && s[i + 1] != '\n' &&
                                           s[i + 1] != '\r' && s[i + 1] != ' '))) {
        ++i;
      }
      const size_t length = i - b;
      if (length == 0 || length >= wanted_length.size() || !wanted_length[length] ||
          !wanted_first[key(length, s[b])] || !wanted_last[key(length, s[i - 1])]) {
        continue;
      }
      word.assign(s.substr(b, length));
      for (char& c : word) c = lower_byte(c);  // as "C" tolower
      if (wanted.count(word)) found.insert(word);
    }
  }
  bool has(const std::string& word) const { return found.count(word) > 0; }
};

// Keep the hyphen unless the document shows the word written whole, or the halves are plain
// lower-case word parts that the document never writes hyphenated.
bool decide_keep_hyphen(const HyphenSplit& h, const Vocabulary& vocabulary) {
  const std::string hyphenated = lower(h.left + "-" + h.right);
  const std::string joined = lower(h.left + h.right);
  if (vocabulary.has(hyphenated)) return true;
  if (vocabulary.has(joined)) return false;
  bool left_lower = !h.left.empty() && std::islower(static_cast<unsigned char>(h.left.back()));
  bool right_lower = !h.right.empty() && std::islower(static_cast<unsigned char>(h.right[0]));
  return !(left_lower && right_lower);
}

// A byte range of one cell of a text table's line.
struct Cell {
  uint64_t begin, end;
};

// A rule line of a text table: only bars, dashes, colons, plus and equals signs ("|---|:--:|",
// "----  -----", "+====+").
bool is_rule_line(std::string_view s, const Line& l) {
  if (l.blank()) return false;
  bool dash = false;
  for (uint64_t i = l.text_begin; i < l.text_end; ++i) {
    const char c = s[i];
    if (c == '-' || c == '=') {
      dash = true;
    } else if (c != '|' && c != ':' && c != '+' && !is_space(c)) {
      return false;
    }
  }
  return dash;
}

// The cells of a line split where columns are: a tab, a run of two spaces or more, or a bar
// ("| Year | Exports |"). Each cell trimmed; empty cells dropped. A line opening with a bar is
// split at bars alone, so cells padded to align ("| 2023    |") stay one cell each.
std::vector<Cell> split_cells(std::string_view s, const Line& l, bool& gap) {
  std::vector<Cell> cells;
  uint64_t b = l.text_begin;
  bool bar = false;  // a bar opened the cell being read
  gap = false;
  uint64_t first = l.text_begin;
  while (first < l.text_end && is_space(s[first])) ++first;
  const bool barred = first < l.text_end && s[first] == '|';
  auto close = [&](uint64_t e) {
    uint64_t cb = b, ce = e;
    while (cb < ce && is_space(s[cb])) ++cb;
    while (ce > cb && is_space(s[ce - 1])) --ce;
    if (cb < ce) cells.push_back(Cell{cb, ce});
    return cb < ce;
  };
  for (uint64_t i = l.text_begin; i < l.text_end;) {
    if (s[i] == '|') {
      // "| a |   | b |": an empty cell between bars, whose column no text marks
      if (!close(i) && bar) gap = true;
      bar = true;
      b = ++i;
      continue;
    }
    if (is_space(s[i]) && !barred) {
      uint64_t j = i;
      bool tab = false;
      while (j < l.text_end && is_space(s[j])) tab |= s[j++] == '\t';
      if (tab || j - i >= 2) {
        close(i);
        b = j;
      }
      i = j;
      continue;
    }
    ++i;
  }
  close(l.text_end);
  return cells;
}

// The characters of a cell (UTF-8 lead bytes), so Cyrillic cells are as long as Latin ones.
uint64_t chars(std::string_view s, const Cell& c) {
  uint64_t n = 0;
  for (uint64_t i = c.begin; i < c.end; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

// A cell that is a sentence: four words or more closed by a full stop, "!" or "?" (prose with
// two spaces after its full stops). A full stop after a word of one or two letters closes an
// abbreviation, no sentence ("в % к 2023 г.", "in t.").
bool is_sentence(std::string_view s, const Cell& c) {
  const char last = s[c.end - 1];
  if (last != '.' && last != '!' && last != '?') return false;
  int words = 1;
  for (uint64_t i = c.begin; i < c.end; ++i) words += s[i] == ' ';
  if (last == '.') {
    uint64_t letters = 0;  // characters of the word the full stop ends
    for (uint64_t i = c.end - 1; i > c.begin && s[i - 1] != ' '; --i) {
      letters += (static_cast<unsigned char>(s[i - 1]) & 0xC0) != 0x80;
    }
    if (letters <= 2) return false;
  }
  return words >= 4;
}

// A cell holding a figure alone, or standing for none: "1,204.5", "+10.3", "(927.9)", "−845,8",
// "12.4%", "2024*", "n/a", "-", "..".
bool is_figure_cell(std::string_view s, const Cell& c) {
  std::string_view v = s.substr(c.begin, c.end - c.begin);
  // A cell standing for none ("-", "n/a", "..", "x"): no digit and no two letters in a row, as
  // extract/tables.cc reads such a cell.
  size_t run = 0, longest = 0;
  bool any_digit = false;
  for (size_t i = 0; i < v.size(); ++i) {
    const unsigned char ch = static_cast<unsigned char>(v[i]);
    if ((ch & 0xC0) == 0x80) continue;  // a continuation byte: part of the character before
    any_digit |= ch >= '0' && ch <= '9';
    run = std::isalpha(ch) || ch >= 0x80 ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  if (!any_digit && longest < 2) return true;
  auto drop_front = [&](std::string_view p) {
    if (v.substr(0, p.size()) == p) v.remove_prefix(p.size());
  };
  auto drop_back = [&](std::string_view p) {
    if (v.size() >= p.size() && v.substr(v.size() - p.size()) == p) v.remove_suffix(p.size());
  };
  drop_front("(");
  drop_front("+");
  drop_front("-");
  drop_front("−");
  drop_back(")");
  drop_back("*");
  drop_back("%");
  bool digit = false;
  for (size_t i = 0; i < v.size(); ++i) {
    const char ch = v[i];
    if (ch >= '0' && ch <= '9') {
      digit = true;
    } else if (ch == ',' || ch == '.' || ch == ' ') {
      continue;
    } else if (v.substr(i, 2) == " ") {  // a no-break space between thousands
      ++i;
    } else {
      return false;
    }
  }
  return digit;
}

// A line of figures: of its cells after the first (a row's label), at least half are figures.
bool is_data_line(std::string_view s, const std::vector<Cell>& cells) {
  size_t figures = 0;
  for (size_t k = 1; k < cells.size(); ++k) figures += is_figure_cell(s, cells[k]);
  return figures > 0 && figures * 2 >= cells.size() - 1;
}

// Lines of a text table: runs of two lines or more, each split into two cells or more, none
// longer than a table's cell or a sentence, with a figure somewhere in the run; rule lines inside a
// run belong to it. Returns each line's cells (empty for lines outside a table, and for rule
// lines).
std::vector<std::vector<Cell>> table_cells(std::string_view s, const std::vector<Line>& lines,
                                           std::vector<bool>& rule) {
  constexpr uint64_t kCellChars = 64;
  std::vector<std::vector<Cell>> out(lines.size());
  rule.assign(lines.size(), false);
  std::vector<std::vector<Cell>> cand(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (is_rule_line(s, lines[i])) {
      rule[i] = true;
      continue;
    }
    bool gap = false;
    std::vector<Cell> cells = split_cells(s, lines[i], gap);
    if (cells.size() < 2 || gap) continue;
    const bool short_cells = std::all_of(cells.begin(), cells.end(), [&](const Cell& c) {
      return chars(s, c) <= kCellChars && !is_sentence(s, c);
    });
    if (short_cells) cand[i] = std::move(cells);
  }
  for (size_t i = 0; i < lines.size();) {
    if (cand[i].empty()) {
      ++i;
      continue;
    }
    // Up to two header lines, then lines of figures with one number of cells; the first line
    // that is none (justified prose, "label:  value" lists, a row missing a cell) ends it.
    size_t j = i, rows = 0, data = 0, width = 0, end = i;
    while (j < lines.size() && (!cand[j].empty() || rule[j])) {
      if (!cand[j].empty()) {
        // "2023  2024" over the rows: a header of years, its corner left empty
        const bool years =
            rows == 0 && std::all_of(cand[j].begin(), cand[j].end(),
                                     [&](const Cell& c) { return is_figure_cell(s, c); });
        if (!years && is_data_line(s, cand[j])) {
          // A first line of years and a change column ("2023  2024  2024/2023, %") over rows
          // with one cell more (their label): it was the header.
          if (data == 1 && rows == 1 && cand[j].size() == width + 1) data = 0;
          if (data > 0 && cand[j].size() != width) break;
          width = cand[j].size();
          ++data;
        } else if (data > 0 || rows >= 2) {
          break;
        }
        ++rows;
        end = j + 1;
      }
      ++j;
    }
    if (rows >= 2 && data >= 1) {
      for (size_t k = i; k < end; ++k) out[k] = std::move(cand[k]);
    }
    i = std::max(end, i + 1);
  }
  // A rule line is in a table only beside a table line; elsewhere it is text as before.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!rule[i]) continue;
    const bool before = i > 0 && !out[i - 1].empty();
    const bool after = i + 1 < lines.size() && !out[i + 1].empty();
    rule[i] = before || after;
  }
  return out;
}

enum class Join { kParagraph, kSpace, kHyphenKept, kHyphenDropped };

// Line l as text, or a table line's cells each as a paragraph of its own (as a markup table's
// cells are), so a figure is read with its column.
void emit_line(std::string_view s, const Line& l, const std::vector<Cell>& cells, TextSink& sink) {
  if (cells.empty()) {
    sink.text(s.substr(l.text_begin, l.text_end - l.text_begin), l.text_begin, l.text_end, true);
    return;
  }
  for (size_t k = 0; k < cells.size(); ++k) {
    if (k > 0) sink.paragraph_break();
    sink.text(s.substr(cells[k].begin, cells[k].end - cells[k].begin), cells[k].begin, cells[k].end,
              true);
  }
}

void emit_lines(std::string_view s, const std::vector<Line>& lines, TextSink& sink,
                const LayoutContext& context, bool fragment) {
  std::vector<bool> rule;
  std::vector<std::vector<Cell>> cells;
  if (fragment) {
    rule.assign(lines.size(), false);
    cells.resize(lines.size());
  } else {
    cells = table_cells(s, lines, rule);
  }
  // Paragraph-final lines of wrapped text are short; "short" is relative to the document.
  std::vector<uint64_t> lengths;
  for (const Line& l : lines) {
    if (!l.blank()) lengths.push_back(l.text_end - l.text_begin);
  }
  uint64_t long_line = 0;
  if (!lengths.empty()) {
    std::sort(lengths.begin(), lengths.end());
    long_line = lengths[lengths.size() * 9 / 10];
  }

  size_t prev = lines.size();  // index of the previous non-blank line
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& cur = lines[i];
    if (cur.blank() || rule[i]) continue;
    Join join = Join::kParagraph;
    if (prev < lines.size()) {
      const Line& p = lines[prev];
      HyphenSplit h = hyphen_split(s, p, cur);
      auto it =
          h.present ? context.keep_hyphen.find(h.left + "-" + h.right) : context.keep_hyphen.end();
      if (!cells[i].empty() || !cells[prev].empty()) {
        join = Join::kParagraph;  // a table's line is never part of a sentence of another
      } else if (it != context.keep_hyphen.end()) {
        join = it->second ? Join::kHyphenKept : Join::kHyphenDropped;
      } else if (fragment) {
        join = Join::kSpace;
      } else if (starts_item(s, cur)) {
        join = Join::kParagraph;
      } else if (context.wrapped) {
        bool short_line = (p.text_end - p.text_begin) * 4 < long_line * 3;
        join = ends_sentence(s, p) && short_line ? Join::kParagraph : Join::kSpace;
      } else {
        join = continues(s, p, cur) ? Join::kSpace : Join::kParagraph;
      }
      switch (join) {
        case Join::kParagraph:
          emit_line(s, p, cells[prev], sink);
          sink.paragraph_break();
          break;
        case Join::kSpace:
          sink.text(s.substr(p.text_begin, p.text_end - p.text_begin), p.text_begin, p.text_end,
                    true);
          sink.text(" ", p.text_end, cur.text_begin, false);
          break;
        case Join::kHyphenKept:
          sink.text(s.substr(p.text_begin, p.text_end - p.text_begin), p.text_begin, p.text_end,
                    true);
          break;
        case Join::kHyphenDropped:
          sink.text(s.substr(p.text_begin, p.text_end - 1 - p.text_begin), p.text_begin,
                    p.text_end - 1, true);
          break;
      }
    }
    prev = i;
  }
  if (prev < lines.size()) emit_line(s, lines[prev], cells[prev], sink);
}

}  // namespace

void read_plain_text(std::string_view s, TextSink& sink, LayoutContext& context) {
  std::vector<Line> lines = split_lines(s);
  // Wrapped text: many consecutive lines continue a sentence (no final punctuation, and the
  // next line starts in lower case).
  size_t pairs = 0, continued = 0, prev = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (prev < lines.size()) {
      ++pairs;
      if (!ends_sentence(s, lines[prev]) && starts_lower(s, lines[i])) ++continued;
    }
    prev = i;
  }
  context.wrapped = pairs >= 3 && continued * 4 >= pairs;

  // Decide every word split at a line end once, from the document's own vocabulary.
  std::vector<HyphenSplit> splits;
  prev = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (prev < lines.size()) {
      HyphenSplit h = hyphen_split(s, lines[prev], lines[i]);
      if (h.present) splits.push_back(std::move(h));
    }
    prev = i;
  }
  if (!splits.empty()) {
    Vocabulary vocabulary;
    for (const HyphenSplit& h : splits) {
      vocabulary.want(lower(h.left + "-" + h.right));
      vocabulary.want(lower(h.left + h.right));
    }
    for (const Line& l : lines) vocabulary.scan(s.substr(l.text_begin, l.text_end - l.text_begin));
    for (const HyphenSplit& h : splits)
      context.keep_hyphen[h.left + "-" + h.right] = decide_keep_hyphen(h, vocabulary);
  }
  emit_lines(s, lines, sink, context, /*fragment=*/false);
}

void read_plain_fragment(std::string_view s, TextSink& sink, const LayoutContext& context) {
  emit_lines(s, split_lines(s), sink, context, /*fragment=*/true);
}

}  // namespace claimtrace
