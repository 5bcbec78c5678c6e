// check_draft(): the draft is one more document in a verification pass; its claims are then
// classified by the findings they take part in and the relations verify recorded for them.
#include "claimtrace/check.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "check_goals.h"
#include "check_holders.h"
#include "claim_ids.h"
#include "claimtrace/claim_graph.h"
#include "claimtrace/claim_key.h"
#include "claimtrace/verify.h"
#include "language.h"
#include "verify/event_titles.h"
#include "verify/items.h"
#include "verify/rounding.h"
#include "verify/wording.h"

namespace claimtrace {
namespace {

// Findings where two accounts of one thing disagree; the others say nothing about the corpus.
bool disagreement(DiscrepancyKind k) {
  return k == DiscrepancyKind::kValueConflict || k == DiscrepancyKind::kRankConflict ||
         k == DiscrepancyKind::kDateConflict || k == DiscrepancyKind::kLabelConflict ||
         k == DiscrepancyKind::kPlausibility;
}

// What verification recorded for one claim: the corpus claims it agrees with and those it
// contradicts, read from the groups and relations verify compared on the claim's key.
class Relations {
 public:
  explicit Relations(const std::vector<ClaimRelation>& relations) {
    for (const ClaimRelation& r : relations) {
      if (r.bearing == Bearing::kSame) {
        lead_[r.b] = r.a;
        members_[r.a].push_back(r.b);
      } else {
        between_[r.a].push_back(&r);
        between_[r.b].push_back(&r);
      }
    }
  }

  // The first claim of the claim's group: every claim of a group has the same relations.
  const std::string& lead_of(const std::string& claim) const {
    auto found = lead_.find(claim);
    return found == lead_.end() ? claim : found->second;
  }

  // Claims verification found to agree with the group led by `lead` (its own claims and the
  // groups that agree with it), and those it found to contradict it.
  void of(const std::string& lead, std::set<std::string>& agreeing,
          std::set<std::string>& contradicting) const {
    add_group(lead, agreeing);
    auto found = between_.find(lead);
    if (found == between_.end()) return;
    for (const ClaimRelation* r : found->second) {
      const std::string& other = r->a == lead ? r->b : r->a;
      add_group(other, r->bearing == Bearing::kAgrees ? agreeing : contradicting);
    }
  }

 private:
  void add_group(const std::string& lead, std::set<std::string>& out) const {
    out.insert(lead);
    auto found = members_.find(lead);
    if (found != members_.end()) out.insert(found->second.begin(), found->second.end());
  }

  std::map<std::string, std::string> lead_;                  // claim -> its group's first
  std::map<std::string, std::vector<std::string>> members_;  // first -> the others
  std::map<std::string, std::vector<const ClaimRelation*>> between_;
};

class DraftChecker {
 public:
  DraftChecker(const Document& draft, const std::vector<Document>& docs,
               const std::vector<Extraction>& all, const Verification& v, const RuleSet& rules)
      : draft_(draft.source.id),
        v_(v),
        rules_(rules),
        relations_(v.relations),
        goals_(docs, all, draft.source.id, rules.data()),
        holders_(rules) {
    for (const Discrepancy& d : v_.discrepancies) {
      if (d.kind == DiscrepancyKind::kScopeDropped) {
        for (const Evidence& e : d.evidence) scopes_of_[e.claim].push_back(&d);
        continue;
      }
      // A note (an undated figure beside dated ones) says what was not compared: no side won.
      if (!disagreement(d.kind) || d.severity == Severity::kInfo) continue;
      for (const Evidence& e : d.evidence) {
        if (!e.claim.empty()) findings_of_[e.claim].push_back(&d);
      }
    }
    for (const Extraction& e : all) {
      for (const Claim& c : e.claims) {
        order_[c.id] = by_order_.size();
        by_order_.push_back(&c);
        // A figure told in the present tense holds as of its document's date.
        const bool stated = c.period_basis == PeriodBasis::kStated;
        if (c.source == draft_ || (!stated && c.period_basis != PeriodBasis::kDocumentDate)) {
          continue;
        }
        std::optional<ClaimKey> k = key_of(c, rules_);
        if (!k || c.period.empty()) continue;
        if (k->shape == KeyShape::kQuantity) dated_[*k].push_back(&c);
        holders_.add(c, *k);
        if (k->shape == KeyShape::kEvent && stated) {
          k->object.clear();
          events_[*k].push_back(&c);
        }
      }
    }
  }

  DraftFinding classify(const Claim& claim) const {
    DraftFinding f;
    f.claim = claim;
    if (contradiction(claim, f)) return f;
    // Only what verify compares can be supported or disputed: "a date in 2025" has no key.
    if (key_of(claim, rules_)) {
      Related related = related_to(claim);
      if (dispute(claim, related, f) || support(related, f)) return f;
      if (latest_agrees(claim, f) || latest_holder_agrees(claim, f) ||
          wider_object_agrees(claim, f)) {
        return f;
      }
    } else if (goals_.classify(claim, f)) {
      return f;  // a target or plan, against the corpus's goals
    }
    if (scope(claim, f)) return f;
    f.verdict = Verdict::kUnsupported;
    if (claim.subject.empty() || claim.period_basis == PeriodBasis::kUnresolved) {
      f.explanation = no_basis_words();
    } else {
      f.explanation = nothing_on_words(claim);
    }
    return f;
  }

 private:
  // Corpus claims verification related to a draft claim, in corpus order.
  struct Related {
    std::vector<const Claim*> claims;
    std::set<std::string> agreeing;
  };

  // Read once per group: a draft repeating one claim many times reads its group once, not once
  // per claim.
  const Related& related_to(const Claim& claim) const {
    const std::string& lead = relations_.lead_of(claim.id);
    auto [found, fresh] = related_.try_emplace(lead);
    if (fresh) found->second = related_of_group(lead);
    return found->second;
  }

  Related related_of_group(const std::string& lead) const {
    std::set<std::string> agreeing, contradicting;
    relations_.of(lead, agreeing, contradicting);
    Related out;
    std::set<size_t> at;
    for (const std::set<std::string>* ids : {&agreeing, &contradicting}) {
      for (const std::string& id : *ids) {
        auto found = order_.find(id);
        if (found == order_.end() || by_order_[found->second]->source == draft_) continue;
        at.insert(found->second);
        if (ids == &agreeing) out.agreeing.insert(id);
      }
    }
    for (size_t i : at) out.claims.push_back(by_order_[i]);
    return out;
  }

  const Claim* claim_by_id(const std::string& id) const {
    auto found = order_.find(id);
    return found == order_.end() ? nullptr : by_order_[found->second];
  }

  // Which side of a finding the draft's claim is on, and whether any corpus source is with it.
  bool contradiction(const Claim& claim, DraftFinding& f) const {
    auto found = findings_of_.find(claim.id);
    if (found == findings_of_.end()) return false;
    for (const Discrepancy* d : found->second) {
      if (bound_holds_all(claim, *d)) continue;
      bool corpus_with_draft = false, corpus_against = false;
      for (const Evidence& e : d->evidence) {
        if (e.source == draft_ || e.claim.empty()) continue;
        if (earlier_state(claim, e.claim, *d)) continue;
        const bool same_side = side_of(*d, e.claim) == side_of(*d, claim.id) &&
                               d->kind != DiscrepancyKind::kPlausibility;
        if (!same_side && another_time(claim, e.claim)) continue;
        (same_side ? corpus_with_draft : corpus_against) = true;
        f.evidence.push_back(e);
        f.evidence.back().role = same_side ? EvidenceRole::kAgrees : EvidenceRole::kConflicts;
      }
      if (!corpus_against) {
        f.evidence.clear();
        continue;  // only the draft's own claims disagree: a slip within the draft
      }
      f.verdict = corpus_with_draft ? Verdict::kDisputed : Verdict::kContradicted;
      f.discrepancy = d->id;
      f.explanation = contradicted_words(*d, corpus_with_draft);
      return true;
    }
    return false;
  }

  // A state (a label, a rank) the draft dates is not disputed by a rival the corpus states for
  // a time apart from it: "upgraded to X in 2019" says nothing of what held in 2024.
  bool another_time(const Claim& claim, const std::string& rival) const {
    const Claim* other = claim_by_id(rival);
    if (!other || (claim.kind != ClaimKind::kLabel && claim.kind != ClaimKind::kRank)) return false;
    return claim.period_basis == PeriodBasis::kStated && !claim.period.empty() &&
           !other->period.empty() && !claim.period.overlaps(other->period);
  }

  // A state the draft gives in the present tense holds at its date; an account the corpus dates
  // to a time over before it is an earlier state, weighed neither for nor against the draft when
  // the finding holds corpus accounts in their own present tense, which speak for that time.
  bool earlier_state(const Claim& claim, const std::string& account, const Discrepancy& d) const {
    if ((claim.kind != ClaimKind::kLabel && claim.kind != ClaimKind::kRank) ||
        claim.period_basis != PeriodBasis::kDocumentDate || claim.period.empty()) {
      return false;
    }
    const Claim* other = claim_by_id(account);
    if (!other || other->source == draft_ || other->period.empty() ||
        (other->period_basis != PeriodBasis::kStated &&
         other->period_basis != PeriodBasis::kContext) ||
        other->period.days().last >= claim.period.days().first) {
      return false;
    }
    for (const Evidence& e : d.evidence) {
      const Claim* c = e.claim.empty() ? nullptr : claim_by_id(e.claim);
      if (c && c->source != draft_ && c->period_basis == PeriodBasis::kDocumentDate) return true;
    }
    return false;
  }

  static int side_of(const Discrepancy& d, const std::string& claim) {
    for (size_t i = 0; i < d.values.size(); ++i) {
      const std::vector<std::string>& cs = d.values[i].claims;
      if (std::find(cs.begin(), cs.end(), claim) != cs.end()) return static_cast<int>(i);
    }
    return -1;
  }

  // A draft figure the corpus claims on its key disagree about, though it conflicts with none
  // (it sits between two accounts, or agrees with one side): unsettled. Only a finding that
  // holds a value verify compared with the draft's and found rival disputes it: a record
  // contradicted by an earlier year says nothing against a figure for that earlier year. A
  // figure loose enough to agree with both accounts still repeats one when, as written, it
  // takes a side.
  bool dispute(const Claim& claim, const Related& related, DraftFinding& f) const {
    for (const Claim* c : related.claims) {
      auto found = findings_of_.find(c->id);
      if (found == findings_of_.end()) continue;
      for (const Discrepancy* d : found->second) {
        if (d->kind == DiscrepancyKind::kPlausibility || bound_holds_all(claim, *d)) continue;
        if (!holds_rival(claim, *d, related) && !takes_a_side(claim, *d)) continue;
        f.verdict = Verdict::kDisputed;
        f.discrepancy = d->id;
        f.explanation = disputed_words(*d);
        for (const Evidence& e : d->evidence) {
          if (e.claim.empty() || earlier_state(claim, e.claim, *d)) continue;
          f.evidence.push_back(e);
          f.evidence.back().role =
              related.agreeing.count(e.claim) ? EvidenceRole::kAgrees : EvidenceRole::kConflicts;
        }
        return true;
      }
    }
    return false;
  }

  // Whether a finding's evidence holds a corpus claim verify related to the draft's without
  // agreeing with it: a rival value on the draft's own key and time.
  bool holds_rival(const Claim& claim, const Discrepancy& d, const Related& related) const {
    for (const Evidence& e : d.evidence) {
      if (e.claim.empty() || related.agreeing.count(e.claim) || earlier_state(claim, e.claim, d)) {
        continue;
      }
      for (const Claim* c : related.claims) {
        if (c->id == e.claim) return true;
      }
    }
    return false;
  }

  // Whether the draft's figure as written, half a unit of its last digit either side, holds the
  // value of some of a finding's corpus accounts and not of others: "about 40" takes the side of
  // 40 against 38, though "about" lets it agree with both. A floor or a
  // ceiling ("more than €1.5 billion") holds whichever account is right, and takes none.
  bool takes_a_side(const Claim& claim, const Discrepancy& d) const {
    if (!claim.numeric || !is_point(claim.qualifier)) return false;
    const double slack = half_unit(claim.value);
    bool holds = false, misses = false;
    for (const CompetingValue& side : d.values) {
      for (const std::string& id : side.claims) {
        const Claim* c = claim_by_id(id);
        if (!c || c->source == draft_ || !c->numeric || earlier_state(claim, id, d)) continue;
        const bool in = c->low <= claim.value + slack && claim.value - slack <= c->high;
        (in ? holds : misses) = true;
      }
    }
    return holds && misses;
  }

  // A floor or a ceiling ("more than $10 billion") that every corpus account of a finding meets
  // is true whichever account is right. An account of a part of the bound's period (a figure for
  // January-September against a year) is at most the whole: any floor meets it, and a ceiling
  // at or above it.
  bool bound_holds_all(const Claim& claim, const Discrepancy& d) const {
    const bool floor =
        claim.qualifier == Qualifier::kMoreThan || claim.qualifier == Qualifier::kAtLeast;
    const bool ceiling =
        claim.qualifier == Qualifier::kLessThan || claim.qualifier == Qualifier::kAtMost;
    if (!claim.numeric || (!floor && !ceiling) || claim.period.empty()) return false;
    const bool sums = claim.kind == ClaimKind::kAmount || claim.kind == ClaimKind::kCount;
    bool any = false;
    for (const Evidence& e : d.evidence) {
      const Claim* c = e.claim.empty() ? nullptr : claim_by_id(e.claim);
      if (!c || c->source == draft_) continue;
      if (!c->numeric || c->period.empty()) return false;
      any = true;
      const bool met = c->period.days() == claim.period.days()
                           ? !(c->high < claim.low || claim.high < c->low)
                           : sums && claim.period.contains(c->period) && claim.high >= c->low;
      if (!met) return false;
    }
    return any;
  }

  static bool is_point(Qualifier q) {
    return q == Qualifier::kExact || q == Qualifier::kApprox || q == Qualifier::kAlmost;
  }

  // Corpus claims verification found to agree with the draft's.
  bool support(const Related& related, DraftFinding& f) const {
    std::vector<const Claim*> agreeing;
    for (const Claim* c : related.claims) {
      if (related.agreeing.count(c->id)) agreeing.push_back(c);
    }
    return supported_by(agreeing, f);
  }

  // The draft's claim is supported by these corpus claims, one per source; false when none.
  bool supported_by(const std::vector<const Claim*>& claims, DraftFinding& f) const {
    std::set<std::string> sources;
    for (const Claim* c : claims) {
      if (sources.insert(c->source).second) {
        f.evidence.push_back(evidence_of(*c, EvidenceRole::kAgrees));
      }
    }
    if (f.evidence.empty()) return false;
    f.verdict = Verdict::kSupported;
    f.explanation = support_words(f.evidence);
    return true;
  }

  // A figure the draft gives in the present tense, with no period of its own, stands for the
  // latest the corpus states on its key up to the draft's date ("close to a fifth of all
  // investment" as of the last count), for a period or in the present tense of an earlier
  // document ("some 4,000 firms work here today"). It is supported when every account of that
  // latest period holds it, and disputed when the sources of that period disagree and some hold it;
  // a looser reading of time never contradicts.
  bool latest_agrees(const Claim& claim, DraftFinding& f) const {
    if (claim.period_basis != PeriodBasis::kDocumentDate || claim.period.empty() ||
        !claim.numeric) {
      return false;
    }
    std::optional<ClaimKey> k = key_of(claim, rules_);
    auto found = k && k->shape == KeyShape::kQuantity ? dated_.find(*k) : dated_.end();
    if (found == dated_.end()) return false;
    const long now = claim.period.days().first;
    long latest = LONG_MIN;
    for (const Claim* c : found->second) {
      const long last = c->period.days().last;
      if (last < now && last > latest) latest = last;
    }
    if (latest == LONG_MIN) return false;
    std::vector<const Claim*> holding, missing;
    for (const Claim* c : found->second) {
      if (c->period.days().last != latest) continue;
      (c->high < claim.low || claim.high < c->low ? missing : holding).push_back(c);
    }
    if (missing.empty()) return supported_by(holding, f);
    std::set<std::string> sources;
    for (const Claim* c : holding) sources.insert(c->source);
    const bool apart = std::any_of(missing.begin(), missing.end(),
                                   [&](const Claim* c) { return !sources.count(c->source); });
    if (holding.empty() || !apart) return false;
    f.verdict = Verdict::kDisputed;
    for (const Claim* c : holding) f.evidence.push_back(evidence_of(*c, EvidenceRole::kAgrees));
    for (const Claim* c : missing) f.evidence.push_back(evidence_of(*c, EvidenceRole::kConflicts));
    f.explanation = latest_disputed_words(holding, missing);
    return true;
  }

  bool latest_holder_agrees(const Claim& claim, DraftFinding& f) const {
    return supported_by(holders_.latest(claim), f);
  }

  // An event the draft names in fewer words than the corpus ("the treaty on legal assistance"
  // for the one "on legal assistance in civil matters") is the corpus's when every corpus event
  // of its kind and parties whose object holds all its words falls in the draft's time, even
  // where verify, finding two such titles, joins it to neither. It never contradicts.
  bool wider_object_agrees(const Claim& claim, DraftFinding& f) const {
    if (claim.kind != ClaimKind::kEvent || claim.period_basis != PeriodBasis::kStated ||
        claim.period.empty()) {
      return false;
    }
    std::optional<ClaimKey> k = key_of(claim, rules_);
    if (!k || k->shape != KeyShape::kEvent) return false;
    const std::set<std::string> mine = title_words(k->object);
    k->object.clear();
    auto found = events_.find(*k);
    if (mine.empty() || found == events_.end()) return false;
    std::vector<const Claim*> wider;
    for (const Claim* c : found->second) {
      if (!holds_all(title_words(c->object), mine)) continue;
      if (!c->period.overlaps(claim.period)) return false;
      wider.push_back(c);
    }
    return supported_by(wider, f);
  }

  std::string support_words(const std::vector<Evidence>& evidence) const {
    std::vector<std::pair<std::string, const Claim*>> quotes;
    std::vector<std::string> quoted_sources;
    for (const Evidence& e : evidence) {
      quotes.push_back({e.quote, claim_by_id(e.claim)});
      quoted_sources.push_back(e.source);
    }
    return agrees_words(quotes, quoted_sources);
  }

  // A rank the corpus states without the scope the draft gives it implies the draft's (the
  // largest partner of all is the largest in any region it is in); a draft rank without the
  // scope the corpus states is not supported by it.
  bool scope(const Claim& claim, DraftFinding& f) const {
    auto found = scopes_of_.find(claim.id);
    if (found == scopes_of_.end()) return false;
    const Discrepancy& d = *found->second.front();
    const bool dropped = d.evidence.front().claim == claim.id;
    for (const Evidence& e : d.evidence) {
      if (e.claim == claim.id || (!dropped && e.claim != d.evidence.front().claim)) continue;
      f.evidence.push_back(e);
      f.evidence.back().role = dropped ? EvidenceRole::kConflicts : EvidenceRole::kAgrees;
    }
    const Claim* other = f.evidence.empty() ? nullptr : claim_by_id(f.evidence.front().claim);
    if (!other) {
      f.evidence.clear();
      return false;
    }
    f.verdict = dropped ? Verdict::kUnsupported : Verdict::kSupported;
    f.discrepancy = d.id;
    f.explanation = dropped ? scope_only_words(*other) : scope_support_words(*other);
    return true;
  }

  std::string draft_;
  const Verification& v_;
  const RuleSet& rules_;
  Relations relations_;
  CorpusGoals goals_;
  std::map<std::string, std::vector<const Discrepancy*>> findings_of_;  // claim id -> findings
  std::map<std::string, std::vector<const Discrepancy*>> scopes_of_;    // dropped rank scopes
  std::map<std::string, size_t> order_;                                 // claim id -> corpus order
  std::vector<const Claim*> by_order_;
  std::map<ClaimKey, std::vector<const Claim*>> dated_;   // corpus figures with a stated period
  std::map<ClaimKey, std::vector<const Claim*>> events_;  // dated corpus events, object unset
  CorpusHolders holders_;
  mutable std::map<std::string, Related> related_;  // group lead -> related_to's answer
};

// The most a draft's figure may have moved in rounding, as a share of it: "$2 billion" may be
// 1.95 rounded, never 2.3.
constexpr double kMostRounding = 0.05;

// A desk writes figures rounded ("$5 billion" for 5.14 billion): an exact amount or percentage
// of the draft stands for what rounds to it, half a unit of its last significant digit either
// side, so verify's comparison meets the corpus's unrounded figure.
void widen_to_rounding(Claim& c) {
  if ((c.kind != ClaimKind::kAmount && c.kind != ClaimKind::kPercent) || !c.numeric ||
      c.qualifier != Qualifier::kExact || c.low != c.high || c.value != c.low) {
    return;
  }
  const double slack = std::min(half_unit(c.value), kMostRounding * std::fabs(c.value));
  c.low -= slack;
  c.high += slack;
}

}  // namespace

const char* to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::kSupported:
      return "supported";
    case Verdict::kContradicted:
      return "contradicted";
    case Verdict::kDisputed:
      return "disputed";
    case Verdict::kUnsupported:
      return "unsupported";
  }
  return "?";
}

std::optional<Verdict> parse_verdict(const std::string& text) {
  for (Verdict v :
       {Verdict::kSupported, Verdict::kContradicted, Verdict::kDisputed, Verdict::kUnsupported}) {
    if (text == to_string(v)) return v;
  }
  return std::nullopt;
}

DraftCheck check_draft(const Document& draft, const Extraction& draft_claims,
                       const std::vector<Document>& corpus,
                       const std::vector<Extraction>& corpus_claims, const RuleSet& rules,
                       const VerifyOptions& corpus_options) {
  // The draft may sit inside the corpus it is checked against: it must not confirm itself.
  const auto normal = [](const std::string& p) {
    return std::filesystem::path(p).lexically_normal().string();
  };
  std::vector<Document> docs;
  std::vector<Extraction> all;
  std::set<std::string> ids;
  for (size_t i = 0; i < corpus.size(); ++i) {
    if (normal(corpus[i].source.path) == normal(draft.source.path)) continue;
    docs.push_back(corpus[i]);
    all.push_back(corpus_claims[i]);
    ids.insert(corpus[i].source.id);
  }
  // Its id must not be a corpus document's, or its claims would count as that source's.
  Document own = draft;
  while (ids.count(own.source.id)) own.source.id += "~draft";
  Extraction own_claims = draft_claims;
  // Judged as verify compares it: completed from its own sentence and paragraph ("and in 2021
  // 3.4 billion" is an amount), so the claim the verdict names is the one compared. Its words
  // are read with the profile of its language, as extraction read them ("а в 2021 году").
  const std::map<std::string, Claim> completed =
      completed_claims(draft_claims, rules.profile(document_language(draft)));
  for (Claim& c : own_claims.claims) {
    if (auto found = completed.find(c.id); found != completed.end()) c = found->second;
    c.source = own.source.id;
    widen_to_rounding(c);
  }
  docs.push_back(own);
  all.push_back(own_claims);
  make_claim_ids_unique(all);  // a draft claim whose id a corpus claim has takes another
  ClaimGraph graph = ClaimGraph::build(docs, all, rules);
  VerifyOptions options = corpus_options;
  options.observer = own.source.id;
  const Verification v = verify(docs, all, rules, graph, options);
  DraftChecker checker(own, docs, all, v, rules);
  DraftCheck out;
  out.warnings = draft.diagnostics;
  out.warnings.insert(out.warnings.end(), draft_claims.diagnostics.begin(),
                      draft_claims.diagnostics.end());
  for (size_t i = 0; i < draft_claims.claims.size(); ++i) {
    out.findings.push_back(checker.classify(all.back().claims[i]));
    Claim& shown = out.findings.back().claim;
    shown.source = draft.source.id;
    shown.low = draft_claims.claims[i].low;  // as the draft wrote it, not as rounding allows
    shown.high = draft_claims.claims[i].high;
  }
  return out;
}

}  // namespace claimtrace
