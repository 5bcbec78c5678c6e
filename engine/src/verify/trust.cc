// Trust: each source's share of support over its disputes, smoothed by a prior, iterated.
#include <algorithm>
#include <cmath>

#include "verify/disputes.h"

namespace claimtrace {

double prior_of(const Source& source, const VerifyOptions& options) {
  if (source.id == options.observer) return 0;
  if (source.trust_prior) return *source.trust_prior;
  if (source.publisher.known()) {
    auto found = options.publisher_priors.find(source.publisher.value);
    if (found != options.publisher_priors.end()) return found->second;
  }
  if (source.kind.known()) {
    auto found = options.kind_priors.find(source.kind.value);
    if (found != options.kind_priors.end()) return found->second;
  }
  return options.prior_trust;
}

std::map<std::string, double> compute_trust(const std::vector<Document>& docs,
                                            const std::vector<Extraction>& extractions,
                                            const Keyed& keyed,
                                            const std::vector<Dispute>& disputes,
                                            const Voices& voice, const VerifyOptions& options,
                                            Verification& out) {
  const std::vector<Item>& items = keyed.items;
  std::map<std::string, double> trust, prior;
  for (const Document& d : docs)
    prior[d.source.id] = trust[d.source.id] = prior_of(d.source, options);
  // The observer's claims take no part: a dispute only with it moves no one's trust.
  std::vector<Dispute> counted;
  for (const Dispute& whole : disputes) {
    Dispute d = whole;
    for (auto& side : d.sides) {
      std::erase_if(side, [&](size_t i) { return items[i].c->source == options.observer; });
    }
    std::erase_if(d.sides, [](const std::vector<size_t>& side) { return side.empty(); });
    if (d.sides.size() >= 2) counted.push_back(std::move(d));
  }
  // Sides do not change between rounds; their voices are gathered once.
  std::vector<std::vector<std::set<std::string>>> side_voices;
  for (const Dispute& d : counted) {
    side_voices.emplace_back();
    for (const auto& side : d.sides) side_voices.back().push_back(voices(side, voice));
  }
  int round = 0;
  std::map<std::string, double> confidence;
  std::map<std::string, int> disputed, leading;
  while (round < options.max_iterations) {
    ++round;
    confidence.clear();
    disputed.clear();
    leading.clear();
    for (size_t k = 0; k < counted.size(); ++k) {
      const Dispute& d = counted[k];
      std::vector<double> support;
      double total = 0;
      for (const std::set<std::string>& side : side_voices[k]) {
        double s = 0;
        for (const std::string& v : side) s += trust[v];
        support.push_back(s);
        total += s;
      }
      double best = *std::max_element(support.begin(), support.end());
      int best_count = static_cast<int>(std::count(support.begin(), support.end(), best));
      for (size_t s = 0; s < d.sides.size(); ++s) {
        for (size_t i : d.sides[s]) {
          const std::string& src = items[i].c->source;
          confidence[src] += total > 0 ? support[s] / total : 0;
          ++disputed[src];
          if (support[s] == best && best_count == 1) ++leading[src];
        }
      }
    }
    double change = 0;
    for (auto& [src, t] : trust) {
      if (src == options.observer) continue;
      double next = (prior[src] * options.prior_weight + confidence[src]) /
                    (options.prior_weight + disputed[src]);
      change = std::max(change, std::fabs(next - t));
      t = next;
    }
    if (change < 1e-12) break;
  }
  out.trust_iterations = round;
  for (size_t d = 0; d < docs.size(); ++d) {
    const std::string& id = docs[d].source.id;
    SourceTrust t;
    t.source = id;
    t.claims = static_cast<int>(extractions[d].claims.size());
    t.disputed = disputed[id];
    t.leading = leading[id];
    t.confidence = confidence[id];
    t.prior = prior[id];
    t.prior_weight = options.prior_weight;
    t.trust = trust[id];
    out.trust.push_back(t);
  }
  return trust;
}

}  // namespace claimtrace
