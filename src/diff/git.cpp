#include "yplan/git.hpp"
#include "yplan/i18n.hpp"

#include "base/process.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace yplan {

bool looks_like_git_object(const std::string& spec) {
  if (spec == "-" || spec.find(':') == std::string::npos) return false;
  struct stat st {};
  return ::stat(spec.c_str(), &st) != 0;
}


bool read_git_object(const std::string& spec, SourceFile& out, std::string& error, const std::string& dir) {
  std::string text, err;
  std::vector<std::string> args = {"git", "show", spec};
  if (!dir.empty()) args = {"git", "-C", dir, "show", spec};
  // The blob is read bounded like every other input (read_source).
  int rc = internal::run_capture(args, text, err, kMaxFileSize);
  if (rc == internal::kOutputTooLarge) {
    error = too_large_message();
    return false;
  }
  if (rc < 0) {
    error = trf("cannot run git: {}", tr(std::strerror(errno)));
    return false;
  }
  if (rc != 0) {
    auto nl = err.find('\n');
    error = err.substr(0, nl);
    if (error.empty()) error = tr("git show failed");
    return false;
  }
  out.path = spec;
  out.text = std::move(text);
  out.index_lines();
  return true;
}

}  // namespace yplan
