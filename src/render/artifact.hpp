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

// `file` as typed (./x.yaml, plans//p.yaml, ../x.yaml, /abs/p.yaml) named
// from `root` (yplan::artifact_root(), render.hpp): so that `validate` run
// in plans/ still names plans/x.yaml, the path from the repository's root.
// With `root` "", the path normalised, relative when it was.
ArtifactPath artifact_path(const std::string& file, const std::string& root);

}  // namespace yplan::render
