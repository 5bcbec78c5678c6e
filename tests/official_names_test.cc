// Official names of states from iso-codes: a fixture iso_3166-1.xml and .mo catalogues written
// here, read through a MemoryEnv with the fixture rules (tests/data/rules/).
#include <gtest/gtest.h>

#include "test_corpus.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/rules.h"
#include "extract/entity_names.h"
#include "official_names.h"
#include "rule_data.h"
#include "stemmer.h"
#include "token.h"

namespace claimtrace {
namespace {

// A gettext catalogue of `messages` (sorted by msgid, as msgfmt writes them), in either byte
// order.
std::string mo_file(const std::vector<std::pair<std::string, std::string>>& messages,
                    bool big_endian = false) {
  std::string out;
  auto put = [&](uint32_t v) {
    for (int i = 0; i < 4; ++i) {
      const int shift = big_endian ? 8 * (3 - i) : 8 * i;
      out += static_cast<char>((v >> shift) & 0xff);
    }
  };
  const uint32_t n = static_cast<uint32_t>(messages.size());
  const uint32_t originals = 28, translations = originals + 8 * n, strings = translations + 8 * n;
  put(0x950412de), put(0), put(n), put(originals), put(translations), put(0), put(0);
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> ids, strs;
  for (const auto& [id, str] : messages) {
    ids.emplace_back(static_cast<uint32_t>(id.size()),
                     strings + static_cast<uint32_t>(text.size()));
    text += id + '\0';
  }
  for (const auto& [id, str] : messages) {
    strs.emplace_back(static_cast<uint32_t>(str.size()),
                      strings + static_cast<uint32_t>(text.size()));
    text += str + '\0';
  }
  for (const auto& [length, at] : ids) put(length), put(at);
  for (const auto& [length, at] : strs) put(length), put(at);
  return out + text;
}

const char* kIsoXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iso_3166_entries>\n"
    "<iso_3166_entry alpha_2_code=\"FR\" name=\"France\" official_name=\"French Republic\"/>\n"
    "<iso_3166_entry alpha_2_code=\"KG\" name=\"Kyrgyzstan\" official_name=\"Kyrgyz "
    "Republic\"/>\n"
    "<iso_3166_entry alpha_2_code=\"KZ\" name=\"Kazakhstan\" official_name=\"Republic of "
    "Kazakhstan\"/>\n"
    "<iso_3166_entry alpha_2_code=\"TR\" name=\"Türkiye\" official_name=\"Republic of "
    "Türkiye\" common_name=\"Turkish Republic\"/>\n"
    // Two states one name would share, and a one-word official name: neither is added.
    "<iso_3166_entry alpha_2_code=\"CG\" name=\"Congo\" official_name=\"Republic of Congo\"/>\n"
    "<iso_3166_entry alpha_2_code=\"CD\" name=\"Congo, The Democratic Republic of the\" "
    "official_name=\"Republic of Congo\"/>\n"
    "<iso_3166_entry alpha_2_code=\"MC\" name=\"Monaco\" official_name=\"Principality\"/>\n"
    "<iso_3166_entry alpha_2_code=\"BO\" name=\"Bolivia, Plurinational State of\"/>\n"
    "</iso_3166_entries>\n";

std::string mo_ru() {
  return mo_file({{"", "Content-Type: text/plain; charset=UTF-8\n"},
                  {"France", "Франция"},
                  {"French Republic", "Французская Республика"},
                  {"Kyrgyz Republic", "Кыргызская Республика"},
                  {"Republic of Congo", "Республика Конго"}});
}

std::string mo_be() {
  return mo_file({{"French Republic", "Французская Рэспубліка"},
                  {"Kazakhstan", "Казахстан"},
                  {"Republic of Kazakhstan", "Рэспубліка Казахстан"}},
                 true);
}

const char* kStates =
    "<states><gazetteer languages=\"en ru be\"/>"
    "<official-names xml=\"iso\" locale=\"locale\"/></states>";

// The fixture rules with states and the iso-codes files given in memory.
MemoryEnv fixture_env(bool with_iso_codes) {
  MemoryEnv env;
  add_fixture_rules(env);
  env.add_file("r/states.xml", kStates);
  env.add_file("r/states.ru.xml", "<states/>");
  env.add_file("r/states.be.xml", "<states/>");
  if (with_iso_codes) {
    env.add_file("iso/iso_3166-1.xml", kIsoXml);
    env.add_file("locale/ru/LC_MESSAGES/iso_3166-1.mo", mo_ru());
    env.add_file("locale/be/LC_MESSAGES/iso_3166-1.mo", mo_be());
  }
  return env;
}

const RuleSet& rules() {
  static const RuleSet r = RuleSet::load(fixture_env(true), "r");
  return r;
}

// The state a whole phrase names in a profile, as extraction matches it; "" for none.
std::string state_named(const std::string& language, const std::string& phrase) {
  const RuleData& d = rules().profile(language);
  std::unique_ptr<Stemmer> stemmer = Stemmer::for_language(language);
  StemmingScope scope(stemmer.get());
  TokenizedSentence t;
  tokenize(phrase, 0, phrase.size(), t);
  d.words.identify(t.tokens);
  std::vector<PhraseHit> found;
  const PhraseHit* hit = match_entity(d, t.tokens, 0, found);
  if (!hit || hit->last != t.tokens.size()) return "";
  return d.entities[hit->use.row].id;
}

TEST(OfficialNames, MoCatalogueIsReadInEitherByteOrder) {
  auto little = parse_mo("ru.mo", mo_ru());
  ASSERT_TRUE(little.is_ok()) << little.status().to_string();
  EXPECT_EQ(little.value().at("French Republic"), "Французская Республика");
  EXPECT_FALSE(little.value().contains(""));  // the header
  auto big = parse_mo("be.mo", mo_be());
  ASSERT_TRUE(big.is_ok()) << big.status().to_string();
  EXPECT_EQ(big.value().at("Republic of Kazakhstan"), "Рэспубліка Казахстан");
  EXPECT_EQ(big.value().size(), 3u);
}

TEST(OfficialNames, TruncatedOrForeignMoIsAStatusAtItsOffset) {
  const std::string whole = mo_ru();
  // Cut inside the strings: the last translation runs past the end; its table entry is named.
  auto cut = parse_mo("ru.mo", whole.substr(0, whole.size() - 5));
  ASSERT_FALSE(cut.is_ok());
  EXPECT_EQ(cut.status().where().file, "ru.mo");
  EXPECT_EQ(cut.status().where().offset, 28 + 8 * 5 + 8 * 4);
  EXPECT_NE(cut.status().message().find("past the end"), std::string::npos);
  // Cut inside the tables.
  auto tables = parse_mo("ru.mo", whole.substr(0, 40));
  ASSERT_FALSE(tables.is_ok());
  EXPECT_EQ(tables.status().where().offset, 28);
  auto header = parse_mo("ru.mo", whole.substr(0, 12));
  ASSERT_FALSE(header.is_ok());
  EXPECT_EQ(header.status().where().offset, 12);
  auto foreign = parse_mo("x.mo", std::string(64, 'x'));
  ASSERT_FALSE(foreign.is_ok());
  EXPECT_EQ(foreign.status().where().offset, 0);
}

TEST(OfficialNames, EnglishOfficialAndCommonNamesNameTheirState) {
  ASSERT_TRUE(rules().valid()) << rules().status().to_string();
  EXPECT_TRUE(rules().warnings().empty());
  EXPECT_EQ(state_named("en", "French Republic"), "FR");
  EXPECT_EQ(state_named("en", "Kyrgyz Republic"), "KG");
  EXPECT_EQ(state_named("en", "Republic of Türkiye"), "TR");
  EXPECT_EQ(state_named("en", "Turkish Republic"), "TR");
  EXPECT_EQ(state_named("en", "Republic of Kazakhstan's"), "KZ");
  EXPECT_EQ(state_named("en", "France"), "FR");  // ICU's names stay
}

TEST(OfficialNames, RussianAndBelarusianNamesMatchInObliqueCases) {
  EXPECT_EQ(state_named("ru", "Французская Республика"), "FR");
  EXPECT_EQ(state_named("ru", "Французской Республики"), "FR");
  EXPECT_EQ(state_named("ru", "Французской Республикой"), "FR");
  EXPECT_EQ(state_named("ru", "Кыргызской Республики"), "KG");
  EXPECT_EQ(state_named("be", "Французскай Рэспублікі"), "FR");
  EXPECT_EQ(state_named("be", "Рэспублікі Казахстан"), "KZ");
  // A profile has its own language's names only.
  EXPECT_EQ(state_named("en", "Французская Республика"), "");
  EXPECT_EQ(state_named("ru", "Рэспубліка Казахстан"), "");
}

TEST(OfficialNames, SharedGenericAndInvertedNamesAreLeftOut) {
  const RuleData& en = rules().data();
  EXPECT_FALSE(en.alias_owners.contains("Republic of Congo"));  // CG's and CD's
  EXPECT_FALSE(rules().profile("ru").alias_owners.contains("Республика Конго"));
  EXPECT_FALSE(en.alias_owners.contains("Principality"));  // one generic word
  EXPECT_FALSE(en.alias_owners.contains("Bolivia, Plurinational State of"));
  EXPECT_EQ(state_named("en", "Republic"), "");
}

TEST(OfficialNames, MissingFilesWarnWithThePathAndTheRunGoesOn) {
  const RuleSet r = RuleSet::load(fixture_env(false), "r");
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  ASSERT_EQ(r.warnings().size(), 1u);
  EXPECT_EQ(r.warnings()[0].where.file, "iso/iso_3166-1.xml");
  EXPECT_EQ(r.warnings()[0].severity, DiagnosticLevel::kWarning);
  EXPECT_FALSE(r.data().alias_owners.contains("French Republic"));
  EXPECT_TRUE(r.data().alias_owners.contains("France"));

  MemoryEnv no_be = fixture_env(false);
  no_be.add_file("iso/iso_3166-1.xml", kIsoXml);
  no_be.add_file("locale/ru/LC_MESSAGES/iso_3166-1.mo", mo_ru().substr(0, 30));
  const RuleSet partial = RuleSet::load(no_be, "r");
  ASSERT_TRUE(partial.valid()) << partial.status().to_string();
  ASSERT_EQ(partial.warnings().size(), 2u);
  EXPECT_EQ(partial.warnings()[0].where.file, "locale/be/LC_MESSAGES/iso_3166-1.mo");
  EXPECT_EQ(partial.warnings()[1].where.file, "locale/ru/LC_MESSAGES/iso_3166-1.mo");
  EXPECT_EQ(partial.warnings()[1].where.offset, 28);
  EXPECT_TRUE(partial.data().alias_owners.contains("French Republic"));
}

// Without <official-names/> no iso-codes file is read.
TEST(OfficialNames, RulesWithoutTheSettingReadNoIsoCodes) {
  MemoryEnv env = fixture_env(true);
  env.add_file("r/states.xml", "<states><gazetteer languages=\"en\"/></states>");
  const RuleSet r = RuleSet::load(env, "r");
  ASSERT_TRUE(r.valid()) << r.status().to_string();
  EXPECT_TRUE(r.warnings().empty());
  EXPECT_FALSE(r.data().alias_owners.contains("French Republic"));
}

}  // namespace
}  // namespace claimtrace
