// The files a command reads: the real file system, plus "-" as standard input, without
// claimtrace's own output folders (marked by kOutputMarker) and without files set aside (a draft).
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/env.h"

namespace claimtrace {

// Written into every folder claimtrace writes a report into, so a later pass over the folder
// around it does not read the report (or reviews.xml beside it) as documents.
inline constexpr const char* kOutputMarker = ".claimtrace";

class InputEnv : public Env {
 public:
  explicit InputEnv(Env& base) : base_(base) {}

  // Reads standard input once; "-" is then a document holding it.
  void read_stdin();
  // A file left out of directory listings (named on its own, it is still read).
  void set_aside(const std::string& path);

  Result<FileInfo> stat(const std::string& path) const override;
  Result<std::vector<std::string>> list_directory(const std::string& path) const override;
  Result<std::string> read_file(const std::string& path, uint64_t max_bytes) const override;
  Status write_file_atomically(const std::string& path, const std::string& contents) override {
    return base_.write_file_atomically(path, contents);
  }
  std::unique_ptr<FileWriter> write_atomically(const std::string& path) override {
    return base_.write_atomically(path);
  }
  Status make_directories(const std::string& path) override { return base_.make_directories(path); }
  Status remove_file(const std::string& path) override { return base_.remove_file(path); }
  Status rename(const std::string& from, const std::string& to) override {
    return base_.rename(from, to);
  }
  Status remove_directory(const std::string& path) override { return base_.remove_directory(path); }
  int process_id() const override { return base_.process_id(); }
  bool process_running(int pid) const override { return base_.process_running(pid); }
  std::shared_ptr<Scratch> open_scratch() const override { return base_.open_scratch(); }

 private:
  bool is_output_folder(const std::string& path) const;

  Env& base_;
  bool has_stdin_ = false;
  std::string stdin_;
  std::set<std::pair<uint64_t, uint64_t>> set_aside_;  // device, inode
};

}  // namespace claimtrace
