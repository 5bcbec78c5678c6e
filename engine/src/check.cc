// check_draft(): the draft is one more document in a verification pass; its claims are then
// classified by the findings they take part in and the corpus claims that agree with them.
#include "claimtrace/check.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "claimtrace/claim_graph.h"
#include "claimtrace/verify.h"
#include "rule_data.h"

namespace claimtrace {
namespace {

// Findings where two accounts of one thing disagree; the others say nothing about the corpus.
bool disagreement(DiscrepancyKind k) {
  return k == DiscrepancyKind::kValueConflict || k == DiscrepancyKind::kRankConflict ||
         k == DiscrepancyKind::kDateConflict || k == DiscrepancyKind::kLabelConflict ||
         k == DiscrepancyKind::kPlausibility;
}

// What a claim is about, as verify keys it: a claim on another topic can neither support nor
// contradict it.
std::string topic(const Claim& c) {
  return c.subject.text() + "|" + c.attribute + "|" + c.unit + "|" + to_string(c.kind) + "|" +
         c.scope + "|" + c.object;
}

bool is_fact(const Claim& c) {
  return c.modality == Modality::kAsserted || c.modality == Modality::kReported;
}

bool agrees(const Claim& a, const Claim& b) {
  if (!a.numeric || !b.numeric) return a.text == b.text;
  constexpr double kSlack = 1e-9;
  return a.low <= b.high * (1 + kSlack) && b.low <= a.high * (1 + kSlack);
}

std::string where(const Claim& c) {
  return c.source + (c.period.empty() ? "" : ", " + c.period.iso());
}

class DraftChecker {
 public:
  DraftChecker(const Document& draft, const std::vector<Extraction>& all, const Verification& v,
               const RuleData& rules)
      : draft_(draft.source.id), all_(all), v_(v), r_(rules) {
    for (const Discrepancy& d : v_.discrepancies) {
      if (!disagreement(d.kind)) continue;
      for (const Evidence& e : d.evidence) {
        if (!e.claim.empty()) findings_of_[e.claim].push_back(&d);
      }
    }
    for (const Extraction& e : all_) {
      for (const Claim& c : e.claims) {
        by_id_[c.id] = &c;
        if (c.source != draft_ && is_fact(c)) by_topic_[topic(c)].push_back(&c);
      }
    }
  }

  DraftFinding classify(const Claim& claim) const {
    DraftFinding f;
    f.claim = claim;
    // Only what verify compares can be supported or disputed: "a date in 2025" is not a topic.
    const AttributeRule* a = r_.declared(claim.attribute);
    const bool comparable = a && a->comparison != Comparison::kNone;
    if (contradiction(claim, f) || (comparable && (dispute(claim, f) || support(claim, f)))) {
      return f;
    }
    f.verdict = Verdict::kUnsupported;
    if (claim.subject.empty() || claim.period_basis == PeriodBasis::kUnresolved) {
      f.explanation = "Nothing to check it against: the claim has no known subject or period.";
    } else {
      f.explanation = "Nothing in the corpus on the " + claim.attribute + " of " +
                      claim.subject.text() +
                      (claim.period.empty() ? "" : " for " + claim.period.iso()) +
                      ". Unsupported is not contradicted: look for a source.";
    }
    return f;
  }

 private:
  const Claim* claim_by_id(const std::string& id) const {
    auto found = by_id_.find(id);
    return found == by_id_.end() ? nullptr : found->second;
  }

  // Which side of a finding the draft's claim is on, and whether any corpus source is with it.
  bool contradiction(const Claim& claim, DraftFinding& f) const {
    auto found = findings_of_.find(claim.id);
    if (found == findings_of_.end()) return false;
    for (const Discrepancy* d : found->second) {
      bool corpus_with_draft = false, corpus_against = false;
      for (const Evidence& e : d->evidence) {
        if (e.source == draft_ || e.claim.empty()) continue;
        const bool same_side = side_of(*d, e.claim) == side_of(*d, claim.id) &&
                               d->kind != DiscrepancyKind::kPlausibility;
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
      f.explanation =
          (corpus_with_draft ? "The corpus itself disagrees here. " : "") + d->explanation;
      return true;
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

  // A draft figure that sits between two corpus accounts is in no conflict, yet unsettled.
  bool dispute(const Claim& claim, DraftFinding& f) const {
    auto same = by_topic_.find(topic(claim));
    if (same == by_topic_.end()) return false;
    for (const Claim* c : same->second) {
      if (!(c->period == claim.period)) continue;
      auto found = findings_of_.find(c->id);
      if (found == findings_of_.end()) continue;
      for (const Discrepancy* d : found->second) {
        if (d->kind == DiscrepancyKind::kPlausibility) continue;
        f.verdict = Verdict::kDisputed;
        f.discrepancy = d->id;
        f.explanation = "The corpus itself disagrees on this. " + d->explanation;
        for (const Evidence& e : d->evidence) {
          if (e.claim.empty()) continue;
          const Claim* other = claim_by_id(e.claim);
          f.evidence.push_back(e);
          f.evidence.back().role =
              other && agrees(*other, claim) ? EvidenceRole::kAgrees : EvidenceRole::kConflicts;
        }
        return true;
      }
    }
    return false;
  }

  bool support(const Claim& claim, DraftFinding& f) const {
    auto same = by_topic_.find(topic(claim));
    if (same == by_topic_.end()) return false;
    std::set<std::string> sources;
    for (const Claim* c : same->second) {
      if (!(c->period == claim.period) || !agrees(*c, claim)) continue;
      if (sources.insert(c->source).second)
        f.evidence.push_back(evidence_of(*c, EvidenceRole::kAgrees));
    }
    if (f.evidence.empty()) return false;
    f.verdict = Verdict::kSupported;
    f.explanation = "Agrees with ";
    for (size_t i = 0; i < f.evidence.size(); ++i) {
      const Claim* c = claim_by_id(f.evidence[i].claim);
      f.explanation += (i ? "; " : "") + std::string("\"") + f.evidence[i].quote + "\" (" +
                       (c ? where(*c) : f.evidence[i].source) + ")";
    }
    f.explanation += ".";
    return true;
  }

  std::string draft_;
  const std::vector<Extraction>& all_;
  const Verification& v_;
  const RuleData& r_;
  std::map<std::string, std::vector<const Discrepancy*>> findings_of_;  // claim id -> findings
  std::map<std::string, std::vector<const Claim*>> by_topic_;           // corpus facts
  std::map<std::string, const Claim*> by_id_;
};

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

DraftCheck check_draft(const Document& draft, const Extraction& draft_claims,
                       const std::vector<Document>& corpus,
                       const std::vector<Extraction>& corpus_claims, const RuleSet& rules) {
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
  for (Claim& c : own_claims.claims) c.source = own.source.id;
  docs.push_back(own);
  all.push_back(own_claims);
  ClaimGraph graph = ClaimGraph::build(docs, all);
  VerifyOptions options;
  options.observer = own.source.id;
  const Verification v = verify(docs, all, rules, graph, options);
  DraftChecker checker(own, all, v, rules.data());
  DraftCheck out;
  for (size_t i = 0; i < draft_claims.claims.size(); ++i) {
    out.findings.push_back(checker.classify(own_claims.claims[i]));
    out.findings.back().claim.source = draft.source.id;
  }
  return out;
}

}  // namespace claimtrace
