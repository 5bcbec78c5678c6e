// Office holders named by their state's demonym or possessive, tenures (office.start and
// office.end events) and the check of holders against them. In-memory rules, not the product's
// vocabulary.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "claimtrace/check.h"
#include "claimtrace/claim_graph.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"
#include "claimtrace/verify.h"
#include "test_corpus.h"

namespace claimtrace {
namespace {

// The fixture's rules with `holder` as the office.holder attribute's declaration.
RuleSet make_rules(const std::string& holder) {
  return RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"time.xml",
        "<time><year-preposition word=\"in\"/><year-preposition word=\"since\"/><since "
        "word=\"since\"/>"
        "<month word=\"march\" value=\"3\"/><month word=\"june\" value=\"6\"/>"
        "<month word=\"august\" value=\"8\"/><until word=\"until\"/>"
        "<range-open word=\"from\"/><range-join word=\"to\"/></time>"},
       {"attributes.xml",
        "<attributes><attribute name=\"person.title\" kinds=\"label\" compare=\"none\"/>" + holder +
            "<attribute name=\"office.start\" kinds=\"event\"/>"
            "<attribute name=\"office.end\" kinds=\"event\"/>"
            "<attribute name=\"trade.turnover\" kinds=\"amount\"><trigger phrase=\"trade\"/>"
            "</attribute>"
            "<recognizer name=\"office\" attribute=\"office.holder\"/>"
            "<recognizer name=\"office-start\" attribute=\"office.start\"/>"
            "<recognizer name=\"office-end\" attribute=\"office.end\"/></attributes>"},
       {"entities.xml",
        "<entities><entity id=\"CN\" type=\"country\" name=\"China\"><alias>China</alias>"
        "<alias>Chinese</alias><alias>Китай</alias></entity>"
        "<entity id=\"BY\" type=\"country\" name=\"Belarus\">"
        "<alias>Belarus</alias><alias>Belarusian</alias><alias>Беларусь</alias></entity>"
        "<entity id=\"KZ\" type=\"country\" name=\"Kazakhstan\"><alias>Kazakhstan</alias>"
        "<alias>Kazakh</alias>"
        "</entity></entities>"},
       {"modality.xml", "<modality><reporting phrase=\"said\"/></modality>"},
       {"labels.xml",
        "<labels><title-link word=\"of\"/><title-link word=\"to\" serves=\"yes\"/>"
        "<role-link word=\"as\"/><role-link word=\"became\"/><role-link word=\"is\"/>"
        "<list-article word=\"the\"/><title phrase=\"President\"/>"
        "<title phrase=\"Ambassador\" office=\"bilateral\"/>"
        "<tenure phrase=\"took up his post\" event=\"start\"/>"
        "<tenure phrase=\"became\" event=\"start\"/>"
        "<tenure phrase=\"has headed the embassy\" event=\"start\" since=\"yes\"/>"
        "<tenure phrase=\"heads the embassy\" event=\"start\" since=\"yes\"/>"
        "<tenure phrase=\"ended his mission\" event=\"end\"/>"
        "<tenure phrase=\"served\" event=\"end\" until=\"yes\"/>"
        "<tenure phrase=\"held the post\" event=\"end\" until=\"yes\"/>"
        "<predecessor phrase=\"his predecessor\"/><predecessor phrase=\"replaced\"/>"
        "<appointment phrase=\"appointed\"/><role-link word=\"appointed\"/>"
        "<former phrase=\"former\"/></labels>"},
       {"labels.ru.xml",
        "<labels lang=\"ru\"><title phrase=\"Посол\" name=\"ambassador\" office=\"bilateral\"/>"
        "<title phrase=\"Послом\" name=\"ambassador\" office=\"bilateral\"/>"
        "<title-link word=\"в\" serves=\"yes\"/><role-link word=\"является\"/>"
        "<role-link word=\"стал\"/><tenure phrase=\"стал\" event=\"start\"/>"
        "<office-state phrase=\"китайский\" state=\"CN\"/></labels>"}});
}

const RuleSet& rules() {
  static const RuleSet r =
      make_rules("<attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\"/>");
  return r;
}

// Holders named now hold over a window before their document's date.
const RuleSet& rules_with_window() {
  static const RuleSet r = make_rules(
      "<attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\" holds=\"31\"/>");
  return r;
}

using Corpus = VerifiedTexts;

Corpus run(const std::vector<std::pair<std::string, std::string>>& texts) {
  return verify_texts(rules(), texts);
}

// "attribute object: text [subject] period" of each office claim of a document.
std::vector<std::string> offices(const Extraction& e) {
  std::vector<std::string> out;
  for (const Claim& c : e.claims) {
    if (c.attribute.starts_with("office."))
      out.push_back(c.attribute + " " + c.object + ": " + c.text + " [" + c.subject.text() + "] " +
                    c.period.iso());
  }
  return out;
}

// A bilateral title with only its own state's demonym takes the host from the document's pair;
// with no pair to leave one state, it stays a title.
TEST(Tenures, DemonymTitleTakesItsHostFromTheDocumentsPair) {
  Corpus c = run({{"2024-02-08",
                   "Trade between Belarus and China grew in 2023. Chinese Ambassador Zhang Xiao "
                   "said the result was good. Belarus and China plan more trade."},
                  {"2024-02-08", "Chinese Ambassador Zhang Xiao said the result was good."}});
  EXPECT_EQ(offices(c.extractions[0]),
            (std::vector<std::string>{"office.holder ambassador of CN to BY: zhang xiao, chinese "
                                      "ambassador (ambassador of china to belarus) [BY-CN] "
                                      "2024-02-08"}));
  EXPECT_TRUE(offices(c.extractions[1]).empty());
}

// The pair is a default only for a sentence that names no state outside it: one naming
// another state, by name or demonym, leaves the host unknown.
TEST(Tenures, ATitleTakesNoHostFromThePairWhenTheSentenceNamesAnotherState) {
  const std::string pair = "Trade between Belarus and China grew in 2023. ";
  for (const char* text : {"The Chinese Ambassador Zhang Xiao attended a forum in Kazakhstan.",
                           "The Chinese Ambassador Zhang Xiao met Kazakh officials."}) {
    Corpus c = run({{"2024-02-08", pair + text + " Belarus and China plan more trade."}});
    EXPECT_TRUE(offices(c.extractions[0]).empty()) << text;
  }
}

// In Russian an adjective of a state before the title names the office's state.
TEST(Tenures, AStatesAdjectiveNamesTheOfficesStateInRussian) {
  Corpus c = run({{"2024-03-01",
                   "Беларусь и Китай расширяют торговлю. Студенты встретились, и китайский посол "
                   "Се Сяоюн сообщил о росте. Беларусь и Китай подписали план."}});
  EXPECT_EQ(offices(c.extractions[0]),
            (std::vector<std::string>{"office.holder ambassador of CN to BY: се сяоюн, "
                                      "ambassador of china to belarus [BY-CN] 2024-03-01"}));
}

// A date in what the holder is reported to have said, or one a figure took, does not date the
// holder: they hold at the document's date.
TEST(Tenures, AHolderIsNotDatedByWhatTheySaid) {
  Corpus c =
      run({{"2024-03-01",
            "Ambassador of China to Belarus Cui Qiming said that in 2015 the park opened."}});
  EXPECT_EQ(offices(c.extractions[0]),
            (std::vector<std::string>{"office.holder ambassador of CN to BY: cui qiming, "
                                      "ambassador of china to belarus [BY-CN] 2024-03-01"}));
}

// A verb that links the sentence's subject to a title with its states ("X became ...", "X is
// the ...", "X является послом ...") makes the subject its holder, and "became" dates the start;
// a past copula, an object of another verb, a former or a deputy's title name no holder.
TEST(Tenures, AVerbLinkingTheSubjectToATitleNamesItsHolder) {
  Corpus c = run({{"2024-12-05", "Li Wei became Ambassador of China to Belarus in March 2024."},
                  {"2024-12-05", "Cui Qiming is the Chinese Ambassador to Belarus."},
                  {"2024-12-05", "Ли Вэй является послом Китая в Беларуси."},
                  {"2024-12-05", "Ли Вэй стал послом Китая в Беларуси в 2024 году."}});
  EXPECT_EQ(offices(c.extractions[0]),
            (std::vector<std::string>{"office.holder ambassador of CN to BY: li wei, ambassador "
                                      "of china to belarus [BY-CN] 2024-12-05",
                                      "office.start li wei, ambassador of CN to BY: 2024-03 "
                                      "[BY-CN] 2024-03"}));
  EXPECT_EQ(offices(c.extractions[1]),
            (std::vector<std::string>{"office.holder ambassador of CN to BY: cui qiming, chinese "
                                      "ambassador to belarus (ambassador of china to belarus) "
                                      "[BY-CN] 2024-12-05"}));
  EXPECT_EQ(offices(c.extractions[2]),
            (std::vector<std::string>{"office.holder ambassador of CN to BY: ли вэй, ambassador "
                                      "of china to belarus [BY-CN] 2024-12-05"}));
  ASSERT_EQ(offices(c.extractions[3]).size(), 2u);
  EXPECT_EQ(offices(c.extractions[3])[1],
            "office.start ли вэй, ambassador of CN to BY: 2024 [BY-CN] 2024");
  for (const char* text : {"Li Wei was the Ambassador of China to Belarus.",
                           "Li Wei met the Ambassador of China to Belarus.",
                           "Li Wei is the former Ambassador of China to Belarus.",
                           "Li Wei is the Deputy Ambassador of China to Belarus."}) {
    Corpus x = run({{"2024-12-05", text}});
    EXPECT_TRUE(offices(x.extractions[0]).empty()) << text;
  }
}

// A person named after a predecessor phrase held the office of the holder named before it in
// the same sentence, and the date of that predecessor's tenure, or of an appointment, does not
// date the holder of the sentence: they hold at the document's date.
TEST(Tenures, APredecessorsDateOrAnAppointmentsDatesNoOtherHolder) {
  Corpus c = run({{"2025-03-03",
                   "Ambassador of China to Belarus Li Wei replaced Cui Qiming, who ended his "
                   "mission in June 2024."},
                  {"2025-03-03",
                   "Ambassador of China to Belarus Li Wei, appointed in June 2024, "
                   "opened the fair."},
                  {"2025-03-03",
                   "Li Wei was appointed Ambassador of China to Belarus in June "
                   "2024."}});
  EXPECT_EQ(offices(c.extractions[0]),
            (std::vector<std::string>{"office.holder ambassador of CN to BY: li wei, ambassador "
                                      "of china to belarus [BY-CN] 2025-03-03",
                                      "office.end cui qiming, ambassador of CN to BY: 2024-06 "
                                      "[BY-CN] 2024-06"}));
  for (size_t d : {1u, 2u}) {
    EXPECT_EQ(offices(c.extractions[d]),
              (std::vector<std::string>{"office.holder ambassador of CN to BY: li wei, "
                                        "ambassador of china to belarus [BY-CN] 2025-03-03"}))
        << d;
  }
  // The holder's own start still dates nothing but the start; a date of the holder's own
  // meeting still dates the holder.
  Corpus own = run({{"2025-03-03",
                     "Ambassador of China to Belarus Li Wei opened the fair in "
                     "June 2024."}});
  EXPECT_EQ(offices(own.extractions[0]),
            (std::vector<std::string>{"office.holder ambassador of CN to BY: li wei, ambassador "
                                      "of china to belarus [BY-CN] 2024-06"}));
  // A holder named in the tenure's own clause took part in it then.
  Corpus part = run({{"2025-03-03",
                      "Ambassador of China to Belarus Li Wei took up his post "
                      "before President of Belarus Ivan Petrov in June 2024."}});
  EXPECT_EQ(offices(part.extractions[0])[1],
            "office.holder president of BY: ivan petrov, president of belarus [BY] 2024-06");
  // Holders of two offices before the phrase: whose predecessor is named is a guess.
  Corpus two = run({{"2025-03-03",
                     "Ambassador of China to Belarus Li Wei and Ambassador of China to Kazakhstan "
                     "Zhang Xiao replaced Cui Qiming, who ended his mission in June 2024."}});
  for (const std::string& o : offices(two.extractions[0]))
    EXPECT_FALSE(o.starts_with("office.end")) << o;
}

// "Former ambassador X" holds no office: no holder claim.
// A former holder holds no office: they left it by the document's date, an end with no begin;
// a tenure phrase beside the former title dates that end; an undated document dates nothing.
TEST(Tenures, AFormerTitleNamesNoHolderButAnEndByTheDocumentsDate) {
  Corpus c = run({{"2024-02-08", "Former Ambassador of China to Belarus Cui Qiming spoke."}});
  EXPECT_EQ(offices(c.extractions[0]),
            (std::vector<std::string>{
                "office.end cui qiming, ambassador of CN to BY: /2024-02-08 [BY-CN] /2024-02-08"}));
  Corpus dated = run({{"2024-02-08",
                       "Former Ambassador of China to Belarus Cui Qiming, who ended his mission "
                       "in August 2019, spoke."}});
  EXPECT_EQ(offices(dated.extractions[0]),
            (std::vector<std::string>{
                "office.end cui qiming, ambassador of CN to BY: /2024-02-08 [BY-CN] /2024-02-08",
                "office.end cui qiming, ambassador of CN to BY: 2019-08 [BY-CN] 2019-08"}));
  Corpus undated = run({{"", "Former Ambassador of China to Belarus Cui Qiming spoke."}});
  EXPECT_TRUE(offices(undated.extractions[0]).empty());
}

// A former holder named its holder by a later source is named after their tenure ended; named
// by an earlier one, or beside another source's dated end of the tenure, is no conflict.
TEST(Tenures, AFormerHolderNamedLaterAsHolderIsADateConflictAndNothingElse) {
  const std::pair<std::string, std::string> former = {
      "2024-02-08", "Former Ambassador of China to Belarus Cui Qiming spoke."};
  Corpus later =
      run({former, {"2024-06-10", "Ambassador of China to Belarus Cui Qiming said trade grew."}});
  EXPECT_EQ(later.count(DiscrepancyKind::kDateConflict), 1u);
  for (const std::pair<std::string, std::string>& other :
       std::vector<std::pair<std::string, std::string>>{
           {"2023-06-10", "Ambassador of China to Belarus Cui Qiming said trade grew."},
           {"2024-06-10", "Ambassador of China to Belarus Li Wei said trade grew."},
           {"2020-01-10",
            "Ambassador of China to Belarus Cui Qiming ended his mission in August "
            "2019."},
           {"2020-01-10", "Ambassador of China to Belarus Cui Qiming served from 2015 to 2019."}}) {
    Corpus c = run({former, other});
    EXPECT_EQ(c.v.discrepancies.size(), 0u) << other.second;
  }
}

// A tenure phrase turns the date beside it into the start or end of the holder's tenure of the
// office named in the sentence; "since" dates the start, and the holder holds at the document's
// date.
TEST(Tenures, StartsAndEndsOfATenureAreEvents) {
  Corpus c = run({{"2024-02-08",
                   "Ambassador of China to Belarus Zhang Xiao, who has headed the embassy since "
                   "2019, spoke."},
                  {"2025-01-10",
                   "Ambassador of China to Belarus Cui Qiming ended his mission in "
                   "August 2019."}});
  EXPECT_EQ(offices(c.extractions[0]),
            (std::vector<std::string>{
                "office.holder ambassador of CN to BY: zhang xiao, ambassador of china to belarus "
                "[BY-CN] 2024-02-08",
                "office.start zhang xiao, ambassador of CN to BY: 2019 [BY-CN] 2019"}));
  EXPECT_EQ(offices(c.extractions[1]),
            (std::vector<std::string>{
                "office.holder ambassador of CN to BY: cui qiming, ambassador of china to belarus "
                "[BY-CN] 2019-08",
                "office.end cui qiming, ambassador of CN to BY: 2019-08 [BY-CN] 2019-08"}));
}

// Only a date the tenure phrase governs dates the tenure: a point date in its own clause, or
// a "since" date for a start. A date of another clause, a period with only an end for a start,
// and a date beside a phrase that says the holder holds the office now stay plain dates.
TEST(Tenures, OnlyADateThePhraseGovernsDatesATenure) {
  for (const char* text :
       {"Ambassador of China to Belarus Zhang Wenchuan, who has headed the embassy, signed the "
        "agreement in 2021.",
        "Ambassador of China to Belarus Zhang Wenchuan has headed the embassy until 2019.",
        "Ambassador of China to Belarus Zhang Wenchuan heads the embassy and opened the fair in "
        "March 2024.",
        "Ambassador of China to Belarus Zhang Wenchuan, who ended his mission, spoke in 2019."}) {
    Corpus c = run({{"2024-12-05", text}});
    for (const std::string& o : offices(c.extractions[0]))
      EXPECT_FALSE(o.starts_with("office.start") || o.starts_with("office.end"))
          << text << " -> " << o;
  }
  Corpus fronted = run({{"2024-12-05",
                         "In March 2024, Ambassador of China to Belarus Zhang Wenchuan took up "
                         "his post."}});
  EXPECT_EQ(offices(fronted.extractions[0]).back(),
            "office.start zhang wenchuan, ambassador of CN to BY: 2024-03 [BY-CN] 2024-03");
}

// A tenure held once ends at the end of an "until" date or of a span, never at a point date;
// a person named right after a predecessor phrase held the office of the holder the sentence
// right before names, and of no holder named further back.
TEST(Tenures, APredecessorsTenureHeldOnceEndsAtItsLastDate) {
  const std::string holder = "Ambassador of China to Belarus Zhang Xiao spoke. ";
  for (const auto& [text, end] : std::vector<std::pair<std::string, std::string>>{
           {"His predecessor Cui Qiming served from 2015 to 2019.", "2019"},
           {"His predecessor Cui Qiming served until March 2019.", "2019-03"}}) {
    Corpus c = run({{"2024-12-05", holder + text}});
    ASSERT_GE(offices(c.extractions[0]).size(), 2u) << text;
    EXPECT_EQ(offices(c.extractions[0])[1],
              "office.end cui qiming, ambassador of CN to BY: " + end + " [BY-CN] " + end)
        << text;
  }
  for (const std::string& text :
       {holder + "His predecessor Cui Qiming served in 2019.",
        holder + "Trade grew. His predecessor Cui Qiming served until 2019.",
        std::string("Cui Qiming served until 2019.")}) {
    Corpus c = run({{"2024-12-05", text}});
    for (const std::string& o : offices(c.extractions[0]))
      EXPECT_FALSE(o.starts_with("office.end")) << text << " -> " << o;
  }
}

// The tenure is of the office the document named the holder for most recently before the
// phrase; with two holders of offices named before it, which one it speaks of is a guess.
// A tenure held once and told as a span with both ends ("served from 2015 to 2019", "held the
// post from March 2009 to May 2011") starts at the span's begin as it ends at its end; an
// "until" date has no begin and dates the end alone.
TEST(Tenures, ATenureToldAsASpanStartsAtItsBeginAndEndsAtItsEnd) {
  const std::string holder = "Ambassador of China to Belarus Zhang Xiao spoke. ";
  for (const auto& [text, begin, end] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"His predecessor Cui Qiming served from 2015 to 2019.", "2015", "2019"},
           {"His predecessor Cui Qiming held the post from March 2009 to June 2011.", "2009-03",
            "2011-06"}}) {
    Corpus c = run({{"2024-12-05", holder + text}});
    const std::string office = " cui qiming, ambassador of CN to BY: ";
    EXPECT_EQ(offices(c.extractions[0]),
              (std::vector<std::string>{
                  "office.holder ambassador of CN to BY: zhang xiao, ambassador of china to "
                  "belarus [BY-CN] 2024-12-05",
                  "office.end" + office + end + " [BY-CN] " + end,
                  "office.start" + office + begin + " [BY-CN] " + begin}))
        << text;
  }
  Corpus until = run({{"2024-12-05", holder + "His predecessor Cui Qiming served until 2019."}});
  for (const std::string& o : offices(until.extractions[0]))
    EXPECT_FALSE(o.starts_with("office.start")) << o;
  // The holder named in the span's own sentence held the office between its ends, away from
  // the handovers in its first and last years.
  Corpus named =
      run({{"2024-12-05", "Ambassador of China to Belarus Cui Qiming served from 2015 to 2019."}});
  ASSERT_FALSE(offices(named.extractions[0]).empty());
  EXPECT_EQ(offices(named.extractions[0]).front(),
            "office.holder ambassador of CN to BY: cui qiming, ambassador of china to belarus "
            "[BY-CN] 2016/2018");
}

// A holder another document names at a time wholly inside a tenure whose start and end one
// document dates is a rival; named in the year of the handover (a successor), as a former
// holder, for another state, or in another spelling of the holder's own name, is not.
TEST(Tenures, AHolderNamedInsideATenureToldAsASpanIsARival) {
  const std::pair<std::string, std::string> span = {
      "2024-12-05",
      "Ambassador of China to Belarus Zhang Xiao spoke. His predecessor Cui Qiming served from "
      "2015 to 2019."};
  Corpus rival =
      run({span, {"2017-06-10", "Ambassador of China to Belarus Li Wei said trade was growing."}});
  ASSERT_EQ(rival.count(DiscrepancyKind::kLabelConflict), 1u);
  EXPECT_NE(rival.of(DiscrepancyKind::kLabelConflict)[0]->explanation.find("li wei"),
            std::string::npos);
  // Named in the span's own sentence, the holder meets the rival once, not once per check.
  Corpus named =
      run({{"2024-12-05", "Ambassador of China to Belarus Cui Qiming served from 2015 to 2019."},
           {"2017-06-10", "Ambassador of China to Belarus Li Wei said trade grew."}});
  EXPECT_EQ(named.count(DiscrepancyKind::kLabelConflict), 1u);
  for (const std::pair<std::string, std::string>& other :
       std::vector<std::pair<std::string, std::string>>{
           {"2019-06-10", "Ambassador of China to Belarus Li Wei said trade was growing."},
           {"2015-06-10", "Ambassador of China to Belarus Li Wei said trade was growing."},
           {"2017-06-10", "Ambassador of China to Kazakhstan Li Wei said trade was growing."},
           {"2017-06-10", "Former Ambassador of China to Belarus Li Wei said trade grew."},
           {"2017-06-10", "Ambassador of China to Belarus Cui Qiming said trade grew."}}) {
    Corpus c = run({span, other});
    EXPECT_EQ(c.count(DiscrepancyKind::kLabelConflict), 0u) << other.second;
  }
}

TEST(Tenures, ATenureIsOfTheHoldersMostRecentOfficeAndNeverOfAGuessedHolder) {
  Corpus c = run({{"2024-12-05",
                   "Ambassador of China to Kazakhstan Zhang Xiao spoke. Ambassador of China to "
                   "Belarus Zhang Xiao spoke. Zhang Xiao said he took up his post in 2019."}});
  EXPECT_EQ(offices(c.extractions[0]).back(),
            "office.start zhang xiao, ambassador of CN to BY: 2019 [BY-CN] 2019");
  Corpus two = run({{"2024-12-05",
                     "Ambassador of China to Belarus Zhang Xiao met Ambassador of China to "
                     "Kazakhstan Li Wei, who took up his post in 2019."}});
  for (const std::string& o : offices(two.extractions[0]))
    EXPECT_FALSE(o.starts_with("office.start")) << o;
}

// A tenure takes its holder's own most recent office, however many other holders' offices the
// document names in between.
TEST(Tenures, ATenureTakesItsOwnHoldersOfficePastOtherHolders) {
  Corpus c = run({{"2024-12-05",
                   "Ambassador of China to Kazakhstan Zhang Xiao spoke. Ambassador of China to "
                   "Belarus Li Wei spoke. Ambassador of China to Belarus Cui Qiming spoke. "
                   "Zhang Xiao said he took up his post in 2019."}});
  ASSERT_FALSE(offices(c.extractions[0]).empty());
  EXPECT_TRUE(offices(c.extractions[0])
                  .back()
                  .starts_with("office.start zhang xiao, ambassador of CN to KZ: 2019 ["))
      << offices(c.extractions[0]).back();
}

// The holder named after the end of their tenure, or before its start, is a date conflict;
// spellings of one name are one holder.
TEST(Tenures, AHolderNamedOutsideTheirTenureIsADateConflict) {
  const std::pair<std::string, std::string> ended = {
      "2020-01-10", "Ambassador of China to Belarus Cui Qiming ended his mission in 2019."};
  Corpus after = run({ended,
                      {"2023-06-20",
                       "Ambassador of China to Belarus Cui Qiming said the "
                       "fair was a success."}});
  EXPECT_EQ(after.count(DiscrepancyKind::kDateConflict), 1u);
  Corpus before = run(
      {{"2024-12-05",
        "Zhang Wenchuan took up his post as Ambassador of China to Belarus in March "
        "2024."},
       {"2023-06-20", "Ambassador of China to Belarus Zhang Wenchuang said the fair went well."}});
  EXPECT_EQ(before.count(DiscrepancyKind::kDateConflict), 1u);
}

// Among several holders of one office, only the spelling of the one whose tenure ended meets
// it: each name is read once for all the tenures and spellings it is weighed against.
TEST(Tenures, ManyHoldersOfOneOfficeMeetOnlyTheirOwnSpellings) {
  Corpus c = run({{"2020-01-10",
                   "Ambassador of China to Belarus Cui Qiming ended his mission in 2019. "
                   "Ambassador of China to Belarus Zhang Wenchuan ended his mission in 2019."},
                  {"2023-06-20",
                   "Ambassador of China to Belarus Zhang Wenchuang said the fair went well. "
                   "Ambassador of China to Belarus Xie Xiaoyong said the fair was a success."}});
  EXPECT_EQ(c.count(DiscrepancyKind::kDateConflict), 1u);
}

// Look-alikes stay silent: a former holder named after the end, another holder after it, a
// successor who took office the year the predecessor left, the holder named within the tenure.
TEST(Tenures, LookAlikesOfAHolderOutsideTheTenureAreSilent) {
  const std::pair<std::string, std::string> ended = {
      "2020-01-10", "Ambassador of China to Belarus Cui Qiming ended his mission in 2019."};
  for (const char* later :
       {"Former Ambassador of China to Belarus Cui Qiming said the fair was a success.",
        "Ambassador of China to Kazakhstan Cui Qiming said the fair was a success.",
        "Ambassador of China to Belarus Xie Xiaoyong took up his post in 2019."}) {
    Corpus c = run({ended, {"2023-06-20", later}});
    EXPECT_EQ(c.count(DiscrepancyKind::kDateConflict), 0u) << later;
    EXPECT_EQ(c.count(DiscrepancyKind::kLabelConflict), 0u) << later;
  }
  Corpus within = run({ended, {"2019-03-01", "Ambassador of China to Belarus Cui Qiming spoke."}});
  EXPECT_EQ(within.count(DiscrepancyKind::kDateConflict), 0u);
}

// A holder who took the office again after their tenure ended holds it: no finding; named
// between the end and the new start, they are.
TEST(Tenures, AHolderWhoTookTheOfficeAgainIsNoConflict) {
  const std::pair<std::string, std::string> ended = {
      "2020-01-10", "Ambassador of China to Belarus Cui Qiming ended his mission in 2019."};
  const std::pair<std::string, std::string> again = {
      "2022-06-01", "Ambassador of China to Belarus Cui Qiming took up his post in 2022."};
  Corpus c = run(
      {ended,
       again,
       {"2023-06-20", "Ambassador of China to Belarus Cui Qiming said the fair was a success."}});
  EXPECT_EQ(c.count(DiscrepancyKind::kDateConflict), 0u);
  Corpus between = run({ended,
                        again,
                        {"2021-03-10",
                         "Ambassador of China to Belarus Cui Qiming said the fair was a "
                         "success."}});
  EXPECT_EQ(between.count(DiscrepancyKind::kDateConflict), 2u);
}

// Taking the office again counts under another spelling of the holder's name, and only the
// holder's own start does: another holder's start in between leaves the finding.
TEST(Tenures, ATenureTakenAgainIsTheHoldersUnderAnySpellingAndNoOneElses) {
  const std::pair<std::string, std::string> ended = {
      "2020-01-10", "Ambassador of China to Belarus Zhang Wenchuan ended his mission in 2019."};
  const std::pair<std::string, std::string> named = {
      "2023-06-20", "Ambassador of China to Belarus Zhang Wenchuan said the fair went well."};
  const std::pair<std::string, std::string> others = {
      "2021-06-01",
      "Ambassador of China to Belarus Xie Xiaoyong took up his post in 2020. "
      "Ambassador of China to Belarus Wang Wenchuan took up his post in 2021. "
      "Ambassador of China to Belarus Zhang Wei took up his post in 2021."};
  Corpus c = run({ended, others, named});
  EXPECT_EQ(c.count(DiscrepancyKind::kDateConflict), 1u);
  Corpus again = run(
      {ended,
       others,
       {"2022-06-01", "Ambassador of China to Belarus Zhang Wenchuang took up his post in 2022."},
       named});
  EXPECT_EQ(again.count(DiscrepancyKind::kDateConflict), 0u);
}

// Two dates for one tenure's start: across spellings of the holder's name, and within one
// document.
TEST(Tenures, TwoDatesForOneStartAreADateConflict) {
  Corpus c = run(
      {{"2024-12-05",
        "Zhang Wenchuan took up his post as Ambassador of China to Belarus in March "
        "2024."},
       {"2025-02-18", "Ambassador of China to Belarus Zhang Wenchuang took up his post in 2023."}});
  EXPECT_EQ(c.count(DiscrepancyKind::kDateConflict), 1u);
  Corpus same = run(
      {{"2024-12-05",
        "Zhang Wenchuan took up his post as Ambassador of China to Belarus in March "
        "2024."},
       {"2025-02-18", "Ambassador of China to Belarus Zhang Wenchuan took up his post in 2024."}});
  EXPECT_EQ(same.count(DiscrepancyKind::kDateConflict), 0u);
  Corpus within = run({{"2025-02-18",
                        "Ambassador of China to Belarus Zhang Wenchuan took up his post in 2023. "
                        "Zhang Wenchuan took up his post as Ambassador of China to Belarus in "
                        "March 2024."}});
  EXPECT_EQ(within.count(DiscrepancyKind::kDateConflict), 1u);
}

// Many dates for one start: each is set against the earliest, so the findings grow with the
// dates, not with their pairs.
TEST(Tenures, ManyDatesForOneStartGiveOneFindingEach) {
  // One document (across documents one spelling's dates are the event comparator's).
  std::string text;
  for (int year = 2001; year <= 2012; ++year) {
    text.append("Ambassador of China to Belarus Zhang Wenchuan took up his post in ");
    text.append(std::to_string(year));
    text.append(". ");
  }
  Corpus c = run({{"2025-02-18", text}});
  EXPECT_EQ(c.count(DiscrepancyKind::kDateConflict), 11u);
}

// The tenure rule entries are checked when loaded.
TEST(Tenures, ATenureWithoutStartOrEndIsAnError) {
  RuleSet r = RuleSet::from_files(
      {{"labels.xml", "<labels>\n<tenure phrase=\"took office\" event=\"began\"/></labels>"}});
  EXPECT_FALSE(r.valid());
  EXPECT_NE(r.status().to_string().find("start or end"), std::string::npos)
      << r.status().to_string();
  // since="yes" says the holder holds now: it dates a start, never an end.
  RuleSet since =
      RuleSet::from_files({{"labels.xml",
                            "<labels>\n<tenure phrase=\"left office\" event=\"end\" since=\"yes\"/>"
                            "</labels>"}});
  EXPECT_FALSE(since.valid());
  EXPECT_NE(since.status().to_string().find("on a start"), std::string::npos)
      << since.status().to_string();
  // until="yes" says the tenure was held once: it dates an end, never a start.
  RuleSet until = RuleSet::from_files({{"labels.xml",
                                        "<labels>\n<tenure phrase=\"took office\" event=\"start\" "
                                        "until=\"yes\"/></labels>"}});
  EXPECT_FALSE(until.valid());
  EXPECT_NE(until.status().to_string().find("on an end"), std::string::npos)
      << until.status().to_string();
}

// A tenure phrase listed twice is an error at the second entry, as other rule tables' repeats
// are; with another event it says which two, and a language file repeating the base's counts.
TEST(Tenures, ATenurePhraseListedTwiceIsAnError) {
  RuleSet same =
      RuleSet::from_files({{"abbreviations.txt", "Dr.\n"},
                           {"labels.xml",
                            "<labels>\n<tenure phrase=\"took office\" event=\"start\"/>\n"
                            "<tenure phrase=\"Took  Office\" event=\"start\"/></labels>"}});
  EXPECT_FALSE(same.valid());
  EXPECT_NE(same.status().to_string().find("labels.xml:3:"), std::string::npos)
      << same.status().to_string();
  EXPECT_NE(same.status().to_string().find("tenure phrase \"Took  Office\" listed twice"),
            std::string::npos)
      << same.status().to_string();
  RuleSet conflict =
      RuleSet::from_files({{"abbreviations.txt", "Dr.\n"},
                           {"labels.xml",
                            "<labels>\n<tenure phrase=\"took office\" event=\"start\"/>\n"
                            "<tenure phrase=\"took office\" event=\"end\"/></labels>"}});
  EXPECT_FALSE(conflict.valid());
  EXPECT_NE(conflict.status().to_string().find("listed twice, as start and as end"),
            std::string::npos)
      << conflict.status().to_string();
  RuleSet language = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"labels.xml", "<labels>\n<tenure phrase=\"took office\" event=\"start\"/></labels>"},
       {"labels.ru.xml",
        "<labels lang=\"ru\">\n<tenure phrase=\"took office\" event=\"end\"/></labels>"}});
  EXPECT_FALSE(language.valid());
  EXPECT_NE(language.status().to_string().find("labels.ru.xml:2:"), std::string::npos)
      << language.status().to_string();
  // Distinct phrases, one a part of another, are fine.
  RuleSet distinct =
      RuleSet::from_files({{"abbreviations.txt", "Dr.\n"},
                           {"labels.xml",
                            "<labels>\n<tenure phrase=\"took office\" event=\"start\"/>\n"
                            "<tenure phrase=\"took office again\" event=\"start\"/>\n"
                            "<tenure phrase=\"left office\" event=\"end\"/></labels>"}});
  EXPECT_TRUE(distinct.valid()) << distinct.status().to_string();
}

// A predecessor held the office of the holder who opens the run of sentences before it on its
// line, past a sentence naming another holder as its object; a line before it is another
// paragraph.
TEST(Tenures, APredecessorHoldsTheOfficeOfTheHolderTheLineOpensWith) {
  Corpus c = run({{"2024-12-05",
                   "Ambassador of China to Belarus Zhang Xiao spoke. He met President of "
                   "Kazakhstan Kassym Tokayev. His predecessor Cui Qiming served until 2019."}});
  ASSERT_FALSE(offices(c.extractions[0]).empty());
  EXPECT_EQ(offices(c.extractions[0]).back(),
            "office.end cui qiming, ambassador of CN to BY: 2019 [BY-CN] 2019");
  Corpus lines = run({{"2024-12-05",
                       "Ambassador of China to Kazakhstan Li Wei spoke.\nAmbassador of China to "
                       "Belarus Zhang Xiao spoke. His predecessor Cui Qiming served until 2019."}});
  ASSERT_FALSE(offices(lines.extractions[0]).empty());
  EXPECT_EQ(offices(lines.extractions[0]).back(),
            "office.end cui qiming, ambassador of CN to BY: 2019 [BY-CN] 2019");
}

// Sentences before a predecessor naming holders of two offices as their subjects leave whose
// predecessor it is unknown: it holds no office.
TEST(Tenures, APredecessorAfterHoldersOfTwoOfficesHoldsNone) {
  Corpus c = run({{"2024-12-05",
                   "MINSK, 5 December 2024. Ambassador of China to Belarus Zhang Xiao spoke. "
                   "Ambassador of China to Kazakhstan Li Wei spoke next. His predecessor Cui "
                   "Qiming served until 2019."}});
  for (const std::string& o : offices(c.extractions[0])) {
    EXPECT_EQ(o.find("cui qiming"), std::string::npos) << o;
  }
}

// With a window declared, two holders of one office named now by sources a day apart clash;
// named months apart, or the same holder, they do not.
TEST(Tenures, HoldersNamedNowBySourcesDaysApartClash) {
  auto with_window = [](const std::vector<std::pair<std::string, std::string>>& texts) {
    return verify_texts(rules_with_window(), texts);
  };
  const std::pair<std::string, std::string> zhang = {
      "2025-05-21", "Ambassador of China to Belarus Zhang Xiao said the fair went well."};
  Corpus days = with_window(
      {zhang, {"2025-05-20", "Ambassador of China to Belarus Li Wei said trade was growing."}});
  EXPECT_EQ(days.count(DiscrepancyKind::kLabelConflict), 1u);
  Corpus months = with_window(
      {zhang, {"2025-01-20", "Ambassador of China to Belarus Li Wei said trade was growing."}});
  EXPECT_EQ(months.count(DiscrepancyKind::kLabelConflict), 0u);
  Corpus same = with_window(
      {zhang, {"2025-05-20", "Ambassador of China to Belarus Zhang Xiao said trade grew."}});
  EXPECT_EQ(same.count(DiscrepancyKind::kLabelConflict), 0u);
  // Without the window only the same day meets.
  Corpus plain = verify_texts(
      rules(), {zhang, {"2025-05-20", "Ambassador of China to Belarus Li Wei said trade grew."}});
  EXPECT_EQ(plain.count(DiscrepancyKind::kLabelConflict), 0u);
}

// A name set off by commas beside its title: after the title's state ("Belarus's President,
// N,"), or before "the" and the title ("N, the Ambassador of China to Belarus,").
TEST(Tenures, ANameBesideItsTitleInCommasIsItsHolder) {
  for (const char* text : {"Zhang Xiao, the Ambassador of China to Belarus, said trade grew.",
                           "Belarus's President, Alexander Lukashenko, said trade grew."}) {
    const Corpus c = run({{"2024-02-08", text}});
    const std::vector<std::string> got = offices(c.extractions[0]);
    ASSERT_EQ(got.size(), 1u) << text;
    EXPECT_EQ(got[0].rfind("office.holder ", 0), 0u) << got[0];
  }
}

// A holder whose own document dates the end of their mission, and another named only after that
// end within the window: a handover, not two holders at once.
TEST(Tenures, AHolderNamedAfterAnotherHoldersDatedEndIsNoRival) {
  const Corpus handover = verify_texts(
      rules_with_window(),
      {{"2025-03-12", "Ambassador of China to Belarus Zhang Xiao ended his mission in March 2025."},
       {"2025-04-20", "Ambassador of China to Belarus Li Wei said trade was growing."}});
  EXPECT_EQ(handover.count(DiscrepancyKind::kLabelConflict), 0u);
  // Named before that end, the other is a rival.
  const Corpus before = verify_texts(
      rules_with_window(),
      {{"2025-06-12", "Ambassador of China to Belarus Zhang Xiao ended his mission in June 2025."},
       {"2025-06-05", "Ambassador of China to Belarus Li Wei said trade was growing."}});
  EXPECT_EQ(before.count(DiscrepancyKind::kLabelConflict), 1u);
}

// A holder named where their own document dates their tenure held the office over it: from the
// start to the time named, and on to the end. Another holder named inside that span is a rival,
// though no window is declared; named outside it, or as a former holder, or the same holder in
// another spelling, is not.
TEST(Tenures, AHolderNamedInsideAnotherHoldersDatedTenureIsARival) {
  const std::pair<std::string, std::string> li = {
      "2025-04-10", "Ambassador of China to Belarus Li Wei said trade was growing."};
  for (const char* since :
       {"Ambassador of China to Belarus Zhang Xiao took up his post in March 2025.",
        "Ambassador of China to Belarus Zhang Xiao has headed the embassy since March 2025.",
        "Zhang Xiao took up his post as Ambassador of China to Belarus in March 2025."}) {
    Corpus c = run({{"2025-05-21", since}, li});
    EXPECT_EQ(c.count(DiscrepancyKind::kLabelConflict), 1u) << since;
  }
  // Named, then leaving: held from the time named to the end.
  Corpus ended = run({{"2019-12-01",
                       "In March 2019 Ambassador of China to Belarus Cui Qiming opened the fair. "
                       "Cui Qiming ended his mission in August 2019."},
                      {"2019-06-15", "Ambassador of China to Belarus Li Wei said trade grew."}});
  EXPECT_EQ(ended.count(DiscrepancyKind::kLabelConflict), 1u);
  const std::pair<std::string, std::string> zhang = {
      "2025-05-21", "Ambassador of China to Belarus Zhang Xiao took up his post in March 2025."};
  for (const std::pair<std::string, std::string>& other :
       std::vector<std::pair<std::string, std::string>>{
           {"2025-02-10", "Ambassador of China to Belarus Li Wei said trade was growing."},
           {"2025-04-10", "Ambassador of China to Kazakhstan Li Wei said trade was growing."},
           {"2025-04-10", "Former Ambassador of China to Belarus Li Wei said trade grew."},
           {"2025-04-10", "Ambassador of China to Belarus Zhang Xiao said trade grew."}}) {
    Corpus c = run({zhang, other});
    EXPECT_EQ(c.count(DiscrepancyKind::kLabelConflict), 0u) << other.second;
  }
}

// A tenure phrase that names its office by a bare title ("served as President until 2019",
// "held the post of President") is of the one office of that title the document names; with
// two such offices, or none, it stays a date.
TEST(Tenures, ATenureNamingABareTitleIsOfTheDocumentsOneOfficeOfThatTitle) {
  const std::string tokayev = "President of Kazakhstan Kassym Tokayev opened the forum. ";
  const std::vector<std::pair<std::string, std::string>> said = {
      {tokayev + "Nursultan Nazarbayev served as President until 2019.",
       "office.end nursultan nazarbayev, president of KZ"},
      {tokayev + "Nursultan Nazarbayev held the post of President from 1991 to 2019.",
       "office.end nursultan nazarbayev, president of KZ"},
      {"Ambassador of China to Kazakhstan Zhang Xiao opened the forum. Li Wei served as "
       "Ambassador until 2019.",
       "office.end li wei, ambassador of CN to KZ"}};
  for (const auto& [text, want] : said) {
    Corpus c = run({{"2024-05-01", text}});
    bool found = false;
    for (const std::string& o : offices(c.extractions[0])) found = found || o.starts_with(want);
    EXPECT_TRUE(found) << text;
  }
  for (const char* text :
       {"President of Kazakhstan Kassym Tokayev met President of Belarus Alexander Lukashenko. "
        "Nursultan Nazarbayev served as President until 2019.",
        "Nursultan Nazarbayev served as President until 2019.",
        "President of Kazakhstan Kassym Tokayev opened the forum. Nursultan Nazarbayev served as "
        "Ambassador until 2019."}) {
    Corpus c = run({{"2024-05-01", text}});
    for (const std::string& o : offices(c.extractions[0]))
      EXPECT_FALSE(o.starts_with("office.end")) << text << " | " << o;
  }
  // The end so dated meets the holder another source names after it.
  Corpus later = run({{"2024-05-01", said[0].first},
                      {"2023-03-01", "President of Kazakhstan Nursultan Nazarbayev spoke."}});
  EXPECT_EQ(later.count(DiscrepancyKind::kDateConflict), 1u);
}

// A holder named for a time after the document's date holds as the document writes, at its
// date; one named on an earlier day keeps that day.
TEST(Tenures, AHolderNamedForATimeToComeHoldsAtTheDocumentsDate) {
  for (const char* text :
       {"Ambassador of China to Belarus Zhang Xiao is due in Astana in August.",
        "In August Ambassador of China to Belarus Zhang Xiao will open the fair.",
        "Ambassador of China to Belarus Zhang Xiao will visit Kazakhstan in June 2026.",
        "Ambassador of China to Belarus Zhang Xiao backed a trade plan until 2035."}) {
    Corpus c = run({{"2025-05-21", text}});
    const std::vector<std::string> o = offices(c.extractions[0]);
    ASSERT_EQ(o.size(), 1u) << text;
    EXPECT_TRUE(o[0].ends_with(" 2025-05-21")) << o[0];
  }
  Corpus past = run({{"2025-05-21",
                      "In March Ambassador of China to Belarus Zhang Xiao opened "
                      "the fair."}});
  const std::vector<std::string> o = offices(past.extractions[0]);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_TRUE(o[0].ends_with(" 2025-03")) << o[0];
}

// The verdict check_draft gives the office holder a draft published on `published` names, against
// the texts as documents dN.
Verdict holder_verdict(const std::vector<std::pair<std::string, std::string>>& texts,
                       const std::string& published, const std::string& draft) {
  Corpus c = run(texts);
  Source meta;
  meta.id = "draft";
  meta.published = PartialDate::parse(published);
  const Document d = ingest_bytes("draft.txt", draft, meta, rules());
  const Extraction e = extract(d, rules());
  const DraftCheck check = check_draft(d, e, c.docs, c.extractions, rules());
  for (const DraftFinding& f : check.findings) {
    if (f.claim.attribute == "office.holder") return f.verdict;
  }
  ADD_FAILURE() << "no holder in the draft: " << draft;
  return Verdict::kContradicted;
}

// A holder the draft names now is the one the corpus last named before the draft's date, unless a
// later source names another or dates the end of his tenure; another name is no contradiction.
TEST(Tenures, ADraftsHolderNamedNowIsTheOneTheCorpusLastNamed) {
  const std::string draft = "Ambassador of China to Belarus Zhang Xiao says trade will grow.";
  const std::pair<std::string, std::string> zhang = {
      "2025-02-12", "Ambassador of China to Belarus Zhang Xiao said trade grew."};
  EXPECT_EQ(holder_verdict({zhang}, "2025-06-15", draft), Verdict::kSupported);
  // Named only after the draft was published: nothing yet to check it against.
  EXPECT_EQ(holder_verdict({zhang}, "2025-01-15", draft), Verdict::kUnsupported);
  EXPECT_EQ(holder_verdict(
                {zhang, {"2025-04-01", "Ambassador of China to Belarus Li Wei said trade grew."}},
                "2025-06-15", draft),
            Verdict::kUnsupported);
  EXPECT_EQ(holder_verdict({zhang,
                            {"2025-04-01",
                             "Ambassador of China to Belarus Zhang Xiao ended his mission in "
                             "March 2025."}},
                           "2025-06-15", draft),
            Verdict::kUnsupported);
  // Another office of his name is another key.
  EXPECT_EQ(holder_verdict({zhang}, "2025-06-15",
                           "Ambassador of China to Kazakhstan Zhang Xiao says trade will grow."),
            Verdict::kUnsupported);
}

}  // namespace
}  // namespace claimtrace
