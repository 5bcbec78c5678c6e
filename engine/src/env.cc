// The POSIX Env and the in-memory Env used by tests.
#include "claimtrace/env.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <utility>

namespace claimtrace {

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

namespace {

Status io_error(const std::string& path, const std::string& what, int err) {
  StatusCode code =
      (err == ENOENT || err == ENOTDIR) ? StatusCode::kNotFound : StatusCode::kIoError;
  return Status::error(code, what + ": " + std::strerror(err), Location{.file = path});
}

// A rename is durable only once the directory entry is on disk.
Status sync_parent(const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  const size_t slash = p.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : p.substr(0, slash);
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return io_error(dir, "cannot open directory to sync", errno);
  const int synced = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  // Some file systems cannot sync a directory; the file itself is already synced.
  if (synced != 0 && synced != EINVAL && synced != EROFS) {
    return io_error(dir, "cannot sync directory", synced);
  }
  return Status::ok();
}

// Writes straight to the temporary file: callers hand over large pieces, and what is written
// is not held in memory.
class PosixFileWriter : public FileWriter {
 public:
  explicit PosixFileWriter(std::string path)
      : path_(std::move(path)), tmp_(path_ + ".tmp." + std::to_string(::getpid())) {
    fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0) status_ = io_error(tmp_, "cannot create", errno);
  }
  PosixFileWriter(const PosixFileWriter&) = delete;
  PosixFileWriter& operator=(const PosixFileWriter&) = delete;
  ~PosixFileWriter() override { abandon(); }

  void write(std::string_view bytes) override {
    size_t done = 0;
    while (fd_ >= 0 && done < bytes.size()) {
      ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        fail(io_error(tmp_, "cannot write", errno));
        return;
      }
      done += static_cast<size_t>(n);
    }
  }

  Status commit() override {
    if (fd_ < 0) return status_;
    const int fd = std::exchange(fd_, -1);
    const int synced = ::fsync(fd) == 0 ? 0 : errno;
    const int closed = ::close(fd) == 0 ? 0 : errno;
    if (synced != 0 || closed != 0) {
      status_ = io_error(tmp_, "cannot flush", synced != 0 ? synced : closed);
      ::unlink(tmp_.c_str());
      return status_;
    }
    if (::rename(tmp_.c_str(), path_.c_str()) != 0) {
      status_ = io_error(path_, "cannot rename into place", errno);
      ::unlink(tmp_.c_str());
      return status_;
    }
    return status_ = sync_directory();
  }

 private:
  void fail(Status why) {
    status_ = std::move(why);
    abandon();
  }
  Status sync_directory() const { return sync_parent(path_); }
  // Closes and removes the temporary file: nothing reaches the path.
  void abandon() {
    if (fd_ < 0) return;
    ::close(std::exchange(fd_, -1));
    ::unlink(tmp_.c_str());
  }

  std::string path_, tmp_;
  int fd_ = -1;
  Status status_ = Status::ok();
};

// Scratch bytes in memory.
class MemoryScratch : public Scratch {
 public:
  std::optional<uint64_t> append(std::string_view bytes) override {
    std::lock_guard<std::mutex> lock(mutex_);
    const uint64_t at = bytes_.size();
    bytes_.append(bytes);
    return at;
  }
  std::string read(uint64_t at, size_t n) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    return bytes_.substr(at, n);
  }

 private:
  mutable std::mutex mutex_;
  std::string bytes_;
};

// Says once per process on stderr that scratch bytes stay in memory, and why: the run goes on,
// only with more memory than it would otherwise take.
void warn_scratch_in_memory(const std::string& dir, const char* what, int err) {
  static std::atomic<bool> warned{false};
  if (warned.exchange(true)) return;
  std::fprintf(stderr,
               "claimtrace: warning: %s a scratch file in %s (%s); sentences stay in memory\n",
               what, dir.c_str(), std::strerror(err));
}

// Scratch bytes in a file of the temporary directory, unlinked as soon as it is open: only this
// process sees it, and the system removes it when the process ends, however it ends.
class FileScratch : public Scratch {
 public:
  FileScratch(int fd, std::string dir) : fd_(fd), dir_(std::move(dir)) {}
  ~FileScratch() override { ::close(fd_); }
  // After a failed write (a full disk, a file size limit) every later append says no at once, so
  // the sentences stay in memory.
  std::optional<uint64_t> append(std::string_view bytes) override {
    std::lock_guard<std::mutex> lock(mutex_);
    if (failed_) return std::nullopt;
    const uint64_t at = end_;
    size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n =
          ::pwrite(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(at + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        failed_ = true;
        warn_scratch_in_memory(dir_, "cannot write", n < 0 ? errno : ENOSPC);
        return std::nullopt;
      }
      done += static_cast<size_t>(n);
    }
    end_ += bytes.size();
    return at;
  }
  // Bytes this process wrote and cannot read back are lost: a sentence cut short would be quoted
  // wrongly in a report, so the run stops with the reason instead.
  std::string read(uint64_t at, size_t n) const override {
    std::string out(n, '\0');
    size_t done = 0;
    while (done < n) {
      const ssize_t got = ::pread(fd_, out.data() + done, n - done, static_cast<off_t>(at + done));
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        std::fprintf(stderr, "claimtrace: cannot read back the scratch file in %s at %llu: %s\n",
                     dir_.c_str(), static_cast<unsigned long long>(at + done),
                     got < 0 ? std::strerror(errno) : "it ends before the bytes written there");
        std::abort();
      }
      done += static_cast<size_t>(got);
    }
    return out;
  }
  bool on_disk() const override { return true; }

 private:
  int fd_;
  std::string dir_;
  std::mutex mutex_;
  uint64_t end_ = 0;
  bool failed_ = false;
};

class PosixEnv : public Env {
 public:
  std::shared_ptr<Scratch> open_scratch() const override {
    const char* tmpdir = std::getenv("TMPDIR");
    const std::string dir = tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
    std::string path = dir + "/claimtrace-scratch-XXXXXX";
    const int fd = ::mkostemp(path.data(), O_CLOEXEC);
    if (fd < 0) {
      warn_scratch_in_memory(dir, "cannot open", errno);
      return std::make_shared<MemoryScratch>();
    }
    ::unlink(path.c_str());
    return std::make_shared<FileScratch>(fd, dir);
  }

  Result<FileInfo> stat(const std::string& path) const override {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return io_error(path, "cannot stat", errno);
    FileInfo info;
    info.kind = S_ISREG(st.st_mode)   ? FileKind::kRegular
                : S_ISDIR(st.st_mode) ? FileKind::kDirectory
                                      : FileKind::kOther;
    info.size = static_cast<uint64_t>(st.st_size);
    info.device = static_cast<uint64_t>(st.st_dev);
    info.inode = static_cast<uint64_t>(st.st_ino);
    struct stat lst {};
    info.is_symlink = ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode);
    return info;
  }

  Result<std::vector<std::string>> list_directory(const std::string& path) const override {
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) return io_error(path, "cannot open directory", errno);
    std::vector<std::string> names;
    while (struct dirent* entry = ::readdir(dir)) {
      std::string name = entry->d_name;
      if (name != "." && name != "..") names.push_back(std::move(name));
    }
    ::closedir(dir);
    return names;
  }

  Result<std::string> read_file(const std::string& path, uint64_t max_bytes) const override {
    // O_NONBLOCK: a FIFO or device swapped in after the walk must not block the open; the
    // walk follows symbolic links, so reading does too (no O_NOFOLLOW).
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) return io_error(path, "cannot open", errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
      int err = errno;
      ::close(fd);
      return io_error(path, "cannot stat", err);
    }
    if (!S_ISREG(st.st_mode)) {
      ::close(fd);
      return Status::error(StatusCode::kUnsupported, "not a regular file", Location{.file = path});
    }
    if (int flags = ::fcntl(fd, F_GETFL); flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (static_cast<uint64_t>(st.st_size) > max_bytes) {
      ::close(fd);
      return Status::error(StatusCode::kUnsupported,
                           "file is " + std::to_string(st.st_size) + " bytes, over --max-bytes " +
                               std::to_string(max_bytes),
                           Location{.file = path});
    }
    std::string data;
    data.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (true) {
      if (got == data.size()) data.resize(data.size() + 65536);  // the file may have grown
      ssize_t n = ::read(fd, data.data() + got, data.size() - got);
      if (n < 0) {
        if (errno == EINTR) continue;
        int err = errno;
        ::close(fd);
        return io_error(path, "cannot read", err);
      }
      if (n == 0) break;
      got += static_cast<size_t>(n);
      if (got > max_bytes) {
        ::close(fd);
        return Status::error(StatusCode::kUnsupported,
                             "file grew over --max-bytes " + std::to_string(max_bytes),
                             Location{.file = path});
      }
    }
    ::close(fd);
    data.resize(got);
    return data;
  }

  Status write_file_atomically(const std::string& path, const std::string& contents) override {
    std::unique_ptr<FileWriter> file = write_atomically(path);
    file->write(contents);
    return file->commit();
  }

  std::unique_ptr<FileWriter> write_atomically(const std::string& path) override {
    return std::make_unique<PosixFileWriter>(path);
  }

  Status make_directories(const std::string& path) override {
    std::string partial;
    size_t pos = 0;
    while (pos <= path.size()) {
      size_t next = path.find('/', pos);
      if (next == std::string::npos) next = path.size();
      partial = path.substr(0, next);
      if (!partial.empty() && ::mkdir(partial.c_str(), 0755) != 0 && errno != EEXIST) {
        return io_error(partial, "cannot create directory", errno);
      }
      pos = next + 1;
    }
    return Status::ok();
  }

  Status remove_file(const std::string& path) override {
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
      return io_error(path, "cannot remove", errno);
    }
    return Status::ok();
  }

  Status rename(const std::string& from, const std::string& to) override {
    if (::rename(from.c_str(), to.c_str()) != 0) {
      return io_error(from, "cannot rename to " + to, errno);
    }
    return sync_parent(to);
  }

  Status remove_directory(const std::string& path) override {
    if (::rmdir(path.c_str()) != 0 && errno != ENOENT) {
      return io_error(path, "cannot remove directory", errno);
    }
    return Status::ok();
  }

  int process_id() const override { return static_cast<int>(::getpid()); }
  bool process_running(int pid) const override {
    // EPERM: it runs under another user.
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
  }
};

// "a/./b//c/" -> "a/b/c" so that MemoryEnv lookups do not depend on spelling.
std::string clean(const std::string& path) {
  std::string out;
  size_t pos = 0;
  while (pos <= path.size()) {
    size_t next = path.find('/', pos);
    if (next == std::string::npos) next = path.size();
    std::string part = path.substr(pos, next - pos);
    if (!part.empty() && part != ".") {
      if (!out.empty() || (pos == 1 && path[0] == '/')) out += '/';
      out += part;
    } else if (pos == 0 && next == 0) {
      out = "";  // absolute path: the leading '/' is added with the first part
    }
    pos = next + 1;
  }
  if (out.empty() && !path.empty() && path[0] == '/') return "/";
  return out;
}

}  // namespace

std::shared_ptr<Scratch> MemoryEnv::open_scratch() const {
  return std::make_shared<MemoryScratch>();
}

Env& default_env() {
  static PosixEnv env;
  return env;
}

void MemoryEnv::add_file(const std::string& path, std::string contents) {
  std::string p = clean(path);
  files_[p] = std::move(contents);
  for (size_t slash = p.rfind('/'); slash != std::string::npos && slash > 0;
       slash = p.rfind('/', slash - 1)) {
    add_directory(p.substr(0, slash));
  }
}

void MemoryEnv::add_directory(const std::string& path) {
  std::string p = clean(path);
  directories_.emplace(p, directories_.size() + 1);
}

Result<FileInfo> MemoryEnv::stat(const std::string& path) const {
  std::string p = clean(path);
  if (auto f = files_.find(p); f != files_.end()) {
    return FileInfo{.kind = FileKind::kRegular,
                    .size = f->second.size(),
                    .device = 1,
                    .inode = std::hash<std::string>()(p)};
  }
  if (auto d = directories_.find(p); d != directories_.end()) {
    return FileInfo{.kind = FileKind::kDirectory, .device = 2, .inode = d->second};
  }
  return Status::error(StatusCode::kNotFound, "no such file", Location{.file = path});
}

Result<std::vector<std::string>> MemoryEnv::list_directory(const std::string& path) const {
  std::string p = clean(path);
  if (!p.empty() && !directories_.count(p)) {  // "" is the current directory: always there
    return Status::error(StatusCode::kNotFound, "no such directory", Location{.file = path});
  }
  std::string prefix = p.empty() ? "" : p + "/";
  std::vector<std::string> names;
  auto collect = [&](const std::string& entry) {
    if (entry.size() > prefix.size() && entry.compare(0, prefix.size(), prefix) == 0 &&
        entry.find('/', prefix.size()) == std::string::npos) {
      names.push_back(entry.substr(prefix.size()));
    }
  };
  for (const auto& [name, _] : files_) collect(name);
  for (const auto& [name, _] : directories_) collect(name);
  return names;
}

Result<std::string> MemoryEnv::read_file(const std::string& path, uint64_t max_bytes) const {
  auto f = files_.find(clean(path));
  if (f == files_.end()) {
    return Status::error(StatusCode::kNotFound, "no such file", Location{.file = path});
  }
  if (f->second.size() > max_bytes) {
    return Status::error(StatusCode::kUnsupported,
                         "file is " + std::to_string(f->second.size()) +
                             " bytes, over --max-bytes " + std::to_string(max_bytes),
                         Location{.file = path});
  }
  return f->second;
}

Status MemoryEnv::write_file_atomically(const std::string& path, const std::string& contents) {
  add_file(path, contents);
  return Status::ok();
}

namespace {

// Collects the file and adds it to the MemoryEnv on commit, as the real file appears on rename.
class MemoryFileWriter : public FileWriter {
 public:
  MemoryFileWriter(MemoryEnv& env, std::string path) : env_(env), path_(std::move(path)) {}
  void write(std::string_view bytes) override { contents_.append(bytes); }
  Status commit() override {
    env_.add_file(path_, std::move(contents_));
    contents_.clear();
    return Status::ok();
  }

 private:
  MemoryEnv& env_;
  std::string path_, contents_;
};

}  // namespace

std::unique_ptr<FileWriter> MemoryEnv::write_atomically(const std::string& path) {
  return std::make_unique<MemoryFileWriter>(*this, path);
}

Status MemoryEnv::make_directories(const std::string& path) {
  add_directory(path);
  return Status::ok();
}

Status MemoryEnv::remove_file(const std::string& path) {
  files_.erase(clean(path));
  return Status::ok();
}

namespace {

// The entries under dir (dir itself excluded), as keys of a map of paths.
template <typename Map>
std::vector<std::string> below(const Map& entries, const std::string& dir) {
  std::vector<std::string> out;
  const std::string prefix = dir + "/";
  for (auto it = entries.lower_bound(prefix);
       it != entries.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    out.push_back(it->first);
  }
  return out;
}

}  // namespace

// As POSIX rename: a file replaces a file, a directory replaces a missing or empty directory.
Status MemoryEnv::rename(const std::string& from, const std::string& to) {
  const std::string f = clean(from), t = clean(to);
  auto fail = [&](const char* why) {
    return Status::error(StatusCode::kIoError, std::string("cannot rename to ") + to + ": " + why,
                         Location{.file = from});
  };
  if (f == t) return Status::ok();
  if (auto file = files_.find(f); file != files_.end()) {
    if (directories_.count(t)) return fail("Is a directory");
    std::string contents = std::move(file->second);
    files_.erase(file);
    add_file(t, std::move(contents));
    return Status::ok();
  }
  auto dir = directories_.find(f);
  if (dir == directories_.end()) return fail("No such file or directory");
  if (files_.count(t)) return fail("Not a directory");
  if (t.compare(0, f.size() + 1, f + "/") == 0) return fail("Invalid argument");
  if (directories_.count(t) && (!below(files_, t).empty() || !below(directories_, t).empty())) {
    return fail("Directory not empty");
  }
  const uint64_t identity = dir->second;
  for (const std::string& p : below(files_, f)) {
    auto node = files_.extract(p);
    node.key() = t + p.substr(f.size());
    files_.insert(std::move(node));
  }
  for (const std::string& p : below(directories_, f)) {
    auto node = directories_.extract(p);
    node.key() = t + p.substr(f.size());
    directories_.insert(std::move(node));
  }
  directories_.erase(f);
  directories_[t] = identity;
  for (size_t slash = t.rfind('/'); slash != std::string::npos && slash > 0;
       slash = t.rfind('/', slash - 1)) {
    add_directory(t.substr(0, slash));
  }
  return Status::ok();
}

Status MemoryEnv::remove_directory(const std::string& path) {
  const std::string p = clean(path);
  if (!below(files_, p).empty() || !below(directories_, p).empty()) {
    return Status::error(StatusCode::kIoError, "cannot remove directory: Directory not empty",
                         Location{.file = path});
  }
  directories_.erase(p);
  return Status::ok();
}

}  // namespace claimtrace
