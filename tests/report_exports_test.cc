// The exports read back strictly: JSON by an RFC 8259 reader, CSV by an RFC 4180 reader; Web
// Annotation selectors against the texts, ClaimReview only for contradicted findings.
#include "claimtrace/report_exports.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/utf8.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

// ---- a strict JSON reader (RFC 8259), enough to check structure and values ----

// Members as a pair of parallel lists: a std::pair<std::string, Json> inside Json needs Json
// complete, which clang (rightly) refuses.
struct Json {
  enum Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = kNull;
  bool boolean = false;
  double number = 0;
  std::string text;  // a string's value, or a number as written
  std::vector<Json> items;
  std::vector<std::string> names;  // an object's member names, in order
  std::vector<Json> values;        // and their values

  bool has(std::string_view name) const {
    for (const std::string& k : names) {
      if (k == name) return true;
    }
    return false;
  }
  const Json& operator[](std::string_view name) const {
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == name) return values[i];
    }
    static const Json missing;
    ADD_FAILURE() << "no member " << name;
    return missing;
  }
  const Json& operator[](size_t i) const {
    static const Json missing;
    if (i < items.size()) return items[i];
    ADD_FAILURE() << "no item " << i;
    return missing;
  }
};

class JsonReader {
 public:
  explicit JsonReader(std::string_view s) : s_(s) {}

  // The whole input as one value; nothing but whitespace may follow it.
  std::optional<Json> read() {
    Json v;
    if (!is_valid_utf8(s_)) {
      fail("not UTF-8");
      return std::nullopt;
    }
    space();
    if (!value(v, 0)) return std::nullopt;
    space();
    if (i_ != s_.size()) {
      fail("text after the value");
      return std::nullopt;
    }
    return v;
  }
  const std::string& error() const { return error_; }

 private:
  // Records the first error; false, so a caller can return it.
  bool fail(const std::string& why) {
    if (error_.empty()) error_ = why + " at byte " + std::to_string(i_);
    return false;
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
      ++i_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }
  bool digits() {
    size_t from = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ > from;
  }
  bool value(Json& v, int depth) {
    if (depth > 64) return fail("too deep");
    if (i_ >= s_.size()) return fail("unexpected end");
    char c = s_[i_];
    if (c == '{') return object(v, depth);
    if (c == '[') return array(v, depth);
    if (c == '"') {
      v.type = Json::kString;
      return string(v.text);
    }
    if (literal("true")) {
      v.type = Json::kBool;
      v.boolean = true;
      return true;
    }
    if (literal("false")) {
      v.type = Json::kBool;
      return true;
    }
    if (literal("null")) return true;
    return number(v);
  }
  bool number(Json& v) {
    size_t from = i_;
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    if (i_ < s_.size() && s_[i_] == '0') {
      ++i_;
    } else if (i_ < s_.size() && s_[i_] >= '1' && s_[i_] <= '9') {
      digits();
    } else {
      return fail("not a value");
    }
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (!digits()) return fail("no digits after '.'");
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (!digits()) return fail("no exponent digits");
    }
    v.type = Json::kNumber;
    v.text = std::string(s_.substr(from, i_ - from));
    v.number = std::strtod(v.text.c_str(), nullptr);
    return true;
  }
  bool hex4(unsigned& out) {
    if (i_ + 4 > s_.size()) return false;
    out = 0;
    for (int k = 0; k < 4; ++k) {
      char h = s_[i_++];
      out <<= 4;
      if (h >= '0' && h <= '9') {
        out |= static_cast<unsigned>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        out |= static_cast<unsigned>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        out |= static_cast<unsigned>(h - 'A' + 10);
      } else {
        return false;
      }
    }
    return true;
  }
  static void append_utf8(unsigned cp, std::string& out) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  bool string(std::string& out) {
    ++i_;  // the opening quote
    while (true) {
      if (i_ >= s_.size()) return fail("unterminated string");
      auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c < 0x20) return fail("raw control character in a string");
      if (c != '\\') {
        out += static_cast<char>(c);
        ++i_;
        continue;
      }
      ++i_;
      if (i_ >= s_.size()) return fail("unterminated escape");
      char e = s_[i_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          unsigned cp = 0;
          if (!hex4(cp)) return fail("bad \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned low = 0;
            if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) {
              return fail("unpaired surrogate");
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return fail("unpaired surrogate");
          }
          append_utf8(cp, out);
          break;
        }
        default:
          return fail("bad escape");
      }
    }
  }
  bool array(Json& v, int depth) {
    v.type = Json::kArray;
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return true;
    }
    while (true) {
      Json item;
      space();
      if (!value(item, depth + 1)) return false;
      v.items.push_back(std::move(item));
      space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') {
        ++i_;
        return true;
      }
      return fail("expected ',' or ']'");
    }
  }
  bool object(Json& v, int depth) {
    v.type = Json::kObject;
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return true;
    }
    while (true) {
      space();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a member name");
      std::string name;
      if (!string(name)) return false;
      // Legal JSON, but a writer that repeats a member has a bug.
      if (v.has(name)) return fail("duplicate member " + name);
      space();
      if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':'");
      ++i_;
      space();
      Json member;
      if (!value(member, depth + 1)) return false;
      v.names.push_back(std::move(name));
      v.values.push_back(std::move(member));
      space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') {
        ++i_;
        return true;
      }
      return fail("expected ',' or '}'");
    }
  }

  std::string_view s_;
  size_t i_ = 0;
  std::string error_;
};

Json parse_json(const std::string& text) {
  JsonReader reader(text);
  std::optional<Json> v = reader.read();
  EXPECT_TRUE(v.has_value()) << reader.error() << "\n" << text;
  return v.value_or(Json{});
}

// ---- a strict CSV reader (RFC 4180: CRLF records, quoted fields with doubled quotes) ----

std::vector<std::vector<std::string>> parse_csv(std::string_view s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '"') {
      ++i;
      while (true) {
        if (i >= s.size()) {
          ADD_FAILURE() << "unterminated quoted field";
          return rows;
        }
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += s[i++];
      }
    } else {
      while (i < s.size() && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
        EXPECT_NE(s[i], '"') << "a quote inside an unquoted field at byte " << i;
        field += s[i++];
      }
    }
    row.push_back(std::move(field));
    field.clear();
    if (i < s.size() && s[i] == ',') {
      ++i;
      continue;
    }
    if (s.substr(i, 2) != "\r\n") {
      ADD_FAILURE() << "a record does not end in CRLF at byte " << i;
      return rows;
    }
    i += 2;
    rows.push_back(std::move(row));
    row.clear();
  }
  EXPECT_TRUE(row.empty()) << "the last record has no CRLF";
  return rows;
}

// ---- the corpus ----

struct Report {
  std::vector<TestInput> inputs;
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
  ClaimGraph graph;
  Verification v;
  MemoryEnv files;  // the documents' bytes, as the report's Env reads them again

  ReportInput input(bool csv_bom = false) const {
    ReportInput in{docs, extractions, graph, v, &files};
    in.csv_bom = csv_bom;
    return in;
  }
  const Claim* claim(const std::string& quote) const {
    for (const Extraction& e : extractions) {
      for (const Claim& c : e.claims) {
        if (c.quote == quote) return &c;
      }
    }
    ADD_FAILURE() << "no claim \"" << quote << "\"";
    return nullptr;
  }
};

Report report(const std::vector<TestInput>& inputs) {
  TestCorpus t = ingest_and_extract(inputs);
  Report r;
  r.inputs = inputs;
  for (const TestInput& in : inputs) r.files.add_file(in.id + ".txt", in.text);
  r.docs = std::move(t.docs);
  r.extractions = std::move(t.extractions);
  r.graph = ClaimGraph::build(r.docs, r.extractions, fixture_rules());
  r.v = verify(r.docs, r.extractions, fixture_rules(), r.graph);
  return r;
}

// "Minsk" is written with a Cyrillic letter and the dash is U+2014, so byte offsets and
// character offsets differ before the quote.
const std::vector<TestInput> kConflict = {
    {"a", "2023-12",
     "Officials met in M\xD1\x96nsk \xE2\x80\x94 again. Trade turnover between Belarus and China "
     "reached $6 billion in 2021, the ministry said in a statement on Tuesday.",
     ""},
    {"b", "2024-03",
     "Officials met in Minsk.\nTrade turnover between Belarus and China was $3 billion in 2021.",
     ""},
    {"empty", "2024-03", "", ""}};

size_t count_claims(const Report& r) {
  size_t n = 0;
  for (const Extraction& e : r.extractions) n += e.claims.size();
  return n;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Characters [start, end) of UTF-8 text, counted in code points as the Web Annotation model
// counts them.
std::string characters(std::string_view s, size_t start, size_t end) {
  size_t i = 0, begin = s.size(), n = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (n == start) begin = i;
    if (n == end) break;
    ++n;
  }
  return begin > i ? "" : std::string(s.substr(begin, i - begin));
}

// The working directory as a file: URI prefix, which relative paths are made absolute against.
std::string here_uri() {
  char here[4096];
  EXPECT_NE(::getcwd(here, sizeof here), nullptr);
  return "file://" + std::string(here);
}

// ---- report_json ----

TEST(ReportJson, TheWholeReportIsOneStrictJsonDocumentWithEveryId) {
  Report r = report(kConflict);
  ASSERT_EQ(r.v.discrepancies.size(), 1u);
  std::string text = report_json(r.input());
  Json j = parse_json(text);
  ASSERT_EQ(j.type, Json::kObject);
  EXPECT_EQ(j["format"].text, "claimtrace-report");
  EXPECT_EQ(j["version"].text, "1");

  const Json& sources = j["sources"];
  ASSERT_EQ(sources.items.size(), 3u);
  EXPECT_EQ(sources[0]["id"].text, "a");
  EXPECT_EQ(sources[0]["status"].text, "ok");
  EXPECT_EQ(sources[0]["reason"].type, Json::kNull);
  EXPECT_EQ(sources[0]["published"].text, "2023-12");
  EXPECT_EQ(sources[0]["trust"]["score"].type, Json::kNumber);
  EXPECT_EQ(sources[0]["trust"]["prior_weight"].number, 2);
  EXPECT_EQ(sources[2]["status"].text, "skipped");
  EXPECT_EQ(sources[2]["reason"].text, "empty file");
  EXPECT_EQ(sources[2]["format"].type, Json::kNull);

  const Json& claims = j["claims"];
  ASSERT_EQ(claims.items.size(), count_claims(r));
  size_t k = 0;
  for (const Extraction& e : r.extractions) {
    for (const Claim& c : e.claims) {
      const Json& x = claims[k++];
      EXPECT_EQ(x["id"].text, c.id);
      EXPECT_EQ(x["provenance"]["start"].number, static_cast<double>(c.span.begin));
      EXPECT_EQ(x["provenance"]["end"].number, static_cast<double>(c.span.end));
      EXPECT_EQ(x["provenance"]["quote"].text, c.quote);
      EXPECT_EQ(x["provenance"]["sentence"].text, c.sentence.text());
    }
  }
  // Whole numbers in full, never 3e+09.
  const Claim* three = r.claim("$3 billion");
  ASSERT_NE(three, nullptr);
  const Json* three_json = nullptr;
  for (const Json& x : claims.items) {
    if (x["id"].text == three->id) three_json = &x;
  }
  ASSERT_NE(three_json, nullptr);
  EXPECT_EQ((*three_json)["value"].text, "3000000000");
  EXPECT_EQ(text.find("e+09"), std::string::npos);

  const Discrepancy& d = r.v.discrepancies[0];
  const Json& x = j["discrepancies"][0];
  EXPECT_EQ(x["id"].text, d.id);
  EXPECT_EQ(x["kind"].text, "value_conflict");
  EXPECT_EQ(x["severity"].text, "high");
  EXPECT_TRUE(x["counts"].boolean);
  EXPECT_EQ(x["explanation"].text, d.explanation);
  EXPECT_EQ(x["review"]["decision"].text, "open");
  ASSERT_EQ(x["values"].items.size(), d.values.size());
  EXPECT_EQ(x["values"][0]["value"].text, d.values[0].value);
  EXPECT_EQ(x["values"][0]["support"].number, d.values[0].support);
  ASSERT_EQ(x["evidence"].items.size(), d.evidence.size());
  EXPECT_EQ(x["evidence"][0]["claim"].text, d.evidence[0].claim);
  EXPECT_EQ(x["evidence"][0]["quote"].text, d.evidence[0].quote);
  EXPECT_EQ(j["graph"]["contradicts"].text, "1");
}

TEST(ReportJson, PythonReadsItToo) {
  Report r = report(kConflict);
  char path[] = "/tmp/claimtrace-json-XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  close(fd);
  {
    std::ofstream out(path, std::ios::binary);
    out << report_json(r.input()) << web_annotations_json(r.input());
  }
  // Two documents in one file are not JSON: json.tool must refuse, so it is really reading.
  EXPECT_NE(
      std::system(("python3 -m json.tool '" + std::string(path) + "' >/dev/null 2>&1").c_str()), 0);
  {
    std::ofstream out(path, std::ios::binary);
    out << report_json(r.input());
  }
  EXPECT_EQ(std::system(("python3 -m json.tool '" + std::string(path) + "' >/dev/null").c_str()),
            0);
  std::remove(path);
}

TEST(ReportJson, AReviewIsCarriedWithItsNoteAndDate) {
  Report r = report(kConflict);
  ASSERT_EQ(r.v.discrepancies.size(), 1u);
  r.v.discrepancies[0].review = {ReviewDecision::kConfirmed, "Checked \"both\"\nsources",
                                 "2024-05-01", false, ""};
  Json j = parse_json(report_json(r.input()));
  const Json& review = j["discrepancies"][0]["review"];
  EXPECT_EQ(review["decision"].text, "confirmed");
  EXPECT_EQ(review["note"].text, "Checked \"both\"\nsources");
  EXPECT_EQ(review["date"].text, "2024-05-01");
  EXPECT_FALSE(review["reopened"].boolean);
  EXPECT_FALSE(j["discrepancies"][0]["counts"].boolean);
}

// ---- CSV ----

TEST(ReportCsv, OneRowPerClaimUnderAHeader) {
  Report r = report(kConflict);
  std::vector<std::vector<std::string>> rows = parse_csv(claims_csv(r.input()));
  ASSERT_EQ(rows.size(), count_claims(r) + 1);
  ASSERT_GE(rows[0].size(), 23u);
  EXPECT_EQ(rows[0][0], "id");
  EXPECT_EQ(rows[0][3], "start");
  EXPECT_EQ(rows[0].back(), "sentence");
  size_t k = 1;
  for (const Extraction& e : r.extractions) {
    for (const Claim& c : e.claims) {
      ASSERT_EQ(rows[k].size(), rows[0].size()) << k;
      EXPECT_EQ(rows[k][0], c.id);
      EXPECT_EQ(rows[k][3], std::to_string(c.span.begin));
      EXPECT_EQ(rows[k][4], std::to_string(c.span.end));
      EXPECT_EQ(rows[k].back(), c.sentence.text());  // it has a comma: quoted, and read back whole
      if (c.quote == "$3 billion") {
        EXPECT_EQ(rows[0][12], "value");
        EXPECT_EQ(rows[k][12], "3000000000");  // in full, as a spreadsheet reads it
      }
      ++k;
    }
  }
}

TEST(ReportCsv, CommasQuotesAndLineBreaksSurviveTheRoundTrip) {
  Report r = report(kConflict);
  ASSERT_EQ(r.v.discrepancies.size(), 1u);
  Discrepancy& d = r.v.discrepancies[0];
  d.explanation = "He said \"no\", then\r\nleft,\nagain \"\"";
  std::string csv = discrepancies_csv(r.input());
  std::vector<std::vector<std::string>> rows = parse_csv(csv);
  ASSERT_EQ(rows.size(), 3u) << csv;  // the header, and one row per competing value
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "kind", "severity", "subject", "attribute",
                                               "period", "value", "support", "sources", "quotes",
                                               "review", "explanation"}));
  ASSERT_EQ(d.values.size(), 2u);
  for (size_t k = 0; k < 2; ++k) {
    const std::vector<std::string>& row = rows[k + 1];
    ASSERT_EQ(row.size(), 12u);
    EXPECT_EQ(row[0], d.id);
    EXPECT_EQ(row[1], "value_conflict");
    EXPECT_EQ(row[6], d.values[k].value);
    EXPECT_EQ(row[7], number_text(d.values[k].support));
    EXPECT_EQ(row[10], "open");
    EXPECT_EQ(row[11], d.explanation);
  }
  // Each value with the source that gives it and that source's words.
  const bool six_first = d.values[0].value.find('6') != std::string::npos;
  EXPECT_EQ(rows[six_first ? 1 : 2][8], "a");
  EXPECT_EQ(rows[six_first ? 1 : 2][9], "a: $6 billion");
  EXPECT_EQ(rows[six_first ? 2 : 1][8], "b");
  EXPECT_EQ(rows[six_first ? 2 : 1][9], "b: $3 billion");
}

TEST(ReportCsv, QuotesWithQuotesCommasAndLinesAreEscapedAndPaired) {
  Report r = report(kConflict);
  ASSERT_EQ(r.v.discrepancies.size(), 1u);
  Discrepancy& d = r.v.discrepancies[0];
  for (Evidence& e : d.evidence) e.quote = "\"" + e.quote + "\", he said,\nand left";
  d.evidence.push_back(d.evidence[0]);  // the same words twice are listed once
  const std::string csv = discrepancies_csv(r.input());
  std::vector<std::vector<std::string>> rows = parse_csv(csv);
  ASSERT_EQ(rows.size(), 3u) << csv;
  for (size_t k = 1; k < 3; ++k) {
    const std::string source = rows[k][8];
    ASSERT_EQ(d.values[k - 1].sources, std::vector<std::string>{source});
    for (const Evidence& e : d.evidence) {
      if (e.source == source) {
        EXPECT_EQ(rows[k][9], source + ": " + e.quote) << csv;
      }
    }
  }
}

TEST(ReportCsv, ABomOpensEveryCsvWhenAsked) {
  Report r = report(kConflict);
  const std::string bom = "\xEF\xBB\xBF";
  for (const std::string& csv : {claims_csv(r.input(true)), discrepancies_csv(r.input(true))}) {
    ASSERT_GE(csv.size(), 3u);
    EXPECT_EQ(csv.substr(0, 3), bom);
    EXPECT_EQ(csv.find(bom, 3), std::string::npos);  // once, at the head
  }
  EXPECT_EQ(claims_csv(r.input(true)), bom + claims_csv(r.input()));
  EXPECT_EQ(discrepancies_csv(r.input(true)), bom + discrepancies_csv(r.input()));
  EXPECT_NE(claims_csv(r.input()).substr(0, 3), bom);
}

TEST(ReportCsv, FormulasAreDefusedButNumbersStayNumbers) {
  Report r = report(kConflict);
  ASSERT_EQ(r.v.discrepancies.size(), 1u);
  Discrepancy& d = r.v.discrepancies[0];
  const std::pair<std::string, std::string> cases[] = {
      {"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
      {"+1+1", "'+1+1"},
      {"-5", "-5"},
      {"+3.25", "+3.25"},
      {"-1e6", "-1e6"},
      {"-", "'-"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1:A9)", "'@SUM(A1:A9)"},
      {"\tcmd", "'\tcmd"},
      {"\rcmd", "'\rcmd"},
      {"plain = text", "plain = text"},
  };
  for (const auto& [given, expected] : cases) {
    d.subject = given;
    std::vector<std::vector<std::string>> rows = parse_csv(discrepancies_csv(r.input()));
    ASSERT_EQ(rows.size(), 3u) << given;
    EXPECT_EQ(rows[1][3], expected) << given;
  }
}

// ---- Web Annotation ----

TEST(WebAnnotations, EveryClaimIsAnAnnotationOnItsFile) {
  Report r = report(kConflict);
  Json j = parse_json(web_annotations_json(r.input()));
  // The Web Annotation context, and the claimtrace: prefix of the bodies' terms declared.
  ASSERT_EQ(j["@context"].type, Json::kArray);
  EXPECT_EQ(j["@context"][0].text, "http://www.w3.org/ns/anno.jsonld");
  EXPECT_EQ(j["@context"][1]["claimtrace"].text, "urn:claimtrace:vocab#");
  EXPECT_EQ(j["type"].text, "AnnotationCollection");
  EXPECT_EQ(j["total"].number, static_cast<double>(count_claims(r)));
  const Json& items = j["first"]["items"];
  EXPECT_EQ(j["first"]["type"].text, "AnnotationPage");
  ASSERT_EQ(items.items.size(), count_claims(r));
  size_t k = 0;
  for (const Extraction& e : r.extractions) {
    for (const Claim& c : e.claims) {
      const Json& a = items[k++];
      EXPECT_EQ(a["type"].text, "Annotation");
      EXPECT_EQ(a["id"].text, "urn:claimtrace:claim:" + c.id);
      // a.txt: an IRI, the relative path made absolute.
      EXPECT_EQ(a["target"]["source"].text, here_uri() + "/" + c.path);
      for (const std::string& name : a["body"].names) {
        const bool declared =
            name.rfind("claimtrace:", 0) == 0 ||
            (name == "type" || name == "purpose" || name == "format" || name == "value");
        EXPECT_TRUE(declared) << name;
      }
      EXPECT_EQ(a["body"]["type"].text, "TextualBody");
      EXPECT_EQ(a["body"]["claimtrace:attribute"].text, c.attribute);
      EXPECT_EQ(a["body"]["claimtrace:period"].text, c.period.iso());
      EXPECT_NE(a["body"]["value"].text.find(c.attribute), std::string::npos);
    }
  }
}

TEST(WebAnnotations, QuoteSelectorRebuildsTheTextAroundTheQuote) {
  Report r = report(kConflict);
  Json j = parse_json(web_annotations_json(r.input()));
  const Json& items = j["first"]["items"];
  size_t k = 0;
  for (size_t d = 0; d < r.extractions.size(); ++d) {
    const std::string& text = r.docs[d].text.str();
    for (const Claim& c : r.extractions[d].claims) {
      const Json& quote = items[k++]["target"]["selector"][0];
      EXPECT_EQ(quote["type"].text, "TextQuoteSelector");
      const std::string& prefix = quote["prefix"].text;
      const std::string& exact = quote["exact"].text;
      const std::string& suffix = quote["suffix"].text;
      EXPECT_EQ(exact, c.quote);
      EXPECT_TRUE(is_valid_utf8(prefix)) << prefix;
      EXPECT_TRUE(is_valid_utf8(suffix)) << suffix;
      EXPECT_LE(code_points(prefix), 32u);
      EXPECT_LE(code_points(suffix), 32u);
      // prefix + exact + suffix is the normalized text around the quote, within its paragraph.
      ASSERT_GE(c.text_begin, prefix.size());
      EXPECT_EQ(
          text.substr(c.text_begin - prefix.size(), prefix.size() + exact.size() + suffix.size()),
          prefix + exact + suffix);
      EXPECT_EQ(prefix.find('\n'), std::string::npos);
      EXPECT_EQ(suffix.find('\n'), std::string::npos);
    }
  }
  // In a's long sentence: 32 characters either side, counted in characters, not bytes.
  const Claim* six = r.claim("$6 billion");
  ASSERT_NE(six, nullptr);
  Json a = parse_json(web_annotations_json(r.input()));
  for (const Json& item : a["first"]["items"].items) {
    if (item["id"].text != "urn:claimtrace:claim:" + six->id) continue;
    const Json& quote = item["target"]["selector"][0];
    EXPECT_EQ(code_points(quote["prefix"].text), 32u);
    EXPECT_EQ(code_points(quote["suffix"].text), 32u);
    EXPECT_EQ(quote["prefix"].text, "tween Belarus and China reached ");
    EXPECT_EQ(quote["suffix"].text, " in 2021, the ministry said in a");
  }
  // A claim near the start of its paragraph: nothing of the paragraph before leaks in.
  Report p =
      report({{"p", "2024-03", "Officials met in Minsk.\nExports grew to $5 billion in 2021."}});
  ASSERT_EQ(count_claims(p), 1u);
  Json one = parse_json(web_annotations_json(p.input()));
  const Json& quote = one["first"]["items"][0]["target"]["selector"][0];
  EXPECT_EQ(quote["prefix"].text + quote["exact"].text,
            "Exports grew to " + p.extractions[0].claims[0].quote);
}

TEST(WebAnnotations, PositionsInCharactersAndBytes) {
  Report r = report(kConflict);
  Json j = parse_json(web_annotations_json(r.input()));
  const Json& items = j["first"]["items"];
  size_t k = 0;
  for (size_t d = 0; d < r.extractions.size(); ++d) {
    for (const Claim& c : r.extractions[d].claims) {
      const Json& selectors = items[k++]["target"]["selector"];
      ASSERT_EQ(selectors.items.size(), 3u);
      const Json& position = selectors[1];
      EXPECT_EQ(position["type"].text, "TextPositionSelector");
      // Characters of the file: the Cyrillic i and the dash before it are one each.
      EXPECT_EQ(characters(r.inputs[d].text, static_cast<size_t>(position["start"].number),
                           static_cast<size_t>(position["end"].number)),
                c.quote);
      const Json& bytes = selectors[2];
      EXPECT_EQ(bytes["type"].text, "DataPositionSelector");
      EXPECT_EQ(bytes["start"].number, static_cast<double>(c.span.begin));
      EXPECT_EQ(bytes["end"].number, static_cast<double>(c.span.end));
      EXPECT_EQ(r.inputs[d].text.substr(c.span.begin, c.span.size()), c.quote);
    }
  }
  const Claim* six = r.claim("$6 billion");
  ASSERT_NE(six, nullptr);
  EXPECT_EQ(r.inputs[0].text.find("$6 billion"), six->span.begin);
  EXPECT_EQ(code_points(r.inputs[0].text.substr(0, six->span.begin)) + 3, six->span.begin);

  // Without the file to count in, no character positions are guessed: quote and bytes remain.
  ReportInput blind = r.input();
  blind.env = nullptr;
  Json b = parse_json(web_annotations_json(blind));
  EXPECT_EQ(b["first"]["items"][0]["target"]["selector"].items.size(), 2u);
  EXPECT_EQ(b["first"]["items"][0]["target"]["selector"][1]["type"].text, "DataPositionSelector");
}

// The issue's case: a Russian document, where a byte offset lands mid-word when read as a
// character offset. The character selector must select exactly the quote.
TEST(WebAnnotations, TextPositionSelectorSelectsTheQuoteInARussianDocument) {
  const std::string text =
      "\xD0\x9C\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD0\xB5\xD1\x80\xD1\x81\xD1\x82\xD0\xB2\xD0"
      "\xBE "
      "\xD0\xB8\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85 "
      "\xD0\xB4\xD0\xB5\xD0\xBB \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1\xD1\x89\xD0\xB8\xD0\xBB\xD0\xBE: "
      "Trade turnover between Belarus and China was $6 billion in 2021.\n";
  Report r = report({{"ru", "2024-01", text, ""}});
  ASSERT_GE(count_claims(r), 1u);
  Json j = parse_json(web_annotations_json(r.input()));
  size_t k = 0;
  for (const Claim& c : r.extractions[0].claims) {
    const Json& position = j["first"]["items"][k++]["target"]["selector"][1];
    ASSERT_EQ(position["type"].text, "TextPositionSelector");
    const auto start = static_cast<size_t>(position["start"].number);
    const auto end = static_cast<size_t>(position["end"].number);
    EXPECT_EQ(characters(text, start, end), c.quote);
    EXPECT_LT(start, c.span.begin);  // two bytes a letter before it: counted once each
    EXPECT_EQ(end - start, code_points(c.quote));
  }
}

TEST(WebAnnotations, TheManifestUrlIsTheSource) {
  Report r = report(kConflict);
  r.docs[0].source.url = "https://mfa.example/relations?id=1";
  Json j = parse_json(web_annotations_json(r.input()));
  size_t k = 0;
  for (size_t d = 0; d < r.extractions.size(); ++d) {
    for (size_t c = 0; c < r.extractions[d].claims.size(); ++c) {
      const std::string& source = j["first"]["items"][k++]["target"]["source"].text;
      if (d == 0) {
        EXPECT_EQ(source, "https://mfa.example/relations?id=1");
      } else {
        EXPECT_EQ(source.rfind("file:///", 0), 0u) << source;
      }
    }
  }
}

TEST(WebAnnotations, AnAbsolutePathBecomesAFileUri) {
  Report r = report(kConflict);
  for (Extraction& e : r.extractions) {
    for (Claim& c : e.claims) c.path = "/data/corpus 1/" + c.source + "#?.txt";
  }
  Json j = parse_json(web_annotations_json(r.input()));
  EXPECT_EQ(j["first"]["items"][0]["target"]["source"].text, "file:///data/corpus%201/a%23%3F.txt");
}

// ---- ClaimReview ----

struct Draft {
  Report corpus;
  Document doc;
  Extraction claims;
  DraftCheck check;
};

// A draft of three claims checked by hand, one finding of each verdict but disputed.
Draft draft(const std::string& published) {
  Draft d;
  d.corpus = report({kConflict[0],
                     {"c", "2024-01",
                      "Trade turnover between Belarus and China was $6 billion in "
                      "2021."}});
  TestCorpus t = ingest_and_extract(
      {{"draft", published,
        "Trade turnover between Belarus and China was $2 billion in 2021. Exports to China "
        "reached $900 million in 2022. Belarus has 9 million people.",
        "Our story"}});
  d.doc = std::move(t.docs[0]);
  d.claims = std::move(t.extractions[0]);
  EXPECT_GE(d.claims.claims.size(), 2u);
  const Claim* six = d.corpus.claim("$6 billion");
  if (!six || d.claims.claims.size() < 2) return d;
  DraftFinding contradicted;
  contradicted.claim = d.claims.claims[0];
  contradicted.verdict = Verdict::kContradicted;
  contradicted.explanation = "The corpus gives $6 billion (a, c); the draft says $2 billion.";
  for (const Extraction& e : d.corpus.extractions) {
    for (const Claim& c : e.claims) {
      if (c.quote == "$6 billion")
        contradicted.evidence.push_back(evidence_of(c, EvidenceRole::kConflicts));
    }
  }
  DraftFinding supported;
  supported.claim = d.claims.claims[1];
  supported.verdict = Verdict::kSupported;
  supported.explanation = "agrees";
  supported.evidence.push_back(evidence_of(*six, EvidenceRole::kAgrees));
  DraftFinding unsupported = supported;
  unsupported.verdict = Verdict::kUnsupported;
  unsupported.evidence.clear();
  DraftFinding disputed = supported;
  disputed.verdict = Verdict::kDisputed;
  d.check.findings = {supported, contradicted, unsupported, disputed};
  return d;
}

TEST(ClaimReview, OnlyContradictedFindingsBecomeClaimReviews) {
  Draft d = draft("2024-03-05");
  ASSERT_EQ(d.check.findings.size(), 4u);
  const DraftFinding& f = d.check.findings[1];
  std::string text = claim_review_jsonld("drafts/story.txt", d.doc, d.check, d.corpus.docs, {});
  Json j = parse_json(text);
  ASSERT_EQ(j.type, Json::kArray);
  ASSERT_EQ(j.items.size(), 1u) << text;
  const Json& review = j[0];
  EXPECT_EQ(review["@context"].text, "https://schema.org");
  EXPECT_EQ(review["@type"].text, "ClaimReview");
  EXPECT_EQ(review["claimReviewed"].text, f.claim.sentence.text());
  EXPECT_EQ(review["reviewBody"].text, f.explanation);
  EXPECT_EQ(review["datePublished"].text, "2024-03-05");
  const Json& item = review["itemReviewed"];
  EXPECT_EQ(item["@type"].text, "Claim");
  ASSERT_EQ(item["appearance"].items.size(), 1u);
  EXPECT_EQ(item["appearance"][0]["url"].text, here_uri() + "/drafts/story.txt");
  EXPECT_EQ(item["appearance"][0]["headline"].text, "Our story");
  EXPECT_EQ(item["appearance"][0]["datePublished"].text, "2024-03-05");
  const Json& rating = review["reviewRating"];
  EXPECT_EQ(rating["@type"].text, "Rating");
  EXPECT_EQ(rating["alternateName"].text, "Contradicted by corpus");
  EXPECT_EQ(rating["ratingValue"].number, 1);
  EXPECT_EQ(rating["worstRating"].number, 1);
  EXPECT_EQ(rating["bestRating"].number, 5);
  EXPECT_EQ(rating["ratingExplanation"].text, f.explanation);
  ASSERT_EQ(review["citation"].items.size(), f.evidence.size());
  EXPECT_EQ(review["citation"][0]["text"].text, "$6 billion");
  EXPECT_EQ(review["citation"][0]["identifier"].text, f.evidence[0].claim);
  EXPECT_EQ(review["citation"][0]["url"].text, here_uri() + "/" + f.evidence[0].path);
  // Without an organisation there is no author and no page to name as the review's url.
  EXPECT_FALSE(review.has("author"));
  EXPECT_FALSE(review.has("url"));
}

TEST(ClaimReview, AnUndatedDraftHasNoDateAndNoFindingGivesAnEmptyArray) {
  Draft d = draft("");
  Json j = parse_json(claim_review_jsonld("/tmp/story.txt", d.doc, d.check, {}, {}));
  ASSERT_EQ(j.items.size(), 1u);
  EXPECT_FALSE(j[0].has("datePublished"));
  EXPECT_FALSE(j[0]["itemReviewed"]["appearance"][0].has("datePublished"));
  EXPECT_EQ(j[0]["itemReviewed"]["appearance"][0]["url"].text, "file:///tmp/story.txt");
  DraftCheck none;
  EXPECT_EQ(parse_json(claim_review_jsonld("story.txt", d.doc, none, {}, {})).items.size(), 0u);
  d.check.findings.erase(d.check.findings.begin() + 1);  // the contradicted one
  EXPECT_EQ(parse_json(claim_review_jsonld("story.txt", d.doc, d.check, {}, {})).items.size(), 0u);
}

// What schema.org's ClaimReview and Google's fact-check markup (developers.google.com/search/
// docs/appearance/structured-data/factcheck) ask of each object: Google requires claimReviewed,
// reviewRating and url on ClaimReview, and alternateName on its Rating; it recommends author
// (an Organization or Person with name and url), datePublished and itemReviewed on ClaimReview,
// appearance (or firstAppearance), author and datePublished on the Claim, and bestRating,
// worstRating and ratingValue on the Rating. schema.org's types name the values' @type.
struct Required {
  const char* type;
  std::vector<const char*> required, recommended;
};
const Required kClaimReview = {"ClaimReview",
                               {"claimReviewed", "reviewRating", "url"},
                               {"author", "datePublished", "itemReviewed"}};
const Required kAuthor = {"Organization", {"name"}, {"url"}};
const Required kClaim = {"Claim", {}, {"appearance", "author", "datePublished"}};
const Required kRating = {
    "Rating", {"alternateName"}, {"bestRating", "worstRating", "ratingValue"}};

void expect_fields(const Json& o, const Required& r, const std::string& where) {
  ASSERT_EQ(o.type, Json::kObject) << where;
  EXPECT_EQ(o["@type"].text, r.type) << where;
  for (const char* name : r.required) {
    EXPECT_TRUE(o.has(name)) << where << " lacks required " << name;
    if (o.has(name) && o[name].type == Json::kString) {
      EXPECT_FALSE(o[name].text.empty()) << name;
    }
  }
  for (const char* name : r.recommended) {
    EXPECT_TRUE(o.has(name)) << where << " lacks recommended " << name;
  }
}

bool is_absolute_url(const std::string& s) {
  return s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0;
}

TEST(ClaimReview, CarriesEveryFieldGoogleFactCheckMarkupAsksFor) {
  Draft d = draft("2024-03-05");
  d.doc.source.author = {"Ivan Petrov", "manifest"};
  for (Document& doc : d.corpus.docs) {
    doc.source.url = "https://news.example/" + doc.source.id;
    doc.source.archived_url =
        "https://web.archive.org/web/2024/https://news.example/" + doc.source.id;
  }
  ClaimReviewOptions o;
  o.organisation_name = "Desk";
  o.organisation_url = "https://desk.example/";
  o.draft_url = "https://desk.example/drafts/story";
  Json j = parse_json(claim_review_jsonld("story.txt", d.doc, d.check, d.corpus.docs, o));
  ASSERT_EQ(j.items.size(), 1u);
  const Json& review = j[0];
  expect_fields(review, kClaimReview, "ClaimReview");
  EXPECT_EQ(review["url"].text, "https://desk.example/#claim-" + d.check.findings[1].claim.id);
  EXPECT_TRUE(is_absolute_url(review["url"].text));
  expect_fields(review["author"], kAuthor, "ClaimReview.author");
  EXPECT_EQ(review["author"]["name"].text, "Desk");
  EXPECT_EQ(review["author"]["url"].text, "https://desk.example/");
  EXPECT_EQ(review["datePublished"].text, "2024-03-05");
  expect_fields(review["itemReviewed"], kClaim, "Claim");
  const Json& appearance = review["itemReviewed"]["appearance"];
  ASSERT_EQ(appearance.type, Json::kArray);
  ASSERT_EQ(appearance.items.size(), 1u);
  EXPECT_EQ(appearance[0]["@type"].text, "CreativeWork");
  EXPECT_EQ(appearance[0]["url"].text, "https://desk.example/drafts/story");
  EXPECT_EQ(review["itemReviewed"]["author"]["name"].text, "Ivan Petrov");
  expect_fields(review["reviewRating"], kRating, "Rating");
  // Citations: the corpus documents' own URLs, with their archived copies.
  ASSERT_GE(review["citation"].items.size(), 1u);
  for (const Json& c : review["citation"].items) {
    EXPECT_TRUE(is_absolute_url(c["url"].text)) << c["url"].text;
    EXPECT_EQ(c["archivedAt"].text.rfind("https://web.archive.org/", 0), 0u);
  }
  // A review page of its own replaces the organisation's; one with an anchor is kept as given.
  o.review_url = "https://desk.example/checks/42";
  Json own = parse_json(claim_review_jsonld("story.txt", d.doc, d.check, d.corpus.docs, o));
  EXPECT_EQ(own[0]["url"].text,
            "https://desk.example/checks/42#claim-" + d.check.findings[1].claim.id);
  o.review_url = "https://desk.example/checks/42#one";
  Json anchored = parse_json(claim_review_jsonld("story.txt", d.doc, d.check, d.corpus.docs, o));
  EXPECT_EQ(anchored[0]["url"].text, "https://desk.example/checks/42#one");
}

// ---- determinism ----

TEST(ReportExports, TheSameCorpusGivesByteIdenticalExports) {
  Report first = report(kConflict);
  Report second = report(kConflict);
  EXPECT_EQ(report_json(first.input()), report_json(second.input()));
  EXPECT_EQ(claims_csv(first.input()), claims_csv(second.input()));
  EXPECT_EQ(discrepancies_csv(first.input()), discrepancies_csv(second.input()));
  EXPECT_EQ(web_annotations_json(first.input()), web_annotations_json(second.input()));
  Draft a = draft("2024-03"), b = draft("2024-03");
  EXPECT_EQ(claim_review_jsonld("d.txt", a.doc, a.check, a.corpus.docs, {}),
            claim_review_jsonld("d.txt", b.doc, b.check, b.corpus.docs, {}));
}

TEST(ReportExports, TextThatIsNotUtf8StillGivesValidJsonAndCsv) {
  Report r = report(kConflict);
  r.v.discrepancies[0].explanation = "bad \xFF\xFE bytes \x01 and a tab\t";
  for (Extraction& e : r.extractions) {
    for (Claim& c : e.claims) c.path = "dir/\xFFname.txt";
  }
  parse_json(report_json(r.input()));
  parse_json(web_annotations_json(r.input()));
  std::string csv = discrepancies_csv(r.input()) + claims_csv(r.input());
  EXPECT_TRUE(is_valid_utf8(csv));
  // The path keeps its exact bytes in the URI.
  Json j = parse_json(web_annotations_json(r.input()));
  EXPECT_EQ(j["first"]["items"][0]["target"]["source"].text, here_uri() + "/dir/%FFname.txt");
}

}  // namespace
}  // namespace claimtrace
