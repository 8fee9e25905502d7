// Budget arithmetic (yplan/budget.hpp): an unknown input never gives a known
// or fixable sum (issue 22). Plans are built by hand: the model family alone.
#include <doctest/doctest.h>

#include "yplan/budget.hpp"

namespace {

yplan::AmountField amount(int64_t v) {
  yplan::AmountField f;
  f.stated = true;
  f.amount = yplan::Amount{v, std::to_string(v), {}};
  return f;
}

yplan::Project project(const std::string& id, int64_t budget) {
  yplan::Project p;
  p.id.value = id;
  p.budget = amount(budget);
  return p;
}

yplan::Listing listing(const std::string& id) {
  yplan::Listing l;
  l.project.value = id;
  return l;
}

yplan::Plan plan_with(std::vector<yplan::Listing> listings) {
  yplan::Plan p;
  p.projects = {project("a", 100), project("b", 50)};
  p.sections.emplace_back();
  p.sections[0].id.value = "1";
  p.sections[0].listings = std::move(listings);
  p.build_index();
  return p;
}

}  // namespace

TEST_CASE("section_sum: known and certain when every listing names a defined project") {
  auto s = yplan::section_sum(plan_with({listing("a"), listing("b")}), 0);
  CHECK(s.budget == yplan::Figure(150));
  CHECK(s.fixable(0) == std::optional<int64_t>(150));
  CHECK(s.fixable(1) == std::optional<int64_t>(0));
}

TEST_CASE("section_sum: a listing figure under a misspelt key is unknown, not the project's (kind 1)") {
  auto l = listing("a");
  l.budget.invalid = true;  // `budjet: 60`: the loader marks it so
  auto s = yplan::section_sum(plan_with({l}), 0);
  CHECK(s.budget.is_unknown());
  CHECK(s.previous == yplan::Figure(0));
  CHECK_FALSE(s.fixable(1));  // one unknown field: neither is written
}

TEST_CASE("section_sum: a listing whose project is unknown makes the sum unknown (kind 3)") {
  yplan::Listing l;
  l.project_unknown = true;
  auto s = yplan::section_sum(plan_with({listing("a"), l}), 0);
  CHECK(s.budget.is_unknown());
  CHECK(s.previous.is_unknown());
  CHECK_FALSE(s.fixable(0));
  yplan::Plan p = plan_with({listing("a")});
  p.sections[0].listings_unknown = true;  // `projcts:`
  CHECK(yplan::section_sum(p, 0).budget.is_unknown());
  CHECK(yplan::listing_sum(p).budget.is_unknown());
}

TEST_CASE("section_sum: a bare listing of an undefined project counts 0 and is not certain (kind 8)") {
  auto s = yplan::section_sum(plan_with({listing("a"), listing("aa")}), 0);
  CHECK(s.budget == yplan::Figure(100));
  CHECK_FALSE(s.certain);
  CHECK_FALSE(s.fixable(0));
  auto stated = listing("aa");
  stated.budget = amount(7);
  auto t = yplan::section_sum(plan_with({listing("a"), stated}), 0);
  CHECK(t.budget == yplan::Figure(107));
  CHECK_FALSE(t.fixable(0));
}

TEST_CASE("project_sum: a project without an id counts, on its own, and is not certain (kind 2)") {
  yplan::Plan p = plan_with({});
  p.projects.push_back(project("", 30));
  p.projects.push_back(project("", 20));
  p.projects.push_back(project("a", 1000));  // a repeated id counts once
  p.build_index();
  CHECK(p.find_project("") == -1);
  auto s = yplan::project_sum(p);
  CHECK(s.budget == yplan::Figure(200));
  CHECK_FALSE(s.fixable(0));
  p.projects_unknown = true;
  CHECK(yplan::project_sum(p).budget.is_unknown());
}

TEST_CASE("BudgetSum: each field remembers where it overflowed (kind 6)") {
  yplan::BudgetSum s;
  yplan::Pos b1{1, 1, 10}, p1{1, 5, 14}, b2{2, 1, 20}, p2{2, 5, 24};
  s.add(INT64_MAX, INT64_MAX, b1, p1);
  s.add(1, 2, b2, p2);
  CHECK(s.budget.overflow());
  CHECK(s.previous.overflow());
  CHECK(s.budget_overflow_pos == b2);
  CHECK(s.previous_overflow_pos == p2);
  CHECK_FALSE(s.fixable(0));
}
