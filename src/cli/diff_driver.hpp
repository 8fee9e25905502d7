// yplan diff --git-external: git's external diff driver (diff_driver.cpp).
#pragma once

#include <string>
#include <vector>

namespace yplan::cli {

struct DriverOptions {
  std::vector<std::string> args;  // what git passed (1, 7 or 9 arguments)
  std::string format = "text";    // text, json, markdown
  std::string era = "as-written";
  bool color = false;
  bool stat = false;
  bool text = false;
};

// git's external diff driver (git(1), GIT_EXTERNAL_DIFF; gitattributes(5),
// "Defining an external diff driver"). git passes PATH OLD-FILE OLD-HEX
// OLD-MODE NEW-FILE NEW-HEX NEW-MODE; for a rename or copy two more,
// NEW-PATH and git's own header lines (similarity index, rename from/to);
// for an unmerged path only PATH. An added or removed file's missing side
// is /dev/null. Prints a plan diff under "diff --yplan a/OLD b/NEW"; a side
// that is not a plan (no top-level `yplan:` or `plan:`) or does not parse
// gets a line diff; changes the plan diff does not show (keys the format
// does not have, or only the notation of a value) are listed after it, so
// that "no changes" is said only when nothing but layout and comments
// changed. Returns 0 whatever it finds (git stops at a driver that exits
// non-zero); 2 for arguments git would not pass, or an unreadable file.
int run_git_driver(const DriverOptions& o);

}  // namespace yplan::cli
