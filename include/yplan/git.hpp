// Reading a plan as it was at a git revision.
#pragma once

#include <string>

#include "yplan/source.hpp"

namespace yplan {

// True for "REV:PATH" when no file of that name exists (so "a:b.yaml" that
// is a real file is still a file).
bool looks_like_git_object(const std::string& spec);

// Reads REV:PATH with `git show` (run directly, no shell). On failure returns
// false with git's own first line of complaint in `error`.
bool read_git_object(const std::string& spec, SourceFile& out, std::string& error);

}  // namespace yplan
