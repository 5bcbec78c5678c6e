// Language profiles: rules per language, stemmed Russian and Belarusian words, decimal commas,
// and detection. Fixture rules (tests/data/rules/) with language files written here in memory.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/claim_key.h"
#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/verify.h"
#include "language.h"
#include "rule_data.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

const char* kStates =
    "<states><gazetteer languages=\"en ru be\"/>"
    "<between word=\"between\"/><between word=\"между\"/><joiner word=\"and\"/>"
    "<joiner word=\"и\"/><partner word=\"with\"/><dash word=\"-\"/><skip word=\"the\"/></states>";

const std::vector<std::pair<std::string, std::string>> kRussian = {
    {"numbers.ru.xml",
     "<numbers lang=\"ru\" decimal=\",\"><multiplier word=\"миллиард\" value=\"1e9\"/>"
     "<multiplier word=\"млрд\" value=\"1e9\"/></numbers>"},
    {"time.ru.xml", "<time lang=\"ru\"><year-preposition word=\"в\"/></time>"},
    {"quantities.ru.xml",
     "<quantities lang=\"ru\"><currency code=\"USD\" phrase=\"доллар США\"/></quantities>"},
    {"attributes.ru.xml",
     "<attributes lang=\"ru\"><attribute name=\"trade.turnover\">"
     "<trigger phrase=\"товарооборот\"/></attribute></attributes>"},
};

RuleSet rules_with(const std::vector<std::pair<std::string, std::string>>& extra) {
  return fixture_rules_with(kStates, extra);
}

const RuleSet& rules() {
  static RuleSet r = rules_with(kRussian);
  return r;
}

Document ingest_text(const std::string& id, const std::string& text) {
  Source meta;
  meta.id = id;
  meta.published = PartialDate::parse("2024-06");
  return ingest_bytes(id + ".txt", text, meta, rules());
}

const Claim* first_amount(const Extraction& e) {
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kAmount) return &c;
  }
  return nullptr;
}

TEST(Language, DetectedFromLetters) {
  EXPECT_EQ(detect_language("Товарооборот между странами вырос в прошлом году."), "ru");
  EXPECT_EQ(detect_language("Тавараабарот паміж краінамі вырас у мінулым годзе."), "be");
  EXPECT_EQ(detect_language("Trade between the two countries grew last year."), "en");
  EXPECT_EQ(detect_language(""), "en");
}

// A Latin-script document in another language is named as such, not taken for English; a text
// too short for word statistics falls back to letter counts.
TEST(Language, LatinScriptLanguagesAreIdentifiedFromTheirWords) {
  EXPECT_EQ(detect_language("Wymiana handlowa między Polską a Chinami wzrosła w ubiegłym roku do "
                            "ponad czterdziestu miliardów dolarów, podało ministerstwo rozwoju. "
                            "Eksport polskiej żywności do Chin pozostaje jednak niewielki."),
            "pl");
  // Serbian, Croatian and Bosnian in Latin letters are one language to CLD2's eyes.
  const std::string serbian = detect_language(
      "Robna razmena između Srbije i Kine prošle godine je dostigla rekordnih šest milijardi "
      "dolara, saopštilo je ministarstvo trgovine. Izvoz srpskih proizvoda u Kinu i dalje raste "
      "brže od uvoza.");
  EXPECT_TRUE(serbian == "sr" || serbian == "hr" || serbian == "bs") << serbian;
  EXPECT_EQ(detect_language("O'zbekiston va Xitoy o'rtasidagi tovar ayirboshlash hajmi o'tgan yili "
                            "o'n uch milliard dollardan oshdi, deb xabar berdi vazirlik. Ikki "
                            "davlat o'rtasidagi savdo aloqalari yildan yilga kengaymoqda."),
            "uz");
  EXPECT_EQ(detect_language("Trade between the two countries grew last year to a record, the "
                            "ministry said, and exports of machinery doubled."),
            "en");
  EXPECT_EQ(detect_language("Tokayev, 2023."), "en");
}

// A document mostly in one language that quotes another is read in the language most of it is
// in, whichever is the minority.
TEST(Language, AMixedTextIsInTheLanguageMostOfItIsIn) {
  const std::string english =
      "Trade between the two countries grew last year to a record, the ministry said. Exports of "
      "machinery doubled and imports of food rose by a tenth. Officials expect the figure to "
      "climb again this year as new routes open. The ministry published the figures on Monday. ";
  const std::string russian = "Товарооборот между странами вырос в прошлом году до рекорда. ";
  EXPECT_EQ(detect_language(english + russian), "en");
  EXPECT_EQ(detect_language(russian + english), "en");
  EXPECT_EQ(detect_language(russian + russian + russian + russian + russian + "Trade grew. "),
            "ru");
}

TEST(Language, ProfilesPerLanguageAndTheDefault) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  EXPECT_EQ(rules().languages(), (std::vector<std::string>{"en", "ru"}));
  EXPECT_EQ(rules().data().numbers.decimal_separator, '.');
  EXPECT_EQ(rules().profile("ru-RU").numbers.decimal_separator, ',');
  EXPECT_EQ(&rules().profile("de"), &rules().data());
  // Russian words are only in the Russian profile.
  EXPECT_FALSE(rules().data().numbers.multipliers.contains("млрд"));
  EXPECT_TRUE(rules().profile("ru").numbers.multipliers.contains("млрд"));
}

TEST(Language, LanguageFileExtendsAnAttributeOfTheBaseFile) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  const RuleData& ru = rules().profile("ru");
  EXPECT_EQ(ru.attributes.size(), rules().data().attributes.size());
  RuleSet twice = rules_with({{"attributes.ru.xml",
                               "<attributes><attribute name=\"trade.turnover\" kinds=\"amount\">"
                               "<trigger phrase=\"x\"/></attribute></attributes>"}});
  ASSERT_FALSE(twice.valid());
  EXPECT_NE(twice.status().to_string().find("declared twice"), std::string::npos);
}

TEST(Language, RussianAndEnglishFigureShareAKeyAndCompare) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  std::vector<Document> docs = {
      ingest_text("en", "Trade turnover between Belarus and China reached $6.4 billion in 2023."),
      ingest_text("ru",
                  "Товарооборот между Беларусью и Китаем в 2023 году составил 6,4 млрд "
                  "долларов США."),
      ingest_text("ru2",
                  "Товарооборот между Беларусью и Китаем в 2023 году составил 8,1 млрд "
                  "долларов США.")};
  std::vector<Extraction> ex;
  for (const Document& d : docs) ex.push_back(extract(d, rules()));
  const Claim* en = first_amount(ex[0]);
  const Claim* ru = first_amount(ex[1]);
  ASSERT_TRUE(en && ru);
  EXPECT_DOUBLE_EQ(en->value, 6.4e9);  // a decimal point in English
  EXPECT_DOUBLE_EQ(ru->value, 6.4e9);  // a decimal comma in Russian
  EXPECT_EQ(ru->unit, "USD");
  std::optional<ClaimKey> ken = key_of(*en, rules()), kru = key_of(*ru, rules());
  ASSERT_TRUE(ken && kru);
  EXPECT_EQ(*ken, *kru);
  EXPECT_EQ(kru->subject.text(), "BY-CN");
  ClaimGraph graph = ClaimGraph::build(docs, ex, rules());
  Verification v = verify(docs, ex, rules(), graph);
  // 6.4 agrees across the languages; 8.1 conflicts with both.
  ASSERT_EQ(v.discrepancies.size(), 1u);
  EXPECT_EQ(v.discrepancies[0].kind, DiscrepancyKind::kValueConflict);
  EXPECT_EQ(v.discrepancies[0].attribute, "trade.turnover");
}

// A language without rules of its own is read with the default profile, and the reader is told.
TEST(Language, ADocumentInALanguageWithoutAProfileIsReadWithAWarning) {
  Source meta;
  meta.id = "de";
  meta.language = {"de", "manifest"};
  Document d = ingest_bytes("de.txt", "Der Handel erreichte 6,4 Milliarden Dollar.", meta, rules());
  Extraction e = extract(d, rules());
  ASSERT_EQ(e.diagnostics.size(), 1u);
  EXPECT_EQ(e.diagnostics[0].where.file, "de.txt");
  EXPECT_NE(e.diagnostics[0].message.find("no profile for language \"de\""), std::string::npos);
  EXPECT_TRUE(extract(ingest_text("ru", "Товарооборот составил 6,4 млрд долларов."), rules())
                  .diagnostics.empty());
}

// Untagged, a Polish document is identified as Polish: read with the default rules, and said so.
TEST(Language, AnUntaggedDocumentInAnotherLatinLanguageIsNotTakenForEnglish) {
  Document d = ingest_text(
      "pl",
      "Wymiana handlowa między Polską a Chinami wzrosła w ubiegłym roku do ponad czterdziestu "
      "miliardów dolarów, podało ministerstwo rozwoju. Eksport polskiej żywności do Chin "
      "pozostaje jednak niewielki.");
  Extraction e = extract(d, rules());
  ASSERT_EQ(e.diagnostics.size(), 1u);
  EXPECT_NE(e.diagnostics[0].message.find("no profile for language \"pl\""), std::string::npos);
  // Too short to tell: the letters say Latin, read as English without a word.
  EXPECT_TRUE(extract(ingest_text("en", "Trade hit $6.4 billion."), rules()).diagnostics.empty());
}

TEST(Language, InflectedStateNamesResolve) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  Document d = ingest_text("kz", "Переговоры с Казахстаном и поставки из Китая обсуждались.");
  Extraction e = extract(d, rules());
  std::vector<std::string> entities;
  for (const Mention& m : e.mentions) entities.push_back(m.entity);
  EXPECT_EQ(entities, (std::vector<std::string>{"KZ", "CN"}));
  // Belarusian case endings.
  Extraction be =
      extract(ingest_text("be", "Сустрэча ў Беларусі і ў Кітаі, пасля ў Расіі."), rules());
  entities.clear();
  for (const Mention& m : be.mentions) entities.push_back(m.entity);
  EXPECT_EQ(entities, (std::vector<std::string>{"BY", "CN", "RU"}));
}

// A name whose vowel drops when declined ("Египет", "Египтом") keys its case forms only through
// an oblique alias: without it the state is unknown, never guessed.
TEST(Language, ANameWithAFleetingVowelResolvesThroughItsObliqueAlias) {
  auto entities_in = [](const RuleSet& r) {
    Source meta;
    meta.id = "eg";
    meta.published = PartialDate::parse("2024-06");
    Extraction e =
        extract(ingest_bytes("eg.txt", "Переговоры с Египтом и поставки из Египта.", meta, r), r);
    std::vector<std::string> entities;
    for (const Mention& m : e.mentions) entities.push_back(m.entity);
    return entities;
  };
  EXPECT_EQ(entities_in(rules()), std::vector<std::string>{});
  std::vector<std::pair<std::string, std::string>> extra = kRussian;
  extra.push_back(
      {"states.ru.xml", "<states><state code=\"EG\"><alias>Египта</alias></state></states>"});
  const RuleSet with_stem = rules_with(extra);
  ASSERT_TRUE(with_stem.valid()) << with_stem.status().to_string();
  EXPECT_EQ(entities_in(with_stem), (std::vector<std::string>{"EG", "EG"}));
}

TEST(Language, RussianThousandsAreSpacedAndDecimalsComma) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  Extraction e = extract(
      ingest_text("ru3",
                  "Товарооборот между Беларусью и Китаем составил 1 234,5 млрд долларов США."),
      rules());
  const Claim* c = first_amount(e);
  ASSERT_TRUE(c);
  EXPECT_DOUBLE_EQ(c->value, 1234.5e9);
}

// Half of a scale said in one word is a number in any case it is written in, before a currency
// or a noun, as a cardinal the rules give ("полмиллиарда" and its oblique "полумиллиарда").
TEST(Language, AHalfScaleInOneWordIsANumberInAnyCase) {
  std::vector<std::pair<std::string, std::string>> files = kRussian;
  files[0] = {"numbers.ru.xml",
              "<numbers lang=\"ru\" decimal=\",\"><multiplier word=\"млрд\" value=\"1e9\"/>"
              "<cardinal word=\"полмиллиарда\" value=\"5e8\"/>"
              "<cardinal word=\"полумиллиарда\" value=\"5e8\"/></numbers>"};
  RuleSet r = rules_with(files);
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  for (const std::string text : {"Товарооборот составил полмиллиарда долларов США.",
                                 "Товарооборот не достиг и полумиллиарда долларов США.",
                                 "Полмиллиарда долларов США — таков товарооборот."}) {
    Source meta;
    meta.id = "half";
    meta.published = PartialDate::parse("2024-06");
    Extraction e = extract(ingest_bytes("half.txt", text, meta, r), r);
    const Claim* c = first_amount(e);
    ASSERT_TRUE(c) << text;
    EXPECT_DOUBLE_EQ(c->value, 5e8) << text;
  }
  // "пол" alone before a separate scale word is no half of it here: a word, not a number.
  Extraction apart =
      extract(ingest_text("apart", "Товарооборот составил пол млрд долларов США."), rules());
  for (const Claim& c : apart.claims) EXPECT_NE(c.value, 5e8);
}

// A Russian label whose words the rules give English meanings keys with the English label, and
// the two wordings are one designation written in two languages: a name variant.
TEST(Language, ALabelInRussianKeysByItsEnglishMeaning) {
  std::vector<std::pair<std::string, std::string>> files = kRussian;
  files.push_back({"labels.ru.xml",
                   "<labels lang=\"ru\"><head phrase=\"партнерство\" name=\"partnership\"/>"
                   "<modifier phrase=\"всестороннее\" name=\"comprehensive\"/>"
                   "<modifier phrase=\"стратегическое\" name=\"strategic\"/>"
                   "<status-modifier phrase=\"стратегическое\"/></labels>"});
  RuleSet r = rules_with(files);
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
  for (const auto& [id, text] : std::vector<std::pair<std::string, std::string>>{
           {"ru", "Беларусь и Китай связывает всестороннее стратегическое партнерство."},
           {"en", "Belarus and China have a comprehensive strategic partnership."}}) {
    Source meta;
    meta.id = id;
    meta.published = PartialDate::parse("2024-06");
    docs.push_back(ingest_bytes(id + ".txt", text, meta, r));
    extractions.push_back(extract(docs.back(), r));
  }
  std::vector<std::string> labels;
  for (const Extraction& e : extractions) {
    for (const Claim& c : e.claims) {
      if (c.kind == ClaimKind::kLabel) labels.push_back(c.text);
    }
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"comprehensive strategic partnership",
                                              "comprehensive strategic partnership"}));
  ClaimGraph graph = ClaimGraph::build(docs, extractions, r);
  Verification v = verify(docs, extractions, r, graph);
  size_t variants = 0;
  for (const Discrepancy& d : v.discrepancies) {
    if (d.kind == DiscrepancyKind::kNameVariant && d.evidence.size() == 2) ++variants;
  }
  EXPECT_EQ(variants, 1u);
}

}  // namespace
}  // namespace claimtrace
