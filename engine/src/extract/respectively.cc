// Respective figures: the k-th of a list of figures with the k-th of a list of parties.
#include "extract/respectively.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/date_scope.h"
#include "extract/flow_origin.h"

namespace claimtrace {

namespace {

bool is_state_or_group(const Mention& m) {
  return m.type == EntityType::kCountry || m.type == EntityType::kGroup;
}

// The parties of the sentence's one list of two or more ("Y and Z", "Y, Z and W"), in text
// order; empty when it has none, or several (which figures go with which is then not told).
std::vector<std::string> listed_parties(const SentenceContext& s) {
  const std::vector<Token>& t = s.tokens();
  const RelationWords& w = s.rules.relation;
  std::vector<std::string> found;
  std::vector<std::string> run;
  size_t end = 0;  // one past the run's last mention
  bool joined = false;
  auto close = [&]() -> bool {
    if (run.size() >= 2 && joined) {
      if (!found.empty()) return false;
      found = run;
    }
    run.clear();
    joined = false;
    return true;
  };
  for (const MentionAt& m : s.mentions) {
    const Mention& mention = s.out.mentions[m.index];
    if (!is_state_or_group(mention)) continue;
    // Only a comma, a joiner, or both, between this party and the run's last one, and an
    // article ("China and the EU").
    bool next = !run.empty() && m.first > end && m.first - end <= 3;
    bool joiner = false;
    for (size_t k = end; next && k < m.first; ++k) {
      const bool comma = t[k].kind == TokenKind::kPunct && t[k].text == ",";
      const uint16_t role = t[k].kind == TokenKind::kWord ? w.of(t[k].lower) : 0;
      const bool j = (role & RelationWords::kJoiner) != 0;
      next = comma || j || (k + 1 == m.first && !t[k].capitalized && (role & RelationWords::kSkip));
      joiner = joiner || j;
    }
    if (!next && !close()) return {};
    if (std::find(run.begin(), run.end(), mention.entity.str()) != run.end()) {
      if (!close()) return {};
    }
    joined = joined || (next && joiner);
    run.push_back(mention.entity.str());
    end = m.last;
  }
  if (!close()) return {};
  return found;
}

}  // namespace

void bind_respective(SentenceContext& s) {
  std::vector<size_t> figures;  // indices into s.out.claims
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    if (is_figure_kind(s.out.claims[c].kind)) figures.push_back(c);
  }
  // Two dates may be the list the figures go with ("in 2023 and 2022, respectively").
  if (figures.size() < 2 || s.dates.size() >= 2) return;
  const std::vector<Token>& t = s.tokens();
  if (std::none_of(t.begin(), t.end(), [&](const Token& tok) {
        return tok.kind == TokenKind::kWord &&
               (s.rules.relation.of(tok.lower) & RelationWords::kRespectively);
      }))
    return;
  const std::vector<std::string> listed = listed_parties(s);
  if (listed.size() != figures.size()) return;
  for (size_t k = 0; k < figures.size(); ++k) {
    Claim& cl = s.out.claims[figures[k]];
    std::vector<std::string> ids;
    for (const std::string& id : cl.subject.entities) {
      if (std::find(listed.begin(), listed.end(), id) == listed.end()) ids.push_back(id);
    }
    // No owner outside the list; or no party of the list in the subject, so the figures are
    // not the list's ("..., while Russia and Germany lagged").
    if (ids.empty() || ids.size() == cl.subject.entities.size()) continue;
    // A flow given a direction by the list's first pair ("Exports of X and Y to Z":
    // trade.exports.X_to_Z) has the listed party in that pair's place; by another pair, it is
    // not re-read.
    if (cl.attribute.find("_to_") != std::string::npos) {
      if (cl.subject.entities.size() != 2 || ids.size() != 1) continue;
      const std::string& other = ids[0];
      const std::string& mine = cl.subject.entities[cl.subject.entities[0] == other ? 1 : 0];
      const std::string flow = cl.attribute.substr(0, cl.attribute.rfind('.') + 1);
      if (cl.attribute == flow + mine + "_to_" + other)
        cl.attribute = flow + listed[k] + "_to_" + other;
      else if (cl.attribute == flow + other + "_to_" + mine)
        cl.attribute = flow + other + "_to_" + listed[k];
      else
        continue;
      cl.subject = Subject({other, listed[k]});
      continue;
    }
    ids.push_back(listed[k]);
    cl.subject = Subject(ids);
    // A flow's direction, from the words beside its trade word ("X's exports").
    if (s.rules.relation.flow(cl.attribute)) {
      if (std::optional<std::string> named =
              named_flow(s, cl, s.claim_tokens[figures[k] - s.first_claim]))
        cl.attribute = *named;
    }
  }
}

}  // namespace claimtrace
