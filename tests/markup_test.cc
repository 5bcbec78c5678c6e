// Tests for the markup readers: visible text, metadata, and the byte origin of every character.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "markup.h"

namespace claimtrace {
namespace {

using namespace std::string_literals;

struct Range {
  uint64_t begin;
  uint64_t end;
};

struct Piece {
  std::string text;
  uint64_t begin;
  uint64_t end;
  bool verbatim;
};

bool is_valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c < 0x80) {
      length = 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (s.size() - i < length) return false;
    for (size_t k = 1; k < length; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if (d < (k == 1 ? low : 0x80) || d > (k == 1 ? high : 0xBF)) return false;
    }
    i += length;
  }
  return true;
}

// Rebuilds the output and the origin of each of its bytes; '|' in flow marks paragraph breaks.
class Recorder : public TextSink {
 public:
  void text(std::string_view utf8, uint64_t begin, uint64_t end, bool verbatim) override {
    pieces.push_back({std::string(utf8), begin, end, verbatim});
    for (size_t k = 0; k < utf8.size(); ++k) {
      origins.push_back(verbatim ? Range{begin + k, begin + k + 1} : Range{begin, end});
    }
    out += utf8;
    flow += utf8;
  }
  void paragraph_break() override {
    if (!flow.empty() && flow.back() != '|') flow += '|';
  }

  // The non-blank paragraphs, trimmed.
  std::vector<std::string> paragraphs() const {
    std::vector<std::string> result;
    size_t begin = 0;
    while (begin <= flow.size()) {
      size_t end = flow.find('|', begin);
      if (end == std::string::npos) end = flow.size();
      const std::string part = flow.substr(begin, end - begin);
      const size_t first = part.find_first_not_of(" \t\r\n");
      if (first != std::string::npos) {
        result.push_back(part.substr(first, part.find_last_not_of(" \t\r\n") - first + 1));
      }
      begin = end + 1;
    }
    return result;
  }

  std::string out;
  std::string flow;
  std::vector<Range> origins;
  std::vector<Piece> pieces;
};

// The input bytes the output byte at `position` came from.
std::string source_of(const Recorder& recorder, std::string_view input, size_t position) {
  const Range r = recorder.origins.at(position);
  return std::string(input.substr(r.begin, r.end - r.begin));
}

// The input bytes the output substring `needle` came from, first to last byte.
std::string source_of(const Recorder& recorder, std::string_view input, std::string_view needle) {
  const size_t at = recorder.out.find(needle);
  if (at == std::string::npos || needle.empty()) return "<not in output: " + recorder.out + ">";
  const uint64_t begin = recorder.origins[at].begin;
  const uint64_t end = recorder.origins[at + needle.size() - 1].end;
  return std::string(input.substr(begin, end - begin));
}

// Every range within the input, verbatim pieces equal to the input there, valid UTF-8 out.
void expect_traceable(const Recorder& recorder, std::string_view input) {
  for (const Piece& piece : recorder.pieces) {
    ASSERT_LE(piece.begin, piece.end);
    ASSERT_LE(piece.end, input.size());
    ASSERT_FALSE(piece.text.empty());
    ASSERT_TRUE(is_valid_utf8(piece.text));
    if (piece.verbatim) {
      ASSERT_EQ(piece.text, input.substr(piece.begin, piece.end - piece.begin));
    }
  }
}

Recorder align(std::string_view raw, std::string_view text, uint64_t offset = 0) {
  Recorder recorder;
  emit_aligned(raw, text, offset, recorder);
  return recorder;
}

Recorder html(std::string_view input, MarkupMetadata* metadata = nullptr) {
  Recorder recorder;
  MarkupMetadata unused;
  read_html(input, recorder, metadata != nullptr ? *metadata : unused);
  expect_traceable(recorder, input);
  return recorder;
}

Recorder xml(std::string_view input, MarkupMetadata* metadata = nullptr) {
  Recorder recorder;
  MarkupMetadata unused;
  const Status status = read_xml(input, recorder, metadata != nullptr ? *metadata : unused);
  EXPECT_TRUE(status.is_ok()) << status.message();
  expect_traceable(recorder, input);
  return recorder;
}

// --- emit_aligned ---

TEST(EmitAligned, AgreeingTextIsOneVerbatimPiece) {
  const Recorder r = align("hello world", "hello world", 10);
  ASSERT_EQ(r.pieces.size(), 1u);
  EXPECT_TRUE(r.pieces[0].verbatim);
  EXPECT_EQ(r.pieces[0].begin, 10u);
  EXPECT_EQ(r.pieces[0].end, 21u);
}

TEST(EmitAligned, EachReferenceIsOneOpaquePiece) {
  const std::string raw = "A &amp; B&nbsp;&#8211; C&#x2014;";
  const Recorder r = align(raw, "A & B\u00A0\u2013 C\u2014");
  EXPECT_EQ(r.out, "A & B\u00A0\u2013 C\u2014");
  EXPECT_EQ(source_of(r, raw, "&"), "&amp;");
  EXPECT_EQ(source_of(r, raw, "\u00A0"), "&nbsp;");
  EXPECT_EQ(source_of(r, raw, "\u2013"), "&#8211;");
  EXPECT_EQ(source_of(r, raw, "\u2014"), "&#x2014;");
  EXPECT_EQ(source_of(r, raw, "B"), "B");
  int opaque = 0;
  for (const Piece& p : r.pieces) opaque += p.verbatim ? 0 : 1;
  EXPECT_EQ(opaque, 4);
}

TEST(EmitAligned, LegacyAndPrefixReferences) {
  // gumbo: &copy needs no ';', &notit; is &not followed by "it;", &lt3 is "<3".
  const std::string raw = "&copy2023 &notit; &ampx &lt3 &#65";
  const Recorder r = align(raw, "\u00A92023 \u00ACit; &x <3 A");
  EXPECT_EQ(source_of(r, raw, "\u00A9"), "&copy");
  EXPECT_EQ(source_of(r, raw, "2023"), "2023");
  EXPECT_EQ(source_of(r, raw, "\u00AC"), "&not");
  EXPECT_EQ(source_of(r, raw, "it;"), "it;");
  EXPECT_EQ(source_of(r, raw, "&"), "&amp");
  EXPECT_EQ(source_of(r, raw, "<"), "&lt");
  EXPECT_EQ(source_of(r, raw, "A"), "&#65");
}

TEST(EmitAligned, ReferenceToTwoCodePoints) {
  const std::string raw = "a&NotEqualTilde;b&amp;&lt;&#62;";
  const Recorder r = align(raw, "a\u2242\u0338b&<>");
  EXPECT_EQ(source_of(r, raw, "\u2242\u0338"), "&NotEqualTilde;");
  EXPECT_EQ(source_of(r, raw, "b"), "b");
  EXPECT_EQ(source_of(r, raw, "&"), "&amp;");
  EXPECT_EQ(source_of(r, raw, "<"), "&lt;");
  EXPECT_EQ(source_of(r, raw, ">"), "&#62;");
}

TEST(EmitAligned, LiteralAmpersandsStayVerbatim) {
  const std::string raw = "AT&T &foo; &#; &nbsp;&nbsp; x&";
  const Recorder r = align(raw, raw);
  ASSERT_EQ(r.pieces.size(), 1u);
  EXPECT_TRUE(r.pieces[0].verbatim);
  // "&amp;amp;" decodes to the literal text "&amp;".
  const Recorder twice = align("&amp;amp;", "&amp;");
  EXPECT_EQ(source_of(twice, "&amp;amp;", 0), "&amp;");
  EXPECT_EQ(source_of(twice, "&amp;amp;", "amp;"), "amp;");
}

TEST(EmitAligned, FoldedLineEndsAreOpaque) {
  const std::string raw = "a\r\nb\rc\nd";
  const Recorder r = align(raw, "a\nb\nc\nd", 100);
  EXPECT_EQ(r.out, "a\nb\nc\nd");
  ASSERT_EQ(r.pieces.size(), 5u);
  EXPECT_FALSE(r.pieces[1].verbatim);
  EXPECT_EQ(r.pieces[1].begin, 101u);
  EXPECT_EQ(r.pieces[1].end, 103u);
  EXPECT_FALSE(r.pieces[3].verbatim);
  EXPECT_EQ(r.pieces[3].begin, 104u);
  EXPECT_EQ(r.pieces[3].end, 105u);
  EXPECT_TRUE(r.pieces[4].verbatim);
  EXPECT_EQ(r.pieces[4].text, "c\nd");
}

TEST(EmitAligned, ReplacedAndDroppedCharacters) {
  const std::string raw = "a\0b\001c"s;
  const Recorder replaced = align(raw, "a\uFFFDb\uFFFDc");
  EXPECT_EQ(replaced.out, "a\uFFFDb\uFFFDc");
  EXPECT_EQ(source_of(replaced, raw, 1), "\0"s);
  EXPECT_EQ(source_of(replaced, raw, 5), "\x01");
  const Recorder dropped = align(raw, "ab\uFFFDc");
  EXPECT_EQ(dropped.out, "ab\uFFFDc");
  EXPECT_EQ(source_of(dropped, raw, "b"), "b");
}

TEST(EmitAligned, TagsInsideTheSliceAreSkipped) {
  // gumbo keeps ignored tags inside a text node's original_text.
  const std::string raw = "a</x y=\">\">b<![CDATA[c]]>d";
  const Recorder r = align(raw, "abcd");
  EXPECT_EQ(r.out, "abcd");
  for (const Piece& p : r.pieces) EXPECT_TRUE(p.verbatim);
  EXPECT_EQ(source_of(r, raw, "b"), "b");
  EXPECT_EQ(source_of(r, raw, "c"), "c");
}

TEST(EmitAligned, UnalignableRestIsOneOpaquePiece) {
  const Recorder r = align("abc xyz", "abc 123", 5);
  ASSERT_EQ(r.pieces.size(), 2u);
  EXPECT_EQ(r.pieces[0].text, "abc ");
  EXPECT_FALSE(r.pieces[1].verbatim);
  EXPECT_EQ(r.pieces[1].text, "123");
  EXPECT_EQ(r.pieces[1].begin, 9u);
  EXPECT_EQ(r.pieces[1].end, 12u);
  // A differing code point is never split between a verbatim and an opaque piece.
  const Recorder accent = align("x\u00E9", "x\u00E8");
  ASSERT_EQ(accent.pieces.size(), 2u);
  EXPECT_EQ(accent.pieces[0].text, "x");
  EXPECT_EQ(accent.pieces[1].text, "\u00E8");
  // No raw side at all: the text is pinned to the offset.
  const Recorder none = align("", "made up", 7);
  ASSERT_EQ(none.pieces.size(), 1u);
  EXPECT_EQ(none.pieces[0].begin, 7u);
  EXPECT_EQ(none.pieces[0].end, 7u);
}

TEST(EmitAligned, InvalidDecodedTextBecomesReplacementCharacters) {
  // gumbo 0.10.1 decodes &#999999999999; to a lone 0xFF; pugixml writes &#xD800; as is.
  const Recorder r = align("a&#999999999999;b&#xD800;", "a\377b\355\240\200");
  EXPECT_EQ(r.out, "a\uFFFDb\uFFFD");
  EXPECT_TRUE(is_valid_utf8(r.out));
}

TEST(EmitAligned, HostileInputIsLinear) {
  std::string raw;
  std::string text;
  for (int k = 0; k < 100000; ++k) {
    raw += "&a&#1;&amp&&";
    text += "&a\u0001&&&";
  }
  const auto start = std::chrono::steady_clock::now();
  const Recorder r = align(raw, text);
  const Recorder mismatched = align(raw, std::string(raw.size() / 2, '&'));
  const Recorder reversed = align(text, raw);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 10.0);
  EXPECT_EQ(r.out, text);
  expect_traceable(r, raw);
  expect_traceable(mismatched, raw);
  expect_traceable(reversed, text);
}

// --- HTML ---

TEST(Html, EntityMapsToItsReference) {
  const std::string input = "<p>A &amp; B&nbsp;&#8211; C</p>";
  const Recorder r = html(input);
  EXPECT_EQ(r.out, "A & B\u00A0\u2013 C");
  const size_t amp = r.out.find('&');
  EXPECT_EQ(r.origins[amp].begin, input.find("&amp;"));
  EXPECT_EQ(r.origins[amp].end, input.find("&amp;") + 5);
  EXPECT_EQ(source_of(r, input, "\u00A0"), "&nbsp;");
  EXPECT_EQ(source_of(r, input, "\u2013"), "&#8211;");
  EXPECT_EQ(source_of(r, input, "C"), "C");
  EXPECT_EQ(r.origins[0].begin, 3u);
}

TEST(Html, CrLfInText) {
  const std::string input = "<p>one\r\ntwo\rthree</p>";
  const Recorder r = html(input);
  EXPECT_EQ(r.out, "one\ntwo\nthree");
  EXPECT_EQ(source_of(r, input, r.out.find('\n')), "\r\n");
  EXPECT_EQ(source_of(r, input, r.out.rfind('\n')), "\r");
  EXPECT_EQ(source_of(r, input, "three"), "three");
}

TEST(Html, InvisibleContentIsAbsent) {
  const std::string input =
      "<!DOCTYPE html><html><head><title>Title</title><style>p{}</style>"
      "<script>var headScript;</script><noscript><link rel=x></noscript></head><body>"
      "<p>visible1</p><script>bodyScript()</script><style>.x{}</style>"
      "<noscript>enable js</noscript><template><p>templated</p></template>"
      "<div hidden>hiddenDiv</div><span aria-hidden=\"TRUE\">ariaHidden</span>"
      "<svg><text>svgText</text></svg><math><mi>mathText</mi></math>"
      "<iframe>frameText</iframe><object>objectText</object><p>visible2</p></body></html>";
  const Recorder r = html(input);
  EXPECT_EQ(r.paragraphs(), (std::vector<std::string>{"visible1", "visible2"}));
}

TEST(Html, Metadata) {
  const std::string input =
      "<html lang=\" de-DE \"><head><title>\n  A   &amp; B </title>"
      "<meta itemprop=\"datePublished\" content=\"2019-01-01\">"
      "<meta name=\"date\" content=\"2020-02-02\">"
      "<meta property=\"article:published_time\" content=\" 2021-12-10T10:00:00Z \">"
      "<meta property=\"og:site_name\" content=\"Die Zeitung\">"
      "<meta name=\"author\" content=\"Erika  Mustermann\"></head><body><p>x</p></body></html>";
  MarkupMetadata m;
  html(input, &m);
  EXPECT_EQ(m.title, (SourceField{"A & B", "html <title>"}));
  EXPECT_EQ(m.language, (SourceField{"de-DE", "html lang"}));
  EXPECT_EQ(m.published, (SourceField{"2021-12-10T10:00:00Z", "html meta article:published_time"}));
  EXPECT_EQ(m.publisher, (SourceField{"Die Zeitung", "html meta og:site_name"}));
  EXPECT_EQ(m.author, (SourceField{"Erika Mustermann", "html meta author"}));
}

TEST(Html, PublishedFallbacks) {
  MarkupMetadata date;
  html("<meta itemprop=datePublished content=2019><meta name=date content=2020>", &date);
  EXPECT_EQ(date.published, (SourceField{"2020", "html meta date"}));
  MarkupMetadata itemprop;
  html("<time datetime=2018>x</time><meta itemprop=datePublished content=2019>", &itemprop);
  EXPECT_EQ(itemprop.published.value, "2019");
  MarkupMetadata time;
  html("<time datetime=2017>a</time><article><time datetime=\"2018-05\">b</time></article>", &time);
  EXPECT_EQ(time.published.value, "2018-05");
  MarkupMetadata none;
  html("<p><time datetime=2017>a</time></p>", &none);
  EXPECT_FALSE(none.published.known());
  EXPECT_FALSE(none.title.known());
}

TEST(Html, BrokenMarkupKeepsAllText) {
  EXPECT_EQ(html("<p>unclosed <b>bold <div>text").out, "unclosed bold text");
  const std::string stray = "<p>a</x>b</p>";
  const Recorder r = html(stray);
  EXPECT_EQ(r.out, "ab");
  EXPECT_EQ(source_of(r, stray, "b"), "b");
  EXPECT_EQ(r.origins[1].begin, stray.find("b<"));
  EXPECT_EQ(html("<p>a<p>b").paragraphs(), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(html("<table>x<tr><td>y</td></tr></table>").out, "xy");
  EXPECT_EQ(html("a<html>b<head>c<body>d").out, "abcd");
}

TEST(Html, ParserQuirksKeepOrigins) {
  // NUL: dropped in body text, replaced in a <textarea>.
  const std::string nul = "<p>a\0b</p><textarea>c\0d</textarea>"s;
  const Recorder r = html(nul);
  EXPECT_EQ(r.out,
            "ab"
            "c\uFFFDd");
  EXPECT_EQ(r.origins[1].begin, nul.find('b'));
  EXPECT_EQ(source_of(r, nul, "\uFFFD"), "\0"s);
  // A leading byte order mark is no text.
  const std::string bom = "\xEF\xBB\xBF<p>x</p>";
  EXPECT_EQ(html(bom).out, "x");
  // gumbo drops the letters of a whitespace node in a frameset but keeps them in its slice.
  const Recorder frameset = html("<frameset> x <frame> y</frameset>");
  for (const Piece& p : frameset.pieces) EXPECT_TRUE(p.verbatim) << p.text;
  // A '<' from "&lt;" next to a tag gumbo ignored.
  const std::string lt = "<p>&lt;</x><b>b</b>&NotEqualTilde;&#x110000;</p>";
  const Recorder quirks = html(lt);
  EXPECT_EQ(quirks.out, "<b\u2242\u0338\uFFFD");
  EXPECT_EQ(source_of(quirks, lt, "<"), "&lt;");
  EXPECT_EQ(source_of(quirks, lt, "b"), "b");
  EXPECT_EQ(source_of(quirks, lt, "\u2242\u0338"), "&NotEqualTilde;");
  EXPECT_EQ(source_of(quirks, lt, "\uFFFD"), "&#x110000;");
  // <title> is never rendered, even in <body>.
  EXPECT_EQ(html("<body><p>x</p><title>t</title></body>").out, "x");
}

TEST(Html, BlocksBreakInlinesDoNot) {
  const Recorder r = html(
      "<h1>Head</h1><p>One <b>two</b> <a href=#>three</a>.</p><ul><li>i1<li>i2</ul>"
      "<p>x<br>y</p><table><tr><td>c1<td>c2</table>");
  EXPECT_EQ(r.paragraphs(),
            (std::vector<std::string>{"Head", "One two three.", "i1", "i2", "x", "y", "c1", "c2"}));
}

TEST(Html, ScriptAndImgProduceNoText) {
  EXPECT_EQ(html("<script>alert(1)</script>").out, "");
  EXPECT_EQ(html("<img src=x onerror=\"alert(1)\">").out, "");
  EXPECT_EQ(html("").out, "");
}

// ASan and UBSan (tools/sanitize) make this parse tens of times slower; the bound below guards
// against time that grows faster than the input, not against a slow build.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSanitizerSlowdown = 30;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kSanitizerSlowdown = 30;
#else
constexpr double kSanitizerSlowdown = 1;
#endif
#else
constexpr double kSanitizerSlowdown = 1;
#endif

TEST(Html, DeepNestingDoesNotCrash) {
  std::string input;
  for (int k = 0; k < 100000; ++k) input += "<div>";
  input += "deep &amp; text";
  for (int k = 0; k < 100000; ++k) input += "<span><b>w</b>";
  const auto start = std::chrono::steady_clock::now();
  MarkupMetadata m;
  const Recorder r = html(input, &m);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 20.0 * kSanitizerSlowdown);
  ASSERT_EQ(r.out.substr(0, 11), "deep & text");
  EXPECT_EQ(source_of(r, input, "&"), "&amp;");
  EXPECT_EQ(r.out.size(), 11u + 100000u);
}

TEST(Html, TextGumboMadeUpIsPinnedToItsNode) {
  const std::string input = "<p>x</p><isindex prompt=\"Search\">";
  const Recorder r = html(input);
  EXPECT_NE(r.out.find("Search"), std::string::npos);
}

// --- XML ---

TEST(Xml, EntitiesAndCdataMap) {
  const std::string input =
      "<?xml version=\"1.0\"?>\n<doc>A &amp; B <![CDATA[x &lt; y]]> &#8211;\r\nz&lt;</doc>";
  const Recorder r = xml(input);
  EXPECT_EQ(r.out, "A & B x &lt; y \u2013\nz<");
  EXPECT_EQ(source_of(r, input, "&"), "&amp;");
  EXPECT_EQ(source_of(r, input, "x &lt; y"), "x &lt; y");  // CDATA is literal
  EXPECT_EQ(r.origins[r.out.find("x &lt;")].begin, input.find("x &lt;"));
  EXPECT_EQ(source_of(r, input, "\u2013"), "&#8211;");
  EXPECT_EQ(source_of(r, input, r.out.find('\n')), "\r\n");
  EXPECT_EQ(source_of(r, input, r.out.size() - 1), "&lt;");
}

TEST(Xml, InvalidReferencesBecomeOneReplacementEach) {
  // pugixml writes surrogates and values past U+10FFFF as bytes that are no UTF-8.
  const std::string input = "<d>a&#xD800;b&#999999999999;c</d>";
  const Recorder r = xml(input);
  EXPECT_EQ(r.out, "a\uFFFDb\uFFFDc");
  EXPECT_EQ(source_of(r, input, "\uFFFD"), "&#xD800;");
  EXPECT_EQ(source_of(r, input, "c"), "c");
}

TEST(Xml, CdataLineEnds) {
  const std::string input = "<d><![CDATA[a\r\nb\rc]]></d>";
  const Recorder r = xml(input);
  EXPECT_EQ(r.out, "a\nb\nc");
  EXPECT_EQ(r.origins[0].begin, input.find('a'));
  EXPECT_EQ(source_of(r, input, 1), "\r\n");
  EXPECT_EQ(source_of(r, input, 3), "\r");
}

TEST(Xml, InlineElementsDoNotBreakBlocksDo) {
  const Recorder r = xml(
      "<TEI><text><body><p>Alpha <hi rend=\"i\">beta</hi> <persName>Gamma</persName> "
      "<tei:date>1990</tei:date>.</p><p>Delta</p><note>Eps<lb/>ilon</note></body></text></TEI>");
  EXPECT_EQ(r.paragraphs(),
            (std::vector<std::string>{"Alpha beta Gamma 1990.", "Delta", "Eps", "ilon"}));
}

TEST(Xml, CommentsInstructionsAndDoctypeGiveNoText) {
  const Recorder r =
      xml("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"E\">]><!-- top --><d><?pi data?>a"
          "<!-- inner -->b</d><!-- end -->");
  EXPECT_EQ(r.out, "ab");
  EXPECT_EQ(r.paragraphs(), (std::vector<std::string>{"ab"}));
}

TEST(Xml, MalformedIsParseErrorWithOffset) {
  Recorder r;
  MarkupMetadata m;
  const Status status = read_xml("<a><b></a>", r, m);
  EXPECT_EQ(status.code(), StatusCode::kParseError);
  EXPECT_EQ(status.message().rfind("malformed XML: ", 0), 0u) << status.message();
  // pugixml points at the name in the end tag that does not match.
  EXPECT_EQ(status.where().offset, 8);
  EXPECT_EQ(read_xml("", r, m).code(), StatusCode::kParseError);
  EXPECT_EQ(read_xml("just text", r, m).code(), StatusCode::kParseError);
}

TEST(Xml, RootAttributesAreMetadata) {
  MarkupMetadata m;
  xml("<doc published=\"2021-12-10\" date=\"1999\" lang=\"de\" source=\"Bundestag\" "
      "title=\" A  title \" author=\"X Y\"><p>t</p></doc>",
      &m);
  EXPECT_EQ(m.published, (SourceField{"2021-12-10", "xml @published"}));
  EXPECT_EQ(m.language, (SourceField{"de", "xml @lang"}));
  EXPECT_EQ(m.publisher, (SourceField{"Bundestag", "xml @source"}));
  EXPECT_EQ(m.title, (SourceField{"A title", "xml @title"}));
  EXPECT_EQ(m.author, (SourceField{"X Y", "xml @author"}));

  MarkupMetadata other;
  xml("<doc date=\"1999\" xml:lang=\"en\" publisher=\"P\"><title>Root <i>Title</i></title></doc>",
      &other);
  EXPECT_EQ(other.published, (SourceField{"1999", "xml @date"}));
  EXPECT_EQ(other.language, (SourceField{"en", "xml @xml:lang"}));
  EXPECT_EQ(other.publisher, (SourceField{"P", "xml @publisher"}));
  EXPECT_EQ(other.title, (SourceField{"Root Title", "xml <title>"}));

  MarkupMetadata tei;
  xml("<TEI><teiHeader><fileDesc><titleStmt><title>Plenarprotokoll\n 19/1</title>"
      "</titleStmt></fileDesc></teiHeader><text><title>Not this</title></text></TEI>",
      &tei);
  EXPECT_EQ(tei.title, (SourceField{"Plenarprotokoll 19/1", "xml <title>"}));
}

TEST(Xml, DeepNestingDoesNotCrash) {
  std::string input;
  for (int k = 0; k < 100000; ++k) input += "<d>";
  input += "deep";
  for (int k = 0; k < 100000; ++k) input += "</d>";
  EXPECT_EQ(xml(input).out, "deep");
}

// --- fuzz ---

// Replaces bytes that are not valid UTF-8 with '?': the readers get decoded text.
std::string make_valid(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t length = 1;
    while (length <= 4 && i + length <= s.size() && !is_valid_utf8(s.substr(i, length))) ++length;
    if (length > 4 || i + length > s.size()) {
      out += '?';
      ++i;
    } else {
      out.append(s.substr(i, length));
      i += length;
    }
  }
  return out;
}

const std::vector<std::string>& fragments() {
  static const std::vector<std::string> kFragments = {
      "<p>",
      "</p>",
      "<div>",
      "</div>",
      "<b>",
      "</b>",
      "<i>",
      "<span>",
      "</span>",
      "<br>",
      "<script>",
      "</script>",
      "<style>",
      "</style>",
      "<title>",
      "</title>",
      "<head>",
      "<body>",
      "</body>",
      "<html lang=en>",
      "</html>",
      "<table>",
      "<tr>",
      "<td>",
      "</td>",
      "<pre>\n",
      "<textarea>\r\n",
      "</textarea>",
      "<svg>",
      "</svg>",
      "<math>",
      "<template>",
      "</template>",
      "<noscript>",
      "</noscript>",
      "<frameset>",
      "<plaintext>",
      "<isindex>",
      "<article>",
      "</article>",
      "<time datetime='2020'>",
      "<meta name=date content=x>",
      "<meta property=\"og:site_name\" content=\"S\">",
      "<div hidden>",
      "<a href='>'>",
      "<img src=x onerror=alert(1)>",
      "<x:y>",
      "</x:y>",
      "<hi>",
      "</hi>",
      "<doc lang='en'>",
      "</doc>",
      "<?xml version='1.0'?>",
      "<!DOCTYPE html>",
      "<!-- c -->",
      "<!--",
      "-->",
      "<![CDATA[",
      "]]>",
      "<?pi?>",
      "&amp;",
      "&amp",
      "&",
      "&#",
      "&#x",
      "&#8211;",
      "&#x2014;",
      "&#65",
      "&#0;",
      "&#xD800;",
      "&#999999999999;",
      "&#x110000;",
      "&nbsp;",
      "&nbsp",
      "&notit;",
      "&NotEqualTilde;",
      "&copy2023",
      "&lt;",
      "&gt;",
      "&quot;",
      "&apos;",
      "&foo;",
      "\r\n",
      "\r",
      "\n",
      "\t",
      " ",
      "\0"s,
      "\x01",
      "\x7F",
      "\u00E9",
      "\u20AC",
      "\U0001F600",
      "\uFFFD",
      "\uFEFF",
      "<",
      ">",
      "\"",
      "'",
      "=",
      "</",
      "/>",
      "]]",
      "text",
      "Word ",
      "x = 1;",
      "a&b",
      "<p title=\"a&amp;b\">"};
  return kFragments;
}

const std::vector<std::string>& seeds() {
  static const std::vector<std::string> kSeeds = {
      "<!DOCTYPE html><html lang=\"en\"><head><title>T &amp; t</title><meta name=\"author\" "
      "content=\"A\"></head><body><article><h1>Head</h1><p>One &amp; two\r\nthree.</p>"
      "<time datetime=\"2021-01-01\">Jan</time></article><script>x<y</script></body></html>",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc published=\"2020\" lang=\"de\">"
      "<title>T</title><p>Der <hi>Bundestag</hi> hat &#8211; am 1.&#160;Mai &amp; "
      "<![CDATA[<raw>]]> beschlossen.</p>\r\n<!-- c --><p>Zweiter</p></doc>",
      "<table><tr><td>a<td>b</table><p>x</x>y<p>z<br/>w<select><option>o</select>",
      "<svg><![CDATA[cdata]]><title>s</title></svg><math><mtext>m&amp;</mtext></math>tail",
  };
  return kSeeds;
}

std::string random_input(std::mt19937& rng) {
  const auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  std::string s;
  switch (pick(3)) {
    case 0: {  // fragments
      const size_t count = 1 + pick(80);
      for (size_t k = 0; k < count; ++k) s += fragments()[pick(fragments().size())];
      break;
    }
    case 1: {  // a mutated seed
      s = seeds()[pick(seeds().size())];
      const size_t edits = 1 + pick(8);
      for (size_t k = 0; k < edits && !s.empty(); ++k) {
        const size_t at = pick(s.size());
        const size_t length = std::min<size_t>(pick(12), s.size() - at);
        switch (pick(5)) {
          case 0:
            s.erase(at, length);
            break;
          case 1:
            s.insert(at, s.substr(at, length));
            break;
          case 2:
            s.insert(at, fragments()[pick(fragments().size())]);
            break;
          case 3:
            s[at] = static_cast<char>(pick(256));
            break;
          default:
            s.resize(at);
            break;
        }
      }
      break;
    }
    default: {  // bytes, biased towards markup
      const std::string alphabet = "<>/&#;x!-[]?=\"' \r\nabp0123";
      const size_t count = pick(200);
      for (size_t k = 0; k < count; ++k) {
        s += pick(4) == 0 ? static_cast<char>(pick(256)) : alphabet[pick(alphabet.size())];
      }
      break;
    }
  }
  return make_valid(s);
}

TEST(Fuzz, ReadersTraceEveryByte) {
  std::mt19937 rng(20240611);
  for (int k = 0; k < 2000; ++k) {
    const std::string input = random_input(rng);
    SCOPED_TRACE("input #" + std::to_string(k) + ": " + input);
    {
      Recorder r;
      MarkupMetadata m;
      read_html(input, r, m);
      expect_traceable(r, input);
      for (const SourceField* f : {&m.title, &m.language, &m.publisher, &m.author, &m.published}) {
        EXPECT_TRUE(is_valid_utf8(f->value));
      }
    }
    {
      Recorder r;
      MarkupMetadata m;
      const Status status = read_xml(input, r, m);
      expect_traceable(r, input);
      if (!status.is_ok()) {
        EXPECT_EQ(status.code(), StatusCode::kParseError);
        EXPECT_GE(status.where().offset, 0);
        EXPECT_LE(status.where().offset, static_cast<int64_t>(input.size()));
      }
    }
    if (HasFatalFailure()) return;
  }
}

TEST(Fuzz, AlignmentOutputIsTheDecodedText) {
  std::mt19937 rng(7);
  for (int k = 0; k < 2000; ++k) {
    const std::string raw = random_input(rng);
    std::string text = make_valid(raw);
    // Derive a decoded side by editing the raw one, like a parser would and would not.
    const std::string replacements[] = {"&", "\n", "\uFFFD", "x", "", "\u00E9"};
    const size_t edits = std::uniform_int_distribution<size_t>(0, 4)(rng);
    for (size_t e = 0; e < edits && !text.empty(); ++e) {
      const size_t at = std::uniform_int_distribution<size_t>(0, text.size() - 1)(rng);
      const size_t length = std::uniform_int_distribution<size_t>(0, 6)(rng);
      text.replace(at, std::min(text.size() - at, length),
                   replacements[std::uniform_int_distribution<size_t>(0, 5)(rng)]);
    }
    text = make_valid(text);
    SCOPED_TRACE("raw #" + std::to_string(k) + ": " + raw + "\ntext: " + text);
    const Recorder r = align(raw, text, 3);
    EXPECT_EQ(r.out, text);
    for (const Piece& p : r.pieces) {
      ASSERT_GE(p.begin, 3u);
      ASSERT_LE(p.end, raw.size() + 3);
      if (p.verbatim) {
        ASSERT_EQ(p.text, raw.substr(p.begin - 3, p.end - p.begin));
      }
    }
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace claimtrace
