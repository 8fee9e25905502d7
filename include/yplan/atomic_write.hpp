// Writing a file so that it is always either the old one or the new one
// (family base: used by set, fix, import and report -o alike).
#pragma once

#include <string>

namespace yplan {

// Writes `data` to `path` atomically: a temporary file in the same directory,
// flushed and fsynced, given the old file's mode, renamed over; a symlink is
// written through to its target. If `expected` is given and the file on disk
// no longer holds exactly those bytes, nothing is written and `changed` is
// returned. On any failure the file is untouched and no temporary is left.
// Only a regular file (or a new one) is replaced so: an existing FIFO,
// character or block device, socket or terminal is opened and written through
// like any Unix tool does (never replaced, never renamed over), and a
// directory is refused.
enum class WriteResult { written, changed, failed };
WriteResult write_file_atomic(const std::string& path, const std::string& data, const std::string* expected,
                              std::string& error);

}  // namespace yplan
