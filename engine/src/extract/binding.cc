// Binding: the sentence's claims take what the sentence says around them.
#include "extract/binding.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "content_id.h"
#include "extract/clauses.h"
#include "extract/contrast.h"
#include "extract/date_scope.h"
#include "extract/document_periods.h"
#include "extract/figure_cues.h"
#include "extract/figure_facets.h"
#include "extract/flow_origin.h"
#include "extract/parties.h"
#include "extract/relations.h"
#include "extract/respectively.h"

namespace claimtrace {

namespace {

// A relation one of whose parties is named inside a rank's scope ("партнёров Чили в Южной
// Америке": Chile and South America) pairs a party with the region it is ranked in, no party.
void drop_scoped_relations(const SentenceContext& s, std::vector<Relation>& relations) {
  if (s.scope_tokens.empty()) return;
  auto scoped = [&s](const Relation& r) {
    for (const MentionAt& m : s.mentions) {
      if (m.first < r.first || m.last > r.last) continue;
      for (auto [f, l] : s.scope_tokens) {
        if (m.first >= f && m.last <= l && r.subject.contains(s.out.mentions[m.index].entity.str()))
          return true;
      }
    }
    return false;
  };
  relations.erase(std::remove_if(relations.begin(), relations.end(), scoped), relations.end());
}

// In a document about a group and a party ("China–Central Asia"), a sentence naming only
// members of the group speaks of each member's part: one relation per member, the party and it.
std::vector<Relation> member_relations(const SentenceContext& s) {
  const Subject& d = s.default_subject;
  if (d.entities.size() != 2) return {};
  for (size_t g = 0; g < 2; ++g) {
    const EntityRule* group = s.rules.entity(d.entities[g]);
    if (!group || group->members.empty()) continue;
    const std::string& other = d.entities[1 - g];
    std::vector<Relation> out;
    for (const MentionAt& m : s.mentions) {
      const Mention& mention = s.out.mentions[m.index];
      if (mention.type != EntityType::kCountry && mention.type != EntityType::kGroup) continue;
      if (mention.entity == other) continue;
      if (std::find(group->members.begin(), group->members.end(), mention.entity) ==
          group->members.end()) {
        return {};
      }
      Relation r;
      r.first = m.first;
      r.last = m.last;
      r.subject = Subject({other, mention.entity});
      out.push_back(std::move(r));
    }
    return out;
  }
  return {};
}

// The modality of the figure at tokens [f, l): that of the verb governing it in its clause, the
// nearest trigger before it ("plans to raise trade to $10 billion"), else one right after it
// in its clause ("$10 billion is expected") unless that trigger governs a later figure.
std::optional<Modality> modality_of(const SentenceContext& s, size_t f, size_t l) {
  const PhraseHit* before = nullptr;
  const PhraseHit* after = nullptr;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kModalityTrigger) continue;
    if (h.first < l &&
        (!before || h.last > before->last || (h.last == before->last && h.first < before->first))) {
      before = &h;
    }
    if (h.first >= l &&
        (!after || h.first < after->first || (h.first == after->first && h.last > after->last))) {
      after = &h;
    }
  }
  auto of = [&](const PhraseHit& h) { return s.rules.modality_triggers[h.use.row].modality; };
  // "raise trade from $8 billion to $10 billion": the starting point of a change is a fact.
  if (const PhraseHit* b = s.ending_at(f, kClauseOpener); b && b->use.row == 1) {
    return std::nullopt;
  }
  if (before && !clause_breaks(s, std::min(before->last, f), f, false, f)) return of(*before);
  if (!after || clause_breaks(s, l, after->first, true)) return std::nullopt;
  for (size_t c = 0; c < s.claim_tokens.size(); ++c) {
    const ClaimTokens& other = s.claim_tokens[c];
    if (other.first < after->last || !is_figure_kind(s.out.claims[s.first_claim + c].kind))
      continue;
    if (!clause_breaks(s, after->last, other.first, true)) return std::nullopt;
  }
  return of(*after);
}

// A flow told by its partner alone ("exports to China"): whose it is, nobody can say.
void report_ownerless(SentenceContext& s, const Relation& r) {
  const Mention words = s.mention_at(r.first, r.last);
  s.out.diagnostics.push_back(Diagnostic{
      DiagnosticLevel::kWarning,
      Location{.file = s.doc.source.path,
               .offset = static_cast<int64_t>(words.span.begin),
               .line = words.position.line,
               .column = words.position.column},
      "\"" + words.surface +
          "\" names a partner but not whose trade it is: the subject of its figures is left "
          "empty"});
}

// An unknown name where a state or party belongs: the figures bound to it have no subject.
void report_unknown(SentenceContext& s, const Relation& r) {
  const auto [first, last] = *r.unknown;
  Mention name = s.mention_at(first, last);
  // A possessive ("Ruritania's") names the party without its ending.
  if (name.surface.ends_with("'s") || name.surface.ends_with("\u2019s")) {
    name.surface =
        name.surface.substr(0, name.surface.size() - (name.surface.ends_with("'s") ? 2 : 4));
  }
  s.out.diagnostics.push_back(Diagnostic{
      DiagnosticLevel::kWarning,
      Location{.file = s.doc.source.path,
               .offset = static_cast<int64_t>(name.span.begin),
               .line = name.position.line,
               .column = name.position.column},
      "\"" + name.surface +
          "\" is not a known state or party: the subject of figures about its relation is left "
          "empty"});
}

// The attribute of a claim no recognizer gave one: the nearest attribute word's in its own
// clause (else in the sentence), narrowed by a
// facet (how doses changed hands; a share of a measure is not its level), else one made from its
// kind ("count.<unit>", "amount").
std::string attribute_of(const SentenceContext& s, const Claim& c, const ClaimTokens& at) {
  auto [attribute, trigger] = s.clause_attribute(c.kind, at.first, at.last);
  // An event's facet names its object (dates_as_claims.cc), not a narrower attribute.
  if (!attribute.empty() && c.kind != ClaimKind::kEvent) {
    // The facet's kinds say which figures it narrows; "gdp.share" is a share already.
    std::string facet = facet_of(s, c.kind, at);
    // The attribute's own word is no narrower kind of it: a flow told by its verb ("X bought
    // Y's goods worth ...") is the flow itself.
    if (const PhraseHit* own = trigger != SIZE_MAX ? s.longest(trigger, kFacetTrigger) : nullptr;
        own && s.rules.facets[s.rules.facet_triggers[own->use.row].attribute].name == facet) {
      facet.clear();
    }
    const bool has = attribute.size() > facet.size() &&
                     attribute.compare(attribute.size() - facet.size(), facet.size(), facet) == 0 &&
                     attribute[attribute.size() - facet.size() - 1] == '.';
    if (!facet.empty() && !has) attribute += "." + facet;
  }
  if (attribute.empty()) {
    attribute = c.kind == ClaimKind::kCount && !c.unit.empty() ? "count." + c.unit
                                                               : std::string(to_string(c.kind));
  }
  return attribute;
}

// A percentage a decline phrase governs is a fall, negative: "fell by 8%", "на 4% меньше". A
// qualifier may stand between ("fell by about 8%"); a level ("fell to $3 billion") is no change.
void sign_decline(const SentenceContext& s, Claim& c, const ClaimTokens& at) {
  if (c.kind != ClaimKind::kPercent || !c.numeric || c.value <= 0) return;
  size_t first = at.first;
  if (const PhraseHit* q = s.ending_at(first, kQualifierWord)) first = q->first;
  const PhraseHit* before = s.ending_at(first, kDecline);
  const PhraseHit* after = s.longest(at.last, kDecline);
  if (!(before && before->use.row == 0) && !(after && after->use.row == 1)) return;
  c.value = -c.value;
  const double low = c.low;
  c.low = -c.high;
  c.high = -low;
}

// The attribute made from a figure's kind when no word of its sentence names what it measures.
bool generic_attribute(const Claim& c) {
  return c.attribute == to_string(c.kind) ||
         (c.kind == ClaimKind::kCount && c.attribute == "count." + c.unit);
}

// A figure whose sentence names no measure continues the measure of the sentence before, when it
// is the same kind of figure, in the same unit, about the same parties; never further back. A
// percentage set against an earlier time is the change of the level the sentence before gave
// ("Trade reached €4.6 billion. That is 4.5% more than a year before.").
void continue_measure(const DateContext& d, Claim& c, bool change) {
  if (!generic_attribute(c) || d.measure_sentence == SIZE_MAX ||
      d.measure_sentence + 1 != d.sentence)
    return;
  const bool fact = c.modality == Modality::kAsserted || c.modality == Modality::kReported;
  if (!fact || !(c.subject == d.topic_subject)) return;
  const bool level_change = change && c.kind == ClaimKind::kPercent &&
                            d.topic_kind == ClaimKind::kAmount && c.unit == "percent";
  if (!level_change && (c.kind != d.topic_kind || c.unit != d.topic_unit)) return;
  if (c.kind != ClaimKind::kAmount && c.kind != ClaimKind::kPercent) return;
  c.attribute = d.topic_attribute;
}

// An amount whose sentence names no measure continues the measure the sentence before named
// without a figure ("Trade between our countries has grown strongly. In 2022 it reached ...").
void continue_named_measure(const Discourse& w, const DateContext& d, Claim& c) {
  if (!generic_attribute(c) || c.kind != ClaimKind::kAmount || w.measure.empty() ||
      w.measure_sentence == SIZE_MAX || w.measure_sentence + 1 != d.sentence)
    return;
  if (c.modality != Modality::kAsserted && c.modality != Modality::kReported) return;
  c.attribute = w.measure;
}

// The measure a sentence with no figure names: its first attribute word for amounts.
void note_named_measure(const SentenceContext& s, Discourse& w) {
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    if (is_figure_kind(s.out.claims[c].kind)) return;
  }
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAttributeTrigger) continue;
    const AttributeRule& a = s.rules.attributes[s.rules.attribute_triggers[h.use.row].attribute];
    if (!a.applies_to(ClaimKind::kAmount)) continue;
    w.measure = a.name;
    w.measure_sentence = s.date_context.sentence;
    return;
  }
}

// A figure without a stated period holds as of the document's date (given, or its dateline's);
// an open end ("since 2020") closes at that date.
void bind_period(const PartialDate& published, Claim& c) {
  // Present-tense figures without a stated period hold as of the document's date; one whose
  // period is known to be unknown (a change's base after a month) stays unknown.
  if (c.period.empty() && !c.period.unresolved && c.kind != ClaimKind::kDate &&
      c.kind != ClaimKind::kEvent &&
      (c.modality == Modality::kAsserted || c.modality == Modality::kReported)) {
    if (published.precision == DatePrecision::kUnknown) {
      c.period.unresolved = true;
      c.period_basis = PeriodBasis::kUnresolved;
    } else {
      // As of the publication date, at the precision it is known to.
      c.period.begin_year = c.period.end_year = published.year;
      c.period.begin_month = c.period.end_month = published.month;
      c.period.begin_day = c.period.end_day = published.day;
      c.period_basis = PeriodBasis::kDocumentDate;
    }
  }
  // "Raise trade to $50 billion by 2030": a goal set for a date is for that year, not for every
  // year up to it.
  const bool goal = c.modality == Modality::kPlanned || c.modality == Modality::kTarget ||
                    c.modality == Modality::kForecast;
  if (goal && c.period.begin_year == 0 && c.period.end_year != 0) {
    c.period = Period{c.period.end_year, 0, 0, c.period.end_year, 0, 0, c.period.unresolved};
  }
  // "Since 2020" in a document of 2026 runs to 2026: close an open end at its date.
  if (c.period.begin_year != 0 && c.period.end_year == 0 && c.kind != ClaimKind::kDate &&
      c.kind != ClaimKind::kEvent && published.precision != DatePrecision::kUnknown) {
    c.period.end_year = published.year;
    c.period.end_month = published.month;
    c.period.end_day = published.day;
  }
}

// Whether a verb in the past tense stands in the clause of the figure at `at`, within the rank
// window either side ("China remained the second-largest partner").
bool told_in_past(const SentenceContext& s, const ClaimTokens& at) {
  return told_with(s, at, s.rules.time.past_words, true);
}

// Figures of a span of time that may take it from the sentence before: flows, counts, shares,
// and ranks told in the past tense ("Trade reached ... in 2023. China remained the second-largest
// partner."); a rank in the present holds as of its document, as labels and offices do. Events
// carry their own date.
bool continues_period(const Claim& c, bool past) {
  const bool fact = c.modality == Modality::kAsserted || c.modality == Modality::kReported;
  switch (c.kind) {
    case ClaimKind::kAmount:
    case ClaimKind::kCount:
    case ClaimKind::kPercent:
    case ClaimKind::kRatio:
    case ClaimKind::kMeasure:
      return fact;
    case ClaimKind::kRank:
      return fact && past;
    default:
      return false;
  }
}

// A figure stating no period continues the one the previous sentence's figures were about; a
// sentence with no such figure breaks the thread, so a period never carries further than that.
// Dates the sentence only compares with ("higher than in 2022") are not its figures' period, so
// they do not stop it.
void continue_period(DateContext& d, Claim& c, bool past, bool present) {
  if (!c.period.empty() || c.period.unresolved || present || !continues_period(c, past)) return;
  if (d.topic_sentence == SIZE_MAX || d.topic_sentence + 1 != d.sentence) return;
  c.period = d.topic;
  c.period_basis = PeriodBasis::kContext;
}

// Breakdowns whose claims now have ids; one whose parts fall in other periods than its total
// lists other years ("$5 billion in 2023: up from $4 billion in 2022"), not parts.
void bind_breakdowns(SentenceContext& s) {
  std::vector<Claim>& claims = s.out.claims;
  for (PendingBreakdown& b : s.breakdowns) {
    const Period& when = claims[b.total].period;
    if (std::any_of(b.parts.begin(), b.parts.end(), [&](const std::optional<size_t>& p) {
          return p && !(claims[*p].period == when);
        })) {
      continue;
    }
    b.breakdown.total = claims[b.total].id;
    for (size_t p = 0; p < b.parts.size(); ++p) {
      if (b.parts[p]) b.breakdown.parts[p].claim = claims[*b.parts[p]].id;
    }
    s.out.breakdowns.push_back(std::move(b.breakdown));
  }
  s.breakdowns.clear();
}

// A sentence that states a period, has no figure of its own and leads a list ("Key figures,
// 2024:", a heading over its items): the item under it continues its period, as the items
// after continue the item before.
void note_lead(SentenceContext& s) {
  if (!leads_list(s)) return;
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    if (is_figure_kind(s.out.claims[c].kind)) return;
  }
  for (auto m = s.dates.rbegin(); m != s.dates.rend(); ++m) {
    if (m->baseline || m->period.unresolved || m->period.empty() || !spans_months(m->period))
      continue;
    s.date_context.topic = m->period;
    s.date_context.topic_sentence = s.date_context.sentence;
    return;
  }
}

// "X sold Y goods worth $A, while Y's exports to X were $B": a relation's flow is the figure's
// only where the figure's own trade word stands in the relation's clause.
bool flow_of_another_clause(const SentenceContext& s, const Relation& r, const Claim& c,
                            const ClaimTokens& at) {
  const size_t word = s.clause_attribute(c.kind, at.first, at.last).second;
  if (word == SIZE_MAX || (word >= r.first && word < r.last)) return false;
  return word < r.first ? clause_breaks(s, word, r.first, false)
                        : clause_breaks(s, r.last, word, false);
}

// Where the clauses of a sentence begin: a figure takes no relation a later clause states, nor
// its parties ("Trade fell to $70 billion, while Japan's trade with China rose": Japan and China
// are the later clause's), and its own clause may set a partner against an earlier one's.
struct ClauseBounds {
  std::vector<size_t> next;  // the first clause start at or after each token, or SIZE_MAX
  std::vector<size_t> prev;  // the last clause start before each token, or SIZE_MAX

  explicit ClauseBounds(const SentenceContext& s) {
    const size_t n = s.tokens().size();
    next.assign(n + 1, SIZE_MAX);
    prev.assign(n + 1, SIZE_MAX);
    for (size_t k = n; k-- > 0;) next[k] = clause_starts(s, k, false) ? k : next[k + 1];
    for (size_t k = 1; k <= n; ++k) prev[k] = next[k - 1] == k - 1 ? k - 1 : prev[k - 1];
  }
};

// For each token of the sentence, the latest first token of a relation stating it (SIZE_MAX
// where none does): a party there belongs to the relation starting there.
std::vector<size_t> latest_relation_starts(size_t n, const std::vector<Relation>& relations) {
  std::vector<size_t> start(n, SIZE_MAX);
  for (const Relation& r : relations) {
    for (size_t k = r.first; k < r.last && k < n; ++k) {
      start[k] = start[k] == SIZE_MAX ? r.first : std::max(start[k], r.first);
    }
  }
  return start;
}

}  // namespace

bool told_with(const SentenceContext& s, const ClaimTokens& at, const WordSet& words,
               bool not_reporting) {
  const std::vector<Token>& t = s.tokens();
  // A reporting verb ("X said") is the tense of the telling, not of what is told.
  auto told = [&](size_t k) {
    return t[k].kind == TokenKind::kWord && words.count(t[k].lower) &&
           !(not_reporting && s.longest(k, kReportingVerb));
  };
  for (size_t k = at.first; k > 0 && at.first - k < s.policy.rank; --k) {
    if (clause_starts(s, k - 1, false)) break;
    if (told(k - 1)) return true;
  }
  for (size_t k = at.last; k < t.size() && k - at.last < s.policy.rank; ++k) {
    if (clause_starts(s, k, false)) break;
    if (told(k)) return true;
  }
  return false;
}

void bind(SentenceContext& s) {
  std::vector<Relation> relations =
      s.out.claims.size() > s.first_claim ? find_relations(s) : std::vector<Relation>{};
  drop_scoped_relations(s, relations);
  const size_t stated = relations.size();  // relations the words state, not per member
  if (relations.empty() && s.out.claims.size() > s.first_claim) relations = member_relations(s);
  const std::vector<NamedParty> parties = named_party_tokens(s);
  const std::vector<std::string> countries = named_parties(parties);
  // Listed subjects alone leave the figures outside their clauses to the sentence's subject.
  const bool only_listed =
      std::all_of(relations.begin(), relations.end(), [](const Relation& r) { return r.listed; });
  const Subject subject = only_listed ? sentence_subject(s, countries) : Subject();
  std::optional<ClauseBounds> clauses;
  if (s.out.claims.size() > s.first_claim && !relations.empty()) clauses.emplace(s);
  const std::vector<size_t> stated_from =
      clauses ? latest_relation_starts(s.tokens().size(), relations) : std::vector<size_t>{};
  std::vector<bool> told(relations.size(), false);
  // Speaker: a reporting verb makes the last person named the speaker; modality is each
  // figure's own, from its clause.
  bool reported = false;
  for (const PhraseHit& h : s.hits) {
    if (h.use.table == kReportingVerb) reported = true;
  }
  std::string speaker;
  if (reported) {
    for (const MentionAt& m : s.mentions) {
      if (s.out.mentions[m.index].type == EntityType::kPerson)
        speaker = s.out.mentions[m.index].canonical;
    }
  }
  std::optional<FlowFigure> told_flow;  // the last figure of a flow the sentence told
  std::vector<std::string> reach;       // the parties a figure's subject may come from
  bool related = false;                 // whether a relation starts before the clause's end
  std::optional<size_t> reach_end;      // the end of the clause these were read for
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    Claim& cl = s.out.claims[c];
    const Relation* flow = nullptr;      // the relation whose flow the figure measures
    std::optional<Relation> contrasted;  // one the figure's own clause states against another
    const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
    // The relations of the figure's clause and those before it, and the parties named outside
    // the relations of later clauses.
    const size_t end = clauses ? clauses->next[at.last] : SIZE_MAX;
    if (reach_end != end) {  // the figures of one clause share these
      related = std::any_of(relations.begin(), relations.end(),
                            [end](const Relation& r) { return r.first < end; });
      const bool later = std::any_of(relations.begin(), relations.end(),
                                     [end](const Relation& r) { return r.first >= end; });
      reach = !later ? countries : named_parties(named_party_tokens(s, [&](size_t k) {
        return stated_from[k] != SIZE_MAX && stated_from[k] >= end;
      }));
      reach_end = end;
    }
    if (cl.subject.empty() && related) {
      // The relation nearest the figure; none when two are equally near.
      if (const Relation* r = relation_of(s, relations, at.first, at.last, end)) {
        const size_t n = static_cast<size_t>(r - relations.data());
        if (r->unknown && !told[n]) report_unknown(s, *r);
        if (r->ownerless && !told[n]) report_ownerless(s, *r);
        told[n] = true;
        // A relation of an earlier clause, where the figure's clause names a partner of its own.
        // (Clause bounds are read in every sentence with a relation.)
        assert(clauses);
        const size_t opens = clauses->prev[at.first];
        if (opens != SIZE_MAX && r->last <= opens) {
          contrasted = contrasted_relation(s, *r, opens + 1, std::min(end, s.tokens().size()));
          if (contrasted) r = &*contrasted;
        }
        if (r->whole && (is_share(s, cl, at) || cl.kind == ClaimKind::kRank)) {
          // A partner's share of, or place in, a state's whole trade is about the two of them.
          cl.subject = sentence_subject(s, reach);
        } else {
          cl.subject = r->subject;
          flow = r;
        }
      } else if (only_listed) {
        cl.subject = sentence_subject(s, reach);
      }
    } else if (cl.subject.empty()) {
      cl.subject = sentence_subject(s, reach);
      // "Peru ... put its foreign trade at $9 billion": a state's whole trade told by a pronoun
      // is the one state the sentence names, not its pair.
      if (reach.size() == 1 && whole_trade(s, cl, at)) cl.subject = Subject(reach[0]);
    }
    // A status named beside a plan is still the status: labels take no verb's modality.
    std::optional<Modality> modality;
    if (cl.kind != ClaimKind::kLabel) modality = modality_of(s, at.first, at.last);
    if (modality)
      cl.modality = *modality;
    else if (reported)
      cl.modality = Modality::kReported;
    cl.speaker = speaker;
    if (cl.attribute.empty()) cl.attribute = attribute_of(s, cl, at);
    sign_decline(s, cl, at);
    const std::string via = cl.attribute;  // its trade word's, before a flow's direction
    // A flow keys by its direction: "X's exports to Y" and "Y's imports from X" are one flow.
    // Only a figure of the flow the relation states takes it ("X's exports to Y were $3 billion,
    // while it imported $11 billion": the imports are no flow to Y).
    if (flow && !flow->flow.empty() && is_figure_kind(cl.kind) && cl.attribute == flow->via &&
        !flow_of_another_clause(s, *flow, cl, at)) {
      cl.attribute = flow->flow + "." + flow->from + "_to_" + flow->to;
    } else if (std::optional<std::string> named = named_flow(s, cl, at)) {
      // A flow whose own sentence names no partner, or names one for another flow.
      cl.attribute = *named;
    }
    if (is_figure_kind(cl.kind)) {
      std::optional<std::pair<Subject, std::string>> next;
      if (told_flow) next = elided_flow(s, at, via, *told_flow);
      if (next) {
        std::tie(cl.subject, cl.attribute) = std::move(*next);
        told_flow->last = at.last;
      } else if (std::optional<FlowFigure> f = flow_figure(s, cl, at, via)) {
        told_flow = std::move(f);
      }
    }
    continue_measure(s.date_context, cl, against_baseline(s, at));
    continue_named_measure(*s.discourse, s.date_context, cl);
    continue_period(s.date_context, cl, cl.kind == ClaimKind::kRank && told_in_past(s, at),
                    told_with(s, at, s.rules.time.present_words));
    title_period(*s.discourse, cl, told_with(s, at, s.rules.time.present_words));
    future_goal(s, cl);
    bind_period(s.date_context.document_date, cl);
    if (cl.numeric) cl.text = number_text(cl.value);
    cl.id = hex_id(
        'c', fnv1a(cl.source + '\n' + to_string(cl.kind) + '\n' + std::to_string(cl.span.begin) +
                   '\n' + std::to_string(cl.span.end) + '\n' + cl.text));
    // Unique in its document, in reading order; claim_ids.h makes ids unique over a corpus.
    if (!s.claim_ids.insert(cl.id).second) {
      cl.id = suffixed_id(cl.id, [&](const std::string& x) { return s.claim_ids.count(x) > 0; });
      s.claim_ids.insert(cl.id);
    }
  }
  bind_respective(s);
  bind_breakdowns(s);
  // The pair this sentence names, for the sentences after it in its paragraph to refer back to:
  // the last relation between two parties it states (or the parties a clause lists as its
  // subject: "China, Kyrgyzstan and Uzbekistan signed ... The line will be 523 km long"), else
  // the two parties it names.
  if (countries.size() >= 2 && subject.entities.size() == 2) s.discourse->pair = subject;
  if (std::optional<Subject> section = heading_pair(s)) s.discourse->section = *section;
  for (size_t r = 0; r < stated; ++r) {
    const Relation& x = relations[r];
    if (x.subject.entities.size() == 2 || (x.listed && x.subject.entities.size() > 2))
      s.discourse->pair = x.subject;
  }
  // The period this sentence's first dated figure is about, for the next sentence to continue.
  DateContext& d = s.date_context;
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    const Claim& cl = s.out.claims[c];
    // A rank is told of the period, it does not carry one on: only figures of a span do.
    if (!continues_period(cl, false) || cl.period.unresolved || !spans_months(cl.period)) continue;
    if (cl.period_basis != PeriodBasis::kStated && cl.period_basis != PeriodBasis::kContext)
      continue;
    // The title's period is the document's, not this sentence's: no thread starts from it.
    const bool continued =
        d.topic_sentence != SIZE_MAX && d.topic_sentence + 1 == d.sentence && cl.period == d.topic;
    if (cl.period_basis == PeriodBasis::kContext && !continued) continue;
    d.topic = cl.period;
    d.topic_sentence = d.sentence;
    break;
  }
  // A sentence whose figure continued the thread passes it on, though that figure carries none
  // of its own (a rank told in the past between two sentences of flows).
  if (d.topic_sentence != SIZE_MAX && d.topic_sentence + 1 == d.sentence) {
    for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
      const Claim& cl = s.out.claims[c];
      if (cl.period_basis != PeriodBasis::kContext || !(cl.period == d.topic)) continue;
      d.topic_sentence = d.sentence;
      break;
    }
  }
  note_lead(s);
  note_title(s);
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    const Claim& cl = s.out.claims[c];
    const bool fact = cl.modality == Modality::kAsserted || cl.modality == Modality::kReported;
    if (!fact || (cl.kind != ClaimKind::kAmount && cl.kind != ClaimKind::kPercent)) continue;
    if (generic_attribute(cl) || cl.subject.empty() || !cl.numeric) continue;
    d.topic_attribute = cl.attribute;
    d.topic_unit = cl.unit;
    d.topic_subject = cl.subject;
    d.topic_kind = cl.kind;
    d.measure_sentence = d.sentence;
    break;
  }
  note_named_measure(s, *s.discourse);
  ++d.sentence;
}

}  // namespace claimtrace
