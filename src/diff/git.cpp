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
#include <initializer_list>
#include <vector>

extern char** environ;

namespace yplan {

bool looks_like_git_object(const std::string& spec) {
  if (spec == "-" || spec.find(':') == std::string::npos) return false;
  struct stat st {};
  return ::stat(spec.c_str(), &st) != 0;
}


namespace {

// git, run in `dir` when one is given.
std::vector<std::string> git_args(const std::string& dir, std::initializer_list<std::string> rest) {
  std::vector<std::string> args = {"git"};
  if (!dir.empty()) args.insert(args.end(), {"-C", dir});
  args.insert(args.end(), rest);
  return args;
}

bool all_hex(const std::string& s) {
  return s.size() >= 4 && s.size() <= 64 &&
         s.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
}

// After `git show REV:PATH` failed: true when REV names no commit of this
// repository and the cause is likely one missing from a clone (REV is a
// commit id, or the repository is shallow). git itself then says "path
// 'p.yaml' exists on disk, but not in 'SHA'" (it takes a full commit id on
// trust), which sends the user after the wrong problem.
bool commit_missing(const std::string& rev, const std::string& dir) {
  std::string out, err;
  int rc = internal::run_capture(git_args(dir, {"rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}"}),
                                 out, err, 1 << 16);
  if (rc == 0 || rc < 0) return false;  // it is there (the path is what is missing), or git cannot run
  if (all_hex(rev)) return true;
  out.clear();
  rc = internal::run_capture(git_args(dir, {"rev-parse", "--is-shallow-repository"}), out, err, 1 << 16);
  return rc == 0 && out.rfind("true", 0) == 0;
}

}  // namespace

bool read_git_object(const std::string& spec, SourceFile& out, std::string& error, const std::string& dir) {
  std::string text, err;
  std::vector<std::string> args = git_args(dir, {"show", spec});
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
    auto colon = spec.find(':');
    std::string rev = spec.substr(0, colon);
    if (colon != std::string::npos && colon > 0 && commit_missing(rev, dir)) {
      error = trf("the commit '{}' is not in this repository (a shallow clone? fetch it, e.g. git fetch "
                  "--unshallow, or check out with fetch-depth: 0)",
                  rev);
      return false;
    }
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
