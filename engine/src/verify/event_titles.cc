// Event titles: the words of a short title, all among one fuller title's of the same parties,
// name that title's document; two fuller titles that both hold them leave it alone.
#include "verify/event_titles.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>

namespace claimtrace {

namespace {

using Words = std::set<std::string>;

// A one-word object ("railway", "investment") may be any of the parties' documents of that
// kind: only two words or more name one.
constexpr size_t kShortest = 2;

Words words_of(const std::string& object) {
  Words out;
  size_t pos = 0;
  while (pos < object.size()) {
    size_t sp = object.find(' ', pos);
    if (sp == std::string::npos) sp = object.size();
    if (sp > pos) out.insert(object.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

// An ordinal or a year in an object tells one event of its kind from another: never joined.
bool numbered(const std::string& object) {
  return std::any_of(object.begin(), object.end(),
                     [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; });
}

bool within(const Words& a, const Words& b) {
  return a.size() < b.size() && std::includes(b.begin(), b.end(), a.begin(), a.end());
}

}  // namespace

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
    for (const std::string& name : names) {
      const Words short_words = words_of(name);
      if (short_words.size() < kShortest) continue;
      // The objects holding it that no other holding object holds: exactly one, or none.
      std::vector<const std::string*> longest;
      for (const std::string& other : names) {
        const Words w = words_of(other);
        if (!within(short_words, w)) continue;
        bool held = false;
        for (const std::string& third : names) {
          held = held || (third != other && within(w, words_of(third)));
        }
        if (!held) longest.push_back(&other);
      }
      if (longest.size() == 1) fuller[{subject, name}] = *longest.front();
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
