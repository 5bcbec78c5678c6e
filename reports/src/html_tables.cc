// The tables of report.html (claims, sources with trust and diagnostics) and the source views,
// where every claim's span is marked in the original text.
#include <map>
#include <set>

#include "html_parts.h"
#include "html_source.h"
#include "html_text.h"

namespace claimtrace::html_report {

namespace {

void th(std::string& out, const char* key, const char* label, bool numeric = false) {
  out += "<th data-sort=\"";
  out += key;
  out += "\"";
  if (numeric) out += " data-type=\"number\"";
  out += " tabindex=\"0\">";
  out += label;
  out += "</th>";
}

void td(std::string& out, std::string_view text, const char* css = nullptr) {
  out += "<td";
  if (css) out += " class=\"" + std::string(css) + "\"";
  out += '>';
  append_html(out, text);
  out += "</td>";
}

void td_number(std::string& out, const std::string& key, const std::string& text,
               const char* css = "num") {
  out += "<td class=\"" + std::string(css) + "\"";
  attr(out, "data-key", key);
  out += '>';
  append_html(out, text);
  out += "</td>";
}

bool readable_encoding(const std::string& encoding) {
  return encoding == "UTF-8" || encoding == "US-ASCII" || encoding == "ASCII";
}

// What the table leaves out, per document: the page stays a small multiple of its input.
void append_elided_claims(std::string& out, const Index& x) {
  size_t total = 0;
  for (size_t n : x.elided) total += n;
  if (total == 0) return;
  out += "<div class=\"elided\"><p class=\"note\">";
  append_html(out, "Shown: every claim in a finding and the first " +
                       std::to_string(x.in.html.claims_per_document) +
                       " others of each document. " + std::to_string(total) +
                       " more claims in report.xml:");
  out += "</p><ul>";
  for (size_t d = 0; d < x.elided.size() && d < x.in.documents.size(); ++d) {
    if (x.elided[d] == 0) continue;
    out += "<li>";
    append_html(out, std::to_string(x.elided[d]) + " more claims of " +
                         x.in.documents[d].source.id + " in report.xml");
    out += "</li>";
    x.spill(out);
  }
  out += "</ul></div>";
}

}  // namespace

void append_claims_table(std::string& out, const Index& x) {
  size_t n = 0;
  for (const Extraction& e : x.in.extractions) n += e.claims.size();
  // A browser lays out a table of tens of thousands of rows slowly (seconds per 10,000): past
  // this size the table waits, closed, until the reader asks for it.
  const size_t kShownOpen = 5000;
  out += "<section id=\"claims-section\"><h2>Claims <span class=\"count\">" + std::to_string(n) +
         "</span></h2><details class=\"claims-table\"";
  if (x.listed.size() <= kShownOpen) out += " open";
  out += "><summary>Every claim, ";
  out += x.listed.size() <= kShownOpen ? "with its value, period and place"
                                       : "in a table large enough to take a while to show";
  out +=
      "</summary><p class=\"tools\"><label>Find in claims <input id=\"claims-text\" "
      "type=\"search\" autocomplete=\"off\"></label> <span id=\"claims-count\"></span> "
      "<span class=\"note\">Click a column header to sort.</span></p><div "
      "class=\"table-wrap tall\"><table id=\"claims\"><thead><tr>";
  // What the claim says comes first; where it is and its id follow.
  th(out, "quote", "quote");
  th(out, "value", "value", true);
  th(out, "period", "period");
  th(out, "attribute", "attribute");
  th(out, "subject", "subject");
  th(out, "findings", "findings", true);
  th(out, "source", "source");
  th(out, "line", "line", true);
  th(out, "kind", "kind");
  th(out, "unit", "unit");
  th(out, "qualifier", "qualifier");
  th(out, "modality", "modality");
  th(out, "id", "claim");
  out += "</tr></thead><tbody>";
  const std::vector<Discrepancy>& found = x.in.verification.discrepancies;
  for (const Extraction& e : x.in.extractions) {
    for (const Claim& c : e.claims) {
      if (!x.listed.count(c.id)) continue;
      out += "<tr";
      attr(out, "id", "claim-" + c.id);
      if (x.disputed.count(c.id)) out += " class=\"disputed\"";
      out += "><td class=\"quote\">";
      claim_link(out, x, c.id, c.source, c.quote);
      out += "</td>";
      if (c.numeric) {
        td_number(out, number_text(c.value), claim_value(c), "value");
      } else {
        td(out, c.text);
      }
      td(out, claim_period(c));
      td(out, words(c.attribute));
      td(out, subject_words(c.subject.text()));
      auto f = x.findings_of.find(c.id);
      size_t count = f == x.findings_of.end() ? 0 : f->second.size();
      out += "<td data-key=\"" + std::to_string(count) + "\">";
      if (f != x.findings_of.end()) {
        for (size_t i : f->second) {
          out += "<a class=\"badge sev-";
          out += to_string(found[i].severity);
          out += "\"";
          attr(out, "href", "#" + found[i].id);
          attr(out, "title", words(to_string(found[i].kind)));
          out += '>';
          out += to_string(found[i].severity);
          out += "</a> ";
        }
      }
      out += "</td>";
      td(out, c.source, "source");
      td_number(out, std::to_string(c.position.line), std::to_string(c.position.line));
      td(out, to_string(c.kind));
      td(out, c.unit);
      td(out, to_string(c.qualifier));
      td(out, to_string(c.modality));
      out += "<td><code>";
      append_html(out, c.id);
      out += "</code>";
      out += "</td></tr>\n";
      x.spill(out);
    }
  }
  out += "</tbody></table></div></details>";
  append_elided_claims(out, x);
  out += "</section>\n";
}

void append_sources_table(std::string& out, const Index& x) {
  std::map<std::string, std::map<std::string, size_t>> copied_from;
  for (size_t i = 0; i < x.in.graph.copy_count(); ++i) {
    const Copy c = x.in.graph.copy(i);
    ++copied_from[c.copy][c.original];
  }
  out +=
      "<section id=\"sources-section\"><h2>Sources</h2><div class=\"table-wrap\"><table "
      "id=\"sources\"><thead><tr>";
  th(out, "id", "source");
  th(out, "title", "document");
  th(out, "published", "published");
  th(out, "status", "status");
  th(out, "trust", "trust", true);
  th(out, "claims", "claims", true);
  th(out, "disputed", "disputed", true);
  th(out, "leading", "leading", true);
  th(out, "confidence", "confidence", true);
  th(out, "prior", "prior \xC3\x97 weight", true);
  th(out, "encoding", "format, encoding");
  th(out, "bytes", "bytes", true);
  out += "<th>copies</th><th>diagnostics</th></tr></thead><tbody>";
  for (size_t i = 0; i < x.in.documents.size(); ++i) {
    const Document& d = x.in.documents[i];
    const Source& s = d.source;
    out += "<tr";
    attr(out, "id", "source-" + anchor_id(s.id));
    attr(out, "data-status", to_string(d.status));
    out += "><td>" + swatch(i);
    if (d.status == InputStatus::kOk) {
      out += "<a";
      attr(out, "href", x.href(s.id, "view-" + anchor_id(s.id)));
      out += "><code>";
      append_html(out, s.id);
      out += "</code></a>";
    } else {
      out += "<code>";
      append_html(out, s.id);
      out += "</code>";
    }
    out += "<div class=\"path\">";
    append_html(out, s.path);
    out += "</div></td>";
    // Title, then publisher and kind: one cell keeps the table narrow enough to read.
    const std::string title = s.title.known() ? s.title.value : "";
    out += "<td class=\"doc\"";
    attr(out, "data-key", title);
    out += "><strong>";
    append_html(out, title);
    out += "</strong>";
    std::string by;
    if (s.publisher.known()) by = s.publisher.value;
    if (s.kind.known()) by += (by.empty() ? "" : " \xC2\xB7 ") + s.kind.value;
    if (!by.empty()) {
      out += "<div class=\"by\">";
      append_html(out, by);
      out += "</div>";
    }
    out += "</td>";
    td(out, s.published.iso());
    out += "<td class=\"status-";
    out += to_string(d.status);
    out += "\">";
    out += to_string(d.status);
    if (d.status != InputStatus::kOk && !d.reason.message().empty()) {
      out += ": ";
      append_html(out, d.reason.message());
    }
    out += "</td>";
    // Trust with the numbers of its formula, then the file as read.
    size_t claims = i < x.in.extractions.size() ? x.in.extractions[i].claims.size() : 0;
    auto t = x.trust.find(s.id);
    if (t != x.trust.end()) {
      const SourceTrust& st = *t->second;
      out += "<td class=\"num trust\"";
      attr(out, "data-key", number_text(st.trust));
      out += "><strong>" + fixed(st.trust, 2) + "</strong><div class=\"formula\">= ";
      append_html(out, trust_formula(st));
      out += "</div></td>";
      td_number(out, std::to_string(claims), std::to_string(claims));
      td_number(out, std::to_string(st.disputed), std::to_string(st.disputed));
      td_number(out, std::to_string(st.leading), std::to_string(st.leading));
      td_number(out, number_text(st.confidence), fixed(st.confidence, 2));
      td_number(out, number_text(st.prior),
                fixed(st.prior, 2) + " \xC3\x97 " + fixed(st.prior_weight, 2));
    } else {
      out += "<td></td>";
      td_number(out, std::to_string(claims), std::to_string(claims));
      out += "<td></td><td></td><td></td><td></td>";
    }
    td(out,
       d.status == InputStatus::kOk ? std::string(to_string(d.format)) + ", " + d.encoding : "");
    td_number(out, std::to_string(d.bytes), readable_number(static_cast<double>(d.bytes)));
    out += "<td>";
    if (auto c = copied_from.find(s.id); c != copied_from.end()) {
      for (const auto& [original, n] : c->second) {
        out += std::to_string(n) + " sentence" + (n == 1 ? "" : "s") + " from <code>";
        append_html(out, original);
        out += "</code> ";
      }
    }
    out += "</td><td>";
    if (!d.diagnostics.empty()) {
      out += "<details><summary>" + std::to_string(d.diagnostics.size()) + " warning" +
             (d.diagnostics.size() == 1 ? "" : "s") + "</summary><ul class=\"diagnostics\">";
      for (const Diagnostic& g : d.diagnostics) {
        out += "<li>";
        append_html(out, g.to_string());
        out += "</li>";
      }
      out += "</ul></details>";
    }
    out += "</td></tr>\n";
  }
  out += "</tbody></table></div></section>\n";
}

void append_source_view(std::string& out, const Index& x, size_t i) {
  const Document& d = x.in.documents[i];
  const Extraction* e = i < x.in.extractions.size() ? &x.in.extractions[i] : nullptr;
  out += "<section class=\"source-view\"";
  attr(out, "id", "view-" + anchor_id(d.source.id));
  out += "><h3>";
  append_html(out, source_name(x, d.source.id));
  out += " <code class=\"path\">";
  append_html(out, d.source.path);
  out += "</code></h3><p class=\"meta\">";
  std::string meta = d.source.id;
  if (d.source.publisher.known()) meta += " \xC2\xB7 " + d.source.publisher.value;
  if (!d.source.published.iso().empty()) meta += " \xC2\xB7 " + d.source.published.iso();
  if (d.source.kind.known()) meta += " \xC2\xB7 " + d.source.kind.value;
  meta += " \xC2\xB7 " + std::string(to_string(d.format)) + ", " + d.encoding + ", " +
          readable_number(static_cast<double>(d.bytes)) + " bytes";
  if (e) {
    meta += " \xC2\xB7 " + std::to_string(e->claims.size()) +
            (e->claims.size() == 1 ? " claim" : " claims");
  }
  append_html(out, meta);
  out += "</p>";

  std::string note;
  Result<std::string> bytes = std::string();
  if (!x.in.env) {
    note =
        "The original file was not available when this report was written; each claim "
        "still shows its sentence.";
  } else if (!readable_encoding(d.encoding)) {
    note = "This document is encoded as " + d.encoding +
           "; the report shows original text only for UTF-8. Each claim still shows its "
           "sentence.";
  } else {
    bytes = x.in.env->read_file(d.source.path, d.bytes + 1);
    if (!bytes.is_ok()) {
      note = "The original file could not be read again: " + bytes.status().message();
    } else if (bytes.value().size() != d.bytes) {
      note = "The file has changed since it was read (" + std::to_string(bytes.value().size()) +
             " bytes now, " + std::to_string(d.bytes) +
             " then), so its claims cannot be placed "
             "in it.";
    }
  }
  if (!note.empty()) {
    // Claim links still need a place to land: each claim's sentence, its quote marked.
    out += "<details><summary>Original text not shown</summary><p class=\"note\">";
    append_html(out, note);
    out += "</p><ol class=\"claim-sentences\">";
    for (size_t k = 0; e && k < e->claims.size(); ++k) {
      const Claim& c = e->claims[k];
      if (!x.listed.count(c.id)) continue;
      const std::string sentence = c.sentence.text();
      const size_t at = sentence.find(c.quote);
      std::string_view s(sentence);
      out += "<li>";
      append_html(out, at == std::string::npos ? s : s.substr(0, at));
      out += "<mark class=\"claim-span";
      if (x.disputed.count(c.id)) out += " disputed";
      out += "\"";
      attr(out, "id", "span-" + c.id);
      out += ">";
      append_html(
          out, at == std::string::npos ? std::string_view(c.quote) : s.substr(at, c.quote.size()));
      out += "</mark>";
      if (at != std::string::npos) append_html(out, s.substr(at + c.quote.size()));
      out += " <span class=\"place\">";
      append_html(out, place(c.position));
      out += "</span></li>";
    }
    out += "</ol></details></section>\n";
    return;
  }

  std::vector<Highlight> marks;
  if (e) {
    for (const Claim& c : e->claims) {
      if (!x.listed.count(c.id)) continue;
      Highlight h;
      h.begin = c.span.begin;
      h.end = c.span.end;
      h.id = "span-" + c.id;
      h.css_class = x.disputed.count(c.id) ? "claim-span disputed" : "claim-span";
      h.title = c.id + " \xC2\xB7 " + to_string(c.kind) +
                (c.attribute.empty() ? "" : " \xC2\xB7 " + c.attribute) + " \xC2\xB7 " +
                claim_value(c) + " \xC2\xB7 " + claim_period(c);
      marks.push_back(std::move(h));
    }
  }
  if (auto m = x.mentions.find(d.source.id); m != x.mentions.end()) {
    std::set<std::string> anchors;  // one mark per place, however many findings name it
    for (const Evidence* ev : m->second) {
      std::string id = mention_anchor(ev->source, ev->span);
      if (!anchors.insert(id).second) continue;
      marks.push_back({ev->span.begin, ev->span.end, id, "mention-span",
                       std::string(to_string(ev->role)) + ": " + ev->quote});
    }
  }
  // A document past the limit is shown to it, cut at a line or character boundary; marks
  // beyond the cut land at its end.
  std::string_view text = bytes.value();
  uint64_t cut = 0;
  if (text.size() > x.in.html.quoted_bytes) {
    const uint64_t limit = x.in.html.quoted_bytes;
    size_t keep = limit == 0 ? std::string_view::npos : text.rfind('\n', limit - 1);
    if (keep != std::string_view::npos) ++keep;  // the line break stays with its line
    if (keep == std::string_view::npos || keep < limit / 2) {
      keep = limit;
      while (keep > 0 && (static_cast<unsigned char>(text[keep]) & 0xC0) == 0x80) --keep;
    }
    cut = text.size() - keep;
    text = text.substr(0, keep);
  }
  size_t lines = 1;
  for (size_t k = 0; k < text.size(); ++k) {
    if (text[k] == '\n' || (text[k] == '\r' && (k + 1 == text.size() || text[k + 1] != '\n'))) {
      if (k + 1 < text.size()) ++lines;
    }
  }
  out += std::string(x.open_views ? "<details open>" : "<details>") + "<summary>Original text, " +
         std::to_string(lines) + " line" + (lines == 1 ? "" : "s") +
         ", claims marked</summary><div class=\"source\"";
  if (d.source.language.known()) attr(out, "lang", d.source.language.value);
  out += ">";
  append_source_lines(out, text, std::move(marks), [&x](std::string& s) { x.spill(s); });
  out += "</div>";
  if (cut > 0) {
    out += "<p class=\"note elided\">";
    append_html(out, std::to_string(cut) + " more bytes of " + d.source.path +
                         " not shown; every claim is in report.xml.");
    out += "</p>";
  }
  out += "</details></section>\n";
}

}  // namespace claimtrace::html_report
