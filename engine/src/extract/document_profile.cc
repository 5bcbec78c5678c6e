// The document profile: states counted over every sentence, and words capitalized mid-sentence.
#include "extract/document_profile.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "extract/entity_names.h"
#include "token.h"

namespace claimtrace {

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

}  // namespace claimtrace
