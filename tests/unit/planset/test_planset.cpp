// The plan set: links by `follows`, the findings of plan-follows (exact
// line:column and message), the notes, and the series in order.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "yplan/planset.hpp"

using yplan_test::Lines;

namespace {

// A plan of one line per key; `follows` (line 6 when there is a fiscal year) when given.
std::string plan_text(const std::string& id, const std::string& fy, const std::string& follows) {
  return "yplan: 1\n"
         "plan:\n"
         "  id: " + id + "\n"
         "  title: T\n"
         + (fy.empty() ? std::string() : "  fiscal_year: " + fy + "\n") +
         (follows.empty() ? std::string() : "  follows: " + follows + "\n");
}

struct Linked {
  yplan::PlanSet set;
  Lines findings;  // "FILE LINE:COL SEVERITY[CHECK] PATH: MESSAGE"
  Lines notes;     // "FILE LINE:COL PATH: MESSAGE"
};

// Each {file, id, fiscal year, follows}: loaded (cleanly) and linked.
Linked link(const std::vector<std::array<std::string, 4>>& plans) {
  Linked out;
  std::vector<yplan::Sink> sinks;
  for (const auto& p : plans) {
    auto loaded = yplan_test::load(plan_text(p[1], p[2], p[3]), p[0]);
    REQUIRE(loaded.diags.empty());
    sinks.emplace_back(p[0]);
    out.set.add(std::move(loaded.plan));
  }
  std::vector<yplan::Note> notes;
  out.set.link(sinks, notes);
  for (auto& s : sinks)
    for (const auto& d : s.diagnostics()) out.findings.push_back(s.file() + " " + yplan_test::show(d));
  for (const auto& n : notes)
    out.notes.push_back(n.file + " " + std::to_string(n.pos.line) + ":" + std::to_string(n.pos.col) + " " + n.path +
                        ": " + n.message);
  return out;
}

}  // namespace

TEST_CASE("a chain of three links; the series runs first to last whatever the order given") {
  auto l = link({{"c.yaml", "c", "R4", "b"}, {"a.yaml", "a", "R2", ""}, {"b.yaml", "b", "R3", "a"}});
  CHECK(l.findings == Lines{});
  CHECK(l.notes == Lines{});
  CHECK(l.set.previous(0) == 2);
  CHECK(l.set.previous(1) == -1);
  CHECK(l.set.previous(2) == 1);
  CHECK(l.set.find("b") == 2);
  CHECK(l.set.find("z") == -1);
  auto s = l.set.series();
  REQUIRE(s.size() == 1);
  CHECK(s[0] == std::vector<size_t>{1, 2, 0});
}

TEST_CASE("a follows naming a plan not given is a note, not a finding") {
  auto l = link({{"b.yaml", "b", "R3", "a"}});
  CHECK(l.findings == Lines{});
  CHECK(l.notes == Lines{"b.yaml 6:12 plan.follows: plan `b` follows `a`, which is not among the plans given; the "
                         "cross-year checks skip this link"});
  CHECK(l.set.previous(0) == -1);
}

TEST_CASE("a follows naming an id two plans have is a note") {
  auto l = link({{"a1.yaml", "a", "R2", ""}, {"a2.yaml", "a", "R2", ""}, {"b.yaml", "b", "R3", "a"}});
  CHECK(l.findings == Lines{});
  CHECK(l.notes == Lines{"b.yaml 6:12 plan.follows: plan `b` follows `a`, an id that several of the plans given "
                         "have; the cross-year checks skip this link"});
  CHECK(l.set.find("a") == -1);
}

TEST_CASE("a cycle is a finding on every plan in it, and no link of it is sound") {
  auto l = link({{"a.yaml", "a", "R2", "b"}, {"b.yaml", "b", "R3", "a"}, {"s.yaml", "s", "R2", "s"}});
  CHECK(l.findings ==
        Lines{"a.yaml 6:12 error[plan-follows] plan.follows: the plans follow each other in a cycle: `a` → `b` → `a`",
              "b.yaml 6:12 error[plan-follows] plan.follows: the plans follow each other in a cycle: `b` → `a` → `b`",
              "s.yaml 6:12 error[plan-follows] plan.follows: plan `s` follows itself"});
  CHECK(l.set.previous(0) == -1);
  CHECK(l.set.previous(1) == -1);
  CHECK(l.set.previous(2) == -1);
  CHECK(l.set.series().size() == 3);  // each alone
}

TEST_CASE("two plans following one are a finding on each") {
  auto l = link({{"a.yaml", "a", "R2", ""}, {"b.yaml", "b", "R3", "a"}, {"c.yaml", "c", "R3", "a"}});
  CHECK(l.findings ==
        Lines{"b.yaml 6:12 error[plan-follows] plan.follows: plan `a` is followed by more than one plan (`b`, `c`); a "
              "plan is followed by one plan only",
              "c.yaml 6:12 error[plan-follows] plan.follows: plan `a` is followed by more than one plan (`b`, `c`); a "
              "plan is followed by one plan only"});
  CHECK(l.set.previous(1) == -1);
  CHECK(l.set.previous(2) == -1);
}

TEST_CASE("a plan following a plan of the same or a later fiscal year is a finding") {
  auto l = link({{"a.yaml", "a", "R3", ""}, {"b.yaml", "b", "R3", "a"}});
  CHECK(l.findings == Lines{"b.yaml 6:12 error[plan-follows] plan.follows: plan `b` (R3) follows `a` (R3), which is "
                            "not an earlier fiscal year"});
  CHECK(l.set.previous(1) == -1);
  // A year missing on either side: the link stands (the chain gives the order).
  auto m = link({{"a.yaml", "a", "R3", ""}, {"b.yaml", "b", "", "a"}});
  CHECK(m.findings == Lines{});
  CHECK(m.set.previous(1) == 0);
}
