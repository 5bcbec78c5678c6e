// JSON writer and parser for the claims file.
#include "json.h"

#include <charconv>
#include <cmath>
#include <limits>

#include "claimtrace/claim.h"
#include "claimtrace/utf8.h"

namespace claimtrace::json {

namespace {

constexpr int kMaxDepth = 32;  // claims files nest three deep; deeper input is not ours

void append_code_point(std::string& out, uint32_t cp) {
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

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  Result<Value> run() {
    Value v;
    if (!value(v, 0)) return error_;
    space();
    if (i_ != s_.size()) return fail("unexpected text after the JSON value"), error_;
    return v;
  }

 private:
  bool fail(const std::string& message) {
    Location where;
    where.offset = static_cast<int64_t>(i_);
    error_ = Status::error(StatusCode::kParseError, message, where);
    return false;
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n'))
      ++i_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return fail("expected a JSON value");
    i_ += word.size();
    return true;
  }

  bool value(Value& v, int depth) {
    space();
    if (depth > kMaxDepth) return fail("JSON nested too deeply");
    if (i_ >= s_.size()) return fail("expected a JSON value, found the end of the line");
    v.at = i_;
    switch (s_[i_]) {
      case '{':
        v.kind = Value::Kind::kObject;
        return object(v, depth);
      case '[':
        v.kind = Value::Kind::kArray;
        return array(v, depth);
      case '"':
        v.kind = Value::Kind::kString;
        return string(v.text);
      case 't':
        v.kind = Value::Kind::kBool;
        v.boolean = true;
        return literal("true");
      case 'f':
        v.kind = Value::Kind::kBool;
        return literal("false");
      case 'n':
        return literal("null");
      default:
        v.kind = Value::Kind::kNumber;
        return number(v.text);
    }
  }

  bool object(Value& v, int depth) {
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
    for (;;) {
      space();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a member name in quotes");
      std::string name;
      if (!string(name)) return false;
      space();
      if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':' after a member name");
      ++i_;
      Value member;
      if (!value(member, depth + 1)) return false;
      v.names.push_back(std::move(name));
      v.values.push_back(std::move(member));
      space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
      return fail("expected ',' or '}' in an object");
    }
  }

  bool array(Value& v, int depth) {
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
    for (;;) {
      Value item;
      if (!value(item, depth + 1)) return false;
      v.items.push_back(std::move(item));
      space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
      return fail("expected ',' or ']' in an array");
    }
  }

  bool hex4(uint32_t& out) {
    if (i_ + 4 > s_.size()) return fail("\\u needs four hex digits");
    out = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_ + k];
      const int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
      if (d < 0) return fail("\\u needs four hex digits");
      out = out * 16 + static_cast<uint32_t>(d);
    }
    i_ += 4;
    return true;
  }

  bool escape(std::string& out) {
    if (i_ >= s_.size()) return fail("unterminated string");
    const char c = s_[i_++];
    switch (c) {
      case '"':
      case '\\':
      case '/':
        out += c;
        return true;
      case 'b':
        out += '\b';
        return true;
      case 'f':
        out += '\f';
        return true;
      case 'n':
        out += '\n';
        return true;
      case 'r':
        out += '\r';
        return true;
      case 't':
        out += '\t';
        return true;
      case 'u':
        break;
      default:
        --i_;
        return fail("unknown escape in a string");
    }
    uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC80 && cp <= 0xDCFF) {  // a byte that was not UTF-8, as the writer escapes it
      out += static_cast<char>(cp - 0xDC00);
      return true;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      uint32_t low = 0;
      if (s_.substr(i_, 2) != "\\u") return fail("a high surrogate needs its low surrogate");
      i_ += 2;
      if (!hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return fail("a high surrogate needs its low surrogate");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return fail("a low surrogate without its high surrogate");
    }
    append_code_point(out, cp);
    return true;
  }

  bool string(std::string& out) {
    ++i_;  // the opening quote
    for (;;) {
      if (i_ >= s_.size()) return fail("unterminated string");
      const char c = s_[i_];
      if (c == '"') return ++i_, true;
      if (static_cast<unsigned char>(c) < 0x20) return fail("a control character in a string");
      if (c == '\\') {
        ++i_;
        if (!escape(out)) return false;
        continue;
      }
      const size_t n = utf8_char_length(s_, i_);
      if (n == 0) return fail("a byte that is not UTF-8 in a string");
      out.append(s_.substr(i_, n));
      i_ += n;
    }
  }

  bool number(std::string& out) {
    const size_t begin = i_;
    auto digits = [&] {
      const size_t from = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      return i_ > from;
    };
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    if (i_ < s_.size() && s_[i_] == '0') {
      ++i_;
    } else if (!digits()) {
      i_ = begin;
      return fail("expected a JSON value");
    }
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (!digits()) return fail("expected digits after '.'");
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (!digits()) return fail("expected digits in the exponent");
    }
    out.assign(s_.substr(begin, i_ - begin));
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
  Status error_;
};

}  // namespace

void append_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const size_t n = utf8_char_length(s, i);
      if (n == 0) {
        out += "\\udc";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      } else {
        out.append(s.substr(i, n));
        i += n - 1;
      }
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

void append_number(std::string& out, double value) {
  if (std::isfinite(value)) {
    out += number_text(value);
  } else {
    append_string(out, number_text(value));
  }
}

const Value* Value::find(std::string_view name) const {
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return &values[i];
  }
  return nullptr;
}

Result<Value> parse(std::string_view text) { return Parser(text).run(); }

std::optional<int64_t> as_integer(const Value& v) {
  if (v.kind != Value::Kind::kNumber) return std::nullopt;
  int64_t n = 0;
  const char* end = v.text.data() + v.text.size();
  auto r = std::from_chars(v.text.data(), end, n);
  if (r.ec != std::errc() || r.ptr != end) return std::nullopt;
  return n;
}

std::optional<double> as_double(const Value& v) {
  if (v.kind == Value::Kind::kString) {
    if (v.text == "inf") return std::numeric_limits<double>::infinity();
    if (v.text == "-inf") return -std::numeric_limits<double>::infinity();
    if (v.text == "nan") return std::numeric_limits<double>::quiet_NaN();
    return std::nullopt;
  }
  if (v.kind != Value::Kind::kNumber) return std::nullopt;
  double d = 0;
  const char* end = v.text.data() + v.text.size();
  auto r = std::from_chars(v.text.data(), end, d);
  if (r.ec != std::errc() || r.ptr != end) return std::nullopt;
  return d;
}

}  // namespace claimtrace::json
