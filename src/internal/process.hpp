// Running a helper program (git, diff) without a shell. Internal to the library.
#pragma once

#include <string>
#include <vector>

namespace yplan::internal {

// Runs argv[0] (searched in PATH) with `args`, collecting standard output and
// standard error. Returns its exit status, or -1 (errno set) if it could not
// be started.
int run_capture(const std::vector<std::string>& args, std::string& out, std::string& err);

}  // namespace yplan::internal
