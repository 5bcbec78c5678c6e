// Event titles: a document named by a short title and by its full one is one event object.
#pragma once

#include <vector>

#include "verify/items.h"

namespace claimtrace {

// "The strategic partnership agreement" and "the Agreement on Cordial Relations and Strategic
// Partnership": an event object whose words are all among another's of the same parties names
// that document, when exactly one longest object of the parties holds them; its items take that
// object's key. Numbered events ("2 forum") keep their own.
void join_short_titles(std::vector<Item>& items);

}  // namespace claimtrace
