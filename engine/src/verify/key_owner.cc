// Comparison by key owner: items travel as claims-file records of the claims they stand for
// plus what their document added to them (time, metric, list and event marks), so an owner
// rebuilds exactly the items a single process would have; findings travel back named by claim
// ids, one segment per key, and the reporting process lays them out in its own key order.
#include "claimtrace/key_owner.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "claimtrace/claims_file.h"
#include "content_id.h"
#include "rule_data.h"
#include "verify/compare.h"
#include "verify/compared.h"

namespace claimtrace {

namespace {

// Fixed-width integers and length-prefixed strings: payloads stay between processes of one
// build, so no byte order or versioning is needed.
class Writer {
 public:
  void u64(uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void i64(int64_t v) { u64(static_cast<uint64_t>(v)); }
  void str(std::string_view s) {
    u64(s.size());
    out_.append(s);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Writer wrote. A payload that ends early (a process of another build, a message cut
// short) marks the reader broken and reads as zeros, never past its end.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  uint64_t u64() {
    if (in_.size() < sizeof(uint64_t)) return fail();
    uint64_t v = 0;
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return v;
  }
  int64_t i64() { return static_cast<int64_t>(u64()); }
  std::string_view str() {
    const uint64_t n = u64();
    if (in_.size() < n) {
      fail();
      return {};
    }
    std::string_view s = in_.substr(0, n);
    in_.remove_prefix(n);
    return s;
  }
  bool done() const { return in_.empty(); }
  bool broken() const { return broken_; }

 private:
  uint64_t fail() {
    broken_ = true;
    in_ = {};
    return 0;
  }
  std::string_view in_;
  bool broken_ = false;
};

// What a claim's document made of its item beyond what the claim alone gives (Keyed::build's
// marks): an owner sees the claim without its neighbours.
struct Marks {
  uint64_t doc = 0;
  Metric metric = Metric::kLevel;
  DayRange when;
  bool implicit = false, listed = false, shown_by_event = false;

  void write(Writer& w) const {
    w.u64(doc);
    w.u64(static_cast<uint64_t>(metric));
    w.i64(when.first);
    w.i64(when.last);
    w.u64((implicit ? 1u : 0u) | (listed ? 2u : 0u) | (shown_by_event ? 4u : 0u));
  }
  static Marks read(Reader& r) {
    Marks m;
    m.doc = r.u64();
    m.metric = static_cast<Metric>(r.u64());
    m.when.first = static_cast<long>(r.i64());
    m.when.last = static_cast<long>(r.i64());
    const uint64_t flags = r.u64();
    m.implicit = flags & 1u;
    m.listed = flags & 2u;
    m.shown_by_event = flags & 4u;
    return m;
  }
};

// The items going to one owner: their claims as a claims file (one record per document that
// has any), their marks beside.
struct Outgoing {
  std::string claims;
  Writer marks;
  uint64_t count = 0;
  size_t doc = SIZE_MAX;
  Extraction pending;  // claims of `doc` not yet written

  void flush() {
    if (pending.claims.empty()) return;
    Document stub;
    stub.source.id = pending.claims.front().source;
    append_claims_file(stub, pending, claims);
    pending = Extraction{};
  }
  void add(const Item& it) {
    if (it.doc != doc) flush();
    doc = it.doc;
    pending.claims.push_back(*it.c);
    Marks{it.doc, it.key.metric, it.when, it.implicit, it.listed, it.shown_by_event}.write(marks);
    ++count;
  }
  std::string payload() {
    flush();
    Writer w;
    w.u64(count);
    w.str(claims);
    w.str(marks.take());
    return w.take();
  }
};

// One segment of an owner's findings, its items named by claim ids.
struct ReceivedSegment {
  struct Clash {
    std::string a, b;
    DiscrepancyKind kind;
    Severity severity;
    std::string note;
  };
  std::vector<Clash> contradictions;
  std::vector<std::pair<std::string, std::string>> agreements;
  std::vector<ClaimRelation> relations;
};

}  // namespace

unsigned owner_of(const ClaimKey& key, unsigned owners) {
  assert(owners > 0);
  const std::optional<ClaimKey> status = key.status();
  const ClaimKey& family = status ? *status : key;
  return static_cast<unsigned>(fnv1a(family.text()) % owners);
}

std::vector<std::string> items_by_owner(const std::vector<Extraction>& extractions,
                                        const RuleSet& rules, unsigned owners) {
  const Keyed keyed = Keyed::build(extractions, rules.data());
  std::vector<Outgoing> out(owners);
  for (const Item& it : keyed.items) out[owner_of(it.key, owners)].add(it);
  std::vector<std::string> payloads;
  for (Outgoing& o : out) payloads.push_back(o.payload());
  return payloads;
}

std::string compare_owned(const std::vector<std::string>& received, const RuleSet& rules) {
  const RuleData& data = rules.data();
  Keyed keyed;
  keyed.transcriptions = &data.transcriptions;
  for (const std::string& payload : received) {
    if (payload.empty()) continue;  // from a process whose rules did not load
    Reader r(payload);
    const uint64_t count = r.u64();
    Result<ClaimsFile> file = parse_claims_file("items", r.str());
    assert(file.is_ok());
    Reader marks(r.str());
    uint64_t seen = 0;
    for (Extraction& e : file.value().extractions) {
      for (Claim& c : e.claims) {
        const Marks m = Marks::read(marks);
        const Claim& kept = keyed.completed.emplace_back(std::move(c));
        std::optional<Item> it = item_of(kept, m.doc, data);
        assert(it);
        it->key.metric = m.metric;
        it->when = m.when;
        it->implicit = m.implicit;
        it->listed = m.listed;
        it->shown_by_event = m.shown_by_event;
        keyed.items.push_back(std::move(*it));
        ++seen;
      }
    }
    assert(seen == count && marks.done());
    (void)count;
    (void)seen;
  }
  // Corpus order: a document's items come from the one process that read it, in its order.
  std::stable_sort(keyed.items.begin(), keyed.items.end(),
                   [](const Item& x, const Item& y) { return x.doc < y.doc; });
  for (size_t i = 0; i < keyed.items.size(); ++i) {
    Item& it = keyed.items[i];
    it.index = i;
    keyed.by_id.add(*it.c);
    keyed.keys[it.key].push_back(i);
    if (it.status) keyed.statuses[*it.status].push_back(i);
  }
  keyed.by_id.index();
  std::vector<Segment> segments;
  const Findings found = compare_all(keyed, &segments);
  auto id = [&](size_t item) -> const std::string& { return keyed.items[item].c->id; };
  Writer w;
  w.u64(segments.size());
  Segment from;
  for (const Segment& s : segments) {
    w.u64(s.status ? 1 : 0);
    w.str(id(s.first));
    w.u64(s.contradictions - from.contradictions);
    for (size_t k = from.contradictions; k < s.contradictions; ++k) {
      const Contradiction& c = found.contradictions[k];
      w.str(id(c.a));
      w.str(id(c.b));
      w.u64(static_cast<uint64_t>(c.kind));
      w.u64(static_cast<uint64_t>(c.severity));
      w.str(c.note);
    }
    w.u64(s.agreements - from.agreements);
    for (size_t k = from.agreements; k < s.agreements; ++k) {
      w.str(id(found.agreements[k].first));
      w.str(id(found.agreements[k].second));
    }
    w.u64(s.relations - from.relations);
    for (size_t k = from.relations; k < s.relations; ++k) {
      const ClaimRelation& rel = found.relations[k];
      w.str(rel.a);
      w.str(rel.b);
      w.u64(static_cast<uint64_t>(rel.bearing));
    }
    from = s;
  }
  return w.take();
}

Verification verify_owned(const std::vector<Document>& documents,
                          const std::vector<Extraction>& extractions, const RuleSet& rules,
                          ClaimGraph& graph, const VerifyOptions& options,
                          const std::vector<std::string>& findings) {
  // Segments by what names them: whether a status, and the claim id of the list's first item.
  std::map<std::pair<bool, std::string>, ReceivedSegment> received;
  bool whole = true;
  for (const std::string& payload : findings) {
    if (payload.empty()) continue;  // from a process whose rules did not load
    Reader r(payload);
    for (uint64_t n = r.u64(); n > 0; --n) {
      const bool status = r.u64() != 0;
      ReceivedSegment& s = received[{status, std::string(r.str())}];
      for (uint64_t k = r.u64(); k > 0; --k) {
        ReceivedSegment::Clash c;
        c.a = r.str();
        c.b = r.str();
        c.kind = static_cast<DiscrepancyKind>(r.u64());
        c.severity = static_cast<Severity>(r.u64());
        c.note = r.str();
        s.contradictions.push_back(std::move(c));
      }
      for (uint64_t k = r.u64(); k > 0; --k) {
        std::string a(r.str());
        s.agreements.emplace_back(std::move(a), std::string(r.str()));
      }
      for (uint64_t k = r.u64(); k > 0; --k) {
        ClaimRelation rel;
        rel.a = r.str();
        rel.b = r.str();
        rel.bearing = static_cast<Bearing>(r.u64());
        s.relations.push_back(std::move(rel));
      }
    }
    if (r.broken() || !r.done()) whole = false;
  }
  auto lay_out = [&](const Keyed& keyed) {
    // A run whose owners' findings did not all arrive whole is compared here, as by one
    // process: a key is never left uncompared.
    if (!whole) return compare_all(keyed);
    std::unordered_map<std::string_view, size_t> index;
    for (const Item& it : keyed.items) index.emplace(it.c->id, it.index);
    Findings out;
    size_t used = 0;
    bool complete = true;
    auto item = [&](const std::string& id) -> size_t {
      auto at = index.find(id);
      if (at == index.end()) {
        complete = false;
        return 0;
      }
      return at->second;
    };
    auto take = [&](bool status, const std::vector<size_t>& list) {
      auto found = received.find({status, keyed.items[list.front()].c->id});
      if (found == received.end()) {
        complete = false;  // an owner that did not answer
        return;
      }
      ++used;
      ReceivedSegment& s = found->second;
      for (ReceivedSegment::Clash& c : s.contradictions) {
        out.contradictions.push_back({item(c.a), item(c.b), c.kind, c.severity, std::move(c.note)});
      }
      for (const auto& [a, b] : s.agreements) out.agreements.push_back({item(a), item(b)});
      for (ClaimRelation& rel : s.relations) out.relations.push_back(std::move(rel));
    };
    for (const auto& [key, list] : keyed.keys) take(false, list);
    for (const auto& [status, list] : keyed.statuses) take(true, list);
    if (!complete || used != received.size()) return compare_all(keyed);
    return out;
  };
  return verify_compared(documents, extractions, rules, graph, options, lay_out);
}

}  // namespace claimtrace
