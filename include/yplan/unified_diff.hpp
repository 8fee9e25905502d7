// A unified diff of two texts, through diff(1) (family base: set --dry-run
// and fix --dry-run show their edits with it).
#pragma once

#include <optional>
#include <string>

namespace yplan {

// A unified diff of two texts (diff -u, via temporary files in $TMPDIR),
// labelled with `name`, an empty context line printed empty (diff
// --suppress-blank-empty); "" when they are equal; nullopt (with `error`) when
// diff(1) cannot be run.
std::optional<std::string> unified_diff(const std::string& name, const std::string& before, const std::string& after,
                                        std::string& error);

}  // namespace yplan
