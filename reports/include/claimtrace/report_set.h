// A pass's output files written as one set: either every file of the pass is current or none is.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/env.h"
#include "claimtrace/status.h"

namespace claimtrace {

// Marks a folder claimtrace wrote: later passes over the folder around it skip it, and a stale
// temporary set is recognised by it before it is removed.
inline constexpr const char* kSetMarker = ".claimtrace";

// A file of a set: its name inside the directory ("report.html", "sources/3.html") and what
// writes it, streamed so it is never held whole.
struct SetFile {
  std::string name;
  std::function<void(Output&)> write;
};

struct WrittenSet {
  Status status;                         // the first failure; ok once the set is switched in
  std::vector<std::string> written;      // names now current in the directory, in order
  std::vector<std::string> not_written;  // names of the pass that are not (all, on a failure)
  std::vector<Status> warnings;          // leftovers that could not be removed or carried over
};

// Writes the files into DIR.tmp-PID beside DIR, then switches: DIR is renamed DIR.previous,
// DIR.tmp-PID is renamed DIR, and DIR.previous is removed. Entries of DIR the pass does not own
// (reviews.xml, a person's notes) are carried into the new DIR; `owned` names what the pass
// replaces besides its own files (exports an earlier pass may have written). Before writing,
// what killed runs left is cleaned: a DIR.previous is put back or merged, DIR.tmp-PID sets and
// NAME.tmp.PID files of owned names whose process is gone are removed.
WrittenSet write_set(Env& env, const std::string& dir, const std::vector<SetFile>& files,
                     const std::set<std::string>& owned);

// Removes a directory and everything in it; a symbolic link is removed, not followed.
Status remove_tree(Env& env, const std::string& path);

}  // namespace claimtrace
