// Who sells to whom when the words name traders, not states: a state's adjective before a trader
// noun ("туркменские поставщики"), a destination after the figure of a clause whose seller is
// the clause before, a table column naming a flow's owner, and a pair of states joined after a
// trade word ("товарооборот Беларуси и России"). Fixture rules written here.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "rule_data.h"
#include "test_corpus.h"
#include "test_paths.h"

namespace claimtrace {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

const char* kStates =
    "<states><gazetteer languages=\"en ru\"/>"
    "<between word=\"between\"/><between word=\"между\"/>"
    "<joiner word=\"and\"/><joiner word=\"и\"/>"
    "<partner word=\"with\"/><partner word=\"to\"/><partner word=\"from\"/>"
    "<partner word=\"в\"/><partner word=\"с\"/><into word=\"в\"/><into word=\"to\"/>"
    "<out-of word=\"from\"/>"
    "<dash word=\"-\"/><skip word=\"the\"/><skip word=\"its\"/><state-noun word=\"country\"/>"
    "<relative word=\"which\"/><shared-adjective word=\"korean\"/>"
    "<flow attribute=\"trade.exports\" direction=\"out\"/>"
    "<flow attribute=\"trade.imports\" direction=\"in\" as=\"trade.exports\"/>"
    "</states>";

std::string fixture_attributes() {
  std::ifstream f(test_paths::data() + "/rules/attributes.xml", std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

Files russian() {
  return {
      {"attributes.xml", fixture_attributes()},
      {"numbers.ru.xml",
       "<numbers lang=\"ru\" decimal=\",\"><multiplier word=\"млрд\" value=\"1e9\"/>"
       "<multiplier word=\"млн\" value=\"1e6\"/></numbers>"},
      {"time.ru.xml", "<time lang=\"ru\"><year-preposition word=\"в\"/></time>"},
      {"modality.ru.xml", "<modality lang=\"ru\"><clause phrase=\"а\"/></modality>"},
      {"quantities.ru.xml",
       "<quantities lang=\"ru\"><currency code=\"USD\" phrase=\"доллар США\"/></quantities>"},
      {"attributes.ru.xml",
       "<attributes lang=\"ru\"><attribute name=\"trade.turnover\">"
       "<trigger phrase=\"товарооборот\"/><trigger phrase=\"торговля\"/></attribute>"
       "<attribute name=\"trade.balance\"><trigger phrase=\"дефицит\"/></attribute>"
       "<attribute name=\"trade.exports\"><trigger phrase=\"экспорт\"/>"
       "<trigger phrase=\"продали\"/></attribute></attributes>"},
      {"adjectives.xml", "<adjectives/>"},
      {"adjectives.ru.xml",
       "<adjectives><adjective word=\"белорусский\" state=\"BY\"/>"
       "<adjective word=\"туркменский\" state=\"TM\"/><head word=\"поставщики\"/>"
       "<head word=\"покупателям\"/></adjectives>"},
  };
}

const RuleSet& rules() {
  static RuleSet r = fixture_rules_with(kStates, russian());
  return r;
}

// Each amount's subject and attribute, in order, of one document published in March 2025.
std::vector<std::string> amounts(const std::string& text) {
  EXPECT_TRUE(rules().valid()) << rules().status().to_string();
  Source meta;
  meta.id = "d1";
  meta.published = PartialDate::parse("2025-03");
  Document d = ingest_bytes("d1.txt", text, meta, rules());
  std::vector<std::string> out;
  for (const Claim& c : extract(d, rules()).claims) {
    if (c.kind == ClaimKind::kAmount) out.push_back(c.subject.text() + " " + c.attribute);
  }
  return out;
}

const char* kPair =
    "Товарооборот между Беларусью и Туркменистаном в 2024 году составил 58 млн долларов США. ";

TEST(FlowActors, TradersNamedByTheirStatesAdjectiveOwnTheFlow) {
  EXPECT_EQ(amounts(std::string(kPair) +
                    "Туркменские поставщики продали белорусским покупателям товаров на 9 млн "
                    "долларов США."),
            (std::vector<std::string>{"BY-TM trade.turnover", "BY-TM trade.exports.TM_to_BY"}));
  // An adjective no trader noun takes names no state: the flow keeps no direction.
  EXPECT_EQ(amounts(std::string(kPair) +
                    "Туркменские эксперты считают, что продали товаров на 9 млн долларов США."),
            (std::vector<std::string>{"BY-TM trade.turnover", "BY-TM trade.exports"}));
}

// After a trade told already, "with" and a state right before a trade word names that flow's
// owner, not a partner of the first trade; before the only trade word it names the partner.
TEST(FlowActors, WithAStateBeforeANewTradeWordNamesItsOwner) {
  EXPECT_EQ(amounts("Trade between Uzbekistan and Germany reached $1.2 billion in 2024, with "
                    "Germany's exports at $0.9 billion."),
            (std::vector<std::string>{"DE-UZ trade.turnover", "DE-UZ trade.exports.DE_to_UZ"}));
  EXPECT_EQ(amounts("С Беларусью товарооборот Туркменистана в 2024 году составил 58 млн "
                    "долларов США."),
            (std::vector<std::string>{"BY-TM trade.turnover"}));
}

TEST(FlowActors, TwoStatesJoinedAfterATradeWordAreThePair) {
  EXPECT_EQ(amounts("Товарооборот между Беларусью и Туркменистаном в 2024 году составил 58 млн "
                    "долларов США, а товарооборот Беларуси и России - 50 млрд долларов США."),
            (std::vector<std::string>{"BY-TM trade.turnover", "BY-RU trade.turnover"}));
}

TEST(FlowActors, ADestinationAfterTheFigureTellsWhoSold) {
  EXPECT_EQ(
      amounts("Uzbekistan bought Kazakhstan's goods worth $3 billion in 2023 and exported "
              "$2 billion worth of goods to Kazakhstan."),
      (std::vector<std::string>{"KZ-UZ trade.exports.KZ_to_UZ", "KZ-UZ trade.exports.UZ_to_KZ"}));
  // A state owning another noun after "to" is no destination.
  EXPECT_EQ(amounts("Uzbekistan bought Kazakhstan's goods worth $3 billion in 2023 and exported "
                    "$2 billion worth to Kazakhstan's neighbours."),
            (std::vector<std::string>{"KZ-UZ trade.exports.KZ_to_UZ", "KZ-UZ trade.exports"}));
}

TEST(FlowActors, AnOriginAfterTheFigureTellsWhoSoldAnIncomingFlow) {
  EXPECT_EQ(amounts("Uzbekistan imported goods worth $3 billion from Kazakhstan in 2023."),
            (std::vector<std::string>{"KZ-UZ trade.exports.KZ_to_UZ"}));
  // "from" before a figure is the figure's baseline, no origin: the flow keeps no direction.
  EXPECT_EQ(amounts("Kazakhstan and Uzbekistan: imports grew to $3 billion from $2 billion."),
            (std::vector<std::string>{"KZ-UZ trade.imports", "KZ-UZ trade.imports"}));
}

// A table's column header naming one state of the caption's pair as a flow's owner or partner
// gives the column's figures that flow's direction; a header naming neither keeps it plain.
TEST(FlowActors, ATableColumnsHeaderNamesWhoseFlowItIs) {
  const std::string html =
      "<html><body><p>Kazakhstan-Uzbekistan trade, USD million</p>\n<table>\n"
      "<tr><th>Year</th><th>Kazakhstan's exports</th><th>Imports from Uzbekistan</th>"
      "<th>Exports</th></tr>\n"
      "<tr><td>2023</td><td>2,110</td><td>1,250</td><td>900</td></tr>\n</table></body></html>";
  Source meta;
  meta.id = "d1";
  meta.published = PartialDate::parse("2025-03");
  Document d = ingest_bytes("d1.html", html, meta, rules());
  std::vector<std::string> got;
  for (const Claim& c : extract(d, rules()).claims) {
    if (c.kind == ClaimKind::kAmount) got.push_back(c.subject.text() + " " + c.attribute);
  }
  // "Exports" alone says not whose: keyed to nothing, as two tables captioned from opposite
  // ends would otherwise dispute one undirected key.
  EXPECT_EQ(got, (std::vector<std::string>{"KZ-UZ trade.exports.KZ_to_UZ",
                                           "KZ-UZ trade.exports.UZ_to_KZ", "KZ-UZ amount"}));
}

// A firm named right before a flow's trade word owns the flow: its exports to China are not
// China's exports, nor Kazakhstan's. One plain capitalized word may be any word, so only a name
// of several words or one with an inner capital is read so.
TEST(FlowActors, AFirmBeforeAFlowWordOwnsItAndItsSubjectIsUnknown) {
  EXPECT_EQ(amounts("KazMunayGas exports to China reached $2 billion in 2023."),
            (std::vector<std::string>{" trade.exports"}));
  EXPECT_EQ(amounts("In 2023 Caspian Pipeline Consortium exports to China were $3 billion."),
            (std::vector<std::string>{" trade.exports"}));
  EXPECT_EQ(amounts("Kazakhstan's exports to China reached $15 billion in 2023."),
            (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN"}));
  // One word within the sentence, before the trade word or after it, and past the figure.
  const std::string pair = "Trade between Kazakhstan and China reached $41 billion in 2023. ";
  EXPECT_EQ(amounts(pair + "In 2023, Gazprom exported goods worth $3 billion to China."),
            (std::vector<std::string>{"CN-KZ trade.turnover", " trade.exports"}));
  EXPECT_EQ(amounts(pair + "In 2023 Siberian exports to China were $3 billion."),
            (std::vector<std::string>{"CN-KZ trade.turnover", " trade.exports"}));
  EXPECT_EQ(amounts(std::string(kPair) +
                    "Экспорт Газпрома в Туркменистан в 2024 году составил 9 млн долларов США."),
            (std::vector<std::string>{"BY-TM trade.turnover", " trade.exports"}));
  // A sentence's first word, a list's after a colon, or an acronym, may be any word: the pair's
  // other state owns it.
  EXPECT_EQ(amounts(pair + "Key data for 2023: Oil exports to China were $8 billion."),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.exports.KZ_to_CN"}));
  // A common noun with a possessive ending owns it as nobody known; a noun for a state does not.
  EXPECT_EQ(amounts(pair + "The company's exports to China were $2 billion in 2023."),
            (std::vector<std::string>{"CN-KZ trade.turnover", " trade.exports"}));
  EXPECT_EQ(amounts(pair + "The country's exports to China were $15 billion in 2023."),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.exports.KZ_to_CN"}));
  EXPECT_EQ(amounts(pair + "Total exports to China were $15 billion."),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.exports.KZ_to_CN"}));
  EXPECT_EQ(amounts(pair + "In 2023 LNG exports to China were $2 billion."),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.exports.KZ_to_CN"}));
  // A sentence's first word the document capitalizes inside a sentence too is a name: the
  // firm's flow, past the goods it sold ("$3 billion of gas to China"); an adjective several
  // states share is none.
  EXPECT_EQ(amounts(pair + "Gazprom exported $3 billion of gas to China in 2023. A deal with "
                           "Gazprom followed."),
            (std::vector<std::string>{"CN-KZ trade.turnover", " trade.exports"}));
  // A word the document capitalizes only inside a longer name ("the Oil Ministry") is no name
  // of its own.
  EXPECT_EQ(amounts(pair + "Oil exports to China rose to $12 billion in 2023, the Oil Ministry "
                           "said."),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.exports.KZ_to_CN"}));
  EXPECT_EQ(
      amounts("Trade between South Korea and China reached $300 billion in 2023. Korean exports "
              "to China were $150 billion. The Korean side agreed."),
      (std::vector<std::string>{"CN-KR trade.turnover", "CN-KR trade.exports.KR_to_CN"}));
}

// A figure and the goods it was paid for, then the partner: "exported $15 billion of goods to
// China" is the flow to China.
TEST(FlowActors, APartnerAfterTheGoodsOfAFigureNamesTheFlowsPartner) {
  EXPECT_EQ(amounts("Kazakhstan exported $15 billion of goods to China in 2023."),
            (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN"}));
  EXPECT_EQ(amounts("Kazakhstan exported $15 billion in 2023 to China."),
            (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN"}));
  // The next figure with a partner of its own goes on with the flow past the goods.
  EXPECT_EQ(
      amounts(
          "Kazakhstan exported $15 billion of goods in 2023 to Russia and $3 billion to China."),
      (std::vector<std::string>{"KZ-RU trade.exports.KZ_to_RU", "CN-KZ trade.exports.KZ_to_CN"}));
}

// A flow told only by its partner, in a document that names no other state, is nobody's known
// flow: not the partner's own exports.
TEST(FlowActors, AFlowToldOnlyByItsPartnerHasNoSubject) {
  EXPECT_EQ(amounts("Exports to China reached $2 billion in 2023."),
            (std::vector<std::string>{" trade.exports"}));
  EXPECT_EQ(amounts("China's exports reached $3.4 trillion in 2023."),
            (std::vector<std::string>{"CN trade.exports"}));
  // With the document's pair named, the other state of it owns the flow.
  EXPECT_EQ(amounts("Trade between Kazakhstan and China reached $41 billion in 2023. Exports to "
                    "China were $15 billion."),
            (std::vector<std::string>{"CN-KZ trade.turnover", "CN-KZ trade.exports.KZ_to_CN"}));
}

// A figure told with a partner of its own after a flow ("and $9 billion to Russia", "а в
// Россию - 9 млн") goes on with the flow's owner and trade word, to that partner: not the first
// partner's flow, which it would contradict.
TEST(FlowActors, AFigureWithItsOwnPartnerAfterAFlowGoesOnWithTheFlow) {
  EXPECT_EQ(
      amounts("Kazakhstan exported $15 billion to China in 2023 and $9 billion to Russia."),
      (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN", "KZ-RU trade.exports.KZ_to_RU"}));
  EXPECT_EQ(
      amounts("Kazakhstan imported goods worth $12 billion from China in 2023 and $8 billion "
              "from Russia."),
      (std::vector<std::string>{"CN-KZ trade.exports.CN_to_KZ", "KZ-RU trade.exports.RU_to_KZ"}));
  EXPECT_EQ(
      amounts("Экспорт Беларуси в Туркменистан в 2024 году составил 58 млн долларов США, а "
              "в Россию - 9 млн долларов США."),
      (std::vector<std::string>{"BY-TM trade.exports.BY_to_TM", "BY-RU trade.exports.BY_to_RU"}));
  EXPECT_EQ(
      amounts("Kazakhstan exported $15 billion to China in 2023 and $9 billion to the "
              "Netherlands."),
      (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN", "KZ-NL trade.exports.KZ_to_NL"}));
  // Another owner or a verb between the figures tells of another flow: the first owner's it is
  // not.
  for (const char* text :
       {"Kazakhstan exported $15 billion to China in 2023, and Turkmenistan $9 billion to Russia.",
        "Kazakhstan exported $15 billion to China in 2023 and paid $9 billion to Russia."}) {
    const std::vector<std::string> got = amounts(text);
    ASSERT_EQ(got.size(), 2u) << text;
    EXPECT_EQ(got[1].find("KZ_to_RU"), std::string::npos) << text << ": " << got[1];
  }
  // A relative clause's flow is the party the relative word follows.
  EXPECT_EQ(
      amounts("Kazakhstan exported $15 billion to China, which in turn exported $9 billion to "
              "Russia."),
      (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN", "CN-RU trade.exports.CN_to_RU"}));
  // A partner word of the other way names no partner of the flow.
  const std::vector<std::string> other_way =
      amounts("Kazakhstan exported $15 billion to China in 2023 and $9 billion from Russia.");
  ASSERT_EQ(other_way.size(), 2u);
  EXPECT_EQ(other_way[1].find("RU"), std::string::npos) << other_way[1];
  // A trade word of its own is the second figure's: its flow is read from it, not carried on.
  EXPECT_EQ(
      amounts("Kazakhstan exported $15 billion to China in 2023 and imported $9 billion "
              "from Russia."),
      (std::vector<std::string>{"CN-KZ trade.exports.KZ_to_CN", "KZ-RU trade.exports.RU_to_KZ"}));
}

}  // namespace
}  // namespace claimtrace
