// Where a finding's code links to by default: yplan-plan(5) as installed
// beside the running binary (see server.hpp, find_docs_url).
#include <filesystem>
#include <system_error>
#include <vector>

#include "protocol.hpp"
#include "server.hpp"

#ifndef YPLAN_INSTALL_MANDIR
#define YPLAN_INSTALL_MANDIR "/usr/local/share/man"
#endif

namespace yplan::lsp {

namespace fs = std::filesystem;

const char* install_mandir() { return YPLAN_INSTALL_MANDIR; }

std::string find_docs_url(const std::string& exe, Lang lang, const std::string& mandir) {
  // Man page directories, each with its pages in man5/ (an install) or
  // directly in it (the source tree's man/).
  struct Dir {
    fs::path path;
    bool sectioned;
  };
  std::vector<Dir> dirs;
  if (!exe.empty()) {
    fs::path bin = fs::path(exe).parent_path();
    dirs.push_back({(bin / ".." / "share" / "man").lexically_normal(), true});
    dirs.push_back({(bin / ".." / "man").lexically_normal(), false});
  }
  dirs.push_back({fs::path(mandir), true});
  std::vector<std::string> langs;
  if (lang == Lang::ja) langs.emplace_back("ja");
  langs.emplace_back("");
  for (const auto& d : dirs) {
    for (const auto& l : langs) {
      fs::path dir = l.empty() ? d.path : d.path / l;
      if (d.sectioned) dir /= "man5";
      for (const char* name : {"yplan-plan.5", "yplan-plan.5.gz"}) {
        std::error_code ec;
        fs::path page = dir / name;
        if (fs::is_regular_file(page, ec)) return path_to_uri(fs::absolute(page, ec).lexically_normal().string());
      }
    }
  }
  return {};
}

}  // namespace yplan::lsp
