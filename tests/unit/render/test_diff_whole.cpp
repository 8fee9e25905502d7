// A plan with no other side (git's diff driver, /dev/null on one side) reads
// as one added or removed plan, as an added or removed project does: not as
// each of its fields going from nothing to something, nor a total from 0.
#include <doctest/doctest.h>

#include <sstream>

#include "helpers.hpp"
#include "yplan/diff.hpp"

using namespace yplan_test;

namespace {

const std::string kPlan =
    "yplan: 1\n"
    "plan:\n"
    "  id: p\n"
    "  title: 計画\n"
    "  total: {budget: 300, previous: 250}\n"
    "projects:\n"
    "  - {id: a, name: 事業A, budget: 100, previous: 50}\n"
    "  - {id: b, name: 事業B, budget: 200, previous: 200}\n"
    "sections:\n"
    "  - id: \"1\"\n"
    "    title: 施策\n"
    "    projects: [a, b]\n"
    "    total: {budget: 300, previous: 250}\n";

std::string text(const yplan::DiffResult& d, const char* old_name, const char* new_name) {
  yplan::DiffRenderOptions r;
  r.old_name = old_name;
  r.new_name = new_name;
  std::ostringstream out;
  yplan::render_diff_text(out, d, r);
  return out.str();
}

}  // namespace

TEST_CASE("an added plan: + plan, its entities added, no department total from 0") {
  auto l = load(kPlan);
  REQUIRE(l.diags.empty());
  auto d = yplan::diff_plan_added(l.plan, {});
  CHECK(text(d, "/dev/null", "b/p.yaml") ==
        "--- /dev/null\n"
        "+++ b/p.yaml\n"
        "plan\n"
        "  + plan p  計画: budget 300, previous 250\n"
        "projects\n"
        "  + project a  事業A: budget 100, previous 50\n"
        "  + project b  事業B: budget 200, previous 200\n"
        "sections\n"
        "  + section 1  施策: under (top)\n");
  yplan::DiffRenderOptions r;
  r.stat = true;
  std::ostringstream stat;
  yplan::render_diff_text(stat, d, r);
  CHECK(stat.str() == "plan: 1 added\nprojects: 2 added\nsections: 1 added\n");
}

TEST_CASE("a removed plan: - plan, its entities removed") {
  auto l = load(kPlan);
  auto d = yplan::diff_plan_removed(l.plan, {});
  CHECK(text(d, "a/p.yaml", "/dev/null") ==
        "--- a/p.yaml\n"
        "+++ /dev/null\n"
        "plan\n"
        "  - plan p  計画: budget 300\n"
        "projects\n"
        "  - project a  事業A: budget 100\n"
        "  - project b  事業B: budget 200\n"
        "sections\n"
        "  - section 1  施策\n");
}

TEST_CASE("an added plan without a stated total: the plan line has no budget") {
  auto l = load("yplan: 1\nplan:\n  id: q\n  title: T\n");
  auto d = yplan::diff_plan_added(l.plan, {});
  REQUIRE(!d.changes.empty());
  CHECK(text(d, "/dev/null", "b/q.yaml") == "--- /dev/null\n+++ b/q.yaml\nplan\n  + plan q  T\n");
}
