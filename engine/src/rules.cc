// Loading rules/: each file is checked line by line and the set is valid only as a whole.
#include "claimtrace/rules.h"
#include "claimtrace/utf8.h"

#include <cassert>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <type_traits>
#include <unordered_set>

#include "rule_data.h"
#include "token.h"

namespace claimtrace {

namespace {

const char* kAbbreviationsFile = "abbreviations.txt";

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

// --- XML rule files -------------------------------------------------------------------

struct Element {
  const char* name;
  std::vector<const char*> required;
  std::vector<const char*> optional;
};

class XmlRules {
 public:
  XmlRules(const std::string& file, const std::string& text, RuleData& data)
      : file_(file), text_(text), data_(data) {}

  Status load(const char* root_name, const std::vector<Element>& schema) {
    pugi::xml_parse_result r = doc_.load_buffer(text_.data(), text_.size());
    if (!r) {
      return Status::error(StatusCode::kParseError,
                           std::string("malformed XML: ") + r.description(), where(r.offset));
    }
    root_ = doc_.document_element();
    if (std::string(root_.name()) != root_name) {
      return fail(root_, "root element must be <" + std::string(root_name) + ">");
    }
    for (pugi::xml_node n : root_.children()) {
      if (n.type() != pugi::node_element) continue;
      const Element* e = nullptr;
      for (const Element& x : schema) {
        if (n.name() == std::string(x.name)) e = &x;
      }
      if (!e) return fail(n, "unknown element <" + std::string(n.name()) + ">");
      Status s = check_attributes(n, *e);
      if (!s.is_ok()) return s;
    }
    return Status::ok();
  }

  Status check_attributes(pugi::xml_node n, const Element& e) {
    for (const char* r : e.required) {
      if (n.attribute(r).empty() || std::string(n.attribute(r).value()).empty()) {
        return fail(n, "<" + std::string(n.name()) + "> needs " + r + "=\"...\"");
      }
    }
    for (pugi::xml_attribute a : n.attributes()) {
      bool known = false;
      for (const char* r : e.required) known = known || a.name() == std::string(r);
      for (const char* o : e.optional) known = known || a.name() == std::string(o);
      if (!known) {
        return fail(n, "unknown attribute " + std::string(a.name()) + " on <" + n.name() + ">");
      }
    }
    return Status::ok();
  }

  Location where(ptrdiff_t offset) const {
    Location l{.file = file_, .offset = offset, .line = 1, .column = 1};
    for (ptrdiff_t i = 0; i < offset && i < static_cast<ptrdiff_t>(text_.size()); ++i) {
      if (text_[i] == '\n') {
        ++l.line;
        l.column = 1;
      } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
        ++l.column;
      }
    }
    return l;
  }

  Status fail(pugi::xml_node n, const std::string& message) const {
    ptrdiff_t at = n.offset_debug();
    if (at > 0 && text_[static_cast<size_t>(at) - 1] == '<') --at;
    return Status::error(StatusCode::kParseError, message, where(at));
  }

  Result<double> number(pugi::xml_node n, const char* attr) const {
    std::string v = n.attribute(attr).value();
    char* end = nullptr;
    double d = std::strtod(v.c_str(), &end);
    if (v.empty() || end != v.c_str() + v.size() || !std::isfinite(d)) {
      return fail(n, std::string(attr) + "=\"" + v + "\" is not a number");
    }
    return d;
  }

  // Adds a phrase to a trie; an empty phrase (only spaces) is an error.
  Status phrase(pugi::xml_node n, const char* attr, PhraseTrie& trie, PhraseTable table,
                size_t row) {
    std::string v = n.attribute(attr).value();
    if (!is_valid_utf8(v)) return fail(n, std::string(attr) + " is not valid UTF-8");
    if (!trie.add(v, PhraseUse{table, static_cast<uint32_t>(row)})) {
      return fail(n, std::string(attr) + "=\"" + v + "\" has no words");
    }
    return Status::ok();
  }

  // Adds every word="..." of elements named `name` to a word set or map of the vocabulary.
  template <class F>
  Status each(const char* name, F&& f) {
    for (pugi::xml_node n : root_.children(name)) {
      Status s = f(n);
      if (!s.is_ok()) return s;
    }
    return Status::ok();
  }

  pugi::xml_node root() const { return root_; }
  RuleData& data() { return data_; }

 private:
  std::string file_;
  const std::string& text_;
  RuleData& data_;
  pugi::xml_document doc_;
  pugi::xml_node root_;
};

std::string lower_word(const std::string& w) {
  TokenizedSentence t;
  tokenize(w, 0, w.size(), t);
  std::string out;
  for (const Token& tok : t.tokens) out += tok.lower;
  return out;
}

Status load_numbers(XmlRules& x) {
  Status s = x.load("numbers", {{"cardinal", {"word", "value"}, {}},
                                {"multiplier", {"word", "value"}, {}},
                                {"ordinal", {"word", "value"}, {}},
                                {"fraction", {"word", "value"}, {}},
                                {"vague", {"word", "value"}, {}},
                                {"article", {"word"}, {}},
                                {"conjunction", {"word"}, {}},
                                {"ordinal-suffix", {"word"}, {}}});
  if (!s.is_ok()) return s;
  NumberWords& w = x.data().numbers;
  std::string decimal = x.root().attribute("decimal").value();
  if (!decimal.empty() && decimal != "." && decimal != ",") {
    return x.fail(x.root(), "decimal must be \".\" or \",\"");
  }
  if (!decimal.empty()) w.decimal_separator = decimal[0];
  auto valued = [&](const char* name, auto& map) {
    return x.each(name, [&](pugi::xml_node n) -> Status {
      Result<double> v = x.number(n, "value");
      if (!v.is_ok()) return v.status();
      map[lower_word(n.attribute("word").value())] =
          static_cast<typename std::remove_reference_t<decltype(map)>::mapped_type>(v.value());
      return Status::ok();
    });
  };
  for (auto st : {valued("cardinal", w.cardinals), valued("multiplier", w.multipliers),
                  valued("ordinal", w.ordinals), valued("fraction", w.fractions),
                  valued("vague", w.vague_plurals)}) {
    if (!st.is_ok()) return st;
  }
  s = x.each("article", [&](pugi::xml_node n) {
    w.articles.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("conjunction", [&](pugi::xml_node n) {
    w.conjunctions.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("ordinal-suffix", [&](pugi::xml_node n) {
    w.ordinal_suffixes.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
}

Status load_time(XmlRules& x) {
  Status s = x.load("time", {{"month", {"word", "value"}, {}},
                             {"season", {"word", "value"}, {}},
                             {"relative-year", {"phrase", "offset"}, {}},
                             {"anaphoric-year", {"phrase"}, {}},
                             {"since", {"word"}, {}},
                             {"until", {"word"}, {}},
                             {"range-open", {"word"}, {}},
                             {"range-join", {"word"}, {}},
                             {"year-preposition", {"word"}, {}},
                             {"part", {"word"}, {}},
                             {"quarter", {"word"}, {}},
                             {"month-unit", {"word"}, {}},
                             {"weekday", {"word"}, {}},
                             {"determiner", {"word"}, {}},
                             {"decade-suffix", {"word"}, {}},
                             {"part-months", {"word", "first", "last"}, {}},
                             {"baseline", {"phrase"}, {}}});
  if (!s.is_ok()) return s;
  TimeWords& t = x.data().time;
  auto month_like = [&](const char* name, WordMap<int>& map) {
    return x.each(name, [&](pugi::xml_node n) -> Status {
      Result<double> v = x.number(n, "value");
      if (!v.is_ok()) return v.status();
      if (v.value() < 1 || v.value() > 12) return x.fail(n, "value must be a month, 1 to 12");
      map[lower_word(n.attribute("word").value())] = static_cast<int>(v.value());
      return Status::ok();
    });
  };
  if (!(s = month_like("month", t.months)).is_ok()) return s;
  if (!(s = month_like("season", t.seasons)).is_ok()) return s;
  auto words_of = [](const std::string& phrase) {
    TokenizedSentence ts;
    tokenize(phrase, 0, phrase.size(), ts);
    std::vector<std::string> out;
    for (const Token& tok : ts.tokens) out.emplace_back(tok.lower);
    return out;
  };
  s = x.each("relative-year", [&](pugi::xml_node n) -> Status {
    Result<double> v = x.number(n, "offset");
    if (!v.is_ok()) return v.status();
    t.relative_years.emplace_back(words_of(n.attribute("phrase").value()),
                                  static_cast<int>(v.value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("anaphoric-year", [&](pugi::xml_node n) {
    t.anaphoric_years.push_back(words_of(n.attribute("phrase").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  const std::pair<const char*, WordSet*> sets[] = {{"since", &t.since_words},
                                                   {"until", &t.until_words},
                                                   {"range-open", &t.range_openers},
                                                   {"range-join", &t.range_joiners},
                                                   {"year-preposition", &t.year_prepositions},
                                                   {"part", &t.part_words},
                                                   {"quarter", &t.quarter_words},
                                                   {"month-unit", &t.month_unit_words},
                                                   {"weekday", &t.weekdays},
                                                   {"determiner", &t.determiners},
                                                   {"decade-suffix", &t.decade_suffixes}};
  for (const auto& [name, set] : sets) {
    s = x.each(name, [&](pugi::xml_node n) {
      set->insert(lower_word(n.attribute("word").value()));
      return Status::ok();
    });
    if (!s.is_ok()) return s;
  }
  s = x.each("baseline", [&](pugi::xml_node n) {
    return x.phrase(n, "phrase", x.data().phrases, kBaseline, 0);
  });
  if (!s.is_ok()) return s;
  return x.each("part-months", [&](pugi::xml_node n) -> Status {
    Result<double> first = x.number(n, "first");
    if (!first.is_ok()) return first.status();
    Result<double> last = x.number(n, "last");
    if (!last.is_ok()) return last.status();
    if (first.value() < 1 || last.value() > 12 || first.value() > last.value()) {
      return x.fail(n, "first and last must be months, 1 to 12, first <= last");
    }
    t.part_months[lower_word(n.attribute("word").value())] = {static_cast<int>(first.value()),
                                                              static_cast<int>(last.value())};
    return Status::ok();
  });
}

Result<ClaimKind> parse_kind(const std::string& k) {
  static const std::pair<const char*, ClaimKind> kKinds[] = {
      {"amount", ClaimKind::kAmount},   {"count", ClaimKind::kCount},
      {"percent", ClaimKind::kPercent}, {"ratio", ClaimKind::kRatio},
      {"measure", ClaimKind::kMeasure}, {"rank", ClaimKind::kRank},
      {"date", ClaimKind::kDate},       {"label", ClaimKind::kLabel},
      {"event", ClaimKind::kEvent},     {"name", ClaimKind::kName}};
  for (const auto& [name, kind] : kKinds) {
    if (k == name) return kind;
  }
  return Status::error(StatusCode::kParseError, "unknown claim kind \"" + k + "\"");
}

Status load_quantities(XmlRules& x) {
  Status s = x.load("quantities", {{"currency", {"code"}, {"symbol", "phrase"}},
                                   {"percent", {"phrase"}, {}},
                                   {"ratio", {"phrase"}, {}},
                                   {"ratio-verb", {"phrase", "value"}, {}},
                                   {"unit", {"phrase", "unit", "factor"}, {}},
                                   {"count-noun", {"phrase", "unit"}, {"duration"}},
                                   {"definite", {"word"}, {}},
                                   {"partitive", {"word"}, {}},
                                   {"vague-number", {"phrase", "value"}, {}},
                                   {"breakdown", {"phrase"}, {"exhaustive"}},
                                   {"breakdown-rest", {"phrase"}, {}},
                                   {"breakdown-end", {"phrase"}, {}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  s = x.each("currency", [&](pugi::xml_node n) -> Status {
    std::string code = n.attribute("code").value();
    bool symbol = !n.attribute("symbol").empty();
    if (symbol == !n.attribute("phrase").empty()) {
      return x.fail(n, "<currency> needs exactly one of symbol=\"...\" or phrase=\"...\"");
    }
    if (code.size() != 3 || !std::all_of(code.begin(), code.end(), ::isupper)) {
      return x.fail(n, "code=\"" + code + "\" is not an ISO 4217 code");
    }
    d.currencies.push_back(CurrencyRule{code, symbol});
    return x.phrase(n, symbol ? "symbol" : "phrase", d.phrases, kCurrency, d.currencies.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("percent",
             [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, kPercentWord, 0); });
  if (!s.is_ok()) return s;
  s = x.each("ratio",
             [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, kRatioWord, 0); });
  if (!s.is_ok()) return s;
  s = x.each("ratio-verb", [&](pugi::xml_node n) -> Status {
    Result<double> v = x.number(n, "value");
    if (!v.is_ok()) return v.status();
    d.ratio_verbs.push_back(ValueRule{v.value()});
    return x.phrase(n, "phrase", d.phrases, kRatioVerb, d.ratio_verbs.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("unit", [&](pugi::xml_node n) -> Status {
    Result<double> f = x.number(n, "factor");
    if (!f.is_ok()) return f.status();
    d.units.push_back(UnitRule{n.attribute("unit").value(), f.value()});
    return x.phrase(n, "phrase", d.phrases, kUnit, d.units.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("count-noun", [&](pugi::xml_node n) -> Status {
    std::string duration = n.attribute("duration").value();
    if (!duration.empty() && duration != "true" && duration != "false") {
      return x.fail(n, "duration must be true or false");
    }
    d.count_nouns.push_back(CountNounRule{n.attribute("unit").value(), duration == "true"});
    return x.phrase(n, "phrase", d.phrases, kCountNoun, d.count_nouns.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("definite", [&](pugi::xml_node n) {
    d.definite_words.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("partitive", [&](pugi::xml_node n) {
    d.partitive_words.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("vague-number", [&](pugi::xml_node n) -> Status {
    Result<double> v = x.number(n, "value");
    if (!v.is_ok()) return v.status();
    d.vague_numbers.push_back(ValueRule{v.value()});
    return x.phrase(n, "phrase", d.phrases, kVagueNumber, d.vague_numbers.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("breakdown", [&](pugi::xml_node n) -> Status {
    std::string exhaustive = n.attribute("exhaustive").value();
    if (!exhaustive.empty() && exhaustive != "true" && exhaustive != "false") {
      return x.fail(n, "exhaustive must be true or false");
    }
    d.breakdowns.push_back(BreakdownRule{exhaustive == "true"});
    return x.phrase(n, "phrase", d.phrases, kBreakdownCue, d.breakdowns.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("breakdown-rest",
             [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, kBreakdownRest, 0); });
  if (!s.is_ok()) return s;
  return x.each("breakdown-end", [&](pugi::xml_node n) {
    return x.phrase(n, "phrase", d.phrases, kBreakdownEnd, 0);
  });
}

Status load_qualifiers(XmlRules& x) {
  Status s = x.load("qualifiers", {{"tolerance", {"class", "relative"}, {}},
                                   {"qualifier", {"phrase", "class"}, {}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  s = x.each("tolerance", [&](pugi::xml_node n) -> Status {
    Result<double> v = x.number(n, "relative");
    if (!v.is_ok()) return v.status();
    if (v.value() < 0 || v.value() >= 1) return x.fail(n, "relative must be in [0, 1)");
    std::string c = n.attribute("class").value();
    if (c == "approx")
      d.approx_tolerance = v.value();
    else if (c == "almost")
      d.almost_tolerance = v.value();
    else
      return x.fail(n, "tolerance class must be approx or almost");
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("qualifier", [&](pugi::xml_node n) -> Status {
    static const std::pair<const char*, Qualifier> kClasses[] = {
        {"approx", Qualifier::kApprox},      {"almost", Qualifier::kAlmost},
        {"more_than", Qualifier::kMoreThan}, {"at_least", Qualifier::kAtLeast},
        {"less_than", Qualifier::kLessThan}, {"at_most", Qualifier::kAtMost}};
    std::string c = n.attribute("class").value();
    for (const auto& [name, q] : kClasses) {
      if (c == name) {
        d.qualifiers.push_back(QualifierRule{q});
        return x.phrase(n, "phrase", d.phrases, kQualifierWord, d.qualifiers.size() - 1);
      }
    }
    return x.fail(n, "class=\"" + c +
                         "\" is not approx, almost, more_than, at_least, "
                         "less_than or at_most");
  });
}

Status load_modality(XmlRules& x) {
  Status s =
      x.load("modality", {{"trigger", {"phrase", "modality"}, {}}, {"reporting", {"phrase"}, {}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  s = x.each("trigger", [&](pugi::xml_node n) -> Status {
    static const std::pair<const char*, Modality> kModalities[] = {
        {"planned", Modality::kPlanned},
        {"target", Modality::kTarget},
        {"forecast", Modality::kForecast}};
    std::string m = n.attribute("modality").value();
    for (const auto& [name, mod] : kModalities) {
      if (m == name) {
        d.modality_triggers.push_back(ModalityRule{mod});
        return x.phrase(n, "phrase", d.phrases, kModalityTrigger, d.modality_triggers.size() - 1);
      }
    }
    return x.fail(n, "modality=\"" + m + "\" is not planned, target or forecast");
  });
  if (!s.is_ok()) return s;
  return x.each("reporting", [&](pugi::xml_node n) {
    return x.phrase(n, "phrase", d.phrases, kReportingVerb, 0);
  });
}

Status parse_kinds(XmlRules& x, pugi::xml_node n, std::vector<ClaimKind>& out) {
  std::string kinds = n.attribute("kinds").value();
  size_t pos = 0;
  while (pos < kinds.size()) {
    size_t sp = kinds.find(' ', pos);
    if (sp == std::string::npos) sp = kinds.size();
    std::string k = kinds.substr(pos, sp - pos);
    pos = sp + 1;
    if (k.empty()) continue;
    Result<ClaimKind> kind = parse_kind(k);
    if (!kind.is_ok()) return x.fail(n, kind.status().message());
    out.push_back(kind.value());
  }
  return Status::ok();
}

bool valid_attribute_name(const std::string& name) {
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) ||
           std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '_';
  });
}

// <window name="attribute" tokens="40"/>: how far extraction looks, in the unit the window is
// counted in; <recognizer name="title" attribute="person.title"/>: the attribute of the claims
// a label recognizer finds. A later file overrides an earlier one.
Status load_policy(XmlRules& x) {
  struct Window {
    const char* name;
    const char* unit;
    size_t ExtractionPolicy::*size;
  };
  using P = ExtractionPolicy;
  static const Window kWindows[] = {{"count-noun", "tokens", &P::count_noun},
                                    {"rank", "tokens", &P::rank},
                                    {"rank-scope", "tokens", &P::rank_scope},
                                    {"event", "tokens", &P::event},
                                    {"attribute", "tokens", &P::attribute},
                                    {"facet", "tokens", &P::facet},
                                    {"breakdown", "tokens", &P::breakdown},
                                    {"establish", "tokens", &P::establish},
                                    {"baseline", "tokens", &P::baseline},
                                    {"title-link", "tokens", &P::title_link},
                                    {"title-name", "tokens", &P::title_name},
                                    {"list-item", "tokens", &P::list_item},
                                    {"status-words", "tokens", &P::status_words},
                                    {"long-sentence", "bytes", &P::long_sentence},
                                    {"sentence-context", "bytes", &P::sentence_context}};
  static const std::pair<const char*, std::string P::*> kRecognizers[] = {
      {"status-label", &P::status_attribute},
      {"established-status", &P::established_attribute},
      {"document-number", &P::document_number_attribute},
      {"title", &P::title_attribute},
      {"list", &P::list_attribute},
      {"state-class", &P::state_class_attribute},
      {"status-intro", &P::status_intro_attribute}};
  ExtractionPolicy& policy = x.data().policy;
  Status s = x.each("window", [&](pugi::xml_node n) -> Status {
    const std::string name = n.attribute("name").value();
    const Window* w = nullptr;
    for (const Window& k : kWindows) {
      if (name == k.name) w = &k;
    }
    if (!w) return x.fail(n, "unknown window \"" + name + "\"");
    const std::string unit = w->unit, other = unit == "tokens" ? "bytes" : "tokens";
    if (n.attribute(w->unit).empty() || !n.attribute(other.c_str()).empty()) {
      return x.fail(n, "window \"" + name + "\" needs " + unit + "=\"...\" (and no " + other + ")");
    }
    Result<double> v = x.number(n, w->unit);
    if (!v.is_ok()) return v.status();
    if (v.value() < 0 || v.value() > 1e6 || v.value() != std::floor(v.value())) {
      return x.fail(n, unit + " must be a whole number from 0 to 1000000");
    }
    policy.*(w->size) = static_cast<size_t>(v.value());
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("recognizer", [&](pugi::xml_node n) -> Status {
    const std::string name = n.attribute("name").value();
    const std::string attribute = n.attribute("attribute").value();
    for (const auto& [known, field] : kRecognizers) {
      if (name != known) continue;
      if (!valid_attribute_name(attribute)) {
        return x.fail(n,
                      "attribute name \"" + attribute + "\" may hold only a-z, 0-9, '.' and '_'");
      }
      policy.*field = attribute;
      return Status::ok();
    }
    return x.fail(n, "unknown recognizer \"" + name + "\"");
  });
}

Status load_attributes(XmlRules& x) {
  Status s = x.load("attributes", {{"attribute", {"name", "kinds"}, {"description", "compare"}},
                                   {"facet", {"name", "kinds"}, {"description"}},
                                   {"window", {"name"}, {"tokens", "bytes"}},
                                   {"recognizer", {"name", "attribute"}, {}}});
  if (!s.is_ok()) return s;
  if (!(s = load_policy(x)).is_ok()) return s;
  RuleData& d = x.data();
  s = x.each("facet", [&](pugi::xml_node n) -> Status {
    FacetRule f;
    f.name = n.attribute("name").value();
    Status st = parse_kinds(x, n, f.kinds);
    if (!st.is_ok()) return st;
    d.facets.push_back(f);
    for (pugi::xml_node t : n.children()) {
      if (t.type() != pugi::node_element) continue;
      if (std::string(t.name()) != "trigger") {
        return x.fail(t, "unknown element <" + std::string(t.name()) + "> in <facet>");
      }
      st = x.check_attributes(t, {"trigger", {"phrase"}, {}});
      if (!st.is_ok()) return st;
      d.facet_triggers.push_back(AttributeTriggerRule{static_cast<uint32_t>(d.facets.size() - 1)});
      st = x.phrase(t, "phrase", d.phrases, kFacetTrigger, d.facet_triggers.size() - 1);
      if (!st.is_ok()) return st;
    }
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("attribute", [&](pugi::xml_node n) -> Status {
    AttributeRule a;
    a.name = n.attribute("name").value();
    if (!valid_attribute_name(a.name)) {
      return x.fail(n, "attribute name \"" + a.name + "\" may hold only a-z, 0-9, '.' and '_'");
    }
    if (d.attribute(a.name)) return x.fail(n, "attribute \"" + a.name + "\" declared twice");
    Status st = parse_kinds(x, n, a.kinds);
    if (!st.is_ok()) return st;
    std::string compare = n.attribute("compare").value();
    if (compare == "exclusive") {
      a.comparison = Comparison::kExclusive;
    } else if (compare == "graded") {
      a.comparison = Comparison::kGraded;
    } else if (compare == "none") {
      a.comparison = Comparison::kNone;
    } else if (compare == "values" || compare.empty()) {
      // Labels are compared only when the file says how.
      bool label = std::find(a.kinds.begin(), a.kinds.end(), ClaimKind::kLabel) != a.kinds.end();
      a.comparison = label && compare.empty() ? Comparison::kNone : Comparison::kValues;
    } else {
      return x.fail(n, "compare=\"" + compare + "\" must be values, exclusive, graded or none");
    }
    d.attributes.push_back(a);
    for (pugi::xml_node t : n.children()) {
      if (t.type() != pugi::node_element) continue;
      if (std::string(t.name()) != "trigger") {
        return x.fail(t, "unknown element <" + std::string(t.name()) + "> in <attribute>");
      }
      st = x.check_attributes(t, {"trigger", {"phrase"}, {}});
      if (!st.is_ok()) return st;
      d.attribute_triggers.push_back(
          AttributeTriggerRule{static_cast<uint32_t>(d.attributes.size() - 1)});
      st = x.phrase(t, "phrase", d.phrases, kAttributeTrigger, d.attribute_triggers.size() - 1);
      if (!st.is_ok()) return st;
    }
    return Status::ok();
  });
}

Status load_entities(XmlRules& x) {
  Status s = x.load("entities", {{"entity", {"id", "type", "name"}, {"description"}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  std::unordered_set<std::string> ids, aliases;
  return x.each("entity", [&](pugi::xml_node n) -> Status {
    std::optional<EntityType> type = parse_entity_type(n.attribute("type").value());
    if (!type || *type == EntityType::kBody) {
      return x.fail(n,
                    "entity type \"" + std::string(n.attribute("type").value()) +
                        "\" is not one of country, person, organization, initiative, event, place");
    }
    EntityRule e{n.attribute("id").value(), *type, n.attribute("name").value()};
    if (!ids.insert(e.id).second) return x.fail(n, "entity id \"" + e.id + "\" used twice");
    d.entities.push_back(e);
    for (pugi::xml_node a : n.children()) {
      if (a.type() != pugi::node_element) continue;
      if (std::string(a.name()) != "alias") {
        return x.fail(a, "unknown element <" + std::string(a.name()) + "> in <entity>");
      }
      std::string alias = a.text().get();
      if (!aliases.insert(alias).second) {
        return x.fail(a, "alias \"" + alias + "\" belongs to two entities, or is listed twice");
      }
      if (!is_valid_utf8(alias) ||
          !d.entity_names.add(alias, PhraseUse{0, static_cast<uint32_t>(d.entities.size() - 1)})) {
        return x.fail(a, "alias \"" + alias + "\" is empty or not valid UTF-8");
      }
      d.folded_entity_names.add(fold_name(alias),
                                PhraseUse{0, static_cast<uint32_t>(d.entities.size() - 1)});
      TokenizedSentence first;
      tokenize(alias, 0, alias.size(), first);
      if (!first.tokens.empty() && !first.tokens[0].capitalized) d.aliases_capitalized = false;
    }
    return Status::ok();
  });
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
  if (!prototype) return std::string(name);
  // Transliterators are not safe to share between threads: each call uses its own copy.
  std::unique_ptr<icu::Transliterator> t(prototype->clone());
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
  t->transliterate(u);
  std::string folded;
  u.toUTF8String(folded);
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

Status load_labels(XmlRules& x) {
  Status s = x.load("labels", {{"head", {"phrase"}, {}},
                               {"modifier", {"phrase"}, {}},
                               {"connector", {"phrase"}, {}},
                               {"status-modifier", {"phrase"}, {}},
                               {"superlative", {"phrase", "value"}, {}},
                               {"rank-noun", {"phrase"}, {}},
                               {"rank-scope", {"phrase"}, {}},
                               {"number-sign", {"phrase"}, {}},
                               {"title-link", {"word"}, {}},
                               {"list-separator", {"phrase"}, {}},
                               {"list-article", {"word"}, {}},
                               {"state-class", {"phrase"}, {}},
                               {"establish-word", {"phrase"}, {}},
                               {"body-head", {"phrase"}, {}},
                               {"status-intro", {"phrase"}, {}},
                               {"title", {"phrase"}, {}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  const std::pair<const char*, PhraseTable> plain[] = {{"head", kLabelHead},
                                                       {"modifier", kLabelModifier},
                                                       {"connector", kLabelConnector},
                                                       {"status-modifier", kStatusModifier},
                                                       {"rank-noun", kRankNoun},
                                                       {"rank-scope", kRankScope},
                                                       {"number-sign", kNumberSign},
                                                       {"status-intro", kStatusIntro},
                                                       {"list-separator", kListSeparator},
                                                       {"state-class", kStateClass},
                                                       {"establish-word", kEstablishWord},
                                                       {"body-head", kBodyHead}};
  for (const auto& [name, table] : plain) {
    s = x.each(name, [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, table, 0); });
    if (!s.is_ok()) return s;
  }
  s = x.each("superlative", [&](pugi::xml_node n) -> Status {
    Result<double> v = x.number(n, "value");
    if (!v.is_ok()) return v.status();
    d.superlatives.push_back(ValueRule{v.value()});
    return x.phrase(n, "phrase", d.phrases, kSuperlative, d.superlatives.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("list-article", [&](pugi::xml_node n) {
    d.list_articles.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("title-link", [&](pugi::xml_node n) {
    d.title_links.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("title", [&](pugi::xml_node n) -> Status {
    d.titles.push_back(n.attribute("phrase").value());
    return x.phrase(n, "phrase", d.phrases, kTitle, d.titles.size() - 1);
  });
}

struct RuleFile {
  const char* name;
  Status (*load)(XmlRules&);
};

const RuleFile kXmlFiles[] = {
    {"numbers.xml", load_numbers},       {"time.xml", load_time},
    {"quantities.xml", load_quantities}, {"qualifiers.xml", load_qualifiers},
    {"modality.xml", load_modality},     {"attributes.xml", load_attributes},
    {"entities.xml", load_entities},     {"labels.xml", load_labels}};

// "rules/numbers.ru.xml" -> "numbers.xml": the base file whose tables a language file extends.
std::string canonical_rule_name(const std::string& path) {
  std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  size_t first = base.find('.'), last = base.rfind('.');
  if (first == std::string::npos || first == last) return base;
  return base.substr(0, first) + base.substr(last);
}

}  // namespace

RuleSet RuleSet::from_files(const std::vector<std::pair<std::string, std::string>>& files) {
  RuleSet set;
  auto data = std::make_shared<RuleData>();
  bool have_abbreviations = false;
  for (const auto& [name, text] : files) {
    std::string base = canonical_rule_name(name);
    Status s;
    const RuleFile* xml = nullptr;
    for (const RuleFile& f : kXmlFiles) {
      if (base == f.name) xml = &f;
    }
    if (base == kAbbreviationsFile) {
      s = parse_abbreviations(name, text, *data);
      have_abbreviations = true;
    } else if (xml) {
      XmlRules rules(name, text, *data);
      s = xml->load(rules);
    } else {
      s = Status::error(StatusCode::kParseError, "unknown rule file", Location{.file = name});
    }
    if (!s.is_ok()) {
      set.status_ = s;
      return set;
    }
  }
  if (!have_abbreviations) {
    set.status_ =
        Status::error(StatusCode::kNotFound, std::string("rule set has no ") + kAbbreviationsFile);
    return set;
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
  add_keys(nw.conjunctions), add_keys(tw.months), add_keys(tw.seasons), add_keys(tw.since_words);
  add_keys(tw.until_words), add_keys(tw.range_joiners), add_keys(tw.range_openers);
  add_keys(tw.year_prepositions), add_keys(tw.part_words), add_keys(tw.quarter_words);
  add_keys(tw.month_unit_words), add_keys(tw.weekdays), add_keys(tw.determiners);
  add_keys(tw.decade_suffixes), add_keys(tw.part_months);
  for (const auto& [words, offset] : tw.relative_years) {
    for (const std::string& w : words) data->number_time_words.insert(w);
  }
  for (const auto& words : tw.anaphoric_years) {
    for (const std::string& w : words) data->number_time_words.insert(w);
  }
  set.data_ = std::move(data);
  return set;
}

RuleSet RuleSet::load(const Env& env, const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::string> names = {kAbbreviationsFile};
  for (const RuleFile& f : kXmlFiles) names.push_back(f.name);
  // Language files ("numbers.ru.xml") add to their base file's tables, in sorted order.
  Result<std::vector<std::string>> listed = env.list_directory(dir);
  if (listed.is_ok()) {
    std::vector<std::string> extra;
    for (const std::string& n : listed.value()) {
      std::string base = canonical_rule_name(n);
      if (base != n && std::find(names.begin(), names.end(), base) != names.end()) {
        extra.push_back(n);
      }
    }
    std::sort(extra.begin(), extra.end());
    names.insert(names.end(), extra.begin(), extra.end());
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
  return from_files(files);
}

const RuleData& RuleSet::data() const {
  assert(valid());
  return *data_;
}

static std::string data_dir() {
  const char* env = std::getenv("CLAIMTRACE_DATA");
  return env && *env ? std::string(env) : std::string(CLAIMTRACE_DATA_DIR);
}

std::string bundled_rules_dir() { return join_path(data_dir(), "rules"); }
std::string bundled_corpus_dir() { return join_path(data_dir(), "corpus"); }
const char* version() { return CLAIMTRACE_VERSION; }

}  // namespace claimtrace
