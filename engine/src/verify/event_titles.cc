// Event titles: the words of a short title, all among one fuller title's of the same parties,
// name that title's document; two fuller titles that both hold them leave it alone.
#include "verify/event_titles.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace claimtrace {

namespace {

using Words = std::set<std::string>;

// A one-word object ("railway", "investment") may be any of the parties' documents of that
// kind: only two words or more name one.
constexpr size_t kShortest = 2;

// An ordinal or a year in an object tells one event of its kind from another: never joined.
bool numbered(const std::string& object) {
  return std::any_of(object.begin(), object.end(),
                     [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; });
}

}  // namespace

std::set<std::string> title_words(const std::string& object) {
  std::set<std::string> out;
  size_t pos = 0;
  while (pos < object.size()) {
    size_t sp = object.find(' ', pos);
    if (sp == std::string::npos) sp = object.size();
    if (sp > pos) out.insert(object.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

bool holds_all(const std::set<std::string>& longer, const std::set<std::string>& shorter) {
  return shorter.size() < longer.size() &&
         std::includes(longer.begin(), longer.end(), shorter.begin(), shorter.end());
}

void join_short_titles(std::vector<Item>& items) {
  // The event objects of each pair of parties.
  std::map<Subject, std::set<std::string>> objects;
  for (const Item& it : items) {
    // A status begun ("comprehensive strategic partnership") is no title: a longer one is
    // another status, an upgrade.
    if (it.shape() == KeyShape::kEvent && !it.status && !numbered(it.key.object)) {
      objects[it.key.subject].insert(it.key.object);
    }
  }
  std::map<std::pair<Subject, std::string>, std::string> fuller;
  for (const auto& [subject, names] : objects) {
    std::vector<const std::string*> name;
    std::vector<Words> words;
    for (const std::string& n : names) {
      name.push_back(&n);
      words.push_back(title_words(n));
    }
    // The titles holding each word, so a title's holders are looked for among its rarest
    // word's titles only, not among every pair (a newsroom's archive has thousands of titles).
    std::map<std::string, std::vector<size_t>> postings;
    for (size_t i = 0; i < words.size(); ++i) {
      for (const std::string& w : words[i]) postings[w].push_back(i);
    }
    auto holders = [&](size_t i) {
      const std::vector<size_t>* rarest = nullptr;
      for (const std::string& w : words[i]) {
        const std::vector<size_t>& p = postings.at(w);
        if (!rarest || p.size() < rarest->size()) rarest = &p;
      }
      std::vector<size_t> out;
      if (rarest) {
        for (size_t j : *rarest) {
          if (j != i && holds_all(words[j], words[i])) out.push_back(j);
        }
      }
      return out;
    };
    std::vector<std::vector<size_t>> held_by(words.size());
    for (size_t i = 0; i < words.size(); ++i) held_by[i] = holders(i);
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].size() < kShortest) continue;
      // The titles holding it that no other title holds: exactly one, or none.
      std::vector<size_t> longest;
      for (size_t j : held_by[i]) {
        if (held_by[j].empty()) longest.push_back(j);
      }
      if (longest.size() == 1) fuller[{subject, *name[i]}] = *name[longest.front()];
    }
  }
  for (Item& it : items) {
    if (it.shape() != KeyShape::kEvent || it.status) continue;
    if (auto f = fuller.find({it.key.subject, it.key.object}); f != fuller.end()) {
      it.key.object = f->second;
    }
  }
}

}  // namespace claimtrace
