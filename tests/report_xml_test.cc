// report.xml read back with pugixml: structure, provenance, evidence, escaping, determinism;
// report.xml and check.xml validated against reports/report.xsd and reports/check.xsd.
#include "claimtrace/report_xml.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "claimtrace/check_report.h"
#include "test_corpus.h"
#include "xml_schema.h"

namespace claimtrace {
namespace {

const RuleSet& rules() { return fixture_rules(); }

using Input = TestInput;

struct Report {
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
  ClaimGraph graph;
  Verification v;
  std::string xml;
};

Report report(const std::vector<Input>& inputs) {
  TestCorpus t = ingest_and_extract(inputs);
  Report r;
  r.docs = std::move(t.docs);
  r.extractions = std::move(t.extractions);
  r.graph = ClaimGraph::build(r.docs, r.extractions, rules());
  r.v = verify(r.docs, r.extractions, rules(), r.graph);
  r.xml = report_xml({r.docs, r.extractions, r.graph, r.v});
  // Every report a test writes must also be what reports/report.xsd says it is.
  SchemaCheck schema = validate_xml(r.xml);
  EXPECT_TRUE(schema.valid) << schema.messages << r.xml;
  return r;
}

const std::vector<Input> kConflict = {
    {"a", "2023-12", "Trade turnover between Belarus and China reached $6 billion in 2021.", ""},
    {"b", "2024-03",
     "Officials met in Minsk.\nTrade turnover between Belarus and China was $3 billion in 2021.",
     ""},
    {"empty", "2024-03", "", ""}};

TEST(ReportXml, TheReportIsVersionOneWithEverySourceAndItsStatus) {
  Report r = report(kConflict);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(r.xml.c_str())) << r.xml;
  pugi::xml_node root = doc.child("claimtrace-report");
  ASSERT_TRUE(root) << r.xml;
  EXPECT_STREQ(root.attribute("version").value(), "1");

  std::vector<std::string> ids;
  for (pugi::xml_node s : root.child("sources").children("source")) {
    ids.push_back(s.attribute("id").value());
    EXPECT_TRUE(s.attribute("status")) << s.attribute("id").value();
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "empty"}));
  pugi::xml_node skipped = root.child("sources").find_child_by_attribute("source", "id", "empty");
  EXPECT_STREQ(skipped.attribute("status").value(), "skipped");
  EXPECT_STREQ(skipped.attribute("reason").value(), "empty file");
  pugi::xml_node a = root.child("sources").find_child_by_attribute("source", "id", "a");
  EXPECT_STREQ(a.attribute("status").value(), "ok");
  EXPECT_STREQ(a.attribute("published").value(), "2023-12");
  EXPECT_STREQ(a.attribute("claims").value(), "1");
  EXPECT_STREQ(a.attribute("trust").value(), "0.5000");
}

TEST(ReportXml, EveryClaimCarriesItsProvenance) {
  Report r = report(kConflict);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(r.xml.c_str())) << r.xml;
  pugi::xml_node claims = doc.child("claimtrace-report").child("claims");
  size_t n = 0;
  for (const Extraction& e : r.extractions) {
    for (const Claim& c : e.claims) {
      ++n;
      pugi::xml_node x = claims.find_child_by_attribute("claim", "id", c.id.c_str());
      ASSERT_TRUE(x) << c.id;
      EXPECT_STREQ(x.attribute("kind").value(), to_string(c.kind));
      EXPECT_STREQ(x.attribute("attribute").value(), c.attribute.c_str());
      EXPECT_STREQ(x.attribute("period").value(), c.period.iso().c_str());
      pugi::xml_node p = x.child("provenance");
      ASSERT_TRUE(p) << c.id;
      EXPECT_EQ(p.attribute("source").value(), c.source);
      EXPECT_EQ(p.attribute("path").value(), c.path);
      EXPECT_EQ(p.attribute("start").as_ullong(), c.span.begin);
      EXPECT_EQ(p.attribute("end").as_ullong(), c.span.end);
      EXPECT_EQ(p.attribute("line").as_int(), c.position.line);
      EXPECT_EQ(p.attribute("column").as_int(), c.position.column);
      EXPECT_EQ(std::string(p.child_value("quote")), c.quote);
      EXPECT_EQ(std::string(p.child_value("sentence")), c.sentence.text());
    }
  }
  EXPECT_EQ(n, 2u);
  size_t listed = 0;
  for (pugi::xml_node x : claims.children("claim")) listed += !x.empty();
  EXPECT_EQ(listed, n);
  // The $3 billion of b sits on its second line.
  pugi::xml_node second =
      claims.find_child_by_attribute("claim", "id", r.extractions[1].claims[0].id.c_str());
  EXPECT_EQ(second.child("provenance").attribute("line").as_int(), 2);
  EXPECT_EQ(second.child("provenance").attribute("start").as_ullong(), 69u);
}

TEST(ReportXml, ADiscrepancyPointsAtItsEvidenceByPathAndByteRange) {
  Report r = report(kConflict);
  ASSERT_EQ(r.v.discrepancies.size(), 1u);
  const Discrepancy& d = r.v.discrepancies[0];
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(r.xml.c_str())) << r.xml;
  pugi::xml_node x = doc.child("claimtrace-report").child("discrepancies").child("discrepancy");
  ASSERT_TRUE(x) << r.xml;
  EXPECT_EQ(x.attribute("id").value(), d.id);
  EXPECT_STREQ(x.attribute("kind").value(), "value_conflict");
  EXPECT_STREQ(x.attribute("severity").value(), "high");
  EXPECT_EQ(std::string(x.child_value("explanation")), d.explanation);
  size_t values = 0;
  for (pugi::xml_node v : x.children("value")) values += !v.empty();
  EXPECT_EQ(values, 2u);
  size_t i = 0;
  for (pugi::xml_node e : x.children("evidence")) {
    ASSERT_LT(i, d.evidence.size());
    const Evidence& want = d.evidence[i++];
    EXPECT_EQ(e.attribute("claim").value(), want.claim);
    EXPECT_EQ(e.attribute("path").value(), want.path);
    EXPECT_EQ(e.attribute("path").value(), want.source + ".txt");
    EXPECT_EQ(e.attribute("start").as_ullong(), want.span.begin);
    EXPECT_EQ(e.attribute("end").as_ullong(), want.span.end);
    EXPECT_EQ(std::string(e.child_value()), want.quote);
  }
  EXPECT_EQ(i, 2u);
  EXPECT_STREQ(doc.child("claimtrace-report").child("graph").attribute("contradicts").value(), "1");
}

TEST(ReportXml, MarkupCharactersAndControlCharactersStillGiveWellFormedXml) {
  Report r = report({{"a", "2023-12",
                      "Trade <turnover> & \"exchange\" between Belarus and China was \x01 $3 "
                      "billion in 2021.",
                      "Trade \x01 review <2021> & \"more\""}});
  EXPECT_EQ(r.xml.find('\x01'), std::string::npos);
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_string(r.xml.c_str());
  ASSERT_TRUE(parsed) << parsed.description() << "\n" << r.xml;
  pugi::xml_node root = doc.child("claimtrace-report");
  ASSERT_EQ(r.extractions[0].claims.size(), 1u);
  pugi::xml_node sentence =
      root.child("claims").child("claim").child("provenance").child("sentence");
  std::string text = sentence.child_value();
  EXPECT_NE(text.find("Trade <turnover> & \"exchange\" between"), std::string::npos) << text;
  // A control character in metadata, which ingestion keeps as given, is written as an escape
  // that reads back (XML 1.0 has no way to carry it).
  EXPECT_EQ(std::string(root.child("sources").child("source").attribute("title").value()),
            "Trade \\x01 review <2021> & \"more\"");
}

// A control character in a document's body never reaches the report at all: ingestion drops
// C0 controls from the text (normalize.cc), so the XML cleaner only meets them in metadata.

TEST(ReportXml, TheSameCorpusGivesAByteIdenticalReport) {
  Report first = report(kConflict);
  Report second = report(kConflict);
  EXPECT_FALSE(first.xml.empty());
  EXPECT_EQ(first.xml, second.xml);
  EXPECT_EQ(report_xml({first.docs, first.extractions, first.graph, first.v}), first.xml);
}

TEST(ReportXml, AnOpenFindingCountsAndCarriesNoReview) {
  Report r = report(kConflict);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(r.xml.c_str()));
  pugi::xml_node x = doc.child("claimtrace-report").child("discrepancies").child("discrepancy");
  EXPECT_STREQ(x.attribute("counts").value(), "true");
  EXPECT_FALSE(x.child("review"));
}

TEST(ReportXml, AReviewedFindingCarriesItsDecisionAndNoLongerCounts) {
  Report r = report(kConflict);
  ASSERT_EQ(r.v.discrepancies.size(), 1u);
  r.v.discrepancies[0].review = {ReviewDecision::kFalsePositive,
                                 "Different <definitions> & \"scope\"", "2024-05-01", false, ""};
  std::string xml = report_xml({r.docs, r.extractions, r.graph, r.v});
  SchemaCheck schema = validate_xml(xml);
  EXPECT_TRUE(schema.valid) << schema.messages << xml;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str())) << xml;
  pugi::xml_node x = doc.child("claimtrace-report").child("discrepancies").child("discrepancy");
  EXPECT_STREQ(x.attribute("counts").value(), "false");
  pugi::xml_node review = x.child("review");
  ASSERT_TRUE(review) << xml;
  EXPECT_STREQ(review.attribute("decision").value(), "false-positive");
  EXPECT_STREQ(review.attribute("date").value(), "2024-05-01");
  EXPECT_STREQ(review.attribute("reopened").value(), "false");
  EXPECT_EQ(std::string(review.child_value()), "Different <definitions> & \"scope\"");
}

TEST(ReportXml, AReopenedDecisionIsShownAndTheFindingCountsAgain) {
  Report r = report(kConflict);
  ASSERT_EQ(r.v.discrepancies.size(), 1u);
  r.v.discrepancies[0].review = {ReviewDecision::kResolved, "", "", true, ""};
  std::string xml = report_xml({r.docs, r.extractions, r.graph, r.v});
  SchemaCheck schema = validate_xml(xml);
  EXPECT_TRUE(schema.valid) << schema.messages << xml;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str())) << xml;
  pugi::xml_node x = doc.child("claimtrace-report").child("discrepancies").child("discrepancy");
  EXPECT_STREQ(x.attribute("counts").value(), "true");
  pugi::xml_node review = x.child("review");
  ASSERT_TRUE(review) << xml;
  EXPECT_STREQ(review.attribute("decision").value(), "resolved");
  EXPECT_STREQ(review.attribute("reopened").value(), "true");
  EXPECT_FALSE(review.attribute("date"));
}

// The schema is not a formality: a report that breaks it fails, so validation can catch a
// writer that drifts from report.xsd.
TEST(ReportXml, TheSchemaRejectsWhatTheWriterNeverWrites) {
  Report r = report(kConflict);
  auto broken = [&](const std::string& from, const std::string& to) {
    std::string xml = r.xml;
    size_t at = xml.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) xml.replace(at, from.size(), to);
    return validate_xml(xml);
  };
  SchemaCheck severity = broken("severity=\"high\"", "severity=\"severe\"");
  EXPECT_FALSE(severity.valid);
  EXPECT_NE(severity.messages.find("severe"), std::string::npos) << severity.messages;
  EXPECT_FALSE(broken("status=\"ok\"", "status=\"fine\"").valid);
  EXPECT_FALSE(broken(" counts=\"true\"", "").valid);
  EXPECT_FALSE(broken("start=\"", "start=\"-").valid);
  EXPECT_FALSE(broken("<explanation>", "<note>x</note><explanation>").valid);
  EXPECT_FALSE(validate_xml("<claimtrace-report version=\"1\"").valid);  // not well-formed
}

// check.xml is written by the draft check; until a test produces one, the documented format
// itself must pass reports/check.xsd, and a wrong verdict must not.
TEST(CheckXml, TheDocumentedFormatValidatesAndAnUnknownVerdictDoesNot) {
  const std::string check =
      "<?xml version=\"1.0\"?>\n"
      "<claimtrace-check version=\"1\" draft=\"drafts/story.txt\">\n"
      "  <sources><source id=\"draft\" path=\"drafts/story.txt\" role=\"draft\" "
      "status=\"ok\"/><source id=\"b\" path=\"b.bin\" role=\"corpus\" status=\"skipped\" "
      "reason=\"binary\"/></sources>\n"
      "  <finding verdict=\"contradicted\" claim=\"c1\" start=\"44\" end=\"54\" line=\"1\" "
      "column=\"45\" discrepancy=\"d1\">\n"
      "    <claim kind=\"amount\" subject=\"BY-CN\" attribute=\"trade.turnover\" "
      "period=\"2021\" value=\"2000000000\" unit=\"USD\" low=\"2e+09\" high=\"2000000000\" "
      "qualifier=\"exact\" modality=\"asserted\"><quote>$2 billion</quote>"
      "<sentence>Trade was $2 billion in 2021.</sentence></claim>\n"
      "    <explanation>The corpus gives $6 billion &amp; more.</explanation>\n"
      "    <evidence claim=\"c2\" source=\"a\" path=\"a.txt\" start=\"49\" end=\"59\" "
      "line=\"1\" column=\"50\" role=\"conflicts\">$6 billion</evidence>\n"
      "  </finding>\n"
      "  <finding verdict=\"unsupported\" claim=\"c3\" start=\"0\" end=\"4\" line=\"2\" "
      "column=\"1\">\n"
      "    <claim kind=\"label\"><quote>x</quote><sentence>x</sentence></claim>\n"
      "    <explanation/>\n"
      "  </finding>\n"
      "</claimtrace-check>\n";
  SchemaCheck good = validate_xml(check, "check.xsd");
  EXPECT_TRUE(good.valid) << good.messages;
  std::string bad = check;
  bad.replace(bad.find("unsupported"), 11, "plausible");
  EXPECT_FALSE(validate_xml(bad, "check.xsd").valid);
  std::string no_kind = check;
  no_kind.replace(no_kind.find(" kind=\"label\""), 13, "");
  EXPECT_FALSE(validate_xml(no_kind, "check.xsd").valid);
}

TEST(CheckXml, WhatTheWriterWritesValidates) {
  Report corpus = report(kConflict);
  TestCorpus draft = ingest_and_extract(
      {{"draft", "2024-05",
        "Trade turnover between Belarus and China was $2 billion in 2021. Belarus & China "
        "signed <5> agreements.",
        ""}});
  DraftCheck check =
      check_draft(draft.docs[0], draft.extractions[0], corpus.docs, corpus.extractions, rules());
  ASSERT_FALSE(check.findings.empty());
  std::string xml = check_xml(draft.docs[0], check, corpus.docs);
  SchemaCheck schema = validate_xml(xml, "check.xsd");
  EXPECT_TRUE(schema.valid) << schema.messages << xml;
  // Every input is listed with its status: the draft and each corpus document.
  EXPECT_NE(xml.find("role=\"draft\" status=\"ok\""), std::string::npos) << xml;
  for (const Document& d : corpus.docs) {
    EXPECT_NE(xml.find("id=\"" + d.source.id + "\""), std::string::npos) << d.source.id;
  }
  EXPECT_NE(xml.find("verdict=\"contradicted\""), std::string::npos) << xml;
}

}  // namespace
}  // namespace claimtrace
