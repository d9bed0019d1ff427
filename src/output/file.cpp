#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <system_error>

#include "biennien/output.hpp"

namespace biennien {
namespace {

Error failure(const std::filesystem::path& path, const std::string& what, int error_number) {
  return {path.string(), what + ": " + std::strerror(error_number)};
}

// Creates a new, empty file beside `path` whose name no other writer uses; -1 with errno on failure.
int create_temporary(const std::filesystem::path& path, std::filesystem::path& temporary) {
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100; ++attempt) {
    temporary = path;
    temporary.replace_filename("." + path.filename().string() + "." + std::to_string(::getpid()) + "." +
                               std::to_string(counter++) + ".tmp");
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written == 0) errno = EIO;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace

Expected<bool> write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  if (!path.has_filename()) return Error{path.string(), "not a file name"};
  std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
  std::error_code code;
  std::filesystem::create_directories(folder, code);
  if (code) return Error{path.string(), "cannot create folder " + folder.string() + ": " + code.message()};

  std::filesystem::path temporary;
  int fd = create_temporary(path, temporary);
  if (fd < 0) return failure(path, "cannot create a temporary file in " + folder.string(), errno);
  auto abandon = [&](const char* what) {
    int error_number = errno;
    ::unlink(temporary.c_str());
    return failure(path, what, error_number);
  };
  if (!write_all(fd, bytes) || ::fsync(fd) != 0) {
    int error_number = errno;
    ::close(fd);
    errno = error_number;
    return abandon("cannot write the temporary file");
  }
  if (::close(fd) != 0) return abandon("cannot write the temporary file");
  if (::rename(temporary.c_str(), path.c_str()) != 0) return abandon("cannot replace the file");

  int folder_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder_fd < 0) return failure(path, "cannot open the folder to flush it", errno);
  bool flushed = ::fsync(folder_fd) == 0;
  int error_number = errno;
  ::close(folder_fd);
  if (!flushed) return failure(path, "cannot flush the folder", error_number);
  return true;
}

}  // namespace biennien
