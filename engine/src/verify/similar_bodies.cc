// Two body names that differ only in the body word ("Human Rights Council" / "Human Rights
// Committee") are easily confused: one body misnamed, or two bodies? Worth a look.
#include <map>
#include <set>

#include "verify/checks.h"
#include "verify/names.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

class SimilarBodies : public Check {
 public:
  void run(const CheckInput& in, std::vector<Discrepancy>& out) const override {
    struct Name {
      std::vector<std::string> words;
      std::vector<std::pair<size_t, const Mention*>> mentions;
    };
    std::map<std::string, Name> names;  // canonical -> its mentions
    for (size_t d = 0; d < in.extractions.size(); ++d) {
      for (const Mention& m : in.extractions[d].mentions) {
        if (m.type != EntityType::kBody || !m.entity.empty()) continue;
        Name& n = names[m.canonical];
        if (n.words.empty()) n.words = name_words(m.canonical);
        n.mentions.push_back({d, &m});
      }
    }
    // Names alike but for the body word, grouped: one finding per group.
    std::map<std::vector<std::string>, std::vector<const Name*>> alike;
    for (const auto& [canonical, n] : names) {
      if (n.words.size() < 3) continue;
      alike[std::vector<std::string>(n.words.begin(), n.words.end() - 1)].push_back(&n);
    }
    for (const auto& [prefix, group] : alike) {
      if (group.size() < 2) continue;
      Discrepancy d;
      d.kind = DiscrepancyKind::kNameVariant;
      d.severity = Severity::kLow;
      std::vector<std::pair<std::string, std::set<std::string>>> listed;
      std::vector<std::string> heads;
      for (const Name* n : group) {
        std::set<std::string> sources;
        for (const auto& [doc, m] : n->mentions) {
          sources.insert(in.docs[doc].source.id);
          d.evidence.push_back(mention_evidence(in.docs[doc], *m));
        }
        listed.push_back({n->mentions.front().second->surface, sources});
        heads.push_back(n->words.back());
      }
      d.explanation = similar_bodies_words(listed, heads);
      out.push_back(std::move(d));
    }
  }
};

}  // namespace

std::unique_ptr<Check> similar_bodies_check() { return std::make_unique<SimilarBodies>(); }

}  // namespace claimtrace
