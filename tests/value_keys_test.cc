// What a figure's key carries from its clause and its section: the flow's direction from the
// relation of its own clause and from the goods' origin after an import word, the measure a
// change against an earlier time continues, and the pair a heading names for the section under
// it. Fixture rules (tests/data/rules/) with a states.xml and adjectives.xml written here.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

const char* kStates =
    "<states><gazetteer languages=\"en\"/><regions languages=\"en\"/>"
    "<between word=\"between\"/><joiner word=\"and\"/>"
    "<partner word=\"with\"/><partner word=\"to\"/><partner word=\"from\"/>"
    "<partner word=\"into\"/><dash word=\"–\"/><dash word=\"-\"/><skip word=\"the\"/>"
    "<whole word=\"foreign\"/>"
    "<flow attribute=\"trade.exports\" direction=\"out\"/>"
    "<flow attribute=\"trade.imports\" direction=\"in\" as=\"trade.exports\"/></states>";
const char* kStatesEn =
    "<states><state code=\"KZ\"><alias>Kazakh</alias></state>"
    "<state code=\"UZ\"><alias>Uzbek</alias></state></states>";
// Nouns of goods: a state right before one, after an import word, is where the goods came from.
const char* kAdjectives =
    "<adjectives><head word=\"goods\"/><head word=\"products\"/><head word=\"oil\"/></adjectives>";

// A rate per head of population: its word narrows a figure from the head of the clause too.
const char* kPerHead =
    "<facet name=\"per_capita\" kinds=\"amount\" clause=\"yes\"><trigger phrase=\"per "
    "head\"/><trigger phrase=\"per capita\"/></facet>";

std::string read_text(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

const RuleSet& rules() {
  static RuleSet r = [] {
    const std::string from = test_paths::data() + "/rules";
    char tmpl[] = "/tmp/claimtrace-value-keys-XXXXXX";
    const std::string dir = mkdtemp(tmpl);
    Result<std::vector<std::string>> names = default_env().list_directory(from);
    EXPECT_TRUE(names.is_ok());
    for (const std::string& name : names.value()) {
      std::string text = read_text(from + "/" + name);
      if (name == "attributes.xml") text.insert(text.rfind("</attributes>"), kPerHead);
      std::ofstream(dir + "/" + name, std::ios::binary) << text;
    }
    std::ofstream(dir + "/states.xml", std::ios::binary) << kStates;
    std::ofstream(dir + "/states.en.xml", std::ios::binary) << kStatesEn;
    std::ofstream(dir + "/adjectives.xml", std::ios::binary) << kAdjectives;
    RuleSet loaded = RuleSet::load(default_env(), dir);
    std::filesystem::remove_all(dir);
    return loaded;
  }();
  return r;
}

Extraction extract_text(const std::string& text) {
  Source meta;
  meta.id = "k.txt";
  meta.published = PartialDate::parse("2024-02");
  Document d = ingest_bytes("k.txt", text, meta, rules());
  return extract(d, rules());
}

// "attribute subject" of each claim of `kind`, in order.
std::vector<std::string> keys(const Extraction& e, ClaimKind kind) {
  std::vector<std::string> out;
  for (const Claim& c : e.claims) {
    if (c.kind == kind) out.push_back(c.attribute + " " + c.subject.text());
  }
  return out;
}

TEST(ValueKeys, RulesLoad) { ASSERT_TRUE(rules().valid()) << rules().status().to_string(); }

// A figure takes the relation of its own clause, even where another clause's relation stands
// nearer to it: the second flow after ", and" is no flow of the first figure.
TEST(ValueKeys, AFigureTakesTheRelationOfItsOwnClause) {
  EXPECT_EQ(
      keys(extract_text("Uzbekistan's exports to Kazakhstan, mostly cotton, were worth $1.3 "
                        "billion in 2023, and Kazakhstan's exports to Uzbekistan came to "
                        "$2 billion.\n"),
           ClaimKind::kAmount),
      (std::vector<std::string>{"trade.exports.UZ_to_KZ KZ-UZ", "trade.exports.KZ_to_UZ KZ-UZ"}));
  EXPECT_EQ(
      keys(extract_text("In 2023 Kazakhstan's exports to Uzbekistan, grain above all, "
                        "totalled $2.6 billion, and Uzbekistan's exports to Kazakhstan, "
                        "mostly textiles, totalled $1.4 billion.\n"),
           ClaimKind::kAmount),
      (std::vector<std::string>{"trade.exports.KZ_to_UZ KZ-UZ", "trade.exports.UZ_to_KZ KZ-UZ"}));
  EXPECT_EQ(
      keys(extract_text("Kazakh exports to Uzbekistan, by the Kazakh count, were $2.6 "
                        "billion last year, and Uzbek exports to Kazakhstan reached $1.4 "
                        "billion.\n"),
           ClaimKind::kAmount),
      (std::vector<std::string>{"trade.exports.KZ_to_UZ KZ-UZ", "trade.exports.UZ_to_KZ KZ-UZ"}));
  // Look-alike: a clause stating no relation of its own keeps the sentence's.
  EXPECT_EQ(keys(extract_text("Trade between Kazakhstan and Uzbekistan, by one count, reached $4 "
                              "billion in 2023, and the surplus was $1 billion.\n"),
                 ClaimKind::kAmount),
            (std::vector<std::string>{"trade.turnover KZ-UZ", "trade.balance KZ-UZ"}));
}

// After an import word, a state qualifying the goods' noun is where they came from; a state
// after it with no goods noun may be the importer itself, and gives no direction.
TEST(ValueKeys, GoodsNamedByTheirStateAfterAnImportWordCameFromIt) {
  EXPECT_EQ(keys(extract_text("Imports of Kazakh goods by Uzbekistan were $2.7 billion in "
                              "2023.\n"),
                 ClaimKind::kAmount),
            (std::vector<std::string>{"trade.exports.KZ_to_UZ KZ-UZ"}));
  EXPECT_EQ(keys(extract_text("Uzbekistan's trade with Kazakhstan grew, and imports of Kazakh "
                              "products came to $2.7 billion in 2023.\n"),
                 ClaimKind::kAmount),
            (std::vector<std::string>{"trade.exports.KZ_to_UZ KZ-UZ"}));
  EXPECT_EQ(keys(extract_text("Last year Uzbekistan imported Kazakh oil worth $0.9 billion, "
                              "Tashkent said.\n"),
                 ClaimKind::kAmount),
            (std::vector<std::string>{"trade.exports.KZ_to_UZ KZ-UZ"}));
  // Look-alikes: the state after the import word names no goods.
  EXPECT_EQ(keys(extract_text("Imports of Kazakhstan were $2.7 billion in 2023, Uzbekistan "
                              "said.\n"),
                 ClaimKind::kAmount),
            (std::vector<std::string>{"trade.imports KZ-UZ"}));
}

// A percentage set against an earlier time, naming no measure, is the change of the level the
// sentence before gave; without the comparison it is no change of it.
TEST(ValueKeys, AChangeAgainstAnEarlierTimeContinuesTheLevelsMeasure) {
  const std::string level = "Trade between Kazakhstan and Uzbekistan reached $4 billion in 2023. ";
  EXPECT_EQ(
      keys(extract_text(level + "That was 12% more than a year earlier.\n"), ClaimKind::kPercent),
      (std::vector<std::string>{"trade.turnover KZ-UZ"}));
  EXPECT_EQ(
      keys(extract_text(level + "This is 12% higher compared with 2022.\n"), ClaimKind::kPercent),
      (std::vector<std::string>{"trade.turnover KZ-UZ"}));
  EXPECT_EQ(keys(extract_text(level + "It grew by 12% compared to 2022.\n"), ClaimKind::kPercent),
            (std::vector<std::string>{"trade.turnover KZ-UZ"}));
  // Look-alikes: a part of the level, and a change two sentences further on.
  EXPECT_EQ(keys(extract_text(level + "Machinery made up 12% of it.\n"), ClaimKind::kPercent),
            (std::vector<std::string>{"percent KZ-UZ"}));
  EXPECT_EQ(keys(extract_text(level + "The talks went well. That was 12% more than a year "
                                      "earlier.\n"),
                 ClaimKind::kPercent),
            (std::vector<std::string>{"percent KZ-UZ"}));
}

// A heading naming a pair speaks for the paragraphs under it that name none, until the next
// heading; a sentence naming a pair speaks only for its own paragraph.
TEST(ValueKeys, AHeadingNamesThePairOfItsSection) {
  const std::string lead = "Trade between China and Russia reached $240 billion in 2023.\n\n";
  EXPECT_EQ(keys(extract_text(lead + "Kazakhstan - Uzbekistan\n\nTrade grew 11% in 2023.\n"),
                 ClaimKind::kPercent),
            (std::vector<std::string>{"trade.turnover KZ-UZ"}));
  EXPECT_EQ(keys(extract_text(lead + "Kazakhstan and Uzbekistan: figures for 2023\n\nThe year "
                                     "was good.\n\nTrade grew 11% in 2023.\n"),
                 ClaimKind::kPercent),
            (std::vector<std::string>{"trade.turnover KZ-UZ"}));
  EXPECT_EQ(keys(extract_text(lead + "Uzbekistan – Kazakhstan\n\nTrade grew 11% in 2023.\n\nRussia "
                                     "- China\n\nTrade grew 26% in 2023.\n"),
                 ClaimKind::kPercent),
            (std::vector<std::string>{"trade.turnover KZ-UZ", "trade.turnover CN-RU"}));
  // Look-alike: a sentence, not a heading, names the pair of its own paragraph only.
  EXPECT_EQ(keys(extract_text(lead + "Kazakhstan and Uzbekistan met in Tashkent.\n\nTrade grew 11% "
                                     "in 2023.\n"),
                 ClaimKind::kPercent),
            (std::vector<std::string>{"trade.turnover CN-RU"}));
}

// A heading that names no pair ends the section of the one before it, in any wording; a heading
// naming the pair again goes on speaking for it.
TEST(ValueKeys, AHeadingNamingNoPairEndsTheSection) {
  const std::string lead = "Trade between China and Russia reached $240 billion in 2023.\n\n";
  for (const std::string heading :
       {"Other news\n\n", "Outlook for the region\n\n", "ANNEX: METHODS\n\n"}) {
    SCOPED_TRACE(heading);
    EXPECT_EQ(keys(extract_text(lead + "Kazakhstan - Uzbekistan\n\nTrade grew 11% in 2023.\n\n" +
                                heading + "Trade grew 26% in 2023.\n"),
                   ClaimKind::kPercent),
              (std::vector<std::string>{"trade.turnover KZ-UZ", "trade.turnover CN-RU"}));
  }
  EXPECT_EQ(keys(extract_text(lead + "Kazakhstan - Uzbekistan\n\nTrade grew 11% in 2023.\n\n"
                                     "Trade grew 26% in 2023.\n"),
                 ClaimKind::kPercent),
            (std::vector<std::string>{"trade.turnover KZ-UZ", "trade.turnover KZ-UZ"}));
}

// A state's whole trade told by a pronoun or with no owner is the one state its sentence names,
// not the pair the document is about; a level naming no whole stays the pair's.
TEST(ValueKeys, AStatesWholeTradeToldByAPronounIsThatStates) {
  const std::string pair = "Trade between Kazakhstan and Uzbekistan reached $4 billion in 2023. ";
  auto last = [](const Extraction& e) { return keys(e, ClaimKind::kAmount).back(); };
  EXPECT_EQ(last(extract_text(pair + "Kazakhstan, which publishes little, put its foreign trade "
                                     "at $139 billion.\n")),
            "trade.turnover KZ");
  EXPECT_EQ(last(extract_text(pair + "Its foreign trade turnover, Uzbekistan said, was $63 "
                                     "billion in 2023.\n")),
            "trade.turnover UZ");
  EXPECT_EQ(last(extract_text(pair + "For Kazakhstan the foreign trade total came to $139 billion "
                                     "in 2023.\n")),
            "trade.turnover KZ");
  // Look-alike: trade named with no whole word is the pair's.
  EXPECT_EQ(last(extract_text(pair + "Kazakhstan said trade came to $4.1 billion in 2023.\n")),
            "trade.turnover KZ-UZ");
}

// A figure per head is a rate, never the level of the whole, wherever in its clause the words
// stand; a figure in another clause than the words is no rate.
TEST(ValueKeys, AFigurePerHeadIsNoLevelOfTheWhole) {
  auto first = [](const Extraction& e) { return keys(e, ClaimKind::kAmount).front(); };
  EXPECT_EQ(first(extract_text("Per head of population, Uzbekistan's imports from Kazakhstan came "
                               "to about $80 in 2023.\n")),
            "trade.imports.per_capita KZ-UZ");
  EXPECT_EQ(first(extract_text("Uzbekistan's imports from Kazakhstan came to about $80 per head "
                               "in 2023.\n")),
            "trade.imports.per_capita KZ-UZ");
  EXPECT_EQ(first(extract_text("Counted per capita, Uzbekistan's imports from Kazakhstan in 2023 "
                               "were worth roughly $80.\n")),
            "trade.imports.per_capita KZ-UZ");
  EXPECT_EQ(first(extract_text("Measured per capita, Uzbekistan's imports from Kazakhstan came to "
                               "$80 in 2023.\n")),
            "trade.imports.per_capita KZ-UZ");
  // Look-alikes: the rate's words stand in a clause of their own before the level's.
  EXPECT_EQ(first(extract_text("With income per head rising fast, Uzbekistan's imports from "
                               "Kazakhstan reached $2.7 billion in 2023.\n")),
            "trade.exports.KZ_to_UZ KZ-UZ");
  EXPECT_EQ(first(extract_text("As spending per capita grew, Uzbekistan's imports from Kazakhstan "
                               "came to $2.7 billion in 2023.\n")),
            "trade.exports.KZ_to_UZ KZ-UZ");
  // Look-alike: the rate's words head another clause, far from the level.
  EXPECT_EQ(first(extract_text("Uzbekistan's imports from Kazakhstan came to $2.7 billion in 2023, "
                               "a record for the two neighbours since independence, and per head "
                               "the figure was $80.\n")),
            "trade.exports.KZ_to_UZ KZ-UZ");
}

}  // namespace
}  // namespace claimtrace
