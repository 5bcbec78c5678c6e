// Manifest: parsed and checked; every error names the manifest's line and column.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/corpus.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

// prefix + i + suffix, built by appending: GCC 12 at -O3 warns (-Wrestrict, a false positive) on
// "literal" + std::string.
std::string numbered(std::string_view prefix, int i, std::string_view suffix = {}) {
  std::string s(prefix);
  s.append(std::to_string(i)).append(suffix);
  return s;
}

TEST(Manifest, ParsesDocumentsWithDatesAndProvenance) {
  Result<Manifest> m = parse_manifest("m.xml", R"(<corpus name="c" listed-only="true">
  <document id="a" path="a.txt" title="T" kind="news" published="2021-12-10" language="en"/>
  <document id="b" path="sub/b.html" published="2023-12"/>
</corpus>)");
  ASSERT_TRUE(m.is_ok()) << m.status().to_string();
  EXPECT_TRUE(m.value().listed_only);
  ASSERT_EQ(m.value().documents.size(), 2u);
  const Source& a = m.value().documents[0];
  EXPECT_EQ(a.title, (SourceField{"T", "manifest"}));
  EXPECT_EQ(a.published.iso(), "2021-12-10");
  EXPECT_EQ(a.published.precision, DatePrecision::kDay);
  EXPECT_FALSE(m.value().documents[1].title.known());
  EXPECT_EQ(m.value().documents[1].published.precision, DatePrecision::kMonth);
  EXPECT_NE(m.value().find("sub/b.html"), nullptr);
}

TEST(Manifest, UrlArchivedUrlAndTrustPrior) {
  Result<Manifest> m = parse_manifest("m.xml", R"(<corpus>
  <document id="a" path="a.txt" url="https://example.org/a?x=1&amp;y=2"
            archived-url="https://web.archive.org/web/2021/https://example.org/a"
            trust-prior="0.8"/>
  <document id="b" path="b.txt"/>
</corpus>)");
  ASSERT_TRUE(m.is_ok()) << m.status().to_string();
  const Source& a = m.value().documents[0];
  EXPECT_EQ(a.url, "https://example.org/a?x=1&y=2");
  EXPECT_EQ(a.archived_url, "https://web.archive.org/web/2021/https://example.org/a");
  ASSERT_TRUE(a.trust_prior.has_value());
  EXPECT_DOUBLE_EQ(*a.trust_prior, 0.8);
  const Source& b = m.value().documents[1];
  EXPECT_TRUE(b.url.empty());
  EXPECT_FALSE(b.trust_prior.has_value());
}

// The walk looks every file up once: a linear find made a large manifest quadratic.
TEST(Manifest, FindIsIndexed) {
  const int n = 50000;
  std::string xml = "<corpus>";
  for (int i = 0; i < n; ++i) {
    xml.append(numbered("<document id=\"d", i))
        .append(numbered("\" path=\"dir/doc", i, ".txt\"/>"));
  }
  xml += "</corpus>";
  Result<Manifest> m = parse_manifest("m.xml", xml);
  ASSERT_TRUE(m.is_ok()) << m.status().to_string();
  const auto began = std::chrono::steady_clock::now();
  int found = 0;
  for (int i = 0; i < n; ++i) {
    const Source* s = m.value().find(numbered("dir/doc", i, ".txt"));
    found += s != nullptr && s->id == numbered("d", i);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  EXPECT_EQ(found, n);
  EXPECT_EQ(m.value().find("dir/missing.txt"), nullptr);
  EXPECT_LT(seconds, 2.0) << "50,000 lookups; a linear scan takes tens of seconds";
  Manifest copy = m.value();  // the index travels with a copy
  EXPECT_EQ(copy.find("dir/doc7.txt"), &copy.documents[7]);
}

TEST(Manifest, ErrorsNameLineAndColumn) {
  struct Case {
    const char* xml;
    const char* error;
  } cases[] = {
      {"<corpus>\n  <document id=\"a\" path=\"a.txt\" kind=\"blog\"/>\n</corpus>",
       "m.xml:2:3: kind \"blog\" is not one of"},
      {"<corpus>\n<document id=\"a\" path=\"a.txt\"/>\n<document id=\"a\" path=\"b.txt\"/>"
       "</corpus>",
       "m.xml:3:1: document id \"a\" used twice"},
      {"<corpus>\n <document id=\"a\" path=\"a.txt\" published=\"last year\"/></corpus>",
       "m.xml:2:2: published \"last year\" is not a date"},
      {"<corpus>\n <document id=\"a\" path=\"a.txt\" colour=\"red\"/></corpus>",
       "m.xml:2:2: unknown attribute colour"},
      {"<corpus>\n <document id=\"a\" path=\"../a.txt\"/></corpus>",
       "m.xml:2:2: path \"../a.txt\""},
      {"<corpus>\n <document path=\"a.txt\"/></corpus>", "m.xml:2:2: <document> needs an id"},
      {"<corpus>\n <document id=\"a\" path=\"a.txt\">\n</corpus>", "m.xml:3:3: malformed manifest"},
      {"<docs/>", "m.xml:1:1: manifest root must be <corpus>"},
      {"<corpus>\n <document id=\"a\" path=\"a.txt\" url=\"example.org/a\"/></corpus>",
       "m.xml:2:2: url \"example.org/a\" is not an http:// or https:// URL"},
      {"<corpus>\n <document id=\"a\" path=\"a.txt\" archived-url=\"ftp://x/a\"/></corpus>",
       "m.xml:2:2: archived-url \"ftp://x/a\" is not"},
      {"<corpus>\n <document id=\"a\" path=\"a.txt\" trust-prior=\"1.5\"/></corpus>",
       "m.xml:2:2: trust-prior \"1.5\" is not a number from 0 to 1"},
      {"<corpus>\n <document id=\"a\" path=\"a.txt\" trust-prior=\"high\"/></corpus>",
       "m.xml:2:2: trust-prior \"high\""},
  };
  for (const Case& c : cases) {
    // A file that is no manifest fails; a bad entry is left out with its error.
    Result<Manifest> m = parse_manifest("m.xml", c.xml);
    if (m.is_ok()) {
      ASSERT_EQ(m.value().errors.size(), 1u) << c.xml;
    }
    const Status& error = m.is_ok() ? m.value().errors[0] : m.status();
    EXPECT_EQ(error.to_string().rfind(c.error, 0), 0u) << error.to_string();
  }
}

TEST(Manifest, EveryErrorIsReportedAndTheGoodEntriesStand) {
  Result<Manifest> m = parse_manifest(
      "m.xml",
      "<corpus name=\"c\" shelf=\"3\">\n <document id=\"a\" path=\"a.txt\" colour=\"red\"/>\n"
      " <document id=\"b\" path=\"b.txt\"/>\n <document id=\"b\" path=\"c.txt\"/>\n"
      " <note/>\n</corpus>");
  ASSERT_TRUE(m.is_ok()) << m.status().to_string();
  std::vector<std::string> errors;
  for (const Status& e : m.value().errors) errors.push_back(e.to_string());
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].rfind("m.xml:1:1: unknown attribute shelf on <corpus>", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1].rfind("m.xml:2:2: unknown attribute colour", 0), 0u) << errors[1];
  EXPECT_EQ(errors[2].rfind("m.xml:4:2: document id \"b\" used twice", 0), 0u) << errors[2];
  EXPECT_EQ(errors[3].rfind("m.xml:5:2: unknown element <note>", 0), 0u) << errors[3];
  ASSERT_EQ(m.value().documents.size(), 1u);
  EXPECT_EQ(m.value().documents[0].id, "b");
  EXPECT_EQ(m.value().where[0].line, 3);
  EXPECT_EQ(m.value().name, "c");
}

TEST(Manifest, BundledManifestIsValid) {
  Result<Manifest> m = load_manifest(default_env(), test_paths::source() + "/corpus/manifest.xml");
  ASSERT_TRUE(m.is_ok()) << m.status().to_string();
  EXPECT_EQ(m.value().documents.size(), 5u);
}

}  // namespace
}  // namespace claimtrace
