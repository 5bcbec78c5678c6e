// ClaimGraph on a Boost adjacency_list with bundled node and edge structs. Ids live in our own
// maps; vertices are never removed, so descriptors stay valid.
#include "claimtrace/claim_graph.h"

#include "claimtrace/claim_key.h"
#include "claimtrace/utf8.h"

#include <algorithm>
// GCC 12 at -O1 with ASan warns that Boost's empty optional<Vertex> in named_graph.hpp is used
// uninitialized (a false positive inside the header: this graph has no vertex names).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#include <boost/graph/adjacency_list.hpp>
#pragma GCC diagnostic pop
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/graphviz.hpp>
#include <cassert>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "content_id.h"

namespace claimtrace {

const char* to_string(NodeKind kind) {
  switch (kind) {
    case NodeKind::kSource:
      return "source";
    case NodeKind::kClaim:
      return "claim";
    case NodeKind::kKey:
      return "key";
    case NodeKind::kEntity:
      return "entity";
  }
  return "?";
}

const char* to_string(Relation relation) {
  switch (relation) {
    case Relation::kAsserts:
      return "asserts";
    case Relation::kAbout:
      return "about";
    case Relation::kMentions:
      return "mentions";
    case Relation::kCorroborates:
      return "corroborates";
    case Relation::kContradicts:
      return "contradicts";
    case Relation::kCopies:
      return "copies";
  }
  return "?";
}

namespace {

// A node names its id, held once in the graph's text store (a claim's is the claim's own): a
// pointer and a length, 16 bytes a node where two views took 40. A claim's label is its quote,
// read from the claim when dot() draws it; other nodes are labelled by their id.
struct NodeData {
  NodeData() = default;
  NodeData(NodeKind k, std::string_view name)
      : at(name.data()), size(static_cast<uint32_t>(name.size())), kind(k) {
    assert(name.size() <= UINT32_MAX);
  }
  std::string_view id() const { return {at, size}; }

  const char* at = nullptr;
  uint32_t size = 0;
  NodeKind kind = NodeKind::kClaim;
};

// Node ids and claims' quotes, packed into blocks that never move, so views of them stay
// valid: no string object and no allocation per node.
class TextStore {
 public:
  std::string_view keep(std::string_view s) {
    if (s.empty()) return {};
    if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < s.size()) {
      blocks_.emplace_back().reserve(std::max(kBlock, s.size()));
    }
    std::string& block = blocks_.back();
    const size_t at = block.size();
    block.append(s);  // within its capacity: the block's bytes stay where they are
    return std::string_view(block).substr(at);
  }

 private:
  static constexpr size_t kBlock = size_t{1} << 16;
  std::deque<std::string> blocks_;
};
struct EdgeData {
  Relation relation = Relation::kAsserts;
};
// Edges are never removed, so the edge list is a vector: no list node per edge.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, NodeData,
                                    EdgeData, boost::no_property, boost::vecS>;
using Vertex = Graph::vertex_descriptor;

// What one claim says by being asserted: its source, its key and the entities it names. These
// edges are most of the graph and no algorithm walks them, so they are kept as rows, not as
// Boost edges (a row is 20 bytes; an undirected edge is about 100), and become edges for dot().
struct Asserted {
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t claim = 0, source = 0, key = kNone;
  uint32_t entities_begin = 0, entities_end = 0;  // in ClaimGraph::Impl::entities
};

constexpr size_t kShingle = 5;           // words per shingle
constexpr size_t kMinCopyWords = 10;     // shorter sentences repeat without copying
constexpr double kCopySimilarity = 0.7;  // shared shingles / all shingles of the pair
constexpr size_t kCommonShingle = 64;    // a shingle in more sentences is boilerplate

// Lower-case ASCII words and any non-ASCII bytes: enough to see two sentences are the same.
std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

// A dot string: the plain-text escaping (controls and line breaks as visible escapes), then
// quotes and backslashes escaped for dot, so the label shows what the terminal would.
std::string escape_dot(const std::string& s) {
  std::string out;
  for (char c : escaped_text(s)) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

struct ClaimGraph::Impl {
  // Every node, and the edges verification and copy finding add (corroborates, contradicts,
  // copies): the ones disputes() walks.
  Graph g;
  // Where the viewed claims were at build: the extractions must still hold them there, no
  // claims vector grown, moved out or cleared, or the graph views freed ids and quotes.
  // Readers assert it in debug builds (16 bytes a document).
  const Extraction* viewed = nullptr;
  std::vector<std::pair<const Claim*, size_t>> viewed_claims;
  bool views(const Extraction* extractions, size_t n) const {
    if (n != viewed_claims.size()) return false;
    for (size_t d = 0; d < n; ++d) {
      if (extractions[d].claims.data() != viewed_claims[d].first ||
          extractions[d].claims.size() != viewed_claims[d].second) {
        return false;
      }
    }
    return true;
  }
  bool views_hold() const { return views(viewed, viewed_claims.size()); }
  TextStore text;  // ids and labels of the nodes other than claims
  // id -> vertex, one map per kind: a claim id and a key text may be the same string. Once
  // every claim is a node, the claims' map becomes the array `claims` of their vertices sorted
  // by id (4 bytes a claim: the id is read from the vertex).
  std::unordered_map<std::string_view, Vertex> index[4];
  std::vector<uint32_t> claims;
  std::vector<Asserted> asserted;  // one row per claim, in the order built
  std::vector<uint32_t> entities;  // the entity vertices of the rows, each row's sorted by id
  // Copies as vertices (16 bytes a row; a Copy of four strings is about 130), and by claim
  // vertex the claim it was copied from (kNone for an original): a corpus that repeats itself
  // copies most of its claims.
  struct CopyRow {
    uint32_t copy = 0, original = 0, copy_claim = 0, original_claim = 0;
  };
  std::vector<CopyRow> copies;
  std::vector<uint32_t> origin;

  Copy copy(const CopyRow& r) const {
    return Copy{std::string(g[r.copy].id()), std::string(g[r.original].id()),
                std::string(g[r.copy_claim].id()), std::string(g[r.original_claim].id())};
  }

  Vertex node(NodeKind kind, std::string_view id) {
    assert(kind != NodeKind::kClaim || claims.empty());  // claims are all made before indexing
    std::unordered_map<std::string_view, Vertex>& of_kind = index[static_cast<int>(kind)];
    auto it = of_kind.find(id);
    if (it != of_kind.end()) return it->second;
    const std::string_view kept = text.keep(id);
    Vertex v = boost::add_vertex(NodeData{kind, kept}, g);
    of_kind.emplace(kept, v);
    return v;
  }
  // A claim's node views the claim's own id and quote: the extractions outlive the graph, and
  // a second copy of every id and quote would be a tenth of what a run holds.
  Vertex claim_node(const Claim& c) {
    assert(claims.empty());  // claims are all made before indexing
    std::unordered_map<std::string_view, Vertex>& of_claims =
        index[static_cast<int>(NodeKind::kClaim)];
    auto it = of_claims.find(c.id);
    if (it != of_claims.end()) return it->second;
    Vertex v = boost::add_vertex(NodeData{NodeKind::kClaim, c.id}, g);
    of_claims.emplace(std::string_view(c.id), v);
    return v;
  }
  // Every claim is a node: the claims' map becomes a sorted array.
  void index_claims() {
    auto& of_claims = index[static_cast<int>(NodeKind::kClaim)];
    claims.reserve(of_claims.size());
    for (const auto& [id, v] : of_claims) claims.push_back(static_cast<uint32_t>(v));
    std::sort(claims.begin(), claims.end(),
              [this](uint32_t x, uint32_t y) { return g[x].id() < g[y].id(); });
    std::unordered_map<std::string_view, Vertex>().swap(of_claims);
  }
  // The claim's vertex, or Asserted::kNone.
  uint32_t claim(std::string_view id) const {
    auto it = std::lower_bound(claims.begin(), claims.end(), id,
                               [this](uint32_t x, std::string_view y) { return g[x].id() < y; });
    return it != claims.end() && g[*it].id() == id ? *it : Asserted::kNone;
  }
  void edge(Vertex a, Vertex b, Relation r) { boost::add_edge(a, b, EdgeData{r}, g); }

  // The whole graph as Boost edges, in the order they were made: the claims' rows first, each
  // asserts, about, then mentions, then the edges of g.
  Graph whole() const {
    Graph out(boost::num_vertices(g));
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) out[v] = g[v];
    for (const Asserted& a : asserted) {
      boost::add_edge(a.source, a.claim, EdgeData{Relation::kAsserts}, out);
      if (a.key != Asserted::kNone)
        boost::add_edge(a.claim, a.key, EdgeData{Relation::kAbout}, out);
      for (uint32_t k = a.entities_begin; k < a.entities_end; ++k) {
        boost::add_edge(a.claim, entities[k], EdgeData{Relation::kMentions}, out);
      }
    }
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
      boost::add_edge(boost::source(e, g), boost::target(e, g), g[e], out);
    }
    return out;
  }
};

ClaimGraph::ClaimGraph() : impl_(std::make_unique<Impl>()) {}
ClaimGraph::~ClaimGraph() = default;
ClaimGraph::ClaimGraph(ClaimGraph&&) noexcept = default;
ClaimGraph& ClaimGraph::operator=(ClaimGraph&&) noexcept = default;

ClaimGraph ClaimGraph::build(const std::vector<Document>& documents,
                             const std::vector<Extraction>& extractions, const RuleSet& rules) {
  assert(documents.size() == extractions.size());
  ClaimGraph graph;
  Impl& m = *graph.impl_;
  for (size_t d = 0; d < documents.size(); ++d) {
    const Source& src = documents[d].source;
    const auto s = static_cast<uint32_t>(m.node(NodeKind::kSource, src.id));
    const std::vector<Mention>& mentions = extractions[d].mentions;
    for (const Claim& c : extractions[d].claims) {
      Asserted row;
      row.source = s;
      row.claim = static_cast<uint32_t>(m.claim_node(c));
      // A target is about the same key as the figure it aims at.
      std::optional<ClaimKey> key = key_of(c, rules);
      if (!key) key = key_of(c, rules, /*goals=*/true);
      if (key) {
        std::string name = key->text() + (c.period.empty() ? "" : " " + c.period.iso());
        row.key = static_cast<uint32_t>(m.node(NodeKind::kKey, name));
      }
      // Entities: those the claim is about, and those named inside its quote.
      std::set<std::string> named(c.subject.entities.begin(), c.subject.entities.end());
      auto first =
          std::lower_bound(mentions.begin(), mentions.end(), c.text_begin,
                           [](const Mention& x, uint64_t at) { return x.text_begin < at; });
      for (auto it = first; it != mentions.end() && it->text_begin < c.text_end; ++it) {
        if (!it->entity.empty()) named.insert(it->entity);
      }
      row.entities_begin = static_cast<uint32_t>(m.entities.size());
      for (const std::string& e : named) {
        m.entities.push_back(static_cast<uint32_t>(m.node(NodeKind::kEntity, e)));
      }
      row.entities_end = static_cast<uint32_t>(m.entities.size());
      m.asserted.push_back(row);
    }
  }
  m.asserted.shrink_to_fit();
  m.entities.shrink_to_fit();
  // Every node is made: the vertices' array, grown by doubling, is cut to what it holds (a
  // third of it was room never used). Later steps add edges, not vertices.
  m.g.m_vertices.shrink_to_fit();
  m.index_claims();

  // Copies: near-identical sentences in two sources, found through shared word shingles.
  struct Sentence {
    size_t doc;
    std::vector<const Claim*> claims;
    std::vector<uint64_t> shingles;  // sorted, unique; let go once in the postings
    size_t shingle_count = 0;
  };
  std::vector<Sentence> sentences;
  for (size_t d = 0; d < documents.size(); ++d) {
    std::map<std::string, size_t> seen;  // one document's sentences, read once each
    for (const Claim& c : extractions[d].claims) {
      auto [it, fresh] = seen.emplace(c.sentence.text(), sentences.size());
      if (fresh) {
        Sentence s{d, {}, {}, 0};
        std::vector<std::string> w = words_of(it->first);
        if (w.size() >= kMinCopyWords) {
          for (size_t i = 0; i + kShingle <= w.size(); ++i) {
            uint64_t h = 1469598103934665603ull;
            for (size_t k = i; k < i + kShingle; ++k) h = fnv1a(w[k] + " ", h);
            s.shingles.push_back(h);
          }
          std::sort(s.shingles.begin(), s.shingles.end());
          s.shingles.erase(std::unique(s.shingles.begin(), s.shingles.end()), s.shingles.end());
        }
        sentences.push_back(std::move(s));
      }
      sentences[it->second].claims.push_back(&c);
    }
  }
  // Every (shingle, sentence), sorted: a shingle's sentences are one run, in sentence order.
  size_t occurrences = 0;
  for (const Sentence& s : sentences) occurrences += s.shingles.size();
  std::vector<std::pair<uint64_t, uint32_t>> postings;
  postings.reserve(occurrences);
  for (size_t i = 0; i < sentences.size(); ++i) {
    for (uint64_t h : sentences[i].shingles) postings.emplace_back(h, static_cast<uint32_t>(i));
    sentences[i].shingle_count = sentences[i].shingles.size();
    std::vector<uint64_t>().swap(sentences[i].shingles);
  }
  std::sort(postings.begin(), postings.end());
  // The runs of shingles in at most kCommonShingle sentences, by sentence: where each starts.
  std::vector<uint32_t> run_at(sentences.size() + 1, 0), runs;
  auto each_run = [&](const std::function<void(size_t, size_t)>& visit) {
    for (size_t r = 0; r < postings.size();) {
      size_t end = r;
      while (end < postings.size() && postings[end].first == postings[r].first) ++end;
      if (end - r > 1 && end - r <= kCommonShingle) visit(r, end);
      r = end;
    }
  };
  each_run([&](size_t r, size_t end) {
    for (size_t k = r; k < end; ++k) ++run_at[postings[k].second + 1];
  });
  for (size_t i = 0; i < sentences.size(); ++i) run_at[i + 1] += run_at[i];
  runs.resize(run_at.back());
  {
    std::vector<uint32_t> filled(run_at.begin(), run_at.end() - 1);
    each_run([&](size_t r, size_t end) {
      for (size_t k = r; k < end; ++k) {
        runs[filled[postings[k].second]++] = static_cast<uint32_t>(r);
      }
    });
  }
  // The later-published source copied the earlier; undated or equal: the later document.
  auto date_key = [&](size_t doc) {
    const PartialDate& p = documents[doc].source.published;
    return p.precision == DatePrecision::kUnknown ? std::tuple(9999, 99, 99, doc)
                                                  : std::tuple(p.year, p.month, p.day, doc);
  };
  // (original, copy) sentence pairs, earliest originals first, so a copy of a copy leads
  // back to the first original whatever the order documents were listed in.
  // Each sentence counts the shingles it shares with the later sentences of other sources, so
  // only one sentence's counts are held at a time, not every pair's.
  std::vector<std::pair<size_t, size_t>> pairs;
  std::map<size_t, size_t> shared;  // later sentence -> shingles shared with this one
  for (size_t i = 0; i < sentences.size(); ++i) {
    shared.clear();
    for (uint32_t k = run_at[i]; k < run_at[i + 1]; ++k) {
      const uint64_t h = postings[runs[k]].first;
      for (size_t at = runs[k]; at < postings.size() && postings[at].first == h; ++at) {
        const size_t j = postings[at].second;
        if (j > i && sentences[j].doc != sentences[i].doc) ++shared[j];
      }
    }
    for (const auto& [j, n] : shared) {
      const Sentence& a = sentences[i];
      const Sentence& b = sentences[j];
      double all = static_cast<double>(a.shingle_count + b.shingle_count - n);
      if (n / all < kCopySimilarity) continue;
      bool a_first = date_key(a.doc) < date_key(b.doc);
      pairs.push_back(a_first ? std::pair(i, j) : std::pair(j, i));
    }
  }
  std::sort(pairs.begin(), pairs.end(), [&](const auto& x, const auto& y) {
    return std::tuple(date_key(sentences[x.first].doc), x.first, date_key(sentences[x.second].doc),
                      x.second) < std::tuple(date_key(sentences[y.first].doc), y.first,
                                             date_key(sentences[y.second].doc), y.second);
  });
  std::set<std::pair<std::string, std::string>> copied_sources;
  m.origin.assign(boost::num_vertices(m.g), Asserted::kNone);
  for (const auto& [o, c] : pairs) {
    const Sentence& orig = sentences[o];
    const Sentence& copy = sentences[c];
    // A claim keeps the first origin found: one lookup per copied claim, not per pair.
    for (const Claim* cc : copy.claims) {
      const uint32_t cv = m.claim(cc->id);
      if (m.origin[cv] != Asserted::kNone) continue;
      for (const Claim* oc : orig.claims) {
        if (oc->kind == cc->kind && oc->text == cc->text) {
          const uint32_t ov = m.claim(oc->id);
          m.origin[cv] = m.origin[ov] != Asserted::kNone ? m.origin[ov] : ov;
          m.copies.push_back({static_cast<uint32_t>(m.node(NodeKind::kSource, cc->source)),
                              static_cast<uint32_t>(m.node(NodeKind::kSource, oc->source)), cv,
                              ov});
          break;
        }
      }
    }
    const std::string& cs = documents[copy.doc].source.id;
    const std::string& os = documents[orig.doc].source.id;
    if (copied_sources.insert({cs, os}).second) {
      m.edge(m.node(NodeKind::kSource, cs), m.node(NodeKind::kSource, os), Relation::kCopies);
    }
  }
  m.copies.shrink_to_fit();  // held through verification and the reports
  m.viewed = extractions.data();
  m.viewed_claims.reserve(extractions.size());
  for (const Extraction& x : extractions) {
    m.viewed_claims.emplace_back(x.claims.data(), x.claims.size());
  }
  return graph;
}

void ClaimGraph::relate(const std::string& a, const std::string& b, Relation relation) {
  assert(relation == Relation::kCorroborates || relation == Relation::kContradicts);
  const uint32_t va = impl_->claim(a), vb = impl_->claim(b);
  assert(va != Asserted::kNone && vb != Asserted::kNone);
  impl_->edge(va, vb, relation);
}

bool ClaimGraph::views(const std::vector<Extraction>& extractions) const {
  return impl_->views(extractions.data(), extractions.size());
}

std::vector<std::vector<std::string>> ClaimGraph::disputes() const {
  assert(impl_->views_hold());
  const Graph& g = impl_->g;
  // Without a contradiction there is no dispute, and connected_components must not run: over a
  // view with no vertex it returns its int counter's maximum plus one.
  if (count(Relation::kContradicts) == 0) return {};
  auto contradiction = [&g](Graph::edge_descriptor e) {
    return g[e].relation == Relation::kContradicts;
  };
  auto claim = [&g](Vertex v) { return g[v].kind == NodeKind::kClaim; };
  boost::filtered_graph<Graph, std::function<bool(Graph::edge_descriptor)>,
                        std::function<bool(Vertex)>>
      view(g, contradiction, claim);
  std::vector<int> component(boost::num_vertices(g), -1);
  boost::connected_components(view, component.data());
  std::map<int, std::vector<std::string>> groups;
  for (Vertex v : boost::make_iterator_range(boost::vertices(view))) {
    if (boost::out_degree(v, view) > 0) groups[component[v]].emplace_back(g[v].id());
  }
  std::vector<std::vector<std::string>> out;
  for (auto& [c, ids] : groups) {
    std::sort(ids.begin(), ids.end());
    out.push_back(std::move(ids));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string ClaimGraph::origin(const std::string& claim) const {
  const Impl& m = *impl_;
  const uint32_t v = m.claim(claim);
  if (v >= m.origin.size() || m.origin[v] == Asserted::kNone) return claim;
  return std::string(m.g[m.origin[v]].id());
}

std::vector<Copy> ClaimGraph::copies() const {
  assert(impl_->views_hold());
  std::vector<Copy> out;
  out.reserve(impl_->copies.size());
  for (const Impl::CopyRow& r : impl_->copies) out.push_back(impl_->copy(r));
  return out;
}

size_t ClaimGraph::copy_count() const { return impl_->copies.size(); }

Copy ClaimGraph::copy(size_t i) const { return impl_->copy(impl_->copies.at(i)); }

size_t ClaimGraph::count(NodeKind kind) const {
  size_t n = 0;
  for (Vertex v : boost::make_iterator_range(boost::vertices(impl_->g))) {
    n += impl_->g[v].kind == kind;
  }
  return n;
}

size_t ClaimGraph::count(Relation relation) const {
  const Impl& m = *impl_;
  switch (relation) {
    case Relation::kAsserts:
      return m.asserted.size();
    case Relation::kAbout:
      return static_cast<size_t>(
          std::count_if(m.asserted.begin(), m.asserted.end(),
                        [](const Asserted& a) { return a.key != Asserted::kNone; }));
    case Relation::kMentions:
      return m.entities.size();
    default:
      break;
  }
  size_t n = 0;
  for (auto e : boost::make_iterator_range(boost::edges(impl_->g))) {
    n += impl_->g[e].relation == relation;
  }
  return n;
}

std::string ClaimGraph::dot() const {
  assert(impl_->views_hold());
  const Graph g = impl_->whole();
  // A claim node's quote, from the first claim of its id: the rows follow the claims in order.
  std::vector<const Claim*> quoted(boost::num_vertices(g), nullptr);
  size_t row = 0;
  for (const auto& [claims, n] : impl_->viewed_claims) {
    for (size_t k = 0; k < n; ++k, ++row) {
      const Claim*& q = quoted[impl_->asserted[row].claim];
      if (q == nullptr) q = &claims[k];
    }
  }
  std::ostringstream out;
  auto vertex_writer = [&g, &quoted](std::ostream& os, Vertex v) {
    static const char* shapes[] = {"box", "ellipse", "diamond", "hexagon"};
    const NodeData& n = g[v];
    std::string label =
        n.kind == NodeKind::kClaim
            ? std::string(n.id()) + "\\n" + (quoted[v] ? escape_dot(quoted[v]->quote) : "")
            : escape_dot(std::string(n.id()));
    os << "[shape=" << shapes[static_cast<int>(n.kind)] << ", label=\"" << label << "\"]";
  };
  auto edge_writer = [&g](std::ostream& os, Graph::edge_descriptor e) {
    Relation r = g[e].relation;
    os << "[label=\"" << to_string(r) << "\""
       << (r == Relation::kContradicts ? ", color=red, penwidth=2" : "")
       << (r == Relation::kCorroborates ? ", color=darkgreen" : "") << "]";
  };
  boost::write_graphviz(out, g, vertex_writer, edge_writer);
  return out.str();
}

}  // namespace claimtrace
