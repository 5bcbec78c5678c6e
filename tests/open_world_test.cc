// Issue 11's points on small inputs written for them (en, ru, be): other country pairs, unknown
// names, name variants and framings, offices by period, per-language rules and rank owners.
// The fixture rules (tests/data/rules/) with states and language files written here in memory.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimtrace/check.h"
#include "claimtrace/claim_graph.h"
#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/verify.h"
#include "rule_data.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

const char* kStates =
    "<states><gazetteer languages=\"en ru be\"/>"
    "<between word=\"between\"/><between word=\"между\"/><between word=\"паміж\"/>"
    "<joiner word=\"and\"/><joiner word=\"и\"/><joiner word=\"і\"/>"
    "<partner word=\"with\"/><partner word=\"to\"/><dash word=\"-\"/><skip word=\"the\"/>"
    "</states>";

// Russian and Belarusian packs as small as the points need: a decimal comma, a scale, the
// dollar, the turnover word extending the base attribute, and the rank words.
const Files kLanguages = {
    {"numbers.ru.xml",
     "<numbers lang=\"ru\" decimal=\",\"><multiplier word=\"млрд\" value=\"1e9\"/></numbers>"},
    {"numbers.be.xml",
     "<numbers lang=\"be\" decimal=\",\"><multiplier word=\"млрд\" value=\"1e9\"/></numbers>"},
    {"time.ru.xml", "<time lang=\"ru\"><year-preposition word=\"в\"/></time>"},
    {"time.be.xml", "<time lang=\"be\"><year-preposition word=\"у\"/></time>"},
    {"quantities.ru.xml",
     "<quantities lang=\"ru\"><currency code=\"USD\" phrase=\"доллар США\"/></quantities>"},
    {"quantities.be.xml",
     "<quantities lang=\"be\"><currency code=\"USD\" phrase=\"долар ЗША\"/></quantities>"},
    {"attributes.ru.xml",
     "<attributes lang=\"ru\"><attribute name=\"trade.turnover\">"
     "<trigger phrase=\"товарооборот\"/></attribute></attributes>"},
    {"attributes.be.xml",
     "<attributes lang=\"be\"><attribute name=\"trade.turnover\">"
     "<trigger phrase=\"тавараабарот\"/></attribute></attributes>"},
    {"labels.ru.xml",
     "<labels lang=\"ru\"><superlative phrase=\"крупнейший\" value=\"1\"/>"
     "<rank-noun phrase=\"торговый партнёр\"/><owner-link word=\"для\"/></labels>"},
    {"labels.be.xml",
     "<labels lang=\"be\"><superlative phrase=\"найбуйнейшы\" value=\"1\"/>"
     "<rank-noun phrase=\"гандлёвы партнёр\"/><owner-link word=\"для\"/></labels>"},
};

RuleSet rules_with(const Files& extra) { return fixture_rules_with(kStates, extra); }

const RuleSet& rules() {
  static RuleSet r = rules_with(kLanguages);
  return r;
}

struct Corpus {
  std::vector<Document> docs;
  std::vector<Extraction> extractions;
  Verification v;

  size_t count(DiscrepancyKind kind) const {
    size_t n = 0;
    for (const Discrepancy& d : v.discrepancies) n += d.kind == kind;
    return n;
  }
  std::vector<std::string> subjects(ClaimKind kind) const {
    std::vector<std::string> out;
    for (const Extraction& e : extractions) {
      for (const Claim& c : e.claims) {
        if (c.kind == kind) out.push_back(c.subject.text());
      }
    }
    return out;
  }
  size_t warnings() const {
    size_t n = 0;
    for (const Extraction& e : extractions) n += e.diagnostics.size();
    return n;
  }
};

Document document(const RuleSet& r, const std::string& id, const std::string& text,
                  const std::string& published = "2024-06") {
  Source meta;
  meta.id = id;
  meta.published = PartialDate::parse(published);
  return ingest_bytes(id + ".txt", text, meta, r);
}

// Each text is one document "dN", published in June 2024.
Corpus run(const std::vector<std::string>& texts, const RuleSet& r = rules()) {
  EXPECT_TRUE(r.valid()) << r.status().to_string();
  Corpus c;
  for (size_t i = 0; i < texts.size(); ++i) {
    std::string id = "d";
    id.append(std::to_string(i + 1));
    c.docs.push_back(document(r, id, texts[i]));
    c.extractions.push_back(extract(c.docs.back(), r));
  }
  ClaimGraph graph = ClaimGraph::build(c.docs, c.extractions, r);
  c.v = verify(c.docs, c.extractions, r, graph);
  return c;
}

// Serbia-China and Hungary-China share China: two subjects, no finding.
TEST(OpenWorld, TwoPairsWithOneStateInCommonAreNeverRivals) {
  Corpus c = run({"Trade between Serbia and China reached $6.4 billion in 2023.",
                  "Trade between Hungary and China reached $14.6 billion in 2023."});
  EXPECT_EQ(c.subjects(ClaimKind::kAmount), (std::vector<std::string>{"CN-RS", "CN-HU"}));
  EXPECT_TRUE(c.v.discrepancies.empty());
}

// Kazakhstan's trade with Russia beside its trade with China, in English and Russian: never
// a third value of Kazakhstan-China trade.
TEST(OpenWorld, TradeWithRussiaIsNoRivalOfTradeWithChina) {
  Corpus c = run({"Trade between Kazakhstan and China reached $41 billion in 2023.",
                  "In 2023 Kazakhstan's trade with Russia came to $28 billion.",
                  "Товарооборот между Казахстаном и Россией в 2023 году составил 27 млрд "
                  "долларов США."});
  EXPECT_EQ(c.subjects(ClaimKind::kAmount), (std::vector<std::string>{"CN-KZ", "KZ-RU", "KZ-RU"}));
  EXPECT_EQ(c.count(DiscrepancyKind::kValueConflict), 1u);  // 28 against 27, Russia's only
  for (const Discrepancy& d : c.v.discrepancies) EXPECT_EQ(d.subject, "KZ-RU");
}

// A name that looks like a state but is none: warned where it stands, its figures never
// compared, in a corpus and in a draft.
TEST(OpenWorld, AnUnknownStateLikeNameIsWarnedAndNeverCompared) {
  Corpus c = run({"Trade between Ruritania and China reached $1.2 billion in 2023.",
                  "Trade between Ruritania and China reached $3.5 billion in 2023."});
  EXPECT_EQ(c.subjects(ClaimKind::kAmount), (std::vector<std::string>{"", ""}));
  EXPECT_EQ(c.warnings(), 2u);
  EXPECT_TRUE(c.v.discrepancies.empty());
  Document draft = document(rules(), "draft", "Ruritania-China trade was $2 billion in 2023.");
  Extraction drafted = extract(draft, rules());
  DraftCheck check = check_draft(draft, drafted, c.docs, c.extractions, rules());
  ASSERT_EQ(check.warnings.size(), 1u);
  EXPECT_NE(check.warnings[0].message.find("\"Ruritania\""), std::string::npos);
  EXPECT_EQ(check.warnings[0].where.file, "draft.txt");
  EXPECT_EQ(check.warnings[0].where.column, 1);
  ASSERT_EQ(check.findings.size(), 1u);
  EXPECT_EQ(check.findings[0].verdict, Verdict::kUnsupported);
  EXPECT_TRUE(check.findings[0].evidence.empty());
}

// "," is the decimal in Russian, "." in English, in one corpus: 6.45 billion meets 6,45 млрд.
TEST(OpenWorld, ADecimalCommaInRussianAndADecimalPointInEnglishMeet) {
  Corpus c = run({"Trade between Belarus and China reached $6.45 billion in 2023.",
                  "Товарооборот между Беларусью и Китаем в 2023 году составил 6,45 млрд "
                  "долларов США.",
                  "Тавараабарот паміж Беларуссю і Кітаем у 2023 годзе склаў 6,45 млрд долараў "
                  "ЗША."});
  std::vector<double> values;
  for (const Extraction& e : c.extractions) {
    for (const Claim& cl : e.claims) {
      if (cl.kind == ClaimKind::kAmount) values.push_back(cl.value);
    }
  }
  EXPECT_EQ(values, (std::vector<double>{6.45e9, 6.45e9, 6.45e9}));
  EXPECT_EQ(c.subjects(ClaimKind::kAmount), (std::vector<std::string>{"BY-CN", "BY-CN", "BY-CN"}));
  EXPECT_TRUE(c.v.discrepancies.empty());
  Corpus other = run({"Trade between Belarus and China reached $6.45 billion in 2023.",
                      "Товарооборот между Беларусью и Китаем в 2023 году составил 7,1 млрд "
                      "долларов США."});
  EXPECT_EQ(other.count(DiscrepancyKind::kValueConflict), 1u);
}

// A Russian rule is not applied to an English document: its scale word and decimal comma
// stay Russian.
TEST(OpenWorld, RulesOfOneLanguageAreNotAppliedToADocumentOfAnother) {
  Source meta;
  meta.id = "en";
  meta.language = {"en", "manifest"};
  meta.published = PartialDate::parse("2024-06");
  Document en = ingest_bytes("en.txt", "The archive lists 6,45 млрд in 2023.", meta, rules());
  for (const Claim& c : extract(en, rules()).claims) EXPECT_NE(c.value, 6.45e9);
  meta.id = "ru";
  meta.language = {"ru", "manifest"};
  Document ru = ingest_bytes("ru.txt", "Архив называет 6,45 млрд в 2023 году.", meta, rules());
  bool scaled = false;
  for (const Claim& c : extract(ru, rules()).claims) scaled = scaled || c.value == 6.45e9;
  EXPECT_TRUE(scaled);
  // The Belarusian owner link is in the Belarusian profile only.
  EXPECT_TRUE(rules().profile("be").owner_links.contains("для"));
  EXPECT_FALSE(rules().data().owner_links.contains("для"));
}

// A Russian attributes file adds its words to an attribute the base file declared: the Russian
// figure keys as the English one.
TEST(OpenWorld, ALanguageFileExtendsAnExistingAttribute) {
  Corpus c = run({"Trade turnover between Belarus and China was $8 billion in 2022.",
                  "Товарооборот между Беларусью и Китаем в 2022 году составил 8 млрд "
                  "долларов США."});
  std::vector<std::string> attributes;
  for (const Extraction& e : c.extractions) {
    for (const Claim& cl : e.claims) attributes.push_back(cl.attribute);
  }
  EXPECT_EQ(attributes, (std::vector<std::string>{"trade.turnover", "trade.turnover"}));
  EXPECT_EQ(rules().profile("ru").attributes.size(), rules().data().attributes.size());
}

// Whose rank a rank is, from the rules of each language: a possessive or "of" in English, a
// genitive or "для" in Russian and Belarusian.
TEST(OpenWorld, TheOwnerOfARankIsReadWithEachLanguagesWords) {
  auto owner = [](const std::string& text) {
    Extraction e = extract(document(rules(), "r", text), rules());
    for (const Claim& c : e.claims) {
      if (c.kind == ClaimKind::kRank) return c.object.str();
    }
    return std::string("(no rank)");
  };
  EXPECT_EQ(owner("China is Kazakhstan's largest trading partner."), "KZ");
  EXPECT_EQ(owner("China is the largest trading partner of Kazakhstan."), "KZ");
  EXPECT_EQ(owner("China became Belarus' largest trading partner."), "BY");
  EXPECT_EQ(owner("Китай остаётся крупнейшим торговым партнёром Казахстана."), "KZ");
  EXPECT_EQ(owner("Китай стал крупнейшим торговым партнёром для Беларуси."), "BY");
  EXPECT_EQ(owner("Кітай застаецца найбуйнейшым гандлёвым партнёрам для Беларусі."), "BY");
  // "for" is no owner link in these rules: the direction stays unknown.
  EXPECT_EQ(owner("China is the largest trading partner for Kazakhstan."), "");
  // Without possessive endings in the rules, a possessive names no owner either.
  RuleSet bare =
      RuleSet::from_files({{"abbreviations.txt", "Dr.\n"},
                           {"labels.xml",
                            "<labels><superlative phrase=\"largest\" value=\"1\"/>"
                            "<rank-noun phrase=\"trading partner\"/></labels>"},
                           {"entities.xml",
                            "<entities><entity id=\"KZ\" type=\"country\" name=\"Kazakhstan\">"
                            "<alias>Kazakhstan</alias></entity></entities>"}});
  ASSERT_TRUE(bare.valid()) << bare.status().to_string();
  Extraction e =
      extract(document(bare, "b", "China is Kazakhstan's largest trading partner."), bare);
  ASSERT_FALSE(e.claims.empty());
  EXPECT_EQ(e.claims[0].object, "");
}

// People, bodies and events, with offices: in-memory rules that know three states, one body
// by its acronym, one event by two designations, and two titles.
const RuleSet& people_rules() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"time.xml",
        "<time><year-preposition word=\"in\"/><month word=\"june\" value=\"6\"/></time>"},
       {"attributes.xml",
        "<attributes><attribute name=\"person.title\" kinds=\"label\" compare=\"none\"/>"
        "<attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\"/>"
        "<recognizer name=\"office\" attribute=\"office.holder\"/></attributes>"},
       {"entities.xml",
        "<entities><entity id=\"CN\" type=\"country\" name=\"China\"><alias>China</alias>"
        "</entity><entity id=\"BY\" type=\"country\" name=\"Belarus\"><alias>Belarus</alias>"
        "</entity><entity id=\"UZ\" type=\"country\" name=\"Uzbekistan\">"
        "<alias>Uzbekistan</alias></entity>"
        "<entity id=\"sco\" type=\"organization\" name=\"Shanghai Cooperation Organisation\">"
        "<alias>Shanghai Cooperation Organisation</alias><alias>SCO</alias></entity>"
        "<entity id=\"war\" type=\"event\" name=\"Russian invasion of Ukraine (2022)\">"
        "<alias>invasion of Ukraine</alias><alias>special military operation</alias>"
        "</entity></entities>"},
       {"modality.xml", "<modality><reporting phrase=\"said\"/></modality>"},
       {"labels.xml",
        "<labels><title-link word=\"of\"/><title-link word=\"to\" serves=\"yes\"/><role-link "
        "word=\"as\"/>"
        "<title phrase=\"President\"/><title phrase=\"Ambassador\" office=\"bilateral\"/>"
        "</labels>"}});
  return r;
}

const Discrepancy* first(const Corpus& c, DiscrepancyKind kind) {
  for (const Discrepancy& d : c.v.discrepancies) {
    if (d.kind == kind) return &d;
  }
  return nullptr;
}

// Two spellings of one president, with the office they share: a name variant, no second holder.
TEST(OpenWorld, TwoSpellingsOfAPresidentWithOneOfficeAreAVariant) {
  Corpus c = run({"President of Uzbekistan Shavkat Mirziyoyev opened the forum.",
                  "President of Uzbekistan Shavkat Mirziyoev closed the forum."},
                 people_rules());
  ASSERT_EQ(c.count(DiscrepancyKind::kNameVariant), 1u);
  const Discrepancy* d = first(c, DiscrepancyKind::kNameVariant);
  EXPECT_NE(d->explanation.find("Same office"), std::string::npos) << d->explanation;
  EXPECT_EQ(c.count(DiscrepancyKind::kLabelConflict), 0u);
}

// Who holds an office is compared by period: an ambassador whose mission ended in 2019 is no
// rival of the one named in June 2023, but is of one named in June 2019.
TEST(OpenWorld, OfficeHoldersAreComparedByPeriod) {
  const std::string ended = "Ambassador of China to Belarus Cui Qiming ended his mission in 2019.";
  Corpus later = run({ended,
                      "Xie Xiaoyong, Ambassador of China to Belarus, opened a trade fair in June "
                      "2023."},
                     people_rules());
  EXPECT_EQ(later.count(DiscrepancyKind::kLabelConflict), 0u);
  Corpus same = run({ended,
                     "Xie Xiaoyong, Ambassador of China to Belarus, opened a trade fair in June "
                     "2019."},
                    people_rules());
  EXPECT_EQ(same.count(DiscrepancyKind::kLabelConflict), 1u);
}

// An acronym and its full name are one body, not two spellings of it.
TEST(OpenWorld, AnAcronymIsNoSpellingVariantOfItsFullName) {
  Corpus c = run({"The Shanghai Cooperation Organisation met in Astana.", "The SCO met again."},
                 people_rules());
  EXPECT_EQ(c.count(DiscrepancyKind::kNameVariant), 0u);
}

// "Invasion" and "special military operation" designate one event in different framings: the
// finding says so, and never calls them spellings of one name.
TEST(OpenWorld, TwoFramingsOfOneEventAreNoSpellingVariant) {
  Corpus c = run(
      {"The invasion of Ukraine began in 2022.", "The special military operation began in 2022."},
      people_rules());
  const Discrepancy* d = first(c, DiscrepancyKind::kNameVariant);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->explanation.find("spelling"), std::string::npos) << d->explanation;
  EXPECT_NE(d->explanation.find("framing"), std::string::npos) << d->explanation;
}

// The new rule entries are checked when loaded, with the entry's place.
TEST(OpenWorld, MalformedOwnerAndTitleLinkEntriesAreErrors) {
  for (const char* labels :
       {"<labels>\n<title-link word=\"to\" serves=\"no\"/></labels>",
        "<labels>\n<possessive ending=\"\"/></labels>", "<labels>\n<owner-link/></labels>"}) {
    RuleSet r = RuleSet::from_files({{"abbreviations.txt", "Dr.\n"}, {"labels.xml", labels}});
    ASSERT_FALSE(r.valid()) << labels;
    EXPECT_EQ(r.status().to_string().rfind("labels.xml:2:", 0), 0u) << r.status().to_string();
  }
}

}  // namespace
}  // namespace claimtrace
