// A pass's outputs switched in as one directory, and the cleaning of what killed runs left.
#include "claimtrace/report_set.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace claimtrace {

namespace {

// "a/b/" -> {"a", "b"}; "b" -> {".", "b"}.
std::pair<std::string, std::string> split_path(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return {".", path};
  return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

// The process id after `prefix` when the rest of name is digits alone.
std::optional<int> pid_after(std::string_view name, std::string_view prefix) {
  if (name.size() <= prefix.size() || name.substr(0, prefix.size()) != prefix) return std::nullopt;
  std::string_view digits = name.substr(prefix.size());
  if (digits.size() > 9 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::stoi(std::string(digits));
}

bool is_directory(const Env& env, const std::string& path) {
  Result<FileInfo> info = env.stat(path);
  return info.is_ok() && info.value().kind == FileKind::kDirectory && !info.value().is_symlink;
}

bool exists(const Env& env, const std::string& path) {
  Result<FileInfo> info = env.stat(path);
  return info.is_ok() || info.status().code() != StatusCode::kNotFound;
}

bool owned_name(const std::set<std::string>& owned, const std::string& name) {
  if (owned.count(name)) return true;
  // NAME.tmp.PID: a file writer's temporary, of a name the pass owns.
  const size_t at = name.rfind(".tmp.");
  return at != std::string::npos && owned.count(name.substr(0, at)) &&
         pid_after(name, name.substr(0, at + 5)).has_value();
}

// Moves the entries of `from` the pass does not own into `to`; the rest of `from` is then
// claimtrace's alone and removed. Anything that cannot be moved keeps `from` in place.
void carry_over(Env& env, const std::string& from, const std::string& to,
                const std::set<std::string>& owned, std::vector<Status>& warnings) {
  Result<std::vector<std::string>> names = env.list_directory(from);
  if (!names.is_ok()) {
    warnings.push_back(names.status());
    return;
  }
  bool kept = false;
  std::vector<std::string> sorted = names.value();
  std::sort(sorted.begin(), sorted.end());
  for (const std::string& name : sorted) {
    if (owned_name(owned, name)) continue;
    const std::string target = join_path(to, name);
    if (exists(env, target)) {
      warnings.push_back(Status::error(StatusCode::kIoError, "kept: " + target + " already exists",
                                       Location{.file = from}));
      kept = true;
      continue;
    }
    if (Status s = env.rename(join_path(from, name), target); !s.is_ok()) {
      warnings.push_back(s);
      kept = true;
    }
  }
  if (kept) return;
  if (Status s = remove_tree(env, from); !s.is_ok()) warnings.push_back(s);
}

// What a killed run left beside and in dir.
void clean_leftovers(Env& env, const std::string& dir, const std::string& parent,
                     const std::string& base, const std::set<std::string>& owned,
                     std::vector<Status>& warnings) {
  const std::string previous = dir + ".previous";
  if (is_directory(env, previous)) {
    // Killed between the two renames: the old set goes back, complete; killed after them, the
    // person's files still in it join the new set.
    if (!exists(env, dir)) {
      if (Status s = env.rename(previous, dir); !s.is_ok()) warnings.push_back(s);
    } else if (is_directory(env, dir)) {
      carry_over(env, previous, dir, owned, warnings);
    }
  }
  if (Result<std::vector<std::string>> names = env.list_directory(parent); names.is_ok()) {
    for (const std::string& name : names.value()) {
      std::optional<int> pid = pid_after(name, base + ".tmp-");
      if (!pid || env.process_running(*pid)) continue;
      const std::string stale = join_path(parent, name);
      // Only a set claimtrace began: it is marked before anything else is written into it.
      if (!is_directory(env, stale) || !exists(env, join_path(stale, kSetMarker))) continue;
      if (Status s = remove_tree(env, stale); !s.is_ok()) warnings.push_back(s);
    }
  }
  if (Result<std::vector<std::string>> names = env.list_directory(dir); names.is_ok()) {
    for (const std::string& name : names.value()) {
      const size_t at = name.rfind(".tmp.");
      if (at == std::string::npos || !owned_name(owned, name)) continue;
      std::optional<int> pid = pid_after(name, name.substr(0, at + 5));
      if (!pid || env.process_running(*pid)) continue;
      if (Status s = env.remove_file(join_path(dir, name)); !s.is_ok()) warnings.push_back(s);
    }
  }
}

Status write_into(Env& env, const std::string& tmp, const std::vector<SetFile>& files) {
  if (Status s = env.make_directories(tmp); !s.is_ok()) return s;
  if (Status s = env.write_file_atomically(join_path(tmp, kSetMarker),
                                           "claimtrace output: not read as documents by "
                                           "claimtrace\n");
      !s.is_ok()) {
    return s;
  }
  std::set<std::string> made;
  for (const SetFile& f : files) {
    const size_t slash = f.name.rfind('/');
    if (slash != std::string::npos && made.insert(f.name.substr(0, slash)).second) {
      if (Status s = env.make_directories(join_path(tmp, f.name.substr(0, slash))); !s.is_ok()) {
        return s;
      }
    }
    std::unique_ptr<FileWriter> out = env.write_atomically(join_path(tmp, f.name));
    f.write(*out);
    if (Status s = out->commit(); !s.is_ok()) return s;
  }
  return Status::ok();
}

}  // namespace

Status remove_tree(Env& env, const std::string& path) {
  Result<std::vector<std::string>> names = env.list_directory(path);
  if (!names.is_ok()) {
    return names.status().code() == StatusCode::kNotFound ? Status::ok() : names.status();
  }
  for (const std::string& name : names.value()) {
    const std::string child = join_path(path, name);
    Result<FileInfo> info = env.stat(child);
    const bool directory =
        info.is_ok() && info.value().kind == FileKind::kDirectory && !info.value().is_symlink;
    if (Status s = directory ? remove_tree(env, child) : env.remove_file(child); !s.is_ok()) {
      return s;
    }
  }
  return env.remove_directory(path);
}

WrittenSet write_set(Env& env, const std::string& dir_given, const std::vector<SetFile>& files,
                     const std::set<std::string>& owned_given) {
  WrittenSet out;
  for (const SetFile& f : files) out.not_written.push_back(f.name);
  const auto [parent, base] = split_path(dir_given);
  if (base.empty() || base == "." || base == ".." || base == "/") {
    out.status = Status::error(StatusCode::kInvalidArgument,
                               "the report directory must be named, not '" + dir_given + "'",
                               Location{.file = dir_given});
    return out;
  }
  std::string dir = dir_given;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  std::set<std::string> owned = owned_given;
  owned.insert(kSetMarker);
  for (const SetFile& f : files) owned.insert(f.name.substr(0, f.name.find('/')));

  if (exists(env, dir) && !is_directory(env, dir)) {
    out.status = Status::error(StatusCode::kIoError, "not a directory", Location{.file = dir});
    return out;
  }
  if (Status s = env.make_directories(parent); !s.is_ok()) {
    out.status = s;
    return out;
  }
  clean_leftovers(env, dir, parent, base, owned, out.warnings);

  const std::string tmp = dir + ".tmp-" + std::to_string(env.process_id());
  const std::string previous = dir + ".previous";
  if (Status s = remove_tree(env, tmp); !s.is_ok()) out.warnings.push_back(s);
  out.status = write_into(env, tmp, files);
  const bool had_old = is_directory(env, dir);
  if (out.status.is_ok() && had_old) out.status = env.rename(dir, previous);
  if (out.status.is_ok()) {
    out.status = env.rename(tmp, dir);
    if (!out.status.is_ok() && had_old) {
      if (Status s = env.rename(previous, dir); !s.is_ok()) out.warnings.push_back(s);
    }
  }
  if (!out.status.is_ok()) {
    if (Status s = remove_tree(env, tmp); !s.is_ok()) out.warnings.push_back(s);
    return out;
  }
  out.written = std::move(out.not_written);
  out.not_written.clear();
  if (had_old) carry_over(env, previous, dir, owned, out.warnings);
  return out;
}

}  // namespace claimtrace
