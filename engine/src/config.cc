// claimtrace.xml: parsed with pugixml, checked element by element, errors with line and column.
#include "claimtrace/config.h"

#include <pugixml.hpp>

#include <algorithm>
#include <set>

#include "claimtrace/source.h"
#include "xml_input.h"

namespace claimtrace {

namespace {

std::string directory_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

Result<DeskConfig> parse_config(const std::string& path, const std::string& xml) {
  XmlInput input(path, xml);
  if (Status parsed = input.parse("config"); !parsed.is_ok()) return parsed;
  auto fail = [&](const pugi::xml_node& node, const std::string& message) {
    return input.error_at(node, message);
  };
  pugi::xml_node root = input.root();
  if (std::string(root.name()) != "claimtrace-config") {
    return fail(root,
                "config root must be <claimtrace-config>, not <" + std::string(root.name()) + ">");
  }
  // Each element with the attributes it takes; the first one listed is required.
  static const std::map<std::string, std::vector<std::string>> kElements = {
      {"organisation", {"name", "url"}},
      {"rules", {"dir"}},
      {"prior", {"trust", "kind", "publisher"}},
      {"check", {"fail-on"}},
      {"reviewer", {"name"}}};
  DeskConfig c;
  c.path = path;
  std::set<std::string> once;
  for (pugi::xml_node node : root.children()) {
    if (node.type() != pugi::node_element) continue;
    const std::string name = node.name();
    auto known = kElements.find(name);
    if (known == kElements.end()) return fail(node, "unknown element <" + name + "> in config");
    for (pugi::xml_attribute a : node.attributes()) {
      if (std::find(known->second.begin(), known->second.end(), a.name()) == known->second.end()) {
        return fail(node, "unknown attribute " + std::string(a.name()) + " on <" + name + ">");
      }
    }
    const std::string first = node.attribute(known->second[0].c_str()).value();
    if (first.empty()) return fail(node, "<" + name + "> needs " + known->second[0] + "=\"...\"");
    if (name != "prior" && !once.insert(name).second) {
      return fail(node, "<" + name + "> given twice");
    }
    if (name == "organisation") {
      c.organisation_name = first;
      c.organisation_url = node.attribute("url").value();
      if (!c.organisation_url.empty() && !is_web_url(c.organisation_url)) {
        return fail(node, "organisation url \"" + c.organisation_url +
                              "\" is not an http:// or https:// URL without spaces");
      }
    } else if (name == "rules") {
      c.rules_dir = first[0] == '/' ? first : join_path(directory_of(path), first);
    } else if (name == "check") {
      c.check_fail_on = first;
    } else if (name == "reviewer") {
      c.reviewer = first;
    } else {  // prior
      std::optional<double> trust = parse_trust(first);
      if (!trust) return fail(node, "prior trust \"" + first + "\" is not a number from 0 to 1");
      const std::string kind = node.attribute("kind").value();
      const std::string publisher = node.attribute("publisher").value();
      if (kind.empty() == publisher.empty()) {
        return fail(node, "<prior> names either a kind or a publisher");
      }
      std::map<std::string, double>& priors = kind.empty() ? c.publisher_priors : c.kind_priors;
      if (!priors.emplace(kind.empty() ? publisher : kind, *trust).second) {
        return fail(node, "a second prior for " +
                              (kind.empty() ? "publisher \"" + publisher : "kind \"" + kind) +
                              "\"");
      }
    }
  }
  return c;
}

Result<DeskConfig> find_config(const Env& env, const std::vector<std::string>& corpus_paths) {
  if (corpus_paths.empty() || corpus_paths[0] == "-") return DeskConfig{};
  const std::string& first = corpus_paths[0];
  Result<FileInfo> info = env.stat(first);
  const bool directory = info.is_ok() && info.value().kind == FileKind::kDirectory;
  const std::string path = join_path(directory ? first : directory_of(first), kConfigName);
  if (!env.stat(path).is_ok()) return DeskConfig{};
  Result<std::string> xml = env.read_file(path, 1u << 20);
  if (!xml.is_ok()) return xml.status();
  return parse_config(path, xml.value());
}

}  // namespace claimtrace
