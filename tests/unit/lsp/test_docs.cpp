// The language server's default documentation link: yplan-plan(5) where
// yplan is installed (server.hpp, find_docs_url).
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>

#include "lsp/server.hpp"

namespace fs = std::filesystem;
using yplan::Lang;
using yplan::lsp::find_docs_url;

namespace {
// file:// and the path, every byte but A-Z a-z 0-9 - . _ ~ / as %XX.
std::string file_uri(const std::string& p) {
  std::string out = "file://";
  for (unsigned char c : p) {
    if (std::isalnum(c) || std::string("-._~/").find(static_cast<char>(c)) != std::string::npos)
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

struct Tree {
  fs::path root;
  Tree() {
    static int n = 0;
    // A space and a kanji: the URI must percent-encode them.
    root = fs::temp_directory_path() / ("yplan-unit-docs " + std::to_string(::getpid()) + "-" + std::to_string(n++)) / "接頭";
    fs::remove_all(root.parent_path());
    fs::create_directories(root);
  }
  ~Tree() {
    std::error_code ec;
    fs::remove_all(root.parent_path(), ec);
  }
  std::string touch(const std::string& rel) const {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel) << ".TH YPLAN-PLAN 5\n";
    return (root / rel).string();
  }
  std::string exe() const { return (root / "bin" / "yplan").string(); }
  std::string uri(const std::string& rel) const { return file_uri((root / rel).string()); }
};
}  // namespace

TEST_CASE("the page installed beside the binary, whatever the prefix") {
  Tree t;
  std::string other = (t.root / "elsewhere" / "man").string();
  CHECK(find_docs_url(t.exe(), Lang::en, other) == "");  // nothing anywhere: no link
  t.touch("elsewhere/man/man5/yplan-plan.5");
  CHECK(find_docs_url(t.exe(), Lang::en, other) == t.uri("elsewhere/man/man5/yplan-plan.5"));  // the configured prefix
  t.touch("man/yplan-plan.5");
  CHECK(find_docs_url(t.exe(), Lang::en, other) == t.uri("man/yplan-plan.5"));  // a build tree in the source tree
  t.touch("share/man/man5/yplan-plan.5.gz");
  CHECK(find_docs_url(t.exe(), Lang::en, other) == t.uri("share/man/man5/yplan-plan.5.gz"));  // compressed
  t.touch("share/man/man5/yplan-plan.5");
  CHECK(find_docs_url(t.exe(), Lang::en, other) == t.uri("share/man/man5/yplan-plan.5"));
  CHECK(t.uri("share/man/man5/yplan-plan.5").find("yplan-unit-docs%20") != std::string::npos);
  CHECK(t.uri("share/man/man5/yplan-plan.5").find("/%E6%8E%A5%E9%A0%AD/") != std::string::npos);
}

TEST_CASE("in Japanese, the Japanese page where there is one") {
  Tree t;
  t.touch("share/man/man5/yplan-plan.5");
  CHECK(find_docs_url(t.exe(), Lang::ja, "/nonexistent") == t.uri("share/man/man5/yplan-plan.5"));
  t.touch("share/man/ja/man5/yplan-plan.5");
  CHECK(find_docs_url(t.exe(), Lang::ja, "/nonexistent") == t.uri("share/man/ja/man5/yplan-plan.5"));
  CHECK(find_docs_url(t.exe(), Lang::en, "/nonexistent") == t.uri("share/man/man5/yplan-plan.5"));
  t.touch("man/ja/yplan-plan.5");  // a build tree's Japanese page: the install beside the binary still wins
  CHECK(find_docs_url(t.exe(), Lang::ja, "/nonexistent") == t.uri("share/man/ja/man5/yplan-plan.5"));
}

TEST_CASE("the source tree's pages, for a binary built in build/") {
  std::string exe = std::string(YPLAN_SOURCE_DIR) + "/build-none/yplan";
  CHECK(find_docs_url(exe, Lang::en, "/nonexistent") == file_uri(std::string(YPLAN_SOURCE_DIR) + "/man/yplan-plan.5"));
  CHECK(find_docs_url(exe, Lang::ja, "/nonexistent") == file_uri(std::string(YPLAN_SOURCE_DIR) + "/man/ja/yplan-plan.5"));
}
