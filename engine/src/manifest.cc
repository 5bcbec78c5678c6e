// corpus/manifest.xml: parsed with pugixml, checked entry by entry, errors with line and column.
#include <pugixml.hpp>

#include <set>

#include "claimtrace/corpus.h"
#include "xml_input.h"

namespace claimtrace {

namespace {

const char* const kKinds[] = {"official", "analysis", "policy-paper", "speech",
                              "news",     "report",   "interview",    "other"};

}  // namespace

const Source* Manifest::find(const std::string& relative_path) const {
  auto it = by_path_.find(relative_path);
  return it == by_path_.end() ? nullptr : &documents[it->second];
}

void Manifest::add(Source source) {
  by_path_.emplace(source.path, documents.size());
  documents.push_back(std::move(source));
}

Result<Manifest> parse_manifest(const std::string& path, const std::string& xml) {
  XmlInput input(path, xml);
  if (Status parsed = input.parse("manifest"); !parsed.is_ok()) return parsed;
  auto fail = [&](const pugi::xml_node& node, const std::string& message) {
    return input.error_at(node, message);
  };
  pugi::xml_node root = input.root();
  if (std::string(root.name()) != "corpus") {
    return fail(root, "manifest root must be <corpus>, not <" + std::string(root.name()) + ">");
  }
  Manifest m;
  m.path = path;
  m.name = root.attribute("name").value();
  std::string listed = root.attribute("listed-only").value();
  if (!listed.empty() && listed != "true" && listed != "false") {
    return fail(root, "listed-only must be true or false, not \"" + listed + "\"");
  }
  m.listed_only = listed == "true";

  std::set<std::string> ids, paths;
  for (pugi::xml_node node : root.children()) {
    if (node.type() != pugi::node_element) continue;
    if (std::string(node.name()) != "document") {
      return fail(node, "unknown element <" + std::string(node.name()) + "> in manifest");
    }
    static const std::set<std::string> kAttributes = {
        "id",        "path",   "title", "publisher", "kind",         "language",
        "published", "author", "note",  "url",       "archived-url", "trust-prior"};
    for (pugi::xml_attribute a : node.attributes()) {
      if (!kAttributes.count(a.name())) {
        return fail(node, "unknown attribute " + std::string(a.name()) + " on <document>");
      }
    }
    Source s;
    s.id = node.attribute("id").value();
    s.path = node.attribute("path").value();
    if (s.id.empty()) return fail(node, "<document> needs an id");
    if (s.path.empty()) return fail(node, "<document id=\"" + s.id + "\"> needs a path");
    if (s.path[0] == '/' || s.path.find("..") != std::string::npos) {
      return fail(node, "path \"" + s.path + "\" must be relative to the manifest, without ..");
    }
    if (!ids.insert(s.id).second) return fail(node, "document id \"" + s.id + "\" used twice");
    if (!paths.insert(s.path).second) return fail(node, "path \"" + s.path + "\" listed twice");
    auto field = [&](const char* name) {
      std::string v = node.attribute(name).value();
      return v.empty() ? SourceField{} : SourceField{v, "manifest"};
    };
    s.title = field("title");
    s.publisher = field("publisher");
    s.kind = field("kind");
    s.language = field("language");
    s.author = field("author");
    if (s.kind.known()) {
      bool ok = false;
      for (const char* k : kKinds) ok = ok || s.kind.value == k;
      if (!ok) {
        return fail(node, "kind \"" + s.kind.value +
                              "\" is not one of official, analysis, policy-paper, speech, news, "
                              "report, interview, other");
      }
    }
    for (const char* name : {"url", "archived-url"}) {
      std::string url = node.attribute(name).value();
      if (!url.empty() && !is_web_url(url)) {
        return fail(node, std::string(name) + " \"" + url +
                              "\" is not an http:// or https:// URL without spaces");
      }
      (std::string_view(name) == "url" ? s.url : s.archived_url) = url;
    }
    if (pugi::xml_attribute prior = node.attribute("trust-prior")) {
      s.trust_prior = parse_trust(prior.value());
      if (!s.trust_prior) {
        return fail(
            node, "trust-prior \"" + std::string(prior.value()) + "\" is not a number from 0 to 1");
      }
    }
    std::string published = node.attribute("published").value();
    if (!published.empty()) {
      s.published = PartialDate::parse(published);
      if (s.published.precision == DatePrecision::kUnknown) {
        return fail(node,
                    "published \"" + published + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
      }
      s.published_from = "manifest";
    }
    m.add(std::move(s));
  }
  return m;
}

Result<Manifest> load_manifest(const Env& env, const std::string& path) {
  Result<std::string> xml = env.read_file(path, 16u << 20);
  if (!xml.is_ok()) return xml.status();
  return parse_manifest(path, xml.value());
}

}  // namespace claimtrace
