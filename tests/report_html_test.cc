// report.html: escaping of hostile documents, the CSP hashes, cards, source-view marks, reviews,
// determinism; and its parts on their own: SHA-256, base64, HTML text, the source view.
#include "claimtrace/report_html.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/check_report.h"
#include "claimtrace/utf8.h"
#include "html_source.h"
#include "html_text.h"
#include "sha256.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

using namespace html_report;  // the report's private parts, tested on their own below

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD

std::string hex(const std::array<uint8_t, 32>& digest) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : digest) {
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  return out;
}

size_t count(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// Start tags holding " on...=" anywhere, even inside a quoted value: a naive scan, as a browser
// test's regex would do, must find nothing (document text has its '=' escaped too).
std::vector<std::string> tags_with_handlers(const std::string& html) {
  std::vector<std::string> found;
  const std::string low = lower(html);
  for (size_t lt = low.find('<'); lt != std::string::npos; lt = low.find('<', lt + 1)) {
    if (lt + 1 >= low.size() || low[lt + 1] < 'a' || low[lt + 1] > 'z') continue;
    size_t gt = low.find_first_of("<>", lt + 1);
    std::string tag = low.substr(lt, gt == std::string::npos ? std::string::npos : gt - lt);
    for (size_t on = tag.find("on"); on != std::string::npos; on = tag.find("on", on + 1)) {
      const char before = tag[on - 1];
      if (before != ' ' && before != '\t' && before != '\n' && before != '/') continue;
      size_t k = on + 2;
      while (k < tag.size() && tag[k] >= 'a' && tag[k] <= 'z') ++k;
      if (k > on + 2 && k < tag.size() && tag[k] == '=') found.push_back(tag);
    }
  }
  return found;
}

// The text between open and the next close, after the first occurrence of open.
std::string between(const std::string& s, const std::string& open, const std::string& close) {
  size_t a = s.find(open);
  if (a == std::string::npos) return "";
  a += open.size();
  size_t b = s.find(close, a);
  return b == std::string::npos ? "" : s.substr(a, b - a);
}

struct Report {
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
  ClaimGraph graph;
  Verification v;
  MemoryEnv env;
  std::string html(bool with_env = true) const {
    return report_html({docs, extractions, graph, v, with_env ? &env : nullptr});
  }
};

// Ingests, extracts and verifies the inputs; the env holds each original file as ingested.
std::unique_ptr<Report> report(const std::vector<TestInput>& inputs) {
  TestCorpus t = ingest_and_extract(inputs);
  auto r = std::make_unique<Report>();
  r->docs = std::move(t.docs);
  r->extractions = std::move(t.extractions);
  r->graph = ClaimGraph::build(r->docs, r->extractions, fixture_rules());
  r->v = verify(r->docs, r->extractions, fixture_rules(), r->graph);
  for (const TestInput& in : inputs) r->env.add_file(in.id + ".txt", in.text);
  return r;
}

const std::vector<TestInput> kConflict = {
    {"a", "2023-12", "Trade turnover between Belarus and China reached $6 billion in 2021.", ""},
    {"b", "2024-03",
     "Officials met in Minsk.\nTrade turnover between Belarus and China was $3 billion in 2021.",
     ""},
    {"empty", "2024-03", "", ""}};

const std::vector<TestInput> kHostile = {
    {"a", "2023-12",
     "<script>alert(1)</script> Trade turnover between Belarus and China reached $6 billion in "
     "2021. <img src=x onerror=alert(1)>",
     "<script>alert(2)</script> \" onmouseover=alert(3) x=\""},
    {"b", "2024-03",
     "Trade turnover between Belarus and China was $3 billion in 2021. <img src=x "
     "onerror=alert(1)>",
     "Customs <img src=x onerror=alert(4)>"}};

// --- the report ------------------------------------------------------------------------------

TEST(ReportHtml, HostileDocumentTextIsEscapedNeverMarkup) {
  auto r = report(kHostile);
  ASSERT_EQ(r->v.discrepancies.size(), 1u);
  const std::string html = r->html();
  // The report's own script is the only one.
  EXPECT_EQ(count(lower(html), "<script"), 1u);
  EXPECT_EQ(count(html, "<img"), 0u);
  EXPECT_TRUE(tags_with_handlers(html).empty()) << tags_with_handlers(html)[0];
  // The hostile text is there, as text: in the source view, the cards and the sources table.
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src&#61;x onerror&#61;alert(1)&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(2)&lt;/script&gt; &quot; onmouseover&#61;alert(3) "
                      "x&#61;&quot;"),
            std::string::npos);
  EXPECT_NE(html.find("Customs &lt;img src&#61;x onerror&#61;alert(4)&gt;"), std::string::npos);
}

TEST(ReportHtml, TheCspAllowsExactlyTheInlineScriptAndStyleByHash) {
  auto r = report(kConflict);
  const std::string html = r->html();
  const std::string csp =
      between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\">");
  ASSERT_FALSE(csp.empty()) << html.substr(0, 400);
  EXPECT_EQ(csp.rfind("default-src 'none'; ", 0), 0u) << csp;
  const std::string script = between(html, "<script>", "</script>");
  const std::string style = between(html, "<style>", "</style>");
  ASSERT_FALSE(script.empty());
  ASSERT_FALSE(style.empty());
  EXPECT_NE(csp.find("script-src '" + csp_hash(script) + "'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("style-src '" + csp_hash(style) + "'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("img-src data:"), std::string::npos) << csp;
  // The CSP meta comes before the style it governs, and no markup uses style attributes, which
  // a hash-only style-src would block.
  EXPECT_LT(html.find("Content-Security-Policy"), html.find("<style>"));
  EXPECT_EQ(html.find(" style="), std::string::npos);
  // Nothing is fetched: no external URL anywhere.
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg"));
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
}

TEST(ReportHtml, OneCardPerDiscrepancyWithItsDataAttributes) {
  auto r = report(kConflict);
  ASSERT_EQ(r->v.discrepancies.size(), 1u);
  const Discrepancy& d = r->v.discrepancies[0];
  const std::string html = r->html();
  EXPECT_EQ(count(html, "<article class=\"discrepancy"), 1u);
  EXPECT_NE(html.find("<article class=\"discrepancy sev-high\" id=\"" + d.id +
                      "\" data-severity=\"high\" data-kind=\"value_conflict\" "
                      "data-attribute=\"trade.turnover\" data-sources=\"a\nb\" "
                      "data-review=\"open\"><details class=\"card\" open>"),
            std::string::npos)
      << html;
  EXPECT_EQ(count(html, "<svg class=\"dispute-graph\""), 1u);
  // Its competing values, each quote marked inside its sentence, linked to the source view.
  EXPECT_NE(html.find("Trade turnover between Belarus and China reached <mark "
                      "class=\"quote\">$6 billion</mark> in 2021."),
            std::string::npos);
  for (const CompetingValue& v : d.values) {
    for (const std::string& c : v.claims) {
      EXPECT_NE(
          html.find("<a class=\"claim-link\" href=\"#span-" + c + "\" data-claim=\"" + c + "\""),
          std::string::npos)
          << c;
    }
  }
  // The summary and the filters, with the values the cards carry.
  EXPECT_LT(html.find("<section id=\"summary\">"), html.find("<article"));
  EXPECT_NE(html.find("<select id=\"filter-severity\"><option value=\"\">all</option><option "
                      "value=\"high\">"),
            std::string::npos);
  EXPECT_NE(html.find("<option value=\"trade.turnover\">"), std::string::npos);
  EXPECT_NE(html.find("<input id=\"filter-text\" type=\"search\""), std::string::npos);
  EXPECT_NE(html.find("<span id=\"shown-count\">1 of 1 shown</span>"), std::string::npos);
  // Every claim has a row, every source a row with its status.
  for (const Extraction& e : r->extractions) {
    for (const Claim& c : e.claims) {
      EXPECT_NE(html.find("<tr id=\"claim-" + c.id + "\""), std::string::npos) << c.id;
    }
  }
  EXPECT_NE(html.find("<tr id=\"source-empty\" data-status=\"skipped\">"), std::string::npos);
  EXPECT_NE(html.find("<tr id=\"source-a\" data-status=\"ok\">"), std::string::npos);
  EXPECT_NE(html.find("skipped: empty file"), std::string::npos);
}

// A source id with a tab or a line break (a file name may hold them) stands percent-encoded in
// element ids, links, data-sources and the source filter alike: browsers drop both from links,
// and data-sources separates ids by line.
TEST(ReportHtml, SourceIdsWithTabsAndLineBreaksKeepTheirLinksAndFilter) {
  auto r = report({{"a\tx", "2023-12",
                    "Trade turnover between Belarus and China reached $6 billion in 2021.", ""},
                   {"b\ny", "2024-03",
                    "Trade turnover between Belarus and China was $3 billion in 2021.", ""}});
  ASSERT_EQ(r->v.discrepancies.size(), 1u);
  const std::string html = r->html();
  EXPECT_NE(html.find("<tr id=\"source-a%09x\""), std::string::npos) << html;
  EXPECT_NE(html.find("<tr id=\"source-b%0Ay\""), std::string::npos);
  EXPECT_NE(html.find("href=\"#source-b%0Ay\""), std::string::npos);
  EXPECT_NE(html.find("data-sources=\"a%09x\nb%0Ay\""), std::string::npos);
  EXPECT_NE(html.find("<option value=\"b%0Ay\">"), std::string::npos);
  EXPECT_EQ(html.find("source-b\ny"), std::string::npos);
}

TEST(ReportHtml, TheSourceViewMarksEachClaimAtItsBytesAndLine) {
  auto r = report(kConflict);
  const std::string html = r->html();
  ASSERT_EQ(r->extractions[1].claims.size(), 1u);
  const Claim& c = r->extractions[1].claims[0];
  const std::string original = kConflict[1].text.substr(c.span.begin, c.span.size());
  EXPECT_EQ(original, "$3 billion");
  const size_t mark = html.find("<mark class=\"claim-span disputed\" id=\"span-" + c.id + "\"");
  ASSERT_NE(mark, std::string::npos);
  const size_t text_at = html.find('>', mark) + 1;
  EXPECT_EQ(html.substr(text_at, html.find("</mark>", text_at) - text_at), original);
  // It sits on line 2, inside the closed <details> of b's source view.
  const size_t line = html.rfind("<span class=\"ln\" aria-hidden=\"true\">", mark);
  ASSERT_NE(line, std::string::npos);
  EXPECT_EQ(between(html.substr(line), "aria-hidden=\"true\">", "</span>"), "2");
  const size_t view = html.rfind("<section class=\"source-view\" id=\"view-b\">", mark);
  ASSERT_NE(view, std::string::npos);
  EXPECT_EQ(html.find("<section", view + 1), html.find("<section", mark));
  EXPECT_NE(html.find("<details><summary>Original text", view), std::string::npos);
  EXPECT_EQ(html.find("<details open", view), std::string::npos);
}

TEST(ReportHtml, WithoutTheFilesOrInAnotherEncodingAViewIsANote) {
  auto r = report(kConflict);
  std::string html = r->html(/*with_env=*/false);
  EXPECT_NE(html.find("The original file was not available"), std::string::npos);
  // Every claim link still lands: on the claim's sentence, listed under the note.
  for (const Extraction& e : r->extractions) {
    for (const Claim& c : e.claims) {
      EXPECT_NE(html.find("id=\"span-" + c.id + "\""), std::string::npos) << c.quote;
    }
  }
  // Claims still show their sentence.
  EXPECT_NE(html.find("<mark class=\"quote\">$3 billion</mark>"), std::string::npos);

  r->docs[1].encoding = "windows-1251";
  html = r->html();
  EXPECT_NE(html.find("encoded as windows-1251"), std::string::npos);
  const size_t note = html.find("encoded as windows-1251");
  const size_t target = html.find("id=\"span-" + r->extractions[1].claims[0].id + "\"");
  EXPECT_GT(target, note);  // in the sentence list under the note, not in a line view
  EXPECT_NE(html.find("id=\"span-" + r->extractions[0].claims[0].id + "\""), std::string::npos);
}

TEST(ReportHtml, InvalidBytesAndControlCharactersBecomeReplacementCharacters) {
  // The original holds an invalid byte (kept as text by the view) and metadata a control char.
  auto r = report({{"a", "2023-12",
                    "Caf\xC3\xA9 na\xC3\xAFve \xFF. Trade turnover between Belarus and China "
                    "reached $6 billion in 2021.",
                    "Trade \x01 review \xC3\x28"}});
  ASSERT_EQ(r->docs[0].encoding, "UTF-8");
  const std::string html = r->html();
  EXPECT_TRUE(is_valid_utf8(html));
  for (char ch : html) {
    auto c = static_cast<unsigned char>(ch);
    EXPECT_TRUE(c >= 0x20 || c == '\n' || c == '\t') << static_cast<int>(c);
  }
  EXPECT_NE(html.find("na\xC3\xAFve " + kReplacement + ". Trade"), std::string::npos);
  EXPECT_NE(html.find("Trade " + kReplacement + " review " + kReplacement + "("),
            std::string::npos);
}

TEST(ReportHtml, ReviewedFindingsAreCollapsedAndReopenedOnesSayWhy) {
  auto r = report(kConflict);
  ASSERT_EQ(r->v.discrepancies.size(), 1u);
  Discrepancy& d = r->v.discrepancies[0];
  d.review = {ReviewDecision::kConfirmed, "checked with <customs>", "2024-05-01", false, ""};
  std::string html = r->html();
  EXPECT_NE(html.find("data-review=\"confirmed\"><details class=\"card\"><summary>"),
            std::string::npos);
  const std::string summary =
      between(html.substr(html.find("<article")), "<summary>", "</summary>");
  EXPECT_NE(summary.find("confirmed"), std::string::npos) << summary;
  EXPECT_NE(summary.find("checked with &lt;customs&gt;"), std::string::npos) << summary;

  d.review.reopened = true;
  html = r->html();
  EXPECT_NE(html.find("data-review=\"open\"><details class=\"card\" open><summary>"),
            std::string::npos);
  EXPECT_NE(html.find("reopened: evidence changed"), std::string::npos);
  EXPECT_NE(html.find("checked with &lt;customs&gt;"), std::string::npos);
}

TEST(ReportHtml, ChartsPlotNumericAttributesOverPeriodsWithDisputedMarks) {
  auto r = report(
      {{"a", "2023-12",
        "Trade turnover between Belarus and China reached $6 billion in 2021. Trade "
        "turnover between Belarus and China reached $5 billion in 2020.",
        ""},
       {"b", "2024-03", "Trade turnover between Belarus and China was $3 billion in 2021.", ""}});
  const std::string html = r->html();
  const size_t chart = html.find("<figure class=\"chart\" data-attribute=\"trade.turnover\"");
  ASSERT_NE(chart, std::string::npos);
  const std::string svg = between(html.substr(chart), "<svg", "</svg>");
  EXPECT_EQ(count(svg, "<circle class=\"mark"), 3u);
  EXPECT_EQ(count(svg, "<circle class=\"mark disputed\""), 2u);
  EXPECT_NE(svg.find(">2020</text>"), std::string::npos);
  EXPECT_NE(svg.find(">2021</text>"), std::string::npos);
}

TEST(ReportHtml, TheSameInputGivesTheSameBytes) {
  auto first = report(kConflict);
  auto second = report(kConflict);
  const std::string html = first->html();
  EXPECT_EQ(html, first->html());
  EXPECT_EQ(html, second->html());
}

// --- its parts ---------------------------------------------------------------------------------

// --- bounded pages -----------------------------------------------------------------------------

// The hostile single-line input, smaller: a long line of numbers. The page lists at most the cap
// of claims per document, says how many more are in report.xml, and stays within 3x its input.
TEST(ReportHtml, ALongLineOfNumbersGivesAPageWithinThreeTimesItsInput) {
  std::string line = "Exports were";
  for (int i = 0; i < 30000; ++i) {
    line += ' ';
    line += std::to_string(1000 + (i * 7919) % 90000);
    if (i % 3 == 0) line += '%';
  }
  line += "\n";
  auto r = report({{"long", "2024-01", line, ""}});
  const size_t claims = r->extractions[0].claims.size();
  ASSERT_GT(claims, 1000u);
  HtmlLimits limits;
  const std::string html = report_html({r->docs, r->extractions, r->graph, r->v, &r->env, limits});
  EXPECT_LT(html.size(), 3 * line.size());
  size_t disputed = 0;
  for (const Claim& c : r->extractions[0].claims) {
    for (const Discrepancy& d : r->v.discrepancies) {
      bool in = false;
      for (const Evidence& e : d.evidence) in = in || e.claim == c.id;
      if (in) {
        ++disputed;
        break;
      }
    }
  }
  const size_t listed = count(html, "<tr id=\"claim-");
  EXPECT_LE(listed, limits.claims_per_document + disputed);
  EXPECT_NE(html.find(std::to_string(claims - listed) + " more claims of long in report.xml"),
            std::string::npos);
  EXPECT_TRUE(tags_with_handlers(html).empty());
}

TEST(ReportHtml, ASourceViewShowsAtMostTheQuotedBytesAndCountsTheRest) {
  auto r = report(kConflict);
  HtmlLimits limits;
  limits.quoted_bytes = 30;
  const std::string html = report_html({r->docs, r->extractions, r->graph, r->v, &r->env, limits});
  const std::string b = r->env.read_file("b.txt", 1 << 20).value();
  EXPECT_NE(html.find(std::to_string(b.size() - 24) + " more bytes of b.txt not shown"),
            std::string::npos);  // cut after "Officials met in Minsk.\n"
  const std::string view = between(html, "id=\"view-b\"", "</section>");
  EXPECT_NE(view.find("Officials met in Minsk."), std::string::npos);
  EXPECT_EQ(view.find("Trade turnover"), std::string::npos);
}

// At most the cap of discrepancy cards, open and most severe first; the rest are counted.
TEST(ReportHtml, AtMostTheCapOfCardsMostSevereFirstAndTheRestCounted) {
  auto r = report(kConflict);
  ASSERT_EQ(r->v.discrepancies.size(), 1u);
  const Severity severity = r->v.discrepancies[0].severity;
  HtmlLimits limits;
  limits.findings = 0;
  const std::string html = report_html({r->docs, r->extractions, r->graph, r->v, &r->env, limits});
  EXPECT_EQ(count(html, "<article class=\"discrepancy"), 0u);
  EXPECT_NE(
      html.find("1 more discrepancy in report.xml (1 " + std::string(to_string(severity)) + ")"),
      std::string::npos);
  limits.findings = 1;
  EXPECT_EQ(count(report_html({r->docs, r->extractions, r->graph, r->v, &r->env, limits}),
                  "<article class=\"discrepancy"),
            1u);
}

// Above the inline limit, each source view is a page of its own in sources/, which report.html
// links to; the page carries the marks, the same CSP and a way back.
TEST(ReportHtml, LargeDocumentsGetSourcePagesOfTheirOwn) {
  auto r = report(kConflict);
  HtmlLimits limits;
  limits.inline_sources = 10;
  const ReportInput input{r->docs, r->extractions, r->graph, r->v, &r->env, limits};
  const std::string html = report_html(input);
  EXPECT_EQ(html.find("class=\"source-view\""), std::string::npos);
  const std::vector<std::pair<std::string, size_t>> pages = source_pages(input);
  ASSERT_EQ(pages.size(), 2u);  // "empty" is not read
  EXPECT_EQ(pages[0], std::make_pair(std::string("sources/doc-1.html"), size_t{0}));
  const Claim& claim = r->extractions[0].claims.at(0);
  EXPECT_NE(html.find("href=\"sources/doc-1.html#span-" + claim.id + "\""), std::string::npos);
  EXPECT_NE(html.find("href=\"sources/doc-2.html\""), std::string::npos);
  StringOutput page;
  write_source_page(input, 0, page);
  EXPECT_NE(page.text.find("id=\"span-" + claim.id + "\""), std::string::npos);
  EXPECT_NE(page.text.find("<details open>"), std::string::npos);
  EXPECT_NE(page.text.find("href=\"../report.html\""), std::string::npos);
  EXPECT_EQ(between(page.text, "Content-Security-Policy\" content=\"", "\""),
            between(html, "Content-Security-Policy\" content=\"", "\""));
  EXPECT_TRUE(tags_with_handlers(page.text).empty());
  // Below the limit nothing changes: views inline, no pages.
  EXPECT_TRUE(source_pages({r->docs, r->extractions, r->graph, r->v, &r->env}).empty());
}

// check.html lists at most the cap of verdicts, contradicted first, and counts the rest.
TEST(ReportHtml, ACheckOfAManyClaimDraftListsAtMostTheCapOfVerdicts) {
  auto r = report(kConflict);
  Document draft = r->docs[0];
  draft.source.id = "draft";
  DraftCheck check;
  for (int i = 0; i < 40; ++i) {
    DraftFinding f;
    f.claim = r->extractions[0].claims.at(0);
    f.claim.id = "draft-c" + std::to_string(i);
    f.claim.source = "draft";
    f.verdict = i == 33 ? Verdict::kContradicted : Verdict::kUnsupported;
    f.explanation = "explanation " + std::to_string(i);
    check.findings.push_back(f);
  }
  HtmlLimits limits;
  limits.verdicts = 10;
  const std::string html =
      check_html(draft, check, {r->docs, r->extractions, r->graph, r->v, &r->env, limits});
  EXPECT_EQ(count(html, "<article class=\"discrepancy"), 10u);
  EXPECT_NE(html.find("id=\"finding-33\""), std::string::npos);  // contradicted: listed
  EXPECT_EQ(html.find("id=\"finding-9\""), std::string::npos);   // the 10th unsupported: not
  EXPECT_NE(html.find("30 more verdicts in check.xml"), std::string::npos);
}

TEST(ReportHtmlParts, Sha256KnownVectors) {
  EXPECT_EQ(hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(hex(sha256(std::string(1000000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // 55, 56 and 64 bytes: the padding fits in one block, just does not, and takes a whole one.
  EXPECT_EQ(hex(sha256(std::string(55, 'a'))),
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(hex(sha256(std::string(56, 'a'))),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(hex(sha256(std::string(64, 'a'))),
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(ReportHtmlParts, Base64AndCspHash) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foob"), "Zm9vYg==");
  EXPECT_EQ(base64("fooba"), "Zm9vYmE=");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64("\xFF\xFE"), "//4=");
  EXPECT_EQ(csp_hash("abc"), "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

TEST(ReportHtmlParts, EscapingLeavesOnlyWhatHtmlCanCarry) {
  EXPECT_EQ(html("<a href=\"x\">'&'</a>"),
            "&lt;a href&#61;&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(html("tab\there\nnew"), "tab\there\nnew");
  EXPECT_EQ(html(std::string("nul\0cr\r", 7)), "nul" + kReplacement + "cr" + kReplacement);
  EXPECT_EQ(html("bad \xC3\x28 \xFF \xE2\x82"),
            "bad " + kReplacement + "( " + kReplacement + " " + kReplacement);
  // C1 controls and noncharacters are parse errors in HTML.
  EXPECT_EQ(html("\xC2\x85|\xEF\xBF\xBE|\xEF\xB7\x90|\xF0\x9F\xBF\xBF"),
            kReplacement + "|" + kReplacement + "|" + kReplacement + "|" + kReplacement);
  EXPECT_EQ(html("\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80"), "\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80");
  EXPECT_EQ(shorten("abcdef", 4), "abc\xE2\x80\xA6");
  EXPECT_EQ(shorten("abcd", 4), "abcd");
  EXPECT_EQ(shorten("\xC3\xA9\xC3\xA9\xC3\xA9", 2), "\xC3\xA9\xE2\x80\xA6");
  EXPECT_EQ(readable_number(6000000000), "6,000,000,000");
  EXPECT_EQ(readable_number(83.6), "83.6");
  EXPECT_EQ(compact_number(6e9), "6 bn");
}

// What a reader of the source view sees, lines joined by '\n' and line numbers left out.
std::string visible_text(const std::string& view) {
  std::string out;
  bool in_tag = false;
  for (size_t i = 0; i < view.size(); ++i) {
    if (view.compare(i, 19, "<span class=\"line\">") == 0 && i > 0) out += '\n';
    if (view.compare(i, 17, "<span class=\"ln\" ") == 0) {
      i = view.find("</span>", i) + 6;  // the number and its tags
      continue;
    }
    if (view[i] == '<') in_tag = true;
    if (!in_tag) out += view[i];
    if (view[i] == '>') in_tag = false;
  }
  std::string text;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 4, "&lt;") == 0) {
      text += '<';
      i += 3;
    } else if (out.compare(i, 4, "&gt;") == 0) {
      text += '>';
      i += 3;
    } else {
      text += out[i];
    }
  }
  return text;
}

TEST(ReportHtmlParts, OverlappingAndMultiLineSpansStayWellFormed) {
  const std::string text = "first line\r\nsecond line\rthird <b>";
  std::vector<Highlight> marks = {
      {0, 10, "outer", "claim-span", ""},      // "first line"
      {6, 16, "across", "claim-span", ""},     // "line\r\nseco": crosses outer's end and a break
      {2, 4, "inner", "claim-span", ""},       // "rs", inside outer
      {30, 30, "empty", "claim-span", ""},     // an empty span keeps its anchor
      {28, 99, "clipped", "mention-span", ""}  // past the end: clipped
  };
  std::string out;
  append_source_lines(out, text, marks);
  EXPECT_EQ(count(out, "<mark"), count(out, "</mark>")) << out;
  for (const char* id : {"outer", "across", "inner", "empty", "clipped"}) {
    EXPECT_EQ(count(out, std::string("id=\"") + id + "\""), 1u) << id << "\n" << out;
  }
  EXPECT_EQ(count(out, "data-of=\"across\""), 1u) << out;  // continued after the line break
  EXPECT_EQ(count(out, "<span class=\"line\">"), 3u) << out;
  EXPECT_NE(out.find("<mark class=\"claim-span\" id=\"inner\">rs</mark>"), std::string::npos)
      << out;
  EXPECT_NE(out.find("thir<mark class=\"mention-span\" id=\"clipped\">d <mark "
                     "class=\"claim-span\" id=\"empty\"></mark>&lt;b&gt;</mark>"),
            std::string::npos)
      << out;
  // A continuation that would hold nothing (across, reopened just before a line break) is left
  // out rather than written empty.
  EXPECT_EQ(out.find("data-of=\"across\"></mark>"), std::string::npos) << out;
  // Marks open and close in nested order: a stack of mark tags never goes negative.
  int depth = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 5, "<mark") == 0) ++depth;
    if (out.compare(i, 7, "</mark>") == 0) --depth;
    ASSERT_GE(depth, 0) << out;
    // A line never ends with a mark still open inside it.
    if (out.compare(i, 26, "</span><span class=\"line\">") == 0) {
      EXPECT_EQ(depth, 0) << out;
    }
  }
  EXPECT_EQ(visible_text(out), "first line\nsecond line\nthird <b>");
  // A BOM is not shown, and a final line break adds no empty line.
  out.clear();
  append_source_lines(out, "\xEF\xBB\xBFone\ntwo\n", {});
  EXPECT_EQ(out,
            "<span class=\"line\"><span class=\"ln\" aria-hidden=\"true\">1</span>one</span>"
            "<span class=\"line\"><span class=\"ln\" aria-hidden=\"true\">2</span>two</span>");
}

}  // namespace
}  // namespace claimtrace
