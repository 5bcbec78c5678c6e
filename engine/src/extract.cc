// Extraction: per sentence, one tokenization and one pass of the phrase trie; recognizers then
// read the tokens (ranks, quantities, labels, titles, dates) and claims are bound to a period,
// an attribute, a subject, a modality and a speaker from the same sentence.
#include "claimtrace/extract.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include "content_id.h"
#include "dates.h"
#include "numbers.h"
#include "rule_data.h"
#include "text_data.h"
#include "token.h"

namespace claimtrace {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr size_t kCountNounWindow = 4;   // words that may stand between a number and its noun
constexpr size_t kRankWindow = 7;        // tokens between an ordinal and the ranked noun
constexpr size_t kEventWindow = 10;      // tokens between an event's date and what happened
constexpr size_t kAttributeWindow = 40;  // tokens either side searched for an attribute word
constexpr size_t kFacetWindow = 8;       // tokens either side searched for a facet word
constexpr size_t kBreakdownWindow = 6;   // tokens between a total and "of which", ":"
constexpr size_t kEstablishWindow = 5;   // tokens between "establishment" and the status
// Status labels, and the events that began a status, are bound to these attributes.
constexpr const char* kStatusAttribute = "partnership.status";
constexpr const char* kStatusBegunAttribute = "partnership.established";
constexpr uint64_t kMaxSentence = 2000;  // longer "sentences" (no stops) are shown in windows
constexpr uint64_t kContext = 200;       // bytes either side of a claim in such a window

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A name in another script or with diacritics: fold the next few capitalized tokens the way
// the aliases were folded and look them up there ("Лукашенко" is Lukashenko).
void folded_match(const RuleData& r, const std::vector<Token>& t, size_t i,
                  std::vector<PhraseHit>& found) {
  size_t end = i;
  while (end < t.size() && end < i + 4 && (t[end].capitalized || t[end].joiner)) ++end;
  std::string folded;
  for (size_t k = i; k < end; ++k) {
    if (k > i && t[k].space_before) folded += ' ';
    folded += t[k].text;
  }
  folded = fold_name(folded);
  TokenizedSentence ft;
  tokenize(folded, 0, folded.size(), ft);
  std::vector<PhraseHit> hits;
  r.folded_entity_names.match_at(ft.tokens, 0, hits);
  if (hits.empty()) return;
  // Map the folded match back to the original tokens: same count of non-joiner tokens.
  size_t words = 0;
  for (size_t k = 0; k < hits.back().last; ++k) words += !ft.tokens[k].joiner;
  size_t last = i;
  for (size_t seen = 0; last < end && seen < words; ++last) seen += !t[last].joiner;
  found.push_back(PhraseHit{i, last, hits.back().use});
}

// The longest entity alias starting at token i, as written or else transliterated and folded;
// found is scratch space. Both the document profile and the mention finder use it.
const PhraseHit* match_entity(const RuleData& r, const std::vector<Token>& t, size_t i,
                              std::vector<PhraseHit>& found) {
  found.clear();
  if (t[i].capitalized || !r.aliases_capitalized) r.entity_names.match_at(t, i, found);
  if (found.empty() && t[i].capitalized && !is_ascii(t[i].text)) folded_match(r, t, i, found);
  return found.empty() ? nullptr : &found.back();
}

class SentenceReader {
 public:
  SentenceReader(const Document& doc, const RuleData& rules, DateContext& dates,
                 const Subject& default_subject, const WordSet& proper_words, Extraction& out)
      : doc_(doc),
        r_(rules),
        date_context_(dates),
        default_subject_(default_subject),
        proper_words_(proper_words),
        out_(out) {}

  void read(TextRange sentence) {
    sentence_ = sentence;
    tokenize(doc_.text.str(), sentence.begin, sentence.end, ts_);
    for (Token& tok : ts_.tokens) {
      if (tok.kind == TokenKind::kWord &&
          std::none_of(tok.text.begin(), tok.text.end(),
                       [](char c) { return c >= '0' && c <= '9'; })) {
        tok.vocab = r_.number_time_words.count(tok.lower) > 0;
      }
    }
    const std::vector<Token>& t = ts_.tokens;
    used_.assign(t.size(), false);
    in_date_.assign(t.size(), -1);
    starting_.assign(t.size() + 1, {});
    ending_.assign(t.size() + 1, {});
    hits_.clear();
    for (size_t i = 0; i < t.size(); ++i) {
      size_t before = hits_.size();
      r_.phrases.match_at(t, i, hits_);
      for (size_t h = before; h < hits_.size(); ++h) {
        starting_[i].push_back(h);
        ending_[hits_[h].last].push_back(h);
      }
    }
    find_mentions();
    dates_ = find_dates(t, r_.time, r_.numbers, date_context_);
    for (size_t d = 0; d < dates_.size(); ++d) {
      for (size_t k = dates_[d].first; k < dates_[d].last && k < t.size(); ++k) {
        in_date_[k] = static_cast<int>(d);
      }
    }
    period_used_.assign(dates_.size(), false);
    number_at_.assign(t.size(), std::nullopt);
    number_done_.assign(t.size(), false);
    first_claim_ = out_.claims.size();

    find_document_numbers();
    find_ranks();
    find_quantities();
    find_labels();
    find_titles();
    find_statuses();
    find_state_classes();
    find_lists();
    find_dates_as_claims();
    find_breakdowns();
    bind();
    for (PendingBreakdown& b : breakdowns_) {  // claim ids and periods exist once bind() ran
      // "$5 billion in 2023: up from $4 billion in 2022" lists other years, not parts.
      const Period& when = out_.claims[b.total].period;
      if (std::any_of(b.parts.begin(), b.parts.end(), [&](const std::optional<size_t>& p) {
            return p && !(out_.claims[*p].period == when);
          })) {
        continue;
      }
      b.breakdown.total = out_.claims[b.total].id;
      for (size_t p = 0; p < b.parts.size(); ++p) {
        if (b.parts[p]) b.breakdown.parts[p].claim = out_.claims[*b.parts[p]].id;
      }
      out_.breakdowns.push_back(std::move(b.breakdown));
    }
    breakdowns_.clear();
  }

 private:
  // --- phrase lookups -------------------------------------------------------------------

  // Longest hit of `table` starting at token i.
  const PhraseHit* longest(size_t i, PhraseTable table) const {
    if (i >= starting_.size()) return nullptr;
    const PhraseHit* best = nullptr;
    for (size_t h : starting_[i]) {
      if (hits_[h].use.table == table && (!best || hits_[h].last > best->last)) best = &hits_[h];
    }
    return best;
  }

  // Longest hit of `table` ending exactly at token `end` (exclusive).
  const PhraseHit* ending_at(size_t end, PhraseTable table) const {
    if (end >= ending_.size()) return nullptr;
    const PhraseHit* best = nullptr;
    for (size_t h : ending_[end]) {
      if (hits_[h].use.table == table && (!best || hits_[h].first < best->first)) best = &hits_[h];
    }
    return best;
  }

  bool free(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k) {
      if (used_[k]) return false;
    }
    return true;
  }

  void mark(size_t first, size_t last) {
    for (size_t k = first; k < last && k < used_.size(); ++k) used_[k] = true;
  }

  size_t skip_joiner(size_t j) const {
    const std::vector<Token>& t = ts_.tokens;
    return j < t.size() && t[j].joiner ? j + 1 : j;
  }

  // The number starting at token i, read once per sentence whichever recognizer asks.
  const std::optional<NumberMatch>& number_at(size_t i) {
    if (!number_done_[i]) {
      number_at_[i] = match_number(ts_.tokens, i, r_.numbers);
      number_done_[i] = true;
    }
    return number_at_[i];
  }

  // --- mentions -------------------------------------------------------------------------

  void find_mentions() {
    const std::vector<Token>& t = ts_.tokens;
    mentions_.clear();
    inner_countries_.clear();
    mention_starting_.assign(t.size(), -1);
    std::vector<PhraseHit> found;
    for (size_t i = 0; i < t.size();) {
      const PhraseHit* hit = match_entity(r_, t, i, found);
      if (!hit) {
        ++i;
        continue;
      }
      const PhraseHit h = *hit;
      const EntityRule& e = r_.entities[h.use.row];
      Mention m = mention_at(h.first, h.last);
      m.entity = e.id;
      m.canonical = e.name;
      m.type = e.type;
      // A state named inside another name ("invasion of Ukraine") is still named in the
      // sentence: it counts toward the claims' subject.
      if (e.type != EntityType::kCountry) {
        for (size_t k = h.first + 1; k < h.last; ++k) {
          const PhraseHit* inner = match_entity(r_, t, k, found);
          if (inner && inner->last <= h.last &&
              r_.entities[inner->use.row].type == EntityType::kCountry) {
            inner_countries_.push_back({k, r_.entities[inner->use.row].id});
          }
        }
      }
      mention_starting_[h.first] = static_cast<int>(mentions_.size());
      mentions_.push_back({h.first, h.last, out_.mentions.size()});
      out_.mentions.push_back(std::move(m));
      i = h.last;
    }
    find_body_names();
  }

  // Tokens [first, last) as a name: its text, original span and position.
  Mention mention_at(size_t first, size_t last) const {
    const std::vector<Token>& t = ts_.tokens;
    Mention m;
    m.text_begin = t[first].begin;
    m.text_end = t[last - 1].end;
    m.surface = std::string(doc_.text.slice(TextRange{m.text_begin, m.text_end}));
    m.span = doc_.text.original_span(TextRange{m.text_begin, m.text_end});
    m.position = doc_.text.position(TextRange{m.text_begin, m.text_end});
    return m;
  }

  // Names of bodies not in the entity list: capitalized words (and known names) ending in a
  // body word, "UN Human Rights Committee". canonical holds the words with known names as
  // their ids ("un human rights committee"), so spellings of one name compare equal.
  void find_body_names() {
    const std::vector<Token>& t = ts_.tokens;
    std::vector<int> in_mention(t.size(), -1);
    for (size_t m = 0; m < mentions_.size(); ++m) {
      for (size_t k = mentions_[m].first; k < mentions_[m].last; ++k)
        in_mention[k] = static_cast<int>(m);
    }
    const size_t known = mentions_.size();
    for (size_t i = 0; i < t.size(); ++i) {
      const PhraseHit* head = longest(i, kBodyHead);
      if (!head || !t[i].capitalized || in_mention[i] >= 0) continue;
      size_t begin = i;
      while (begin > 0) {
        size_t k = begin - 1;
        if (in_mention[k] >= 0 && static_cast<size_t>(in_mention[k]) < known) {
          begin = mentions_[static_cast<size_t>(in_mention[k])].first;
        } else if (t[k].kind == TokenKind::kWord && t[k].capitalized && k > 0) {
          begin = k;  // the sentence's first word is capitalized anyway: not part of a name
        } else {
          break;
        }
      }
      if (head->last - begin < 3) continue;
      std::string canonical;
      for (size_t k = begin; k < head->last;) {
        int m = in_mention[k];
        std::string word = m >= 0 ? out_.mentions[mentions_[static_cast<size_t>(m)].index].entity
                                  : std::string(t[k].lower);
        canonical += (canonical.empty() ? "" : " ") + word;
        k = m >= 0 ? mentions_[static_cast<size_t>(m)].last : k + 1;
      }
      Mention b = mention_at(begin, head->last);
      b.type = EntityType::kBody;
      b.canonical = canonical;
      out_.mentions.push_back(std::move(b));
      i = head->last - 1;
    }
  }

  // --- claims ---------------------------------------------------------------------------

  Claim& add(ClaimKind kind, size_t first, size_t last) {
    const std::vector<Token>& t = ts_.tokens;
    Claim c;
    c.kind = kind;
    c.source = doc_.source.id;
    c.path = doc_.source.path;
    c.text_begin = t[first].begin;
    c.text_end = t[last - 1].end;
    c.span = doc_.text.original_span(TextRange{c.text_begin, c.text_end});
    c.position = doc_.text.position(TextRange{c.text_begin, c.text_end});
    c.quote = std::string(doc_.text.slice(TextRange{c.text_begin, c.text_end}));
    c.sentence = sentence_context(c.text_begin, c.text_end);
    out_.claims.push_back(std::move(c));
    token_ranges_.push_back({first, last});
    mark(first, last);
    return out_.claims.back();
  }

  // The claim's sentence; for a sentence longer than kMaxSentence (text without stops), a
  // window around the claim marked with "...", so output stays linear in the input.
  std::string sentence_context(uint64_t begin, uint64_t end) const {
    std::string_view text = doc_.text.str();
    if (sentence_.end - sentence_.begin <= kMaxSentence) {
      return std::string(text.substr(sentence_.begin, sentence_.end - sentence_.begin));
    }
    auto lead = [&](uint64_t at) {  // back to a UTF-8 character start
      while (at > sentence_.begin && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
      return at;
    };
    uint64_t b = begin > sentence_.begin + kContext ? lead(begin - kContext) : sentence_.begin;
    uint64_t e = end + kContext < sentence_.end ? lead(end + kContext) : sentence_.end;
    std::string out = b > sentence_.begin ? "..." : "";
    out.append(text.substr(b, e - b));
    if (e < sentence_.end) out += "...";
    return out;
  }

  // A label claim: text is the label as written, lower-cased, unless given.
  Claim& add_label(size_t first, size_t last, const char* attribute, std::string text = "") {
    std::string value = text.empty() ? lower_label(first, last) : std::move(text);
    Claim& c = add(ClaimKind::kLabel, first, last);
    c.numeric = false;
    c.text = std::move(value);
    c.attribute = attribute;
    return c;
  }

  void set_interval(Claim& c, Qualifier q) {
    c.qualifier = q;
    const double v = c.value;
    switch (q) {
      case Qualifier::kExact:
      case Qualifier::kRange:
        c.low = c.high = v;
        break;
      case Qualifier::kApprox:
        c.low = v * (1 - r_.approx_tolerance);
        c.high = v * (1 + r_.approx_tolerance);
        break;
      case Qualifier::kAlmost:
        c.low = v * (1 - r_.almost_tolerance);
        c.high = v;
        break;
      case Qualifier::kMoreThan:
      case Qualifier::kAtLeast:
        c.low = v;
        c.high = kInfinity;
        break;
      case Qualifier::kLessThan:
      case Qualifier::kAtMost:
        c.low = 0;
        c.high = v;
        break;
    }
  }

  // "decree No. 215": the number that identifies a document is a label claim.
  void find_document_numbers() {
    const std::vector<Token>& t = ts_.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      const PhraseHit* sign = longest(i, kNumberSign);
      if (!sign || (!t[i].capitalized && t[i].kind == TokenKind::kWord)) continue;
      size_t k = sign->last;
      if (k >= t.size() || t[k].kind != TokenKind::kNumber || in_date_[k] >= 0) continue;
      add_label(i, k + 1, "document.number", std::string(t[k].text));
      i = k;
    }
  }

  // Ordinals and superlatives before a ranked noun: "seventh largest trading partner",
  // "second-largest trading partner after Russia", "the main partner of Belarus in Asia".
  void find_ranks() {
    const std::vector<Token>& t = ts_.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      if (used_[i]) continue;
      double rank = 0;
      size_t after = i;
      if (const std::optional<NumberMatch>& n = number_at(i); n && n->ordinal) {
        rank = n->value;
        after = n->last;
        // "second-largest": the superlative after an ordinal does not change the rank.
        after = skip_joiner(after);
        if (const PhraseHit* s = longest(after, kSuperlative)) after = s->last;
      } else if (const PhraseHit* s = longest(i, kSuperlative)) {
        rank = r_.superlatives[s->use.row].value;
        after = s->last;
      } else {
        continue;
      }
      // The ranked noun within a few tokens; a sentence-internal stop ends the search.
      const PhraseHit* noun = nullptr;
      for (size_t k = after; k < t.size() && k < after + kRankWindow; ++k) {
        if (t[k].kind == TokenKind::kPunct && t[k].text != "," && t[k].text != "(" &&
            t[k].text != ")" && !t[k].joiner) {
          break;
        }
        if (t[k].kind == TokenKind::kNumber) break;
        if (const PhraseHit* h = longest(k, kRankNoun)) {
          noun = h;
          break;
        }
      }
      // "second only to Russia" has no noun but a scope right after the ordinal.
      const PhraseHit* scope = noun ? nullptr : longest(after, kRankScope);
      if (!noun && !(scope && rank > 1)) continue;
      size_t end = noun ? noun->last : after;
      if (!free(i, end)) continue;
      Claim& c = add(ClaimKind::kRank, i, end);
      c.value = rank;
      c.unit = "rank";
      set_interval(c, Qualifier::kExact);
      c.scope = rank_scope(noun ? noun->last : after, &scope_tokens_);
    }
  }

  // "after Russia", "in Asia", "(except Russia)": the scope words and the name after them.
  std::string rank_scope(size_t from, std::vector<std::pair<size_t, size_t>>* taken) const {
    const std::vector<Token>& t = ts_.tokens;
    for (size_t k = from; k < t.size() && k < from + 6; ++k) {
      if (t[k].kind == TokenKind::kPunct && t[k].text != "(" && t[k].text != ")" &&
          t[k].text != ",") {
        break;
      }
      const PhraseHit* s = longest(k, kRankScope);
      if (!s) continue;
      size_t e = s->last;
      while (e < t.size() && (t[e].capitalized || t[e].joiner)) ++e;
      if (e == s->last) continue;
      taken->push_back({k, e});
      return std::string(doc_.text.slice(TextRange{t[k].begin, t[e - 1].end}));
    }
    return "";
  }

  void find_quantities() {
    const std::vector<Token>& t = ts_.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      if (used_[i] || in_date_[i] >= 0) continue;
      if (const PhraseHit* v = longest(i, kRatioVerb)) {  // "doubled"
        Claim& c = add(ClaimKind::kRatio, i, v->last);
        c.value = r_.ratio_verbs[v->use.row].value;
        c.unit = "x";
        set_interval(c, Qualifier::kExact);
        continue;
      }
      if (const PhraseHit* v = longest(i, kVagueNumber)) {  // "double-digit figures"
        size_t last = v->last;
        std::string unit;
        if (const PhraseHit* noun = count_noun(last)) {
          unit = r_.count_nouns[noun->use.row].unit;
          last = noun->last;
        }
        size_t first = i;
        if (const PhraseHit* qual = ending_at(first, kQualifierWord)) first = qual->first;
        if (!free(first, last)) continue;
        Claim& c = add(ClaimKind::kCount, first, last);
        c.value = r_.vague_numbers[v->use.row].value;
        c.unit = unit;
        set_interval(c, Qualifier::kAtLeast);
        i = last - 1;
        continue;
      }
      const std::optional<NumberMatch>& n = number_at(i);
      if (!n) continue;
      // "the two countries" refers to them; "one of the small states" picks one out.
      const bool spelled = t[i].kind == TokenKind::kWord &&
                           std::none_of(t[i].text.begin(), t[i].text.end(),
                                        [](char ch) { return ch >= '0' && ch <= '9'; });
      if (spelled && i > 0 && r_.definite_words.count(t[i - 1].lower)) continue;
      if (spelled && n->value == 1 && n->last < t.size() &&
          r_.partitive_words.count(t[n->last].lower)) {
        continue;
      }
      size_t first = i, last = n->last;
      bool duration = false;
      ClaimKind kind;
      std::string unit;
      double value = n->value;
      bool found = false;

      // Currency before the number ("$6 billion", "USD 50 million").
      std::string currency;
      if (const PhraseHit* cur = ending_at(i, kCurrency)) {
        currency = r_.currencies[cur->use.row].code;
        first = cur->first;
      }
      size_t j = skip_joiner(last);
      if (const PhraseHit* p = longest(j, kPercentWord); p && currency.empty()) {
        kind = ClaimKind::kPercent;
        unit = "percent";
        last = p->last;
        found = true;
      } else if (const PhraseHit* cur = longest(j, kCurrency);
                 cur && currency.empty() &&
                 !(r_.currencies[cur->use.row].symbol && cur->last < t.size() &&
                   number_at(cur->last))) {
        // A currency sign belongs to the number after it when there is one: "31m$3 billion"
        // is $3 billion, not 31 million dollars.
        kind = ClaimKind::kAmount;
        unit = r_.currencies[cur->use.row].code;
        last = cur->last;
        found = true;
      } else if (!currency.empty()) {
        kind = ClaimKind::kAmount;
        unit = currency;
        found = true;
      } else if (const PhraseHit* x = longest(j, kRatioWord)) {
        kind = ClaimKind::kRatio;
        unit = "x";
        last = x->last;
        found = true;
      } else if (const PhraseHit* u = longest(j, kUnit)) {
        kind = ClaimKind::kMeasure;
        unit = r_.units[u->use.row].unit;
        value *= r_.units[u->use.row].factor;
        last = u->last;
        found = true;
      } else if (const PhraseHit* noun = count_noun(j)) {
        kind = ClaimKind::kCount;
        unit = r_.count_nouns[noun->use.row].unit;
        duration = r_.count_nouns[noun->use.row].duration;
        last = noun->last;
        found = true;
      } else if (n->value < 1 && n->value > 0 && !n->plain_integer) {
        // "at least half of the products": a fraction of a whole is a share.
        kind = ClaimKind::kPercent;
        unit = "percent";
        value *= 100;
        found = true;
      } else if (n->has_multiplier || n->vague) {
        kind = ClaimKind::kCount;
        found = true;
      }
      if (!found || !free(first, last)) continue;
      if (n->ordinal && kind != ClaimKind::kCount) continue;

      Qualifier q = n->vague ? Qualifier::kAtLeast : Qualifier::kExact;
      if (const PhraseHit* qual = ending_at(first, kQualifierWord)) {
        q = r_.qualifiers[qual->use.row].qualifier;
        first = qual->first;
      }
      // "$100,000 over five years": a duration after a quantity is that quantity's period.
      if (duration && first > 0 && used_[first - 1]) continue;
      Claim& c = add(kind, first, last);
      c.value = value;
      c.unit = unit;
      set_interval(c, q);
      i = last - 1;
    }
  }

  // "$5 billion, of which $3.5 billion ...": a count or amount followed by a breakdown cue, then
  // at least two numbers of the same kind up to the end of the sentence or the next cue.
  void find_breakdowns() {
    // Most sentences have no cue: skip them before building the token-to-claim map.
    if (std::none_of(hits_.begin(), hits_.end(),
                     [](const PhraseHit& h) { return h.use.table == kBreakdownCue; })) {
      return;
    }
    const std::vector<Token>& t = ts_.tokens;
    const size_t claims = out_.claims.size() - first_claim_;
    std::vector<int> claim_at(t.size(), -1);  // token -> claim of this sentence covering it
    for (size_t c = 0; c < claims; ++c) {
      for (size_t k = token_ranges_[c].first; k < token_ranges_[c].second; ++k) {
        claim_at[k] = static_cast<int>(c);
      }
    }
    for (size_t c = 0; c < claims; ++c) {
      const Claim& total = out_.claims[first_claim_ + c];
      if (total.kind != ClaimKind::kCount && total.kind != ClaimKind::kAmount) continue;
      const PhraseHit* cue = nullptr;
      for (size_t k = token_ranges_[c].second; k < t.size() && !cue; ++k) {
        if (k >= token_ranges_[c].second + kBreakdownWindow || claim_at[k] >= 0) break;
        if (in_date_[k] < 0 && number_at(k)) break;
        cue = longest(k, kBreakdownCue);
      }
      if (!cue) continue;
      PendingBreakdown b;
      b.total = first_claim_ + c;
      b.breakdown.exhaustive = r_.breakdowns[cue->use.row].exhaustive;
      b.breakdown.cue =
          std::string(doc_.text.slice(TextRange{t[cue->first].begin, t[cue->last - 1].end}));
      for (size_t k = cue->last; k < t.size(); ++k) {
        // "40 engineers who built 200 prototypes": the list ends where a clause begins.
        if (longest(k, kBreakdownCue) || longest(k, kBreakdownEnd)) break;
        if (longest(k, kBreakdownRest)) b.breakdown.exhaustive = false;
        if (claim_at[k] >= 0) {
          const size_t p = first_claim_ + claim_at[k];
          const Claim& part = out_.claims[p];
          k = token_ranges_[claim_at[k]].second - 1;
          if (part.kind != total.kind ||
              (total.kind == ClaimKind::kAmount && part.unit != total.unit)) {
            continue;
          }
          b.parts.push_back(p);
          b.breakdown.parts.push_back(
              BreakdownPart{"", part.low, part.high, part.span, part.position, part.quote});
          continue;
        }
        // A bare number ("27 on trade") is a part of a count, never of an amount.
        if (in_date_[k] >= 0 || total.kind != ClaimKind::kCount) continue;
        const std::optional<NumberMatch>& n = number_at(k);
        if (!n || n->ordinal || n->vague) continue;
        const TextRange r{t[k].begin, t[n->last - 1].end};
        b.parts.push_back(std::nullopt);
        b.breakdown.parts.push_back(BreakdownPart{"", n->value, n->value,
                                                  doc_.text.original_span(r), doc_.text.position(r),
                                                  std::string(doc_.text.slice(r))});
        k = n->last - 1;
      }
      if (b.parts.size() >= 2) breakdowns_.push_back(std::move(b));
    }
  }

  // The counted noun after a number: right after it, or after a few modifiers
  // ("25 state-owned enterprises", "dozens of Chinese companies"); the last one wins.
  const PhraseHit* count_noun(size_t j) const {
    const std::vector<Token>& t = ts_.tokens;
    const PhraseHit* best = nullptr;
    for (size_t k = j; k < t.size() && k < j + kCountNounWindow; ++k) {
      // Another number ("in 2013 the two countries") counts the noun, not the year before it.
      if ((t[k].kind == TokenKind::kPunct && !t[k].joiner) || t[k].kind == TokenKind::kNumber ||
          in_date_[k] >= 0 || (t[k].vocab && r_.numbers.cardinals.count(t[k].lower))) {
        break;
      }
      if (const PhraseHit* h = longest(k, kCountNoun)) {
        best = h;
        k = h->last - 1;
      } else if (best) {
        break;  // the noun phrase ended with the noun found
      }
    }
    return best;
  }

  // Status labels: modifiers joined by connectors ending in a head, with at least one modifier
  // that marks a status: "all-weather and comprehensive strategic partnership".
  void find_labels() {
    const std::vector<Token>& t = ts_.tokens;
    statuses_begun_.clear();
    for (size_t i = 0; i < t.size(); ++i) {
      const PhraseHit* head = longest(i, kLabelHead);
      if (!head) continue;
      // Extend forward over further heads joined by connectors and modifiers.
      size_t end = head->last;
      size_t begin = i;
      bool status = false;
      // Walk backwards over modifiers, connectors and earlier heads.
      size_t k = i;
      while (k > 0) {
        const PhraseHit* m = ending_at(k, kLabelModifier);
        const PhraseHit* c = ending_at(k, kLabelConnector);
        const PhraseHit* h = ending_at(k, kLabelHead);
        if (m) {
          if (ending_at(k, kStatusModifier)) status = true;
          k = m->first;
          begin = k;
        } else if ((c || h) && k > 0) {
          // A connector or head continues the label only if a modifier precedes it.
          size_t at = c ? c->first : h->first;
          if (!ending_at(at, kLabelModifier) && !ending_at(at, kLabelHead)) break;
          k = at;
        } else {
          break;
        }
      }
      if (!status || begin == i) continue;
      // Continue forward: ", exemplary ... partnership" after "brotherhood".
      while (true) {
        size_t k2 = end;
        const PhraseHit* c = longest(k2, kLabelConnector);
        if (!c) break;
        k2 = c->last;
        bool any = false;
        while (const PhraseHit* m = longest(k2, kLabelModifier)) {
          k2 = m->last;
          any = true;
        }
        const PhraseHit* h = longest(k2, kLabelHead);
        if (!any || !h) break;
        end = h->last;
      }
      // Every word capitalized: part of a name ("... Establishing a Comprehensive Strategic
      // Partnership for ..."), not a status the sentence asserts.
      bool title_case = true;
      for (size_t k = begin; k < end; ++k) {
        if (t[k].kind == TokenKind::kWord && !t[k].capitalized) title_case = false;
      }
      // Named or not, a status right after "establishing" is what an event began.
      size_t from = begin > kEstablishWindow ? begin - kEstablishWindow : 0;
      for (size_t k = from; k < begin; ++k) {
        const PhraseHit* w = longest(k, kEstablishWord);
        if (w && w->last <= begin) {
          statuses_begun_.push_back({begin, end, lower_label(begin, end)});
          break;
        }
      }
      if (!free(begin, end) || title_case) {
        i = end - 1;
        continue;
      }
      add_label(begin, end, kStatusAttribute);
      i = end - 1;
    }
  }

  std::string lower_label(size_t first, size_t last) const {
    std::string s;
    for (size_t k = first; k < last; ++k) {
      const Token& tok = ts_.tokens[k];
      if (!s.empty() && tok.space_before) s += ' ';
      s += tok.lower;
    }
    return s;
  }

  // "First Deputy Prime Minister Mikalai Snapkou", "the spokesman for the Chinese Foreign
  // Ministry", "Ambassador to Belarus Xie Xiaoyun": the title a named person holds.
  void find_titles() {
    const std::vector<Token>& t = ts_.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      const PhraseHit* title = longest(i, kTitle);
      if (!title || !free(i, title->last)) continue;
      size_t e = title->last;
      // A link to the body it serves may stand before the name ("of the Standing Committee").
      size_t k = e;
      bool linked = false;
      size_t capitals = 0;  // capitalized words after the link: the body, then maybe the name
      while (k < t.size() && k < e + 12) {
        if (r_.title_links.count(t[k].lower)) {
          linked = true;
          ++k;
        } else if (linked && (t[k].capitalized || t[k].joiner || t[k].text == "'")) {
          capitals += t[k].capitalized;
          ++k;
        } else {
          break;
        }
      }
      size_t name_end = e;
      while (name_end < t.size() && name_end < e + 4 && t[name_end].capitalized &&
             t[name_end].kind == TokenKind::kWord) {
        ++name_end;
      }
      const bool named = name_end > e && !longest(e, kTitle);
      // A capitalized title needs its holder: a name right after, or a body and a name; a
      // lower-case one ("the spokesman for ...") needs its body.
      if (!(t[i].capitalized ? (named || (linked && capitals >= 2)) : linked)) continue;
      Claim& c = add_label(i, title->last, "person.title");
      c.subject = Subject(mention_subject(e, std::max(k, name_end)));
      i = title->last - 1;
    }
  }

  // One item of a list of names: a known name ("Belt and Road Initiative"), or capitalized
  // words ("Hong Kong", "U.S.") after an optional article. Returns the token after it, or
  // `from` when there is none. A sentence's first word counts only if the document capitalizes
  // it elsewhere too ("Thus" does not qualify); months are dates, not names.
  size_t list_item(size_t from, size_t* text_first) const {
    const std::vector<Token>& t = ts_.tokens;
    size_t k = from;
    if (k < t.size() && r_.list_articles.count(t[k].lower)) ++k;
    *text_first = k;
    if (k < mention_starting_.size() && mention_starting_[k] >= 0) {
      return mentions_[static_cast<size_t>(mention_starting_[k])].last;
    }
    size_t words = 0;
    while (k < t.size() && words < 4) {
      const Token& tok = t[k];
      if (tok.kind == TokenKind::kWord && tok.capitalized && !r_.time.months.count(tok.lower) &&
          (k > 0 || proper_words_.count(tok.lower))) {
        ++words;
        ++k;
      } else if (tok.text == "." && k > 0 && t[k - 1].text.size() == 1 && t[k - 1].capitalized) {
        ++k;  // "U.S."
      } else if (tok.joiner && words > 0) {
        ++k;
      } else {
        break;
      }
    }
    return words > 0 ? k : from;
  }

  // An item as a list shows it: acronym dots dropped, so "U.S." and "US" are the same item.
  std::string list_item_text(size_t b, size_t e) const {
    const std::vector<Token>& t = ts_.tokens;
    bool acronym = true;  // only single letters and dots: "U.S.", not "R. Halouchanka"
    for (size_t k = b; k < e; ++k) {
      acronym =
          acronym && (t[k].text == "." || (t[k].kind == TokenKind::kWord && t[k].text.size() == 1));
    }
    std::string out;
    for (size_t k = b; k < e; ++k) {
      if (acronym && t[k].text == ".") continue;
      if (k > b && t[k].space_before) out += ' ';
      out += t[k].text;
    }
    return out;
  }

  // "the EU, UK, the USA and Canada": three or more names in a row make one list claim.
  void find_lists() {
    const std::vector<Token>& t = ts_.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      if (used_[i] || (i > 0 && !longest(i - 1, kListSeparator) && t[i - 1].capitalized)) continue;
      std::vector<std::pair<size_t, size_t>> items;
      size_t k = i, last_end = i;
      while (true) {
        size_t item_first;
        size_t end = list_item(k, &item_first);
        if (end == k) break;
        items.push_back({item_first, end});
        last_end = end;
        k = end;
        // Separators: "," and/or a conjunction, in any order (", and").
        size_t before = k;
        while (const PhraseHit* sep = longest(k, kListSeparator)) k = sep->last;
        if (k == before) break;
      }
      if (items.size() < 3 || !free(items.front().first, last_end)) continue;
      std::string value;
      for (auto [b, e] : items) {
        if (!value.empty()) value += "; ";
        value += list_item_text(b, e);
      }
      add_label(items.front().first, last_end, "list", std::move(value));
      i = last_end - 1;
    }
  }

  // "Belarus is a medium-sized state": the class a state is put in.
  void find_state_classes() {
    const std::vector<Token>& t = ts_.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      const PhraseHit* h = longest(i, kStateClass);
      if (!h || !free(i, h->last)) continue;
      // The state put in the class is the one named nearest before it ("Belarus is one of the
      // small states"), else after; a class is about one state, never a pair.
      std::string state;
      for (const MentionAt& m : mentions_) {
        const Mention& mention = out_.mentions[m.index];
        if (mention.type != EntityType::kCountry) continue;
        if (m.last <= i || state.empty()) state = mention.entity;
        if (m.last > i) break;
      }
      Claim& c = add_label(i, h->last, "state.size_class");
      if (!state.empty()) c.subject = Subject(state);
      i = h->last - 1;
    }
  }

  // "with the status of a special economic zone": the words after are a status label.
  void find_statuses() {
    const std::vector<Token>& t = ts_.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      const PhraseHit* intro = longest(i, kStatusIntro);
      if (!intro) continue;
      size_t b = intro->last, e = b;
      while (e < t.size() && e < b + 4 && t[e].kind == TokenKind::kWord && !t[e].capitalized) ++e;
      if (e - b < 2 || !free(b, e)) continue;  // one word is too little to be a status
      add_label(b, e, "status");
      i = e - 1;
    }
  }

  std::string mention_subject(size_t first, size_t last) const {
    for (const MentionAt& m : mentions_) {
      if (m.first < last && first < m.last && !out_.mentions[m.index].entity.empty()) {
        return out_.mentions[m.index].entity;
      }
    }
    return "";
  }

  // "compared to the same period in 2024": a baseline phrase a few tokens before the date.
  bool is_baseline(const DateMatch& m) const {
    for (size_t end = m.first > 4 ? m.first - 4 : 0; end <= m.first + 1 && end < ending_.size();
         ++end) {
      for (size_t hi : ending_[end]) {
        if (hits_[hi].use.table == kBaseline) return true;
      }
    }
    return false;
  }

  // Dates that no quantity took as its period are claims themselves: when something happened.
  void find_dates_as_claims() {
    const std::vector<Token>& t = ts_.tokens;
    // First, give each quantity claim the nearest date of its sentence as its period.
    for (size_t c = first_claim_; c < out_.claims.size(); ++c) {
      Claim& cl = out_.claims[c];
      auto [f, l] = token_ranges_[c - first_claim_];
      int best = -1;
      size_t best_distance = SIZE_MAX;
      for (size_t d = 0; d < dates_.size(); ++d) {
        if (is_baseline(dates_[d])) continue;
        size_t distance = dates_[d].last <= f    ? f - dates_[d].last
                          : dates_[d].first >= l ? dates_[d].first - l
                                                 : 0;
        if (distance < best_distance) {
          best_distance = distance;
          best = static_cast<int>(d);
        }
      }
      if (best >= 0) {
        cl.period = dates_[best].period;
        cl.period_basis =
            dates_[best].period.unresolved ? PeriodBasis::kUnresolved : PeriodBasis::kStated;
        // A label holds at the sentence's date, but that date may still be a claim itself.
        if (cl.kind != ClaimKind::kLabel) period_used_[best] = true;
      }
    }
    // A date that dates a quantity is still a claim when the sentence reports an event
    // ("won his sixth mandate in August 2020").
    bool event = false;
    for (const PhraseHit& h : hits_) {
      if (h.use.table != kAttributeTrigger) continue;
      const AttributeRule& a = r_.attributes[r_.attribute_triggers[h.use.row].attribute];
      event = event || a.applies_to(ClaimKind::kEvent);
    }
    const bool ordinary_sentence = sentence_.end - sentence_.begin <= kMaxSentence;
    for (size_t d = 0; d < dates_.size(); ++d) {
      const DateMatch& m = dates_[d];
      if ((period_used_[d] && !event) || !free(m.first, m.last) || m.period.empty() ||
          is_baseline(m)) {
        continue;
      }
      // A year right before a counted noun is a count, not a date ("2021 doses").
      if (m.bare_year && count_noun(m.last) != nullptr) continue;
      // The claim's span is the date itself, without a leading preposition.
      size_t first = m.first;
      while (first + 1 < m.last && t[first].kind == TokenKind::kWord &&
             (r_.time.year_prepositions.count(t[first].lower) ||
              r_.time.since_words.count(t[first].lower) ||
              r_.time.until_words.count(t[first].lower) ||
              r_.time.range_openers.count(t[first].lower))) {
        ++first;
      }
      // An event's claim carries what happened: the span reaches the nearest event word
      // ("This year at the summit", "That year ... by signing the Declaration").
      size_t last = m.last;
      if (event) {
        size_t best = SIZE_MAX;
        for (size_t k = m.last; k <= m.last + kEventWindow && k < starting_.size(); ++k) {
          for (size_t hi : starting_[k]) {
            const PhraseHit& h = hits_[hi];
            if (h.use.table != kAttributeTrigger) continue;
            const AttributeRule& a = r_.attributes[r_.attribute_triggers[h.use.row].attribute];
            if (!a.applies_to(ClaimKind::kEvent)) continue;
            if (free(m.last, h.last) && h.first - m.last < best) {
              best = h.first - m.last;
              last = h.last;
            }
          }
        }
      }
      // The status an event began, nearest its date in the same sentence (in text without stops,
      // within kAttributeWindow tokens): the span then reaches it.
      const StatusBegun* begun = nullptr;
      size_t begun_distance = SIZE_MAX;
      for (const StatusBegun& b : statuses_begun_) {
        size_t distance = b.last <= m.first   ? m.first - b.last
                          : b.first >= m.last ? b.first - m.last
                                              : 0;
        if (event && (ordinary_sentence || distance <= kAttributeWindow) &&
            distance < begun_distance) {
          begun = &b;
          begun_distance = distance;
        }
      }
      if (begun) {
        first = std::min(first, begun->first);
        last = std::max(last, begun->last);
      }
      Claim& c = add(event ? ClaimKind::kEvent : ClaimKind::kDate, first, last);
      if (begun) {
        c.object = begun->text;
        c.attribute = kStatusBegunAttribute;
      }
      if (event) {
        size_t at = nearest_attribute(ClaimKind::kEvent, m.first, m.last).second;
        if (at != SIZE_MAX) c.anchor = static_cast<int64_t>(t[at].begin);
      }
      c.numeric = false;
      c.period = m.period;
      c.text = m.period.iso();
      c.period_basis = m.period.unresolved ? PeriodBasis::kUnresolved : PeriodBasis::kStated;
    }
  }

  // --- binding --------------------------------------------------------------------------

  void bind() {
    // Subject: the states named in the sentence (not those a rank is scoped by, as in "after
    // Russia"); a pair when two. With more, the document's own pair wins if it is among them.
    std::vector<std::pair<size_t, std::string>> named = inner_countries_;  // in text order
    for (const MentionAt& m : mentions_) {
      bool in_scope = false;
      for (auto [f, l] : scope_tokens_) in_scope = in_scope || (m.first >= f && m.last <= l);
      const Mention& mention = out_.mentions[m.index];
      if (mention.type == EntityType::kCountry && !in_scope)
        named.push_back({m.first, mention.entity});
    }
    std::sort(named.begin(), named.end());
    std::vector<std::string> countries;
    for (const auto& [at, id] : named) {
      if (std::find(countries.begin(), countries.end(), id) == countries.end()) {
        countries.push_back(id);
      }
    }
    Subject subject = default_subject_;
    // One state named: the subject is that state, unless it is one of the document's pair
    // ("the share of China in our GDP" in a Belarus-China document is about the pair).
    if (countries.size() == 1 && !default_subject_.contains(countries[0])) {
      subject = Subject(countries[0]);
    } else if (countries.size() >= 2) {
      bool has_default = !default_subject_.empty();
      for (const std::string& id : default_subject_.entities) {
        has_default = has_default && std::count(countries.begin(), countries.end(), id) > 0;
      }
      if (!has_default) subject = Subject({countries[0], countries[1]});
    }
    // Modality and speaker.
    std::optional<Modality> modality;
    bool reported = false;
    for (const PhraseHit& h : hits_) {
      if (h.use.table == kModalityTrigger) modality = r_.modality_triggers[h.use.row].modality;
      if (h.use.table == kReportingVerb) reported = true;
    }
    std::string speaker;
    if (reported) {
      for (const MentionAt& m : mentions_) {
        if (out_.mentions[m.index].type == EntityType::kPerson)
          speaker = out_.mentions[m.index].canonical;
      }
    }
    for (size_t c = first_claim_; c < out_.claims.size(); ++c) {
      Claim& cl = out_.claims[c];
      auto [f, l] = token_ranges_[c - first_claim_];
      if (cl.subject.empty()) cl.subject = subject;
      if (modality)
        cl.modality = *modality;
      else if (reported)
        cl.modality = Modality::kReported;
      cl.speaker = speaker;
      if (cl.attribute.empty()) {
        cl.attribute = nearest_attribute(cl.kind, f, l).first;
        if (!cl.attribute.empty() &&
            (cl.kind == ClaimKind::kCount || cl.kind == ClaimKind::kAmount)) {
          std::string facet = nearest_facet(cl.kind, f, l);
          if (!facet.empty()) cl.attribute += "." + facet;
        }
      }
      if (cl.attribute.empty()) {
        cl.attribute = cl.kind == ClaimKind::kCount && !cl.unit.empty()
                           ? "count." + cl.unit
                           : std::string(to_string(cl.kind));
      }
      // Present-tense figures without a stated period hold as of the document's date.
      if (cl.period.empty() && cl.kind != ClaimKind::kDate && cl.kind != ClaimKind::kEvent &&
          (cl.modality == Modality::kAsserted || cl.modality == Modality::kReported)) {
        const PartialDate& pub = doc_.source.published;
        if (pub.precision == DatePrecision::kUnknown) {
          cl.period.unresolved = true;
          cl.period_basis = PeriodBasis::kUnresolved;
        } else {
          // As of the publication date, at the precision it is known to.
          cl.period.begin_year = cl.period.end_year = pub.year;
          cl.period.begin_month = cl.period.end_month = pub.month;
          cl.period.begin_day = cl.period.end_day = pub.day;
          cl.period_basis = PeriodBasis::kDocumentDate;
        }
      }
      // "Since 2020" in a document of 2026 runs to 2026: close an open end at its date.
      if (cl.period.begin_year != 0 && cl.period.end_year == 0 && cl.kind != ClaimKind::kDate &&
          cl.kind != ClaimKind::kEvent &&
          doc_.source.published.precision != DatePrecision::kUnknown) {
        const PartialDate& pub = doc_.source.published;
        cl.period.end_year = pub.year;
        cl.period.end_month = pub.month;
        cl.period.end_day = pub.day;
      }
      if (cl.numeric) cl.text = number_text(cl.value);
      cl.id = hex_id(
          'c', fnv1a(cl.source + '\n' + to_string(cl.kind) + '\n' + std::to_string(cl.span.begin) +
                     '\n' + std::to_string(cl.span.end) + '\n' + cl.text));
    }
    token_ranges_.clear();
    scope_tokens_.clear();
  }

  // The hit of `table` nearest tokens [f, l) within `window` tokens either side that `takes`
  // accepts: a window, not the whole sentence, so a sentence with no stops stays linear.
  template <typename Takes>
  const PhraseHit* nearest(PhraseTable table, size_t window, size_t f, size_t l,
                           Takes takes) const {
    const PhraseHit* best = nullptr;
    size_t best_distance = SIZE_MAX;
    const size_t from = f > window ? f - window : 0;
    const size_t to = std::min(l + window, starting_.size());
    for (size_t k = from; k < to; ++k) {
      for (size_t hi : starting_[k]) {
        const PhraseHit& h = hits_[hi];
        if (h.use.table != table || !takes(h)) continue;
        size_t distance = h.last <= f ? f - h.last : h.first >= l ? h.first - l : 0;
        if (distance < best_distance) {
          best_distance = distance;
          best = &h;
        }
      }
    }
    return best;
  }

  // The attribute whose trigger stands nearest the claim, and where that trigger starts.
  std::pair<std::string, size_t> nearest_attribute(ClaimKind kind, size_t f, size_t l) const {
    auto rule = [&](const PhraseHit& h) -> const AttributeRule& {
      return r_.attributes[r_.attribute_triggers[h.use.row].attribute];
    };
    const PhraseHit* h = nearest(kAttributeTrigger, kAttributeWindow, f, l,
                                 [&](const PhraseHit& x) { return rule(x).applies_to(kind); });
    return h ? std::pair{rule(*h).name, h->first} : std::pair{std::string(), SIZE_MAX};
  }

  // The facet whose word stands nearest the claim within kFacetWindow tokens, or "".
  std::string nearest_facet(ClaimKind kind, size_t f, size_t l) const {
    auto rule = [&](const PhraseHit& h) -> const FacetRule& {
      return r_.facets[r_.facet_triggers[h.use.row].attribute];
    };
    const PhraseHit* h = nearest(kFacetTrigger, kFacetWindow, f, l, [&](const PhraseHit& x) {
      const std::vector<ClaimKind>& kinds = rule(x).kinds;
      return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    });
    return h ? rule(*h).name : "";
  }

  struct MentionAt {
    size_t first, last, index;
  };
  struct PendingBreakdown {  // claim indexes until bind() gives the claims their ids
    size_t total = 0;
    std::vector<std::optional<size_t>> parts;  // a claim, or a bare number
    Breakdown breakdown;
  };
  struct StatusBegun {
    size_t first, last;
    std::string text;
  };

  const Document& doc_;
  const RuleData& r_;
  DateContext& date_context_;
  const Subject& default_subject_;
  const WordSet& proper_words_;
  Extraction& out_;

  TextRange sentence_;
  TokenizedSentence ts_;
  std::vector<PhraseHit> hits_;
  std::vector<std::vector<size_t>> starting_;  // hits by first token
  std::vector<std::vector<size_t>> ending_;    // hits by one-past-last token
  std::vector<bool> used_;
  std::vector<int> in_date_;
  std::vector<DateMatch> dates_;
  std::vector<bool> period_used_;
  std::vector<std::optional<NumberMatch>> number_at_;
  std::vector<bool> number_done_;
  std::vector<MentionAt> mentions_;
  std::vector<std::pair<size_t, std::string>> inner_countries_;  // token, state inside a name
  std::vector<StatusBegun> statuses_begun_;                      // of this sentence
  std::vector<int> mention_starting_;  // token -> index into mentions_ of one starting there
  std::vector<std::pair<size_t, size_t>> token_ranges_;  // of the claims of this sentence
  std::vector<std::pair<size_t, size_t>> scope_tokens_;  // "after Russia": not the subject
  std::vector<PendingBreakdown> breakdowns_;             // of this sentence
  size_t first_claim_ = 0;
};

// What one pass over the whole document tells: the pair of states it is mostly about (the
// default subject of its claims) and the words it capitalizes inside sentences (names).
struct DocumentProfile {
  Subject subject;
  WordSet proper_words;
};

DocumentProfile profile(const Document& doc, const RuleData& rules) {
  DocumentProfile p;
  std::map<std::string, int> counts;
  TokenizedSentence ts;
  std::vector<PhraseHit> hits;
  const std::string& text = doc.text.str();
  for (const TextRange& s : doc.text.sentences()) {
    tokenize(text, s.begin, s.end, ts);
    for (size_t i = 0; i < ts.tokens.size(); ++i) {
      if (i > 0 && ts.tokens[i].capitalized) p.proper_words.emplace(ts.tokens[i].lower);
      const PhraseHit* hit = match_entity(rules, ts.tokens, i, hits);
      if (!hit) continue;
      const EntityRule& e = rules.entities[hit->use.row];
      if (e.type == EntityType::kCountry) ++counts[e.id];
      i = hit->last - 1;
    }
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [id, n] : counts) ranked.push_back({-n, id});
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() == 1) p.subject = Subject(ranked[0].second);
  if (ranked.size() >= 2) p.subject = Subject({ranked[0].second, ranked[1].second});
  return p;
}

}  // namespace

Extraction extract(const Document& document, const RuleSet& rules) {
  Extraction out;
  if (document.status != InputStatus::kOk) return out;
  const RuleData& r = rules.data();
  DateContext dates;
  dates.document_date = document.source.published;
  DocumentProfile p = profile(document, r);
  SentenceReader reader(document, r, dates, p.subject, p.proper_words, out);
  for (const TextRange& s : document.text.sentences()) reader.read(s);
  // Body names are found after a sentence's known names; keep mentions in document order.
  std::stable_sort(out.mentions.begin(), out.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.text_begin < b.text_begin; });
  return out;
}

std::vector<Extraction> extract_corpus(std::vector<Document>& documents, const RuleSet& rules,
                                       unsigned threads, const ExtractProgress& progress) {
  std::vector<Extraction> results(documents.size());
  std::vector<char> out_of_memory(documents.size(), 0);
  std::atomic<size_t> next{0};
  std::mutex reporting;
  size_t done = 0;
  uint64_t bytes = 0;
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::min<size_t>(std::max(1u, threads), documents.size()); ++t) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < results.size(); i = next++) {
        try {
          results[i] = extract(documents[i], rules);
        } catch (const std::bad_alloc&) {
          results[i] = Extraction{};
          out_of_memory[i] = 1;
        }
        if (progress) {
          std::lock_guard<std::mutex> lock(reporting);
          bytes += documents[i].bytes;
          progress(++done, documents.size(), bytes);
        }
      }
    });
  }
  for (std::thread& t : pool) t.join();
  for (size_t i = 0; i < documents.size(); ++i) {
    if (!out_of_memory[i]) continue;
    documents[i].status = InputStatus::kSkipped;
    documents[i].reason =
        Status::error(StatusCode::kUnsupported, "out of memory while extracting claims",
                      Location{.file = documents[i].source.path});
  }
  return results;
}

}  // namespace claimtrace
