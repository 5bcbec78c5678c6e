// States from ICU and the subjects of figures: the fixture rules (tests/data/rules/) with a
// states.xml and states.en.xml written here, so the shipped rules/ can change freely.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/claims_file.h"
#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "rule_data.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

const char* kStates =
    "<states><gazetteer languages=\"en ru be\"/><regions languages=\"en ru be\"/>"
    "<between word=\"between\"/><joiner word=\"and\"/><joiner word=\"и\"/>"
    "<partner word=\"with\"/><partner word=\"to\"/><partner word=\"from\"/>"
    "<dash word=\"–\"/><dash word=\"-\"/><skip word=\"the\"/><skip word=\"its\"/>"
    "<skip word=\"five\"/><whole word=\"foreign\"/><whole word=\"world\"/>"
    "<member word=\"member\"/><member word=\"joined\"/><member word=\"членом\"/>"
    "<state-verb word=\"agreed\"/><state-verb word=\"said\"/><state-verb word=\"договорились\"/>"
    "<capital code=\"TM\" zone=\"Asia/Ashgabat\"/><capital code=\"KG\" "
    "zone=\"Asia/Bishkek\"/><capital code=\"RU\" zone=\"Europe/Moscow\"/>"
    "<capital code=\"CN\"><alias>Beijing</alias><alias>Пекин</alias></capital>"
    "<flow attribute=\"trade.exports\" direction=\"out\"/>"
    "<flow attribute=\"trade.imports\" direction=\"in\" as=\"trade.exports\"/></states>";
const char* kStatesEn =
    "<states><state code=\"KZ\"><alias>Kazakh</alias></state>"
    "<group id=\"central_asia\" name=\"Central Asia\" members=\"KZ KG TJ TM UZ\">"
    "<alias>Central Asia</alias><alias>Central Asian states</alias></group></states>";

std::string read_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The fixture rules in a directory of their own, with states.xml and states.en.xml added and
// `entities_extra` inside entities.xml.
RuleSet fixture_with_states(const std::string& entities_extra = "") {
  const std::string from = test_paths::data() + "/rules";
  char tmpl[] = "/tmp/claimtrace-states-XXXXXX";
  const std::string dir = mkdtemp(tmpl);
  Result<std::vector<std::string>> names = default_env().list_directory(from);
  EXPECT_TRUE(names.is_ok());
  for (const std::string& name : names.value()) {
    std::string text = read_text(from + "/" + name);
    if (name == "entities.xml") text.insert(text.rfind("</entities>"), entities_extra);
    std::ofstream(dir + "/" + name, std::ios::binary) << text;
  }
  std::ofstream(dir + "/states.xml", std::ios::binary) << kStates;
  std::ofstream(dir + "/states.en.xml", std::ios::binary) << kStatesEn;
  RuleSet r = RuleSet::load(default_env(), dir);
  std::filesystem::remove_all(dir);
  return r;
}

const RuleSet& rules() {
  static RuleSet r = fixture_with_states();
  return r;
}

Extraction extract_text(const std::string& name, const std::string& text) {
  Source meta;
  meta.id = name;
  meta.published = PartialDate::parse("2024-02");
  Document d = ingest_bytes(name, text, meta, rules());
  return extract(d, rules());
}

// The subjects of an extraction's amount claims, in order.
std::vector<std::string> amount_subjects(const Extraction& e) {
  std::vector<std::string> out;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kAmount) out.push_back(c.subject.text());
  }
  return out;
}

std::string entity_of(const std::string& alias) {
  const RuleData& d = rules().data();
  auto owner = d.alias_owners.find(alias);
  return owner == d.alias_owners.end() ? "" : d.entities[owner->second.entity].id;
}

TEST(States, GazetteerNamesEveryStateInEnglishRussianAndBelarusian) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  EXPECT_EQ(entity_of("Serbia"), "RS");
  EXPECT_EQ(entity_of("Hungary"), "HU");
  EXPECT_EQ(entity_of("Kazakhstan"), "KZ");
  EXPECT_EQ(entity_of("Uzbekistan"), "UZ");
  EXPECT_EQ(entity_of("Сербия"), "RS");
  EXPECT_EQ(entity_of("Венгрия"), "HU");
  EXPECT_EQ(entity_of("Казахстан"), "KZ");
  EXPECT_EQ(entity_of("Узбекистан"), "UZ");
  EXPECT_EQ(entity_of("Сербія"), "RS");
  EXPECT_EQ(entity_of("Венгрыя"), "HU");
  EXPECT_EQ(entity_of("Узбекістан"), "UZ");
  EXPECT_EQ(entity_of("Kazakh"), "KZ");  // states.en.xml
  // A state entities.xml names keeps its id and gets ICU's names too.
  EXPECT_EQ(entity_of("Беларусь"), "BY");
  EXPECT_EQ(entity_of("Belarus's"), "BY");
  const EntityRule* group = rules().data().entity("central_asia");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->type, EntityType::kGroup);
  EXPECT_EQ(group->members.size(), 5u);
}

// ICU writes an apostrophe in a name as U+2019; a document's text has it as ', so the name is
// read as the text will have it.
TEST(States, ANameWithAnApostropheIsReadAsTheTextWritesIt) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  EXPECT_EQ(entity_of("В'етнам"), "VN");
  EXPECT_EQ(entity_of("Аб'яднаныя Арабскія Эміраты"), "AE");
  EXPECT_EQ(entity_of("В\u2019етнам"), "");  // never as ICU writes it: no text has it so
}

// A name nobody knows as the partner of a money flow leaves the figure's subject empty, never the
// owner's alone; the capital of a state the document is about stands for that state there.
TEST(States, AnUnknownPartnerIsNoSubjectButACapitalOfThePairIsItsState) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  const std::string pair = "Trade between Kazakhstan and China grew in 2023. ";
  EXPECT_EQ(amount_subjects(extract_text(
                "a.txt", pair + "Kazakhstan's exports to Ruritania reached $5 billion in 2023.")),
            std::vector<std::string>{""});
  EXPECT_EQ(amount_subjects(extract_text(
                "b.txt", pair + "Kazakh exports to Ruritania reached $5 billion in 2023.")),
            std::vector<std::string>{""});
  EXPECT_EQ(amount_subjects(extract_text(
                "c.txt", pair + "Kazakhstan's exports to Beijing reached $5 billion in 2023.")),
            std::vector<std::string>{"CN-KZ"});
  // A capital of a state the document is not about is no party: unknown.
  EXPECT_EQ(amount_subjects(extract_text("d.txt",
                                         "Trade between Kazakhstan and Russia grew in 2023. "
                                         "Kazakhstan's exports to Beijing reached $5 billion in "
                                         "2023.")),
            std::vector<std::string>{""});
}

// Continents and their parts are ICU's regions, groups of the states they contain; a group the
// rules name takes the region's place with the rules' members.
TEST(States, RegionsFromICUAreGroupsOfStates) {
  EXPECT_EQ(entity_of("Europe"), "europe");
  EXPECT_EQ(entity_of("Европа"), "europe");
  EXPECT_EQ(entity_of("Eastern Asia"), "eastern_asia");
  const EntityRule* europe = rules().data().entity("europe");
  ASSERT_NE(europe, nullptr);
  EXPECT_EQ(europe->type, EntityType::kGroup);
  EXPECT_NE(std::find(europe->members.begin(), europe->members.end(), "RS"), europe->members.end());
  EXPECT_EQ(rules().data().entity("central_asia")->members.size(), 5u);
  Extraction e =
      extract_text("eu.txt", "Trade between China and Europe reached $800 billion in 2023.");
  EXPECT_EQ(amount_subjects(e), std::vector<std::string>{"CN-europe"});
}

TEST(States, EntityWithAStateCodeExtendsTheGazetteerAndClashesStillFail) {
  RuleSet extended = fixture_with_states(
      "<entity id=\"RS\" type=\"country\" name=\"Serbia\"><alias>Srbija</alias></entity>");
  ASSERT_TRUE(extended.valid()) << extended.status().to_string();
  const RuleData& d = extended.data();
  EXPECT_EQ(d.entities[d.alias_owners.at("Srbija").entity].id, "RS");
  EXPECT_EQ(d.entities[d.alias_owners.at("Serbia").entity].id, "RS");
  RuleSet clash = fixture_with_states(
      "<entity id=\"x\" type=\"person\" name=\"X\"><alias>Belarus</alias></entity>");
  EXPECT_FALSE(clash.valid());
  EXPECT_NE(clash.status().message().find("belongs to two entities"), std::string::npos);
}

TEST(States, TwoPairsWithOneStateInCommonAreDifferentSubjects) {
  EXPECT_EQ(amount_subjects(extract_text(
                "rs.txt", "Trade between Serbia and China reached $6.4 billion in 2023.\n")),
            std::vector<std::string>{"CN-RS"});
  EXPECT_EQ(amount_subjects(extract_text(
                "hu.txt", "Trade between Hungary and China reached $14.6 billion in 2023.\n")),
            std::vector<std::string>{"CN-HU"});
}

TEST(States, BetweenAListOfStatesNamesThemAll) {
  // "between X, Y and Z": the states a comma lists before the joiner are parties too.
  EXPECT_EQ(amount_subjects(extract_text(
                "three.txt",
                "Trade between China, Kyrgyzstan and Uzbekistan reached $1 billion in 2023.\n")),
            std::vector<std::string>{"CN-KG-UZ"});
  EXPECT_EQ(amount_subjects(extract_text(
                "two.txt", "Trade between China and Kyrgyzstan reached $1 billion in 2023.\n")),
            std::vector<std::string>{"CN-KG"});
}

TEST(States, EachFigureBindsToTheRelationNearestIt) {
  Extraction e = extract_text("kz.txt",
                              "Kazakhstan's trade with China, at $41 billion, exceeded its trade "
                              "with Russia ($28 billion).\n");
  EXPECT_EQ(amount_subjects(e), (std::vector<std::string>{"CN-KZ", "KZ-RU"}));
  // A document about Kazakhstan and China: a figure about Russia is not about China.
  Extraction doc =
      extract_text("kz2.txt",
                   "Kazakhstan and China: trade between Kazakhstan and China reached "
                   "$41 billion in 2023. Kazakh exports to Russia came to $11 billion. "
                   "China's trade with the five Central Asian states was $89 "
                   "billion.\n");
  EXPECT_EQ(amount_subjects(doc), (std::vector<std::string>{"CN-KZ", "KZ-RU", "CN-central_asia"}));
}

TEST(States, PossessivesAndDashedPairsName) {
  EXPECT_EQ(amount_subjects(
                extract_text("p.txt", "Serbia's exports to Hungary reached $2 billion in 2023.\n")),
            std::vector<std::string>{"HU-RS"});
  EXPECT_EQ(amount_subjects(
                extract_text("d.txt", "China–Central Asia trade rose to $94.8 billion in 2024.\n")),
            std::vector<std::string>{"CN-central_asia"});
}

// The attributes of an extraction's amount claims, in order.
std::vector<std::string> amount_attributes(const Extraction& e) {
  std::vector<std::string> out;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kAmount) out.push_back(c.attribute);
  }
  return out;
}

TEST(States, AFlowKeysByItsDirectionNotByWhoseSentenceItIs) {
  Extraction e = extract_text(
      "f.txt",
      "Kazakhstan's exports to Uzbekistan reached $2.6 billion in 2023. Uzbekistan's imports "
      "from Kazakhstan were $2.7 billion in 2023. Uzbekistan's exports to Kazakhstan were $1.4 "
      "billion in 2023.\n");
  EXPECT_EQ(amount_subjects(e), (std::vector<std::string>{"KZ-UZ", "KZ-UZ", "KZ-UZ"}));
  EXPECT_EQ(amount_attributes(e),
            (std::vector<std::string>{"trade.exports.KZ_to_UZ", "trade.exports.KZ_to_UZ",
                                      "trade.exports.UZ_to_KZ"}));
  // Another flow's figure beside the relation keeps its own attribute, undirected.
  Extraction other = extract_text(
      "g.txt", "Serbia's exports to Hungary were $2 billion, while its imports were $3 billion.\n");
  EXPECT_EQ(amount_attributes(other),
            (std::vector<std::string>{"trade.exports.RS_to_HU", "trade.imports"}));
  // Goods named by their state after an import word came from it.
  Extraction goods = extract_text(
      "h.txt",
      "Uzbekistan's exports to Kazakhstan were $2 billion, while it imported Kazakh goods worth "
      "$3 billion.\n");
  EXPECT_EQ(amount_attributes(goods),
            (std::vector<std::string>{"trade.exports.UZ_to_KZ", "trade.exports.KZ_to_UZ"}));
}

// A figure whose own trade word tells the flow in one clause keeps that direction, though the
// sentence's nearest relation states the opposite flow in another clause.
TEST(States, AFigureTakesTheFlowOfItsOwnClause) {
  EXPECT_EQ(amount_attributes(extract_text(
                "q.txt",
                "Kazakhstan exported goods worth $3.9 billion to Uzbekistan, and Uzbekistan's "
                "exports to Kazakhstan were $2.5 billion.\n")),
            (std::vector<std::string>{"trade.exports.KZ_to_UZ", "trade.exports.UZ_to_KZ"}));
  EXPECT_EQ(amount_attributes(extract_text(
                "r.txt",
                "Serbia exported goods worth $1.2 billion to Hungary; Hungary's exports to Serbia "
                "reached $2.1 billion.\n")),
            (std::vector<std::string>{"trade.exports.RS_to_HU", "trade.exports.HU_to_RS"}));
  EXPECT_EQ(amount_attributes(extract_text(
                "s.txt",
                "Hungary's exports to Serbia reached $2.1 billion, and Serbia exported goods worth "
                "$1.2 billion to Hungary.\n")),
            (std::vector<std::string>{"trade.exports.HU_to_RS", "trade.exports.RS_to_HU"}));
  // The relation's own trade word, a clause apart from the figure, still gives its flow.
  EXPECT_EQ(
      amount_attributes(extract_text(
          "t.txt", "Kazakhstan's exports to Uzbekistan, which grew fast, reached $2 billion.\n")),
      (std::vector<std::string>{"trade.exports.KZ_to_UZ"}));
}

// A flow whose sentence names no partner takes its direction from the state its words name
// beside the trade word only when the sentence names both states: an owner before an export
// word, goods' origin after it, a possessive owner before an import word. A state's own total in
// a sentence naming only that state stays undirected, whatever pair its paragraph names.
TEST(States, AFlowNamedOnlyByItsOwnerTakesItsDirectionFromThePair) {
  Extraction e = extract_text(
      "o.txt",
      "Trade between Kazakhstan and Uzbekistan reached $4 billion in 2023. Kazakh exports came "
      "to $2.6 billion in 2023. Exports of Kazakh goods were $2.5 billion in 2022. Uzbekistan's "
      "imports were $2.7 billion in 2023. Kazakh imports were $1 billion in 2023.\n");
  EXPECT_EQ(amount_attributes(e),
            (std::vector<std::string>{"trade.turnover", "trade.exports", "trade.exports",
                                      "trade.imports", "trade.imports"}));
  // The sentence names both: the owner's export and the possessive owner's import are the flow.
  Extraction both = extract_text(
      "p.txt",
      "Kazakhstan's exports to Uzbekistan were $2 billion, while Uzbekistan's imports were $2.7 "
      "billion.\n");
  EXPECT_EQ(amount_attributes(both),
            (std::vector<std::string>{"trade.exports.KZ_to_UZ", "trade.exports.KZ_to_UZ"}));
}

// A place told by the parties ahead of it: one more than those listed, and they are not the
// rank's subject.
TEST(States, ARankTrailingOnlyListedPartiesIsThePlaceAfterThem) {
  auto ranks = [](const Extraction& e) {
    std::vector<std::string> out;
    for (const Claim& c : e.claims) {
      if (c.kind == ClaimKind::kRank)
        out.push_back(c.attribute + " " + c.subject.text() + " " + std::to_string(int(c.value)));
    }
    return out;
  };
  EXPECT_EQ(ranks(extract_text("y.txt",
                               "In 2023 Kazakhstan was a trading partner of Uzbekistan trailing "
                               "only China and Russia.\n")),
            (std::vector<std::string>{"trade.partner_rank KZ-UZ 3"}));
  EXPECT_EQ(ranks(extract_text("z.txt",
                               "In 2023 Kazakhstan was a trading partner of Uzbekistan trailing "
                               "only Russia.\n")),
            (std::vector<std::string>{"trade.partner_rank KZ-UZ 2"}));
  // No party after the phrase: no place.
  EXPECT_TRUE(ranks(extract_text("w.txt",
                                 "In 2023 Kazakhstan was a trading partner of Uzbekistan trailing "
                                 "only them.\n"))
                  .empty());
  // No ranked noun in the clause: a comparison, no place, and no subject from the parties.
  EXPECT_TRUE(ranks(extract_text("u.txt",
                                 "In 2023 Kazakhstan's wheat harvest was trailing only China "
                                 "and Russia.\n"))
                  .empty());
}

TEST(States, AFlowToldByItsVerbIsTheFlowNotANarrowerKindOfIt) {
  // "bought" is both an import word and the purchased facet's word: the flow, not a facet.
  Extraction e =
      extract_text("v.txt",
                   "Uzbekistan bought Kazakh goods worth $3 billion in 2023. In 2023 Uzbekistan "
                   "bought 2 million doses.\n");
  EXPECT_EQ(amount_attributes(e), (std::vector<std::string>{"trade.exports.KZ_to_UZ"}));
  std::vector<std::string> counts;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kCount) counts.push_back(c.attribute);
  }
  EXPECT_EQ(counts, std::vector<std::string>{"vaccine.doses.purchased"});
}

TEST(States, AStatesWholeTradeIsAboutItAlone) {
  Extraction e = extract_text(
      "w.txt",
      "Kazakhstan's foreign trade was $139 billion in 2023. Kazakhstan's foreign trade with "
      "Uzbekistan stood at $4 billion in 2023. Uzbekistan's trade with the world was $63 "
      "billion.\n");
  EXPECT_EQ(amount_subjects(e), (std::vector<std::string>{"KZ", "KZ-UZ", "UZ"}));
  // A partner's share of a state's whole trade is about the two of them.
  Extraction share =
      extract_text("s.txt", "China's share of Kyrgyzstan's foreign trade was 33% in 2023.\n");
  std::vector<std::string> subjects;
  for (const Claim& c : share.claims) {
    if (c.kind == ClaimKind::kPercent) subjects.push_back(c.subject.text());
  }
  EXPECT_EQ(subjects, std::vector<std::string>{"CN-KG"});
}

TEST(States, ACurrencysCountryIsNoParty) {
  // "US" names the United States here, and is part of the currency's name "US dollars".
  RuleSet with_us = fixture_with_states(
      "<entity id=\"US\" type=\"country\" name=\"United States\"><alias>US</alias></entity>");
  ASSERT_TRUE(with_us.valid()) << with_us.status().to_string();
  auto subjects = [&](const std::string& text) {
    Source meta;
    meta.id = "c.txt";
    meta.published = PartialDate::parse("2024-02");
    return amount_subjects(extract(ingest_bytes("c.txt", text, meta, with_us), with_us));
  };
  // The currency names the money: the figure stays with the pair the document is about.
  EXPECT_EQ(subjects("Trade between Kazakhstan and Uzbekistan grew in 2023.\n\nFruit shipments "
                     "earned some 3.2 billion US dollars in 2023.\n"),
            std::vector<std::string>{"KZ-UZ"});
  // Nor is it one of the pair the document is about.
  EXPECT_EQ(subjects("Kazakhstan earned 3.2 billion US dollars in 2023.\n"),
            std::vector<std::string>{"KZ"});
  // The state named on its own is still a party.
  EXPECT_EQ(subjects("Trade between Kazakhstan and the US reached $3.2 billion in 2023.\n"),
            std::vector<std::string>{"KZ-US"});
}

TEST(States, AnUnknownPartyLeavesTheSubjectEmptyAndIsReported) {
  Extraction e =
      extract_text("r.txt", "Trade between Ruritania and China reached $1.2 billion in 2023.\n");
  ASSERT_EQ(amount_subjects(e), std::vector<std::string>{""});
  ASSERT_EQ(e.diagnostics.size(), 1u);
  const Diagnostic& d = e.diagnostics[0];
  EXPECT_EQ(d.severity, DiagnosticLevel::kWarning);
  EXPECT_NE(d.message.find("\"Ruritania\""), std::string::npos);
  EXPECT_EQ(d.where.file, "r.txt");
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, 15);
  EXPECT_EQ(d.where.offset, 14);
}

TEST(States, ClaimsFileCarriesExtractionWarnings) {
  Source meta;
  meta.id = "r";
  meta.published = PartialDate::parse("2024-02");
  Document d = ingest_bytes(
      "r.txt", "Trade between Ruritania and China reached $1.2 billion in 2023.\n", meta, rules());
  Extraction e = extract(d, rules());
  ASSERT_EQ(e.diagnostics.size(), 1u);
  std::string file;
  append_claims_file(d, e, file);
  Result<ClaimsFile> back = parse_claims_file("claims.jsonl", file);
  ASSERT_TRUE(back.is_ok()) << back.status().to_string();
  ASSERT_EQ(back.value().extractions.size(), 1u);
  EXPECT_EQ(back.value().extractions[0].diagnostics, e.diagnostics);
}

}  // namespace
}  // namespace claimtrace

namespace claimtrace {
namespace {

// The subjects of an extraction's claims of one kind, in order.
std::vector<std::string> subjects_of(const Extraction& e, ClaimKind kind) {
  std::vector<std::string> out;
  for (const Claim& c : e.claims) {
    if (c.kind == kind) out.push_back(c.subject.text());
  }
  return out;
}

TEST(States, JoiningAGroupIsTheStatesOwnEvent) {
  // In a document about Kyrgyzstan and Russia, the date Kyrgyzstan joined the union is its own.
  Extraction e = extract_text(
      "j.txt",
      "Trade between Kyrgyzstan and Russia reached $3.6 billion in 2024.\n\nKyrgyzstan became "
      "a member of the WTO in December 1998.\n");
  EXPECT_EQ(amount_subjects(e), std::vector<std::string>{"KG-RU"});
  std::vector<std::string> dates = subjects_of(e, ClaimKind::kDate);
  for (const std::string& d : subjects_of(e, ClaimKind::kEvent)) dates.push_back(d);
  EXPECT_EQ(dates, std::vector<std::string>{"KG"});
  // A group's short name nobody lists ("ЕАЭС") is still a group.
  Extraction ru = extract_text("r.txt",
                               "Товарооборот Кыргызстана и России вырос.\n\nКыргызстан "
                               "является членом ШОС с 2017 года.\n");
  std::vector<std::string> ru_dates = subjects_of(ru, ClaimKind::kDate);
  for (const std::string& d : subjects_of(ru, ClaimKind::kEvent)) ru_dates.push_back(d);
  EXPECT_EQ(ru_dates, std::vector<std::string>{"KG"});
  // A state after the member word is a partner, not a group: the pair stays.
  Extraction pair =
      extract_text("p.txt", "Kyrgyzstan joined China in a $4.7 billion railway project in 2024.\n");
  EXPECT_EQ(amount_subjects(pair), std::vector<std::string>{"CN-KG"});
}

TEST(States, ACapitalNamesItsStateOnlyWhereItActsAsOne) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  const std::string pair = "Kyrgyzstan and Russia held talks.\n\n";
  Extraction e = extract_text(
      "c.txt", pair + "Bishkek and Moscow agreed to lift trade to $5 billion by 2027.\n");
  EXPECT_EQ(amount_subjects(e), std::vector<std::string>{"KG-RU"});
  // ICU names the zone's city in Russian too.
  Extraction ru = extract_text("r.txt",
                               "Россия и Киргизия провели переговоры.\n\nМосква и Бишкек "
                               "договорились довести товарооборот до 5 млрд долларов.\n");
  std::vector<std::string> states;
  for (const Mention& m : ru.mentions) states.push_back(m.entity);
  EXPECT_EQ(states, (std::vector<std::string>{"RU", "KG", "RU", "KG"}));
  // A city's own figure: the possessive, or no verb of a state after it.
  Extraction city =
      extract_text("b.txt", pair + "Bishkek's population grew to 1.3 million in 2025.\n");
  EXPECT_EQ(city.mentions.size(), 2u);
  // Where it stands after a preposition, or before a second verb, it is the place of the talks.
  Extraction place = extract_text("p.txt", pair + "They met in Moscow and agreed on a plan.\n");
  EXPECT_EQ(place.mentions.size(), 2u);
  // In a document about Kazakhstan and Kyrgyzstan, "Beijing" is the city: which state a capital
  // names is read only for the document's own pair.
  Extraction beijing =
      extract_text("k.txt",
                   "Trade between Kyrgyzstan and Kazakhstan grew in 2023.\n\n"
                   "Beijing said it was the largest trading partner of Kyrgyzstan.\n");
  for (const Mention& m : beijing.mentions) EXPECT_NE(m.entity.str(), "CN");
}

TEST(States, APartnersPlaceInAStatesWholeTradeIsAboutTheTwo) {
  Extraction e =
      extract_text("w.txt", "China was the largest partner in Kyrgyzstan's foreign trade.\n");
  EXPECT_EQ(subjects_of(e, ClaimKind::kRank), std::vector<std::string>{"CN-KG"});
}

TEST(States, TradeWithAPartnerNamingNoOwnerIsTheDocumentsOwnState) {
  const std::string text =
      "Trade between Turkmenistan and China stood at $9.8 billion in 2022. Trade with Russia "
      "totalled $1.2 billion in 2022.\n";
  // Nothing says whose trade with Russia it is: no subject (Russia's own trade it is not).
  EXPECT_EQ(amount_subjects(extract_text("n.txt", text)), (std::vector<std::string>{"CN-TM", ""}));
  // A dateline is where the reporter stands, not whose trade it is: still nobody's known.
  EXPECT_EQ(amount_subjects(extract_text("d.txt", "ASHGABAT, 11 March 2024. " + text)),
            (std::vector<std::string>{"CN-TM", ""}));
  // A publisher naming one of the pair is the report's own state.
  Source meta;
  meta.id = "p.txt";
  meta.publisher.value = "Ministry of Trade of Turkmenistan";
  meta.published = PartialDate::parse("2024-02");
  Extraction by = extract(ingest_bytes("p.txt", text, meta, rules()), rules());
  EXPECT_EQ(amount_subjects(by), (std::vector<std::string>{"CN-TM", "RU-TM"}));
}

}  // namespace
}  // namespace claimtrace
