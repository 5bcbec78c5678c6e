// XmlRules: one rules XML file read against its schema, every error at its file, line and
// column; and the loader of each XML rule file, which fills RuleData from it.
#pragma once

#include <pugixml.hpp>

#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <string>
#include <vector>

#include "claimtrace/claim.h"
#include "claimtrace/status.h"
#include "claimtrace/utf8.h"
#include "official_names.h"
#include "rule_data.h"

namespace claimtrace {

struct Element {
  const char* name;
  std::vector<const char*> required;
  std::vector<const char*> optional;
};

class XmlRules {
 public:
  XmlRules(const std::string& file, const std::string& text, RuleData& data)
      : file_(file), text_(text), data_(data) {}

  Status load(const char* root_name, const std::vector<Element>& schema) {
    pugi::xml_parse_result r = doc_.load_buffer(text_.data(), text_.size());
    if (!r) {
      return Status::error(StatusCode::kParseError,
                           std::string("malformed XML: ") + r.description(), where(r.offset));
    }
    root_ = doc_.document_element();
    if (std::string(root_.name()) != root_name) {
      return fail(root_, "root element must be <" + std::string(root_name) + ">");
    }
    for (pugi::xml_node n : root_.children()) {
      if (n.type() != pugi::node_element) continue;
      const Element* e = nullptr;
      for (const Element& x : schema) {
        if (n.name() == std::string(x.name)) e = &x;
      }
      if (!e) return fail(n, "unknown element <" + std::string(n.name()) + ">");
      Status s = check_attributes(n, *e);
      if (!s.is_ok()) return s;
    }
    return Status::ok();
  }

  Status check_attributes(pugi::xml_node n, const Element& e) {
    for (const char* r : e.required) {
      if (n.attribute(r).empty() || std::string(n.attribute(r).value()).empty()) {
        std::string message = "<";
        message.append(n.name()).append("> needs ").append(r).append("=\"...\"");
        return fail(n, message);
      }
    }
    for (pugi::xml_attribute a : n.attributes()) {
      bool known = false;
      for (const char* r : e.required) known = known || a.name() == std::string(r);
      for (const char* o : e.optional) known = known || a.name() == std::string(o);
      if (!known) {
        return fail(n, "unknown attribute " + std::string(a.name()) + " on <" + n.name() + ">");
      }
    }
    return Status::ok();
  }

  Location where(ptrdiff_t offset) const {
    Location l{.file = file_, .offset = offset, .line = 1, .column = 1};
    for (ptrdiff_t i = 0; i < offset && i < static_cast<ptrdiff_t>(text_.size()); ++i) {
      if (text_[i] == '\n') {
        ++l.line;
        l.column = 1;
      } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
        ++l.column;
      }
    }
    return l;
  }

  Status fail(pugi::xml_node n, const std::string& message) const {
    ptrdiff_t at = n.offset_debug();
    if (at > 0 && text_[static_cast<size_t>(at) - 1] == '<') --at;
    return Status::error(StatusCode::kParseError, message, where(at));
  }

  Result<double> number(pugi::xml_node n, const char* attr) const {
    std::string v = n.attribute(attr).value();
    char* end = nullptr;
    double d = std::strtod(v.c_str(), &end);
    if (v.empty() || end != v.c_str() + v.size() || !std::isfinite(d)) {
      return fail(n, std::string(attr) + "=\"" + v + "\" is not a number");
    }
    return d;
  }

  // Adds a phrase to a trie; an empty phrase (only spaces) is an error.
  Status phrase(pugi::xml_node n, const char* attr, PhraseTrie& trie, PhraseTable table,
                size_t row) {
    std::string v = n.attribute(attr).value();
    if (!is_valid_utf8(v)) return fail(n, std::string(attr) + " is not valid UTF-8");
    if (!trie.add(v, PhraseUse{table, static_cast<uint32_t>(row)})) {
      return fail(n, std::string(attr) + "=\"" + v + "\" has no words");
    }
    return Status::ok();
  }

  // Adds every word="..." of elements named `name` to a word set or map of the vocabulary.
  template <class F>
  Status each(const char* name, F&& f) {
    for (pugi::xml_node n : root_.children(name)) {
      Status s = f(n);
      if (!s.is_ok()) return s;
    }
    return Status::ok();
  }

  pugi::xml_node root() const { return root_; }
  RuleData& data() { return data_; }
  // iso-codes' names of states, when the rule set was loaded with them (states.xml's
  // <official-names/>); null otherwise.
  const OfficialNames* official_names() const { return official_names_; }
  void set_official_names(const OfficialNames* names) { official_names_ = names; }

 private:
  std::string file_;
  const std::string& text_;
  RuleData& data_;
  pugi::xml_document doc_;
  pugi::xml_node root_;
  const OfficialNames* official_names_ = nullptr;
};

// A word lower-cased the way the tokenizer lower-cases text.
std::string lower_word(const std::string& w);
// The rows `phrase` has in `table` already: the trie keys a phrase by its lower-cased words,
// stemmed in a language with a stemmer, so "Took  Office" is "took office" and "вступила" is
// "вступил".
std::vector<uint32_t> listed_rows(const PhraseTrie& trie, const std::string& phrase,
                                  PhraseTable table);
// A phrase as written, folded: its words lower-cased and unstemmed, joiners dropped, one space
// apart. Two entries of one file with one such key are one entry listed twice.
std::string written_key(const std::string& phrase);
// kinds="amount count": the claim kinds an attribute or facet applies to.
Status parse_kinds(XmlRules& x, pugi::xml_node n, std::vector<ClaimKind>& out);

// The loaders of the XML rule files (rules/README.md): the vocabulary of values in
// rules_vocabulary.cc, what claims are about and labels in rules_attributes.cc.
Status load_numbers(XmlRules& x);
Status load_time(XmlRules& x);
Status load_quantities(XmlRules& x);
Status load_units(XmlRules& x);
Status load_currencies(XmlRules& x);
// A currency phrase as its lower-cased tokens: phrases that match alike have one key.
std::string currency_phrase_key(const std::string& phrase);
Status load_qualifiers(XmlRules& x);
Status load_modality(XmlRules& x);
Status load_attributes(XmlRules& x);
Status load_entities(XmlRules& x);
Status load_states(XmlRules& x);
// adjectives.xml: adjectives of states and the nouns that take them (rules_adjectives.cc).
Status load_adjectives(XmlRules& x);

// Adding an alias of entity `row` (with its English possessive, "Serbia's"): added, already
// known (a gazetteer name the rules repeat, or one the gazetteer cannot take from another
// entity), taken by another entity in the rules, or empty / not UTF-8.
enum class AliasAdded { kAdded, kKnown, kClash, kInvalid };
AliasAdded add_entity_alias(RuleData& d, uint32_t row, const std::string& alias, bool gazetteer);
// Adds every <alias> child of an entity or state element to entity `row`.
Status add_alias_elements(XmlRules& x, pugi::xml_node n, uint32_t row);
Status load_labels(XmlRules& x);
// rules/transcription-*.xml: one syllabic transcription of names (rules_transcriptions.cc).
Status load_transcription(XmlRules& x);

}  // namespace claimtrace
