// check.json: check.xml's content for tools that read JSON — the draft, the corpus inputs and
// one finding per draft claim with its claim record and evidence.
#include "claimtrace/check_report.h"
#include "claimtrace/claim_writers.h"

namespace claimtrace {

namespace {

std::string claim_object(const Claim& c) {
  std::string line;
  append_claims_jsonl({c}, line);
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return line;
}

std::string source_object(const Document& d, const char* role,
                          const std::vector<Diagnostic>& warnings = {}) {
  std::string out = "{\"id\":" + json_string(d.source.id) +
                    ",\"path\":" + json_string(d.source.path) + ",\"role\":\"" + role +
                    "\",\"status\":\"" + to_string(d.status) + "\"";
  if (d.status != InputStatus::kOk) out += ",\"reason\":" + json_string(d.reason.message());
  if (!warnings.empty()) {
    out += ",\"warnings\":[";
    for (size_t i = 0; i < warnings.size(); ++i) {
      const Diagnostic& w = warnings[i];
      out += std::string(i ? "," : "") + "{\"severity\":\"" + to_string(w.severity) +
             "\",\"start\":" + std::to_string(w.where.offset) +
             ",\"line\":" + std::to_string(w.where.line) +
             ",\"column\":" + std::to_string(w.where.column) +
             ",\"message\":" + json_string(w.message) + "}";
    }
    out += "]";
  }
  return out + "}";
}

std::string evidence_object(const Evidence& e) {
  return "{\"claim\":" + json_string(e.claim) + ",\"source\":" + json_string(e.source) +
         ",\"path\":" + json_string(e.path) + ",\"start\":" + std::to_string(e.span.begin) +
         ",\"end\":" + std::to_string(e.span.end) + ",\"line\":" + std::to_string(e.position.line) +
         ",\"column\":" + std::to_string(e.position.column) + ",\"role\":\"" + to_string(e.role) +
         "\",\"rank\":" + std::to_string(e.value_rank) + ",\"quote\":" + json_string(e.quote) + "}";
}

}  // namespace

std::string check_json(const Document& draft, const DraftCheck& check,
                       const std::vector<Document>& corpus) {
  std::string out = "{\"version\":1,\"draft\":" + json_string(draft.source.path) +
                    ",\"published\":" +
                    (draft.source.published.precision == DatePrecision::kUnknown
                         ? std::string("null")
                         : json_string(draft.source.published.iso())) +
                    ",\n\"sources\":[\n" + source_object(draft, "draft", check.warnings);
  for (const Document& d : corpus) out += ",\n" + source_object(d, "corpus");
  out += "],\n\"findings\":[";
  for (size_t i = 0; i < check.findings.size(); ++i) {
    const DraftFinding& f = check.findings[i];
    out += std::string(i ? ",\n" : "\n") + "{\"verdict\":\"" + to_string(f.verdict) +
           "\",\"discrepancy\":" + json_string(f.discrepancy) +
           ",\"explanation\":" + json_string(f.explanation) +
           ",\"claim\":" + claim_object(f.claim) + ",\"evidence\":[";
    for (size_t k = 0; k < f.evidence.size(); ++k) {
      if (k) out += ',';
      out += evidence_object(f.evidence[k]);
    }
    out += "]}";
  }
  return out + "]}\n";
}

}  // namespace claimtrace
