// Event titles: a document named by a short title and by its full one is one event object.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "verify/items.h"

namespace claimtrace {

// "The strategic partnership agreement" and "the Agreement on Cordial Relations and Strategic
// Partnership": an event object whose words are all among another's of the same parties names
// that document, when exactly one longest object of the parties holds them; its items take that
// object's key. Numbered events ("2 forum") keep their own.
void join_short_titles(std::vector<Item>& items);

// The distinct words of an event object ("treaty legal assistance").
std::set<std::string> title_words(const std::string& object);
// Whether a title of these words names more than, and all of, the shorter title's.
bool holds_all(const std::set<std::string>& longer, const std::set<std::string>& shorter);

}  // namespace claimtrace
