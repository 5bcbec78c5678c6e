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

void Manifest::add(Source source, Location at) {
  by_path_.emplace(source.path, documents.size());
  documents.push_back(std::move(source));
  where.push_back(std::move(at));
}

namespace {

// One <document> entry read into s, or the first error it has (its line and column).
Status read_entry(const XmlInput& input, const pugi::xml_node& node, Source& s) {
  auto fail = [&](const std::string& message) { return input.error_at(node, message); };
  if (std::string(node.name()) != "document") {
    return fail("unknown element <" + std::string(node.name()) + "> in manifest");
  }
  static const std::set<std::string> kAttributes = {
      "id",        "path",   "title", "publisher", "kind",         "language",
      "published", "author", "note",  "url",       "archived-url", "trust-prior"};
  for (pugi::xml_attribute a : node.attributes()) {
    if (!kAttributes.count(a.name())) {
      return fail("unknown attribute " + std::string(a.name()) + " on <document>");
    }
  }
  s.id = node.attribute("id").value();
  s.path = node.attribute("path").value();
  if (s.id.empty()) return fail("<document> needs an id");
  if (s.path.empty()) return fail("<document id=\"" + s.id + "\"> needs a path");
  if (s.path[0] == '/' || s.path.find("..") != std::string::npos) {
    return fail("path \"" + s.path + "\" must be relative to the manifest, without ..");
  }
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
      return fail("kind \"" + s.kind.value +
                  "\" is not one of official, analysis, policy-paper, speech, news, "
                  "report, interview, other");
    }
  }
  for (const char* name : {"url", "archived-url"}) {
    std::string url = node.attribute(name).value();
    if (!url.empty() && !is_web_url(url)) {
      return fail(std::string(name) + " \"" + url +
                  "\" is not an http:// or https:// URL without spaces");
    }
    (std::string_view(name) == "url" ? s.url : s.archived_url) = url;
  }
  if (pugi::xml_attribute prior = node.attribute("trust-prior")) {
    s.trust_prior = parse_trust(prior.value());
    if (!s.trust_prior) {
      return fail("trust-prior \"" + std::string(prior.value()) + "\" is not a number from 0 to 1");
    }
  }
  std::string published = node.attribute("published").value();
  if (!published.empty()) {
    s.published = PartialDate::parse(published);
    if (s.published.precision == DatePrecision::kUnknown) {
      return fail("published \"" + published + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    s.published_from = "manifest";
  }
  return Status::ok();
}

}  // namespace

Result<Manifest> parse_manifest(const std::string& path, const std::string& xml) {
  XmlInput input(path, xml);
  if (Status parsed = input.parse("manifest"); !parsed.is_ok()) return parsed;
  pugi::xml_node root = input.root();
  if (std::string(root.name()) != "corpus") {
    return input.error_at(root,
                          "manifest root must be <corpus>, not <" + std::string(root.name()) + ">");
  }
  Manifest m;
  m.path = path;
  // Every mistake is reported, and the entries without one stand.
  for (pugi::xml_attribute a : root.attributes()) {
    const std::string name = a.name();
    if (name != "name" && name != "listed-only") {
      m.errors.push_back(input.error_at(root, "unknown attribute " + name + " on <corpus>"));
    }
  }
  m.name = root.attribute("name").value();
  std::string listed = root.attribute("listed-only").value();
  if (!listed.empty() && listed != "true" && listed != "false") {
    m.errors.push_back(
        input.error_at(root, "listed-only must be true or false, not \"" + listed + "\""));
  }
  m.listed_only = listed == "true";

  std::set<std::string> ids, paths;
  for (pugi::xml_node node : root.children()) {
    if (node.type() != pugi::node_element) continue;
    Source s;
    Status read = read_entry(input, node, s);
    if (read.is_ok() && ids.count(s.id)) {
      read = input.error_at(node, "document id \"" + s.id + "\" used twice");
    } else if (read.is_ok() && paths.count(s.path)) {
      read = input.error_at(node, "path \"" + s.path + "\" listed twice");
    }
    if (!read.is_ok()) {
      m.errors.push_back(Status::error(StatusCode::kParseError,
                                       read.message() + "; the entry is left out", read.where()));
      continue;
    }
    ids.insert(s.id);
    paths.insert(s.path);
    m.add(std::move(s), input.where(node));
  }
  return m;
}

Result<Manifest> load_manifest(const Env& env, const std::string& path) {
  Result<std::string> xml = env.read_file(path, 16u << 20);
  if (!xml.is_ok()) return xml.status();
  return parse_manifest(path, xml.value());
}

}  // namespace claimtrace
