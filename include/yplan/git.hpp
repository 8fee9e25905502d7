// Reading a plan as it was at a git revision.
#pragma once

#include <string>

#include "yplan/source.hpp"

namespace yplan {

// True for "REV:PATH" when no file of that name exists (so "a:b.yaml" that
// is a real file is still a file).
bool looks_like_git_object(const std::string& spec);

// Reads REV:PATH with `git show` (run directly, no shell). On failure returns
// false with git's own first line of complaint in `error`, except when REV
// names no commit of the repository and is a commit id or the repository is
// shallow: then `error` says the commit is not in this repository (a shallow
// clone: fetch it, or check out with fetch-depth: 0), not git's "path exists
// on disk, but not in 'SHA'". With `dir`, git
// runs there (`git -C DIR`): a REV:./PATH is then relative to DIR, in DIR's
// repository, whatever the current directory is.
bool read_git_object(const std::string& spec, SourceFile& out, std::string& error, const std::string& dir = "");

}  // namespace yplan
