// Ingestion: bytes -> decoded UTF-8 -> visible text (plain, HTML, XML) -> normalized text ->
// paragraphs and sentences, keeping the map back to the original bytes at every step.
#include "claimtrace/ingest.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "decode.h"
#include "layout.h"
#include "markup.h"
#include "normalize.h"
#include "rule_data.h"
#include "sentences.h"
#include "text_data.h"

namespace claimtrace {

const char* to_string(Format format) {
  switch (format) {
    case Format::kText:
      return "text";
    case Format::kHtml:
      return "html";
    case Format::kXml:
      return "xml";
    case Format::kUnknown:
      break;
  }
  return "unknown";
}

const char* to_string(InputStatus status) {
  switch (status) {
    case InputStatus::kOk:
      return "ok";
    case InputStatus::kSkipped:
      return "skipped";
    case InputStatus::kExcluded:
      return "excluded";
  }
  return "?";
}

namespace {

constexpr size_t kMaxInvalidByteWarnings = 20;

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// By extension first; unknown extensions are sniffed from the first bytes.
Format detect_format(const std::string& path, std::string_view bytes) {
  std::string name =
      lower(path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1));
  std::string ext = name.rfind('.') == std::string::npos ? "" : name.substr(name.rfind('.') + 1);
  if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return Format::kHtml;
  if (ext == "xml" || ext == "tei" || ext == "rss" || ext == "atom") return Format::kXml;
  if (ext == "txt" || ext == "text" || ext == "md") return Format::kText;
  // Skip a BOM and leading spaces, then look at the first tag.
  size_t i = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  std::string head = lower(std::string(bytes.substr(i, 512)));
  if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0) return Format::kHtml;
  if (head.rfind("<?xml", 0) == 0) {
    return head.find("<html") != std::string::npos ? Format::kHtml : Format::kXml;
  }
  return Format::kText;
}

// Fills what the manifest left unknown with what the document says about itself.
void merge_metadata(Source& source, const MarkupMetadata& m, std::vector<Diagnostic>& diags) {
  auto fill = [](SourceField& field, const SourceField& found) {
    if (!field.known() && found.known() && !found.value.empty()) field = found;
  };
  fill(source.title, m.title);
  fill(source.language, m.language);
  fill(source.publisher, m.publisher);
  fill(source.author, m.author);
  if (source.published.precision == DatePrecision::kUnknown && m.published.known()) {
    PartialDate d = PartialDate::parse(m.published.value);
    if (d.precision != DatePrecision::kUnknown) {
      source.published = d;
      source.published_from = m.published.from;
    } else {
      diags.push_back(Diagnostic{
          DiagnosticLevel::kWarning, Location{.file = source.path},
          "unreadable publication date \"" + m.published.value + "\" in " + m.published.from});
    }
  }
}

Location locate(const std::string& path, const TextData& data, uint64_t decoded_offset) {
  decoded_offset = std::min<uint64_t>(decoded_offset, data.lines.size());
  uint64_t original = data.to_original.size() == 0 ? 0
                      : decoded_offset < data.to_original.size()
                          ? data.to_original.begin_of(decoded_offset)
                          : data.to_original.end_of(data.to_original.size() - 1);
  Position p = data.lines.at(decoded_offset);
  return Location{path, static_cast<int64_t>(original), p.line, p.column};
}

Document skipped(Document doc, Status reason) {
  doc.status = InputStatus::kSkipped;
  doc.reason = std::move(reason);
  return doc;
}

}  // namespace

Document ingest_bytes(const std::string& path, const std::string& bytes, const Source& metadata,
                      const RuleSet& rules) {
  Document doc;
  doc.source = metadata;
  doc.source.path = path;
  doc.bytes = bytes.size();
  if (bytes.empty()) {
    return skipped(std::move(doc),
                   Status::error(StatusCode::kUnsupported, "empty file", Location{.file = path}));
  }
  doc.format = detect_format(path, bytes);
  if (auto why = binary_reason(bytes)) {
    doc.format = Format::kUnknown;
    return skipped(std::move(doc),
                   Status::error(StatusCode::kUnsupported, *why, Location{.file = path}));
  }

  auto data = std::make_shared<TextData>();
  std::string declared = doc.format == Format::kText ? "" : declared_charset(bytes);
  Decoded decoded = decode(bytes, declared);
  doc.encoding = decoded.encoding;
  data->encoding = decoded.encoding;
  data->format = static_cast<int>(doc.format);
  data->to_original = std::move(decoded.to_original);
  data->lines = LineIndex(decoded.text);

  for (const std::string& note : decoded.notes) {
    doc.diagnostics.push_back(Diagnostic{DiagnosticLevel::kWarning, Location{.file = path}, note});
  }
  // Invalid bytes: each became a U+FFFD in the decoded text, which gives line and column.
  size_t reported = 0;
  for (size_t at = decoded.text.find("\xEF\xBF\xBD");
       at != std::string::npos && reported < kMaxInvalidByteWarnings;
       at = decoded.text.find("\xEF\xBF\xBD", at + 3)) {
    uint64_t original = data->to_original.begin_of(at);
    if (!std::binary_search(decoded.invalid_bytes.begin(), decoded.invalid_bytes.end(), original)) {
      continue;  // a U+FFFD that was in the file already
    }
    uint64_t end = data->to_original.end_of(at);
    std::string shown;
    for (uint64_t b = original; b < end && b < bytes.size() && b < original + 4; ++b) {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%02X", static_cast<unsigned char>(bytes[b]));
      if (!shown.empty()) shown.push_back(' ');
      shown.append(hex);
    }
    doc.diagnostics.push_back(Diagnostic{DiagnosticLevel::kWarning, locate(path, *data, at),
                                         "invalid " + doc.encoding + " sequence <" + shown +
                                             "> at byte " + std::to_string(original) +
                                             " replaced by U+FFFD"});
    ++reported;
  }
  if (decoded.invalid_bytes.size() > kMaxInvalidByteWarnings) {
    doc.diagnostics.push_back(
        Diagnostic{DiagnosticLevel::kWarning, Location{.file = path},
                   std::to_string(decoded.invalid_bytes.size() - kMaxInvalidByteWarnings) +
                       " more invalid byte sequences replaced by U+FFFD"});
  }

  Normalizer normalizer;
  normalizer.reserve(decoded.text.size());
  MarkupMetadata markup;
  switch (doc.format) {
    case Format::kHtml:
      read_html(decoded.text, normalizer, markup);
      break;
    case Format::kXml: {
      Status s = read_xml(decoded.text, normalizer, markup);
      if (!s.is_ok()) {
        Location where =
            locate(path, *data, static_cast<uint64_t>(std::max<int64_t>(s.where().offset, 0)));
        return skipped(std::move(doc), Status::error(s.code(), s.message(), where));
      }
      break;
    }
    case Format::kText:
    case Format::kUnknown:
      read_plain_text(decoded.text, normalizer, data->layout);
      break;
  }
  merge_metadata(doc.source, markup, doc.diagnostics);

  NormalizedText normalized = normalizer.finish();
  data->text = std::move(normalized.text);
  data->to_decoded = std::move(normalized.to_decoded);
  data->paragraphs = std::move(normalized.paragraphs);
  data->sentences = split_sentences(data->text, data->paragraphs, rules.data());
  // Held for as long as the corpus is: no room left over from growing.
  data->text.shrink_to_fit();
  data->to_decoded.shrink_to_fit();
  data->to_original.shrink_to_fit();
  data->paragraphs.shrink_to_fit();
  data->sentences.shrink_to_fit();
  if (data->text.empty()) {
    doc.diagnostics.push_back(
        Diagnostic{DiagnosticLevel::kWarning, Location{.file = path}, "no visible text"});
  }
  doc.text = Text(std::move(data));
  return doc;
}

Document ingest_file(const Env& env, const std::string& path, const Source& metadata,
                     const RuleSet& rules, const IngestOptions& options) {
  Result<std::string> bytes = env.read_file(path, options.max_bytes);
  if (!bytes.is_ok()) {
    Document doc;
    doc.source = metadata;
    doc.source.path = path;
    return skipped(std::move(doc), bytes.status());
  }
  return ingest_bytes(path, bytes.value(), metadata, rules);
}

std::string normalize_fragment(const Document& document, const std::string& original_bytes) {
  const TextData* data = text_data(document.text);
  Decoded decoded = decode_as(original_bytes, data->encoding);
  Normalizer normalizer;
  MarkupMetadata ignored;
  switch (static_cast<Format>(data->format)) {
    case Format::kHtml:
      read_html(decoded.text, normalizer, ignored);
      break;
    case Format::kXml: {
      // A fragment is rarely well-formed XML on its own; wrapped, it often is.
      Normalizer wrapped;
      std::string doc = "<fragment>" + decoded.text + "</fragment>";
      if (read_xml(doc, wrapped, ignored).is_ok()) return wrapped.finish().text;
      read_html(decoded.text, normalizer, ignored);
      break;
    }
    case Format::kText:
    case Format::kUnknown:
      read_plain_fragment(decoded.text, normalizer, data->layout);
      break;
  }
  return normalizer.finish().text;
}

}  // namespace claimtrace
