// How SARIF and GitHub annotations name a file (src/render/artifact.hpp):
// from the repository's root, normalised, whatever was typed (issue 23).
#include <doctest/doctest.h>

#include <filesystem>

#include "render/artifact.hpp"

using yplan::render::artifact_path;

TEST_CASE("paths are named from the root, normalised") {
  CHECK(artifact_path("/r/plans//p.yaml", "/r/").path == "plans/p.yaml");
  CHECK(artifact_path("/r/plans/./sub/../p.yaml", "/r/").path == "plans/p.yaml");
  CHECK(artifact_path("/r/plans/p.yaml", "/r/").relative);
  CHECK(artifact_path("/elsewhere/p.yaml", "/r/").path == "/elsewhere/p.yaml");
  CHECK_FALSE(artifact_path("/elsewhere/p.yaml", "/r/").relative);
  CHECK(artifact_path("/r/../x.yaml", "/r/").path == "/x.yaml");
  CHECK(artifact_path("/r2/x.yaml", "/r/").path == "/r2/x.yaml");
}

TEST_CASE("a relative path is taken from the current directory") {
  std::string parent = std::filesystem::current_path().parent_path().generic_string() + "/";
  std::string here = std::filesystem::current_path().filename().generic_string();
  CHECK(artifact_path("./a//b.yaml", parent).path == here + "/a/b.yaml");
  CHECK(artifact_path("../x.yaml", parent).path == "x.yaml");
  CHECK(artifact_path("./a//b.yaml", "").path == "a/b.yaml");
  CHECK(artifact_path("-", parent).path == "-");
}
