#include "yplan/git.hpp"

#include "internal/process.hpp"

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


bool read_git_object(const std::string& spec, SourceFile& out, std::string& error) {
  std::string text, err;
  // The blob is read bounded like every other input (read_source).
  int rc = internal::run_capture({"git", "show", spec}, text, err, kMaxFileSize);
  if (rc == internal::kOutputTooLarge) {
    error = too_large_message();
    return false;
  }
  if (rc < 0) {
    error = std::string("cannot run git: ") + std::strerror(errno);
    return false;
  }
  if (rc != 0) {
    auto nl = err.find('\n');
    error = err.substr(0, nl);
    if (error.empty()) error = "git show failed";
    return false;
  }
  out.path = spec;
  out.text = std::move(text);
  out.index_lines();
  return true;
}

}  // namespace yplan
