// The cross-year checks (previous-budget, target-revised, kpi-dropped,
// actual-revised): a plan against the plan it follows, exact positions and
// messages, near misses; and validate over examples/series as one set.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "helpers.hpp"
#include "yplan/checks.hpp"
#include "yplan/validate.hpp"

using yplan_test::Lines;

namespace {

// Lines 1-6: a plan `id` of fiscal year `fy` that follows `follows` (line 6).
std::string head(const std::string& id, const std::string& fy, const std::string& follows) {
  return "yplan: 1\n"                          // 1
         "plan:\n"                             // 2
         "  id: " + id + "\n"                  // 3
         "  title: T\n"                        // 4
         "  fiscal_year: " + fy + "\n"         // 5
         "  follows: " + follows + "\n";       // 6
}

// The cross-year findings of `now` against `before` (both must load cleanly), as shown lines.
Lines pair(const std::string& now, const std::string& before) {
  auto a = yplan_test::load(now, "now.yaml");
  auto b = yplan_test::load(before, "before.yaml");
  REQUIRE(a.diags.empty());
  REQUIRE(b.diags.empty());
  yplan::Sink sink("now.yaml");
  yplan::run_pair_checks(a.plan, b.plan, sink);
  auto d = sink.diagnostics();
  yplan::sort_diagnostics(d);
  Lines out = yplan_test::show_all(d);
  for (const auto& x : d)
    for (const auto& f : x.fixes) out.push_back("  fix " + f.path + " = " + f.value);
  return out;
}

const std::string kOld = head("a", "R2", "x") +
                         "projects:\n"                                                  // 7
                         "  - {id: p, name: P, budget: 1000, previous: 900}\n"         // 8
                         "  - {id: q, name: Q, budget: 500}\n"                          // 9
                         "  - {id: z, name: Z, budget: 0}\n";                           // 10

}  // namespace

TEST_CASE("previous-budget: at the figure, both values, and a certain fix") {
  std::string now = head("b", "R3", "a") +
                    "projects:\n"                                                       // 7
                    "  - {id: p, name: P, budget: 1100, previous: 1010}\n"            // 8
                    "  - {id: q, name: Q, budget: 600, previous: null}\n"               // 9
                    "  - {id: z, name: Z, budget: 10}\n";                               // 10
  CHECK(pair(now, kOld) ==
        Lines{"8:46 error[previous-budget] project.p.previous: project `p` states a previous budget of 1,010, but "
              "plan `a` budgets it at 1,000 (difference +10)",
              "9:45 error[previous-budget] project.q.previous: project `q` states no previous budget, but plan `a` "
              "budgets it at 500",
              "  fix project.p.previous = 1000", "  fix project.q.previous = 500"});
}

TEST_CASE("previous-budget: an absent previous is found at the project, with no fix (a fix adds no key)") {
  std::string now = head("b", "R3", "a") +
                    "projects:\n"                                                       // 7
                    "  - {id: q, name: Q, budget: 600}\n";                              // 8
  CHECK(pair(now, kOld) == Lines{"8:5 error[previous-budget] project.q.previous: project `q` states no previous "
                                 "budget, but plan `a` budgets it at 500"});
}

TEST_CASE("previous-budget: near misses") {
  std::string now = head("b", "R3", "a") +
                    "projects:\n"
                    "  - {id: p, name: P, budget: 1100, previous: 1000}\n"              // agrees
                    "  - {id: z, name: Z, budget: 10}\n"                                // 0 the year before: none
                    "  - {id: n, name: N, budget: 70, category: new}\n"                 // new this year
                    "  - {id: r, name: R, budget: 70, previous: 60}\n";                 // not in the plan before
  CHECK(pair(now, kOld) == Lines{});
}

namespace {
std::string kpis(const std::string& id, const std::string& fy, const std::string& follows, const std::string& body) {
  return head(id, fy, follows) +
         "  period: [R2, R4]\n"   // 7
         "sections:\n"            // 8
         "  - id: s\n"            // 9
         "    title: S\n"         // 10
         "    kpis:\n" +          // 11
         body;                    // 12...
}
const std::string kBefore = kpis("a", "R2", "x",
                                 "      - id: k\n"
                                 "        name: K\n"
                                 "        targets: {R2: 10, R3: 20, R4: 30}\n"
                                 "        actuals: {R2: 11}\n"
                                 "      - id: gone\n"
                                 "        name: G\n"
                                 "        targets: {R2: 1, R3: 2, R4: 3}\n"
                                 "      - id: old\n"
                                 "        name: O\n"
                                 "        retired: R2 限り\n"
                                 "        targets: {R2: 1, R3: 2, R4: 3}\n");
}  // namespace

TEST_CASE("target-revised, actual-revised and kpi-dropped: exact findings") {
  std::string now = kpis("b", "R3", "a",
                         "      - id: k\n"                                             // 12
                         "        name: K\n"                                           // 13
                         "        targets: {R2: 10, R3: 25, R4: 30.0}\n"               // 14
                         "        actuals: {R2: 12, R3: 19}\n");                       // 15
  CHECK(pair(now, kBefore) ==
        Lines{"6:12 warning[kpi-dropped] plan.follows: KPI `gone` of plan `a` is missing here; if it was dropped on "
              "purpose, keep it with `retired:` saying why",
              "14:31 warning[target-revised] kpi.k.targets.R3: target R3 of KPI `k` is 25 here but was 20 in plan `a`, "
              "with no note saying why",
              "15:23 warning[actual-revised] kpi.k.actuals.R2: actual R2 of KPI `k` is 12 here but was 11 in plan `a`, "
              "with no note saying why"});
}

TEST_CASE("a note says why; a retired KPI is no drop; kpi-gap leaves a retired KPI alone") {
  std::string now = kpis("b", "R3", "a",
                         "      - id: k\n"
                         "        name: K\n"
                         "        targets: {R2: 10, R3: {value: 25, note: 見直し}, R4: 30}\n"
                         "        actuals: {R2: {value: 12, note: 確定値}}\n"
                         "      - id: gone\n"
                         "        name: G\n"
                         "        retired: R3 から廃止\n");
  CHECK(pair(now, kBefore) == Lines{});
  CHECK(yplan_test::show_all(yplan_test::check_all(now)) == Lines{});
}

TEST_CASE("validate over examples/series: the set, each check at its place") {
  yplan::ValidateOptions o;
  o.jobs = 2;
  const std::string dir = std::string(YPLAN_SOURCE_DIR) + "/examples/series";
  auto v = yplan::validate_inputs({dir}, o);
  Lines got;
  for (const auto& d : v.diagnostics)
    got.push_back(d.file.substr(dir.size() + 1) + ":" + yplan_test::show(d));
  CHECK(got == Lines{
                   "mirai-2021.yaml:21:67 error[previous-budget] project.ryugakusei.previous: project `ryugakusei` "
                   "states a previous budget of 23,674, but plan `mirai-2020` budgets it at 23,764 (difference -90)",
                   "mirai-2021.yaml:46:57 warning[target-revised] kpi.portal-access.targets.R4: target R4 of KPI "
                   "`portal-access` is 119,000 here but was 120,000 in plan `mirai-2020`, with no note saying why",
                   "mirai-2022.yaml:15:12 warning[kpi-dropped] plan.follows: KPI `consultation-migrants` of plan "
                   "`mirai-2021` is missing here; if it was dropped on purpose, keep it with `retired:` saying why",
                   "mirai-2022.yaml:49:27 warning[actual-revised] kpi.portal-access.actuals.R2: actual R2 of KPI "
                   "`portal-access` is 121,800 here but was 121,300 in plan `mirai-2021`, with no note saying why"});
  CHECK(v.notes.empty());
  // One plan alone: its link is a note, and nothing across years is said.
  auto one = yplan::validate_inputs({dir + "/mirai-2022.yaml"}, o);
  CHECK(one.diagnostics.empty());
  REQUIRE(one.notes.size() == 1);
  CHECK(one.notes[0].pos.line == 15);
}
