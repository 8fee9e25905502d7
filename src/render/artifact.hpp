// How code scanning names a finding's file (SARIF's artifactLocation, GitHub's
// annotations): one path for both, that GitHub resolves (issue 23).
#pragma once

#include <string>

namespace yplan::render {

struct ArtifactPath {
  // '/'-separated and normalised (no ".", "..", "//"): relative to `root`
  // when the file lies under it; else absolute; "-" stays "-" (standard input).
  std::string path;
  bool relative = false;
};

// The directory paths are relative to: the root of the git work tree the
// current directory is in (the nearest ancestor with a .git directory or
// file), else the current directory. Absolute, '/'-terminated; "" when the
// current directory cannot be read.
const std::string& artifact_root();

// `file` as typed (./x.yaml, plans//p.yaml, ../x.yaml, /abs/p.yaml) named
// from artifact_root(): so that `validate` run in plans/ still names
// plans/x.yaml, the path from the repository's root.
ArtifactPath artifact_path(const std::string& file);

}  // namespace yplan::render
