// How code scanning names a finding's file (artifact.hpp).
#include "artifact.hpp"

#include <filesystem>
#include <system_error>

#include "yplan/render.hpp"

namespace yplan::render {

namespace fs = std::filesystem;

namespace {

std::string find_root() {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec || cwd.empty()) return "";
  cwd = cwd.lexically_normal();
  for (fs::path dir = cwd;; dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return (dir / "").string();
    if (dir == dir.parent_path()) break;
  }
  return (cwd / "").string();
}

}  // namespace

}  // namespace yplan::render

namespace yplan {

std::string artifact_root() { return render::find_root(); }

}  // namespace yplan

namespace yplan::render {

ArtifactPath artifact_path(const std::string& file, const std::string& root) {
  if (file == "-" || file.empty()) return {file, false};
  fs::path p(file);
  if (p.is_relative()) {
    if (root.empty()) return {p.lexically_normal().generic_string(), true};
    std::error_code ec;
    p = fs::current_path(ec) / p;
  }
  p = p.lexically_normal();
  if (!root.empty()) {
    fs::path rel = p.lexically_relative(fs::path(root));
    std::string r = rel.generic_string();
    if (!rel.empty() && r != "." && r != ".." && r.rfind("../", 0) != 0) return {r, true};
  }
  return {p.generic_string(), false};
}

}  // namespace yplan::render
