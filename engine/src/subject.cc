// Subjects as sets of entity ids and as the "BY-CN" text reports show.
#include "claimtrace/subject.h"

#include <algorithm>

namespace claimtrace {

Subject::Subject(std::string entity) {
  if (!entity.empty()) entities.push_back(std::move(entity));
}

Subject::Subject(std::vector<std::string> ids) : entities(std::move(ids)) {
  std::sort(entities.begin(), entities.end());
  entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
  entities.erase(std::remove(entities.begin(), entities.end(), std::string()), entities.end());
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
