// The process-wide table of interned strings behind Symbol.
#include "claimtrace/symbol.h"

#include <cassert>
#include <deque>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace claimtrace {
namespace {

struct SymbolTable {
  std::shared_mutex mutex;
  std::deque<std::string> texts{std::string()};  // id 0 is the empty string; a deque never moves
  std::unordered_map<std::string_view, uint32_t> ids{{std::string_view(), 0}};
};

SymbolTable& table() {
  static SymbolTable* t = new SymbolTable;  // never destroyed: symbols may outlive statics
  return *t;
}

}  // namespace

Symbol::Symbol(std::string_view text) {
  if (text.empty()) return;
  SymbolTable& t = table();
  {
    std::shared_lock lock(t.mutex);
    auto found = t.ids.find(text);
    if (found != t.ids.end()) {
      id_ = found->second;
      return;
    }
  }
  std::unique_lock lock(t.mutex);
  auto found = t.ids.find(text);
  if (found != t.ids.end()) {
    id_ = found->second;
    return;
  }
  assert(t.texts.size() < UINT32_MAX);
  id_ = static_cast<uint32_t>(t.texts.size());
  t.texts.emplace_back(text);
  t.ids.emplace(t.texts.back(), id_);
}

const std::string& Symbol::str() const {
  SymbolTable& t = table();
  std::shared_lock lock(t.mutex);
  return t.texts[id_];
}

}  // namespace claimtrace
