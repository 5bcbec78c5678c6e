// Decoding: UTF-8 is validated by hand (the common case, and fast); everything else goes
// through ICU converters with per-unit source offsets so provenance stays exact.
#include "decode.h"

#include "claimtrace/utf8.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

namespace claimtrace {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

struct Utf8Scan {
  size_t invalid = 0;
  size_t multibyte = 0;  // 2-byte sequences count 1; 3- and 4-byte ones, almost never accidental
                         // in legacy text, count 4
};

Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan r;
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t consumed = 0;
    size_t n = utf8_char_length(s, i, &consumed);
    if (n) {
      r.multibyte += n == 2 ? 1 : 4;
      i += n;
    } else {
      ++r.invalid;
      i += consumed;
    }
  }
  return r;
}

void decode_utf8(std::string_view s, size_t skip, Decoded& out) {
  out.text.reserve(s.size() - skip);
  size_t i = skip, run = skip;
  auto flush = [&](size_t upto) {
    if (upto > run) {
      out.text.append(s.data() + run, upto - run);
      out.to_original.append(upto - run, run, upto, true);
    }
  };
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t consumed = 0;
    size_t n = utf8_char_length(s, i, &consumed);
    if (n) {
      i += n;
      continue;
    }
    flush(i);
    out.text.append(kReplacement, 3);
    out.to_original.append(3, i, i + consumed, false);
    out.invalid_bytes.push_back(i);
    i += consumed;
    run = i;
  }
  flush(s.size());
}

struct RecordedErrors {
  const char* base = nullptr;
  std::vector<uint64_t>* offsets = nullptr;
};

// Substitutes U+FFFD as ICU would, and remembers where the bad bytes were.
void U_CALLCONV record_and_substitute(const void* context, UConverterToUnicodeArgs* args,
                                      const char* codeUnits, int32_t length,
                                      UConverterCallbackReason reason, UErrorCode* err) {
  if (reason <= UCNV_IRREGULAR) {
    auto* rec = static_cast<const RecordedErrors*>(context);
    rec->offsets->push_back(static_cast<uint64_t>(args->source - rec->base) -
                            static_cast<uint64_t>(length));
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
}

// Converts with ICU; false when the converter does not exist.
bool decode_icu(std::string_view s, size_t skip, const char* name, Decoded& out) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name, &err), &ucnv_close);
  if (U_FAILURE(err) || !conv) return false;
  const char* canonical = ucnv_getName(conv.get(), &err);
  out.encoding = U_SUCCESS(err) && canonical ? canonical : name;

  std::vector<uint64_t> bad;
  RecordedErrors rec{s.data(), &bad};
  ucnv_setToUCallBack(conv.get(), record_and_substitute, &rec, nullptr, nullptr, &err);

  const size_t n = s.size() - skip;
  std::vector<UChar> units(n * 2 + 16);
  std::vector<int32_t> offsets(units.size());
  const char* src = s.data() + skip;
  const char* src_end = s.data() + s.size();
  UChar* dst = units.data();
  int32_t* off = offsets.data();
  err = U_ZERO_ERROR;
  ucnv_toUnicode(conv.get(), &dst, units.data() + units.size(), &src, src_end, off, true, &err);
  if (U_FAILURE(err)) return false;
  const size_t count = static_cast<size_t>(dst - units.data());

  out.text.reserve(count * 2);
  char buf[4];
  size_t i = 0;
  while (i < count) {
    UChar32 c;
    size_t start = i;
    U16_NEXT(units.data(), i, count, c);
    if (U_IS_SURROGATE(c)) c = 0xFFFD;
    uint64_t from = skip + static_cast<uint64_t>(std::max(offsets[start], 0));
    uint64_t to = s.size();
    for (size_t j = i; j < count; ++j) {  // the next unit that starts at a later byte
      if (offsets[j] >= 0 && skip + static_cast<uint64_t>(offsets[j]) > from) {
        to = skip + static_cast<uint64_t>(offsets[j]);
        break;
      }
      if (j > i + 4) break;  // a character never takes more than a few units
    }
    if (to <= from) to = from + 1;
    size_t len;
    if (c < 0x80) {
      buf[0] = static_cast<char>(c);
      len = 1;
    } else if (c < 0x800) {
      buf[0] = static_cast<char>(0xC0 | (c >> 6));
      buf[1] = static_cast<char>(0x80 | (c & 0x3F));
      len = 2;
    } else if (c < 0x10000) {
      buf[0] = static_cast<char>(0xE0 | (c >> 12));
      buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buf[2] = static_cast<char>(0x80 | (c & 0x3F));
      len = 3;
    } else {
      buf[0] = static_cast<char>(0xF0 | (c >> 18));
      buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      buf[3] = static_cast<char>(0x80 | (c & 0x3F));
      len = 4;
    }
    out.text.append(buf, len);
    // Same length on both sides maps byte for byte; that keeps ASCII runs one piece.
    out.to_original.append(len, from, to, to - from == len);
  }
  out.invalid_bytes = std::move(bad);
  return true;
}

bool is_utf8_name(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name == "utf-8" || name == "utf8";
}

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  std::transform(r.begin(), r.end(), r.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return r;
}

// Value of attr="..." or attr='...' or attr=token at or after pos in s; "" if absent.
std::string attribute_value(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '=')) ++pos;
  if (pos >= s.size()) return "";
  char quote = s[pos];
  size_t b = pos, e;
  if (quote == '"' || quote == '\'') {
    b = pos + 1;
    e = s.find(quote, b);
    if (e == std::string_view::npos) return "";
  } else {
    e = b;
    while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '-' ||
                            s[e] == '_' || s[e] == ':' || s[e] == '.')) {
      ++e;
    }
  }
  return std::string(s.substr(b, std::min<size_t>(e - b, 40)));
}

}  // namespace

std::optional<std::string> binary_reason(std::string_view bytes) {
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return std::nullopt;  // UTF-16 or UTF-32 with BOM: NULs are expected
  }
  if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
    return std::nullopt;
  }
  const void* nul = std::memchr(bytes.data(), 0, bytes.size());
  if (nul != nullptr) {
    return "binary: NUL byte at offset " +
           std::to_string(static_cast<const char*>(nul) - bytes.data());
  }
  // Mostly control characters: judged on the first 64 KiB, as file(1) does.
  size_t n = std::min<size_t>(bytes.size(), 65536), control = 0;
  for (size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) ++control;
  }
  if (n > 0 && control * 10 > n) {
    return "binary: " + std::to_string(control * 100 / n) + "% control characters";
  }
  return std::nullopt;
}

std::string declared_charset(std::string_view bytes) {
  std::string head = lower_ascii(bytes.substr(0, 4096));
  if (head.compare(0, 5, "<?xml") == 0) {
    size_t end = head.find("?>");
    size_t at = head.find("encoding", 0);
    if (at != std::string::npos && at < end) return attribute_value(head, at + 8);
    return "";
  }
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    size_t end = head.find('>', at);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + at, end - at);
    size_t cs = tag.find("charset");
    if (cs == std::string_view::npos) continue;
    std::string v = attribute_value(tag, cs + 7);  // <meta charset=".."> or content="..;charset=.."
    if (v.empty() || v.find(';') != std::string::npos) continue;
    return v;
  }
  return "";
}

Decoded decode_as(std::string_view bytes, const std::string& encoding) {
  Decoded out;
  if (is_utf8_name(encoding) || encoding.empty()) {
    size_t skip = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    out.encoding = "UTF-8";
    decode_utf8(bytes, skip, out);
  } else if (!decode_icu(bytes, 0, encoding.c_str(), out)) {
    out = Decoded{};
    out.encoding = "UTF-8";
    decode_utf8(bytes, 0, out);
  }
  return out;
}

Decoded decode(std::string_view bytes, const std::string& declared) {
  Decoded out;
  // 1. A byte order mark says it all (UTF-32 first: its LE BOM starts like UTF-16's).
  struct Bom {
    std::string_view bytes;
    const char* name;
  };
  static const Bom kBoms[] = {{std::string_view("\xFF\xFE\0\0", 4), "UTF-32LE"},
                              {std::string_view("\0\0\xFE\xFF", 4), "UTF-32BE"},
                              {"\xEF\xBB\xBF", "UTF-8"},
                              {"\xFF\xFE", "UTF-16LE"},
                              {"\xFE\xFF", "UTF-16BE"}};
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) != bom.bytes) continue;
    out.encoding_from = "BOM";
    if (std::string_view(bom.name) == "UTF-8") {
      out.encoding = "UTF-8";
      decode_utf8(bytes, 3, out);
    } else {
      decode_icu(bytes, bom.bytes.size(), bom.name, out);
    }
    return out;
  }
  // 2. What the document declares, unless that is UTF-8 (then validity decides below).
  if (!declared.empty() && !is_utf8_name(declared)) {
    if (decode_icu(bytes, 0, declared.c_str(), out)) {
      out.encoding_from = "declared";
      return out;
    }
    out = Decoded{};
    out.notes.push_back("declared charset \"" + declared + "\" is unknown; detecting instead");
  }
  // 3. Valid UTF-8, or UTF-8 with a few damaged sequences, stays UTF-8.
  Utf8Scan scan = scan_utf8(bytes);
  if (scan.invalid == 0 || scan.multibyte >= scan.invalid || is_utf8_name(declared)) {
    out.encoding = "UTF-8";
    out.encoding_from =
        scan.invalid == 0 ? (scan.multibyte ? "valid UTF-8" : "ASCII") : "mostly valid UTF-8";
    decode_utf8(bytes, 0, out);
    return out;
  }
  // 4. A legacy single- or multi-byte charset: ask ICU.
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&err), &ucsdet_close);
  if (U_SUCCESS(err)) {
    ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &err);
    const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
    if (U_SUCCESS(err) && match != nullptr) {
      const char* name = ucsdet_getName(match, &err);
      int32_t confidence = ucsdet_getConfidence(match, &err);
      if (U_SUCCESS(err) && name != nullptr && confidence >= 10 && !is_utf8_name(name) &&
          decode_icu(bytes, 0, name, out)) {
        out.encoding_from = "detected (ICU, " + std::to_string(confidence) + "% confident)";
        return out;
      }
    }
  }
  out = Decoded{};
  out.encoding = "UTF-8";
  out.encoding_from = "undetectable; read as UTF-8";
  decode_utf8(bytes, 0, out);
  return out;
}

}  // namespace claimtrace
