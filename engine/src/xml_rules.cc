// Shared pieces of the XML rule loaders: words and claim kinds as rules write them.
#include "xml_rules.h"

#include <utility>

#include "token.h"

namespace claimtrace {

namespace {

Result<ClaimKind> parse_kind(const std::string& k) {
  static const std::pair<const char*, ClaimKind> kKinds[] = {
      {"amount", ClaimKind::kAmount},   {"count", ClaimKind::kCount},
      {"percent", ClaimKind::kPercent}, {"ratio", ClaimKind::kRatio},
      {"measure", ClaimKind::kMeasure}, {"rank", ClaimKind::kRank},
      {"date", ClaimKind::kDate},       {"label", ClaimKind::kLabel},
      {"event", ClaimKind::kEvent},     {"name", ClaimKind::kName}};
  for (const auto& [name, kind] : kKinds) {
    if (k == name) return kind;
  }
  return Status::error(StatusCode::kParseError, "unknown claim kind \"" + k + "\"");
}

}  // namespace

std::string lower_word(const std::string& w) {
  TokenizedSentence t;
  tokenize(w, 0, w.size(), t);
  std::string out;
  for (const Token& tok : t.tokens) out += tok.lower;
  return out;
}

std::string written_key(const std::string& phrase) {
  TokenizedSentence t;
  tokenize(phrase, 0, phrase.size(), t);
  std::string out;
  for (const Token& tok : t.tokens) {
    if (tok.joiner) continue;
    if (!out.empty()) out += ' ';
    out += tok.folded;
  }
  return out;
}

std::vector<uint32_t> listed_rows(const PhraseTrie& trie, const std::string& phrase,
                                  PhraseTable table) {
  TokenizedSentence t;
  tokenize(phrase, 0, phrase.size(), t);
  std::vector<uint32_t> out;
  if (t.tokens.empty()) return out;
  std::vector<PhraseHit> hits;
  trie.match_at(t.tokens, 0, hits);
  for (const PhraseHit& h : hits) {
    if (h.use.table == table && h.last == t.tokens.size()) out.push_back(h.use.row);
  }
  return out;
}

Status parse_kinds(XmlRules& x, pugi::xml_node n, std::vector<ClaimKind>& out) {
  std::string kinds = n.attribute("kinds").value();
  size_t pos = 0;
  while (pos < kinds.size()) {
    size_t sp = kinds.find(' ', pos);
    if (sp == std::string::npos) sp = kinds.size();
    std::string k = kinds.substr(pos, sp - pos);
    pos = sp + 1;
    if (k.empty()) continue;
    Result<ClaimKind> kind = parse_kind(k);
    if (!kind.is_ok()) return x.fail(n, kind.status().message());
    out.push_back(kind.value());
  }
  return Status::ok();
}

}  // namespace claimtrace
