// check.html: the draft check as the person about to publish reads it — each draft claim with
// its verdict, the corpus evidence behind it, and the draft and sources in context.
#include <algorithm>
#include <map>
#include <set>

#include "claimtrace/check_report.h"
#include "html_parts.h"
#include "html_text.h"

namespace claimtrace {
namespace {

using namespace html_report;

// The card colour a verdict takes: what would stop publication is red.
const char* severity_of(Verdict v) {
  switch (v) {
    case Verdict::kContradicted:
      return "high";
    case Verdict::kDisputed:
      return "medium";
    case Verdict::kUnsupported:
      return "low";
    case Verdict::kSupported:
      return "info";
  }
  return "info";
}

void append_finding(std::string& out, const Index& x, const DraftFinding& f, size_t n) {
  const std::string severity = severity_of(f.verdict);
  std::set<std::string> sources;
  for (const Evidence& e : f.evidence) sources.insert(e.source);
  std::string list;
  for (const std::string& s : sources) {
    if (!list.empty()) list += '\n';
    list += anchor_id(s);
  }
  out += "<article class=\"discrepancy sev-" + severity + "\"";
  attr(out, "id", "finding-" + std::to_string(n));
  attr(out, "data-severity", severity);
  attr(out, "data-kind", to_string(f.verdict));
  attr(out, "data-attribute", f.claim.attribute);
  attr(out, "data-sources", list);
  out += "><details class=\"card\" open><summary><span class=\"badge sev-" + severity + "\">";
  append_html(out, to_string(f.verdict));
  out += "</span> <span class=\"kind\">";
  append_html(out, shorten(f.claim.quote, 80));
  out += "</span> <span class=\"key\">";
  append_html(out, subject_words(f.claim.subject.text()) + " " + words(f.claim.attribute) +
                       " \xC2\xB7 " + claim_period(f.claim));
  out += "</span></summary><div class=\"card-body\"><p class=\"explanation\">";
  append_html(out, f.explanation);
  out += "</p><h4>In the draft</h4><ul class=\"claims\">";
  append_claim_item(out, x, f.claim, "");
  out += "</ul>";
  for (const char* role : {"conflicts", "agrees"}) {
    bool any = false;
    for (const Evidence& e : f.evidence) {
      if (to_string(e.role) != std::string(role)) continue;
      if (!any) {
        out +=
            std::string("<h4>") +
            (std::string(role) == "conflicts" ? "The corpus says otherwise" : "The corpus agrees") +
            "</h4><ul class=\"claims\">";
        any = true;
      }
      if (const Claim* c = x.find(e.claim)) {
        append_claim_item(out, x, *c, role);
      } else {
        append_bare_evidence(out, x, e);
      }
    }
    if (any) out += "</ul>";
  }
  out += "</div></details></article>\n";
}

// The findings check.html lists, in the draft's order: at most `cap`, the verdicts that need
// the writer's attention first.
std::vector<size_t> listed_findings(const DraftCheck& check, size_t cap) {
  std::vector<size_t> order(check.findings.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto rank = [&](size_t i) {
    switch (check.findings[i].verdict) {
      case Verdict::kContradicted:
        return 0;
      case Verdict::kDisputed:
        return 1;
      case Verdict::kUnsupported:
        return 2;
      case Verdict::kSupported:
        return 3;
    }
    return 4;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return rank(a) < rank(b); });
  if (order.size() > cap) order.resize(cap);
  std::sort(order.begin(), order.end());
  return order;
}

}  // namespace

std::string check_html(const Document& draft, const DraftCheck& check, const ReportInput& corpus) {
  // The draft joins the corpus's documents so that its claims link into its own source view.
  std::vector<Document> documents = corpus.documents;
  documents.push_back(draft);
  std::vector<Extraction> extractions = corpus.extractions;
  Extraction own;
  for (const DraftFinding& f : check.findings) own.claims.push_back(f.claim);
  extractions.push_back(std::move(own));
  // The draft's claims are marked as far as its verdicts are listed.
  HtmlLimits limits = corpus.html;
  limits.claims_per_document = std::max(limits.claims_per_document, limits.verdicts);
  const ReportInput input{documents,           extractions, corpus.graph,
                          corpus.verification, corpus.env,  limits};
  const Index x(input);
  const std::vector<size_t> listed = listed_findings(check, limits.verdicts);

  std::map<Verdict, int> by_verdict;
  for (const DraftFinding& f : check.findings) ++by_verdict[f.verdict];
  const std::string title = "claimtrace draft check: " + draft.source.path;
  std::string out;
  append_page_start(
      out, title,
      {{"summary", "Summary"}, {"findings", "Draft claims"}, {"documents", "Documents"}});
  out += "<section id=\"summary\"><h2>Summary</h2><p>";
  append_html(out, std::to_string(check.findings.size()) +
                       " claims in the draft, checked against " +
                       std::to_string(corpus.documents.size()) + " corpus documents.");
  out += "</p><p class=\"badges\">";
  for (Verdict v :
       {Verdict::kContradicted, Verdict::kDisputed, Verdict::kUnsupported, Verdict::kSupported}) {
    out += "<span class=\"badge sev-" + std::string(severity_of(v)) + "\">";
    append_html(out, std::to_string(by_verdict[v]) + " " + to_string(v));
    out += "</span> ";
  }
  out +=
      "</p><p class=\"note\">Contradicted: the corpus says otherwise. Disputed: the corpus "
      "disagrees with itself. Unsupported: nothing in the corpus on it, which is not a "
      "contradiction. Supported: corpus claims agree.</p>";
  // The draft's own warnings, as report.html lists a document's: a name no rule knows leaves
  // its figures without subject, so they are never checked.
  if (!check.warnings.empty()) {
    out += "<details open><summary>";
    append_html(out, std::to_string(check.warnings.size()) + " warning" +
                         (check.warnings.size() == 1 ? "" : "s") + " on the draft");
    out += "</summary><ul class=\"diagnostics\">";
    for (const Diagnostic& g : check.warnings) {
      out += "<li>";
      append_html(out, g.to_string());
      out += "</li>";
    }
    out += "</ul></details>";
  }
  out += "</section>\n";
  out +=
      "<section id=\"findings\"><h2>Draft claims</h2><div class=\"filters\" role=\"search\">"
      "<label>Verdict <select id=\"filter-kind\"><option value=\"\">all</option>";
  for (Verdict v :
       {Verdict::kContradicted, Verdict::kDisputed, Verdict::kUnsupported, Verdict::kSupported}) {
    if (!by_verdict[v]) continue;
    out += "<option";
    attr(out, "value", to_string(v));
    out += ">";
    append_html(out, to_string(v));
    out += "</option>";
  }
  out +=
      "</select></label><label>Search <input id=\"filter-text\" type=\"search\"></label>"
      "<span id=\"shown-count\"></span></div>\n";
  for (size_t i : listed) append_finding(out, x, check.findings[i], i);
  if (listed.size() < check.findings.size()) {
    out += "<p class=\"note elided\">";
    append_html(out, std::to_string(check.findings.size() - listed.size()) +
                         " more verdicts in check.xml (listed here: at most " +
                         std::to_string(limits.verdicts) +
                         ", contradicted and disputed first, in the draft's order).");
    out += "</p>";
  }
  out += "</section>\n<section id=\"documents\"><h2>Documents</h2>\n";
  // The draft first, then the corpus documents the listed findings cite.
  std::set<std::string> cited;
  for (size_t i : listed) {
    for (const Evidence& e : check.findings[i].evidence) cited.insert(e.source);
  }
  append_source_view(out, x, documents.size() - 1);
  for (size_t i = 0; i + 1 < documents.size(); ++i) {
    if (documents[i].status == InputStatus::kOk && cited.count(documents[i].source.id)) {
      append_source_view(out, x, i);
    }
  }
  out += "</section>\n";
  append_page_end(out);
  return out;
}

}  // namespace claimtrace
