// The discrepancy cards of report.html and the filters above them: each finding with its
// competing values side by side, every quote in its sentence, and its corner of the graph.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "html_parts.h"
#include "html_svg.h"
#include "html_text.h"

namespace claimtrace::html_report {

namespace {

// The claim's sentence with its quote marked: at the claim's own offset in the normalized text
// when that checks out, else at the first place the quote occurs.
void append_sentence(std::string& out, const Claim& c) {
  // The quote's place from the ranges when the sentence is quoted whole; in a window ("...")
  // the offsets do not line up, so its first occurrence.
  const std::string sentence = c.sentence.text();
  const TextRange range = c.sentence.range();
  size_t at = std::string::npos;
  if (c.text_begin >= range.begin && sentence.size() == range.end - range.begin) {
    const uint64_t off = c.text_begin - range.begin;
    if (off + c.quote.size() <= sentence.size() &&
        sentence.compare(off, c.quote.size(), c.quote) == 0) {
      at = off;
    }
  }
  if (at == std::string::npos && !c.quote.empty()) at = sentence.find(c.quote);
  out += "<blockquote class=\"sentence\">";
  if (at == std::string::npos) {
    append_html(out, sentence);
    if (!c.quote.empty()) {
      out += " <mark class=\"quote\">";
      append_html(out, c.quote);
      out += "</mark>";
    }
  } else {
    std::string_view s(sentence);
    append_html(out, s.substr(0, at));
    out += "<mark class=\"quote\">";
    append_html(out, s.substr(at, c.quote.size()));
    out += "</mark>";
    append_html(out, s.substr(at + c.quote.size()));
  }
  out += "</blockquote>";
}

void fact(std::string& out, const char* name, const std::string& value) {
  if (value.empty()) return;
  out += "<dt>";
  out += name;
  out += "</dt><dd>";
  append_html(out, value);
  out += "</dd>";
}

// Variants read best as a list of forms, each with where it occurs.
void append_variants(std::string& out, const Index& x, const std::vector<const Evidence*>& list) {
  std::vector<std::string> forms;
  std::map<std::string, std::vector<const Evidence*>> by_form;
  for (const Evidence* e : list) {
    auto [it, added] = by_form.try_emplace(e->quote);
    if (added) forms.push_back(e->quote);
    it->second.push_back(e);
  }
  out += "<ul class=\"variants\">";
  for (const std::string& form : forms) {
    const std::vector<const Evidence*>& at = by_form[form];
    out += "<li><q>";
    append_html(out, form);
    out += "</q> <span class=\"count\">\xC3\x97" + std::to_string(at.size()) + "</span>";
    std::string last_source;
    for (const Evidence* e : at) {
      if (e->source != last_source) {
        out += last_source.empty() ? " \xE2\x80\x94 " : "; ";
        out += "<span class=\"occ-source\"";
        attr(out, "title", source_name(x, e->source));
        out += '>';
        append_html(out, e->source);
        out += "</span> ";
        last_source = e->source;
      } else {
        out += ", ";
      }
      std::string pos = std::to_string(e->position.line) + ":" + std::to_string(e->position.column);
      if (e->claim.empty()) {
        mention_link(out, x, *e, pos);
      } else {
        claim_link(out, x, e->claim, e->source, pos);
      }
    }
    out += "</li>";
  }
  out += "</ul>";
}

// The value's share of all support in the dispute, as a bar.
void support_bar(std::string& out, double share) {
  share = std::clamp(std::isfinite(share) ? share : 0.0, 0.0, 1.0);
  out += "<meter class=\"support-bar\" min=\"0\" max=\"1\" value=\"" + fixed(share, 4) +
         "\" title=\"" + fixed(share * 100, 0) + "% of all support\"></meter>";
}

void append_values(std::string& out, const Index& x, const Discrepancy& d) {
  double total = 0;
  for (const CompetingValue& v : d.values) total += v.support;
  const bool even =
      d.values.size() > 1 && std::fabs(d.values[0].support - d.values[1].support) < 1e-9;
  std::map<std::string, std::string> role_of;
  for (const Evidence& e : d.evidence) role_of.emplace(e.claim, to_string(e.role));
  out += "<div class=\"values\">";
  for (size_t i = 0; i < d.values.size(); ++i) {
    const CompetingValue& v = d.values[i];
    const int rank = static_cast<int>(i) + 1;
    // Values tied for support share one neutral colour: none of them is shown as winning.
    const bool tied = even && std::fabs(v.support - d.values[0].support) < 1e-9;
    out += "<section class=\"value " +
           (tied ? std::string("tie") : "g" + std::to_string(std::min(rank, 5))) + "\">";
    out +=
        "<h4><span class=\"rank\">#" + std::to_string(rank) + "</span> <span class=\"value-text\">";
    append_html(out, v.value);
    out += "</span>";
    if (tied) {
      out += " <span class=\"tag tie\">even support</span>";
    } else if (i == 0 && d.values.size() > 1) {
      out += " <span class=\"tag best\">best supported</span>";
    }
    out += "</h4><div class=\"support\">";
    support_bar(out, total > 0 ? v.support / total : 0);
    out += "<span>support <strong>" + fixed(v.support, 2) + "</strong>";
    if (total > 0) out += " of " + fixed(total, 2);
    out += " \xC2\xB7 " + std::to_string(v.sources.size()) + " independent source" +
           (v.sources.size() == 1 ? "" : "s") + " \xC2\xB7 " + std::to_string(v.claims.size()) +
           " claim" + (v.claims.size() == 1 ? "" : "s") + "</span></div>";
    out += "<ul class=\"voices\">";
    for (const std::string& s : v.sources) {
      out += "<li><a";
      attr(out, "href", "#source-" + anchor_id(s));
      out += '>';
      append_html(out, s);
      out += "</a>";
      auto t = x.trust.find(s);
      if (t != x.trust.end()) {
        const SourceTrust& st = *t->second;
        out += ": trust <strong>" + fixed(st.trust, 2) +
               "</strong> <span class=\"formula\">= " + trust_formula(st) + "; " +
               std::to_string(st.leading) + " of " + std::to_string(st.disputed) +
               " disputed claims on the leading side</span>";
      }
      out += "</li>";
    }
    out += "</ul><ol class=\"claims\">";
    for (const std::string& id : v.claims) {
      const Claim* c = x.find(id);
      if (c) {
        auto r = role_of.find(id);
        append_claim_item(out, x, *c, r == role_of.end() ? "" : r->second);
      }
    }
    out += "</ol></section>";
  }
  out += "</div>";
}

// Evidence not shown under a competing value, grouped by its role.
void append_other_evidence(std::string& out, const Index& x, const Discrepancy& d) {
  std::set<std::string> shown;
  for (const CompetingValue& v : d.values) shown.insert(v.claims.begin(), v.claims.end());
  std::vector<std::string> roles;
  std::map<std::string, std::vector<const Evidence*>> by_role;
  for (const Evidence& e : d.evidence) {
    if (!e.claim.empty() && shown.count(e.claim)) continue;
    auto [it, added] = by_role.try_emplace(to_string(e.role));
    if (added) roles.push_back(to_string(e.role));
    it->second.push_back(&e);
  }
  for (const std::string& role : roles) {
    const std::vector<const Evidence*>& list = by_role[role];
    out += "<section class=\"evidence\"><h4>";
    append_html(out, role.empty() ? "evidence" : role);
    out += " <span class=\"count\">" + std::to_string(list.size()) + "</span></h4>";
    if (role == "variant") {
      append_variants(out, x, list);
    } else {
      out += "<ol class=\"claims\">";
      for (const Evidence* e : list) {
        const Claim* c = e->claim.empty() ? nullptr : x.find(e->claim);
        if (c) {
          append_claim_item(out, x, *c, to_string(e->role));
        } else {
          append_bare_evidence(out, x, *e);
        }
      }
      out += "</ol>";
    }
    out += "</section>";
  }
}

// The finding's corner of the claim graph: its sources, their claims, and the key.
std::string dispute_picture(const Index& x, const Discrepancy& d) {
  const size_t kMaxClaims = 12;
  DisputePicture p;
  std::vector<std::string> node_claim;  // claim id per claim node ("" for a mention group)
  std::vector<std::string> node_source;
  std::set<std::string> placed;  // claims drawn or counted among those left out
  auto add_claim = [&](const std::string& id, int group) {
    const Claim* c = x.find(id);
    if (!c || !placed.insert(id).second) return;
    if (p.claims.size() >= kMaxClaims) {
      ++p.more_claims;
      return;
    }
    PictureNode n;
    n.label = c->quote;
    n.tooltip = claim_value(*c) + " \xE2\x80\x94 " + c->source + ", " + place(c->position) +
                ": \xE2\x80\x9C" + c->quote + "\xE2\x80\x9D";
    n.href = x.href(c->source, "span-" + id);
    n.link_class = "claim-link";
    n.claim = id;
    n.group = group;
    p.claims.push_back(n);
    node_claim.push_back(id);
    node_source.push_back(c->source);
  };
  for (size_t i = 0; i < d.values.size(); ++i) {
    for (const std::string& id : d.values[i].claims) add_claim(id, static_cast<int>(i) + 1);
  }
  // Other evidence: claims one by one, name mentions one node per source and form.
  std::map<std::pair<std::string, std::string>, size_t> mention_node;  // -> claim node
  std::map<size_t, size_t> mention_count;
  for (const Evidence& e : d.evidence) {
    if (!e.claim.empty() && x.find(e.claim)) {
      add_claim(e.claim, e.value_rank);
      continue;
    }
    auto key = std::make_pair(e.source, e.quote);
    if (auto it = mention_node.find(key); it != mention_node.end()) {
      ++mention_count[it->second];
      continue;
    }
    if (p.claims.size() >= kMaxClaims) {
      ++p.more_claims;
      continue;
    }
    PictureNode n;
    n.label = e.quote;
    n.href =
        x.href(e.source, e.claim.empty() ? mention_anchor(e.source, e.span) : "span-" + e.claim);
    n.link_class = e.claim.empty() ? "mention-link" : "claim-link";
    n.claim = e.claim;
    n.group = e.value_rank;
    mention_node.emplace(key, p.claims.size());
    mention_count[p.claims.size()] = 1;
    p.claims.push_back(n);
    node_claim.push_back(e.claim);
    node_source.push_back(e.source);
  }
  for (const auto& [key, i] : mention_node) {
    const size_t n = mention_count[i];
    if (n > 1) p.claims[i].label = key.second + " \xC3\x97" + std::to_string(n);
    p.claims[i].tooltip = "\xE2\x80\x9C" + key.second + "\xE2\x80\x9D " + std::to_string(n) +
                          (n == 1 ? " time" : " times") + " in " + key.first;
  }
  // Sources in corpus order.
  std::vector<std::string> sources(node_source);
  std::sort(sources.begin(), sources.end(), [&](const std::string& a, const std::string& b) {
    return std::make_pair(x.color(a), a) < std::make_pair(x.color(b), b);
  });
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  for (const std::string& s : sources) {
    PictureNode n;
    n.label = s;
    n.tooltip = source_name(x, s) + " (" + s + ")";
    if (auto t = x.trust.find(s); t != x.trust.end()) {
      n.tooltip += ", trust " + fixed(t->second->trust, 2);
    }
    n.href = "#source-" + anchor_id(s);
    p.sources.push_back(n);
  }
  for (size_t c = 0; c < node_source.size(); ++c) {
    size_t s = std::find(sources.begin(), sources.end(), node_source[c]) - sources.begin();
    p.asserts.emplace_back(s, c);
  }
  for (size_t c = 0; c < node_claim.size(); ++c) {
    if (node_claim[c].empty()) continue;
    const std::string& origin = x.in.graph.origin(node_claim[c]);
    if (origin == node_claim[c]) continue;
    auto o = std::find(node_claim.begin(), node_claim.end(), origin);
    if (o != node_claim.end()) p.copies.emplace_back(c, o - node_claim.begin());
  }
  for (const std::string& line :
       {subject_words(d.subject), words(d.attribute), period_words(d.period)}) {
    if (!line.empty()) p.key_lines.push_back(line);
  }
  if (p.key_lines.empty()) p.key_lines.push_back(words(to_string(d.kind)));
  p.key_tooltip = "key: " + d.subject + " \xC2\xB7 " + d.attribute + " \xC2\xB7 " + d.period;
  return dispute_graph_svg(p);
}

void append_card(std::string& out, const Index& x, const Discrepancy& d) {
  const Review& review = d.review;
  const std::string severity = to_string(d.severity);
  std::string sources;
  // One id per line: ids may hold spaces (file names), never a line break worth keeping apart.
  for (const std::string& s : finding_sources(x, d)) {
    if (!sources.empty()) sources += '\n';
    sources += anchor_id(s);
  }

  out += "<article class=\"discrepancy sev-" + severity + (reviewed(d) ? " reviewed" : "") + "\"";
  attr(out, "id", d.id);
  attr(out, "data-severity", severity);
  attr(out, "data-kind", to_string(d.kind));
  attr(out, "data-attribute", d.attribute);
  attr(out, "data-sources", sources);
  attr(out, "data-review", review_state(d));
  out += "><details class=\"card\"";
  if (!reviewed(d)) out += " open";
  out += "><summary><span class=\"badge sev-" + severity + "\">" + severity +
         "</span> <span class=\"kind\">";
  append_html(out, words(to_string(d.kind)));
  out += "</span> <span class=\"key\">";
  std::string key;
  for (const std::string& part : {d.measure_words(), period_words(d.period)}) {
    if (!part.empty()) key += (key.empty() ? "" : " \xC2\xB7 ") + part;
  }
  append_html(out, key);
  out += "</span>";
  if (reviewed(d)) {
    out +=
        " <span class=\"decision decision-" + review_state(d) + "\">" + review_state(d) + "</span>";
    if (!review.note.empty()) {
      out += " <span class=\"review-note\">";
      append_html(out, shorten(review.note, 120));
      out += "</span>";
    }
  } else if (review.reopened) {
    out += " <span class=\"decision reopened\">reopened</span>";
  }
  out += "</summary><div class=\"card-body\">";
  out += "<p class=\"explanation\">";
  append_html(out, d.explanation);
  out += "</p>";
  if (reviewed(d) || review.reopened) {
    out += review.reopened ? "<div class=\"review reopened\"><strong>reopened: evidence "
                             "changed.</strong> Earlier decision: "
                           : "<div class=\"review\"><strong>Reviewed:</strong> ";
    out += "<span class=\"decision decision-";
    out += to_string(review.decision);
    out += "\">";
    out += to_string(review.decision);
    out += "</span>";
    if (!review.date.empty()) {
      out += " on ";
      append_html(out, review.date);
    }
    if (!review.note.empty()) {
      out += " \xE2\x80\x94 <span class=\"note\">";
      append_html(out, review.note);
      out += "</span>";
    }
    out += "</div>";
  }
  if (!d.values.empty()) append_values(out, x, d);
  append_other_evidence(out, x, d);
  out += "<figure class=\"picture\">" + dispute_picture(x, d) +
         "<figcaption>Sources \xE2\x86\x92 what they say \xE2\x86\x92 what it is about. ";
  out += d.values.empty() ? "Click a node to see it in its document."
                          : "Green: the best supported value; dashed red: values that contradict "
                            "it; dotted: a copied sentence.";
  out += "</figcaption></figure>";
  out += "<p class=\"card-id\">finding <code>";
  append_html(out, d.id);
  out += "</code></p></div></details></article>\n";
}

void option(std::string& out, const std::string& value, const std::string& label) {
  out += "<option";
  attr(out, "value", value);
  out += '>';
  append_html(out, label);
  out += "</option>";
}

}  // namespace

// Title, publisher and date of the source, then the link to the claim's place in it.
void append_citation(std::string& out, const Index& x, const std::string& source,
                     const std::string& link_html) {
  const Document* d = x.doc(source);
  out += "<p class=\"cite\"><cite>";
  append_html(out, source_name(x, source));
  out += "</cite>";
  if (d) {
    if (d->source.publisher.known()) {
      out += " \xC2\xB7 <span class=\"publisher\">";
      append_html(out, d->source.publisher.value);
      out += "</span>";
    }
    std::string date = d->source.published.iso();
    out += " \xC2\xB7 <span class=\"date\">";
    append_html(out, date.empty() ? "undated" : date);
    out += "</span>";
  }
  out += " \xC2\xB7 " + link_html + "</p>";
}

void append_claim_item(std::string& out, const Index& x, const Claim& c, const std::string& role) {
  out += "<li class=\"claim-item\">";
  append_sentence(out, c);
  out += "<dl class=\"facts\">";
  if (!role.empty() && role != "value") fact(out, "role", role);
  fact(out, "value", claim_value(c));
  fact(out, "interval", claim_interval(c));
  fact(out, "period", claim_period(c));
  fact(out, "qualifier", to_string(c.qualifier));
  if (c.modality != Modality::kAsserted) fact(out, "modality", to_string(c.modality));
  fact(out, "speaker", c.speaker);
  fact(out, "scope", c.scope);
  const std::string& origin = x.in.graph.origin(c.id);
  if (origin != c.id) {
    const Claim* o = x.find(origin);
    fact(out, "copy of", o ? source_name(x, o->source) + " (" + o->source + ")" : origin);
  }
  out += "</dl>";
  std::string link;
  claim_link(link, x, c.id, c.source, c.source + ", " + place(c.position));
  append_citation(out, x, c.source, link);
  out += "</li>";
}

// Evidence without a claim of its own (a name mention), or a claim the report cannot find.
void append_bare_evidence(std::string& out, const Index& x, const Evidence& e) {
  out += "<li class=\"claim-item\"><blockquote class=\"sentence\"><mark class=\"quote\">";
  append_html(out, e.quote);
  out += "</mark></blockquote>";
  std::string link;
  if (e.claim.empty()) {
    mention_link(link, x, e, e.source + ", " + place(e.position));
  } else {
    claim_link(link, x, e.claim, e.source, e.source + ", " + place(e.position));
  }
  append_citation(out, x, e.source, link);
  out += "</li>";
}

void append_findings(std::string& out, const Index& x) {
  const std::vector<Discrepancy>& all = x.in.verification.discrepancies;
  std::set<std::string> kinds, attributes, reviews;
  std::set<std::string> used_sources;
  std::set<Severity> severities;
  for (const Discrepancy& d : all) {
    severities.insert(d.severity);
    kinds.insert(to_string(d.kind));
    if (!d.attribute.empty()) attributes.insert(d.attribute);
    reviews.insert(review_state(d));
    for (const std::string& s : finding_sources(x, d)) used_sources.insert(s);
  }
  out +=
      "<section id=\"findings\"><h2>Discrepancies</h2><div class=\"filters\" "
      "role=\"search\"><label>Severity <select id=\"filter-severity\">";
  option(out, "", "all");
  for (Severity s : kSeverities) {
    if (severities.count(s)) option(out, to_string(s), to_string(s));
  }
  out += "</select></label><label>Kind <select id=\"filter-kind\">";
  option(out, "", "all");
  for (const std::string& k : kinds) option(out, k, words(k));
  out += "</select></label><label>Attribute <select id=\"filter-attribute\">";
  option(out, "", "all");
  for (const std::string& a : attributes) option(out, a, a);
  out += "</select></label><label>Source <select id=\"filter-source\">";
  option(out, "", "all");
  for (const Document& d : x.in.documents) {
    if (used_sources.count(d.source.id)) option(out, anchor_id(d.source.id), d.source.id);
  }
  for (const std::string& s : used_sources) {
    if (!x.doc(s)) option(out, anchor_id(s), s);
  }
  out += "</select></label><label>Review <select id=\"filter-review\">";
  option(out, "", "all");
  for (const char* r : {"open", "confirmed", "false-positive", "resolved"}) {
    if (reviews.count(r)) option(out, r, r);
  }
  out +=
      "</select></label><label class=\"grow\">Search <input id=\"filter-text\" "
      "type=\"search\" placeholder=\"words in the finding, a source, a quote\xE2\x80\xA6\" "
      "autocomplete=\"off\"></label><button type=\"button\" id=\"filter-reset\" "
      "class=\"reset\">Clear</button></div><p class=\"shown\"><span id=\"shown-count\">" +
      std::to_string(std::count(x.carded.begin(), x.carded.end(), true)) + " of " +
      std::to_string(all.size()) + " shown</span></p>";
  out += "<p id=\"no-match\" class=\"note\" hidden>No finding matches these filters.</p>\n";
  if (all.empty()) out += "<p class=\"note\">No discrepancies found.</p>";
  // Spellings and shortened forms at info level are not conflicts: folded under their heading.
  auto variant = [](const Discrepancy& d) {
    return d.severity == Severity::kInfo &&
           (d.kind == DiscrepancyKind::kNameVariant || d.kind == DiscrepancyKind::kLabelVariant);
  };
  size_t variants = 0;
  std::map<Severity, size_t> left_out;
  for (size_t i = 0; i < all.size(); ++i) {
    if (!x.carded[i]) {
      ++left_out[all[i].severity];
      continue;
    }
    if (variant(all[i])) {
      ++variants;
      continue;
    }
    append_card(out, x, all[i]);
    x.spill(out);
  }
  if (variants > 0) {
    out += "<details class=\"variants\"><summary><h3>Variants of names and labels (info): " +
           counted(variants, "finding", "findings") + "</h3></summary>";
    for (size_t i = 0; i < all.size(); ++i) {
      if (!x.carded[i] || !variant(all[i])) continue;
      append_card(out, x, all[i]);
      x.spill(out);
    }
    out += "</details>";
  }
  if (!left_out.empty()) {
    size_t n = 0;
    std::string by;
    for (Severity s : kSeverities) {
      if (!left_out.count(s)) continue;
      n += left_out[s];
      by += (by.empty() ? "" : ", ") + std::to_string(left_out[s]) + " " + to_string(s);
    }
    out += "<p class=\"note elided\">";
    append_html(out, counted(n, "more discrepancy", "more discrepancies") + " in report.xml (" +
                         by + "): the page shows " + std::to_string(x.in.html.findings) +
                         ", open and most severe first.");
    out += "</p>";
  }
  out += "</section>\n";
}

}  // namespace claimtrace::html_report
