// Ingestion: formats, encodings, hostile input, metadata, and the offset round trip.
#include "claimtrace/ingest.h"

#include <gtest/gtest.h>

#include <random>

namespace claimtrace {
namespace {

const RuleSet& rules() {
  static RuleSet r = RuleSet::from_files({{"abbreviations.txt", "No.\nU.S.\n"}});
  return r;
}

Document ingest(const std::string& path, const std::string& bytes, Source meta = {}) {
  return ingest_bytes(path, bytes, meta, rules());
}

std::vector<std::string> sentences(const Document& d) {
  std::vector<std::string> out;
  for (const TextRange& r : d.text.sentences()) out.emplace_back(d.text.slice(r));
  return out;
}

// Every sentence's original bytes, normalized again, give back the sentence.
void expect_round_trip(const Document& d, const std::string& bytes) {
  for (const TextRange& r : d.text.sentences()) {
    Span s = d.text.original_span(r);
    ASSERT_LE(s.end, bytes.size());
    EXPECT_EQ(normalize_fragment(d, bytes.substr(s.begin, s.size())), d.text.slice(r))
        << d.source.path << " [" << s.begin << "," << s.end << ")";
  }
}

TEST(Ingest, PlainTextWithProvenance) {
  std::string bytes =
      "Title\n\nTrade reached \xE2\x80\x9C$6 billion\xE2\x80\x9D in 2021. It grew.\n";
  Document d = ingest("a.txt", bytes);
  EXPECT_EQ(d.status, InputStatus::kOk);
  EXPECT_EQ(d.format, Format::kText);
  EXPECT_EQ(sentences(d), (std::vector<std::string>{
                              "Title", "Trade reached \"$6 billion\" in 2021.", "It grew."}));
  const TextRange& second = d.text.sentences()[1];
  EXPECT_EQ(d.text.original_span(second), (Span{7, 46}));
  EXPECT_EQ(d.text.position(second), (Position{3, 1}));
  EXPECT_EQ(d.text.position(d.text.sentences()[2]), (Position{3, 37}));  // counts characters
  expect_round_trip(d, bytes);
}

TEST(Ingest, InvalidUtf8WarnsWithFileLineAndOffset) {
  std::string bytes = "First line \xE2\x80\x94 fine.\nSecond \xFF line.\n";
  Document d = ingest("bad.txt", bytes);
  EXPECT_EQ(d.status, InputStatus::kOk);
  ASSERT_EQ(d.diagnostics.size(), 1u);
  EXPECT_EQ(d.diagnostics[0].to_string(),
            "bad.txt:2:8: warning: invalid UTF-8 sequence <FF> at byte 28 replaced by U+FFFD");
  EXPECT_EQ(d.diagnostics[0].where.offset, 28);
  EXPECT_EQ(sentences(d)[1], "Second \xEF\xBF\xBD line.");
}

TEST(Ingest, Utf16WithBom) {
  std::string bytes = "\xFF\xFE";
  for (char c : std::string("Trade grew. Exports fell.")) bytes += std::string{c, '\0'};
  Document d = ingest("u16.txt", bytes);
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(sentences(d), (std::vector<std::string>{"Trade grew.", "Exports fell."}));
  EXPECT_EQ(d.text.original_span(d.text.sentences()[1]), (Span{26, 52}));
  expect_round_trip(d, bytes);
}

TEST(Ingest, BinaryAndEmptyAreSkippedWithReasons) {
  Document bin = ingest("x.bin", std::string("PK\3\4\0\0data", 10));
  EXPECT_EQ(bin.status, InputStatus::kSkipped);
  EXPECT_EQ(bin.reason.to_string(), "x.bin: binary: NUL byte at offset 4");
  Document empty = ingest("e.txt", "");
  EXPECT_EQ(empty.status, InputStatus::kSkipped);
  EXPECT_EQ(empty.reason.message(), "empty file");
}

TEST(Ingest, HtmlVisibleTextMetadataAndRoundTrip) {
  std::string html =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Trade &amp; ties</title>"
      "<meta property=\"article:published_time\" content=\"2023-12-06T10:00:00Z\">"
      "<meta property=\"og:site_name\" content=\"Example News\">"
      "<style>p{}</style><script>alert('x')</script></head><body>"
      "<h1>Belarus&ndash;China</h1><p>Trade rose to <b>$6&nbsp;billion</b> in 2021. "
      "It grew.</p><noscript>Enable JS</noscript><p>Second&#8201;para.</p></body></html>";
  Document d = ingest("a.html", html);
  EXPECT_EQ(d.format, Format::kHtml);
  EXPECT_EQ(sentences(d),
            (std::vector<std::string>{"Belarus-China", "Trade rose to $6 billion in 2021.",
                                      "It grew.", "Second para."}));
  EXPECT_EQ(d.source.title, (SourceField{"Trade & ties", "html <title>"}));
  EXPECT_EQ(d.source.language.value, "en");
  EXPECT_EQ(d.source.publisher.value, "Example News");
  EXPECT_EQ(d.source.published.iso(), "2023-12-06");
  EXPECT_EQ(d.source.published_from, "html meta article:published_time");
  // The original span of the second sentence covers the markup inside it, exactly.
  Span s = d.text.original_span(d.text.sentences()[1]);
  EXPECT_EQ(html.substr(s.begin, s.size()), "Trade rose to <b>$6&nbsp;billion</b> in 2021.");
  expect_round_trip(d, html);
}

TEST(Ingest, ManifestMetadataWinsOverTheDocuments) {
  Source meta;
  meta.title = SourceField{"Curated title", "manifest"};
  Document d =
      ingest("a.html", "<html><head><title>Page</title></head><body>x</body></html>", meta);
  EXPECT_EQ(d.source.title.value, "Curated title");
  EXPECT_FALSE(d.source.publisher.known());
}

TEST(Ingest, XmlTextAndRootMetadata) {
  std::string xml =
      "<?xml version=\"1.0\"?>\n<article published=\"2021-12-10\" lang=\"en\" source=\"MD\">\n"
      "<title>Paper</title>\n<p>Trade &amp; aid grew <em>fast</em> in 2021.</p>\n"
      "<p><![CDATA[Exports <fell>.]]></p></article>";
  Document d = ingest("a.xml", xml);
  ASSERT_EQ(d.status, InputStatus::kOk) << d.reason.to_string();
  EXPECT_EQ(sentences(d), (std::vector<std::string>{"Paper", "Trade & aid grew fast in 2021.",
                                                    "Exports <fell>."}));
  EXPECT_EQ(d.source.published.iso(), "2021-12-10");
  EXPECT_EQ(d.source.publisher.value, "MD");
  Span s = d.text.original_span(d.text.sentences()[1]);
  EXPECT_EQ(xml.substr(s.begin, s.size()), "Trade &amp; aid grew <em>fast</em> in 2021.");
}

TEST(Ingest, MalformedXmlIsSkippedWithLineAndColumn) {
  Document d = ingest("bad.xml", "<?xml version=\"1.0\"?>\n<doc>\n  <p>text</x>\n</doc>\n");
  EXPECT_EQ(d.status, InputStatus::kSkipped);
  EXPECT_EQ(d.reason.where().file, "bad.xml");
  EXPECT_EQ(d.reason.where().line, 3);
  EXPECT_GT(d.reason.where().column, 1);
  EXPECT_EQ(d.reason.to_string().rfind("bad.xml:3:", 0), 0u) << d.reason.to_string();
}

TEST(Ingest, BrokenHtmlStillYieldsItsText) {
  Document d = ingest("b.html", "<p>Trade grew <b>fast<div>Exports <i>fell</p></x><p>Last");
  EXPECT_EQ(d.status, InputStatus::kOk);
  EXPECT_NE(d.text.str().find("Trade grew fast"), std::string::npos) << d.text.str();
  EXPECT_NE(d.text.str().find("Exports fell"), std::string::npos);
  EXPECT_NE(d.text.str().find("Last"), std::string::npos);
}

// Tags gumbo nests without limit (ruby tags outside <ruby>, HTML elements inside <svg>) still
// yield all their text: the nesting guard counts them.
TEST(Ingest, UnboundedNestingStillYieldsTheText) {
  std::string rt, svg = "<svg>";
  for (int i = 0; i < 3000; ++i) {
    rt += "<rt>x ";
    svg += "<div/>x ";
  }
  for (const std::string& html : {rt + "$5 billion.", svg + "$5 billion."}) {
    Document d = ingest("n.html", html);
    EXPECT_EQ(d.status, InputStatus::kOk);
    EXPECT_NE(d.text.str().find("$5 billion."), std::string::npos);
  }
}

TEST(Ingest, FormatSniffedWhenTheExtensionSaysNothing) {
  EXPECT_EQ(ingest("page", "  <!DOCTYPE html><p>x</p>").format, Format::kHtml);
  EXPECT_EQ(ingest("feed", "<?xml version=\"1.0\"?><a>x</a>").format, Format::kXml);
  EXPECT_EQ(ingest("notes", "x < y").format, Format::kText);
}

// Random text made of the characters that exercise the normalizer and the layout reader.
TEST(Ingest, RoundTripHoldsOnRandomText) {
  const char* pieces[] = {"Trade",
                          " ",
                          "  ",
                          "\n",
                          "\n\n",
                          "\r\n",
                          ".",
                          ". ",
                          "No. ",
                          "U.S. ",
                          "\xE2\x80\x9C",
                          "\xE2\x80\x9D",
                          "\xE2\x80\x94",
                          "\xC2\xA0",
                          "-\n",
                          "\xC2\xAD",
                          "\xEF\xAC\x81",
                          "\xEF\xBC\x91",
                          "e\xCC\x81",
                          "word",
                          "grew",
                          "$6",
                          "\t",
                          "\xFF",
                          "A",
                          "(",
                          ")",
                          "\xE2\x80\xAF",
                          "?"};
  std::mt19937 rng(20261122);
  for (int round = 0; round < 300; ++round) {
    std::string bytes;
    int n = 1 + static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) bytes += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    Document d = ingest("r.txt", bytes);
    if (d.status != InputStatus::kOk) continue;
    expect_round_trip(d, bytes);
    if (HasFailure()) {
      ADD_FAILURE() << "input: " << testing::PrintToString(bytes);
      return;
    }
  }
}

}  // namespace
}  // namespace claimtrace
