// Subjects as sets of entity ids, held once each, and as the "BY-CN" text reports show.
#include "claimtrace/subject.h"

#include <algorithm>
#include <mutex>
#include <set>
#include <shared_mutex>

namespace claimtrace {
namespace {

struct EntityIdTable {
  std::shared_mutex mutex;
  std::set<std::vector<std::string>> sets{std::vector<std::string>()};  // nodes never move
};

EntityIdTable& table() {
  static EntityIdTable* t = new EntityIdTable;  // never destroyed: subjects may outlive statics
  return *t;
}

const std::vector<std::string>* interned(const std::vector<std::string>& ids) {
  EntityIdTable& t = table();
  {
    std::shared_lock lock(t.mutex);
    auto found = t.sets.find(ids);
    if (found != t.sets.end()) return &*found;
  }
  std::unique_lock lock(t.mutex);
  return &*t.sets.insert(ids).first;
}

}  // namespace

// Looked up once: every default subject points here, so no lock is taken per claim.
EntityIds::EntityIds() {
  static const std::vector<std::string>* const none = interned({});
  ids_ = none;
}

EntityIds::EntityIds(const std::vector<std::string>& sorted) : ids_(interned(sorted)) {}

Subject::Subject(std::string entity) {
  if (!entity.empty()) entities = EntityIds({std::move(entity)});
}

Subject::Subject(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  ids.erase(std::remove(ids.begin(), ids.end(), std::string()), ids.end());
  entities = EntityIds(ids);
}

Subject Subject::parse(std::string_view text) {
  std::vector<std::string> ids;
  size_t at = 0;
  while (at <= text.size() && !text.empty()) {
    size_t dash = text.find('-', at);
    if (dash == std::string_view::npos) dash = text.size();
    ids.emplace_back(text.substr(at, dash - at));
    at = dash + 1;
  }
  return Subject(std::move(ids));
}

bool Subject::contains(std::string_view id) const {
  return std::binary_search(entities.begin(), entities.end(), id);
}

std::string Subject::text() const {
  std::string out;
  for (const std::string& e : entities) out += (out.empty() ? "" : "-") + e;
  return out;
}

}  // namespace claimtrace
