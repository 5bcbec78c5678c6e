// Ranks: ordinals and superlatives before a ranked noun: "seventh largest trading partner",
// "second-largest trading partner after Russia", "the main partner of Belarus in Asia".
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/counted_noun.h"
#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// Another rank begins at token k ("seventh largest partner and second largest ..."): a scope
// past it is that rank's, not this one's.
bool rank_begins(SentenceContext& s, size_t k) {
  const std::optional<NumberMatch>& n = s.number_at(k);
  return (n && n->ordinal) || s.longest(k, kSuperlative);
}

// "among Chile's trading partners", "среди торговых партнёров Чили": a scope word at k, then
// within a few words the ranked noun again, with its owner right before or after it. The
// ranked set is that owner's partners, so the owner is the rank's; else empty.
std::string ranked_set(const SentenceContext& s, size_t k) {
  const std::vector<Token>& t = s.tokens();
  const PhraseHit* scope = s.longest(k, kRankScope);
  if (!scope) return "";
  for (size_t j = scope->last; j < t.size() && j < scope->last + 4; ++j) {
    if (t[j].kind == TokenKind::kPunct && !s.rules.possessive_ending(t[j].text)) return "";
    const PhraseHit* noun = s.longest(j, kRankNoun);
    if (!noun) continue;
    for (const MentionAt& at : s.mentions) {
      const Mention& m = s.out.mentions[at.index];
      if (m.type != EntityType::kCountry && m.type != EntityType::kGroup) continue;
      const bool before = at.last == noun->first || (at.last + 1 == noun->first &&
                                                     s.rules.possessive_ending(t[at.last].text));
      if (at.first == noun->last || (before && at.first >= scope->last)) return m.entity;
    }
    return "";
  }
  return "";
}

std::string folded(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).foldCase().toUTF8String(out);
  return out;
}

// A narrowing scope in English words with the region's name, whatever word and language the
// text uses ("в Центральной Азии", "among CIS countries": "in central asia", "in commonwealth of
// independent states"), so one scope keys alike: "written (in name)", or as written where the
// text says just that. The name's tokens are [from, to).
std::string with_region_named(const SentenceContext& s, const std::string& written, size_t from,
                              size_t to) {
  for (const MentionAt& m : s.mentions) {
    if (m.last <= from || m.first >= to) continue;
    const Mention& x = s.out.mentions[m.index];
    const EntityRule* e = x.entity.empty() ? nullptr : s.rules.entity(x.entity.str());
    if (!e || (e->type != EntityType::kCountry && e->type != EntityType::kGroup)) continue;
    const std::string named = "in " + folded(e->name);
    return folded(written) == named ? written : written + " (" + named + ")";
  }
  return written;
}

// "after Russia", "in Asia", "(except Russia)": the scope words and the name after them; their
// tokens go to scope_tokens, as a state named there is not the claim's subject. A scope binds
// to the nearest rank only, and a comma past the first token ends the phrase: what follows is
// another clause ("..., officials in Astana said").
std::string rank_scope(SentenceContext& s, size_t from) {
  const std::vector<Token>& t = s.tokens();
  for (size_t k = from; k < t.size() && k < from + s.policy.rank_scope; ++k) {
    if (t[k].kind == TokenKind::kPunct && t[k].text != "(" && t[k].text != ")" &&
        t[k].text != ",") {
      break;
    }
    if (k > from && t[k].text == ",") break;
    if (rank_begins(s, k)) break;
    const PhraseHit* scope = s.longest(k, kRankScope);
    if (!scope) continue;
    // An article may stand before the name ("in the Western Balkans"); the name must follow,
    // in a narrowing scope after up to three lower-case words before a group's name ("among the
    // countries of the CIS", "среди стран СНГ").
    size_t name = scope->last;
    while (name < t.size() && s.rules.list_articles.count(t[name].lower)) ++name;
    const std::string written_scope = folded(s.lower_label(scope->first, scope->last) + " ");
    const bool narrows =
        std::any_of(s.rules.narrowing_scopes.begin(), s.rules.narrowing_scopes.end(),
                    [&](const std::string& n) { return folded(n) == written_scope; });
    size_t words = name;
    while (narrows && words < t.size() && words < name + 3 && t[words].kind == TokenKind::kWord &&
           !t[words].capitalized) {
      ++words;
    }
    // Past lower-case words only a group's name ("стран СНГ"), never a state's: "in the region
    // is still China" goes on into a clause, it names no scope.
    const bool group_after =
        std::any_of(s.mentions.begin(), s.mentions.end(), [&](const MentionAt& m) {
          return m.first <= words && words < m.last &&
                 s.out.mentions[m.index].type == EntityType::kGroup;
        });
    if (words > name && words < t.size() && t[words].capitalized && group_after) name = words;
    size_t e = name;
    while (e < t.size() && (t[e].capitalized || t[e].joiner)) ++e;
    if (e == name) continue;
    // "among Korea's partners": whose, not where; a scope may follow ("... in Central Asia").
    if (!ranked_set(s, k).empty()) continue;
    s.scope_tokens.push_back({k, e});
    const std::string written(s.doc.text.slice(TextRange{t[k].begin, t[e - 1].end}));
    return narrows ? with_region_named(s, written, name, e) : written;
  }
  return "";
}

// What an ordinal with no ranked noun counts ("the eleventh visit", "the 2nd round"):
// the lower-case word right after it. None when that word or the next is a date's, a number's,
// a unit's, a period's or a joiner's ("the second year running", "the third quarter", "the
// fifth consecutive year", "between the ninth and"): those are periods and parts, not events.
std::optional<CountedNoun> ordinal_head(SentenceContext& s, size_t j) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  if (r.function_words.empty()) return std::nullopt;
  auto counts = [&](size_t k) {  // a word that may name what is counted
    const Token& w = t[k];
    return w.kind == TokenKind::kWord && !w.capitalized &&
           !(w.text[0] >= '0' && w.text[0] <= '9') && !r.function_words.count(w.lower) &&
           !r.noun_coordinators.count(w.lower) && !r.range_joiners.count(w.lower) &&
           !(w.word != kUnidentified && r.words.has(w.word, Lexicon::kNumberTime));
  };
  auto period_like = [&](size_t k) {
    const PhraseHit* noun = s.count_noun(k);
    return s.used(k) || s.in_date[k] >= 0 || s.number_at(k) || s.longest(k, kUnit) ||
           s.longest(k, kCurrency) || s.longest(k, kPercentWord) || s.longest(k, kQualifierWord) ||
           s.longest(k, kRelativeYear) || (noun && r.count_nouns[noun->use.row].duration);
  };
  // A noun a rule counts ("the 30th anniversary" is 30 years) is the quantities' to read.
  if (j < t.size() && s.count_noun(j)) return std::nullopt;
  if (j >= t.size() || !counts(j) || period_like(j)) return std::nullopt;
  if (j + 1 < t.size() && t[j + 1].kind == TokenKind::kWord && period_like(j + 1)) {
    return std::nullopt;
  }
  CountedNoun out;
  out.head = std::string(t[j].lower);
  out.last = j + 1;
  return out;
}

// Whose partner a rank ranks: the party named right before it ("Kazakhstan's largest
// partner", "China's second-largest ...") or right after its noun ("the largest partner of
// Kazakhstan", "партнером Казахстана", "партнёр для Беларуси"); empty when neither, so the
// direction stays unknown. The possessive endings and owner links are the rules' (labels.xml).
std::string rank_owner(const SentenceContext& s, size_t first, size_t end) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  for (const MentionAt& at : s.mentions) {
    const Mention& m = s.out.mentions[at.index];
    if (m.type != EntityType::kCountry && m.type != EntityType::kGroup) continue;
    // Before: the name with its possessive ending, glued ("Kazakhstan's"), as the name's own
    // last token (the alias "Belarus'") or as the one token between it and the rank.
    const size_t gap = first - std::min(first, at.last);
    const auto ending = [&](size_t k) {
      return r.possessive(t[k].text) || r.possessive_ending(t[k].text);
    };
    if (at.last <= first && ((gap == 0 && at.last > 0 && ending(at.last - 1)) ||
                             (gap == 1 && r.possessive_ending(t[at.last].text)))) {
      return m.entity;
    }
    // After: at once (a genitive), or past an owner link.
    if (at.first == end || (at.first == end + 1 && r.owner_links.count(t[end].lower))) {
      return m.entity;
    }
  }
  // "fifth among Chile's trading partners", "пятое место среди партнёров Чили": the
  // ranked set in the rank's words or right after them.
  for (size_t k = first; k <= end && k < t.size(); ++k) {
    if (std::string owner = ranked_set(s, k); !owner.empty()) return owner;
  }
  return "";
}

// "the No. 2 supplier", "Chile's No. 4 trading partner": a number sign and a number right
// before a ranked noun give a place; the rank and the token after the number, else nothing.
std::optional<std::pair<double, size_t>> numbered_place(SentenceContext& s, size_t i) {
  const std::vector<Token>& t = s.tokens();
  const PhraseHit* sign = s.longest(i, kNumberSign);
  if (!sign || (!t[i].capitalized && t[i].kind == TokenKind::kWord)) return std::nullopt;
  const size_t k = sign->last;
  if (k >= t.size() || t[k].kind != TokenKind::kNumber || s.in_date[k] >= 0) return std::nullopt;
  const std::optional<NumberMatch>& n = s.number_at(k);
  if (!n || !n->plain_integer || n->value < 1 || !s.longest(n->last, kRankNoun)) {
    return std::nullopt;
  }
  return std::pair{n->value, n->last};
}

// "trailing only China and Russia", "уступая только России, Китаю и Казахстану": a yield
// phrase at i and the parties it lists give the place after them (third, fourth). The rank and
// the token after the list, else nothing. The listed parties are the rank's scope, not its
// subject.
std::optional<std::pair<double, size_t>> yielded_place(SentenceContext& s, size_t i) {
  const PhraseHit* yield = s.longest(i, kRankYield);
  if (!yield) return std::nullopt;
  const std::vector<Token>& t = s.tokens();
  size_t k = yield->last, parties = 0, end = 0;
  while (k < t.size() && s.mention_starting[k] >= 0) {
    const MentionAt& at = s.mentions[static_cast<size_t>(s.mention_starting[k])];
    const Mention& m = s.out.mentions[at.index];
    if (m.type != EntityType::kCountry && m.type != EntityType::kGroup) break;
    ++parties;
    end = k = at.last;
    if (k < t.size() && t[k].text == ",") ++k;
    if (k < t.size() && (s.rules.relation.of(t[k].lower) & RelationWords::kJoiner)) ++k;
    if (k == end) break;
  }
  if (parties == 0) return std::nullopt;
  // A place is in a ranking of something: a ranked noun ("partner") in the sentence, which may
  // name the ranking in a clause before ("ninth among partners, and by purchases trailing
  // only ..."); else "behind only X" compares without ranking.
  bool ranked = false;
  for (size_t j = 0; j < t.size() && !ranked; ++j) {
    if (j < yield->first || j >= end) ranked = s.longest(j, kRankNoun) != nullptr;
  }
  if (!ranked) return std::nullopt;
  s.scope_tokens.push_back({yield->last, end});
  return std::pair{static_cast<double>(parties + 1), end};
}

// A whole count from 2 to 100 at token k, as a group of ranks counts ("five", "10"); its end.
std::optional<std::pair<double, size_t>> group_count(SentenceContext& s, size_t k) {
  constexpr double kMaxGroup = 100;
  if (k >= s.tokens().size() || s.in_date[k] >= 0) return std::nullopt;
  const std::optional<NumberMatch>& n = s.number_at(k);
  if (!n || n->ordinal || n->fraction || n->vague || n->has_multiplier || n->value < 2 ||
      n->value > kMaxGroup || n->value != std::floor(n->value)) {
    return std::nullopt;
  }
  return std::pair{n->value, n->last};
}

// The first n ranks as one group: "five largest" (a count, then a superlative), "top five" (a
// superlative, then a count), "пятёрку крупнейших" (a word of the rules naming the group). The
// group's size and the token after the words, or nothing.
std::optional<std::pair<double, size_t>> top_group(SentenceContext& s, size_t i) {
  if (std::optional<std::pair<double, size_t>> n = group_count(s, i)) {
    if (const PhraseHit* sup = s.longest(s.skip_joiner(n->second), kSuperlative))
      return std::pair{n->first, sup->last};
    return std::nullopt;
  }
  if (const PhraseHit* sup = s.longest(i, kSuperlative)) {
    if (std::optional<std::pair<double, size_t>> n = group_count(s, s.skip_joiner(sup->last)))
      return n;
    return std::nullopt;
  }
  if (const PhraseHit* group = s.longest(i, kRankGroup)) {
    size_t after = group->last;
    if (const PhraseHit* sup = s.longest(after, kSuperlative)) after = sup->last;
    return std::pair{s.rules.rank_groups[group->use.row].value, after};
  }
  return std::nullopt;
}

}  // namespace

void Ranks::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  for (size_t i = 0; i < t.size(); ++i) {
    if (s.used(i)) continue;
    double rank = 0;
    size_t after = i;
    bool ordinal = false, part = false, group = false;
    if (std::optional<std::pair<double, size_t>> top = top_group(s, i)) {
      // "among the five largest trading partners": any of the first five, no one place.
      rank = top->first;
      after = top->second;
      group = true;
    } else if (const std::optional<NumberMatch>& n = s.number_at(i); n && n->ordinal) {
      // "rose by a third": after "a" an ordinal that names a fraction is a part, no rank,
      // unless a ranked noun follows.
      part = i > 0 && s.rules.numbers.articles.count(t[i - 1].lower) &&
             s.rules.numbers.fractions.count(t[i].lower);
      ordinal = !part;
      rank = n->value;
      after = n->last;
      // "second-largest": the superlative after an ordinal does not change the rank.
      after = s.skip_joiner(after);
      if (const PhraseHit* sup = s.longest(after, kSuperlative)) after = sup->last;
    } else if (const PhraseHit* sup = s.longest(i, kSuperlative)) {
      rank = s.rules.superlatives[sup->use.row].value;
      after = sup->last;
    } else if (std::optional<std::pair<double, size_t>> place = numbered_place(s, i)) {
      rank = place->first;
      after = place->second;
    } else if (std::optional<std::pair<double, size_t>> yielded = yielded_place(s, i)) {
      if (!s.free(i, yielded->second)) continue;
      Claim& c = s.add(ClaimKind::kRank, i, yielded->second);
      c.value = yielded->first;
      c.unit = "rank";
      s.set_interval(c, Qualifier::kExact);
      i = yielded->second - 1;
      continue;
    } else {
      continue;
    }
    // The ranked noun within a few tokens; a sentence-internal stop ends the search.
    const PhraseHit* noun = nullptr;
    for (size_t k = after; k < t.size() && k < after + s.policy.rank; ++k) {
      // A possessive ending is part of the owner's name ("fifth among Kazakhstan's partners").
      if (t[k].kind == TokenKind::kPunct && t[k].text != "," && t[k].text != "(" &&
          t[k].text != ")" && !t[k].joiner && !s.rules.possessive_ending(t[k].text) &&
          !s.rules.possessive(t[k].text)) {
        break;
      }
      if (t[k].kind == TokenKind::kNumber) break;
      if (const PhraseHit* h = s.longest(k, kRankNoun)) {
        noun = h;
        break;
      }
    }
    // "top-level talks": a superlative hyphenated to the noun makes one modifier, no rank.
    if (noun && noun->first == after + 1 && t[after].joiner) continue;
    // "second only to Russia" has no noun but a scope right after the ordinal.
    const PhraseHit* scope = noun || part || group ? nullptr : s.longest(after, kRankScope);
    // "... second-largest trading partner overall and the largest in Asia": after a rank of its
    // sentence, a superlative with a scope and no noun ranks on that noun.
    const bool elided =
        scope && !noun &&
        std::any_of(s.out.claims.begin() + s.first_claim, s.out.claims.end(), [](const Claim& c) {
          return c.kind == ClaimKind::kRank && c.attribute.empty();
        });
    if (!noun && !(scope && (rank > 1 || elided))) {
      // "the eleventh visit", "the third-largest economy": an ordinal past the first counts
      // what follows it, a rank no rule compares (attribute ordinal.HEAD), shown for a reader.
      std::optional<CountedNoun> head;
      if (ordinal && rank > 1 && s.in_date[i] < 0 && (head = ordinal_head(s, after)) &&
          s.free(i, head->last)) {
        Claim& c = s.add(ClaimKind::kRank, i, head->last);
        c.value = rank;
        c.unit = "rank";
        c.attribute = "ordinal." + head->head;
        s.set_interval(c, Qualifier::kExact);
        i = head->last - 1;
      }
      continue;
    }
    size_t end = noun ? noun->last : after;
    if (!s.free(i, end)) continue;
    Claim& c = s.add(ClaimKind::kRank, i, end);
    c.value = rank;
    c.unit = "rank";
    s.set_interval(c, group ? Qualifier::kAtMost : Qualifier::kExact);
    if (group) c.low = 1;
    c.scope = rank_scope(s, noun ? noun->last : after);
    c.object = rank_owner(s, i, end);
  }
}

}  // namespace claimtrace
