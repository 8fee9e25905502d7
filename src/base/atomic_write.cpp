// Writing a file so that it is always either the old one or the new one.
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

#include "internal/process.hpp"
#include "yplan/edit.hpp"
#include "yplan/i18n.hpp"
#include "yplan/source.hpp"

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
  bool ok = write_all(fd, data);
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
  if (!write_all(fd, data)) return give_up(trf("cannot write '{}': {}", target, tr(std::strerror(errno))));
  fault_point(2);
  if (::fchmod(fd, mode) != 0) return give_up(trf("cannot set the mode of '{}': {}", target, tr(std::strerror(errno))));
  if (::fsync(fd) != 0) return give_up(trf("cannot flush '{}' to disk: {}", target, tr(std::strerror(errno))));
  fault_point(3);
  if (expected && exists) {
    // Refuse to overwrite changes someone else made while we worked.
    SourceFile now;
    std::string why;
    if (!read_source(target, now, why)) return give_up(trf("cannot re-read '{}': {}", target, why));
    if (now.text != *expected)
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
    error = trf("cannot create a temporary file in {}: {}", dir, tr(std::strerror(errno)));
  } else if (!write_all(fa, before) || !write_all(fb, after)) {
    error = trf("cannot write a temporary file in {}: {}", dir, tr(std::strerror(errno)));
  } else {
    // --suppress-blank-empty: an empty context line is printed empty, not as
    // one space (no line yplan prints ends in a space; patch and git apply
    // read both).
    rc = internal::run_capture({"diff", "-u", "--suppress-blank-empty", "--label", "a/" + name, "--label", "b/" + name, a.data(), b.data()},
                               out, err);
    // diff exits 1 when the files differ (they do), 2 or more (or -1: not run) on trouble.
    if (rc != 1) error = rc < 0 ? trf("cannot run diff(1): {}", tr(std::strerror(errno))) : trf("diff(1) failed: {}", err);
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
