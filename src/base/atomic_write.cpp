// Writing a file so that it is always either the old one or the new one.
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

#include "base/process.hpp"
#include "yplan/atomic_write.hpp"
#include "yplan/i18n.hpp"

namespace yplan {

namespace {

std::string dir_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string base_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}


// Reads at most `limit` bytes of `path` into `out` (enough to tell whether the
// file still holds exactly the bytes expected). On failure sets `why` to the
// system's reason, in the user's language.
bool read_at_most(const std::string& path, size_t limit, std::string& out, std::string& why) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    why = tr(std::strerror(errno));
    return false;
  }
  out.clear();
  char buf[65536];
  while (out.size() < limit) {
    ssize_t n = ::read(fd, buf, std::min(sizeof buf, limit - out.size()));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      why = tr(std::strerror(errno));
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return true;
}

// Test-only fault injection: YPLAN_TEST_CRASH_AT=N (1–6) makes step N of a
// write kill the process (SIGKILL), so tests can check that a crash at any
// point leaves the old file or the new one, never a mix, and no temporary
// that the next write does not clear. Unset: no effect.
void fault_point(int step) {
  static const char* at = std::getenv("YPLAN_TEST_CRASH_AT");
  if (at && std::atoi(at) == step) ::kill(::getpid(), SIGKILL);
}

// Writes `data` into an existing file that is not a regular file (see
// write_file_atomic): no temporary, no rename, no truncation beyond what
// opening for writing does.
WriteResult write_through(const std::string& target, const std::string& data, std::string& error) {
  int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    error = trf("cannot write '{}': {}", target, std::strerror(errno));
    return WriteResult::failed;
  }
  bool ok = internal::write_all(fd, data);
  int e = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    e = errno;
  }
  if (!ok) {
    error = trf("cannot write '{}': {}", target, std::strerror(e));
    return WriteResult::failed;
  }
  return WriteResult::written;
}

}  // namespace

// Removes temporaries that an earlier yplan killed between naming its
// temporary and renaming it left beside `target` (".NAME.yplan-XXXXXX").
static void remove_stale_temporaries(const std::string& dir, const std::string& base) {
  const std::string prefix = "." + base + ".yplan-";
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.size() == prefix.size() + 6 && name.compare(0, prefix.size(), prefix) == 0)
      ::unlink(e.path().c_str());
  }
}

WriteResult write_file_atomic(const std::string& path, const std::string& data, const std::string* expected,
                              std::string& error) {
  // Write through a symlink to its target, so the link stays a link.
  std::string target = path;
  char resolved[PATH_MAX];
  struct stat lst {};
  if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
    if (!::realpath(path.c_str(), resolved)) {
      error = trf("cannot follow the symlink '{}': {}", path, tr(std::strerror(errno)));
      return WriteResult::failed;
    }
    target = resolved;
  }
  struct stat st {};
  bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    error = trf("cannot write '{}': {}", path, tr("is a directory"));
    return WriteResult::failed;
  }
  // A FIFO, a character or block device, a socket or a terminal is not a file
  // to replace: it is opened and written through, as any Unix tool does
  // (`> /dev/null` must never turn the null device into a regular file, and
  // a reader on a named pipe must get the bytes). Only a regular file takes
  // the atomic rename below.
  if (exists && !S_ISREG(st.st_mode)) return write_through(target, data, error);
  mode_t mode;
  if (exists) {
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = ::umask(0);  // a new file gets what creat(2) would give it
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  const std::string dir = dir_of(target), base = base_of(target);
  remove_stale_temporaries(dir, base);

  // The new contents go to an unnamed file (O_TMPFILE) in the same directory:
  // killed at any moment before it is named, nothing is left behind. Where
  // the file system cannot do that, a named temporary (mkstemp) instead.
  fault_point(1);
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  const bool unnamed = fd >= 0;
  std::string tmpl = dir + "/." + base + ".yplan-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  if (!unnamed) fd = ::mkstemp(name.data());
  if (fd < 0) {
    error = trf("cannot create a temporary file beside '{}': {}", target, tr(std::strerror(errno)));
    return WriteResult::failed;
  }
  bool named = !unnamed;
  auto give_up = [&](const std::string& why, WriteResult r = WriteResult::failed) {
    ::close(fd);
    if (named) ::unlink(name.data());
    error = why;
    return r;
  };
  if (!internal::write_all(fd, data)) return give_up(trf("cannot write '{}': {}", target, tr(std::strerror(errno))));
  fault_point(2);
  if (::fchmod(fd, mode) != 0) return give_up(trf("cannot set the mode of '{}': {}", target, tr(std::strerror(errno))));
  if (::fsync(fd) != 0) return give_up(trf("cannot flush '{}' to disk: {}", target, tr(std::strerror(errno))));
  fault_point(3);
  if (expected && exists) {
    // Refuse to overwrite changes someone else made while we worked.
    std::string now, why;
    if (!read_at_most(target, expected->size() + 1, now, why))
      return give_up(trf("cannot re-read '{}': {}", target, why));
    if (now != *expected)
      return give_up(trf("'{}' changed on disk while yplan worked; nothing written", path),
                     WriteResult::changed);
  }
  fault_point(4);
  if (unnamed) {
    // Name it beside the target for the rename (linkat through /proc needs no privilege).
    std::string proc = fmt::format("/proc/self/fd/{}", fd);
    bool linked = false;
    for (int attempt = 0; attempt < 100 && !linked; ++attempt) {
      std::string candidate = fmt::format("{}/.{}.yplan-{:06d}", dir, base, (::getpid() * 31 + attempt) % 1000000);
      std::copy(candidate.begin(), candidate.end(), name.begin());
      name[candidate.size()] = '\0';
      if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.data(), AT_SYMLINK_FOLLOW) == 0) linked = true;
      else if (errno != EEXIST) break;
    }
    if (!linked) return give_up(trf("cannot name the temporary file beside '{}': {}", target, tr(std::strerror(errno))));
    named = true;
  }
  fault_point(5);
  if (::close(fd) != 0) {
    ::unlink(name.data());
    error = trf("cannot write '{}': {}", target, tr(std::strerror(errno)));
    return WriteResult::failed;
  }
  if (::rename(name.data(), target.c_str()) != 0) {
    int e = errno;
    ::unlink(name.data());
    error = trf("cannot replace '{}': {}", target, tr(std::strerror(e)));
    return WriteResult::failed;
  }
  fault_point(6);
  // Make the rename itself durable.
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return WriteResult::written;
}


}  // namespace yplan
