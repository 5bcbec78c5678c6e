// Partners as a status label ("comprehensive strategic partners since 2022") and a subject of
// three or more states listed as a clause's subject. In-memory rules, not the product's vocabulary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"

namespace claimtrace {
namespace {

const RuleSet& rules() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"time.xml",
        "<time><month word=\"june\" value=\"6\"/><since word=\"since\"/>"
        "<year-preposition word=\"in\"/><year-preposition word=\"since\"/></time>"},
       {"time.ru.xml",
        "<time lang=\"ru\"><month word=\"июня\" value=\"6\"/><since word=\"с\"/>"
        "<year-preposition word=\"в\"/><year-preposition word=\"с\"/></time>"},
       {"attributes.xml",
        "<attributes><attribute name=\"partnership.status\" kinds=\"label\" compare=\"graded\">"
        "<trigger phrase=\"partnership\"/></attribute>"
        "<attribute name=\"partnership.established\" kinds=\"date event\">"
        "<trigger phrase=\"partnership\"/></attribute>"
        "<attribute name=\"document.signed\" kinds=\"date event\"><trigger phrase=\"signed\"/>"
        "</attribute>"
        "<recognizer name=\"status-label\" attribute=\"partnership.status\"/>"
        "<recognizer name=\"established-status\" attribute=\"partnership.established\"/>"
        "</attributes>"},
       {"attributes.ru.xml",
        "<attributes lang=\"ru\"><attribute name=\"document.signed\">"
        "<trigger phrase=\"подписали\"/></attribute></attributes>"},
       {"entities.xml",
        "<entities><entity id=\"CN\" type=\"country\" name=\"China\"><alias>China</alias>"
        "<alias>Китай</alias></entity>"
        "<entity id=\"KG\" type=\"country\" name=\"Kyrgyzstan\"><alias>Kyrgyzstan</alias>"
        "<alias>Киргизия</alias></entity>"
        "<entity id=\"UZ\" type=\"country\" name=\"Uzbekistan\"><alias>Uzbekistan</alias>"
        "<alias>Узбекистан</alias></entity>"
        "<entity id=\"TM\" type=\"country\" name=\"Turkmenistan\"><alias>Turkmenistan</alias>"
        "<alias>Туркменистан</alias></entity></entities>"},
       {"states.xml", "<states><joiner word=\"and\"/><joiner word=\"и\"/></states>"},
       {"labels.xml",
        "<labels lang=\"en\"><head phrase=\"partnership\"/>"
        "<head phrase=\"partners\" name=\"partnership\"/>"
        "<modifier phrase=\"strategic\"/><modifier phrase=\"comprehensive\"/>"
        "<status-modifier phrase=\"strategic\"/><status-modifier phrase=\"comprehensive\"/>"
        "<superlative phrase=\"largest\" value=\"1\"/>"
        "<rank-noun phrase=\"trading partners\"/><rank-noun phrase=\"partners\"/></labels>"},
       {"labels.ru.xml",
        "<labels lang=\"ru\"><head phrase=\"партнеры\" name=\"partnership\"/>"
        "<modifier phrase=\"стратегическое\" name=\"strategic\"/>"
        "<status-modifier phrase=\"стратегическое\"/></labels>"}});
  return r;
}

Extraction run(const std::string& text) {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Source meta;
  meta.id = "doc";
  meta.published = PartialDate::parse("2024-09");
  Document d = ingest_bytes("doc.txt", text, meta, rules());
  return extract(d, rules());
}

std::vector<const Claim*> of(const Extraction& e, ClaimKind kind) {
  std::vector<const Claim*> out;
  for (const Claim& c : e.claims) {
    if (c.kind == kind) out.push_back(&c);
  }
  return out;
}

TEST(Partners, ThePartnersNounHeadsAStatusLabelKeyedAsThePartnership) {
  Extraction e =
      run("Turkmenistan and China have been comprehensive strategic partners since 2022.");
  std::vector<const Claim*> labels = of(e, ClaimKind::kLabel);
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0]->quote, "comprehensive strategic partners");
  EXPECT_EQ(labels[0]->text, "comprehensive strategic partnership");
  EXPECT_EQ(labels[0]->subject.text(), "CN-TM");
  // "since 2022" is when the status began, though no event word names it.
  std::vector<const Claim*> events = of(e, ClaimKind::kEvent);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]->attribute, "partnership.established");
  EXPECT_EQ(events[0]->object, "comprehensive strategic partnership");
  EXPECT_EQ(events[0]->period.iso(), "2022/");
}

TEST(Partners, WithoutAStatusModifierPartnersAreNoLabel) {
  EXPECT_TRUE(of(run("China and Turkmenistan are the largest trading partners."), ClaimKind::kLabel)
                  .empty());
  EXPECT_TRUE(of(run("China and Turkmenistan are old partners."), ClaimKind::kLabel).empty());
}

TEST(Partners, RussianPartnersInAnyCaseHeadTheSameLabel) {
  Extraction e = run("Туркменистан и Китай являются стратегическими партнерами с 2022 года.");
  std::vector<const Claim*> labels = of(e, ClaimKind::kLabel);
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0]->text, "strategic partnership");
  ASSERT_EQ(of(e, ClaimKind::kEvent).size(), 1u);
  EXPECT_EQ(of(e, ClaimKind::kEvent)[0]->period.iso(), "2022/");
}

TEST(Partners, ThreeStatesListedAsTheSubjectAreTheSubjectTogether) {
  Extraction e = run("China, Kyrgyzstan and Uzbekistan signed an agreement in June 2024.");
  std::vector<const Claim*> events = of(e, ClaimKind::kEvent);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]->subject.text(), "CN-KG-UZ");
  Extraction ru = run("Китай, Киргизия и Узбекистан подписали соглашение в 2024 году.");
  ASSERT_EQ(of(ru, ClaimKind::kEvent).size(), 1u);
  EXPECT_EQ(of(ru, ClaimKind::kEvent)[0]->subject.text(), "CN-KG-UZ");
  // After the date that opens the sentence, and the word that ends the date.
  Extraction dated = run("В 2024 году Китай, Киргизия и Узбекистан подписали соглашение.");
  ASSERT_EQ(of(dated, ClaimKind::kEvent).size(), 1u);
  EXPECT_EQ(of(dated, ClaimKind::kEvent)[0]->subject.text(), "CN-KG-UZ");
}

TEST(Partners, AListAfterAVerbIsNoSubjectAndAFullListIsNeverCut) {
  // The list is the verb's object: not who signed.
  Extraction e =
      run("Turkmenistan welcomed China, Kyrgyzstan and Uzbekistan and signed an agreement in "
          "June 2024.");
  ASSERT_EQ(of(e, ClaimKind::kEvent).size(), 1u);
  EXPECT_NE(of(e, ClaimKind::kEvent)[0]->subject.text(), "CN-KG-UZ");
  // Four states listed: all four, not the last three.
  Extraction four =
      run("Turkmenistan, China, Kyrgyzstan and Uzbekistan signed an agreement in June 2024.");
  ASSERT_EQ(of(four, ClaimKind::kEvent).size(), 1u);
  EXPECT_EQ(of(four, ClaimKind::kEvent)[0]->subject.text(), "CN-KG-TM-UZ");
}

}  // namespace
}  // namespace claimtrace
