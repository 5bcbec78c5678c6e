// What the sections of report.html share: lookups by id, and how claims, places and links read.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimtrace/report.h"

namespace claimtrace::html_report {

inline constexpr Severity kSeverities[] = {Severity::kHigh, Severity::kMedium, Severity::kLow,
                                           Severity::kInfo};

// Everything the writer looks up while it writes (documents, claims and trust by id), and
// where the page goes as it is written.
struct Index {
  const ReportInput& in;
  // Null: the page collects whole in the caller's string.
  Output* output = nullptr;
  std::map<std::string, size_t> document;  // source id -> document index
  // Every claim by its id; the views are of the claims' own ids.
  std::unordered_map<std::string_view, const Claim*> claim;
  std::map<std::string, const SourceTrust*> trust;
  std::set<std::string> disputed;  // claims in some finding's evidence
  std::unordered_map<std::string, std::vector<size_t>> findings_of;  // claim -> discrepancies
  // source -> the name mentions (evidence without a claim) findings rest on, in finding order
  std::map<std::string, std::vector<const Evidence*>> mentions;
  // The discrepancies shown as cards: at most limits.findings, open and most severe first.
  std::vector<bool> carded;
  // The claims the page lists and marks: every one in a card, and the first
  // claims_per_document others of each document while the page holds fewer than limits.claims;
  // elided counts the rest, per document.
  std::unordered_set<std::string> listed;
  std::vector<size_t> elided;
  // Source views are pages of their own in sources/ (see source_page), not sections here.
  bool apart = false;
  bool open_views = false;  // a page of one source view shows its text open

  explicit Index(const ReportInput& input) : in(input) {
    for (size_t d = 0; d < in.documents.size(); ++d) document.emplace(in.documents[d].source.id, d);
    for (const SourceTrust& t : in.verification.trust) trust[t.source] = &t;
    for (size_t i = 0; i < in.verification.discrepancies.size(); ++i) {
      for (const Evidence& e : in.verification.discrepancies[i].evidence) {
        if (e.claim.empty()) {
          mentions[e.source].push_back(&e);
          continue;
        }
        disputed.insert(e.claim);
        std::vector<size_t>& list = findings_of[e.claim];
        if (list.empty() || list.back() != i) list.push_back(i);
      }
    }
    choose_cards();
    elided.assign(in.extractions.size(), 0);
    size_t all_others = 0;
    for (size_t d = 0; d < in.extractions.size(); ++d) {
      size_t others = 0;
      for (const Claim& c : in.extractions[d].claims) {
        claim.emplace(c.id, &c);
        if (listed.count(c.id)) continue;  // in a card
        if (others < in.html.claims_per_document && all_others < in.html.claims) {
          listed.insert(c.id);
          ++others;
          ++all_others;
        } else {
          ++elided[d];
        }
      }
    }
  }
  void choose_cards();
  // Where a mark of a source's view is: "#anchor" here, or in the source's own page.
  std::string href(const std::string& source, const std::string& anchor) const;
  const Document* doc(const std::string& source) const {
    auto it = document.find(source);
    return it == document.end() ? nullptr : &in.documents[it->second];
  }
  size_t color(const std::string& source) const {
    auto it = document.find(source);
    return it == document.end() ? 0 : it->second;
  }
  const Claim* find(const std::string& id) const {
    auto it = claim.find(id);
    return it == claim.end() ? nullptr : it->second;
  }
  // Hands the markup collected so far on to output once it passes a chunk, so a large page is
  // never held whole; called between items, where the markup may be cut.
  void spill(std::string& out) const;
};

// A finding's review state as the report shows it: a reopened decision does not apply.
bool reviewed(const Discrepancy& d);
std::string review_state(const Discrepancy& d);  // open, confirmed, false-positive, resolved

// The sources a finding rests on: those of its evidence, in corpus order.
std::vector<std::string> finding_sources(const Index& x, const Discrepancy& d);

// Appends ` name="value"`, the value escaped.
void attr(std::string& out, const char* name, std::string_view value);
// A source's colour key; the palette is in report.css (.src-0 to .src-9), shared with the charts.
std::string swatch(size_t source_index);
std::string words(std::string_view name);  // "value_conflict" -> "value conflict", "a.b" -> "a b"
// The source's title, or its id when it has none.
std::string source_name(const Index& x, const std::string& source);

// The claim's value in words: "about 6,000,000,000 USD", "rank 7", "2016-05-12", a label.
std::string claim_value(const Claim& c);
// The interval the wording allows, when it is more than the value itself; else "".
std::string claim_interval(const Claim& c);
// "2021", "2023-12 (document date)", "no period stated".
std::string claim_period(const Claim& c);
// The trust formula with the source's numbers: "(0.50 × 2.00 + 0.50) / (2.00 + 1)".
std::string trust_formula(const SourceTrust& t);
std::string place(Position p);  // "line 3, col 14"

// Links that open the source view at a claim's span, or at a name mention a finding rests on.
void claim_link(std::string& out, const Index& x, const std::string& claim,
                const std::string& source, std::string_view text);
std::string mention_anchor(const std::string& source, Span span);
void mention_link(std::string& out, const Index& x, const Evidence& e, std::string_view text);

// The page of document i's source view when views are apart: "sources/doc-7.html".
std::string source_page(size_t document);
// Whether a report's source views go to pages of their own (the documents read are larger in
// all than limits.inline_sources).
bool sources_apart(const ReportInput& input);

// A claim in its sentence with its facts and a citation linking to its place; role as in
// Evidence ("value", "agrees", ...). Evidence with no claim of its own is shown by its quote.
void append_claim_item(std::string& out, const Index& x, const Claim& c, const std::string& role);
void append_bare_evidence(std::string& out, const Index& x, const Evidence& e);
// Title, publisher and date of the source, then the link (markup) to the place in it.
void append_citation(std::string& out, const Index& x, const std::string& source,
                     const std::string& link_html);

// The page around a report's sections: the head with its Content-Security-Policy, the inline
// style and script, and the navigation given as (anchor, label) pairs.
void append_page_start(std::string& out, const std::string& title,
                       const std::vector<std::pair<std::string, std::string>>& nav);
void append_page_end(std::string& out);

// The sections written in html_cards.cc and html_tables.cc (summary and charts: report_html.cc).
void append_findings(std::string& out, const Index& x);
void append_claims_table(std::string& out, const Index& x);
void append_sources_table(std::string& out, const Index& x);
void append_source_view(std::string& out, const Index& x, size_t document);

}  // namespace claimtrace::html_report
