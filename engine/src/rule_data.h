// RuleData: the compiled contents of rules/, shared read-only by every stage.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/mention.h"
#include "phrase_trie.h"
#include "transcriptions.h"
#include "vocabulary.h"

namespace claimtrace {

// Tables a phrase can belong to; PhraseUse::row indexes the table's vector below.
enum PhraseTable : uint16_t {
  kCurrency,
  kPercentWord,
  kRatioWord,
  kRatioVerb,
  kUnit,
  kCountNoun,
  kQualifierWord,
  kModalityTrigger,
  kReportingVerb,
  kAttributeTrigger,
  kLabelHead,
  kLabelModifier,
  kLabelConnector,
  kStatusModifier,
  kSuperlative,
  kRankNoun,
  kRankScope,
  kTitle,
  kRelativeYear,
  kAnaphoricYear,
  kVagueNumber,
  kNumberSign,
  kStatusIntro,
  kListSeparator,
  kStateClass,
  kBaseline,
  kFacetTrigger,
  kEstablishWord,
  kBodyHead,
  kBreakdownCue,
  kBreakdownRest,
  kBreakdownEnd,
  kClauseOpener,
  kDecline,
  kTenure,       // "took up his post", "ended his mission": a holder's tenure starts or ends
  kFormerTitle,  // "former", "бывший": the title before is no longer held
  kOfficeState,  // "китайский", "кітайскі": an adjective before a title names the office's state
  kRankYield,  // "trailing only", "уступая только": a place right after the parties listed
  kPredecessor,  // "his predecessor", "предшественник": the person named next held the office
  kAppointment,  // "appointed", "назначен": a decree's date, not a time the office was held
  kRegionHead,  // "province", "область": a region's word, named between a title and its holder
  kRankGroup,   // "пятёрка", "тройка": a group of the first n ranks ("в пятёрку крупнейших")
};

struct CurrencyRule {
  std::string code;
  bool symbol = false;
  // An ISO code as a phrase ("USD", "ALL", "TOP"): it counts only as written, upper case, so
  // "all 5 countries" is no amount in Albanian lek.
  bool code_form = false;
  // A word that names this currency only with a scale ("361 million pounds"); alone it is
  // something else ("25 pounds" weighs).
  bool scaled_only = false;
};
// A unit of measure (rules/units.xml): a claim states value * factor + offset in `unit`. For a
// dimension stated in SI that is the SI unit; otherwise the unit as named, factor 1, and the
// conversion to SI stays in si_factor/si_offset for whoever compares across units.
struct UnitRule {
  std::string unit;
  double factor = 1;
  double offset = 0;
  std::string dimension;
  double si_factor = 1, si_offset = 0;
  // A symbol whose case matters ("t", "mg", "K"): the tokens must spell it exactly; empty for
  // names and abbreviations, which match in any case.
  std::string symbol;
  // The smaller unit a figure after this one may be in ("5 feet 2 inches"): its words, lower
  // case, and its factor to SI; none when empty.
  std::vector<std::string> minor_words;
  double minor_si_factor = 0;
};
// Unit names written with one slip ("celcius", "farenheit"), from rules/units.xml's
// <misspelled-names>: each name of at least min_letters letters is filed under its first letter
// (a slip there makes a new word), so a word is checked for one Damerau-Levenshtein edit against
// the few names sharing its first letter, with no string built per word.
struct UnitSpellings {
  size_t min_letters = 0;                               // 0: names must be spelled right
  std::vector<std::pair<std::string, uint32_t>> names;  // lower-case name, its row in units
  std::vector<uint32_t> by_initial[26];                 // 'a'..'z' -> indices in names, in order
  // Named without a figure, a unit of these dimensions is still a quantity ("convert it to
  // Fahrenheit"); others ("degrees", "miles") name too much else.
  std::unordered_set<std::string> named_dimensions;
  // First letters and lengths of the names of named dimensions: most words are ruled out of a
  // lookup with no name of their own by these alone.
  std::string named_initials, initials;  // initials: of every name filed
  size_t named_shortest = SIZE_MAX, named_longest = 0, longest = 0;

  void add(const std::string& name, uint32_t row, const std::string& dimension);
  // Whether a word could be one slip from a name of a named dimension.
  bool may_name(std::string_view word) const {
    return word.size() + 1 >= named_shortest && word.size() <= named_longest + 1 &&
           named_initials.find(word.empty() ? '\0' : word[0]) != std::string::npos;
  }
  // The unit row a lower-case word misspells when every unit one edit away is one unit;
  // nothing for a right spelling, a short word or two candidates.
  std::optional<uint32_t> find(std::string_view word, const std::vector<UnitRule>& units) const;
};
struct ValueRule {
  double value = 0;
};
struct CountNounRule {
  std::string unit;
  bool duration = false;  // "five years": after another quantity it is that one's period
};
// "of which", "including", ":": what introduces the parts of a total; exhaustive when the parts
// should add up to it rather than to at most it.
struct BreakdownRule {
  bool exhaustive = false;
};
struct QualifierRule {
  Qualifier qualifier = Qualifier::kExact;
  bool after = false;  // stands after the figure: "500 or more"
};
struct ModalityRule {
  Modality modality = Modality::kAsserted;
};
// How verification compares two claims on one attribute: by their value intervals, as labels
// of which only one holds at a time, as graded status labels ("strategic" < "comprehensive
// strategic"), or not at all (a person has many titles).
// kHolder: an office one person holds at a time (the claim's text is the person).
enum class Comparison { kValues, kExclusive, kGraded, kHolder, kNone };

struct AttributeRule {
  std::string name;
  std::vector<ClaimKind> kinds;
  Comparison comparison = Comparison::kValues;
  // A present-tense state (a rank, a label) holds this many days before its document's date,
  // unless the document dates a change since; 0: on the document's date only.
  int holds_days = 0;
  // An event that happens once between its parties names its own object ("diplomatic
  // relations"): its dates are compared in any voice and word order.
  std::string object;
  // The event's other side is a body (a group of states, an organization): with none named it
  // is no event one can date twice ("joined the talks"), so it is never compared.
  bool of_body = false;
  // Its words take an adjective of a state as a party ("Kazakh exports"): trade and investment.
  bool state_adjective = false;
  bool applies_to(ClaimKind k) const {
    for (ClaimKind x : kinds) {
      if (x == k) return true;
    }
    return false;
  }
};
struct SumRule {
  std::string total;               // an attribute, e.g. trade.turnover
  std::vector<std::string> parts;  // the attributes that add up to it
};
struct AttributeTriggerRule {
  uint32_t attribute = 0;
  std::string phrase;  // as written in the rules: verify finds it in a sentence's text
};
// A facet narrows an attribute by how the thing changed hands: "donated" doses are not
// "bought" doses (vaccine.doses.donated vs vaccine.doses.purchased).
struct FacetRule {
  std::string name;
  std::vector<ClaimKind> kinds;
  // An event facet names what an event happened to ("railway", "park"); one that recurs between
  // the same parties ("summit") names an event only with its ordinal ("the first summit").
  bool recurs = false;
  // One whose word may head the figure's clause, however far before it ("Per head of
  // population, imports came to $360"); a share's facet does for percentages and ratios always.
  bool heads_clause = false;
  // A mission told apart by where it stands ("the embassy in Minsk"): the state named after a
  // destination link is part of its object.
  bool hosted = false;
  // The only event attributes a hosted facet names (its opening): a mission meets all the time.
  std::vector<std::string> events;
};
struct EntityRule {
  std::string id;
  EntityType type = EntityType::kUnknown;
  std::string name;
  bool gazetteer = false;  // made from ICU's list of states; no rule file has named it yet
  std::vector<std::string> members;  // of a group: the ids of its states, where the rules list them
  // A party to relations between states: a state or a group of them.
  bool party() const { return type == EntityType::kCountry || type == EntityType::kGroup; }
};
// Where an alias came from: ICU's names give way to the rules' ("Georgia" in the rules may
// name someone else), two rule files naming one alias for two entities is an error.
struct AliasOwner {
  uint32_t entity = 0;
  bool gazetteer = false;
};

// The words that state a relation between parties (rules/states.xml): "trade between X and Y",
// "X's exports to Y", "trade with Y".
struct RelationWords {
  enum Role : uint16_t {
    kBetween = 1,       // "between"
    kJoiner = 2,        // "and"
    kPartner = 4,       // "with", "to", "from"
    kDash = 8,          // "–", "-", "/": "China–Kazakhstan trade"
    kSkip = 16,         // "the", "five": words before a party in its place
    kWhole = 32,        // "foreign", "external", "world": one state's trade with every partner
    kSubdivision = 64,  // "province", "City", "провинция": a part of a state, no state itself
    kMember = 128,  // "member", "joined", "членом": a state joining a group is the state's event
    kStateVerb = 256,      // "agreed", "said": a capital before it acts as its state
    kInto = 512,           // "в", "у": a partner word that names where a flow goes
    kOutOf = 1024,         // "from", "из": a word that names where a flow came from
    kRespectively = 2048,  // "respectively": listed figures go with listed parties in order
    kStateNoun = 4096,     // "country", "nation": a common noun that stands for a state
    kRelative = 8192,      // "which", "который": a clause about the party before its comma
    kSharedAdjective = 16384,  // "Korean": an adjective several states share, no name
  };
  WordMap<uint16_t> roles;  // lower-cased word -> its roles, one lookup per token
  uint16_t of(std::string_view word) const {
    auto r = roles.find(word);
    return r == roles.end() ? 0 : r->second;
  }
  // A flow between an owner and its partner ("X's exports to Y", "Y's imports from X"): the
  // attribute it is keyed by, as the flow from one state to the other.
  struct Flow {
    bool out = true;  // from the owner to the partner ("exports"), else from the partner
    std::string as;   // the attribute both views of the flow key by ("trade.exports")
  };
  // Adjectives of states (rules/adjectives.*.xml; "российский", "кітайскіх"), stemmed: never a
  // name of the state, but a party where a word of `adjective_heads` or a trade word takes
  // them ("на российский рынок", "китайских инвестиций"); the state's id.
  WordMap<std::string> adjectives;
  WordSet adjective_heads;  // "рынок", "товаров": nouns an adjective of a state may qualify
  std::unordered_map<std::string, Flow> flows;  // by the attribute its trade words give
  const Flow* flow(const std::string& attribute) const {
    auto f = flows.find(attribute);
    return f == flows.end() ? nullptr : &f->second;
  }
};

// Extraction policy (rules/attributes.xml, <window> and <recognizer>): how far recognizers and
// binding look, and the attribute each label recognizer gives its claims. The defaults are the
// bundled rules' values, for rule sets that leave them out.
struct ExtractionPolicy {
  // Windows in tokens.
  size_t count_noun = 4;    // words that may stand between a number and its noun
  size_t counted_noun = 6;  // words a counted noun phrase no rule names may take
  size_t rank = 7;          // between an ordinal and the ranked noun
  size_t rank_scope = 6;    // between a rank and its scope ("after Russia")
  size_t event = 10;        // between an event's date and what happened
  size_t attribute = 40;    // either side of a claim searched for an attribute word
  size_t facet = 8;         // either side of a claim searched for a facet word
  size_t breakdown = 6;     // between a total and "of which", ":"
  size_t establish = 5;     // between "establishment" and the status it began
  size_t baseline = 4;      // between a baseline phrase and its date ("compared to ... 2024")
  size_t title_link = 12;   // a title's link to its body and the body's name ("of the ...")
  size_t title_name = 4;    // words of the name after a title
  size_t list_item = 4;     // capitalized words of one list item
  size_t status_words = 4;  // words of a status after its intro ("with the status of")
  // Windows in bytes: a longer sentence (text without stops) is quoted as the context either
  // side of each claim.
  size_t long_sentence = 2000;
  size_t sentence_context = 200;
  // The attribute of each label recognizer's claims.
  std::string status_attribute = "partnership.status";            // status labels
  std::string established_attribute = "partnership.established";  // the event that began one
  std::string document_number_attribute = "document.number";
  std::string title_attribute = "person.title";
  std::string office_attribute = "office.holder";       // who holds an office whose state is named
  std::string office_start_attribute = "office.start";  // when a holder took up an office
  std::string office_end_attribute = "office.end";      // when a holder left it
  std::string list_attribute = "list";
  std::string state_class_attribute = "state.size_class";
  std::string status_intro_attribute = "status";  // "with the status of a ..."
  bool operator==(const ExtractionPolicy&) const = default;
};

struct RuleData {
  std::string
      language;  // the profile's language ("en", "ru"); its words stemmed if it has a stemmer
  // Tokens ending in '.' after which a sentence does not end ("No.", "U.S.", "Dr.").
  std::unordered_set<std::string> abbreviations;

  NumberWords numbers;
  TimeWords time;
  WordSet number_time_words;  // every word of `numbers` and `time`: the tokens worth looking up
  // Every word of the phrase tries and of number_time_words (flagged kNumberTime), numbered:
  // extraction looks each token up here once (Lexicon::identify) and the tries by its id.
  Lexicon words;
  std::vector<uint32_t> date_sets_by_word;  // by word id: the date word sets it is in (dates.h)

  std::vector<CurrencyRule> currencies;
  // Every currency phrase as its lower-cased tokens, with its row: the first rule for a phrase
  // wins, so ICU's names never override the rules'.
  std::vector<std::pair<std::string, size_t>> currency_phrases;
  std::vector<UnitRule> units;
  UnitSpellings unit_spellings;
  std::vector<ValueRule> ratio_verbs;
  std::vector<CountNounRule> count_nouns;
  WordSet definite_words;   // "the two countries" is a description
  WordSet partitive_words;  // "one of the states" is not a count
  WordSet pair_units;  // "две страны": a spelled two of these units names the pair, no count
  WordSet negative_signs;                // "minus", "-" right before a figure
  WordSet range_joiners;                 // "to", "-": between the two figures of a range
  WordSet range_conjunctions;            // "and": joins them only after an opener
  WordSet bound_conjunctions;            // "and", "but": a lower and an upper bound as one interval
  WordMap<bool> range_openers;           // "between"; true: only for bare figures ("from")
  WordSet extreme_words;                 // "low", "high": "a 20-year low" counts no years
  WordSet span_words;                    // "in", "ago": "tripled in nine years" counts no years
  WordSet share_in_words;                // "in": "one in five" is a share of 20%
  WordSet share_every_words;             // "every": "every fifth" is a share of 20%
  WordSet function_words;                // end a counted noun phrase: "of", "the", "were", "in"
  WordSet noun_coordinators;             // join its modifiers: "interbank and interregional"
  WordSet plural_nouns;                  // plurals without an "s": "people", "staff"
  bool bound_bare_numbers = false;       // "more than 20" is a claim without a unit
  std::vector<ValueRule> vague_numbers;  // "double-digit": at least 10
  std::vector<BreakdownRule> breakdowns;
  std::vector<QualifierRule> qualifiers;
  double approx_tolerance = 0.1;
  double almost_tolerance = 0.1;
  std::vector<ModalityRule> modality_triggers;
  std::vector<AttributeRule> attributes;
  std::vector<AttributeTriggerRule> attribute_triggers;
  std::vector<FacetRule> facets;
  // Event objects told in their own words (attributes.xml): the generic heads of a document
  // ("agreement", "treaty") and the meaning of an object's word, language-neutral ("exemption"
  // means "free"; an empty meaning: not distinctive, "mutual").
  WordSet document_heads;
  WordSet object_links;  // join a head to the words after it: "agreement on", "соглашение о"
  // Lead from a hosted facet to where it happens: "visit to", "визит в", "пасольства ў".
  WordSet destination_links;
  WordMap<std::string> object_meanings;
  // "It took effect on", "его ратифицировали": a word standing for the document its paragraph
  // named last.
  WordSet object_pronouns;
  // A table row's label that sums the rows above it ("Total", "Итого"): its figures measure what
  // the caption names; another row's label naming no measure (a product group) keeps its own.
  WordSet table_totals;
  std::vector<AttributeTriggerRule> facet_triggers;  // attribute indexes facets here
  // "all-time high", "record": a figure said to be the largest up to its period (attributes.xml)
  std::vector<std::string> record_phrases;
  // Those of them that tell the figure's open bound as the record's floor ("for the first time
  // exceeded"), floor="yes": no earlier figure was above it.
  std::vector<std::string> record_floor_phrases;
  // "highest since": the largest since the year right after the phrase, up to its period
  std::vector<std::string> record_since_phrases;
  // "more than", "рост": a percentage beside them speaks of a change (attributes.xml <change>).
  std::vector<std::string> change_phrases;
  // "to", "до": a change phrase right before one of these and then the figure names the level
  // reached ("rose to 15%"), not the change (attributes.xml <level-link>).
  std::unordered_set<std::string> level_links;
  // Totals that are the sum of other measures (attributes.xml <sum>): trade turnover is exports
  // plus imports, so one source's parts for a period cannot exceed its total.
  std::vector<SumRule> sums;
  std::vector<ValueRule> superlatives;
  std::vector<ValueRule> rank_groups;  // "пятёрка" 5: the first n ranks
  // Rank-scope words that narrow a ranking ("in Asia", "among"), each with a trailing space;
  // the others ("after Russia") only bound it, and ranks with them compare with unscoped ones.
  std::vector<std::string> narrowing_scopes;
  std::vector<std::string> titles;
  std::vector<bool> bilateral_titles;    // by title: its office names two states ("ambassador")
  std::vector<std::string> title_names;  // by title: the name it is compared by, "" for as written
  // By title: the bilateral office it names only when the text names both states ("envoy":
  // "ambassador"), "" for none; an envoy may be sent to a region or an issue, so the
  // document's pair never gives its host.
  std::vector<std::string> posted_titles;
  std::vector<bool> state_titles;  // by title: one only after its state's name or adjective
  std::vector<bool> tenure_ends;   // by tenure phrase: it ends a tenure (else it starts one)
  std::vector<bool> tenure_since;  // by tenure phrase: holds now; only a "since" date dates it
  // By tenure phrase: held it once ("served", "руководил"); only an "until" date or a span's
  // end dates its end.
  std::vector<bool> tenure_until;
  std::vector<std::string> office_states;  // by office-state adjective: the state's id ("CN")
  // By row of a label head, modifier or connector: its English meaning ("вечное" is
  // "permanent"), so a label keys as one designation in every language; "" for as written.
  std::vector<std::string> label_meanings;
  WordSet title_links;    // "of", "for", "to": title to its body
  WordSet serving_links;  // "to", "в": the state after it is the one an office serves
  WordSet initial_skips;  // "of", "and": words a name's acronym has no letter for ("CBIP")
  WordSet role_links;  // "as": the sentence's subject holds the title ("X took up his post as ...")
  // "in": an envoy serves in the state whose capital follows ("the ambassador in Minsk").
  WordSet office_places;
  // "new", "incoming": a word between a state and its title that leaves the office the same
  // ("Belarus's new envoy").
  WordSet title_modifiers;
  // Whose rank a rank is: a party after its noun past one of these ("the largest partner of X",
  // "партнёр для Беларуси"), or before it with a possessive ending ("X's", "Belarus'"), glued
  // to the name or as the one token after it. Endings are matched as written.
  WordSet owner_links;
  std::vector<std::string> possessive_endings;
  bool possessive(std::string_view word) const {
    for (const std::string& e : possessive_endings) {
      if (word.size() > e.size() && word.ends_with(e)) return true;
    }
    return false;
  }
  bool possessive_ending(std::string_view word) const {
    for (const std::string& e : possessive_endings) {
      if (word == e) return true;
    }
    return false;
  }
  WordSet list_articles;  // "the EU": dropped from list items
  std::vector<EntityRule> entities;
  std::unordered_map<std::string, uint32_t> entity_rows;  // id -> row in entities
  std::unordered_map<std::string, AliasOwner> alias_owners;
  RelationWords relation;
  // Syllabic transcriptions of names into Cyrillic, one per rules/transcription-*.xml.
  Transcriptions transcriptions;

  PhraseTrie phrases{false};      // every lower-cased phrase table
  PhraseTrie entity_names{true};  // aliases, as written; PhraseUse::row is the entity
  // PhraseUse::table of an entity name: a name of the entity, or its capital's, which names the
  // state only where the city acts as one ("Lima and Quito agreed").
  static constexpr uint16_t kEntityName = 0, kCapitalName = 1;
  // The same aliases transliterated to Latin and folded to lower-case ASCII ("Lukashenko"
  // -> "lukashenko"), so "Лукашенко" and "Lukašenka" find their entity too.
  PhraseTrie folded_entity_names{false};
  // Aliases not in Latin script by name_key(), their words cut before a case ending:
  // "Казахстаном" finds Казахстан.
  PhraseTrie stemmed_entity_names{false};
  bool aliases_capitalized = true;  // every alias starts upper case: skip lower-case tokens
  ExtractionPolicy policy;
  // The entity with this id, or null.
  const EntityRule* entity(const std::string& id) const {
    auto row = entity_rows.find(id);
    return row == entity_rows.end() ? nullptr : &entities[row->second];
  }
  const AttributeRule* attribute(const std::string& name) const {
    for (const AttributeRule& a : attributes) {
      if (a.name == name) return &a;
    }
    return nullptr;
  }
  // The declared attribute a claim's attribute is, or is a facet of (vaccine.doses.donated ->
  // vaccine.doses); null for attributes extraction made up ("count.years", "date").
  const AttributeRule* declared(const std::string& name) const {
    if (const AttributeRule* a = attribute(name)) return a;
    size_t dot = name.rfind('.');
    return dot == std::string::npos ? nullptr : attribute(name.substr(0, dot));
  }
};

// A name transliterated to Latin and folded to lower-case ASCII, for matching spellings across
// scripts ("Лукашенко", "Lukashenko").
std::string fold_name(std::string_view name);

}  // namespace claimtrace
