// yplan-baseline: the floor to compare yplan with. Loads each file with
// yaml-cpp's own YAML::LoadFile and touches every node, one file at a time,
// as `yplan validate -j1` does; nothing else.
//   yplan-baseline PATH...   (files, or directories searched for *.yaml)
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace {
size_t touch(const YAML::Node& n) {
  size_t count = 1;
  switch (n.Type()) {
    case YAML::NodeType::Scalar: count += n.Scalar().size() > 0 ? 0 : 0; break;
    case YAML::NodeType::Sequence:
      for (const auto& c : n) count += touch(c);
      break;
    case YAML::NodeType::Map:
      for (const auto& kv : n) count += touch(kv.first) + touch(kv.second);
      break;
    default: break;
  }
  return count;
}
}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path p(argv[i]);
    if (std::filesystem::is_directory(p)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(p))
        if (e.path().extension() == ".yaml") files.push_back(e.path().string());
    } else {
      files.push_back(p.string());
    }
  }
  std::sort(files.begin(), files.end());
  size_t nodes = 0;
  for (const auto& f : files) {
    try {
      nodes += touch(YAML::LoadFile(f));
    } catch (const YAML::Exception& e) {
      std::cerr << f << ": " << e.what() << "\n";
      return 1;
    }
  }
  std::cout << files.size() << " files, " << nodes << " nodes\n";
  return 0;
}
