// The document profile: states counted over every sentence, and words capitalized mid-sentence.
#include "extract/document_profile.h"

#include <algorithm>
#include <map>
#include <span>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/entity_names.h"
#include "token.h"

namespace claimtrace {

namespace {

// One past the last token of the longest currency phrase starting at token i, or i.
size_t currency_end(const RuleData& rules, std::span<const Token> t, size_t i,
                    std::vector<PhraseHit>& hits) {
  size_t end = i;
  if (!rules.phrases.starts(t[i], kCurrency)) return end;
  hits.clear();
  rules.phrases.match_at(t, i, hits);
  for (const PhraseHit& h : hits) {
    if (h.use.table == kCurrency) end = std::max(end, h.last);
  }
  return end;
}

// The first state tokens t name, or "".
std::string state_named(const RuleData& rules, std::span<const Token> t,
                        std::vector<PhraseHit>& hits) {
  for (size_t i = 0; i < t.size(); ++i) {
    const PhraseHit* hit = match_entity(rules, t, i, hits);
    if (hit && rules.entities[hit->use.row].type == EntityType::kCountry)
      return rules.entities[hit->use.row].id;
  }
  return "";
}

// Whether token i is a capitalized word inside its sentence standing alone: not its first word
// nor one after a colon, dash, bracket or quote (capitalized as a sentence's first is), and no
// capitalized word beside it ("the Oil Ministry" names the ministry, not "Oil").
bool lone_capital(std::span<const Token> t, size_t i) {
  auto capital_word = [&](size_t k) {
    return k < t.size() && t[k].kind == TokenKind::kWord && t[k].capitalized;
  };
  if (i == 0 || !capital_word(i)) return false;
  if (t[i - 1].kind == TokenKind::kPunct && t[i - 1].text != ",") return false;
  return !(i > 1 && capital_word(i - 1)) && !capital_word(i + 1);
}

}  // namespace

bool headline_case(std::span<const Token> t) {
  size_t words = 0, upper = 0;
  for (const Token& tok : t) {
    if (tok.kind != TokenKind::kWord || tok.text.size() < 4) continue;
    ++words;
    upper += tok.capitalized;
  }
  return words >= 3 && upper * 4 >= words * 3;
}

DocumentProfile profile(const Document& doc, const RuleData& rules,
                        const TokenizedDocument& tokens) {
  DocumentProfile p;
  std::map<std::string, int> counts;
  std::map<std::string, size_t> first;  // the order parties are first named in
  std::vector<PhraseHit> hits;
  for (size_t k = 0; k < doc.text.sentences().size(); ++k) {
    const std::span<const Token> t = tokens.sentence(k);
    const bool headline = headline_case(t);  // capitals there are no names
    for (size_t i = 0; i < t.size(); ++i) {
      // Looked up first: most are there already, and emplacing builds a node to find that.
      if (i > 0 && t[i].capitalized && !p.proper_words.contains(t[i].lower)) {
        p.proper_words.emplace(t[i].lower);
      }
      if (!headline && lone_capital(t, i) && !p.lone_names.contains(t[i].lower)) {
        p.lone_names.emplace(t[i].lower);
      }
      // A currency's name ("US dollars") names money, not a party the document is about.
      if (const size_t end = currency_end(rules, t, i, hits); end > i) {
        i = end - 1;
        continue;
      }
      const PhraseHit* hit = match_entity(rules, t, i, hits);
      if (!hit) continue;
      const EntityRule& e = rules.entities[hit->use.row];
      // A capital is a city more often than its state: the pair is what the names say.
      const bool capital = hit->use.table == RuleData::kCapitalName;
      if (!capital && e.party() && counts[e.id]++ == 0) {
        const size_t order = first.size();
        first[e.id] = order;
      }
      i = hit->last - 1;
    }
  }
  // Most named first; of two named as often, the one named first (a title names its pair).
  std::vector<std::tuple<int, size_t, std::string>> ranked;
  for (const auto& [id, n] : counts) ranked.push_back({-n, first[id], id});
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() == 1) p.subject = Subject(std::get<2>(ranked[0]));
  if (ranked.size() >= 2) p.subject = Subject({std::get<2>(ranked[0]), std::get<2>(ranked[1])});
  // Where the document reports from: its publisher's state, only one of its pair, which then is
  // the party a "trade with Y" naming no owner belongs to. Not a dateline: that is where the
  // reporter stands, not whose trade it is.
  TokenizedSentence publisher;
  const std::string& by = doc.source.publisher.value;
  tokenize(by, 0, by.size(), publisher);
  rules.words.identify(publisher.tokens);
  std::string home = state_named(rules, publisher.tokens, hits);
  if (p.subject.entities.size() == 2 && p.subject.contains(home)) p.home = home;
  return p;
}

}  // namespace claimtrace
