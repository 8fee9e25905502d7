// The loader: schema, year-format and value-format findings at exact
// positions, and the model it builds (loader.hpp, model.hpp).
#include <doctest/doctest.h>

#include <string>

#include "helpers.hpp"

using namespace yplan;
using yplan_test::Lines;
using yplan_test::load;
using yplan_test::show_all;

namespace {

// The loader's findings as lines.
Lines loader_findings(const std::string& text) { return show_all(load(text).diags); }

const std::string kHead =
    "yplan: 1\n"   // 1
    "plan:\n"      // 2
    "  id: p\n"    // 3
    "  title: T\n";  // 4

}  // namespace

TEST_CASE("a minimal plan loads without findings") {
  auto l = load(kHead);
  CHECK(l.parsed);
  CHECK(show_all(l.diags) == Lines{});
  CHECK(l.plan.meta.id.value == "p");
  CHECK(l.plan.meta.title.value == "T");
  CHECK(l.plan.meta.status == Status::final_);  // default
  CHECK(l.plan.meta.budget_unit == "千円");     // default
  CHECK(l.plan.file == "t.yaml");
}

TEST_CASE("schema: unknown key, with the nearest known one") {
  CHECK(loader_findings(kHead + "  titel: U\n") ==
        Lines{"5:3 error[schema] plan.titel: unknown key `titel` in plan; did you mean `title`?"});
  CHECK(loader_findings(kHead + "zzzzzz: 1\n") ==
        Lines{"5:1 error[schema] zzzzzz: unknown key `zzzzzz` in the top level; known keys: yplan, plan, "
              "projects, sections"});
  CHECK(loader_findings(kHead +
                        "sections:\n"                 // 5
                        "  - id: s\n"                 // 6
                        "    title: S\n"              // 7
                        "    kpis:\n"                 // 8
                        "      - id: k\n"             // 9
                        "        name: 指標\n"        // 10
                        "        target: {R2: 20}\n") // 11
        == Lines{"11:9 error[schema] kpi.k.target: unknown key `target` in a KPI; did you mean `targets`?"});
}

TEST_CASE("schema: missing required fields (the path is the mapping's: a missing key has none)") {
  CHECK(loader_findings("yplan: 1\nplan:\n  title: T\n") ==
        Lines{"3:3 error[schema] plan: plan is missing required field `id`"});
  CHECK(loader_findings("yplan: 1\n") == Lines{"1:1 error[schema] : missing required `plan:` mapping"});
  CHECK(loader_findings("plan:\n  id: p\n  title: T\n") ==
        Lines{"1:1 error[schema] : missing `yplan: 1` (the format version)"});
  // One cause, one finding: a misspelt `yplan` is not also missing.
  CHECK(loader_findings("yplam: 1\nplan:\n  id: p\n  title: T\n") ==
        Lines{"1:1 error[schema] yplam: unknown key `yplam` in the top level; did you mean `yplan`?"});
  CHECK(loader_findings(kHead +
                        "projects:\n"      // 5
                        "  - id: a\n"      // 6
                        "    budget: 1\n") // 7
        == Lines{"6:5 error[schema] project.a: a project is missing required field `name`"});
  CHECK(loader_findings(kHead +
                        "projects:\n"    // 5
                        "  - name: A\n"  // 6
                        "    budget: 1\n")
        == Lines{"6:5 error[schema] projects.0: a project is missing required field `id`"});
  CHECK(loader_findings(kHead +
                        "sections:\n"      // 5
                        "  - id: s\n"      // 6
                        "    title: S\n"   // 7
                        "    total: {previous: 5}\n")  // 8
        == Lines{"8:12 error[schema] section.s.total: a total is missing required field `budget`"});
}

TEST_CASE("schema: a place that must hold a mapping says so (not \"must be plan\")") {
  CHECK(loader_findings("yplan: 1\nplan: x\n") == Lines{"2:7 error[schema] plan: `plan` must be a mapping, not a scalar"});
}

TEST_CASE("schema: wrong types") {
  CHECK(loader_findings("yplan: 1\nplan:\n  id: p\n  title: [a, b]\n") ==
        Lines{"4:10 error[schema] plan.title: `title` must be text, not a list"});
  CHECK(loader_findings(kHead + "projects: {a: 1}\n") ==
        Lines{"5:11 error[schema] projects: `projects` must be a list, not a mapping"});
  CHECK(loader_findings(kHead +
                        "projects:\n"          // 5
                        "  - id: a\n"          // 6
                        "    name: A\n"        // 7
                        "    budget: [1]\n")   // 8
        == Lines{"8:13 error[schema] project.a.budget: `budget` must be a number, not a list"});
  CHECK(loader_findings(kHead + "  period: R2\n") ==
        Lines{"5:11 error[schema] plan.period: `period` must be a list of two years: [first, last]"});
  CHECK(loader_findings(kHead +
                        "sections:\n"             // 5
                        "  - id: s\n"             // 6
                        "    title: S\n"          // 7
                        "    projects:\n"         // 8
                        "      - project: a\n"    // 9
                        "        partial: yes\n") // 10
        == Lines{"10:18 error[schema] section.s.projects.a.partial: `partial` must be true or false"});
  CHECK(loader_findings(kHead + "? [a]\n: 1\n") ==
        Lines{"5:3 error[schema] : a key must be a plain word, not a list"});
}

TEST_CASE("schema: bad enum values, with a suggestion when near") {
  CHECK(loader_findings(kHead + "  status: finale\n") ==
        Lines{"5:11 error[schema] plan.status: `finale` is not a valid status: use final | draft (did you mean "
              "`final`?)"});
  CHECK(loader_findings(kHead +
                        "projects:\n"            // 5
                        "  - id: a\n"            // 6
                        "    name: A\n"          // 7
                        "    budget: 1\n"        // 8
                        "    category: foo\n")   // 9
        == Lines{"9:15 error[schema] project.a.category: `foo` is not a valid category: use new | revised | "
                 "continuing | 新規 | 見直し | 継続"});
  CHECK(loader_findings(kHead +
                        "sections:\n"                   // 5
                        "  - id: s\n"                   // 6
                        "    title: S\n"                // 7
                        "    kpis:\n"                   // 8
                        "      - id: k\n"               // 9
                        "        name: 指標\n"          // 10
                        "        direction: increse\n") // 11
        == Lines{"11:20 error[schema] kpi.k.direction: `increse` is not a valid direction: use increase | "
                 "decrease | maintain (did you mean `increase`?)"});
}

TEST_CASE("schema: duplicate keys") {
  CHECK(loader_findings(kHead + "  title: U\n") ==
        Lines{"5:3 error[schema] plan.title: duplicate key `title`; it is already set at line 4"});
  // The first value is the one kept.
  CHECK(load(kHead + "  title: U\n").plan.meta.title.value == "T");
}

TEST_CASE("schema: aliases are rejected") {
  CHECK(loader_findings(kHead +
                        "projects:\n"              // 5
                        "  - id: a\n"              // 6
                        "    name: A\n"            // 7
                        "    previous: &x 5\n"     // 8
                        "    budget: *x\n")        // 9
        == Lines{"9:13 error[schema] project.a.budget: aliases are not supported in plan files; write the value out"});
  CHECK(loader_findings("yplan: 1\nplan: &m\n  id: p\n  title: T\nsections: *m\n") ==
        Lines{"5:11 error[schema] sections: aliases are not supported in plan files; write the value out"});
}

TEST_CASE("schema: the plan id pattern") {
  CHECK(loader_findings("yplan: 1\nplan:\n  id: -p\n  title: T\n") ==
        Lines{"3:7 error[schema] plan.id: plan id `-p` must match [A-Za-z0-9][A-Za-z0-9._-]*"});
  CHECK(loader_findings("yplan: 1\nplan:\n  id: 計画\n  title: T\n") ==
        Lines{"3:7 error[schema] plan.id: plan id `計画` must match [A-Za-z0-9][A-Za-z0-9._-]*"});
  CHECK(loader_findings("yplan: 1\nplan:\n  id: a b\n  title: T\n") ==
        Lines{"3:7 error[schema] plan.id: plan id `a b` must match [A-Za-z0-9][A-Za-z0-9._-]*"});
  CHECK(loader_findings("yplan: 1\nplan:\n  id: mirai-2020.v1_a\n  title: T\n") == Lines{});
  CHECK(loader_findings("yplan: 1\nplan:\n  id: 2020\n  title: T\n") == Lines{});
}

TEST_CASE("schema: the format version") {
  CHECK(loader_findings("yplan: 2\nplan:\n  id: p\n  title: T\n") ==
        Lines{"1:8 error[schema] yplan: unsupported format version `2`; this yplan reads version 1"});
  CHECK(loader_findings("yplan: 1.0\nplan:\n  id: p\n  title: T\n") ==
        Lines{"1:8 error[schema] yplan: unsupported format version `1.0`; this yplan reads version 1"});
  CHECK(loader_findings("yplan: [1]\nplan:\n  id: p\n  title: T\n") ==
        Lines{"1:8 error[schema] yplan: unsupported format version `a list`; this yplan reads version 1"});
}

TEST_CASE("schema: empty files and non-mapping roots") {
  auto l = load("");
  CHECK(l.parsed);
  CHECK(show_all(l.diags) ==
        Lines{"1:1 error[schema] : the file is empty; a plan starts with `yplan: 1` and `plan:`"});
  CHECK(loader_findings("# nothing but a comment\n") ==
        Lines{"1:1 error[schema] : the file is empty; a plan starts with `yplan: 1` and `plan:`"});
  CHECK(loader_findings("- a\n- b\n") ==
        Lines{"1:1 error[schema] : the top level must be a mapping with `yplan:` and `plan:`, not a list"});
  CHECK(loader_findings("\n\njust text\n") ==
        Lines{"3:1 error[schema] : the top level must be a mapping with `yplan:` and `plan:`, not a scalar"});
}

TEST_CASE("parse: a file that is not YAML gives one parse finding and an empty model") {
  auto l = load("yplan: 1\nplan: [1, 2\n");
  CHECK_FALSE(l.parsed);
  REQUIRE(l.diags.size() == 1);
  CHECK(l.diags[0].check == "parse");
  CHECK(l.diags[0].severity == Severity::error);
  CHECK(l.diags[0].path == "");
  CHECK(l.diags[0].message == "end of sequence flow not found");
  CHECK(l.plan.projects.empty());
  CHECK(l.plan.meta.id.value.empty());
}

TEST_CASE("year-format findings at the year") {
  CHECK(loader_findings(kHead + "  fiscal_year: R0\n") ==
        Lines{"5:16 error[year-format] plan.fiscal_year: `R0` is not a year; write 2020, R2, H30, 令和2年度 or "
              "平成30年度"});
  CHECK(loader_findings(kHead + "  period: [R2, H32]\n") ==
        Lines{"5:16 error[year-format] plan.period.1: `H32` is not a year; write 2020, R2, H30, 令和2年度 or "
              "平成30年度"});
  CHECK(loader_findings(kHead +
                        "sections:\n"                    // 5
                        "  - id: s\n"                    // 6
                        "    title: S\n"                 // 7
                        "    kpis:\n"                    // 8
                        "      - id: k\n"                // 9
                        "        name: 指標\n"           // 10
                        "        baseline: {year: 20, value: 1}\n"  // 11
                        "        targets: {R2: 1, X3: 2}\n")        // 12
        == Lines{"11:26 error[year-format] kpi.k.baseline.year: `20` is not a year; write 2020, R2, H30, 令和2年度 "
                 "or 平成30年度",
                 "12:26 error[year-format] kpi.k.targets.X3: `X3` is not a year; write 2020, R2, H30, 令和2年度 or "
                 "平成30年度"});
}

TEST_CASE("schema: the period's order, and years that repeat in a target map") {
  CHECK(loader_findings(kHead + "  period: [R6, R2]\n") ==
        Lines{"5:11 error[schema] plan.period: the period starts (R6) after it ends (R2)"});
  CHECK(loader_findings(kHead +
                        "sections:\n"                    // 5
                        "  - id: s\n"                    // 6
                        "    title: S\n"                 // 7
                        "    kpis:\n"                    // 8
                        "      - id: k\n"                // 9
                        "        name: 指標\n"           // 10
                        "        targets:\n"             // 11
                        "          R2: 1\n"              // 12
                        "          2020: 2\n")           // 13
        == Lines{"13:11 error[schema] kpi.k.targets.2020: year 2020 repeats R2 at line 12 (both are 2020)"});
}

TEST_CASE("value-format findings at the value") {
  const std::string projects = kHead +
                               "projects:\n"                           // 5
                               "  - id: a\n"                           // 6
                               "    name: A\n"                         // 7
                               "    budget: \"1,23\"\n"                // 8
                               "    previous: 1.5\n"                   // 9
                               "  - id: b\n"                           // 10
                               "    name: B\n"                         // 11
                               "    budget: 99999999999999999999\n"    // 12
                               "    previous: \"９１，４５６\"\n";     // 13 (fine)
  CHECK(loader_findings(projects) ==
        Lines{"8:13 error[value-format] project.a.budget: cannot read `1,23` as a number: commas must separate "
              "groups of three digits",
              "9:15 error[value-format] project.a.previous: `1.5` is not a whole number; amounts are integers",
              "12:13 error[value-format] project.b.budget: `99999999999999999999` is too large: numbers must fit "
              "in 64 bits"});
  auto l = load(projects);
  REQUIRE(l.plan.projects.size() == 2);
  CHECK(l.plan.projects[0].budget.stated);
  CHECK_FALSE(l.plan.projects[0].budget.has());  // unreadable: stated but no amount
  CHECK(l.plan.projects[1].previous.value_or(0) == 91456);

  CHECK(loader_findings(kHead +
                        "sections:\n"                        // 5
                        "  - id: s\n"                        // 6
                        "    title: S\n"                     // 7
                        "    kpis:\n"                        // 8
                        "      - id: k\n"                    // 9
                        "        name: 指標\n"               // 10
                        "        targets: {R2: \"116,000件\"}\n")  // 11
        // At the unit, which is what is wrong: the value starts at 11:23, 件 is 11:31.
        == Lines{"11:31 error[value-format] kpi.k.targets.R2: cannot read `116,000件` as a number: `件` is a "
                 "unit, not part of the number; write 116,000"});
}

TEST_CASE("model: projects, amounts in every notation, categories") {
  auto l = load(kHead +
                "projects:\n"                      // 5
                "  - id: iju-teiju\n"              // 6
                "    name: 移住定住\n"             // 7
                "    budget: 200753\n"             // 8
                "    previous: \"155,613\"\n"      // 9
                "    category: 見直し\n"           // 10
                "    summary: [一, 二]\n"          // 11
                "  - id: b\n"                      // 12
                "    name: B\n"                    // 13
                "    budget: \"△4,543\"\n"         // 14
                "    previous: null\n"             // 15
                "    category: new\n"              // 16
                "  - id: c\n"                      // 17
                "    name: C\n"                    // 18
                "    budget: 0\n");                // 19
  CHECK(show_all(l.diags) == Lines{});
  REQUIRE(l.plan.projects.size() == 3);
  const auto& a = l.plan.projects[0];
  CHECK(a.id.value == "iju-teiju");
  CHECK(a.id.pos.line == 6);
  CHECK(a.id.pos.col == 9);
  CHECK(a.name.value == "移住定住");
  CHECK(a.budget.value_or(-1) == 200753);
  CHECK(a.budget.pos.line == 8);
  CHECK(a.budget.pos.col == 13);
  CHECK(a.previous.value_or(-1) == 155613);
  CHECK(a.previous.amount->written == "155,613");
  CHECK(a.category == Category::revised);
  CHECK(a.category_pos.line == 10);
  CHECK(a.category_pos.col == 15);
  REQUIRE(a.summary.size() == 2);
  CHECK(a.summary[1].value == "二");
  const auto& b = l.plan.projects[1];
  CHECK(b.budget.value_or(0) == -4543);
  CHECK(b.previous.stated);
  CHECK_FALSE(b.previous.has());
  CHECK(b.category == Category::new_);
  const auto& c = l.plan.projects[2];
  CHECK_FALSE(c.previous.stated);
  CHECK(c.category == Category::none);
  CHECK(l.plan.find_project("b") == 1);
  CHECK(l.plan.find_project("zz") == -1);
}

TEST_CASE("model: plan meta") {
  auto l = load("yplan: 1\n"
                "plan:\n"
                "  id: mirai-2020\n"
                "  title: 令和２年度\n"
                "  organization: 山形県\n"
                "  fiscal_year: 令和２年度\n"
                "  period: [R2, 2024]\n"
                "  budget_unit: 円\n"
                "  status: draft\n"
                "  total: {budget: 3273545, previous: \"3,280,189\"}\n");
  CHECK(show_all(l.diags) == Lines{});
  const auto& m = l.plan.meta;
  CHECK(m.organization == "山形県");
  REQUIRE(m.fiscal_year);
  CHECK(m.fiscal_year->year == 2020);
  CHECK(m.fiscal_year->era == Era::reiwa);
  CHECK(m.fiscal_year->written == "令和２年度");
  REQUIRE(l.plan.has_period());
  CHECK(m.period_start->year == 2020);
  CHECK(m.period_end->year == 2024);
  CHECK(m.period_end->era == Era::gregorian);
  CHECK(m.budget_unit == "円");
  CHECK(l.plan.draft());
  REQUIRE(m.total);
  CHECK(m.total->budget.value_or(0) == 3273545);
  CHECK(m.total->previous.value_or(0) == 3280189);
  CHECK(m.total->pos.line == 10);
  CHECK(m.total->pos.col == 10);
}

TEST_CASE("model: section tree, ids kept as written, listings in both forms") {
  auto l = load(kHead +
                "projects:\n"                       // 5
                "  - {id: a, name: A, budget: 10}\n"  // 6
                "  - {id: b, name: B, budget: 20}\n"  // 7
                "sections:\n"                       // 8
                "  - id: I\n"                       // 9
                "    title: 第一\n"                 // 10
                "    sections:\n"                   // 11
                "      - id: 1.10\n"                // 12
                "        label: (1)\n"              // 13
                "        title: 小\n"               // 14
                "        ref: 1-4\n"                // 15
                "        issues: [課題]\n"          // 16
                "        projects:\n"               // 17
                "          - a\n"                   // 18
                "          - project: b\n"          // 19
                "            budget: 5\n"           // 20
                "            previous: null\n"      // 21
                "            partial: true\n"       // 22
                "        total: {budget: 15}\n");   // 23
  CHECK(show_all(l.diags) == Lines{});
  REQUIRE(l.plan.sections.size() == 2);
  CHECK(l.plan.roots == std::vector<int>{0});
  const auto& top = l.plan.sections[0];
  const auto& sub = l.plan.sections[1];
  CHECK(top.id.value == "I");
  CHECK(top.parent == -1);
  CHECK(top.children == std::vector<int>{1});
  CHECK(sub.id.value == "1.10");  // not the number 1.1
  CHECK(sub.parent == 0);
  CHECK(sub.depth == 1);
  CHECK(sub.label == "(1)");
  CHECK(sub.ref == "1-4");
  REQUIRE(sub.issues.size() == 1);
  CHECK(sub.issues[0].value == "課題");
  CHECK(l.plan.find_section("1.10") == 1);

  REQUIRE(sub.listings.size() == 2);
  const auto& bare = sub.listings[0];
  CHECK(bare.project.value == "a");
  CHECK(bare.project.pos.line == 18);
  CHECK(bare.project.pos.col == 13);
  CHECK_FALSE(bare.budget.stated);
  CHECK_FALSE(bare.partial);
  const auto& mapped = sub.listings[1];
  CHECK(mapped.project.value == "b");
  CHECK(mapped.project.pos.line == 19);
  CHECK(mapped.project.pos.col == 22);
  CHECK(mapped.budget.value_or(0) == 5);
  CHECK(mapped.previous.stated);
  CHECK_FALSE(mapped.previous.has());
  CHECK(mapped.partial);
  REQUIRE(sub.total);
  CHECK(sub.total->budget.value_or(0) == 15);
  CHECK_FALSE(sub.total->previous.stated);
}

TEST_CASE("model: the （再掲） mark on a listing and a label the outline page prints otherwise") {
  auto l = load(kHead +
                "projects:\n"                               // 5
                "  - {id: a, name: A, budget: 10}\n"          // 6
                "sections:\n"                               // 7
                "  - id: \"1\"\n"                            // 8
                "    label: \"(9)\"\n"                        // 9
                "    outline_label: \"(10)\"\n"               // 10
                "    title: T\n"                            // 11
                "    projects:\n"                           // 12
                "      - a\n"                               // 13
                "      - {project: a, relisted: true}\n"    // 14
                "      - project: a\n"                      // 15
                "        relisted: false\n"                 // 16
                "  - id: \"2\"\n"                            // 17
                "    title: U\n"                            // 18
                "    projects:\n"                           // 19
                "      - {project: a, relisted: 再掲}\n");  // 20
  CHECK(show_all(l.diags) ==
        Lines{"20:32 error[schema] section.2.projects.a.relisted: `relisted` must be true or false"});
  REQUIRE(l.plan.sections.size() == 2);
  const auto& s = l.plan.sections[0];
  CHECK(s.label == "(9)");
  CHECK(s.outline_label == "(10)");
  CHECK(l.plan.sections[1].outline_label.empty());
  REQUIRE(s.listings.size() == 3);
  CHECK_FALSE(s.listings[0].relisted);  // a bare id carries no mark
  CHECK(s.listings[1].relisted);
  CHECK_FALSE(s.listings[2].relisted);
}

TEST_CASE("model: KPI targets sorted by year, open targets with a note") {
  auto l = load(kHead +
                "sections:\n"                                   // 5
                "  - id: s\n"                                   // 6
                "    title: S\n"                                // 7
                "    kpis:\n"                                   // 8
                "      - id: portal-access\n"                   // 9
                "        name: アクセス件数\n"                  // 10
                "        unit: 件\n"                            // 11
                "        direction: decrease\n"                 // 12
                "        cumulative: true\n"                    // 13
                "        baseline: {year: H30, value: 91456}\n"  // 14
                "        targets:\n"                            // 15
                "          R4: \"120,000\"\n"                   // 16
                "          2020: １１６，０００\n"              // 17
                "          令和3年度: {value: null, note: 未定}\n"  // 18
                "          R5: null\n"                          // 19
                "          R6: 56.4\n");                        // 20
  CHECK(show_all(l.diags) == Lines{});
  REQUIRE(l.plan.indicators.size() == 1);
  const auto& k = l.plan.indicators[0];
  CHECK(k.kind == IndicatorKind::kpi);
  CHECK(k.unit == "件");
  CHECK(k.direction == Direction::decrease);
  CHECK(k.cumulative);
  CHECK(k.has_baseline);
  REQUIRE(k.baseline.year);
  CHECK(k.baseline.year->year == 2018);
  REQUIRE(k.baseline.value);
  CHECK(k.baseline.value->value == 91456);
  CHECK(k.has_target_map);
  CHECK(k.targets_pos.line == 16);
  REQUIRE(k.targets.size() == 5);
  CHECK(k.targets[0].year->written == "2020");
  CHECK(k.targets[0].value->value == 116000);
  CHECK(k.targets[0].value->pos.line == 17);
  CHECK(k.targets[0].value->pos.col == 17);
  CHECK(k.targets[1].year->written == "令和3年度");
  CHECK(k.targets[1].year->year == 2021);
  CHECK_FALSE(k.targets[1].value);
  CHECK(k.targets[1].note == "未定");
  CHECK(k.targets[1].note_pos.line == 18);
  CHECK(k.targets[2].year->written == "R4");
  CHECK(k.targets[2].value->value == 120000);
  CHECK(k.targets[3].year->year == 2023);
  CHECK_FALSE(k.targets[3].value);
  CHECK(k.targets[3].note.empty());
  CHECK(k.targets[3].pos.line == 19);
  CHECK(k.targets[3].pos.col == 15);
  CHECK(k.targets[4].value->value == doctest::Approx(56.4));
  CHECK(l.plan.sections[0].indicators == std::vector<int>{0});
  CHECK(k.section == 0);
}

TEST_CASE("model: goals with one target; baselines without a year or null") {
  auto l = load(kHead +
                "sections:\n"                                              // 5
                "  - id: s\n"                                              // 6
                "    title: S\n"                                           // 7
                "    goals:\n"                                             // 8
                "      - id: social-migration\n"                           // 9
                "        name: 社会増減数\n"                               // 10
                "        baseline: {year: R1, value: \"△4,543\"}\n"        // 11
                "        target: {year: R6, value: \"△1,500\"}\n"          // 12
                "      - id: g2\n"                                         // 13
                "        name: 二\n"                                       // 14
                "        baseline: {value: 3}\n"                           // 15
                "      - id: g3\n"                                         // 16
                "        name: 三\n"                                       // 17
                "        baseline: null\n");                               // 18
  CHECK(show_all(l.diags) == Lines{});
  REQUIRE(l.plan.indicators.size() == 3);
  const auto& g = l.plan.indicators[0];
  CHECK(g.kind == IndicatorKind::goal);
  CHECK(path_of(g) == "goal.social-migration");
  CHECK(g.baseline.value->value == -4543);
  REQUIRE(g.target);
  CHECK(g.target->year->year == 2024);
  CHECK(g.target->value->value == -1500);
  CHECK(g.target->value->pos.line == 12);
  CHECK(g.target->value->pos.col == 35);
  const auto& g2 = l.plan.indicators[1];
  CHECK(g2.has_baseline);
  CHECK_FALSE(g2.baseline.year);
  CHECK(g2.baseline.value->value == 3);
  CHECK_FALSE(g2.target);
  CHECK_FALSE(l.plan.indicators[2].has_baseline);
  CHECK(l.plan.find_indicator("g3") == 2);
}

TEST_CASE("findings inside a broken part do not stop the rest from loading") {
  auto l = load(kHead +
                "projects:\n"                    // 5
                "  - id: a\n"                    // 6
                "    name: A\n"                  // 7
                "    budget: x\n"                // 8
                "    colour: red\n"              // 9
                "  - id: b\n"                    // 10
                "    name: B\n"                  // 11
                "    budget: 2\n");              // 12
  CHECK(show_all(l.diags) ==
        Lines{"8:13 error[value-format] project.a.budget: cannot read `x` as a number: `x` is not a digit",
              "9:5 error[schema] project.a.colour: unknown key `colour` in a project; known keys: id, name, "
              "budget, previous, category, summary, note"});
  REQUIRE(l.plan.projects.size() == 2);
  CHECK(l.plan.projects[1].budget.value_or(0) == 2);
}
