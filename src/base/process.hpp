// Running a helper program (git, diff) without a shell, and writing all of
// a buffer to a file descriptor. Internal to the library.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace yplan::internal {

// Runs argv[0] (searched in PATH) with `args`, collecting standard output and
// standard error. Returns its exit status, or -1 (errno set) if it could not
// be started. Each of the two outputs is read up to `limit` bytes: past it the
// program is killed and kOutputTooLarge is returned (memory stays bounded
// whatever the program writes).
constexpr int kOutputTooLarge = -2;
int run_capture(const std::vector<std::string>& args, std::string& out, std::string& err,
                size_t limit = static_cast<size_t>(-1));

// Writes every byte of `data` to `fd`, going on after EINTR; false (errno
// set) on any other failure.
bool write_all(int fd, std::string_view data);

}  // namespace yplan::internal
