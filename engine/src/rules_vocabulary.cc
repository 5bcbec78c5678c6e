// Loading the vocabulary of values: numbers.xml, time.xml, quantities.xml, qualifiers.xml and
// modality.xml.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <type_traits>
#include <utility>

#include "token.h"
#include "xml_rules.h"

namespace claimtrace {

Status load_numbers(XmlRules& x) {
  Status s = x.load("numbers", {{"cardinal", {"word", "value"}, {"refers"}},
                                {"multiplier", {"word", "value"}, {}},
                                {"ordinal", {"word", "value"}, {}},
                                {"fraction", {"word", "value"}, {}},
                                {"vague", {"word", "value"}, {}},
                                {"article", {"word"}, {}},
                                {"conjunction", {"word"}, {"bare-fraction"}},
                                {"ordinal-suffix", {"word"}, {}},
                                {"denominators", {"from"}, {"plural"}},
                                {"partitive", {"word"}, {}},
                                {"fraction-end", {"word"}, {}},
                                {"decimal-point", {"word"}, {}},
                                {"ordinal-ending", {"word"}, {}}});
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
  s = x.each("cardinal", [&](pugi::xml_node n) {
    if (n.attribute("refers").as_bool()) {
      w.referring_cardinals.insert(lower_word(n.attribute("word").value()));
    }
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  // Endings are matched against the word as written, so they are lower-cased, never stemmed.
  s = x.each("ordinal-ending", [&](pugi::xml_node n) {
    TokenizedSentence t;
    const std::string word = n.attribute("word").value();
    tokenize(word, 0, word.size(), t);
    std::string ending;
    for (const Token& tok : t.tokens) ending += tok.folded;
    if (ending.empty()) return x.fail(n, "an ordinal ending is a word's last letters");
    w.ordinal_endings.push_back(ending);
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  // Ordinals name denominators ("one fifth", "three fifths"): each ordinal from `from` up is
  // also a fraction, plural with `plural`, unless a <fraction> gives the word its own value.
  s = x.each("denominators", [&](pugi::xml_node n) -> Status {
    Result<double> from = x.number(n, "from");
    if (!from.is_ok()) return from.status();
    const std::string plural = lower_word(n.attribute("plural").value());
    for (const auto& [word, value] : w.ordinals) {
      if (value < from.value()) continue;
      w.fractions.emplace(word, 1.0 / value);
      if (!plural.empty()) w.fractions.emplace(word + plural, 1.0 / value);
    }
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  // A fraction word that is another's plural counts fractions: it needs a numerator.
  if (const pugi::xml_node d = x.root().child("denominators")) {
    const std::string plural = lower_word(d.attribute("plural").value());
    for (const auto& [word, value] : w.fractions) {
      if (!plural.empty() && word.size() > plural.size() &&
          word.compare(word.size() - plural.size(), plural.size(), plural) == 0 &&
          w.fractions.count(word.substr(0, word.size() - plural.size()))) {
        w.counted_fractions.insert(word);
      }
    }
  }
  for (auto [name, set] : {std::pair<const char*, WordSet*>{"partitive", &w.partitives},
                           {"fraction-end", &w.fraction_ends},
                           {"decimal-point", &w.decimal_points}}) {
    s = x.each(name, [&, set = set](pugi::xml_node n) {
      set->insert(lower_word(n.attribute("word").value()));
      return Status::ok();
    });
    if (!s.is_ok()) return s;
  }
  s = x.each("article", [&](pugi::xml_node n) {
    w.articles.insert(lower_word(n.attribute("word").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("conjunction", [&](pugi::xml_node n) {
    w.conjunctions.insert(lower_word(n.attribute("word").value()));
    if (n.attribute("bare-fraction").as_bool()) {
      w.bare_fraction_conjunctions.insert(lower_word(n.attribute("word").value()));
    }
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
                             {"anaphoric-year", {"phrase"}, {"offset"}},
                             {"anaphoric-period", {"phrase"}, {"span", "offset"}},
                             {"since", {"word"}, {}},
                             {"until", {"word"}, {}},
                             {"goal-end", {"word"}, {}},
                             {"range-open", {"word"}, {}},
                             {"range-join", {"word"}, {}},
                             {"year-preposition", {"word"}, {}},
                             {"part", {"word"}, {}},
                             {"quarter", {"word"}, {}},
                             {"half-year", {"word"}, {}},
                             {"month-unit", {"word"}, {}},
                             {"weekday", {"word"}, {"day"}},
                             {"weekday-shift", {"word", "by"}, {}},
                             {"relative-month", {"phrase", "offset"}, {}},
                             {"anaphoric-month", {"word"}, {}},
                             {"anaphoric-day", {"phrase", "offset"}, {}},
                             {"anaphoric-time", {"phrase"}, {}},
                             {"determiner", {"word"}, {}},
                             {"decade-suffix", {"word"}, {}},
                             {"date-clause", {"word"}, {}},
                             {"past", {"word"}, {}},
                             {"present", {"word"}, {}},
                             {"comparing", {"word"}, {}},
                             {"change-base", {"word"}, {}},
                             {"level", {"word"}, {}},
                             {"part-months", {"word", "first", "last"}, {}},
                             {"baseline", {"phrase"}, {"adjacent"}}});
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
  s = x.each("weekday", [&](pugi::xml_node n) -> Status {
    if (n.attribute("day").empty()) return Status::ok();
    Result<double> v = x.number(n, "day");
    if (!v.is_ok()) return v.status();
    if (v.value() < 1 || v.value() > 7) return x.fail(n, "day must be 1 (Monday) to 7 (Sunday)");
    t.weekday_numbers[lower_word(n.attribute("word").value())] = static_cast<int>(v.value());
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("weekday-shift", [&](pugi::xml_node n) -> Status {
    Result<double> v = x.number(n, "by");
    if (!v.is_ok()) return v.status();
    if (v.value() != -1 && v.value() != 1) return x.fail(n, "by must be -1 or 1");
    t.weekday_shifts[lower_word(n.attribute("word").value())] = static_cast<int>(v.value());
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  auto words_of = [](const std::string& phrase) {
    TokenizedSentence ts;
    tokenize(phrase, 0, phrase.size(), ts);
    std::vector<std::string> out;
    for (const Token& tok : ts.tokens) out.emplace_back(tok.lower);
    return out;
  };
  // A phrase with a signed offset (years, months or days from its anchor); `limit` 0 is none.
  auto offset_phrases = [&](const char* element, int limit,
                            std::vector<std::pair<std::vector<std::string>, int>>& into) {
    return x.each(element, [&](pugi::xml_node n) -> Status {
      Result<double> v = x.number(n, "offset");
      if (!v.is_ok()) return v.status();
      if (limit && (v.value() < -limit || v.value() > limit))
        return x.fail(n,
                      "offset must be -" + std::to_string(limit) + " to " + std::to_string(limit));
      into.emplace_back(words_of(n.attribute("phrase").value()), static_cast<int>(v.value()));
      return Status::ok();
    });
  };
  s = offset_phrases("relative-year", 0, t.relative_years);
  if (!s.is_ok()) return s;
  s = offset_phrases("relative-month", 12, t.relative_months);
  if (!s.is_ok()) return s;
  s = offset_phrases("anaphoric-day", 7, t.anaphoric_days);
  if (!s.is_ok()) return s;
  s = x.each("anaphoric-time", [&](pugi::xml_node n) {
    t.anaphoric_times.push_back(words_of(n.attribute("phrase").value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("anaphoric-year", [&](pugi::xml_node n) -> Status {
    if (n.attribute("offset").empty()) {
      t.anaphoric_years.push_back(words_of(n.attribute("phrase").value()));
      return Status::ok();
    }
    Result<double> v = x.number(n, "offset");
    if (!v.is_ok()) return v.status();
    if (v.value() == 0 || v.value() < -10 || v.value() > 10) {
      return x.fail(n, "offset must be -10 to 10, not 0");
    }
    t.shifted_anaphoric_years.emplace_back(words_of(n.attribute("phrase").value()),
                                           static_cast<int>(v.value()));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("anaphoric-period", [&](pugi::xml_node n) -> Status {
    TimeWords::AnaphoricPeriod a;
    a.words = words_of(n.attribute("phrase").value());
    const std::string span = n.attribute("span").value();
    if (!span.empty() && span != "same" && span != "year") {
      return x.fail(n, "span must be \"same\" or \"year\"");
    }
    a.whole_year = span == "year";
    if (!n.attribute("offset").empty()) {
      Result<double> v = x.number(n, "offset");
      if (!v.is_ok()) return v.status();
      a.offset = static_cast<int>(v.value());
    }
    t.anaphoric_periods.push_back(std::move(a));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  const std::pair<const char*, WordSet*> sets[] = {{"since", &t.since_words},
                                                   {"until", &t.until_words},
                                                   {"goal-end", &t.goal_end_words},
                                                   {"range-open", &t.range_openers},
                                                   {"range-join", &t.range_joiners},
                                                   {"year-preposition", &t.year_prepositions},
                                                   {"part", &t.part_words},
                                                   {"quarter", &t.quarter_words},
                                                   {"month-unit", &t.month_unit_words},
                                                   {"half-year", &t.half_year_words},
                                                   {"weekday", &t.weekdays},
                                                   {"determiner", &t.determiners},
                                                   {"anaphoric-month", &t.anaphoric_month_words},
                                                   {"decade-suffix", &t.decade_suffixes},
                                                   {"date-clause", &t.date_clause_words},
                                                   {"past", &t.past_words},
                                                   {"present", &t.present_words},
                                                   {"comparing", &t.comparing_words},
                                                   {"change-base", &t.change_base_words},
                                                   {"level", &t.level_words}};
  for (const auto& [name, set] : sets) {
    s = x.each(name, [&, set = set](pugi::xml_node n) {
      set->insert(lower_word(n.attribute("word").value()));
      return Status::ok();
    });
    if (!s.is_ok()) return s;
  }
  s = x.each("baseline", [&](pugi::xml_node n) {
    return x.phrase(n, "phrase", x.data().phrases, kBaseline,
                    std::string(n.attribute("adjacent").value()) == "true" ? 1 : 0);
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

Status load_quantities(XmlRules& x) {
  Status s = x.load("quantities", {{"currency", {"code"}, {"symbol", "phrase"}},
                                   {"percent", {"phrase"}, {}},
                                   {"ratio", {"phrase"}, {}},
                                   {"ratio-verb", {"phrase", "value"}, {}},
                                   {"unit", {"phrase", "unit", "factor"}, {}},
                                   {"count-noun", {"phrase", "unit"}, {"duration"}},
                                   {"definite", {"word"}, {}},
                                   {"partitive", {"word"}, {}},
                                   {"pair-unit", {"unit"}, {}},
                                   {"vague-number", {"phrase", "value"}, {}},
                                   {"breakdown", {"phrase"}, {"exhaustive"}},
                                   {"breakdown-rest", {"phrase"}, {}},
                                   {"breakdown-end", {"phrase"}, {}},
                                   {"range-join", {"word"}, {}},
                                   {"range-and", {"word"}, {}},
                                   {"bound-and", {"word"}, {}},
                                   {"extreme", {"word"}, {}},
                                   {"span", {"word"}, {}},
                                   {"function-word", {"word"}, {}},
                                   {"noun-and", {"word"}, {}},
                                   {"plural-noun", {"word"}, {}},
                                   {"share-in", {"word"}, {}},
                                   {"share-every", {"word"}, {}},
                                   {"range-open", {"word"}, {"bare"}},
                                   {"bare-bounds", {}, {}}});
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
    d.currencies.push_back(CurrencyRule{code, symbol, false});
    d.currency_phrases.emplace_back(
        currency_phrase_key(n.attribute(symbol ? "symbol" : "phrase").value()),
        d.currencies.size() - 1);
    return x.phrase(n, symbol ? "symbol" : "phrase", d.phrases, kCurrency, d.currencies.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("percent",
             [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, kPercentWord, 0); });
  if (!s.is_ok()) return s;
  s = x.each("ratio",
             [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, kRatioWord, 0); });
  if (!s.is_ok()) return s;
  // A ratio verb or count noun is listed once in a file; inflected forms a stemmer joins may
  // each be listed.
  std::set<std::string> ratio_verbs, count_nouns;
  s = x.each("ratio-verb", [&](pugi::xml_node n) -> Status {
    Result<double> v = x.number(n, "value");
    if (!v.is_ok()) return v.status();
    if (!ratio_verbs.insert(written_key(n.attribute("phrase").value())).second)
      return x.fail(n, "ratio-verb phrase \"" + std::string(n.attribute("phrase").value()) +
                           "\" listed twice");
    d.ratio_verbs.push_back(ValueRule{v.value()});
    return x.phrase(n, "phrase", d.phrases, kRatioVerb, d.ratio_verbs.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("unit", [&](pugi::xml_node n) -> Status {
    Result<double> f = x.number(n, "factor");
    if (!f.is_ok()) return f.status();
    UnitRule u;
    u.unit = n.attribute("unit").value();
    u.factor = u.si_factor = f.value();
    d.units.push_back(u);
    return x.phrase(n, "phrase", d.phrases, kUnit, d.units.size() - 1);
  });
  if (!s.is_ok()) return s;
  s = x.each("count-noun", [&](pugi::xml_node n) -> Status {
    std::string duration = n.attribute("duration").value();
    if (!duration.empty() && duration != "true" && duration != "false") {
      return x.fail(n, "duration must be true or false");
    }
    if (!count_nouns.insert(written_key(n.attribute("phrase").value())).second)
      return x.fail(n, "count-noun phrase \"" + std::string(n.attribute("phrase").value()) +
                           "\" listed twice");
    d.count_nouns.push_back(CountNounRule{n.attribute("unit").value(), duration == "true"});
    return x.phrase(n, "phrase", d.phrases, kCountNoun, d.count_nouns.size() - 1);
  });
  if (!s.is_ok()) return s;
  for (const auto& [name, set] : {std::pair<const char*, WordSet*>{"range-join", &d.range_joiners},
                                  {"range-and", &d.range_conjunctions},
                                  {"bound-and", &d.bound_conjunctions},
                                  {"extreme", &d.extreme_words},
                                  {"span", &d.span_words},
                                  {"function-word", &d.function_words},
                                  {"noun-and", &d.noun_coordinators},
                                  {"plural-noun", &d.plural_nouns},
                                  {"share-in", &d.share_in_words},
                                  {"share-every", &d.share_every_words}}) {
    s = x.each(name, [&, set = set](pugi::xml_node n) {
      set->insert(lower_word(n.attribute("word").value()));
      return Status::ok();
    });
    if (!s.is_ok()) return s;
  }
  s = x.each("range-open", [&](pugi::xml_node n) -> Status {
    std::string bare = n.attribute("bare").value();
    if (!bare.empty() && bare != "true" && bare != "false")
      return x.fail(n, "bare must be true or false");
    d.range_openers[lower_word(n.attribute("word").value())] = bare == "true";
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  if (x.root().child("bare-bounds")) d.bound_bare_numbers = true;
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
  s = x.each("pair-unit", [&](pugi::xml_node n) {
    d.pair_units.insert(n.attribute("unit").value());
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
                                   {"qualifier", {"phrase", "class"}, {"after"}}});
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
        {"exact", Qualifier::kExact},      {"approx", Qualifier::kApprox},
        {"almost", Qualifier::kAlmost},    {"more_than", Qualifier::kMoreThan},
        {"at_least", Qualifier::kAtLeast}, {"less_than", Qualifier::kLessThan},
        {"at_most", Qualifier::kAtMost}};
    std::string c = n.attribute("class").value();
    std::string after = n.attribute("after").value();
    if (!after.empty() && after != "true" && after != "false") {
      return x.fail(n, "after must be true or false");
    }
    for (const auto& [name, q] : kClasses) {
      if (c == name) {
        d.qualifiers.push_back(QualifierRule{q, after == "true"});
        return x.phrase(n, "phrase", d.phrases, kQualifierWord, d.qualifiers.size() - 1);
      }
    }
    return x.fail(n, "class=\"" + c +
                         "\" is not exact, approx, almost, more_than, at_least, "
                         "less_than or at_most");
  });
}

Status load_modality(XmlRules& x) {
  Status s = x.load("modality", {{"trigger", {"phrase", "modality"}, {}},
                                 {"reporting", {"phrase"}, {}},
                                 {"clause", {"phrase"}, {"baseline"}}});
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
  s = x.each("reporting",
             [&](pugi::xml_node n) { return x.phrase(n, "phrase", d.phrases, kReportingVerb, 0); });
  if (!s.is_ok()) return s;
  return x.each("clause", [&](pugi::xml_node n) -> Status {
    const std::string baseline = n.attribute("baseline").value();
    if (!baseline.empty() && baseline != "true" && baseline != "false") {
      return x.fail(n, "baseline must be true or false");
    }
    return x.phrase(n, "phrase", d.phrases, kClauseOpener, baseline == "true" ? 1 : 0);
  });
}

}  // namespace claimtrace
