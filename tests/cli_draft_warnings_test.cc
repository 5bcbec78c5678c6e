// End-to-end: `check` warns about the draft itself as `verify` warns about a corpus document — a
// name where a party belongs that no rule knows leaves its figures without subject, so they are
// never checked — on stderr (file:line:column, escaped for the terminal) and in check.xml,
// check.json and check.html. Fixture rules (tests/data/rules/) with a states.xml written here.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "cli_run.h"
#include "test_paths.h"
#include "xml_schema.h"

namespace {

using namespace cli;

// A directory with the fixture rules plus the relation words, a corpus of one document and a
// draft naming one known and one unknown party.
std::string draft_fixture() {
  char tmpl[] = "/tmp/claimtrace-draft-warnings-XXXXXX";
  const std::string dir = mkdtemp(tmpl);
  std::system(
      ("cp -r '" + test_paths::data() + "/rules' '" + dir + "/rules' && mkdir '" + dir + "/corpus'")
          .c_str());
  write_all(dir + "/rules/states.xml",
            "<states><gazetteer languages=\"en\"/><between word=\"between\"/>"
            "<joiner word=\"and\"/><partner word=\"with\"/></states>\n");
  write_all(dir + "/corpus/ministry.txt",
            "Trade between Belarus and China reached $6 billion in 2021, the ministry said.\n");
  write_all(dir + "/draft.txt",
            "Trade between Belarus and China reached $6 billion in 2021.\n"
            "Last year trade between Ruritania and China came to $1.2 billion.\n"
            "Trade between Zembla and China was $2 billion in 2022.\n");
  return dir;
}

TEST(CliDraftWarnings, CheckWarnsAboutUnknownNamesInTheDraftAndListsThem) {
  const std::string dir = draft_fixture();
  Outcome r = run_claimtrace(
      "check --rules rules draft.txt --published 2024-03-01 --out c --corpus corpus", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err,
            "draft.txt:2:25: warning: \"Ruritania\" is not a known state or party: the subject "
            "of figures about its relation is left empty\n"
            "draft.txt:3:15: warning: \"Zembla\" is not a known state or party: the subject of "
            "figures about its relation is left empty\n");
  EXPECT_EQ(r.out,
            "draft.txt:1:41: supported: \"$6 billion\": Agrees with \"$6 billion\" (ministry.txt, "
            "2021).\n"
            "draft.txt:2:53: unsupported: \"$1.2 billion\": Nothing to check it against: the claim "
            "has no known subject or period.\n"
            "draft.txt:3:36: unsupported: \"$2 billion\": Nothing to check it against: the claim "
            "has no known subject or period.\n"
            "3 claims in the draft: 0 contradicted, 0 disputed, 1 supported, 2 unsupported\n"
            "check: c/check.html\n");
  expect_file("cli-draft-warnings.check.xml", read_all(dir + "/c/check.xml"));
  claimtrace::SchemaCheck schema = claimtrace::validate_xml_file(dir + "/c/check.xml", "check.xsd");
  EXPECT_TRUE(schema.valid) << schema.messages;
  const std::string html = read_all(dir + "/c/check.html");
  EXPECT_NE(html.find("2 warnings on the draft"), std::string::npos);
  EXPECT_NE(html.find("draft.txt:2:25: warning: &quot;Ruritania&quot; is not a known state"),
            std::string::npos);
  Outcome json = run_claimtrace(
      "check --rules rules draft.txt --published 2024-03-01 --out - --format json --corpus "
      "corpus",
      dir);
  EXPECT_EQ(json.exit_code, 0) << json.err;
  EXPECT_EQ(json.err, r.err);
  expect_file("cli-draft-warnings.check.json", json.out);
  // The warning names the draft as the terminal should see it: a control character in its
  // file name is escaped.
  const std::string evil = "dr\x1b[2Jaft.txt";
  write_all(dir + "/" + evil, read_all(dir + "/draft.txt"));
  Outcome escaped = run_claimtrace(
      "check --rules rules '" + evil + "' --published 2024-03-01 --quiet --out e --corpus corpus",
      dir);
  EXPECT_EQ(escaped.err.find('\x1b'), std::string::npos);
  EXPECT_EQ(escaped.err.rfind("dr\\x1b[2Jaft.txt:2:25: warning: \"Ruritania\"", 0), 0u)
      << escaped.err;
  // A draft naming only known parties has no warnings to list.
  write_all(dir + "/plain.txt", "Trade between Belarus and China reached $6 billion in 2021.\n");
  Outcome plain = run_claimtrace(
      "check --rules rules plain.txt --published 2024-03-01 --out p --corpus corpus", dir);
  EXPECT_EQ(plain.err, "");
  EXPECT_EQ(read_all(dir + "/p/check.xml").find("<warning"), std::string::npos);
  std::system(("rm -rf '" + dir + "'").c_str());
}

// A corpus document may take the id "draft": the draft then takes another, so check.xml
// never lists two sources under one id, nor gives the draft's claims to that document.
TEST(CliDraftWarnings, ACorpusDocumentNamedDraftKeepsItsIdApartFromTheDraft) {
  const std::string dir = draft_fixture();
  write_all(dir + "/corpus/manifest.xml",
            "<corpus><document id=\"draft\" path=\"ministry.txt\" published=\"2022-01-01\"/>"
            "</corpus>\n");
  Outcome r = run_claimtrace(
      "check --rules rules draft.txt --published 2024-03-01 --out c --corpus corpus", dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string xml = read_all(dir + "/c/check.xml");
  auto count = [&xml](const std::string& what) {
    size_t n = 0;
    for (size_t at = xml.find(what); at != std::string::npos; at = xml.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("<source id=\"draft\" path=\"corpus/ministry.txt\" role=\"corpus\""), 1u) << xml;
  EXPECT_EQ(count("<source id=\"draft~draft\" path=\"draft.txt\" role=\"draft\""), 1u) << xml;
  EXPECT_EQ(count("id=\"draft\""), 1u) << xml;
}

}  // namespace
