// InputEnv: standard input as "-", claimtrace's output folders and set-aside files unlisted.
#include "input_env.h"

#include <iostream>
#include <iterator>

namespace claimtrace {

namespace {
constexpr const char* kStdin = "-";
}

void InputEnv::read_stdin() {
  if (has_stdin_) return;
  stdin_.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  has_stdin_ = true;
}

void InputEnv::set_aside(const std::string& path) {
  Result<FileInfo> info = base_.stat(path);
  if (info.is_ok()) set_aside_.insert({info.value().device, info.value().inode});
}

Result<FileInfo> InputEnv::stat(const std::string& path) const {
  if (has_stdin_ && path == kStdin) {
    FileInfo info;
    info.kind = FileKind::kRegular;
    info.size = stdin_.size();
    return info;
  }
  return base_.stat(path);
}

bool InputEnv::is_output_folder(const std::string& path) const {
  Result<FileInfo> marker = base_.stat(join_path(path, kOutputMarker));
  return marker.is_ok() && marker.value().kind == FileKind::kRegular;
}

Result<std::vector<std::string>> InputEnv::list_directory(const std::string& path) const {
  Result<std::vector<std::string>> names = base_.list_directory(path);
  if (!names.is_ok()) return names;
  std::vector<std::string> kept;
  for (const std::string& name : names.value()) {
    const std::string child = join_path(path, name);
    Result<FileInfo> info = base_.stat(child);
    if (info.is_ok()) {
      if (set_aside_.count({info.value().device, info.value().inode})) continue;
      if (info.value().kind == FileKind::kDirectory && is_output_folder(child)) continue;
    }
    kept.push_back(name);
  }
  return kept;
}

Result<std::string> InputEnv::read_file(const std::string& path, uint64_t max_bytes) const {
  if (has_stdin_ && path == kStdin) {
    if (stdin_.size() > max_bytes) {
      return Status::error(StatusCode::kUnsupported, "standard input is over --max-bytes",
                           Location{.file = path});
    }
    return stdin_;
  }
  return base_.read_file(path, max_bytes);
}

}  // namespace claimtrace
