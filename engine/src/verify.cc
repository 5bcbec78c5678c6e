// Verification: claims are compared only on a fully known key (subject, a declared attribute,
// unit or object, and a time), so figures that differ by period, subject, metric or modality
// are never set against each other. Contradictions become graph edges; their connected
// components are disputes, whose sides are ranked by trust-weighted independent support.
#include "claimtrace/verify.h"

#include <algorithm>
#include <cassert>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "content_id.h"
#include "rule_data.h"
#include "verify/checks.h"
#include "verify/compare.h"
#include "verify/compared.h"
#include "verify/disputes.h"

namespace claimtrace {

const char* to_string(Bearing bearing) {
  switch (bearing) {
    case Bearing::kSame:
      return "same";
    case Bearing::kAgrees:
      return "agrees";
    case Bearing::kContradicts:
      return "contradicts";
  }
  return "?";
}

namespace {

// Stable: from the kind and the evidence, not from order.
std::string id_of(const Discrepancy& d) {
  std::string basis = to_string(d.kind);
  for (const Evidence& e : d.evidence) {
    basis += "\n" + (e.claim.empty() ? e.source + ":" + std::to_string(e.span.begin) : e.claim);
  }
  return hex_id('d', fnv1a(basis));
}

auto fields(const Evidence& e) {
  return std::tie(e.source, e.span.begin, e.span.end, e.claim, e.role, e.value_rank, e.quote,
                  e.path, e.position.line, e.position.column);
}
bool evidence_before(const Evidence& x, const Evidence& y) { return fields(x) < fields(y); }

auto fields(const CompetingValue& v) { return std::tie(v.value, v.support, v.sources, v.claims); }
bool value_before(const CompetingValue& x, const CompetingValue& y) {
  return fields(x) < fields(y);
}

// Most severe first, then by kind, place and id; findings equal on those (an id's basis shared
// by two findings) by all their evidence and then their words, so the order and which one
// takes "-2" never depend on the order they were found in.
bool before(const Discrepancy& x, const Discrepancy& y) {
  auto place = [](const Discrepancy& d) {
    return d.evidence.empty() ? std::pair<std::string_view, uint64_t>{"", 0}
                              : std::pair<std::string_view, uint64_t>{d.evidence[0].source,
                                                                      d.evidence[0].span.begin};
  };
  if (x.severity != y.severity) return x.severity > y.severity;
  if (x.kind != y.kind) return x.kind < y.kind;
  if (place(x) != place(y)) return place(x) < place(y);
  if (x.id != y.id) return x.id < y.id;
  if (x.evidence != y.evidence) {
    return std::lexicographical_compare(x.evidence.begin(), x.evidence.end(), y.evidence.begin(),
                                        y.evidence.end(), evidence_before);
  }
  if (std::tie(x.subject, x.attribute, x.period, x.explanation) !=
      std::tie(y.subject, y.attribute, y.period, y.explanation)) {
    return std::tie(x.subject, x.attribute, x.period, x.explanation) <
           std::tie(y.subject, y.attribute, y.period, y.explanation);
  }
  return std::lexicographical_compare(x.values.begin(), x.values.end(), y.values.begin(),
                                      y.values.end(), value_before);
}

// Ids unique as claim ids are (claim_ids.h): a finding whose id one before it has, in report
// order, takes the id with "-2", "-3"..., the first no finding has.
void unique_ids(std::vector<Discrepancy>& found) {
  std::unordered_set<std::string> all, given;
  for (const Discrepancy& d : found) all.insert(d.id);
  if (all.size() == found.size()) return;
  for (Discrepancy& d : found) {
    if (given.insert(d.id).second) continue;
    std::string id = suffixed_id(
        d.id, [&](const std::string& x) { return all.count(x) > 0 || given.count(x) > 0; });
    given.insert(id);
    d.id = std::move(id);
  }
}

}  // namespace

void order_findings(std::vector<Discrepancy>& found) {
  std::sort(found.begin(), found.end(), before);
  unique_ids(found);
}

Verification verify(const std::vector<Document>& documents,
                    const std::vector<Extraction>& extractions, const RuleSet& rules,
                    ClaimGraph& graph, const VerifyOptions& options) {
  return verify_compared(documents, extractions, rules, graph, options,
                         [](const Keyed& keyed) { return compare_all(keyed); });
}

Verification verify_compared(const std::vector<Document>& documents,
                             const std::vector<Extraction>& extractions, const RuleSet& rules,
                             ClaimGraph& graph, const VerifyOptions& options,
                             const std::function<Findings(const Keyed&)>& compare) {
  assert(documents.size() == extractions.size());
  const RuleData& data = rules.data();
  const Keyed keyed = Keyed::build(extractions, data);
  Findings findings = compare(keyed);
  Verification out;
  const CheckInput input{documents, extractions, data, keyed};
  for (const std::unique_ptr<Check>& check : corpus_checks()) check->run(input, out.discrepancies);

  // Contradictions into the graph; its components are the disputes.
  const std::vector<Item>& items = keyed.items;
  for (const Contradiction& p : findings.contradictions) {
    graph.relate(items[p.a].c->id, items[p.b].c->id, Relation::kContradicts);
  }
  for (const auto& [a, b] : findings.agreements) {
    graph.relate(items[a].c->id, items[b].c->id, Relation::kCorroborates);
  }
  const std::vector<Dispute> disputes = build_disputes(keyed, findings, graph);
  const Voices voice = voices_of(keyed, graph);
  const std::map<std::string, double> trust =
      compute_trust(documents, extractions, keyed, disputes, voice, options, out);
  for (const Dispute& d : disputes) out.discrepancies.push_back(describe(d, keyed, voice, trust));
  for (Discrepancy& d : out.discrepancies) d.id = id_of(d);
  order_findings(out.discrepancies);
  out.relations = std::move(findings.relations);
  return out;
}

}  // namespace claimtrace
