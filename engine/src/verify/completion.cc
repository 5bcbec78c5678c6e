// Completed claims: what extraction left empty that the claim's own sentence or paragraph
// states, filled in before the claim is keyed, so it meets the sources that state it whole.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "verify/items.h"

namespace claimtrace {

namespace {

bool fact(const Claim& c) {
  return c.modality == Modality::kAsserted || c.modality == Modality::kReported;
}

// The last part of an attribute's name: "established" for partnership.established.
std::string verb_of(const std::string& attribute) {
  const size_t dot = attribute.rfind('.');
  return dot == std::string::npos ? attribute : attribute.substr(dot + 1);
}

// An event of the establishing kind (the verb of the rules' established attribute) whose object
// extraction left empty, and which names no object of its own in the rules.
bool establishing(const Claim& c, const RuleData& rules) {
  if (c.kind != ClaimKind::kEvent || !c.object.empty() || !fact(c)) return false;
  const AttributeRule* a = rules.declared(c.attribute);
  if (!a || !a->object.empty()) return false;
  const std::string& established = rules.policy.established_attribute;
  return c.attribute == established || verb_of(c.attribute) == verb_of(established);
}

// Words between two claims of one sentence: "upgraded their relations to a" partnership is four.
size_t words_between(const Claim& a, const Claim& b) {
  const Claim& first = a.text_begin <= b.text_begin ? a : b;
  const Claim& second = &first == &a ? b : a;
  const uint64_t base = first.sentence.range().begin;
  const std::string& text = first.sentence.text();
  if (second.text_begin <= first.text_end || first.text_end < base) return 0;
  const size_t from = std::min<size_t>(first.text_end - base, text.size());
  const size_t to = std::min<size_t>(second.text_begin - base, text.size());
  size_t words = 0;
  bool in_word = false;
  for (size_t i = from; i < to; ++i) {
    const bool space = text[i] == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// An establishing event with no object ("in January 2023 the sides upgraded their relations to
// a strategic partnership") began the one status label its sentence gives for the same parties
// and date: it is dated as the beginning of that status.
void complete_statuses_begun(const Extraction& e, const RuleData& rules,
                             std::map<std::string, Claim>& out) {
  std::map<uint64_t, std::vector<const Claim*>> labels;  // status labels by sentence
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kLabel && c.attribute == rules.policy.status_attribute &&
        !c.text.empty()) {
      labels[c.sentence.range().begin].push_back(&c);
    }
  }
  for (const Claim& c : e.claims) {
    if (!establishing(c, rules)) continue;
    auto found = labels.find(c.sentence.range().begin);
    if (found == labels.end()) continue;
    // A sentence naming two statuses at that date names no single one.
    const Claim* only = nullptr;
    bool several = false;
    for (const Claim* l : found->second) {
      if (l->subject != c.subject || !(l->period == c.period)) continue;
      if (words_between(c, *l) > rules.policy.establish) continue;
      if (only && only->text != l->text) several = true;
      only = l;
    }
    if (!only || several) continue;
    Claim& completed = out.emplace(c.id, c).first->second;
    completed.attribute = rules.policy.established_attribute;
    completed.object = only->text;
  }
}

// Whether a phrase stands at a byte of a sentence as whole words, ignoring the case of Latin
// letters.
bool names_phrase_at(const std::string& sentence, const std::string& phrase, size_t at) {
  if (at + phrase.size() > sentence.size()) return false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(sentence[at + i])) !=
        std::tolower(static_cast<unsigned char>(phrase[i]))) {
      return false;
    }
  }
  const size_t end = at + phrase.size();
  return end == sentence.size() || !std::isalnum(static_cast<unsigned char>(sentence[end]));
}

// Whether a phrase opens a sentence (within its first few words): the object of a passive
// sentence stands first ("Diplomatic relations between ... were established on ...").
bool opens_with(const std::string& sentence, const std::string& phrase) {
  constexpr size_t kLeadingWords = 2;  // "Formal diplomatic relations ..."
  size_t words = 0;
  for (size_t i = 0; i < sentence.size() && words <= kLeadingWords; ++i) {
    const bool starts = i == 0 || sentence[i - 1] == ' ';
    if (!starts || sentence[i] == ' ') continue;
    if (names_phrase_at(sentence, phrase, i)) return true;
    ++words;
  }
  return false;
}

// An establishing event with no object whose sentence opens with the one object an attribute of
// the same verb begins ("Diplomatic relations between the two countries were established on
// ..."): the passive voice puts the object far from the date, but it is that event.
void complete_named_objects(const Extraction& e, const RuleData& rules,
                            std::map<std::string, Claim>& out) {
  std::vector<const AttributeRule*> named;
  for (const AttributeRule& a : rules.attributes) {
    if (!a.object.empty() && a.applies_to(ClaimKind::kEvent) &&
        verb_of(a.name) == verb_of(rules.policy.established_attribute)) {
      named.push_back(&a);
    }
  }
  if (named.empty()) return;
  for (const Claim& c : e.claims) {
    if (out.count(c.id) || !establishing(c, rules)) continue;
    const AttributeRule* only = nullptr;
    bool several = false;
    for (const AttributeRule* a : named) {
      if (!opens_with(c.sentence.text(), a->object)) continue;
      several = several || only;
      only = a;
    }
    if (!only || several) continue;
    Claim& completed = out.emplace(c.id, c).first->second;
    completed.attribute = only->name;
    completed.object = only->object;
  }
}

// The thing an attribute's events happen to: "document" for document.signed and
// document.in_force.
std::string family_of(const std::string& attribute) {
  const size_t dot = attribute.rfind('.');
  return dot == std::string::npos ? "" : attribute.substr(0, dot);
}

// An event with no object in a sentence that dates another event of the same parties with one:
// a document's signing and its entry into force, the second told with a pronoun ("signed the
// X agreement in March; it took effect in May"). It is the one object the sentence's
// other events of its family name, when they name one only and are of another attribute (the
// same attribute at two dates is a story of two documents).
void complete_shared_objects(const Extraction& e, const RuleData& rules,
                             std::map<std::string, Claim>& out) {
  std::map<uint64_t, std::vector<const Claim*>> named;  // events with an object, by sentence
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kEvent && !c.object.empty() && fact(c)) {
      named[c.sentence.range().begin].push_back(&c);
    }
  }
  for (const Claim& c : e.claims) {
    if (out.count(c.id) || c.kind != ClaimKind::kEvent || !c.object.empty() || !fact(c)) continue;
    const AttributeRule* a = rules.declared(c.attribute);
    if (!a || !a->object.empty() || c.subject.empty()) continue;
    auto found = named.find(c.sentence.range().begin);
    if (found == named.end()) continue;
    const Claim* only = nullptr;
    bool several = false;
    for (const Claim* other : found->second) {
      if (other->subject != c.subject || family_of(other->attribute) != family_of(c.attribute)) {
        continue;
      }
      if (other->attribute == c.attribute || (only && only->object != other->object)) {
        several = true;
      }
      only = other;
    }
    if (!only || several) continue;
    out.emplace(c.id, c).first->second.object = only->object;
  }
}

// Whether a sentence names a year in digits ("than in 2022", "по сравнению с 2022 годом").
bool names_year(const std::string& sentence, int year) {
  const std::string y = std::to_string(year);
  auto digit = [&](size_t at) { return sentence[at] >= '0' && sentence[at] <= '9'; };
  for (size_t at = sentence.find(y); at != std::string::npos; at = sentence.find(y, at + 1)) {
    const size_t end = at + y.size();
    if ((at == 0 || !digit(at - 1)) && (end == sentence.size() || !digit(end))) return true;
  }
  return false;
}

// Whether a sentence names the year before the one it tells of by the rules' words for it ("a
// year earlier", "годом ранее"): each word of the phrase is a word of the sentence, or, for the
// stems of a stemmed language, the beginning of one.
bool names_year_before(const std::string& sentence, const RuleData& rules) {
  std::vector<std::string> words;
  std::string word;
  for (const char ch : lowercase(sentence) + " ") {
    const unsigned char u = static_cast<unsigned char>(ch);
    if (u >= 0x80 || std::isalnum(u)) {
      word += ch;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  for (const TimeWords::AnaphoricPeriod& a : rules.time.anaphoric_periods) {
    if (a.offset != -1 || a.whole_year || a.words.empty()) continue;
    for (size_t i = 0; i + a.words.size() <= words.size(); ++i) {
      bool all = true;
      for (size_t j = 0; j < a.words.size() && all; ++j) {
        const std::string& w = a.words[j];
        const std::string& s = words[i + j];
        const bool stem = !w.empty() && static_cast<unsigned char>(w[0]) >= 0x80;
        all = s == w || (stem && s.rfind(w, 0) == 0);
      }
      if (all) return true;
    }
  }
  return false;
}

bool is_level(const Claim& c, const RuleData& rules) {
  if (!is_flow(c.kind) || !fact(c) || c.period_basis != PeriodBasis::kStated) return false;
  const AttributeRule* a = rules.declared(c.attribute);
  return a && a->comparison == Comparison::kValues && c.period.begin_year != 0 &&
         c.period.begin_year == c.period.end_year;
}

// A percentage with no period of its own that follows a level in its paragraph, says it is a
// change (the rules' change phrases) and names the year before the level's year ("That was 6%
// more than in 2022", "than a year earlier") is the change of that level over that year: it
// takes the level's measure, when it names none, and the level's period.
void complete_changes(const Extraction& e, const RuleData& rules,
                      std::map<std::string, Claim>& out) {
  // Levels by paragraph and subject, and by measure too, in text order.
  using Levels = std::vector<const Claim*>;
  std::map<std::pair<int, Subject>, Levels> by_line;
  std::map<std::tuple<int, Subject, std::string>, Levels> by_measure;
  std::map<uint64_t, size_t> percents_in_sentence;
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::kPercent) ++percents_in_sentence[c.sentence.range().begin];
    if (!is_level(c, rules)) continue;
    by_line[{c.position.line, c.subject}].push_back(&c);
    by_measure[{c.position.line, c.subject, c.attribute}].push_back(&c);
  }
  for (const Claim& c : e.claims) {
    if (c.kind != ClaimKind::kPercent || !fact(c) || c.subject.empty()) continue;
    if (c.period_basis != PeriodBasis::kDocumentDate && c.period_basis != PeriodBasis::kContext) {
      continue;
    }
    // One of several percentages of a sentence is an item of a list, not a change.
    if (percents_in_sentence[c.sentence.range().begin] != 1) continue;
    const Levels* levels = nullptr;
    if (c.attribute == to_string(c.kind)) {  // names no measure
      auto found = by_line.find({c.position.line, c.subject});
      if (found != by_line.end()) levels = &found->second;
    } else {
      auto found = by_measure.find({c.position.line, c.subject, c.attribute});
      if (found != by_measure.end()) levels = &found->second;
    }
    if (!levels) continue;
    auto after = std::lower_bound(levels->begin(), levels->end(), c.text_begin,
                                  [](const Claim* l, uint64_t at) { return l->text_begin < at; });
    auto in_sentence = [&](const Claim* l) {
      return l->sentence.range().begin == c.sentence.range().begin;
    };
    // A level in its own sentence already gives it a period (see mark_changes).
    if (after != levels->end() && in_sentence(*after)) continue;
    if (after == levels->begin()) continue;
    const Claim& level = **std::prev(after);
    if (in_sentence(&level) || level.text_end > c.text_begin) continue;
    if (!names_year(c.sentence.text(), level.period.begin_year - 1) &&
        !names_year_before(c.sentence.text(), rules)) {
      continue;
    }
    if (phrase_at(lowercase(c.sentence.text()), rules.change_phrases) == std::string::npos) {
      continue;
    }
    Claim& completed = out.emplace(c.id, c).first->second;
    completed.attribute = level.attribute;
    completed.period = level.period;
    completed.period_basis = PeriodBasis::kContext;
  }
}

// Whether a sentence names a trigger of the attribute in the rules as a common noun: a capital
// past the sentence's first word marks a name ("the Ministry of Commerce"), not the measure.
bool names_measure(const std::string& sentence, const std::string& attribute,
                   const RuleData& rules) {
  const AttributeRule* a = rules.declared(attribute);
  if (!a) return false;
  const size_t row = static_cast<size_t>(a - rules.attributes.data());
  const std::string lower = lowercase(sentence);
  const bool same_bytes = lower.size() == sentence.size();
  const size_t first_word = sentence.find_first_not_of(" \"'(");
  for (const AttributeTriggerRule& t : rules.attribute_triggers) {
    if (t.attribute != row) continue;
    const std::string p = lowercase(t.phrase);
    if (p.empty()) continue;
    for (size_t at = lower.find(p); at != std::string::npos; at = lower.find(p, at + 1)) {
      const size_t end = at + p.size();
      const bool latin = static_cast<unsigned char>(p.back()) < 0x80;
      if ((at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1]))) ||
          (latin && end < lower.size() && std::isalpha(static_cast<unsigned char>(lower[end])))) {
        continue;
      }
      if (at <= first_word || !same_bytes ||
          sentence.compare(at, p.size(), lower, at, p.size()) == 0) {
        return true;
      }
    }
  }
  return false;
}

// A figure with no period of its own ("the two countries traded a little over $3.1 billion")
// continues the one period its paragraph's sentence just before names, when that sentence
// states only when ("Their trade shrank last year."): no figure, event or state of its own whose
// time the date could be. A day is an event's date, never a flow's period.
void complete_periods_told_before(const Extraction& e, const RuleData& rules,
                                  std::map<std::string, Claim>& out) {
  struct Told {
    TextRange range;
    std::vector<const Claim*> dates;
    bool only_dates = true;
  };
  std::map<uint64_t, Told> sentences;  // by where the sentence begins
  for (const Claim& c : e.claims) {
    Told& s = sentences[c.sentence.range().begin];
    s.range = c.sentence.range();
    if (c.kind == ClaimKind::kDate) {
      s.dates.push_back(&c);
    } else {
      s.only_dates = false;
    }
  }
  constexpr uint64_t kMostBetween = 2;  // the space or line break between two sentences
  for (const Claim& c : e.claims) {
    if (out.count(c.id) || (c.kind != ClaimKind::kAmount && c.kind != ClaimKind::kPercent) ||
        !fact(c) || c.subject.empty() || c.period_basis != PeriodBasis::kDocumentDate) {
      continue;
    }
    auto here = sentences.find(c.sentence.range().begin);
    if (here == sentences.end() || !here->second.dates.empty() || here == sentences.begin()) {
      continue;
    }
    const Told& before = std::prev(here)->second;
    if (!before.only_dates || before.dates.empty() ||
        before.range.end + kMostBetween < c.sentence.range().begin ||
        before.dates.front()->position.line != c.position.line) {
      continue;
    }
    // The date must be told of the figure's own measure ("Trade shrank in 2021"), not of a
    // birth or a visit.
    if (!names_measure(before.dates.front()->sentence.text(), c.attribute, rules)) continue;
    const Period& p = before.dates.front()->period;
    bool one = true;
    for (const Claim* d : before.dates) {
      one = one && d->period == p && d->period_basis == PeriodBasis::kStated && fact(*d);
    }
    if (!one || p.empty() || p.begin_day != 0 || p.end_day != 0 || p.begin_year == 0 ||
        p.end_year == 0) {
      continue;
    }
    Claim& completed = out.emplace(c.id, c).first->second;
    completed.period = p;
    completed.period_basis = PeriodBasis::kContext;
  }
}

// Words of a sentence between two byte offsets, and the years in digits among them.
struct Between {
  size_t words = 0;
  std::vector<int> years;
};

Between between(const std::string& text, size_t from, size_t to) {
  Between out;
  size_t leading = 0;  // digits the word opens with: "2021", "2021-м"
  int number = 0;
  bool word = false, other = false;
  auto close = [&] {
    if (word) ++out.words;
    if (leading == 4) out.years.push_back(number);
    leading = 0;
    number = 0;
    word = other = false;
  };
  for (size_t i = from; i < to && i < text.size(); ++i) {
    const unsigned char ch = static_cast<unsigned char>(text[i]);
    if (ch == ' ') {
      close();
    } else if (std::isdigit(ch) && !other) {
      ++leading;
      number = number * 10 + (ch - '0');
      word = true;
    } else if (ch >= 0x80 || std::isalnum(ch)) {
      word = other = true;
    } else {
      other = true;
    }
  }
  close();
  return out;
}

// Whether a word is a year in digits, bare or with the case ending a hyphen joins to it in
// Russian and Belarusian ("2021-м", "2021-го"): the ending declines the year, it adds no word.
bool is_year_word(const std::string& word) {
  constexpr size_t kYearDigits = 4;
  if (word.size() < kYearDigits) return false;
  for (size_t i = 0; i < kYearDigits; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(word[i]))) return false;
  }
  if (word.size() == kYearDigits) return true;
  if (word[kYearDigits] != '-' || word.size() == kYearDigits + 1) return false;
  return std::none_of(word.begin() + kYearDigits + 1, word.end(), [](char ch) {
    const unsigned char u = static_cast<unsigned char>(ch);
    return std::isdigit(u) || std::isspace(u) || std::ispunct(u);
  });
}

// Whether the words between two byte offsets are a year and function words only ("and in 2021",
// "а в 2021 году": the year's own noun may follow it), so the figure names no measure of its own.
bool only_year_between(const std::string& text, size_t from, size_t to, const RuleData& rules) {
  bool year = false, after_year = false;
  const std::string lower = lowercase(text.substr(from, to > from ? to - from : 0));
  size_t i = 0;
  while (i < lower.size()) {
    const size_t end = std::min(lower.find(' ', i), lower.size());
    std::string word = lower.substr(i, end - i);
    i = end + 1;
    // Strip the punctuation around a word; a dash alone is no word.
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.pop_back();
    size_t lead = 0;
    while (lead < word.size() && std::ispunct(static_cast<unsigned char>(word[lead]))) ++lead;
    word.erase(0, lead);
    if (word.empty() || word == "\u2014" || word == "\u2013") continue;
    if (is_year_word(word)) {
      year = after_year = true;
      continue;
    }
    const bool small = rules.function_words.count(word) || rules.noun_coordinators.count(word) ||
                       rules.time.year_prepositions.count(word);
    if (!small && !after_year) return false;
    after_year = false;
  }
  return year;
}

// Whether nothing but punctuation follows byte `at` of a sentence before its clause ends.
bool ends_clause(const std::string& text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at >= text.size() || std::ispunct(static_cast<unsigned char>(text[at]));
}

// A bare figure that repeats an amount's clause for the year just before it ("€1.7 billion in 2020
// and in 2019 1.5 billion", "1,7 млрд евро, а в 2019-м — 1,5 млрд"): the clause leaves out
// the currency and the measure, which are those of the amount just before it in the sentence,
// and its time is that year, whatever period a later word of a run-on sentence lent the figure.
void complete_elided_currencies(const Extraction& e, const RuleData& rules,
                                std::map<std::string, Claim>& out) {
  constexpr size_t kMostWordsBetween = 5;  // "in 2022, and in 2021", "а в 2021 году"
  constexpr double kMostApart = 1000;      // a billion beside a billion, not beside a count
  const Claim* amount = nullptr;           // the last amount of the current sentence
  for (const Claim& c : e.claims) {
    if (amount && amount->sentence.range().begin != c.sentence.range().begin) amount = nullptr;
    if (c.kind == ClaimKind::kAmount && c.numeric && !c.unit.empty()) {
      amount = &c;
      continue;
    }
    if (!amount || c.kind != ClaimKind::kCount || !c.unit.empty() || !c.numeric || !fact(c) ||
        c.attribute != to_string(c.kind) || c.subject != amount->subject ||
        c.text_begin < amount->text_end || out.count(c.id)) {
      continue;
    }
    const double a = std::fabs(amount->value), v = std::fabs(c.value);
    if (a == 0 || v == 0 || v > a * kMostApart || a > v * kMostApart) continue;
    const uint64_t base = c.sentence.range().begin;
    if (amount->text_end < base) continue;
    const Between words = between(c.sentence.text(), amount->text_end - base, c.text_begin - base);
    if (words.words > kMostWordsBetween || words.years.empty() ||
        !only_year_between(c.sentence.text(), amount->text_end - base, c.text_begin - base,
                           rules) ||
        !ends_clause(c.sentence.text(), c.text_end - base)) {
      continue;
    }
    Claim& completed = out.emplace(c.id, c).first->second;
    completed.kind = ClaimKind::kAmount;
    completed.unit = amount->unit;
    completed.attribute = amount->attribute;
    const int year = words.years.back();
    completed.period = Period{year, 0, 0, year, 0, 0, false};
    completed.period_basis = PeriodBasis::kStated;
  }
}

}  // namespace

std::map<std::string, Claim> completed_claims(const Extraction& e, const RuleData& rules) {
  std::map<std::string, Claim> out;
  complete_statuses_begun(e, rules, out);
  complete_named_objects(e, rules, out);
  complete_shared_objects(e, rules, out);
  complete_changes(e, rules, out);
  complete_periods_told_before(e, rules, out);
  complete_elided_currencies(e, rules, out);
  return out;
}

}  // namespace claimtrace
