// Writing a file so that it is always either the old one or the new one.
#include <cerrno>
#include <csignal>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

#include "internal/process.hpp"
#include "yplan/edit.hpp"

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

bool write_all(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

// Test-only fault injection: YPLAN_TEST_CRASH_AT=N makes the Nth step of a
// write kill the process (SIGKILL), so tests can check that a crash at any
// point leaves the old file or the new one, never a mix. Unset: no effect.
void fault_point(int step) {
  static const char* at = std::getenv("YPLAN_TEST_CRASH_AT");
  if (at && std::atoi(at) == step) ::kill(::getpid(), SIGKILL);
}

}  // namespace

WriteResult write_file_atomic(const std::string& path, const std::string& data, const std::string* expected,
                              std::string& error) {
  // Write through a symlink to its target, so the link stays a link.
  std::string target = path;
  char resolved[PATH_MAX];
  struct stat lst {};
  if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
    if (!::realpath(path.c_str(), resolved)) {
      error = fmt::format("cannot follow the symlink '{}': {}", path, std::strerror(errno));
      return WriteResult::failed;
    }
    target = resolved;
  }
  struct stat st {};
  bool exists = ::stat(target.c_str(), &st) == 0;
  mode_t mode;
  if (exists) {
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = ::umask(0);  // a new file gets what creat(2) would give it
    ::umask(mask);
    mode = 0666 & ~mask;
  }

  std::string tmpl = dir_of(target) + "/." + base_of(target) + ".yplan-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  fault_point(1);
  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error = fmt::format("cannot create a temporary file beside '{}': {}", target, std::strerror(errno));
    return WriteResult::failed;
  }
  auto give_up = [&](const std::string& why, WriteResult r = WriteResult::failed) {
    ::close(fd);
    ::unlink(name.data());
    error = why;
    return r;
  };
  fault_point(2);
  if (!write_all(fd, data)) return give_up(fmt::format("cannot write '{}': {}", target, std::strerror(errno)));
  fault_point(3);
  if (::fchmod(fd, mode) != 0) return give_up(fmt::format("cannot set the mode of '{}': {}", target, std::strerror(errno)));
  if (::fsync(fd) != 0) return give_up(fmt::format("cannot flush '{}' to disk: {}", target, std::strerror(errno)));
  fault_point(4);
  if (expected && exists) {
    // Refuse to overwrite changes someone else made while we worked.
    std::ifstream in(target, std::ios::binary);
    std::string now((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) return give_up(fmt::format("cannot re-read '{}'", target));
    if (now != *expected)
      return give_up(fmt::format("'{}' changed on disk while yplan worked; nothing written", path),
                     WriteResult::changed);
  }
  if (::close(fd) != 0) {
    ::unlink(name.data());
    error = fmt::format("cannot write '{}': {}", target, std::strerror(errno));
    return WriteResult::failed;
  }
  fault_point(5);
  if (::rename(name.data(), target.c_str()) != 0) {
    int e = errno;
    ::unlink(name.data());
    error = fmt::format("cannot replace '{}': {}", target, std::strerror(e));
    return WriteResult::failed;
  }
  fault_point(6);
  // Make the rename itself durable.
  int dfd = ::open(dir_of(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return WriteResult::written;
}

std::optional<std::string> unified_diff(const std::string& name, const std::string& before, const std::string& after,
                                        std::string& error) {
  if (before == after) return std::string();
  // diff(1) from diffutils (essential on Debian) does this well; two temporary files feed it.
  const char* tmpdir = std::getenv("TMPDIR");
  std::string dir = tmpdir && *tmpdir ? tmpdir : "/tmp";
  std::string ta = dir + "/yplan-diff-a-XXXXXX", tb = dir + "/yplan-diff-b-XXXXXX";
  std::vector<char> a(ta.begin(), ta.end()), b(tb.begin(), tb.end());
  a.push_back('\0');
  b.push_back('\0');
  int fa = ::mkstemp(a.data()), fb = fa >= 0 ? ::mkstemp(b.data()) : -1;
  std::string out, err;
  int rc = -1;
  if (fa < 0 || fb < 0) {
    error = fmt::format("cannot create a temporary file in {}: {}", dir, std::strerror(errno));
  } else if (!write_all(fa, before) || !write_all(fb, after)) {
    error = fmt::format("cannot write a temporary file in {}: {}", dir, std::strerror(errno));
  } else {
    rc = internal::run_capture({"diff", "-u", "--label", "a/" + name, "--label", "b/" + name, a.data(), b.data()},
                               out, err);
    // diff exits 1 when the files differ (they do), 2 or more (or -1: not run) on trouble.
    if (rc != 1) error = rc < 0 ? std::string("cannot run diff(1): ") + std::strerror(errno) : "diff(1) failed: " + err;
  }
  if (fa >= 0) {
    ::close(fa);
    ::unlink(a.data());
  }
  if (fb >= 0) {
    ::close(fb);
    ::unlink(b.data());
  }
  if (rc != 1) return std::nullopt;
  return out;
}

}  // namespace yplan
