// diff_trees (include/yplan/diff.hpp): what changed in a YAML document apart
// from layout, comments, quoting and key order, so that git's diff driver
// never calls a real change "no change" (issue 23).
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "yplan/diff.hpp"
#include "yplan/format.hpp"

using namespace yplan_test;

namespace {

yplan::yaml::Document tree(const std::string& text) {
  static std::vector<yplan::SourceFile> keep;  // the documents' text views stay valid
  keep.push_back(source(text));
  yplan::yaml::Document doc;
  yplan::yaml::ParseError err;
  REQUIRE(yplan::yaml::parse(keep.back(), doc, err));
  return doc;
}

std::vector<std::string> changes(const std::string& a, const std::string& b) {
  std::vector<std::string> out;
  for (const auto& c : yplan::diff_trees(tree(a), tree(b)).changes)
    out.push_back(c.path + " [" + c.old_value + "] [" + c.new_value + "] " + (c.known ? "known" : "unknown"));
  return out;
}

}  // namespace

TEST_CASE("layout, comments, quoting and key order are no change") {
  CHECK(changes("a: 1\nb: x  # c\n", "b: 'x'\na:   1\n").empty());
  CHECK(changes("l: [1, 2]\n", "l:\n  - 1\n  - 2\n").empty());
}

TEST_CASE("a key the plan format does not have is marked unknown, wherever it is") {
  std::string a = "yplan: 1\nplan: {id: p, contact: 山田}\nprojects:\n  - {id: x, budget: 1, memo: a}\n  - {id: y, budget: 2}\n";
  std::string b = "yplan: 1\nplan: {id: p, contact: 佐藤}\nprojects:\n  - {id: y, budget: 2}\n  - {id: x, budget: '1,000', memo: b}\n";
  CHECK(changes(a, b) == std::vector<std::string>{
                             "plan.contact [山田] [佐藤] unknown",
                             "projects[x].budget [1] [1,000] known",
                             "projects[x].memo [a] [b] unknown",
                         });
}

TEST_CASE("added and removed keys and items; lists without ids pair by position") {
  CHECK(changes("s: {w: {i: a}}\n", "s: {w: {i: b, p: [80]}}\n") ==
        std::vector<std::string>{"s.w.i [a] [b] unknown", "s.w.p [] [[…]] unknown"});
  CHECK(changes("l: [a, b]\n", "l: [a]\n") == std::vector<std::string>{"l[1] [b] [] unknown"});
  CHECK(changes("a: ~\n", "a: x\n") == std::vector<std::string>{"a [null] [x] unknown"});
}

TEST_CASE("aliases stand for their anchors; a bounded list of changes") {
  CHECK(changes("a: &x 1\nb: *x\n", "a: 1\nb: 1\n").empty());
  std::string a = "l:\n", b = "l:\n";
  for (int i = 0; i < 300; ++i) {
    a += "  - " + std::to_string(i) + "\n";
    b += "  - v" + std::to_string(i) + "\n";
  }
  auto t = yplan::diff_trees(tree(a), tree(b), 10);
  CHECK(t.changes.size() == 10);
  CHECK(t.truncated);
}

TEST_CASE("a plan is a top-level mapping with yplan or plan") {
  CHECK(yplan::format::is_plan_document(tree("yplan: 1\n")));
  CHECK(yplan::format::is_plan_document(tree("plan: {id: p}\n")));
  CHECK_FALSE(yplan::format::is_plan_document(tree("site_name: docs\nnav: []\n")));
  CHECK_FALSE(yplan::format::is_plan_document(tree("- yplan\n")));
}
