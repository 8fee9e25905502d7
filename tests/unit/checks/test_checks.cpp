// Every check in src/checks/: a case where it fires (check, severity, exact
// line:column, path and message) and a near miss where it must not.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "yplan/checks.hpp"
#include "yplan/validate.hpp"

using yplan_test::findings;
using yplan_test::Lines;

namespace {

// Lines 1-5 of every fixture: a final plan over R2..R4.
const std::string kHead =
    "yplan: 1\n"          // 1
    "plan:\n"             // 2
    "  id: p\n"           // 3
    "  title: T\n"        // 4
    "  period: [R2, R4]\n";  // 5

// A KPI fixture: `kpis` (starting on line 10) under one section.
std::string with_kpis(const std::string& kpis, const std::string& head = kHead) {
  return head +
         "sections:\n"      // 6
         "  - id: s\n"      // 7
         "    title: S\n"   // 8
         "    kpis:\n"      // 9
         + kpis;
}

// A goal fixture: `goals` (starting on line 10) under one section.
std::string with_goals(const std::string& goals) {
  return kHead +
         "sections:\n"      // 6
         "  - id: s\n"      // 7
         "    title: S\n"   // 8
         "    goals:\n"     // 9
         + goals;
}

}  // namespace

TEST_CASE("the check table follows the contract") {
  std::vector<std::string> names;
  for (const auto& c : yplan::all_checks()) names.emplace_back(c.name);
  CHECK(names == Lines{"parse", "schema", "duplicate-id", "year-format", "value-format", "budget-total",
                       "unknown-project", "negative-amount", "partial-exceeds", "relisting-mismatch",
                       "category-previous", "unlisted-project", "kpi-period", "kpi-gap", "kpi-direction",
                       "kpi-cumulative", "kpi-baseline", "kpi-percent", "kpi-outlier", "goal-direction",
                       "plan-follows", "previous-budget", "target-revised", "kpi-dropped", "actual-revised"});
  // The loader reports these, and linking the set plan-follows; the
  // cross-year checks have a function of two plans; every other check has a
  // function of one.
  for (const auto& c : yplan::all_checks()) {
    CAPTURE(c.name);
    // value-format's function reports sums beyond 64 bits (the loader, single values).
    bool loader = c.name == "parse" || c.name == "schema" || c.name == "year-format" || c.name == "plan-follows";
    bool across = c.name == "previous-budget" || c.name == "target-revised" || c.name == "kpi-dropped" ||
                  c.name == "actual-revised";
    CHECK((c.run == nullptr) == (loader || across));
    CHECK((c.pair != nullptr) == across);
  }
  REQUIRE(yplan::find_check("kpi-gap"));
  CHECK(yplan::find_check("kpi-gap")->severity == "warning");
  CHECK(yplan::find_check("budget-total")->severity == "error");
  CHECK(yplan::find_check("category-previous")->severity == "error / warning");
  CHECK(yplan::find_check("no-such-check") == nullptr);
}

// ---------------------------------------------------------------- duplicate-id

TEST_CASE("duplicate-id fires on a repeated id within its kind") {
  const std::string plan = kHead +
                           "projects:\n"                            // 6
                           "  - {id: a, name: A, budget: 10}\n"     // 7
                           "  - {id: a, name: B, budget: 20}\n"     // 8
                           "sections:\n"                            // 9
                           "  - id: s\n"                            // 10
                           "    title: S\n"                         // 11
                           "    projects: [a]\n"                    // 12
                           "    goals:\n"                           // 13
                           "      - {id: x, name: G}\n"             // 14
                           "    kpis:\n"                            // 15
                           "      - {id: x, name: K, targets: {R2: 1, R3: 1, R4: 1}}\n"  // 16
                           "  - id: s\n"                            // 17
                           "    title: S2\n";                       // 18
  CHECK(findings(plan, "duplicate-id") ==
        Lines{"8:10 error[duplicate-id] projects.1: project id `a` is already used by the project at line 7",
              "16:14 error[duplicate-id] kpi.x: KPI id `x` is already used by the goal at line 14",  // kpis and goals share ids
              "17:9 error[duplicate-id] sections.1: section id `s` is already used by the section at line 10"});
}

TEST_CASE("duplicate-id: the same id in different kinds is fine") {
  const std::string plan = kHead +
                           "projects:\n"                            // 6
                           "  - {id: a, name: A, budget: 10}\n"     // 7
                           "  - {id: A, name: B, budget: 20}\n"     // 8 (ids are case-sensitive)
                           "sections:\n"                            // 9
                           "  - id: a\n"                            // 10
                           "    title: S\n"                         // 11
                           "    projects: [a, A]\n"                 // 12
                           "    kpis:\n"                            // 13
                           "      - {id: a, name: K, targets: {R2: 1, R3: 1, R4: 1}}\n";  // 14
  CHECK(findings(plan, "duplicate-id") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

// ---------------------------------------------------------------- budget-total

TEST_CASE("budget-total fires on a section total and on plan.total") {
  const std::string plan =
      "yplan: 1\n"                                            // 1
      "plan:\n"                                               // 2
      "  id: p\n"                                             // 3
      "  title: T\n"                                          // 4
      "  total: {budget: 1500, previous: 1000}\n"             // 5
      "projects:\n"                                           // 6
      "  - {id: a, name: A, budget: 1000, previous: 900}\n"   // 7
      "  - {id: b, name: B, budget: 500, previous: 400}\n"    // 8
      "sections:\n"                                           // 9
      "  - id: \"1\"\n"                                       // 10
      "    title: S\n"                                        // 11
      "    projects: [a, b]\n"                                // 12
      "    total: {budget: 1600, previous: 1200}\n";          // 13
  CHECK(findings(plan, "budget-total") ==
        Lines{"5:35 error[budget-total] plan.total.previous: stated total previous 1,000 differs from the sum of "
              "the projects (each counted once), 1,300 (difference -300)",
              "13:21 error[budget-total] section.1.total.budget: stated total budget 1,600 differs from the sum "
              "of the listings, 1,500 (difference +100)",
              "13:37 error[budget-total] section.1.total.previous: stated total previous 1,200 differs from the "
              "sum of the listings, 1,300 (difference -100)"});
}

TEST_CASE("budget-total: a listing counts its own figures; a relisted project counts once") {
  const std::string plan =
      "yplan: 1\n"                                            // 1
      "plan:\n"                                               // 2
      "  id: p\n"                                             // 3
      "  title: T\n"                                          // 4
      "  total: {budget: 2000, previous: 1600}\n"             // 5 (each project once)
      "projects:\n"                                           // 6
      "  - {id: a, name: A, budget: 1000, previous: 900}\n"   // 7
      "  - {id: b, name: B, budget: 1000, previous: 700}\n"   // 8
      "sections:\n"                                           // 9
      "  - id: I\n"                                           // 10
      "    title: S\n"                                        // 11
      "    total: {budget: 1300, previous: 1100}\n"           // 12 a once + b's part
      "    sections:\n"                                       // 13
      "      - id: \"1\"\n"                                   // 14
      "        title: x\n"                                    // 15
      "        projects: [a]\n"                               // 16
      "        total: {budget: 1000, previous: 900}\n"        // 17
      "      - id: \"2\"\n"                                   // 18
      "        title: y\n"                                    // 19
      "        projects:\n"                                   // 20
      "          - a\n"                                       // 21 relisted
      "          - {project: b, budget: 300, previous: 200, partial: true}\n"  // 22
      "        total: {budget: 1300, previous: 1100}\n";      // 23
  CHECK(findings(plan, "budget-total") == Lines{});
}

// A project split into partial listings in two subsections: the parent counts
// the parts (I's 1,000 = 600 + 400), not only the first one.
TEST_CASE("budget-total: partial listings of one project in two subsections add up") {
  const std::string plan =
      "yplan: 1\n"                                            // 1
      "plan:\n"                                               // 2
      "  id: p\n"                                             // 3
      "  title: T\n"                                          // 4
      "projects:\n"                                           // 5
      "  - {id: c, name: C, budget: 1000, previous: 800}\n"   // 6
      "sections:\n"                                           // 7
      "  - id: I\n"                                           // 8
      "    title: S\n"                                        // 9
      "    total: {budget: 1000, previous: 800}\n"            // 10
      "    sections:\n"                                       // 11
      "      - id: \"1\"\n"                                   // 12
      "        title: x\n"                                    // 13
      "        projects: [{project: c, budget: 600, previous: 500, partial: true}]\n"  // 14
      "        total: {budget: 600, previous: 500}\n"         // 15
      "      - id: \"2\"\n"                                   // 16
      "        title: y\n"                                    // 17
      "        projects: [{project: c, budget: 400, previous: 300, partial: true}]\n"  // 18
      "        total: {budget: 400, previous: 300}\n";        // 19
  CHECK(findings(plan, "budget-total") == Lines{});
}

// The example of yplan-plan(5): a counts once (100), b with its first whole
// listing (50, not the part of 20), c as the sum of its two parts (30 + 60).
TEST_CASE("budget-total: whole listings win over parts; a project listed only in parts sums them") {
  const auto plan = [](const std::string& total) {
    return "yplan: 1\n"                                              // 1
           "plan:\n"                                                 // 2
           "  id: p\n"                                               // 3
           "  title: T\n"                                            // 4
           "projects:\n"                                             // 5
           "  - {id: a, name: 事業Ａ, budget: 100, previous: 80}\n"  // 6
           "  - {id: b, name: 事業Ｂ, budget: 50}\n"                 // 7
           "  - {id: c, name: 事業Ｃ, budget: 90}\n"                 // 8
           "sections:\n"                                             // 9
           "  - id: \"1\"\n"                                         // 10
           "    title: 施策\n"                                       // 11
           "    sections:\n"                                         // 12
           "      - id: \"1.1\"\n"                                   // 13
           "        title: 方向１\n"                                 // 14
           "        projects:\n"                                     // 15
           "          - a\n"                                         // 16
           "          - {project: b, budget: 20, partial: true}\n"   // 17
           "          - {project: c, budget: 30, partial: true}\n"   // 18
           "      - id: \"1.2\"\n"                                   // 19
           "        title: 方向２\n"                                 // 20
           "        projects:\n"                                     // 21
           "          - a\n"                                         // 22
           "          - b\n"                                         // 23
           "          - {project: c, budget: 60, partial: true}\n"   // 24
           "    total: " + total + "\n";                             // 25
  };
  CHECK(findings(plan("{budget: 260, previous: 80}"), "budget-total") ==
        Lines{"25:21 error[budget-total] section.1.total.budget: stated total budget 260 differs from the sum of "
              "the listings, 240 (difference +20)"});
  CHECK(findings(plan("{budget: 240, previous: 80}"), "budget-total") == Lines{});
}

TEST_CASE("a sum beyond 64 bits is one value-format finding at the amount that overflows it") {
  const std::string plan = kHead +
                           "projects:\n"                                            // 6
                           "  - {id: a, name: A, budget: 9000000000000000000}\n"    // 7
                           "  - {id: b, name: B, budget: 9000000000000000000}\n"    // 8
                           "sections:\n"                                            // 9
                           "  - id: s\n"                                            // 10
                           "    title: S\n"                                         // 11
                           "    projects: [a, b]\n"                                 // 12
                           "    total: {budget: 1}\n";                              // 13
  auto ds = yplan_test::check_all(plan);
  CHECK(yplan_test::show_all(ds) ==
        Lines{"8:30 error[value-format] project.b.budget: adding this budget makes the sum of the listings under "
              "section s exceed 64 bits; the sum is shown as overflow"});
}

// A figure value-format could not read is neither 0 nor absent to the checks:
// budget-total, category-previous and relisting-mismatch stay silent.
TEST_CASE("an unreadable figure gives one value-format finding, not a second false one") {
  const std::string total = kHead +
                            "projects:\n"                                        // 6
                            "  - {id: a, name: A, budget: 10, previous: 5}\n"    // 7
                            "sections:\n"                                        // 8
                            "  - id: s\n"                                        // 9
                            "    title: S\n"                                     // 10
                            "    projects: [a]\n"                                // 11
                            "    total: {budget: \"1,0\", previous: 5}\n";       // 12
  CHECK(yplan_test::show_all(yplan_test::check_all(total)) ==
        Lines{"12:21 error[value-format] section.s.total.budget: cannot read `1,0` as a number: commas must "
              "separate groups of three digits"});

  const std::string previous = kHead +
                               "projects:\n"                                                              // 6
                               "  - {id: a, name: A, budget: 10, previous: \"5,5\", category: continuing}\n"  // 7
                               "sections:\n"                                                              // 8
                               "  - id: s\n"                                                              // 9
                               "    title: S\n"                                                           // 10
                               "    projects: [a]\n";                                                     // 11
  CHECK(yplan_test::show_all(yplan_test::check_all(previous)) ==
        Lines{"7:44 error[value-format] project.a.previous: cannot read `5,5` as a number: commas must separate "
              "groups of three digits"});

  const std::string listing = kHead +
                              "projects:\n"                                        // 6
                              "  - {id: a, name: A, budget: 10, previous: 5}\n"    // 7
                              "sections:\n"                                        // 8
                              "  - id: s\n"                                        // 9
                              "    title: S\n"                                     // 10
                              "    projects: [{project: a, budget: x}]\n";         // 11
  CHECK(yplan_test::show_all(yplan_test::check_all(listing)) ==
        Lines{"11:37 error[value-format] section.s.projects.a.budget: cannot read `x` as a number: `x` is not a "
              "digit"});
}

// ---------------------------------------------------------------- unknown-project

TEST_CASE("unknown-project fires on a listing of an undefined project, with a suggestion") {
  const std::string plan = kHead +
                           "projects:\n"                                  // 6
                           "  - {id: iju-teiju, name: A, budget: 10}\n"   // 7
                           "sections:\n"                                  // 8
                           "  - id: s\n"                                  // 9
                           "    title: S\n"                               // 10
                           "    projects:\n"                              // 11
                           "      - iju-teijuu\n"                         // 12
                           "      - project: zzz\n"                       // 13
                           "        budget: 5\n";                         // 14
  CHECK(findings(plan, "unknown-project") ==
        Lines{"12:9 error[unknown-project] section.s.projects.iju-teijuu: section s lists project `iju-teijuu`, "
              "which is not defined under `projects:`; did you mean `iju-teiju`?",
              "13:18 error[unknown-project] section.s.projects.zzz: section s lists project `zzz`, which is not "
              "defined under `projects:`"});
}

TEST_CASE("unknown-project: defined projects in both listing forms are fine") {
  const std::string plan = kHead +
                           "projects:\n"                                  // 6
                           "  - {id: iju-teiju, name: A, budget: 10}\n"   // 7
                           "  - {id: b, name: B, budget: 10}\n"           // 8
                           "sections:\n"                                  // 9
                           "  - id: s\n"                                  // 10
                           "    title: S\n"                               // 11
                           "    projects: [iju-teiju, {project: b, budget: 10}]\n";  // 12
  CHECK(findings(plan, "unknown-project") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

// ---------------------------------------------------------------- negative-amount

TEST_CASE("negative-amount fires on budgets and previous budgets below zero") {
  const std::string plan = kHead +
                           "projects:\n"                            // 6
                           "  - id: a\n"                            // 7
                           "    name: A\n"                          // 8
                           "    budget: -5\n"                       // 9
                           "    previous: \"△1,000\"\n"             // 10
                           "sections:\n"                            // 11
                           "  - id: s\n"                            // 12
                           "    title: S\n"                         // 13
                           "    projects: [a]\n"                    // 14
                           "    total: {budget: -5, previous: ▲1000}\n";  // 15
  CHECK(findings(plan, "negative-amount") ==
        Lines{"9:13 error[negative-amount] project.a.budget: budget of project `a` is -5, below zero",
              "10:15 error[negative-amount] project.a.previous: previous of project `a` is -1,000, below zero",
              "15:21 error[negative-amount] section.s.total.budget: budget of the total of section s is -5, below "
              "zero",
              "15:35 error[negative-amount] section.s.total.previous: previous of the total of section s is -1,000, "
              "below zero"});
  // Negative figures still add up: only negative-amount speaks.
  CHECK(findings(plan, "budget-total") == Lines{});
}

TEST_CASE("negative-amount: zero is not below zero") {
  const std::string plan = kHead +
                           "  total: {budget: 0, previous: 0}\n"    // 6
                           "projects:\n"                            // 7
                           "  - {id: a, name: A, budget: 0, previous: 0}\n"  // 8
                           "sections:\n"                            // 9
                           "  - id: s\n"                            // 10
                           "    title: S\n"                         // 11
                           "    projects: [{project: a, budget: 0, previous: 0}]\n";  // 12
  CHECK(findings(plan, "negative-amount") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

// ---------------------------------------------------------------- partial-exceeds

TEST_CASE("partial-exceeds fires when a partial listing states more than the project") {
  const std::string plan = kHead +
                           "projects:\n"                                        // 6
                           "  - {id: a, name: A, budget: 1000, previous: 900}\n"  // 7
                           "sections:\n"                                        // 8
                           "  - id: s\n"                                        // 9
                           "    title: S\n"                                     // 10
                           "    projects:\n"                                    // 11
                           "      - project: a\n"                               // 12
                           "        budget: 1500\n"                             // 13
                           "        previous: 901\n"                            // 14
                           "        partial: true\n";                           // 15
  CHECK(findings(plan, "partial-exceeds") ==
        Lines{"13:17 error[partial-exceeds] section.s.projects.a.budget: partial listing of `a` states budget "
              "1,500, more than the project's 1,000 (+500)",
              "14:19 error[partial-exceeds] section.s.projects.a.previous: partial listing of `a` states previous "
              "901, more than the project's 900 (+1)"});
  CHECK(findings(plan, "relisting-mismatch") == Lines{});  // partial: not a mismatch
}

TEST_CASE("partial-exceeds: a partial listing within (or equal to) the budget is fine") {
  const std::string plan = kHead +
                           "projects:\n"                                        // 6
                           "  - {id: a, name: A, budget: 1000, previous: 900}\n"  // 7
                           "sections:\n"                                        // 8
                           "  - id: s\n"                                        // 9
                           "    title: S\n"                                     // 10
                           "    projects:\n"                                    // 11
                           "      - {project: a, budget: 1000, previous: 100, partial: true}\n"  // 12
                           "  - id: t\n"                                        // 13
                           "    title: T\n"                                     // 14
                           "    projects:\n"                                    // 15
                           "      - {project: a, budget: 1500, partial: false}\n";  // 16 not partial
  CHECK(findings(plan, "partial-exceeds") == Lines{});
}

// ---------------------------------------------------------------- relisting-mismatch

TEST_CASE("relisting-mismatch: only the previous figure differs") {
  const std::string plan = kHead +
                           "projects:\n"                                        // 6
                           "  - {id: a, name: A, budget: 1000, previous: 900}\n"  // 7
                           "sections:\n"                                        // 8
                           "  - id: s\n"                                        // 9
                           "    title: S\n"                                     // 10
                           "    projects:\n"                                    // 11
                           "      - {project: a, budget: 1000, previous: 950}\n";  // 12
  CHECK(findings(plan, "relisting-mismatch") ==
        Lines{"12:46 warning[relisting-mismatch] section.s.projects.a.previous: listing of `a` under section s "
              "states previous 950, but the project's previous is 900 (difference +50); mark it `partial: true` "
              "if only part of it belongs here"});
}

TEST_CASE("relisting-mismatch fires when a non-partial listing states other figures") {
  const std::string plan = kHead +
                           "projects:\n"                                        // 6
                           "  - {id: a, name: A, budget: 1000, previous: 900}\n"  // 7
                           "sections:\n"                                        // 8
                           "  - id: s\n"                                        // 9
                           "    title: S\n"                                     // 10
                           "    projects:\n"                                    // 11
                           "      - project: a\n"                               // 12
                           "        budget: 900\n"                              // 13
                           "        previous: null\n";                          // 14
  CHECK(findings(plan, "relisting-mismatch") ==
        // One finding per listing (one cause), at its first figure, naming both.
        Lines{"13:17 warning[relisting-mismatch] section.s.projects.a.budget: listing of `a` under section s "
              "states budget 900 and previous null (no figure), but the project's budget is 1,000 (difference -100) and its "
              "previous 900; mark it `partial: true` if only part of it belongs here"});
}

TEST_CASE("relisting-mismatch: the same figures, or a partial listing, are fine") {
  const std::string plan = kHead +
                           "projects:\n"                                        // 6
                           "  - {id: a, name: A, budget: 1000, previous: 900}\n"  // 7
                           "  - {id: b, name: B, budget: 50}\n"                 // 8
                           "sections:\n"                                        // 9
                           "  - id: s\n"                                        // 10
                           "    title: S\n"                                     // 11
                           "    projects:\n"                                    // 12
                           "      - {project: a, budget: \"1,000\", previous: 900}\n"  // 13
                           "      - {project: b, budget: 50, previous: null}\n"  // 14 both without previous
                           "  - id: t\n"                                        // 15
                           "    title: T\n"                                     // 16
                           "    projects:\n"                                    // 17
                           "      - {project: a, budget: 10, previous: 9, partial: true}\n";  // 18
  CHECK(findings(plan, "relisting-mismatch") == Lines{});
}

// ---------------------------------------------------------------- category-previous

TEST_CASE("category-previous: new with a previous budget (error), other categories without (warning)") {
  const std::string plan = kHead +
                           "projects:\n"              // 6
                           "  - id: a\n"              // 7
                           "    name: A\n"            // 8
                           "    budget: 10\n"         // 9
                           "    previous: 5\n"        // 10
                           "    category: new\n"      // 11
                           "  - id: b\n"              // 12
                           "    name: B\n"            // 13
                           "    budget: 10\n"         // 14
                           "    category: 継続\n"     // 15
                           "  - id: c\n"              // 16
                           "    name: C\n"            // 17
                           "    budget: 10\n"         // 18
                           "    previous: null\n"     // 19
                           "    category: revised\n"  // 20
                           "  - {id: d, name: D, budget: 10, previous: 0, category: continuing}\n"  // 21
                           "sections:\n"              // 22
                           "  - id: s\n"              // 23
                           "    title: S\n"           // 24
                           "    projects: [a, b, c, d]\n";  // 25
  CHECK(findings(plan, "category-previous") ==
        Lines{"11:15 error[category-previous] project.a.category: project `a` is `new` but states a previous "
              "budget of 5",
              "15:15 warning[category-previous] project.b.category: project `b` is `continuing` but has no "
              "previous budget; is it `new`?",
              "20:15 warning[category-previous] project.c.category: project `c` is `revised` but has no previous "
              "budget; is it `new`?",
              // a previous budget of zero is no budget, as "(-)" is in print
              "21:57 warning[category-previous] project.d.category: project `d` is `continuing` but has no "
              "previous budget; is it `new`?"});
}

TEST_CASE("category-previous: consistent categories are fine") {
  const std::string plan = kHead +
                           "projects:\n"                                                  // 6
                           "  - {id: a, name: A, budget: 10, previous: null, category: 新規}\n"  // 7
                           "  - {id: b, name: B, budget: 10, category: new}\n"            // 8
                           "  - {id: c, name: C, budget: 10, previous: 5, category: 見直し}\n"  // 9
                           "  - {id: d, name: D, budget: 10, previous: 5, category: continuing}\n"  // 10
                           "  - {id: e, name: E, budget: 10}\n"                           // 11 no category
                           "  - {id: f, name: F, budget: 10, previous: 0, category: new}\n"  // 12 zero: none
                           "sections:\n"                                                  // 13
                           "  - id: s\n"                                                  // 14
                           "    title: S\n"                                               // 15
                           "    projects: [a, b, c, d, e, f]\n";                          // 16
  CHECK(findings(plan, "category-previous") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

// ---------------------------------------------------------------- unlisted-project

TEST_CASE("unlisted-project fires on a project no section lists") {
  const std::string plan = kHead +
                           "projects:\n"          // 6
                           "  - id: a\n"          // 7
                           "    name: A\n"        // 8
                           "    budget: 1\n"      // 9
                           "  - id: b\n"          // 10
                           "    name: B\n"        // 11
                           "    budget: 1\n"      // 12
                           "sections:\n"          // 13
                           "  - id: s\n"          // 14
                           "    title: S\n"       // 15
                           "    projects: [a]\n";  // 16
  CHECK(findings(plan, "unlisted-project") ==
        Lines{"10:9 warning[unlisted-project] project.b: project `b` is defined but no section lists it"});
}

TEST_CASE("unlisted-project: a listing deep in the tree, in mapping form, counts") {
  const std::string plan = kHead +
                           "projects:\n"                        // 6
                           "  - {id: a, name: A, budget: 1}\n"  // 7
                           "  - {id: b, name: B, budget: 1}\n"  // 8
                           "sections:\n"                        // 9
                           "  - id: s\n"                        // 10
                           "    title: S\n"                     // 11
                           "    projects: [a]\n"                // 12
                           "    sections:\n"                    // 13
                           "      - id: s.1\n"                  // 14
                           "        title: S1\n"                // 15
                           "        sections:\n"                // 16
                           "          - id: s.1.1\n"            // 17
                           "            title: S11\n"           // 18
                           "            projects: [{project: b, budget: 1}]\n";  // 19
  CHECK(findings(plan, "unlisted-project") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

// ---------------------------------------------------------------- kpi-period

TEST_CASE("kpi-period fires on target years outside the period, at the year") {
  const std::string plan = with_goals(
      "      - id: g\n"                                 // 10
      "        name: G\n"                               // 11
      "        target: {year: R7, value: 5}\n"          // 12
      "    kpis:\n"                                     // 13
      "      - id: k\n"                                 // 14
      "        name: K\n"                               // 15
      "        targets: {R2: 1, R3: 2, R4: 3, H30: 0, 2025: 4}\n");  // 16
  CHECK(findings(plan, "kpi-period") ==
        Lines{"12:24 error[kpi-period] goal.g.target.year: target year R7 (2025) of goal `g` lies outside the "
              "plan period R2–R4",
              "16:40 error[kpi-period] kpi.k.targets.H30: target year H30 (2018) of KPI `k` lies outside the plan "
              "period R2–R4",
              "16:48 error[kpi-period] kpi.k.targets.2025: target year 2025 (2025) of KPI `k` lies outside the "
              "plan period R2–R4"});
}

TEST_CASE("kpi-period: the period's ends are inclusive, in any notation; no period, no check") {
  CHECK(findings(with_kpis("      - id: k\n"
                           "        name: K\n"
                           "        targets: {2020: 1, 令和3年度: 2, 令和４年度: 3}\n"),
                 "kpi-period") == Lines{});
  const std::string no_period = "yplan: 1\nplan:\n  id: p\n  title: T\n";
  CHECK(findings(with_kpis("      - id: k\n"
                           "        name: K\n"
                           "        targets: {H20: 1, R20: 2}\n",
                           no_period),
                 "kpi-period") == Lines{});
}

// ---------------------------------------------------------------- kpi-gap

TEST_CASE("kpi-gap fires on a year with no target, and on an open target without a note") {
  const std::string plan = with_kpis(
      "      - id: k\n"                                            // 10
      "        name: K\n"                                          // 11
      "        targets: {R2: 1, R3: null}\n"                       // 12
      "      - id: k2\n"                                           // 13
      "        name: K2\n"                                         // 14
      "        targets: {R2: 1, R3: {value: null, note: 未定}, R4: 3}\n"  // 15 complete
      "      - id: k3\n"                                           // 16
      "        name: K3\n");                                       // 17 no targets at all
  CHECK(findings(plan, "kpi-gap") ==
        Lines{"12:18 warning[kpi-gap] kpi.k.targets: KPI `k` has no target for R4 (period R2–R4); give a value, "
              "or {value: null, note: …} to say why it is open",
              "12:30 warning[kpi-gap] kpi.k.targets.R3: target R3 of KPI `k` is open with no note saying why",
              "16:9 warning[kpi-gap] kpi.k3: KPI `k3` has no target for R2, R3, R4 (period R2–R4); give a "
              "value, or {value: null, note: …} to say why it is open"});
}

TEST_CASE("kpi-gap: missing years are named in the period's own notation") {
  const std::string head = "yplan: 1\nplan:\n  id: p\n  title: T\n  period: [2020, 2022]\n";
  CHECK(findings(with_kpis("      - id: k\n"       // 10
                           "        name: K\n"     // 11
                           "        targets: {R2: 1}\n",  // 12
                           head),
                 "kpi-gap") ==
        Lines{"12:18 warning[kpi-gap] kpi.k.targets: KPI `k` has no target for 2021, 2022 (period 2020–2022); give "
              "a value, or {value: null, note: …} to say why it is open"});
}

TEST_CASE("kpi-gap: drafts need no notes, and full targets are fine") {
  const std::string draft = "yplan: 1\nplan:\n  id: p\n  title: T\n  period: [R2, R4]\n  status: draft\n";
  const std::string kpis =
      "      - id: k\n"
      "        name: K\n"
      "        targets: {R2: 1, R3: null}\n";
  CHECK(findings(with_kpis(kpis, draft), "kpi-gap") == Lines{});
  CHECK(findings(with_kpis(kpis), "kpi-gap").size() == 2);  // the same KPI in a final plan
  CHECK(findings(with_kpis("      - id: k\n"
                           "        name: K\n"
                           "        targets: {R2: 1, R3: {value: null, note: 調整中}, R4: null}\n"
                           "      - id: k2\n"
                           "        name: K2\n"
                           "        targets: {R2: 1, R3: 2, R4: 3}\n"),
                 "kpi-gap") == Lines{"12:60 warning[kpi-gap] kpi.k.targets.R4: target R4 of KPI `k` is open with "
                                     "no note saying why"});
}

// Regression (was a bug): an empty value (`R3:` with nothing after the colon) is placed by
// yaml-cpp at the next token, so the finding points at the following line
// (here 15:7, the next KPI's `id`). Expected: line 14, where `R3:` stands.
TEST_CASE("kpi-gap: an empty target is reported on its own line") {
  const std::string plan = with_kpis(
      "      - id: k\n"                      // 10
      "        name: K\n"                    // 11
      "        targets:\n"                   // 12
      "          R2: 1\n"                    // 13
      "          R3:\n"                      // 14
      "      - id: k2\n"                     // 15
      "        name: K2\n"                   // 16
      "        targets: {R2: 1, R3: 1, R4: 1}\n");
  auto ds = yplan_test::only(yplan_test::check_all(plan), "kpi-gap");
  REQUIRE(ds.size() == 2);
  // [0] is "no target for R4" at the map (13:11); [1] is the open R3.
  CHECK(ds[1].path == "kpi.k.targets.R3");
  CHECK(ds[1].pos.line == 14);
}

// ---------------------------------------------------------------- kpi-direction

TEST_CASE("kpi-direction fires when a target moves the wrong way against the previous set target") {
  const std::string plan = with_kpis(
      "      - id: k\n"                                        // 10
      "        name: K\n"                                      // 11
      "        targets: {R2: 100, R3: 90, R4: 95}\n"           // 12
      "      - id: d\n"                                        // 13
      "        name: D\n"                                      // 14
      "        direction: decrease\n"                          // 15
      "        targets: {R2: 100, R3: {value: null, note: 未定}, R4: 120}\n"  // 16
      "      - id: m\n"                                        // 17
      "        name: M\n"                                      // 18
      "        direction: maintain\n"                          // 19
      "        targets: {R2: 50, R3: 50, R4: 49.5}\n");        // 20
  CHECK(findings(plan, "kpi-direction") ==
        Lines{"12:32 error[kpi-direction] kpi.k.targets.R3: target R3 90 falls below R2's 100 but KPI `k` should "
              "increase",
              "16:61 error[kpi-direction] kpi.d.targets.R4: target R4 120 rises above R2's 100 but KPI `d` should "
              "decrease",
              "20:39 warning[kpi-direction] kpi.m.targets.R4: target R4 49.5 falls below R3's 50 but KPI `m` "
              "should be maintained"});
}

TEST_CASE("kpi-direction: equal targets never move the wrong way") {
  const std::string plan = with_kpis(
      "      - id: k\n"
      "        name: K\n"
      "        targets: {R2: 100, R3: 100, R4: 100}\n"
      "      - id: d\n"
      "        name: D\n"
      "        direction: decrease\n"
      "        targets: {R2: 100, R3: 100, R4: 80}\n"
      "      - id: m\n"
      "        name: M\n"
      "        direction: maintain\n"
      "        targets: {R2: 50, R3: \"５０\", R4: 50.0}\n"
      "      - id: u\n"
      "        name: U\n"
      "        targets: {R4: 3, R2: 1, R3: 2}\n");  // written out of order, rising by year
  CHECK(findings(plan, "kpi-direction") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

// ---------------------------------------------------------------- kpi-cumulative

TEST_CASE("kpi-cumulative fires when a cumulative count falls or starts below its baseline") {
  const std::string plan = with_kpis(
      "      - id: c\n"                                     // 10
      "        name: C\n"                                   // 11
      "        cumulative: true\n"                          // 12
      "        baseline: {year: H30, value: 50}\n"          // 13
      "        targets: {R2: 40, R3: 60, R4: 55}\n");       // 14
  CHECK(findings(plan, "kpi-cumulative") ==
        Lines{"14:23 error[kpi-cumulative] kpi.c.targets.R2: cumulative KPI `c` starts at 40 (R2), below its "
              "baseline 50",
              "14:39 error[kpi-cumulative] kpi.c.targets.R4: cumulative KPI `c` falls from 60 (R3) to 55 (R4); a "
              "cumulative count never falls"});
}

TEST_CASE("kpi-cumulative: level counts are fine; a non-cumulative KPI may fall") {
  const std::string plan = with_kpis(
      "      - id: c\n"
      "        name: C\n"
      "        cumulative: true\n"
      "        baseline: {year: H30, value: 50}\n"
      "        targets: {R2: 50, R3: 50, R4: 50}\n"
      "      - id: n\n"
      "        name: N\n"
      "        cumulative: false\n"
      "        direction: decrease\n"
      "        baseline: {year: H30, value: 50}\n"
      "        targets: {R2: 40, R3: 30, R4: 20}\n");
  CHECK(findings(plan, "kpi-cumulative") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

// ---------------------------------------------------------------- kpi-baseline

TEST_CASE("kpi-baseline fires on a baseline year inside the period and a first target on the wrong side") {
  const std::string plan = with_kpis(
      "      - id: b\n"                                         // 10
      "        name: B\n"                                       // 11
      "        baseline: {year: R2, value: 100}\n"              // 12
      "        targets: {R2: 90, R3: 100, R4: 110}\n"           // 13
      "      - id: d\n"                                         // 14
      "        name: D\n"                                       // 15
      "        direction: decrease\n"                           // 16
      "        baseline: {year: H30, value: \"１００\"}\n"      // 17
      "        targets: {R2: 120, R3: 110, R4: 100}\n");        // 18
  CHECK(findings(plan, "kpi-baseline") ==
        Lines{"12:26 warning[kpi-baseline] kpi.b.baseline.year: baseline year R2 of KPI `b` is not before the "
              "period R2–R4",
              "13:23 warning[kpi-baseline] kpi.b.targets.R2: first target 90 (R2) of KPI `b` is below its baseline "
              "100, but the KPI should increase",
              "18:23 warning[kpi-baseline] kpi.d.targets.R2: first target 120 (R2) of KPI `d` is above its "
              "baseline 100, but the KPI should decrease"});
}

TEST_CASE("kpi-baseline: a baseline before the period, a first target level with it, maintain KPIs") {
  const std::string plan = with_kpis(
      "      - id: b\n"
      "        name: B\n"
      "        baseline: {year: R1, value: 100}\n"
      "        targets: {R2: 100, R3: 110, R4: 120}\n"
      "      - id: m\n"
      "        name: M\n"
      "        direction: maintain\n"
      "        baseline: {year: H30, value: 100}\n"
      "        targets: {R2: 100, R3: 100, R4: 100}\n"
      "      - id: n\n"
      "        name: N\n"
      "        baseline: {value: 5}\n"  // no year: nothing to compare with the period
      "        targets: {R2: 6, R3: 7, R4: 8}\n");
  CHECK(findings(plan, "kpi-baseline") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

// ---------------------------------------------------------------- kpi-percent

TEST_CASE("kpi-percent fires on a % value outside 0-100") {
  const std::string plan = with_goals(
      "      - id: g\n"                                         // 10
      "        name: G\n"                                       // 11
      "        unit: ％\n"                                      // 12 full-width
      "        baseline: {year: R1, value: 50}\n"               // 13
      "        target: {year: R4, value: 120}\n"                // 14
      "    kpis:\n"                                             // 15
      "      - id: p\n"                                         // 16
      "        name: P\n"                                       // 17
      "        unit: \"%\"\n"                                   // 18
      "        baseline: {year: H30, value: -1}\n"              // 19
      "        targets: {R2: 50, R3: 100.5, R4: 100}\n");       // 20
  CHECK(findings(plan, "kpi-percent") ==
        Lines{"14:35 error[kpi-percent] goal.g.target.value: target 120 of goal `g` is outside 0–100 %",
              "19:38 error[kpi-percent] kpi.p.baseline.value: baseline -1 of KPI `p` is outside 0–100 %",
              "20:31 error[kpi-percent] kpi.p.targets.R3: target 100.5 of KPI `p` is outside 0–100 %"});
}

TEST_CASE("kpi-percent: 0 and 100 are inside; other units are not percentages") {
  const std::string plan = with_kpis(
      "      - id: p\n"
      "        name: P\n"
      "        unit: \"%\"\n"
      "        baseline: {year: H30, value: 0}\n"
      "        targets: {R2: 10, R3: 50, R4: 100}\n"
      "      - id: n\n"
      "        name: N\n"
      "        unit: 件\n"
      "        baseline: {year: H30, value: 150}\n"
      "        targets: {R2: 150, R3: 160, R4: 170}\n");
  CHECK(findings(plan, "kpi-percent") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

// ---------------------------------------------------------------- kpi-outlier

TEST_CASE("kpi-outlier fires on a target ten times off the median of the others") {
  const std::string plan = with_kpis(
      "      - id: o\n"                                     // 10
      "        name: O\n"                                   // 11
      "        targets: {R2: 100, R3: 110, R4: 1200}\n"     // 12
      "      - id: u\n"                                     // 13
      "        name: U\n"                                   // 14
      "        targets: {R2: 1000, R3: 1100, R4: 50}\n");   // 15
  CHECK(findings(plan, "kpi-outlier") ==
        Lines{"12:41 warning[kpi-outlier] kpi.o.targets.R4: target R4 1,200 of KPI `o` is over ten times the "
              "median 105 of its other targets; a digit typed twice or dropped?",
              "15:43 warning[kpi-outlier] kpi.u.targets.R4: target R4 50 of KPI `u` is under a tenth of the median "
              "1,050 of its other targets; a digit typed twice or dropped?"});
}

TEST_CASE("kpi-outlier: exactly ten times, two targets, a zero median, a decreasing KPI") {
  const std::string plan = with_kpis(
      "      - id: ten\n"
      "        name: T\n"
      "        targets: {R2: 100, R3: 100, R4: 1000}\n"    // 10x is not over 10x
      "      - id: two\n"
      "        name: W\n"
      "        targets: {R2: 1, R3: 1000, R4: null}\n"     // two set targets are too few
      "      - id: zero\n"
      "        name: Z\n"
      "        targets: {R2: -50, R3: 50, R4: 100}\n"     // R4: the others' median is zero
      "      - id: dec\n"
      "        name: D\n"
      "        direction: decrease\n"
      "        targets: {R2: 1000, R3: 900, R4: 50}\n");   // a decreasing KPI may fall far
  CHECK(findings(plan, "kpi-outlier") == Lines{});
}

// ---------------------------------------------------------------- goal-direction

TEST_CASE("goal-direction fires when a goal's target is on the wrong side of its baseline") {
  const std::string plan = with_goals(
      "      - id: up\n"                                          // 10
      "        name: U\n"                                         // 11
      "        baseline: {year: R1, value: \"△4,543\"}\n"         // 12
      "        target: {year: R4, value: \"△5,000\"}\n"           // 13
      "      - id: down\n"                                        // 14
      "        name: D\n"                                         // 15
      "        direction: decrease\n"                             // 16
      "        baseline: {year: R1, value: 10}\n"                 // 17
      "        target: {year: R4, value: 12}\n");                 // 18
  CHECK(findings(plan, "goal-direction") ==
        Lines{"13:35 error[goal-direction] goal.up.target.value: target -5,000 of goal `up` is below its baseline "
              "-4,543, but the goal should increase",
              "18:35 error[goal-direction] goal.down.target.value: target 12 of goal `down` is above its baseline "
              "10, but the goal should decrease"});
}

TEST_CASE("goal-direction: the right side (negative numbers too), level, open targets, maintain goals") {
  const std::string plan = with_goals(
      "      - id: social-migration\n"
      "        name: 全年齢の社会増減数\n"
      "        baseline: {year: R1, value: \"△4,543\"}\n"
      "        target: {year: R4, value: \"△1,500\"}\n"   // -1,500 is above -4,543
      "      - id: level\n"
      "        name: L\n"
      "        baseline: {year: R1, value: 10}\n"
      "        target: {year: R4, value: 10}\n"
      "      - id: open\n"
      "        name: O\n"
      "        direction: decrease\n"
      "        baseline: {year: R1, value: 10}\n"
      "        target: {year: R4, value: null, note: 検討中}\n"
      "      - id: nobase\n"
      "        name: N\n"
      "        baseline: null\n"
      "        target: {year: R4, value: 1}\n"
      "      - id: keep\n"
      "        name: K\n"
      "        direction: maintain\n"   // a maintain goal has no wrong side
      "        baseline: {value: 10}\n"
      "        target: {year: R4, value: 9.5}\n");
  CHECK(findings(plan, "goal-direction") == Lines{});
  CHECK(yplan_test::check_all(plan).empty());
}

TEST_CASE("every finding's severity is one its check's table row names") {
  // A plan that trips many checks at once, both severities (as `--list-checks` documents them).
  const std::string plan = kHead +
                           "projects:\n"                                                            // 6
                           "  - {id: a, name: A, budget: -1, previous: 5, category: new}\n"         // 7
                           "  - {id: b, name: B, budget: 10, category: revised}\n"                  // 8
                           "  - {id: a, name: C, budget: 1}\n"                                      // 9
                           "sections:\n"                                                            // 10
                           "  - id: s\n"                                                            // 11
                           "    title: S\n"                                                         // 12
                           "    projects: [zz, {project: a, budget: 5}, {project: a, budget: 9, partial: true}]\n"
                           "    total: {budget: 1}\n"
                           "    kpis:\n"
                           "      - id: k\n"
                           "        name: K\n"
                           "        unit: \"%\"\n"
                           "        cumulative: true\n"
                           "        baseline: {year: R3, value: 50}\n"
                           "        targets: {R2: 40, R3: 4000, R5: 30}\n"
                           "      - id: m\n"
                           "        name: M\n"
                           "        direction: maintain\n"
                           "        targets: {R2: 1, R3: 2, R4: 2}\n"
                           "    goals:\n"
                           "      - {id: g, name: G, baseline: {value: 5}, target: {year: R4, value: 4}}\n"
                           "      - {id: h, name: H, direction: maintain, baseline: {value: 5}, target: {year: R4, value: 4}}\n"
                           // (section s lists an undefined project, so its total is unknown: budget-total fires here)
                           "  - {id: t, title: T, projects: [{project: a, budget: 5}], total: {budget: 99}}\n";
  auto ds = yplan_test::check_all(plan);
  std::set<std::string> fired;
  for (const auto& d : ds) {
    CAPTURE(d.check);
    fired.insert(d.check);
    const auto* info = yplan::find_check(d.check);
    REQUIRE(info);
    CHECK(info->severity.find(yplan::severity_name(d.severity)) != std::string_view::npos);
  }
  CHECK(fired == std::set<std::string>{"budget-total", "category-previous", "duplicate-id", "kpi-baseline",
                                       "kpi-cumulative", "kpi-direction", "kpi-gap", "kpi-outlier", "kpi-percent",
                                       "kpi-period", "negative-amount", "partial-exceeds", "relisting-mismatch",
                                       "unknown-project", "unlisted-project", "goal-direction"});
}

// ---------------------------------------------------------------- validate_source

TEST_CASE("validate_source: --skip leaves a check out, --strict makes warnings errors") {
  const std::string plan = kHead +
                           "projects:\n"                          // 6
                           "  - {id: a, name: A, budget: -1}\n"   // 7
                           "  - {id: b, name: B, budget: 1}\n";   // 8
  auto src = yplan_test::source(plan, "x.yaml");
  yplan::ValidateOptions opts;
  auto all = yplan::validate_source(src, opts);
  yplan::sort_diagnostics(all);
  CHECK(yplan_test::show_all(all) ==
        Lines{"7:10 warning[unlisted-project] project.a: project `a` is defined but no section lists it",
              "7:30 error[negative-amount] project.a.budget: budget of project `a` is -1, below zero",
              "8:10 warning[unlisted-project] project.b: project `b` is defined but no section lists it"});
  opts.skip = {"unlisted-project"};
  CHECK(yplan_test::show_all(yplan::validate_source(src, opts)) ==
        Lines{"7:30 error[negative-amount] project.a.budget: budget of project `a` is -1, below zero"});
  opts.skip = {};
  opts.strict = true;
  auto strict = yplan::validate_source(src, opts);
  REQUIRE(strict.size() == 3);
  for (const auto& d : strict) CHECK(d.severity == yplan::Severity::error);
  CHECK(strict[0].file == "x.yaml");
}
