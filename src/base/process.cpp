#include "base/process.hpp"

#include <fmt/format.h>
#include <cstdlib>
#include <cstring>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <csignal>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "yplan/i18n.hpp"
#include "yplan/unified_diff.hpp"

extern char** environ;

namespace yplan::internal {

// Runs argv, collecting stdout and stderr (read together with poll, so that
// neither pipe can fill up and stall the child). Returns the exit status, or
// -1 when the program could not be started.
int run_capture(const std::vector<std::string>& args, std::string& out, std::string& err, size_t limit) {
  int po[2], pe[2];
  if (::pipe2(po, O_CLOEXEC) != 0) return -1;
  if (::pipe2(pe, O_CLOEXEC) != 0) {
    ::close(po[0]);
    ::close(po[1]);
    return -1;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, po[1], 1);
  posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  ::close(po[1]);
  ::close(pe[1]);
  if (rc != 0) {
    ::close(po[0]);
    ::close(pe[0]);
    errno = rc;
    return -1;
  }
  pollfd fds[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
  std::string* sinks[2] = {&out, &err};
  int open_fds = 2;
  bool too_large = false;
  char buf[65536];
  while (open_fds > 0 && !too_large) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        if (sinks[i]->size() + static_cast<size_t>(n) > limit) {
          too_large = true;
          break;
        }
        sinks[i]->append(buf, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  if (too_large) {
    for (auto& f : fds)
      if (f.fd >= 0) ::close(f.fd);
    ::kill(pid, SIGKILL);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (too_large) {
    out.clear();
    err.clear();
    return kOutputTooLarge;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

bool write_all(int fd, std::string_view data) {
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

}  // namespace yplan::internal

namespace yplan {

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
  } else if (!internal::write_all(fa, before) || !internal::write_all(fb, after)) {
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
