// Loading rules/: each file is checked line by line and the set is valid only as a whole.
#include "claimtrace/rules.h"
#include "claimtrace/utf8.h"

#include <cassert>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <type_traits>

#include <pugixml.hpp>

#include "dates.h"
#include "official_names.h"
#include "rule_data.h"
#include "stemmer.h"
#include "xml_rules.h"

namespace claimtrace {

namespace {

const char* kAbbreviationsFile = "abbreviations.txt";
// Optional files of one syllabic transcription each: "transcription-polivanov.xml".
const std::string_view kTranscriptionPrefix = "transcription-";
// The language of the base files: documents of a language without a profile read with it.
const char* kDefaultLanguage = "en";
// Where Debian's iso-codes package puts its data, unless <official-names/> says otherwise.
const char* kIsoCodesXmlDir = "/usr/share/xml/iso-codes";
const char* kIsoCodesLocaleDir = "/usr/share/locale";

// abbreviations.txt: one token per line, ending in '.', no spaces; '#' starts a comment.
Status parse_abbreviations(const std::string& file, const std::string& text, RuleData& data) {
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    if (size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.pop_back();
    }
    size_t lead = line.find_first_not_of(" \t");
    if (lead == std::string::npos) continue;
    line = line.substr(lead);
    Location where{.file = file, .line = line_no, .column = static_cast<int>(lead) + 1};
    if (!is_valid_utf8(line)) {
      return Status::error(StatusCode::kParseError, "entry is not valid UTF-8", where);
    }
    if (line.find_first_of(" \t") != std::string::npos) {
      return Status::error(StatusCode::kParseError,
                           "abbreviation \"" + line + "\" contains a space; one token per line",
                           where);
    }
    if (line.back() != '.') {
      return Status::error(StatusCode::kParseError,
                           "abbreviation \"" + line + "\" must end with '.'", where);
    }
    if (line.size() > 32) {
      return Status::error(StatusCode::kParseError, "abbreviation is longer than 32 bytes", where);
    }
    if (!data.abbreviations.insert(line).second) {
      return Status::error(StatusCode::kParseError, "abbreviation \"" + line + "\" listed twice",
                           where);
    }
  }
  return Status::ok();
}

}  // namespace

// ICU: any script to Latin, then to ASCII, lower-cased: "Лукашэнка" -> "lukashenka".
std::string fold_name(std::string_view name) {
  static const icu::Transliterator* prototype = [] {
    UErrorCode err = U_ZERO_ERROR;
    icu::Transliterator* t =
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, err);
    return U_SUCCESS(err) ? t : nullptr;
  }();
  std::string folded;
  if (std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; })) {
    // ASCII is its own Latin-ASCII form: only the case folds, and ICU is not needed.
    folded.reserve(name.size());
    for (char c : name) folded += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  } else {
    if (!prototype) return std::string(name);
    // Transliterators are not safe to share between threads: each thread has its own copy,
    // made once (a copy of this compound transliterator costs more than using it).
    thread_local std::unique_ptr<icu::Transliterator> t(prototype->clone());
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
    t->transliterate(u);
    u.toUTF8String(folded);
  }
  // One Cyrillic letter is one Latin letter after ICU ("ш" -> "s") but two in English
  // spellings ("sh"): collapse those digraphs on both sides so the spellings meet.
  std::string out;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (i + 1 < folded.size() && folded[i + 1] == 'h' &&
        (c == 's' || c == 'c' || c == 'z' || c == 'k')) {
      out += c == 'k' ? 'h' : c;
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

struct RuleFile {
  const char* name;
  Status (*load)(XmlRules&);
  bool optional = false;  // a rule set may go without it
};

const RuleFile kXmlFiles[] = {
    {"numbers.xml", load_numbers},
    {"time.xml", load_time},
    {"quantities.xml", load_quantities},
    {"units.xml", load_units},
    {"currencies.xml", load_currencies},
    {"qualifiers.xml", load_qualifiers},
    {"modality.xml", load_modality},
    {"attributes.xml", load_attributes},
    // states.xml before entities.xml: an entity there may extend a state of the gazetteer.
    {"states.xml", load_states, true},
    {"entities.xml", load_entities},
    // After the states: an adjective names one.
    {"adjectives.xml", load_adjectives, true},
    {"labels.xml", load_labels}};

// "rules/numbers.ru.xml" -> "numbers.xml": the base file whose tables a language file extends.
std::string canonical_rule_name(const std::string& path) {
  std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  size_t first = base.find('.'), last = base.rfind('.');
  if (first == std::string::npos || first == last) return base;
  return base.substr(0, first) + base.substr(last);
}

// One profile: the files given, compiled with the profile language's stemmer active, so the
// rules' words are stemmed as that language's documents will be.
Result<std::shared_ptr<const RuleData>> compile_profile(
    const std::vector<const std::pair<std::string, std::string>*>& files,
    const std::string& language, const OfficialNames* official_names) {
  std::unique_ptr<Stemmer> stemmer = Stemmer::for_language(language);
  StemmingScope scope(stemmer.get());
  auto data = std::make_shared<RuleData>();
  data->language = language;
  bool have_abbreviations = false;
  for (const auto* file : files) {
    const auto& [name, text] = *file;
    std::string base = canonical_rule_name(name);
    Status s;
    const RuleFile* xml = nullptr;
    for (const RuleFile& f : kXmlFiles) {
      if (base == f.name) xml = &f;
    }
    if (base == kAbbreviationsFile) {
      s = parse_abbreviations(name, text, *data);
      have_abbreviations = true;
    } else if (base.starts_with(kTranscriptionPrefix) && base.ends_with(".xml")) {
      XmlRules rules(name, text, *data);
      s = load_transcription(rules);
    } else if (xml) {
      XmlRules rules(name, text, *data);
      rules.set_official_names(official_names);
      s = xml->load(rules);
    } else {
      s = Status::error(StatusCode::kParseError, "unknown rule file", Location{.file = name});
    }
    if (!s.is_ok()) return s;
  }
  if (!have_abbreviations) {
    return Status::error(StatusCode::kNotFound,
                         std::string("rule set has no ") + kAbbreviationsFile);
  }
  // One set of every number and time word: extraction marks the tokens outside it, and the
  // recognizers skip their lookups for those.
  auto add_keys = [&](const auto& table) {
    for (const auto& entry : table) {
      if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, std::string>) {
        data->number_time_words.insert(entry);
      } else {
        data->number_time_words.insert(entry.first);
      }
    }
  };
  const NumberWords& nw = data->numbers;
  const TimeWords& tw = data->time;
  add_keys(nw.cardinals), add_keys(nw.multipliers), add_keys(nw.ordinals), add_keys(nw.fractions);
  add_keys(nw.vague_plurals), add_keys(nw.articles), add_keys(nw.ordinal_suffixes);
  add_keys(nw.conjunctions), add_keys(nw.partitives), add_keys(nw.decimal_points);
  add_keys(nw.fraction_ends);
  add_keys(tw.months), add_keys(tw.seasons), add_keys(tw.since_words);
  add_keys(tw.until_words), add_keys(tw.range_joiners), add_keys(tw.range_openers);
  add_keys(tw.year_prepositions), add_keys(tw.part_words), add_keys(tw.quarter_words);
  add_keys(tw.month_unit_words), add_keys(tw.weekdays), add_keys(tw.determiners);
  add_keys(tw.half_year_words);
  add_keys(tw.decade_suffixes), add_keys(tw.part_months), add_keys(tw.comparing_words);
  add_keys(tw.level_words), add_keys(tw.weekday_shifts), add_keys(tw.anaphoric_month_words);
  for (const auto& [words, offset] : tw.relative_years) {
    for (const std::string& w : words) data->number_time_words.insert(w);
  }
  for (const auto& [words, offset] : tw.relative_months) {
    for (const std::string& w : words) data->number_time_words.insert(w);
  }
  for (const auto& [words, offset] : tw.shifted_anaphoric_years) {
    for (const std::string& w : words) data->number_time_words.insert(w);
  }
  for (const auto& [words, offset] : tw.anaphoric_days) {
    for (const std::string& w : words) data->number_time_words.insert(w);
  }
  for (const auto& words : tw.anaphoric_times) {
    for (const std::string& w : words) data->number_time_words.insert(w);
  }
  for (const auto& words : tw.anaphoric_years) {
    for (const std::string& w : words) data->number_time_words.insert(w);
  }
  for (const auto& a : tw.anaphoric_periods) {
    for (const std::string& w : a.words) data->number_time_words.insert(w);
  }
  for (const std::string& w : data->number_time_words) {
    data->words.flag(data->words.intern(w), Lexicon::kNumberTime);
  }
  // Date anchors: every number and time word but those that only join or introduce a date
  // ("in", "the", "between", "and"), and of a relative year ("this year", "the same year") the
  // last word, which the sequence needs as much as the others. A sentence with no anchor and
  // no digit has no date (nor any number).
  {
    std::vector<const std::vector<std::string>*> sequences;
    for (const auto& [words, offset] : tw.relative_years) sequences.push_back(&words);
    for (const auto& [words, offset] : tw.relative_months) sequences.push_back(&words);
    for (const auto& [words, offset] : tw.shifted_anaphoric_years) sequences.push_back(&words);
    for (const auto& [words, offset] : tw.anaphoric_days) sequences.push_back(&words);
    for (const auto& words : tw.anaphoric_times) sequences.push_back(&words);
    for (const auto& words : tw.anaphoric_years) sequences.push_back(&words);
    WordSet in_sequence;
    for (const std::vector<std::string>* words : sequences) {
      in_sequence.insert(words->begin(), words->end());
      if (words->empty()) continue;
      // A last word with an apostrophe is looked for with its clitic: anchor every word.
      const bool whole = words->back().find('\'') != std::string::npos;
      for (size_t k = whole ? 0 : words->size() - 1; k < words->size(); ++k) {
        data->words.flag(data->words.intern((*words)[k]), Lexicon::kDateAnchor);
      }
    }
    for (const std::string& w : data->number_time_words) {
      bool joins = in_sequence.count(w) > 0;
      for (const WordSet* set :
           {&tw.since_words, &tw.until_words, &tw.range_joiners, &tw.range_openers,
            &tw.year_prepositions, &tw.determiners, &nw.articles, &nw.conjunctions}) {
        joins = joins || set->count(w) > 0;
      }
      const bool stands = nw.cardinals.count(w) || nw.multipliers.count(w) ||
                          nw.ordinals.count(w) || nw.fractions.count(w) ||
                          nw.vague_plurals.count(w) || nw.ordinal_suffixes.count(w) ||
                          tw.months.count(w) || tw.seasons.count(w) || tw.part_words.count(w) ||
                          tw.quarter_words.count(w) || tw.month_unit_words.count(w) ||
                          tw.half_year_words.count(w) || tw.weekdays.count(w) ||
                          tw.decade_suffixes.count(w) || tw.part_months.count(w);
      if (stands || !joins) data->words.flag(data->words.intern(w), Lexicon::kDateAnchor);
    }
  }
  for (const std::string& w : data->list_articles) {
    data->words.flag(data->words.intern(w), Lexicon::kListArticle);
  }
  for (const auto& [w, bare] : data->range_openers) {
    data->words.flag(data->words.intern(w), Lexicon::kRangeOpener);
  }
  {
    const size_t ids = data->words.size() + 1;
    NumberWords& n = data->numbers;
    n.tables_by_word.assign(ids, 0);
    auto mark = [&](const auto& table, NumberWords::Table bit) {
      for (const auto& entry : table) {
        if constexpr (std::is_same_v<std::decay_t<decltype(entry)>, std::string>) {
          n.tables_by_word[data->words.find(entry)] |= bit;
        } else {
          n.tables_by_word[data->words.find(entry.first)] |= bit;
        }
      }
    };
    mark(n.cardinals, NumberWords::kCardinal), mark(n.multipliers, NumberWords::kMultiplier);
    mark(n.ordinals, NumberWords::kOrdinal), mark(n.fractions, NumberWords::kFraction);
    mark(n.articles, NumberWords::kArticle), mark(n.conjunctions, NumberWords::kConjunction);
    TimeWords& t = data->time;
    t.tables_by_word.assign(ids, 0);
    for (const auto& [word, month] : t.months) t.tables_by_word[data->words.find(word)] |= t.kMonth;
    for (const auto& [word, m] : t.seasons) t.tables_by_word[data->words.find(word)] |= t.kSeason;
  }
  const auto date_sets = date_word_sets(data->time);
  for (size_t b = 0; b < date_sets.size(); ++b) {
    for (const std::string& w : *date_sets[b]) {
      const uint32_t id = data->words.intern(w);
      if (data->date_sets_by_word.size() <= id) data->date_sets_by_word.resize(id + 1, 0);
      data->date_sets_by_word[id] |= 1u << b;
    }
  }
  {
    // Most number and time words open no word sequence ("in", "and", months): the date finder
    // then tries none of them there.
    const TimeWords& t = data->time;
    std::vector<std::string_view> openings;
    for (const auto& [words, offset] : t.relative_years) {
      if (!words.empty()) openings.push_back(words[0]);
    }
    for (const auto& words : t.anaphoric_years) {
      if (!words.empty()) openings.push_back(words[0]);
    }
    for (const auto& a : t.anaphoric_periods) {
      if (!a.words.empty()) openings.push_back(a.words[0]);
    }
    for (const auto* pairs : {&t.relative_months, &t.shifted_anaphoric_years, &t.anaphoric_days}) {
      for (const auto& [words, offset] : *pairs) {
        if (!words.empty()) openings.push_back(words[0]);
      }
    }
    for (const auto& words : t.anaphoric_times) {
      if (!words.empty()) openings.push_back(words[0]);
    }
    for (const std::string& w : data->number_time_words) {
      if (std::any_of(openings.begin(), openings.end(),
                      [&](std::string_view o) { return w.starts_with(o); }))
        continue;
      const uint32_t id = data->words.intern(w);
      if (data->date_sets_by_word.size() <= id) data->date_sets_by_word.resize(id + 1, 0);
      data->date_sets_by_word[id] |= kOpensNoSequence;
    }
  }
  for (PhraseTrie* trie : {&data->phrases, &data->entity_names, &data->folded_entity_names,
                           &data->stemmed_entity_names}) {
    trie->index(data->words);
  }
  return std::shared_ptr<const RuleData>(std::move(data));
}

// "numbers.ru.xml" -> "ru", "numbers.xml" -> "": the language a rule file adds.
std::string file_language(const std::string& path) {
  std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  size_t first = base.find('.'), last = base.rfind('.');
  if (first == std::string::npos || first == last) return "";
  return base.substr(first + 1, last - first - 1);
}

}  // namespace

// One profile per language a file adds: the base files and that language's files (and every
// abbreviation file, as sentences are split before a document's language is read); the
// default language's profile is data().
RuleSet RuleSet::from_files(const std::vector<std::pair<std::string, std::string>>& files) {
  return compile(files, nullptr);
}

RuleSet RuleSet::compile(const std::vector<std::pair<std::string, std::string>>& files,
                         const OfficialNames* official_names) {
  RuleSet set;
  std::vector<std::string> languages;
  for (const auto& f : files) {
    std::string lang = file_language(f.first);
    if (!lang.empty() && std::find(languages.begin(), languages.end(), lang) == languages.end()) {
      languages.push_back(lang);
    }
  }
  std::sort(languages.begin(), languages.end());
  // The default profile first: its errors are the base files', reported before any language's.
  std::vector<std::string> order = {kDefaultLanguage};
  for (const std::string& l : languages) {
    if (l != kDefaultLanguage) order.push_back(l);
  }
  for (const std::string& lang : order) {
    std::vector<const std::pair<std::string, std::string>*> chosen;
    for (const auto& f : files) {
      std::string fl = file_language(f.first);
      if (fl.empty() || fl == lang || canonical_rule_name(f.first) == kAbbreviationsFile) {
        chosen.push_back(&f);
      }
    }
    Result<std::shared_ptr<const RuleData>> p = compile_profile(chosen, lang, official_names);
    if (!p.is_ok()) {
      set.status_ = p.status();
      set.profiles_.clear();
      set.data_.reset();
      return set;
    }
    if (!set.data_) set.data_ = p.value();
    set.profiles_.emplace_back(lang, std::move(p).value());
  }
  return set;
}

const RuleData& RuleSet::profile(std::string_view language) const {
  assert(valid());
  std::string_view primary = language.substr(0, language.find_first_of("-_"));
  for (const auto& [lang, data] : profiles_) {
    if (lang.size() == primary.size() &&
        std::equal(lang.begin(), lang.end(), primary.begin(),
                   [](char a, char b) { return a == (b >= 'A' && b <= 'Z' ? b + 32 : b); })) {
      return *data;
    }
  }
  return *data_;
}

std::vector<std::string> RuleSet::languages() const {
  std::vector<std::string> out;
  for (const auto& p : profiles_) out.push_back(p.first);
  return out;
}

RuleSet RuleSet::load(const Env& env, const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::string> names = {kAbbreviationsFile};
  Result<std::vector<std::string>> listed = env.list_directory(dir);
  for (const RuleFile& f : kXmlFiles) {
    const bool present = listed.is_ok() && std::find(listed.value().begin(), listed.value().end(),
                                                     f.name) != listed.value().end();
    if (!f.optional || present) names.push_back(f.name);
  }
  // Language files ("numbers.ru.xml") add to their base file's tables, in sorted order.
  if (listed.is_ok()) {
    std::vector<std::string> extra;
    for (const std::string& n : listed.value()) {
      std::string base = canonical_rule_name(n);
      if (base != n && (std::find(names.begin(), names.end(), base) != names.end() ||
                        base == kAbbreviationsFile)) {
        extra.push_back(n);
      }
    }
    std::sort(extra.begin(), extra.end());
    names.insert(names.end(), extra.begin(), extra.end());
    // Transcriptions, in sorted order; a file with a language part would be a profile's.
    std::vector<std::string> systems;
    for (const std::string& n : listed.value()) {
      if (n.starts_with(kTranscriptionPrefix) && n.ends_with(".xml") && file_language(n).empty())
        systems.push_back(n);
    }
    std::sort(systems.begin(), systems.end());
    names.insert(names.end(), systems.begin(), systems.end());
  }
  for (const std::string& name : names) {
    std::string path = join_path(dir, name);
    Result<std::string> text = env.read_file(path, 16u << 20);
    if (!text.is_ok()) {
      RuleSet set;
      set.status_ = text.status();
      return set;
    }
    files.emplace_back(path, std::move(text).value());
  }
  // states.xml's <official-names/>: iso-codes' names of states, read here as every file is,
  // for the languages the rules have profiles for.
  std::vector<Diagnostic> warnings;
  std::optional<OfficialNames> official;
  for (const auto& [path, text] : files) {
    if (canonical_rule_name(path) != "states.xml" || !file_language(path).empty()) continue;
    pugi::xml_document doc;
    if (!doc.load_buffer(text.data(), text.size())) break;  // compiling reports it
    pugi::xml_node n = doc.document_element().child("official-names");
    if (!n) break;
    std::vector<std::string> languages = {kDefaultLanguage};
    for (const auto& f : files) {
      std::string lang = file_language(f.first);
      if (!lang.empty() && std::find(languages.begin(), languages.end(), lang) == languages.end())
        languages.push_back(lang);
    }
    official = read_official_names(env, n.attribute("xml").as_string(kIsoCodesXmlDir),
                                   n.attribute("locale").as_string(kIsoCodesLocaleDir), languages,
                                   warnings);
  }
  RuleSet set = compile(files, official ? &*official : nullptr);
  set.warnings_ = std::move(warnings);
  return set;
}

const RuleData& RuleSet::data() const {
  assert(valid());
  return *data_;
}

// CLAIMTRACE_DATA, else <exe dir>/../share/claimtrace (an installed or moved binary finds its
// own data), else the checkout the build tree was configured from.
static std::string data_dir() {
  const char* env = std::getenv("CLAIMTRACE_DATA");
  if (env && *env) return env;
  std::error_code error;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const std::filesystem::path installed =
        exe.parent_path().parent_path() / "share" / "claimtrace";
    if (std::filesystem::is_directory(installed / "rules", error)) return installed.string();
  }
  return CLAIMTRACE_DATA_DIR;
}

std::string bundled_rules_dir() { return join_path(data_dir(), "rules"); }
std::string bundled_corpus_dir() { return join_path(data_dir(), "corpus"); }
const char* version() { return CLAIMTRACE_VERSION; }

}  // namespace claimtrace
