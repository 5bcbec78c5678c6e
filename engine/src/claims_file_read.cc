// Reads the claims file back: each line parsed as JSON, each record field by field, and the
// first problem reported at its file, line and column.
#include <array>
#include <climits>
#include <cstdint>
#include <optional>

#include "claims_file_names.h"
#include "claimtrace/claims_file.h"
#include "json.h"

namespace claimtrace {

namespace {

using claims_file_names::kLevels;
using claims_file_names::kStatusCodes;
using claims_file_names::to_name;

// The first problem of a line: where in it and what.
struct LineError {
  size_t at = 0;
  std::string message;
};

template <class E>
const char* name_of(E e) {
  return to_string(e);
}
const char* name_of(StatusCode c) { return to_name(c); }
const char* name_of(DiagnosticLevel l) { return to_name(l); }

// The members of one object, read by name and type; the first one missing or of the wrong type
// is the line's error, and later reads give defaults.
class Fields {
 public:
  Fields(const json::Value& object, LineError& error) : v_(object), error_(error) {}

  bool ok() const { return error_.message.empty(); }
  void fail(size_t at, std::string message) {
    if (ok()) error_ = {at, std::move(message)};
  }

  const json::Value* get(const char* name, json::Value::Kind kind, const char* what) {
    if (!ok()) return nullptr;
    const json::Value* m = v_.find(name);
    if (!m) {
      fail(v_.at, std::string("missing field \"") + name + "\"");
    } else if (m->kind != kind) {
      fail(m->at, std::string("field \"") + name + "\" should be " + what);
      m = nullptr;
    }
    return m;
  }
  std::string str(const char* name) {
    const json::Value* m = get(name, json::Value::Kind::kString, "a string");
    return m ? m->text : std::string();
  }
  bool boolean(const char* name) {
    const json::Value* m = get(name, json::Value::Kind::kBool, "true or false");
    return m && m->boolean;
  }
  double number(const char* name) {
    if (!ok()) return 0;
    const json::Value* m = v_.find(name);
    std::optional<double> d = m ? json::as_double(*m) : std::nullopt;
    if (!d) fail(m ? m->at : v_.at, std::string("field \"") + name + "\" should be a number");
    return d.value_or(0);
  }
  // A whole number within [low, high].
  int64_t integer(const char* name, int64_t low, int64_t high) {
    const json::Value* m = get(name, json::Value::Kind::kNumber, "a whole number");
    std::optional<int64_t> n = m ? json::as_integer(*m) : std::nullopt;
    if (m && (!n || *n < low || *n > high)) {
      fail(m->at, std::string("field \"") + name + "\" is not a whole number in range");
      return 0;
    }
    return n.value_or(0);
  }
  int small(const char* name) { return static_cast<int>(integer(name, INT32_MIN, INT32_MAX)); }
  uint64_t size(const char* name) { return static_cast<uint64_t>(integer(name, 0, INT64_MAX)); }

  // An enum by the name its to_string gives; `last` is its last enumerator.
  template <class E>
  E named(const char* name, E last) {
    const json::Value* m = get(name, json::Value::Kind::kString, "a string");
    for (int i = 0; m && i <= static_cast<int>(last); ++i) {
      if (m->text == name_of(static_cast<E>(i))) return static_cast<E>(i);
    }
    if (m) fail(m->at, std::string("field \"") + name + "\" has an unknown value");
    return static_cast<E>(0);
  }
  Fields object(const char* name) {
    const json::Value* m = get(name, json::Value::Kind::kObject, "an object");
    return Fields(m ? *m : v_, error_);
  }
  const std::vector<json::Value>& array(const char* name) {
    static const std::vector<json::Value> kNone;
    const json::Value* m = get(name, json::Value::Kind::kArray, "an array");
    return m ? m->items : kNone;
  }
  bool has(const char* name) const { return v_.find(name) != nullptr; }
  Fields item(const json::Value& v) {
    if (v.kind != json::Value::Kind::kObject) fail(v.at, "expected an object");
    return Fields(v, error_);
  }
  // [year, month, day]
  void date(const char* name, int& year, int& month, int& day) {
    const std::vector<json::Value>& ymd = array(name);
    std::optional<int64_t> n[3];
    for (size_t i = 0; i < 3 && i < ymd.size(); ++i) n[i] = json::as_integer(ymd[i]);
    if (ok() && (ymd.size() != 3 || !n[0] || !n[1] || !n[2])) {
      fail(v_.find(name)->at, std::string("field \"") + name + "\" should be [year, month, day]");
    }
    year = static_cast<int>(n[0].value_or(0));
    month = static_cast<int>(n[1].value_or(0));
    day = static_cast<int>(n[2].value_or(0));
  }

 private:
  const json::Value& v_;
  LineError& error_;
};

Location read_location(Fields f) {
  Location where;
  where.file = f.str("file");
  where.offset = f.integer("offset", -1, INT64_MAX);
  where.line = f.small("line");
  where.column = f.small("column");
  return where;
}

void read_place(Fields& f, Span& span, Position& position) {
  span.begin = f.size("start");
  span.end = f.size("end");
  position.line = f.small("line");
  position.column = f.small("column");
}

SourceField read_field(Fields f) {
  SourceField field;
  field.value = f.str("value");
  field.from = f.str("from");
  return field;
}

// How many records of each type a document record announces.
struct Announced {
  size_t claims = 0, mentions = 0, breakdowns = 0;
  size_t warnings = 0;  // absent in files written before extraction had warnings
  size_t at = 0;        // offset of the document record in the file
};

Document read_document(Fields& f, Announced& announced) {
  Document d;
  d.source.id = f.str("id");
  d.source.path = f.str("path");
  d.source.title = read_field(f.object("title"));
  d.source.publisher = read_field(f.object("publisher"));
  d.source.kind = read_field(f.object("kind"));
  d.source.language = read_field(f.object("language"));
  d.source.author = read_field(f.object("author"));
  Fields date = f.object("published");
  PartialDate& p = d.source.published;
  p.year = date.small("year");
  p.month = date.small("month");
  p.day = date.small("day");
  p.precision = date.named("precision", DatePrecision::kDay);
  d.source.published_from = date.str("from");
  if (f.has("url")) d.source.url = f.str("url");
  if (f.has("archived_url")) d.source.archived_url = f.str("archived_url");
  if (f.has("trust_prior")) d.source.trust_prior = f.number("trust_prior");
  d.format = f.named("format", Format::kXml);
  d.encoding = f.str("encoding");
  d.bytes = f.size("bytes");
  d.status = f.named("status", InputStatus::kExcluded);
  Fields reason = f.object("reason");
  const StatusCode code = reason.named("code", StatusCode::kUnsupported);
  std::string message = reason.str("message");
  Location where = read_location(reason.object("where"));
  if (code != StatusCode::kOk) d.reason = Status::error(code, std::move(message), std::move(where));
  for (const json::Value& v : f.array("diagnostics")) {
    Fields item = f.item(v);
    Diagnostic diag;
    diag.severity = item.named("severity", DiagnosticLevel::kError);
    diag.message = item.str("message");
    diag.where = read_location(item.object("where"));
    d.diagnostics.push_back(std::move(diag));
  }
  announced.claims = f.size("claims");
  announced.mentions = f.size("mentions");
  announced.breakdowns = f.size("breakdowns");
  announced.warnings = f.has("warnings") ? f.size("warnings") : 0;
  return d;
}

// previous: the sentence of the claim read before, shared when this claim stands in it too.
Claim read_claim(Fields& f, QuotedSentence& previous) {
  Claim c;
  c.id = f.str("id");
  c.source = f.str("source");
  c.path = f.str("path");
  read_place(f, c.span, c.position);
  c.text_begin = f.size("text_begin");
  c.text_end = f.size("text_end");
  c.quote = f.str("quote");
  const std::string sentence = f.str("sentence");
  const TextRange range{f.size("sentence_begin"), f.size("sentence_end")};
  if (!(previous.range() == range && previous.text() == sentence)) {
    previous = QuotedSentence(range, sentence);
  }
  c.sentence = previous;
  c.kind = f.named("kind", ClaimKind::kName);
  std::vector<std::string> entities;
  for (const json::Value& v : f.array("subject")) {
    if (v.kind != json::Value::Kind::kString) f.fail(v.at, "a subject is a list of entity ids");
    entities.push_back(v.text);
  }
  c.subject = Subject(std::move(entities));
  c.attribute = f.str("attribute");
  Fields period = f.object("period");
  period.date("begin", c.period.begin_year, c.period.begin_month, c.period.begin_day);
  period.date("end", c.period.end_year, c.period.end_month, c.period.end_day);
  c.period.unresolved = period.boolean("unresolved");
  c.period_basis = f.named("period_basis", PeriodBasis::kContext);
  c.numeric = f.boolean("numeric");
  c.value = f.number("value");
  c.text = f.str("text");
  c.unit = f.str("unit");
  c.low = f.number("low");
  c.high = f.number("high");
  c.qualifier = f.named("qualifier", Qualifier::kRange);
  c.modality = f.named("modality", Modality::kReported);
  c.speaker = f.str("speaker");
  c.scope = f.str("scope");
  c.object = f.str("object");
  c.anchor = f.integer("anchor", INT64_MIN, INT64_MAX);
  return c;
}

Mention read_mention(Fields& f) {
  Mention m;
  m.entity = f.str("entity");
  m.canonical = f.str("canonical");
  m.surface = f.str("surface");
  m.type = f.named("entity_type", EntityType::kGroup);
  read_place(f, m.span, m.position);
  m.text_begin = f.size("text_begin");
  m.text_end = f.size("text_end");
  return m;
}

Breakdown read_breakdown(Fields& f) {
  Breakdown b;
  b.total = f.str("total");
  b.exhaustive = f.boolean("exhaustive");
  b.cue = f.str("cue");
  for (const json::Value& v : f.array("parts")) {
    Fields item = f.item(v);
    BreakdownPart p;
    p.claim = item.str("claim");
    p.low = item.number("low");
    p.high = item.number("high");
    read_place(item, p.span, p.position);
    p.quote = item.str("quote");
    b.parts.push_back(std::move(p));
  }
  return b;
}

}  // namespace

Result<ClaimsFile> parse_claims_file(const std::string& path, std::string_view contents) {
  auto error = [&](size_t offset, const std::string& message) {
    return Status::error(StatusCode::kParseError, message,
                         Location::in(path, contents, static_cast<int64_t>(offset)));
  };
  ClaimsFile file;
  Announced announced;
  // A document's records must all be there: a cut-off file must not pass for a complete one.
  auto complete = [&]() {
    if (file.documents.empty()) return true;
    const Extraction& e = file.extractions.back();
    return e.claims.size() == announced.claims && e.mentions.size() == announced.mentions &&
           e.breakdowns.size() == announced.breakdowns &&
           e.diagnostics.size() == announced.warnings;
  };
  auto incomplete = [&]() {
    const Extraction& e = file.extractions.back();
    return error(
        announced.at,
        "document \"" + file.documents.back().source.id + "\" announces " +
            std::to_string(announced.claims) + " claims, " + std::to_string(announced.mentions) +
            " mentions and " + std::to_string(announced.breakdowns) +
            " breakdowns; the file holds " + std::to_string(e.claims.size()) + ", " +
            std::to_string(e.mentions.size()) + " and " + std::to_string(e.breakdowns.size()) +
            (e.diagnostics.size() == announced.warnings
                 ? std::string()
                 : "; it announces " + std::to_string(announced.warnings) +
                       " warnings, the file holds " + std::to_string(e.diagnostics.size())));
  };
  QuotedSentence previous_sentence;
  for (size_t begin = 0; begin < contents.size();) {
    size_t end = contents.find('\n', begin);
    if (end == std::string_view::npos) end = contents.size();
    const std::string_view line = contents.substr(begin, end - begin);
    const size_t at = begin;
    begin = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Result<json::Value> parsed = json::parse(line);
    if (!parsed.is_ok()) {
      return error(at + static_cast<size_t>(parsed.status().where().offset),
                   parsed.status().message());
    }
    const json::Value& record = parsed.value();
    if (record.kind != json::Value::Kind::kObject) {
      return error(at + record.at, "a record must be a JSON object");
    }
    LineError problem;
    Fields f(record, problem);
    const std::string type = f.str("type");
    const bool known = type == "document" || type == "claim" || type == "mention" ||
                       type == "breakdown" || type == "warning";
    if (f.ok() && !known) {
      return error(at + record.find("type")->at, "unknown record type \"" + type + "\"");
    }
    if (type == "document") {
      if (!complete()) return incomplete();
      announced = {};
      announced.at = at;
      file.documents.push_back(read_document(f, announced));
      file.extractions.emplace_back();
    } else if (f.ok() && file.documents.empty()) {
      return error(at + record.at, "a " + type + " record before any document record");
    } else if (type == "claim" && file.extractions.back().claims.size() < announced.claims) {
      file.extractions.back().claims.push_back(read_claim(f, previous_sentence));
    } else if (type == "mention" && file.extractions.back().mentions.size() < announced.mentions) {
      file.extractions.back().mentions.push_back(read_mention(f));
    } else if (type == "breakdown" &&
               file.extractions.back().breakdowns.size() < announced.breakdowns) {
      file.extractions.back().breakdowns.push_back(read_breakdown(f));
    } else if (type == "warning" &&
               file.extractions.back().diagnostics.size() < announced.warnings) {
      Diagnostic diag;
      diag.severity = f.named("severity", DiagnosticLevel::kError);
      diag.message = f.str("message");
      diag.where = read_location(f.object("where"));
      file.extractions.back().diagnostics.push_back(std::move(diag));
    } else if (known) {
      return error(at + record.at, "more " + type + " records than document \"" +
                                       file.documents.back().source.id + "\" announces");
    }
    if (!problem.message.empty()) return error(at + problem.at, problem.message);
  }
  if (!complete()) return incomplete();
  return file;
}

Result<ClaimsFile> read_claims_file(const Env& env, const std::string& path) {
  Result<std::string> contents = env.read_file(path, UINT64_MAX);
  if (!contents.is_ok()) return contents.status();
  return parse_claims_file(path, contents.value());
}

}  // namespace claimtrace
