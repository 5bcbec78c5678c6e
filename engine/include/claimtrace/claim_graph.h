// ClaimGraph: sources, their claims, the keys those claims are about and the entities they
// name, as one graph; disputes are its connected components over contradiction edges.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "claimtrace/copy.h"
#include "claimtrace/document.h"
#include "claimtrace/extraction.h"
#include "claimtrace/rules.h"

namespace claimtrace {

enum class NodeKind { kSource, kClaim, kKey, kEntity };
enum class Relation { kAsserts, kAbout, kMentions, kCorroborates, kContradicts, kCopies };
const char* to_string(NodeKind kind);
const char* to_string(Relation relation);

class ClaimGraph {
 public:
  // Sources (every document, skipped ones too), claims, keys (the claim's ClaimKey from
  // key_of() and its period; claims verify does not compare have none), entities, and copies
  // between sources found from near-identical claim sentences. The graph views its claims' ids
  // and quotes: the extractions must outlive it, unchanged.
  static ClaimGraph build(const std::vector<Document>& documents,
                          const std::vector<Extraction>& extractions, const RuleSet& rules);
  ClaimGraph();
  ~ClaimGraph();
  ClaimGraph(ClaimGraph&&) noexcept;
  ClaimGraph& operator=(ClaimGraph&&) noexcept;

  // Whether these are the extractions it was built over, their claims where they were then:
  // what the graph views is still there. The bulk readers below assert it in debug builds;
  // the per-claim ones (relate, origin, copy) leave it to them.
  bool views(const std::vector<Extraction>& extractions) const;

  // Claims a and b (ids) agree or contradict; verification adds these.
  void relate(const std::string& a, const std::string& b, Relation relation);

  // Groups of claims linked by contradiction, each sorted by id, groups in order of their
  // first id: connected components of the graph filtered to contradiction edges.
  std::vector<std::vector<std::string>> disputes() const;
  // The claim a claim was copied from (itself when it is an original).
  std::string origin(const std::string& claim) const;
  // The copies, in the order found; held compactly, so each is made when asked for: a large
  // report reads them one at a time.
  std::vector<Copy> copies() const;
  size_t copy_count() const;
  Copy copy(size_t i) const;  // i < copy_count()

  size_t count(NodeKind kind) const;
  size_t count(Relation relation) const;
  // Graphviz text: sources, claims, keys and entities with their relations; ids as node names.
  std::string dot() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace
