// People without a list: names next to titles, the offices they hold, spellings of one name,
// and two holders of one office at one time. In-memory rules, not the product's vocabulary.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/claim_graph.h"
#include "claimtrace/extract.h"
#include "claimtrace/ingest.h"
#include "claimtrace/rules.h"
#include "claimtrace/verify.h"
#include "rule_data.h"
#include "test_corpus.h"
#include "verify/names.h"

namespace claimtrace {
namespace {

RuleSet rules() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"time.xml",
        "<time><month word=\"march\" value=\"3\"/><month word=\"june\" value=\"6\"/></time>"},
       {"attributes.xml",
        "<attributes><attribute name=\"person.title\" kinds=\"label\" compare=\"none\"/>"
        "<attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\"/>"
        "<recognizer name=\"office\" attribute=\"office.holder\"/></attributes>"},
       {"entities.xml",
        "<entities><entity id=\"CN\" type=\"country\" name=\"China\"><alias>China</alias>"
        "<alias>Китая</alias></entity><entity id=\"BY\" type=\"country\" name=\"Belarus\">"
        "<alias>Belarus</alias><alias>Беларуси</alias>"
        "</entity><entity id=\"UZ\" type=\"country\" name=\"Uzbekistan\">"
        "<alias>Uzbekistan</alias></entity></entities>"},
       {"modality.xml", "<modality><reporting phrase=\"said\"/></modality>"},
       {"labels.xml",
        "<labels><title-link word=\"of\"/><title-link word=\"to\" serves=\"yes\"/><role-link "
        "word=\"as\"/>"
        "<body-head phrase=\"Centre\"/><body-head phrase=\"Center\"/>"
        "<body-head phrase=\"Ministry\"/><title phrase=\"President\"/>"
        "<title phrase=\"Ambassador\" office=\"bilateral\"/><title-link word=\"в\" serves=\"yes\"/>"
        "<title phrase=\"Посол\" name=\"ambassador\" office=\"bilateral\"/><title "
        "phrase=\"Президент\"/></labels>"},
       // Enough Palladius for "Се Сяоюн" and "Си Цзиньпином": Chinese names in Cyrillic meet
       // pinyin.
       {"transcription-palladius.xml",
        "<transcription system=\"palladius\"><ending ending=\"ом\"/>"
        "<syllable cyrillic=\"си\" latin=\"xi\"/><syllable cyrillic=\"цзинь\" latin=\"jin\"/>"
        "<syllable cyrillic=\"пин\" latin=\"ping\"/><syllable cyrillic=\"се\" latin=\"xie\"/>"
        "<syllable cyrillic=\"сяо\" latin=\"xiao\"/><syllable cyrillic=\"юн\" latin=\"yong\"/>"
        "</transcription>"}});
  return r;
}

using Corpus = VerifiedTexts;

Corpus run(const std::vector<std::pair<std::string, std::string>>& texts) {
  return verify_texts(rules(), texts);
}

std::vector<std::string> people(const Extraction& e) {
  std::vector<std::string> out;
  for (const Mention& m : e.mentions) {
    if (m.type == EntityType::kPerson) out.push_back(m.surface + "=" + m.canonical);
  }
  return out;
}

bool same(const std::string& a, const std::string& b) {
  return same_person(spelling_words(a), spelling_words(b));
}

TEST(People, SpellingsOfOneNameAcrossScriptsAndTransliterations) {
  EXPECT_TRUE(same("Shavkat Mirziyoyev", "Mirziyoev"));
  EXPECT_TRUE(same("Shavkat Mirziyoyev", "Шавкат Мирзиёев"));
  EXPECT_TRUE(same("Zhang Wenchuan", "Zhang Wenchuang"));
  EXPECT_TRUE(same("Aliaksandr Lukashenka", "Alexander Lukashenko"));
  EXPECT_TRUE(same("Аляксандр Лукашэнка", "Alexander Lukashenko"));
  EXPECT_TRUE(same("Sadyr Japarov", "Zhaparov"));
  EXPECT_TRUE(same("Kassym-Jomart Tokayev", "Касым-Жомарт Токаев"));
}

// Transliteration habits outside the development corpus: Belarusian "h" for "г" and "ў" for
// "в", Armenian "h" for "г", a Mongolian patronymic written first or last.
TEST(People, SpellingsAcrossBelarusianArmenianAndMongolianHabits) {
  EXPECT_TRUE(same("Raman Halouchanka", "Roman Golovchenko"));
  EXPECT_TRUE(same("Раман Галоўчанка", "Roman Golovchenko"));
  EXPECT_TRUE(same("Mher Petrosyan", "Мгер Петросян"));
  EXPECT_TRUE(same("Gombojavyn Zandanshatar", "Zandanshatar Gombojav"));
  EXPECT_FALSE(same("Gombojavyn Zandanshatar", "Zandanshatar Batbold"));
  EXPECT_FALSE(same("Roman Golovchenko", "Roman Golovanov"));
  EXPECT_TRUE(same("Gaan-Erdene Batbold", "Gan-Erdene Batbold"));
  EXPECT_TRUE(same("Bayar Luvsan", "Баяр Лувсан"));
  EXPECT_TRUE(same("Tuyaa Luvsan", "Туяа Лувсан"));
  EXPECT_TRUE(same("Ganbaataryn Tsogt", "Цогт"));
  EXPECT_TRUE(same("Дзмітрый Патрушаў", "Dmitry Patrushev"));
}

// The office-tenure check compares only names whose surnames share a stem key: every pair of
// words same_word (or a patronymic and its stem) accepts must share one, or a spelling of one
// person would go unmet.
TEST(People, WordsThatMaySpellOneNameShareAStemKey) {
  auto meet = [](const std::string& a, const std::string& b) {
    const std::vector<std::string> ka = stem_keys(a), kb = stem_keys(b);
    for (const std::string& k : ka)
      if (std::find(kb.begin(), kb.end(), k) != kb.end()) return true;
    return false;
  };
  const std::vector<std::pair<std::string, std::string>> pairs = {{"mirziyoyev", "mirzieev"},
                                                                  {"wenchuan", "wenchuang"},
                                                                  {"lukashenka", "lukashenko"},
                                                                  {"oyuun", "oyun"},
                                                                  {"nazarbayev", "nazarbaev"},
                                                                  {"medvedev", "medvedev"},
                                                                  {"golovchenko", "halouchanka"},
                                                                  {"gombojav", "gombojavyn"},
                                                                  {"ukhnaa", "ukhnaagiin"},
                                                                  {"qiming", "qimin"},
                                                                  {"tsui", "cui"}};
  for (const auto& [a, b] : pairs) {
    const std::vector<std::string> wa = spelling_words(a), wb = spelling_words(b);
    ASSERT_EQ(wa.size(), 1u);
    ASSERT_EQ(wb.size(), 1u);
    const bool one = same_person(wa, wb) || same_person({"x", wa[0]}, {wb[0], "y"}) ||
                     same_person({wa[0], "y"}, {"x", wb[0]});
    if (one) {
      EXPECT_TRUE(meet(wa[0], wb[0])) << a << " / " << b;
    }
  }
  EXPECT_TRUE(meet("gombojav", "gombojavyn"));
  EXPECT_FALSE(meet("xi", "xu"));
}

// Chinese names in Cyrillic are Palladius syllables, read back into pinyin by a table.
TEST(People, ChineseNamesInCyrillicMeetTheirPinyin) {
  const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"transcription-palladius.xml",
        "<transcription system=\"palladius\"><syllable cyrillic=\"чжан\" latin=\"zhang\"/>"
        "<syllable cyrillic=\"сяо\" latin=\"xiao\"/><syllable cyrillic=\"ван\" latin=\"wang\"/>"
        "<syllable cyrillic=\"и\" latin=\"yi\"/><syllable cyrillic=\"ли\" latin=\"li\"/>"
        "<syllable cyrillic=\"цян\" latin=\"qiang\"/></transcription>"}});
  ASSERT_TRUE(r.valid()) << r.status().message();
  const Transcriptions& t = r.data().transcriptions;
  EXPECT_TRUE(same_person_written(t, "Чжан Сяо", "Zhang Xiao"));
  EXPECT_TRUE(same_person_written(t, "Ван И", "Wang Yi"));
  EXPECT_TRUE(same_person_written(t, "Ли Цян", "Li Qiang"));
  EXPECT_FALSE(same_person_written({}, "Чжан Сяо", "Zhang Xiao"));  // no table, no reading
  EXPECT_FALSE(same_person_written(t, "Чжан Сяо", "Zhang Wenchuan"));
  EXPECT_FALSE(same_person_written(t, "Ли Цян", "Li Keqiang"));
}

TEST(People, NearNamesOfDifferentPeopleDoNotMeet) {
  EXPECT_FALSE(same("Viktor Lukashenko", "Alexander Lukashenko"));
  EXPECT_FALSE(same("Zhang Xiao", "Zhang Wenchuan"));
  EXPECT_FALSE(same("Wang Yi", "Wang Yu"));
  // Names outside the development corpus: feminine forms and short names are other people.
  EXPECT_FALSE(same("Pyotr Ivanov", "Irina Ivanova"));
  EXPECT_FALSE(same("Ivanov", "Ivanova"));
  EXPECT_FALSE(same("Xi", "Xu"));
  EXPECT_FALSE(same("Kim", "Kam"));
  EXPECT_TRUE(same("Dmitri Medvedev", "Dmitry Medvedev"));
  EXPECT_TRUE(same("Nursultan Nazarbayev", "Nazarbaev"));
}

TEST(People, NamesNextToTitlesAndASurnameLaterInTheDocument) {
  Corpus c = run({{"2024-05",
                   "President of Uzbekistan Shavkat Mirziyoyev arrived on Monday. Later, "
                   "President Mirziyoyev spoke. Zhang Xiao, China's Ambassador to Belarus, "
                   "attended."}});
  EXPECT_EQ(people(c.extractions[0]),
            (std::vector<std::string>{"Shavkat Mirziyoyev=shavkat mirziyoyev",
                                      "Mirziyoyev=shavkat mirziyoyev", "Zhang Xiao=zhang xiao"}));
  std::vector<std::string> offices;
  for (const Claim& cl : c.extractions[0].claims) {
    if (cl.attribute == "office.holder")
      offices.push_back(cl.object + ": " + cl.text + " [" + cl.subject.text() + "] " + cl.quote);
  }
  EXPECT_EQ(offices,
            (std::vector<std::string>{
                "president of UZ: shavkat mirziyoyev, president of uzbekistan [UZ] President of "
                "Uzbekistan Shavkat Mirziyoyev",
                "ambassador of CN to BY: zhang xiao, china's ambassador to belarus (ambassador of "
                "china to belarus) [BY-CN] Zhang "
                "Xiao, China's Ambassador to Belarus"}));
}

TEST(People, SpellingVariantsFoundWithTheirOffice) {
  Corpus c = run({{"2024-12", "Ambassador of China to Belarus Zhang Wenchuan met students."},
                  {"2025-03", "Ambassador of China to Belarus Zhang Wenchuang opened a fair."},
                  {"2025-03",
                   "Президент Шавкат Мирзиёев выступил. President Viktor Lukashenko "
                   "spoke."},
                  {"2025-04",
                   "President Shavkat Mirziyoyev spoke. President Alexander "
                   "Lukashenko spoke."}});
  std::vector<std::string> subjects;
  for (const Discrepancy* d : c.of(DiscrepancyKind::kNameVariant)) subjects.push_back(d->subject);
  EXPECT_EQ(subjects, (std::vector<std::string>{"zang_vencuan", "savkat_mirziyoyev"}));
  for (const Discrepancy* d : c.of(DiscrepancyKind::kNameVariant)) {
    if (d->subject == "zang_vencuan") {
      EXPECT_NE(d->explanation.find("Same office: ambassador of CN to BY"), std::string::npos)
          << d->explanation;
    }
  }
  // One ambassador spelled two ways is no second holder.
  EXPECT_TRUE(c.of(DiscrepancyKind::kLabelConflict).empty());
}

// Many spellings of one name are one group, each weighed against the group once, and a near
// name of another person stays out of it.
TEST(People, ManySpellingsOfOneNameAreOneGroup) {
  std::string text;
  int spellings = 0;
  for (const char* a : {"a", "e", "i"}) {
    for (const char* b : {"a", "i", "o"}) {
      for (const char* c : {"a", "o", "y"}) {
        text += std::string("President Bakhyt M") + a + "rz" + b + "bek" + c + "v spoke. ";
        ++spellings;
      }
    }
  }
  text += "President Bakhyt Tokayev spoke.";
  Corpus c = run({{"2025-03", text}});
  const std::vector<const Discrepancy*> found = c.of(DiscrepancyKind::kNameVariant);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->evidence.size(), static_cast<size_t>(spellings));
  for (const Evidence& e : found[0]->evidence)
    EXPECT_EQ(e.quote.find("Tokayev"), std::string::npos) << e.quote;
}

TEST(People, TwoHoldersOfOneOfficeAtOverlappingTimesClash) {
  Corpus c = run({{"2023-06", "Ambassador of China to Belarus Xie Xiaoyong met students."},
                  {"2023-06", "Ambassador of China to Belarus Zhang Wenchuan met students."}});
  std::vector<const Discrepancy*> found = c.of(DiscrepancyKind::kLabelConflict);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->severity, Severity::kMedium);
}

TEST(People, HoldersAtDifferentTimesDoNotClash) {
  Corpus c = run({{"2019-03", "Ambassador of China to Belarus Xie Xiaoyong met students."},
                  {"2024-12", "Ambassador of China to Belarus Zhang Wenchuan met students."}});
  EXPECT_TRUE(c.of(DiscrepancyKind::kLabelConflict).empty());
}

// Names found without a title before them: beside a reporting verb, or holding a title the
// sentence gives them with "as"; a body's name is not a person's.
TEST(People, NamesBesideReportingVerbsAndRoles) {
  Corpus c = run({{"2024-05",
                   "Trade grew, Shavkat Mirziyoyev said on Monday. Zhang Wenchuan took up his "
                   "post as China's ambassador in Minsk. The Ministry of Foreign Affairs said "
                   "nothing. Minsk said nothing."}});
  EXPECT_EQ(people(c.extractions[0]),
            (std::vector<std::string>{"Shavkat Mirziyoyev=shavkat mirziyoyev",
                                      "Zhang Wenchuan=zhang wenchuan"}));
}

// Initials are a name's words in every script, before the surname or after it, and a
// capital's period before a surname ends no sentence; initials alone name no one.
TEST(People, NamesWithInitialsInEveryScript) {
  Corpus c = run({{"2024-05",
                   "Trade grew, A. Petrenko said. Президент Ш. Мирзиёев выступил. "
                   "Petrenko I. V. said little. Trade grew, A. B. said."}});
  EXPECT_EQ(people(c.extractions[0]),
            (std::vector<std::string>{"A. Petrenko=a. petrenko", "Ш. Мирзиёев=ш. мирзиёев",
                                      "Petrenko I. V.=petrenko i. v."}));
}

TEST(People, AnInitialMeetsTheFullNameItBegins) {
  Corpus c = run({{"2024-12", "President Shavkat Mirziyoyev spoke."},
                  {"2025-03", "Trade grew, Sh. Mirziyoev said."},
                  {"2025-03", "Trade grew, B. Mirziyoyev said."}});
  std::vector<std::string> subjects;
  std::string shown;
  for (const Discrepancy* d : c.of(DiscrepancyKind::kNameVariant)) {
    subjects.push_back(d->subject);
    shown += d->explanation;
  }
  EXPECT_EQ(subjects, (std::vector<std::string>{"savkat_mirziyoyev"}));
  EXPECT_EQ(shown.find("B. Mirziyoyev"), std::string::npos) << shown;
}

TEST(People, SpellingsFoundBesideVerbsAndRolesButNotRelatives) {
  Corpus c = run({{"2024-12", "Zhang Wenchuan took up his post as China's ambassador."},
                  {"2025-03", "Trade grew, said Zhang Wenchuang."},
                  {"2025-03", "Saida Mirziyoyeva said the fair opened."},
                  {"2025-04", "Shavkat Mirziyoyev said the fair opened."}});
  std::vector<std::string> subjects;
  for (const Discrepancy* d : c.of(DiscrepancyKind::kNameVariant)) subjects.push_back(d->subject);
  EXPECT_EQ(subjects, (std::vector<std::string>{"zang_vencuan"}));
}

// A body's name spelled two ways ("Khorgos"/"Khorgas", "Centre"/"Center") is one body; a word
// of another first letter makes another body.
TEST(People, SpellingsOfABodysName) {
  Corpus c = run({{"2024-12", "The Khorgos Gateway Logistics Centre opened."},
                  {"2025-03", "The Khorgas Gateway Logistics Center grew."},
                  {"2025-03", "The Eastern Trade Promotion Centre opened."},
                  {"2025-04", "The Western Trade Promotion Centre opened."}});
  std::vector<std::string> subjects;
  for (const Discrepancy* d : c.of(DiscrepancyKind::kNameVariant)) subjects.push_back(d->subject);
  EXPECT_EQ(subjects, (std::vector<std::string>{"khorgos_gateway_logistics_centre"}));
}

// Naming an office's holder by it again, in one document, repeats the claim.
TEST(People, AnOfficeRestatedInOneDocumentIsOneClaim) {
  Corpus c = run({{"2024-05",
                   "Ambassador of China to Belarus Zhang Xiao met students. In June, the "
                   "Ambassador of China to Belarus Zhang Xiao signed a deal."}});
  size_t offices = 0;
  for (const Claim& cl : c.extractions[0].claims) offices += cl.attribute == "office.holder";
  EXPECT_EQ(offices, 1u);
}

// Many holders named across many sentences: each restatement in a later sentence is the claim
// already made, whatever claims came between (the index of earlier claims is read once), while
// one sentence naming a holder twice still gives both.
TEST(People, ManyHoldersRestatedAcrossSentencesAreOneClaimEach) {
  std::string text;
  const std::vector<std::string> names = {"Zhang Xiao", "Cui Qiming", "Xie Xiaoyong", "Li Ming"};
  for (int round = 0; round < 3; ++round) {
    for (const std::string& name : names) {
      text += "Ambassador of China to Belarus " + name + " met students in June. ";
    }
  }
  text += "Ambassador of China to Belarus Wang Bo and Ambassador of China to Belarus Wang Bo met.";
  Corpus c = run({{"2024-05", text}});
  std::vector<std::string> holders;
  for (const Claim& cl : c.extractions[0].claims) {
    if (cl.attribute == "office.holder") holders.push_back(cl.text.substr(0, cl.text.find(',')));
  }
  EXPECT_EQ(holders, (std::vector<std::string>{"zhang xiao", "cui qiming", "xie xiaoyong",
                                               "li ming", "wang bo", "wang bo"}));
}

// A title another language names gives the office in those words; the holder's name in Cyrillic
// and in pinyin is one person, so one office is not held twice.
// "Шавкатом Мирзиёевым" is a case of "Шавкат Мирзиёев", not another spelling.
TEST(People, CasesOfANameAreOneForm) {
  Corpus c = run({{"2025-03", "Президент Шавкат Мирзиёев выступил."},
                  {"2025-03", "Президент Шавкатом Мирзиёевым встретился."},
                  {"2025-04", "President Shavkat Mirziyoyev spoke."}});
  const std::vector<const Discrepancy*> found = c.of(DiscrepancyKind::kNameVariant);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->explanation.find("written 2 ways"), std::string::npos)
      << found[0]->explanation;
  EXPECT_EQ(found[0]->evidence.size(), 3u);
}

TEST(People, AnOfficeInAnotherLanguageIsNamedAndItsHolderMeetsTheLatinSpelling) {
  Corpus c = run({{"2024-01", "Посол Китая в Беларуси Се Сяоюн встретился со студентами."},
                  {"2024-01", "Ambassador of China to Belarus Xie Xiaoyong met students."}});
  std::vector<std::string> offices;
  for (const Claim& cl : c.extractions[0].claims) {
    if (cl.attribute == "office.holder") offices.push_back(cl.object + ": " + cl.text);
  }
  EXPECT_EQ(offices, (std::vector<std::string>{
                         "ambassador of CN to BY: се сяоюн, ambassador of china to belarus"}));
  EXPECT_TRUE(c.of(DiscrepancyKind::kLabelConflict).empty());
  EXPECT_EQ(c.of(DiscrepancyKind::kNameVariant).size(), 1u);
}

// Rules for offices named every way a desk names them: a state's possessive or a capital for
// the host, deputies, a state's body.
RuleSet office_rules() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"time.xml", "<time><month word=\"may\" value=\"5\"/></time>"},
       {"attributes.xml",
        "<attributes><attribute name=\"person.title\" kinds=\"label\" compare=\"none\"/>"
        "<attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\"/>"
        "<recognizer name=\"office\" attribute=\"office.holder\"/></attributes>"},
       {"entities.xml",
        "<entities><entity id=\"BY\" type=\"country\" name=\"Belarus\"><alias>Belarus</alias>"
        "<alias>Беларуси</alias></entity><entity id=\"UZ\" type=\"country\" "
        "name=\"Uzbekistan\"><alias>Uzbekistan</alias><alias>Uzbek</alias>"
        "<alias>Узбекистана</alias></entity></entities>"},
       {"states.xml", "<states><capital code=\"BY\"><alias>Minsk</alias></capital></states>"},
       {"modality.xml", "<modality><reporting phrase=\"said\"/></modality>"},
       {"labels.xml",
        "<labels><possessive ending=\"'s\"/><title-link word=\"of\"/>"
        "<title-link word=\"to\" serves=\"yes\"/><office-place word=\"in\"/>"
        "<title-link word=\"в\" serves=\"yes\"/>"
        "<title phrase=\"President\"/><title phrase=\"Foreign Minister\"/>"
        "<title phrase=\"Deputy Foreign Minister\"/><title phrase=\"Chairman\"/>"
        "<title phrase=\"Ambassador\" office=\"bilateral\"/>"
        "<title phrase=\"Посол\" name=\"ambassador\" office=\"bilateral\"/>"
        "<title phrase=\"Послом\" name=\"ambassador\" office=\"bilateral\"/>"
        "<title phrase=\"Министр иностранных дел\" name=\"foreign minister\"/>"
        "</labels>"}});
  return r;
}

std::vector<std::string> offices_of(const Extraction& e) {
  std::vector<std::string> out;
  for (const Claim& cl : e.claims) {
    if (cl.attribute == "office.holder") out.push_back(cl.object + ": " + cl.text);
  }
  return out;
}

TEST(People, AnOfficeNamedByADemonymOrPossessiveReadsInEnglishWords) {
  VerifiedTexts c = verify_texts(office_rules(), {{"2025-07",
                                                   "Uzbek President Shavkat Mirziyoyev and "
                                                   "Uzbekistan's Foreign Minister Bakhtiyor "
                                                   "Saidov arrived."}});
  EXPECT_EQ(offices_of(c.extractions[0]),
            (std::vector<std::string>{
                "president of UZ: shavkat mirziyoyev, uzbek president (president of uzbekistan)",
                "foreign minister of UZ: bakhtiyor saidov, uzbekistan's foreign minister (foreign "
                "minister of uzbekistan)"}));
}

TEST(People, AnEnvoyInACapitalSetOffByACommaServesItsState) {
  VerifiedTexts c = verify_texts(office_rules(), {{"2025-07",
                                                   "Uzbekistan's ambassador in Minsk, Rakhmatulla "
                                                   "Nazarov, presented the plan."}});
  EXPECT_EQ(offices_of(c.extractions[0]),
            (std::vector<std::string>{
                "ambassador of UZ to BY: rakhmatulla nazarov, uzbekistan's ambassador in minsk "
                "(ambassador of uzbekistan to belarus)"}));
}

// A name after a comma holds the title only in an apposition: the title with its states named
// after it, then the name closed by a comma or the sentence's end. After a clause ending in a
// bare title, or a name running on into its verb, the name is no holder.
TEST(People, ANameAfterACommaIsNoHolderOutsideAnApposition) {
  for (const char* text : {"After meeting the Chinese ambassador, Maxim Ryzhenkov said trade "
                           "would grow.",
                           "After talks with the ambassador in Minsk, Maxim Ryzhenkov said trade "
                           "would grow."}) {
    VerifiedTexts c = verify_texts(office_rules(), {{"2025-07", text}});
    for (const std::string& o : offices_of(c.extractions[0]))
      EXPECT_EQ(o.find("ryzhenkov"), std::string::npos) << text << ": " << o;
  }
  VerifiedTexts closed =
      verify_texts(office_rules(), {{"2025-07",
                                     "The plan came from Uzbekistan's ambassador in Minsk, "
                                     "Rakhmatulla Nazarov."}});
  EXPECT_EQ(offices_of(closed.extractions[0]),
            (std::vector<std::string>{
                "ambassador of UZ to BY: rakhmatulla nazarov, uzbekistan's ambassador in minsk "
                "(ambassador of uzbekistan to belarus)"}));
}

TEST(People, ADeputyAndTheMinisterAreTwoOffices) {
  VerifiedTexts c = verify_texts(office_rules(), {{"2025-07",
                                                   "Foreign Minister of Belarus Maxim Ryzhenkov "
                                                   "and Deputy Foreign Minister of Belarus "
                                                   "Yevgeny Shestakov arrived."}});
  EXPECT_EQ(offices_of(c.extractions[0]),
            (std::vector<std::string>{
                "foreign minister of BY: maxim ryzhenkov, foreign minister of belarus",
                "deputy foreign minister of BY: yevgeny shestakov, deputy foreign minister of "
                "belarus"}));
  EXPECT_TRUE(c.of(DiscrepancyKind::kLabelConflict).empty());
}

TEST(People, AnOfficeOfAStatesBodyIsNoOfficeOfTheState) {
  VerifiedTexts c =
      verify_texts(office_rules(), {{"2025-07",
                                     "Chairman of Uzbekistan's State Customs Committee Bakhodir "
                                     "Nazarov and Chairman of Uzbekistan Ivan Petrov met."}});
  EXPECT_EQ(offices_of(c.extractions[0]),
            (std::vector<std::string>{"chairman of UZ: ivan petrov, chairman of uzbekistan"}));
}

TEST(People, AHolderNamedInAnObliqueCaseIsTheSamePerson) {
  VerifiedTexts c = verify_texts(
      office_rules(),
      {{"2025-05", "Посол Узбекистана в Беларуси Иван Петров открыл выставку."},
       {"2025-05", "С послом Узбекистана в Беларуси Иваном Петровым встретились студенты."},
       {"2025-05", "Ambassador of Uzbekistan to Belarus Ivan Petrov met students."}});
  EXPECT_EQ(offices_of(c.extractions[1]),
            (std::vector<std::string>{
                "ambassador of UZ to BY: иваном петровым, ambassador of uzbekistan to belarus"}));
  EXPECT_TRUE(c.of(DiscrepancyKind::kLabelConflict).empty());
  EXPECT_TRUE(same_person_written({}, "иваном петровым", "Ivan Petrov"));
  EXPECT_FALSE(same_person_written({}, "иваном петровым", "Ivan Sidorov"));
}

// A Chinese name in Cyrillic in an oblique case reads as pinyin by its lemma.
TEST(People, AChineseNameInAnObliqueCaseMeetsItsPinyin) {
  Corpus c = run({{"2025-03", "Президент Си Цзиньпином встретился."},
                  {"2025-04", "President Xi Jinping spoke."}});
  const std::vector<const Discrepancy*> found = c.of(DiscrepancyKind::kNameVariant);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->evidence.size(), 2u);
}

RuleSet body_rules() {
  static const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"time.xml", "<time><month word=\"may\" value=\"5\"/></time>"},
       {"attributes.xml",
        "<attributes><attribute name=\"person.title\" kinds=\"label\" compare=\"none\"/>"
        "<attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\"/>"
        "<recognizer name=\"office\" attribute=\"office.holder\"/></attributes>"},
       {"entities.xml",
        "<entities><entity id=\"BY\" type=\"country\" name=\"Belarus\"><alias>Belarus</alias>"
        "<alias>Беларусі</alias></entity><entity id=\"TM\" type=\"country\" "
        "name=\"Turkmenistan\"><alias>Turkmenistan</alias><alias>Туркменістана</alias>"
        "</entity></entities>"},
       {"modality.xml", "<modality><reporting phrase=\"said\"/></modality>"},
       {"labels.xml",
        "<labels><title-link word=\"of\"/><title-link word=\"ў\" serves=\"yes\"/>"
        "<body-head phrase=\"концерна\"/><body-head phrase=\"аблвыканкама\"/>"
        "<title phrase=\"President\"/><title phrase=\"Председатель\" name=\"chairman\"/>"
        "<title phrase=\"Foreign Minister\"/><title phrase=\"Deputy Prime Minister\"/>"
        "<title phrase=\"Старшыня\" name=\"chairman\"/>"
        "<title phrase=\"Пасол\" name=\"ambassador\" office=\"bilateral\"/></labels>"}});
  return r;
}

// A title's body in the genitive, a quoted body or a body's capitalized name stands between a
// title and its holder: the holder is the full name after it, not the body's words.
TEST(People, AHolderAfterATitlesBodyInTheGenitive) {
  VerifiedTexts c = verify_texts(
      body_rules(),
      {{"2025-05",
        "Председатель концерна Атамурат Какабаев выступил. Председатель «Белгорхимпрома» Павел "
        "Козловский приехал. Председатель Халк Маслахаты Гурбангулы Бердымухамедов принял "
        "гостей."},
       {"2025-05", "Старшыня Магілёўскага аблвыканкама Анатоль Ісачанка прыехаў у Мінск."}});
  EXPECT_EQ(people(c.extractions[0]),
            (std::vector<std::string>{"Атамурат Какабаев=атамурат какабаев",
                                      "Павел Козловский=павел козловский",
                                      "Гурбангулы Бердымухамедов=гурбангулы бердымухамедов"}));
  EXPECT_EQ(people(c.extractions[1]),
            (std::vector<std::string>{"Анатоль Ісачанка=анатоль ісачанка"}));
}

// A title, its states and a dash, then the holder: an apposition as after a comma.
TEST(People, AHolderAfterADashIsAnApposition) {
  VerifiedTexts c = verify_texts(
      body_rules(), {{"2025-05", "Пасол Туркменістана ў Беларусі — Мухамметгельды Аразаў."}});
  EXPECT_EQ(people(c.extractions[0]),
            (std::vector<std::string>{"Мухамметгельды Аразаў=мухамметгельды аразаў"}));
}

// A one-word name after a title followed by a verb keeps its mention: "President Zhang spoke
// to Li Wei" names Zhang as the president, not Li Wei.
TEST(People, ATitlesOneWordHolderBeforeAVerbStays) {
  VerifiedTexts c = verify_texts(body_rules(), {{"2025-05", "President Zhang thanked Li Wei."}});
  const std::vector<std::string> found = people(c.extractions[0]);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], "Zhang=zhang");
}

// One person holds several offices of one state; offices of two states are two people.
TEST(People, SpellingsInTwoOfficesOfOneStateAreOnePerson) {
  VerifiedTexts c = verify_texts(
      body_rules(), {{"2025-05", "Deputy Prime Minister of Turkmenistan Rashid Meredov spoke."},
                     {"2025-06", "Foreign Minister of Turkmenistan Rashid Meredow spoke."},
                     {"2025-05", "Foreign Minister of Belarus Ivan Petrov spoke."},
                     {"2025-06", "Foreign Minister of Turkmenistan Ivan Petrow spoke."}});
  std::vector<std::string> subjects;
  for (const Discrepancy* d : c.of(DiscrepancyKind::kNameVariant)) subjects.push_back(d->subject);
  // The subject is the name folded for comparison: a final "d" reads "t".
  EXPECT_EQ(subjects, (std::vector<std::string>{"rasit_meredov"}));
}

// A name set off by a comma and a relative word before a tenure phrase is a person's.
TEST(People, ANameBeforeATenurePhraseIsAPerson) {
  const RuleSet r = RuleSet::from_files(
      {{"abbreviations.txt", "Dr.\n"},
       {"time.xml", "<time><month word=\"january\" value=\"1\"/></time>"},
       {"attributes.xml",
        "<attributes><attribute name=\"office.holder\" kinds=\"label\" compare=\"holder\"/>"
        "<recognizer name=\"office\" attribute=\"office.holder\"/></attributes>"},
       {"entities.xml", "<entities/>"},
       {"modality.xml", "<modality><reporting phrase=\"said\"/></modality>"},
       {"labels.xml",
        "<labels><tenure phrase=\"has chaired\" event=\"start\" since=\"yes\"/></labels>"}});
  VerifiedTexts c =
      verify_texts(r, {{"2025-05",
                        "The delegation met Gurbanguly Berdimuhamedov, who has chaired the council "
                        "since January 2023."}});
  EXPECT_EQ(people(c.extractions[0]),
            (std::vector<std::string>{"Gurbanguly Berdimuhamedov=gurbanguly berdimuhamedov"}));
}

}  // namespace
}  // namespace claimtrace
