// Env: every file claimtrace reads or writes goes through this, so tests can work from memory.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace {

enum class FileKind { kRegular, kDirectory, kOther };

struct FileInfo {
  FileKind kind = FileKind::kOther;
  uint64_t size = 0;
  // Identity of the underlying object (device, inode on POSIX) so a walk can detect loops.
  uint64_t device = 0;
  uint64_t inode = 0;
  bool is_symlink = false;  // the path itself is a symbolic link (its target is described)

  bool operator==(const FileInfo&) const = default;
};

// Bytes written in order: a file being written, or a string. Writers that produce large
// output write through this so it never has to be held whole.
class Output {
 public:
  virtual ~Output() = default;
  virtual void write(std::string_view bytes) = 0;
};

// Output into a string, for callers that want the whole text.
class StringOutput : public Output {
 public:
  void write(std::string_view bytes) override { text.append(bytes); }
  std::string text;
};

// A file written in pieces: the bytes go to a temporary file beside it, and commit() renames
// that into place, so readers never see half a file. Dropped without a successful commit(),
// it removes the temporary file and leaves the path as it was.
class FileWriter : public Output {
 public:
  // The first failure (from opening the file on) is kept; later writes do nothing.
  virtual Status commit() = 0;
};

// Bytes set aside to be read back later in the same run: a temporary file that no other
// process sees and that is gone when the process ends, or memory. Safe from several threads.
class Scratch {
 public:
  virtual ~Scratch() = default;
  // Where the bytes start; nothing when they could not be written (a full disk).
  virtual std::optional<uint64_t> append(std::string_view bytes) = 0;
  // n bytes written earlier from `at`.
  virtual std::string read(uint64_t at, size_t n) const = 0;
  // Whether the bytes go to a file (not: memory, as when the file could not be opened).
  virtual bool on_disk() const { return false; }
};

class Env {
 public:
  virtual ~Env() = default;
  // Follows symbolic links; a dangling link is kNotFound.
  virtual Result<FileInfo> stat(const std::string& path) const = 0;
  // Names (not paths) of the entries of a directory, in no particular order.
  virtual Result<std::vector<std::string>> list_directory(const std::string& path) const = 0;
  // Reads at most max_bytes; a larger file is kUnsupported without reading it.
  virtual Result<std::string> read_file(const std::string& path, uint64_t max_bytes) const = 0;
  // Writes to a temporary file in the same directory, then renames: readers never see half a file.
  virtual Status write_file_atomically(const std::string& path, const std::string& contents) = 0;
  // The same guarantee for contents written as they are produced.
  virtual std::unique_ptr<FileWriter> write_atomically(const std::string& path) = 0;
  virtual Status make_directories(const std::string& path) = 0;
  // Removes a file; one that does not exist is not an error (the caller wants it gone).
  virtual Status remove_file(const std::string& path) = 0;
  // Renames a file or directory in one step (on one file system), replacing a file or an empty
  // directory at `to`, and makes the rename durable: a set of files is switched by renaming
  // the directory that holds them.
  virtual Status rename(const std::string& from, const std::string& to) = 0;
  // Removes an empty directory; one that does not exist is not an error.
  virtual Status remove_directory(const std::string& path) = 0;
  // This process's id, and whether a process is still running: temporary files named after
  // their writer's id are left alone while it runs and cleaned once it has died.
  virtual int process_id() const = 0;
  virtual bool process_running(int pid) const = 0;
  // A scratch area for what a run holds too long to keep in memory. Pure, so an Env that wraps
  // another cannot forget to hand out the wrapped one's (and keep a corpus's sentences in memory).
  virtual std::shared_ptr<Scratch> open_scratch() const = 0;
};

// The real file system.
Env& default_env();

// An in-memory file system for tests and for callers that already hold their documents.
class MemoryEnv : public Env {
 public:
  void add_file(const std::string& path, std::string contents);
  void add_directory(const std::string& path);

  Result<FileInfo> stat(const std::string& path) const override;
  Result<std::vector<std::string>> list_directory(const std::string& path) const override;
  Result<std::string> read_file(const std::string& path, uint64_t max_bytes) const override;
  Status write_file_atomically(const std::string& path, const std::string& contents) override;
  std::unique_ptr<FileWriter> write_atomically(const std::string& path) override;
  Status make_directories(const std::string& path) override;
  Status remove_file(const std::string& path) override;
  Status rename(const std::string& from, const std::string& to) override;
  Status remove_directory(const std::string& path) override;
  int process_id() const override { return pid_; }
  bool process_running(int pid) const override { return pid == pid_ || running_.count(pid) > 0; }
  // Memory.
  std::shared_ptr<Scratch> open_scratch() const override;

  // Tests play other processes: this one's id, and others that are still running.
  void set_process_id(int pid) { pid_ = pid; }
  void set_running(int pid) { running_.insert(pid); }

 private:
  int pid_ = 1000;
  std::set<int> running_;
  std::map<std::string, std::string> files_;
  std::map<std::string, uint64_t> directories_;  // path -> inode-like identity
};

// Joins two path pieces with exactly one '/'.
std::string join_path(const std::string& dir, const std::string& name);

}  // namespace claimtrace
