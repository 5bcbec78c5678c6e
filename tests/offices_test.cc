// Offices, ranks and records as fact-checkers meet them (issue 13): an envoy posted in a named
// state holds its mission, a holder named on a day held the office for a while before it, a
// rank's tense is not its teller's, one region is one rank scope in any words, and a record is
// contradicted by each source that gives a larger earlier figure.
// In-memory and fixture rules, not the product's vocabulary.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/verify.h"
#include "test_corpus.h"
#include "test_paths.h"
#include "verify/names.h"

namespace claimtrace {
namespace {

RuleSet office_rules() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"time.xml",
        "<time><month word=\"may\" value=\"5\"/><month word=\"july\" value=\"7\"/>"
        "<month word=\"september\" value=\"9\"/>"
        "<year-preposition word=\"in\"/></time>"},
       {"attributes.xml",
        "<attributes><attribute name=\"person.title\" kinds=\"label\" compare=\"none\"/>"
        "<attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\" holds=\"90\"/>"
        "<recognizer name=\"office\" attribute=\"office.holder\"/></attributes>"},
       {"entities.xml",
        "<entities><entity id=\"BY\" type=\"country\" name=\"Belarus\"><alias>Belarus</alias>"
        "</entity><entity id=\"UZ\" type=\"country\" name=\"Uzbekistan\">"
        "<alias>Uzbekistan</alias><alias>Uzbek</alias></entity>"
        "<entity id=\"CN\" type=\"country\" name=\"China\"><alias>China</alias></entity>"
        "</entities>"},
       {"states.xml",
        "<states><capital code=\"BY\"><alias>Minsk</alias></capital>"
        "<capital code=\"UZ\"><alias>Tashkent</alias></capital></states>"},
       {"modality.xml", "<modality><reporting phrase=\"said\"/></modality>"},
       {"labels.xml",
        "<labels><possessive ending=\"'s\"/><title-link word=\"of\"/>"
        "<title-link word=\"to\" serves=\"yes\"/><title-link word=\"the\"/>"
        "<office-place word=\"in\"/><former phrase=\"former\"/>"
        "<title-modifier word=\"new\"/><title-modifier word=\"incoming\"/>"
        "<title phrase=\"Foreign Minister\"/><title phrase=\"Ambassador\" office=\"bilateral\"/>"
        "<title phrase=\"Special Envoy\"/><title phrase=\"Envoy\" posted=\"ambassador\"/>"
        "</labels>"}});
  return r;
}

std::vector<std::string> offices_of(const Extraction& e) {
  std::vector<std::string> out;
  for (const Claim& cl : e.claims) {
    if (cl.attribute == "office.holder") out.push_back(cl.object + ": " + holder_of(cl.text));
  }
  return out;
}

// --- an envoy posted in a state the text names is its ambassador --------------------------

TEST(Offices, AnEnvoyPostedInANamedStateHoldsItsMission) {
  const std::vector<std::pair<std::string, std::string>> said = {
      {"2025-07", "Belarus's envoy in Tashkent, Leonid Marinich, opened the fair."},
      {"2025-07", "The fair was opened by the Envoy of Belarus to Uzbekistan Leonid Marinich."},
      {"2025-07", "Belarus's new envoy to Uzbekistan, Leonid Marinich, opened the fair."},
      {"2025-07", "Uzbekistan's incoming envoy in Minsk, Rakhmatulla Nazarov, opened the fair."}};
  const std::vector<std::string> want = {
      "ambassador of BY to UZ: leonid marinich", "ambassador of BY to UZ: leonid marinich",
      "ambassador of BY to UZ: leonid marinich", "ambassador of UZ to BY: rakhmatulla nazarov"};
  for (size_t i = 0; i < said.size(); ++i) {
    VerifiedTexts c = verify_texts(office_rules(), {said[i]});
    EXPECT_EQ(offices_of(c.extractions[0]), std::vector<std::string>{want[i]}) << said[i].second;
  }
}

// An envoy whose host the text does not name may serve a region or an issue: no office, even
// where the document names a pair of states; a special envoy is another office.
TEST(Offices, AnEnvoyWithNoHostNamedHoldsNoMission) {
  VerifiedTexts c =
      verify_texts(office_rules(), {{"2025-07",
                                     "Belarus and Uzbekistan met. Belarus's envoy Leonid Marinich "
                                     "spoke."}});
  EXPECT_TRUE(offices_of(c.extractions[0]).empty());
  VerifiedTexts special = verify_texts(
      office_rules(), {{"2025-07",
                        "Belarus and Uzbekistan met. China's Special Envoy to Uzbekistan, Li Hui, "
                        "spoke."}});
  for (const std::string& o : offices_of(special.extractions[0]))
    EXPECT_EQ(o.rfind("ambassador", 0), std::string::npos) << o;
}

// --- a holder named on a day held the office for a while before it -------------------------

TEST(Offices, TwoHoldersNamedWithinTheWindowAreRivals) {
  // By the documents' dates a month apart, by stated months a season apart, one of each.
  const std::vector<std::vector<std::pair<std::string, std::string>>> cases = {
      {{"2025-06-20", "Ambassador of Belarus to Uzbekistan Ruslan Varankov spoke."},
       {"2025-07-25", "Belarus's envoy in Tashkent, Leonid Marinich, spoke."}},
      {{"2025-10", "In July 2025 Uzbek Foreign Minister Vladimir Norov met the delegation."},
       {"2025-10", "In September 2025 Uzbek Foreign Minister Bakhtiyor Saidov met them."}},
      {{"2025-07-20", "Uzbekistan's ambassador to Belarus, Rakhmatulla Nazarov, spoke."},
       {"2025-10",
        "In September 2025 the Ambassador of Uzbekistan to Belarus Nasirdjan Yusupov "
        "spoke."}}};
  for (const auto& texts : cases) {
    VerifiedTexts c = verify_texts(office_rules(), texts);
    EXPECT_EQ(c.count(DiscrepancyKind::kLabelConflict), 1u) << texts[1].second;
  }
}

TEST(Offices, HoldersHalfAYearApartOrOneFormerAreNoRivals) {
  const std::vector<std::vector<std::pair<std::string, std::string>>> cases = {
      {{"2025-10", "In May 2025 Uzbek Foreign Minister Vladimir Norov met the delegation."},
       {"2025-10", "In September 2025 Uzbek Foreign Minister Bakhtiyor Saidov met them."}},
      {{"2025-07", "Belarus's former envoy in Tashkent, Leonid Marinich, spoke."},
       {"2025-07", "Belarus's envoy in Tashkent, Ruslan Varankov, spoke."}}};
  for (const auto& texts : cases) {
    VerifiedTexts c = verify_texts(office_rules(), texts);
    EXPECT_EQ(c.count(DiscrepancyKind::kLabelConflict), 0u) << texts[0].second;
  }
}

// --- a rank's tense is its clause's, not the tense of the verb that reports it --------------

RuleSet reporting_rules() {
  static const RuleSet r = [] {
    const std::string fixture = test_paths::data() + "/rules/";
    std::string time = default_env().read_file(fixture + "time.xml", 1u << 20).value();
    time.insert(time.rfind("</time>"), "<past word=\"said\"/><past word=\"told\"/>\n");
    std::string modality = default_env().read_file(fixture + "modality.xml", 1u << 20).value();
    modality.insert(modality.rfind("</modality>"), "<reporting phrase=\"told\"/>\n");
    return fixture_rules_with("<states/>", {{"time.xml", time}, {"modality.xml", modality}});
  }();
  return r;
}

const Claim* rank_of(const VerifiedTexts& c) {
  for (const Claim& cl : c.extractions[0].claims) {
    if (cl.kind == ClaimKind::kRank) return &cl;
  }
  return nullptr;
}

TEST(Offices, ARankToldInThePresentHoldsAtTheDocumentsDateWhoeverSaidIt) {
  for (const char* text :
       {"China is Belarus's second-largest trading partner, the minister said.",
        "The minister said China is Belarus's second-largest trading partner.",
        "China, the minister told reporters, is Belarus's second-largest "
        "trading partner.",
        "Belarus's second-largest trading partner is China, said the minister."}) {
    VerifiedTexts c = verify_texts(
        reporting_rules(),
        {{"2024-05", std::string("Trade exchange in 2021 amounted to about $6 billion. ") + text}});
    const Claim* r = rank_of(c);
    ASSERT_TRUE(r) << text;
    EXPECT_EQ(r->period_basis, PeriodBasis::kDocumentDate) << text;
  }
}

TEST(Offices, ARankToldInThePastIsStillOfThePeriodToldBefore) {
  VerifiedTexts c = verify_texts(reporting_rules(),
                                 {{"2024-05",
                                   "Trade exchange in 2021 amounted to about $6 billion. China "
                                   "remained Belarus's second-largest trading partner, the "
                                   "minister said."}});
  const Claim* r = rank_of(c);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->period.iso(), "2021");
  EXPECT_EQ(r->period_basis, PeriodBasis::kContext);
}

// --- a narrowing scope keys by its region's name, whatever words name it ------------------

RuleSet scope_rules() {
  static const RuleSet r = [] {
    const std::string fixture = test_paths::data() + "/rules/";
    std::string labels = default_env().read_file(fixture + "labels.xml", 1u << 20).value();
    labels.insert(labels.rfind("</labels>"), "<rank-scope phrase=\"among\" narrows=\"yes\"/>\n");
    return fixture_rules_with("<states/>", {{"labels.xml", labels}});
  }();
  return r;
}

TEST(Offices, OneRegionNamedInOtherWordsIsOneRankScope) {
  const TestInput a{"a", "2024-03-01",
                    "China is Belarus's second-largest trading partner in the Eurasian Economic "
                    "Union."};
  for (const char* other :
       {"China remains Belarus's third-largest trading partner among the countries of the "
        "Eurasian Economic Union.",
        "China is the third-largest trading partner of Belarus among Eurasian Economic Union "
        "members.",
        "Officials say China is the third-largest trading partner of Belarus in the "
        "Eurasian Economic Union."}) {
    VerifiedTexts c = verify_texts(scope_rules(), {{a.published, a.text}, {"2024-03-02", other}});
    EXPECT_EQ(c.count(DiscrepancyKind::kRankConflict), 1u) << other;
  }
  // Lower-case words then a state's name go on into a clause: no scope, and the state is a party.
  VerifiedTexts clause = verify_texts(
      scope_rules(),
      {{"2024-03-02", "Belarus's largest trading partner in the region is still China."}});
  for (const Claim& cl : clause.extractions[0].claims) {
    if (cl.kind == ClaimKind::kRank) {
      EXPECT_EQ(cl.scope, "") << cl.scope;
    }
  }
  // No scope is another ranking: no rival.
  VerifiedTexts wide = verify_texts(
      scope_rules(),
      {{a.published, a.text}, {"2024-03-02", "China is Belarus's third-largest trading partner."}});
  EXPECT_EQ(wide.count(DiscrepancyKind::kRankConflict), 0u);
}

// --- a record is contradicted by each source with a larger earlier figure
// --------------------------------------

TEST(Offices, ARecordContradictedByTwoSourcesIsAFindingForEach) {
  VerifiedTexts c = verify_texts(
      fixture_rules(),
      {{"2024-02",
        "Trade turnover between Belarus and China reached $5 billion in 2023, a record."},
       {"2023-02", "Trade turnover between Belarus and China was $6 billion in 2022."},
       {"2022-02", "In 2021 trade turnover between Belarus and China came to $5.5 billion."}});
  const std::vector<const Discrepancy*> found = c.of(DiscrepancyKind::kValueConflict);
  ASSERT_EQ(found.size(), 2u);
  for (const Discrepancy* d : found) ASSERT_EQ(d->evidence.size(), 2u);
  std::vector<std::string> sources = {found[0]->evidence[1].source.str(),
                                      found[1]->evidence[1].source.str()};
  std::sort(sources.begin(), sources.end());
  EXPECT_EQ(sources, (std::vector<std::string>{"d2", "d3"}));
}

TEST(Offices, ARecordAboveEveryEarlierFigureStands) {
  VerifiedTexts c = verify_texts(
      fixture_rules(),
      {{"2024-02",
        "Trade turnover between Belarus and China reached $7 billion in 2023, a record."},
       {"2023-02", "Trade turnover between Belarus and China was $6 billion in 2022."},
       {"2022-02", "In 2021 trade turnover between Belarus and China came to $5.5 billion."}});
  EXPECT_EQ(c.count(DiscrepancyKind::kValueConflict), 0u);
}

}  // namespace
}  // namespace claimtrace
