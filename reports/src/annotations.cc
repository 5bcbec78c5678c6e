// W3C Web Annotations of the claims (annotations.jsonld), one per claim.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "claimtrace/report_exports.h"
#include "claimtrace/utf8.h"
#include "json_parts.h"

namespace claimtrace {

namespace {

// The Web Annotation context, and the claimtrace: terms of the bodies declared as a prefix.
constexpr const char* kContext =
    "[\"http://www.w3.org/ns/anno.jsonld\",{\"claimtrace\":\"urn:claimtrace:vocab#\"}]";

// Characters before a byte offset of the original file, counted as the Web Annotation model
// counts them: code points of the document as decoded (a byte order mark is not one of them).
// Only for plain text in an encoding whose characters can be counted from the bytes: in HTML
// and XML the model counts the text without markup, which the file's bytes do not give.
class CharacterPositions {
 public:
  enum class Width { kUtf8, kUtf16Le, kUtf16Be, kUtf32, kOneByte };

  static std::optional<CharacterPositions> of(const Document& doc, const Env* env) {
    if (!env || doc.status != InputStatus::kOk || doc.format != Format::kText) return std::nullopt;
    std::optional<Width> width = width_of(doc.encoding);
    if (!width) return std::nullopt;
    Result<std::string> bytes = env->read_file(doc.source.path, doc.bytes + 1);
    // A file changed since it was read would give positions in other text.
    if (!bytes.is_ok() || bytes.value().size() != doc.bytes) return std::nullopt;
    return CharacterPositions(std::move(bytes).value(), *width);
  }

  // Claims come mostly in file order, so counting resumes from the last answer.
  uint64_t before(uint64_t byte) {
    byte = std::min<uint64_t>(byte, bytes_.size());
    if (byte < at_byte_) at_byte_ = at_chars_ = 0;
    if (at_byte_ < bom_) at_byte_ = std::min<uint64_t>(bom_, byte);
    while (at_byte_ < byte) {
      const auto b = static_cast<unsigned char>(bytes_[at_byte_]);
      switch (width_) {
        case Width::kUtf8:
          at_chars_ += (b & 0xC0) != 0x80;
          ++at_byte_;
          break;
        case Width::kUtf16Le:
        case Width::kUtf16Be: {
          const size_t high = width_ == Width::kUtf16Le ? at_byte_ + 1 : at_byte_;
          const auto h = high < bytes_.size() ? static_cast<unsigned char>(bytes_[high]) : 0;
          at_chars_ += !(h >= 0xDC && h <= 0xDF);  // a low surrogate ends a character begun
          at_byte_ += 2;
          break;
        }
        case Width::kUtf32:
          ++at_chars_;
          at_byte_ += 4;
          break;
        case Width::kOneByte:
          ++at_chars_;
          ++at_byte_;
          break;
      }
    }
    return at_chars_;
  }

 private:
  CharacterPositions(std::string bytes, Width width) : bytes_(std::move(bytes)), width_(width) {
    const std::string_view b(bytes_);
    if (width == Width::kUtf8 && b.substr(0, 3) == "\xEF\xBB\xBF") bom_ = 3;
    if ((width == Width::kUtf16Le && b.substr(0, 2) == "\xFF\xFE") ||
        (width == Width::kUtf16Be && b.substr(0, 2) == "\xFE\xFF")) {
      bom_ = 2;
    }
    if (width == Width::kUtf32 && (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
                                   b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))) {
      bom_ = 4;
    }
  }

  static std::optional<Width> width_of(const std::string& encoding) {
    if (encoding == "UTF-8") return Width::kUtf8;
    if (encoding == "UTF-16LE") return Width::kUtf16Le;
    if (encoding == "UTF-16BE") return Width::kUtf16Be;
    if (encoding == "UTF-32LE" || encoding == "UTF-32BE") return Width::kUtf32;
    for (const char* one_byte : {"windows-125", "ISO-8859-", "KOI8-", "IBM866", "US-ASCII"}) {
      if (encoding.rfind(one_byte, 0) == 0) return Width::kOneByte;
    }
    return std::nullopt;
  }

  std::string bytes_;
  Width width_;
  uint64_t bom_ = 0;
  uint64_t at_byte_ = 0, at_chars_ = 0;
};

// Up to `limit` characters of the paragraph before `at` (prefix) or from `at` (suffix); whole
// UTF-8 characters only, and never past a paragraph break.
std::string_view context_before(std::string_view text, size_t at, int limit) {
  size_t i = at;
  for (int n = 0; n < limit && i > 0; ++n) {
    size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
    if (text[j] == '\n') break;
    i = j;
  }
  return text.substr(i, at - i);
}

std::string_view context_after(std::string_view text, size_t at, int limit) {
  size_t i = at;
  for (int n = 0; n < limit && i < text.size(); ++n) {
    if (text[i] == '\n') break;
    size_t len = utf8_char_length(text, i);
    i += len ? len : 1;
  }
  return text.substr(at, i - at);
}

constexpr int kContextCharacters = 32;

// Prefix and suffix from the document's normalized text; from the sentence when the claim's
// range does not hold its quote there (the text was not kept).
std::pair<std::string, std::string> quote_context(const Claim& c, const Document* doc) {
  if (doc) {
    std::string_view text = doc->text.str();
    if (c.text_begin <= c.text_end && c.text_end <= text.size() &&
        text.substr(c.text_begin, c.text_end - c.text_begin) == c.quote) {
      return {std::string(context_before(text, c.text_begin, kContextCharacters)),
              std::string(context_after(text, c.text_end, kContextCharacters))};
    }
  }
  const std::string sentence = c.sentence.text();
  size_t at = c.quote.empty() ? std::string::npos : sentence.find(c.quote);
  if (at == std::string::npos) return {"", ""};
  return {std::string(context_before(sentence, at, kContextCharacters)),
          std::string(context_after(sentence, at + c.quote.size(), kContextCharacters))};
}

// "BY-CN trade.turnover 2021: 6000000000 USD (amount, approx, asserted)".
std::string claim_summary(const Claim& c) {
  std::string out = c.subject.empty() ? "?" : c.subject.text();
  out += ' ';
  out += c.attribute.empty() ? "?" : c.attribute;
  if (!c.period.empty()) {
    out += ' ';
    out += c.period.iso();
  }
  out += ": ";
  out += claim_value_text(c);
  if (!c.unit.empty()) out += " " + c.unit;
  out += std::string(" (") + to_string(c.kind) + ", " + to_string(c.qualifier) + ", " +
         to_string(c.modality) + ")";
  return out;
}

// The selectors of a claim: its quote with context; its place in characters of the document
// as decoded, when they can be counted; its bytes in the file.
std::string selectors(const Claim& c, const Document* doc, CharacterPositions* characters) {
  auto [prefix, suffix] = quote_context(c, doc);
  std::vector<std::string> out = {JsonObject()
                                      .add("type", "\"TextQuoteSelector\"")
                                      .add("exact", json_string(c.quote))
                                      .add("prefix", json_string(prefix))
                                      .add("suffix", json_string(suffix))
                                      .str()};
  if (characters) {
    out.push_back(JsonObject()
                      .add("type", "\"TextPositionSelector\"")
                      .add("start", json_count(characters->before(c.span.begin)))
                      .add("end", json_count(characters->before(c.span.end)))
                      .str());
  }
  out.push_back(JsonObject()
                    .add("type", "\"DataPositionSelector\"")
                    .add("start", json_count(c.span.begin))
                    .add("end", json_count(c.span.end))
                    .str());
  return json_array(out);
}

std::string annotation(const Claim& c, const Document* doc, CharacterPositions* characters) {
  const std::string source = document_iri(doc ? doc->source.url : "", c.path);
  std::string target = JsonObject()
                           .add("source", json_string(source))
                           .add("selector", selectors(c, doc, characters))
                           .str();
  std::string body = JsonObject()
                         .add("type", "\"TextualBody\"")
                         .add("purpose", "\"describing\"")
                         .add("format", "\"text/plain\"")
                         .add("value", json_string(claim_summary(c)))
                         .add("claimtrace:kind", json_string(to_string(c.kind)))
                         .add("claimtrace:subject", json_string(c.subject.text()))
                         .add("claimtrace:attribute", json_string(c.attribute))
                         .add("claimtrace:period", json_string(c.period.iso()))
                         .add("claimtrace:value", claim_value_json(c))
                         .add("claimtrace:unit", json_string(c.unit))
                         .str();
  return JsonObject()
      .add("id", json_string("urn:claimtrace:claim:" + c.id))
      .add("type", "\"Annotation\"")
      .add("motivation", "\"describing\"")
      .add("body", body)
      .add("target", target)
      .str();
}
}  // namespace

void write_web_annotations_json(const ReportInput& input, Output& output) {
  size_t total = 0;
  for (const Extraction& e : input.extractions) total += e.claims.size();
  std::string head =
      JsonObject()
          .add("@context", kContext)
          .add("id", "\"urn:claimtrace:claims\"")
          .add("type", "\"AnnotationCollection\"")
          .add("label", json_string(std::string("Claims found by claimtrace ") + version()))
          .add("total", json_count(total))
          .str();
  head.pop_back();  // the collection stays open for its first page
  Chunks out(output);
  out.text = head + ",\"first\":";
  std::string page = JsonObject().add("type", "\"AnnotationPage\"").add("startIndex", "0").str();
  page.pop_back();  // the page stays open for its items
  out.text += page + ",\"items\":";
  RecordArray items(out);
  for (size_t d = 0; d < input.extractions.size(); ++d) {
    const Document* doc = d < input.documents.size() ? &input.documents[d] : nullptr;
    if (input.extractions[d].claims.empty()) continue;
    std::optional<CharacterPositions> characters =
        doc ? CharacterPositions::of(*doc, input.env) : std::nullopt;
    for (const Claim& c : input.extractions[d].claims) {
      items.add(annotation(c, doc, characters ? &*characters : nullptr));
    }
  }
  items.close();
  out.text += "}}\n";
}

}  // namespace claimtrace
