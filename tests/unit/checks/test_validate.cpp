// Validating inputs: directory expansion, unreadable files, sorted findings (validate.hpp).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "helpers.hpp"
#include "yplan/validate.hpp"

namespace fs = std::filesystem;
using yplan_test::Lines;

namespace {

// A scratch directory, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    static int n = 0;
    path = fs::temp_directory_path() /
           ("yplan-unit-validate-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& rel, const std::string& text) const {
    fs::path p = path / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
};

const std::string kClean =
    "yplan: 1\n"
    "plan:\n"
    "  id: p\n"
    "  title: T\n";

}  // namespace

TEST_CASE("expand_inputs: files as given; directories to their sorted *.yaml and *.yml") {
  TempDir t;
  std::string b = t.write("dir/b.yml", kClean);
  std::string a = t.write("dir/a.yaml", kClean);
  std::string e = t.write("dir/sub/e.yaml", kClean);
  t.write("dir/c.txt", "not a plan");
  t.write("dir/.hidden/d.yaml", kClean);
  std::string explicit_txt = t.write("notes.txt", "x");
  fs::create_directory_symlink(t.path / "dir", t.path / "dir" / "loop");  // not followed

  std::vector<std::string> files;
  std::vector<yplan::InputError> errors;
  yplan::expand_inputs({explicit_txt, (t.path / "dir").string(), "-"}, files, errors);
  CHECK(errors.empty());
  CHECK(files == Lines{explicit_txt, a, b, e, "-"});
}

TEST_CASE("expand_inputs: a file named twice comes once, under the first name it is reached by") {
  TempDir t;
  std::string a = t.write("dir/a.yaml", kClean);
  std::string b = t.write("dir/b.yaml", kClean);
  fs::create_symlink(a, t.path / "link.yaml");
  fs::create_hard_link(b, t.path / "hard.yaml");
  std::string dir = (t.path / "dir").string();
  std::string dotted = (t.path / "dir" / "." / "a.yaml").string();
  std::string missing = (t.path / "missing.yaml").string();
  std::string missing2 = (t.path / "dir" / ".." / "missing.yaml").string();

  std::vector<std::string> files;
  std::vector<yplan::InputError> errors;
  yplan::expand_inputs({dir, a, dotted, (t.path / "link.yaml").string(), (t.path / "hard.yaml").string(), dir + "/",
                        missing, missing2, "-", "-"},
                       files, errors);
  CHECK(errors.empty());
  CHECK(files == Lines{a, b, missing, "-"});

  // Named first, a file keeps its name when a directory reaches it again.
  files.clear();
  yplan::expand_inputs({(t.path / "link.yaml").string(), dir}, files, errors);
  CHECK(files == Lines{(t.path / "link.yaml").string(), b});

  // The whole run: each file checked and counted once.
  auto v = yplan::validate_inputs({dir, a, (t.path / "hard.yaml").string()}, {});
  CHECK(v.files == Lines{a, b});
  CHECK(v.input_errors.empty());
}

TEST_CASE("validate_inputs: unreadable inputs are input errors; findings sorted by file, line, column") {
  TempDir t;
  std::string second = t.write("b.yaml", kClean +
                                             "projects:\n"                          // 5
                                             "  - {id: x, name: X, budget: -1}\n");  // 6
  std::string first = t.write("a.yaml", kClean + "  titel: U\n");              // 5
  std::string missing = (t.path / "missing.yaml").string();

  auto v = yplan::validate_inputs({second, missing, first}, {});
  CHECK(v.files == Lines{second, first});  // input order, read files only
  REQUIRE(v.input_errors.size() == 1);
  CHECK(v.input_errors[0].path == missing);
  CHECK(v.input_errors[0].message == "No such file or directory");

  std::vector<std::string> got;
  for (const auto& d : v.diagnostics) got.push_back(fs::path(d.file).filename().string() + " " + yplan_test::show(d));
  CHECK(got == Lines{"a.yaml 5:3 error[schema] plan.titel: unknown key `titel` in plan; did you mean `title`?",
                     "b.yaml 6:10 warning[unlisted-project] project.x: project `x` is defined but no section lists it",
                     "b.yaml 6:30 error[negative-amount] project.x.budget: budget of project `x` is -1, below zero"});
  CHECK(v.errors() == 2);
  CHECK(v.warnings() == 1);

  yplan::ValidateOptions strict;
  strict.strict = true;
  auto s = yplan::validate_inputs({second, first}, strict);
  CHECK(s.errors() == 3);
  CHECK(s.warnings() == 0);
}
