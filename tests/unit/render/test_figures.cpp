// Figures that are never wrong (issue 11): sums past 64 bits, unreadable
// amounts, exact decimal comparisons, magnitudes across zero, and a sign
// standing apart from its digits. Every expected value is the right one.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "yplan/budget.hpp"
#include "yplan/diff.hpp"
#include "yplan/report.hpp"
#include "yplan/values.hpp"

using yplan_test::findings;
using yplan_test::Lines;

namespace {

yplan::PlanReport report_of(const std::string& text, yplan::Plan& plan, const yplan::ReportOptions& o = {}) {
  auto src = yplan_test::source(text);
  yplan::Sink sink("t.yaml");
  REQUIRE(yplan::load_plan(src, plan, sink));
  yplan::PlanReport r;
  REQUIRE(yplan::build_plan_report(plan, o, 0, 0, r));
  return r;
}

std::string render(const std::string& text, const std::string& format, yplan::ReportOptions o = {}) {
  yplan::Plan plan;
  yplan::ReportModel m;
  o.check = false;
  o.kind = yplan::ReportKind::budget;
  m.plans.push_back(report_of(text, plan, o));
  m.combined = m.plans[0].total;
  std::ostringstream out;
  if (format == "text") yplan::render_report_text(out, m, o);
  else if (format == "markdown") yplan::render_report_markdown(out, m, o);
  else if (format == "csv") yplan::render_report_csv(out, m, o);
  else yplan::render_report_json(out, m, o);
  return out.str();
}

bool has_line(const std::string& text, const std::string& line) {
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    if (l == line) return true;
  }
  return false;
}

const std::string kOverflow =
    "yplan: 1\n"                                      // 1
    "plan: {id: p, title: T}\n"                       // 2
    "projects:\n"                                     // 3
    "  - {id: a, name: A, budget: 9000000000000000000}\n"  // 4
    "  - {id: b, name: B, budget: 9000000000000000000}\n"  // 5
    "sections:\n"                                     // 6
    "  - {id: s, title: S, projects: [a, b]}\n";      // 7

const std::string kUnreadable =
    "yplan: 1\n"                                                         // 1
    "plan: {id: p, title: T}\n"                                          // 2
    "projects:\n"                                                        // 3
    "  - {id: a, name: A, budget: .inf, previous: 100}\n"                // 4
    "  - {id: b, name: B, budget: \"12万3\", previous: 50}\n"            // 5
    "  - {id: c, name: C, budget: 10, previous: 5}\n"                    // 6
    "sections:\n"                                                        // 7
    "  - {id: s, title: S, projects: [a, c]}\n"                          // 8
    "  - {id: t, title: U, projects: [c]}\n";                            // 9

}  // namespace

TEST_CASE("Figure: checked sums; unknown wins over overflow; only known figures compare equal by value") {
  using yplan::Figure;
  Figure a = INT64_MAX;
  a += Figure(1);
  CHECK(a.overflow());
  CHECK((Figure(5) + Figure(7)).value == 12);
  CHECK((Figure::overflowed() + Figure::unknown()).is_unknown());
  CHECK((Figure(INT64_MIN) - Figure(1)).overflow());
  CHECK(Figure::unknown() == Figure::unknown());
  CHECK(!(Figure(1) == Figure::unknown()));
}

TEST_CASE("two budgets of 9,000,000,000,000,000,000 with no stated total: one value-format finding") {
  CHECK(yplan_test::show_all(yplan_test::check_all(kOverflow)) ==
        Lines{"5:30 error[value-format] project.b.budget: adding this budget makes the sum of the listings under "
              "section s exceed 64 bits; the sum is shown as overflow"});
}

TEST_CASE("an overflowing sum is shown as overflow in text, Markdown, CSV and JSON, never as a number") {
  const std::string text = render(kOverflow, "text");
  CHECK(text.find("446,744") == std::string::npos);
  CHECK(has_line(text, "           Total (each project once)               overflow          0  overflow  overflow"));
  CHECK(has_line(text, "overflow: the sum exceeds 64 bits and is not shown"));
  const std::string md = render(kOverflow, "markdown");
  CHECK(has_line(md, "|  |  | Total (each project once) | overflow | 0 | overflow | overflow |"));
  const std::string csv = render(kOverflow, "csv");
  CHECK(has_line(csv, ",,Total (each project once),overflow,0,overflow,overflow"));
  CHECK(has_line(csv, "unspecified,2,overflow,0,overflow,overflow"));
  auto j = nlohmann::json::parse(render(kOverflow, "json"));
  const auto& total = j["plans"][0]["budget"]["total"];
  CHECK(total["budget"].is_null());
  CHECK(total["reason"]["budget"] == "overflow");
  CHECK(total["previous"] == 0);
  CHECK(j["budget"]["total"]["reason"]["budget"] == "overflow");
  const auto& section = j["plans"][0]["budget"]["sections"][0];
  CHECK(section["budget"].is_null());
  CHECK(section["change"].is_null());
  CHECK(section["reason"] == nlohmann::json{{"budget", "overflow"}, {"change", "overflow"}});
}

TEST_CASE("an unreadable amount is unknown: its cells, the totals that include it and the change %") {
  yplan::Plan plan;
  yplan::ReportOptions o;
  auto r = report_of(kUnreadable, plan, o);
  REQUIRE(r.projects.size() == 3);
  CHECK(r.projects[0].money.budget.is_unknown());
  CHECK(r.projects[1].money.budget.is_unknown());
  CHECK(r.projects[2].money.budget == yplan::Figure(10));
  CHECK(r.total.budget.is_unknown());
  CHECK(r.total.previous == yplan::Figure(155));
  REQUIRE(r.sections.size() == 2);
  CHECK(r.sections[0].shown.budget.is_unknown());
  CHECK(r.sections[1].shown.budget == yplan::Figure(10));  // a section without the unknown one is known

  o.by_project = true;
  const std::string text = render(kUnreadable, "text", o);
  CHECK(has_line(text, "a   A                                unspecified    unknown        100  unknown   unknown  s"));
  CHECK(has_line(text, "c   C                                unspecified         10          5       +5   +100.0%  s t"));
  CHECK(text.find("-100.0%") == std::string::npos);
  auto j = nlohmann::json::parse(render(kUnreadable, "json", o));
  const auto& a = j["plans"][0]["budget"]["projects"][0];
  CHECK(a["budget"].is_null());
  CHECK(a["previous"] == 100);
  CHECK(a["reason"] == nlohmann::json{{"budget", "unknown"}});
  CHECK(j["plans"][0]["budget"]["total"]["reason"]["budget"] == "unknown");
}

TEST_CASE("diff: an overflowing or unknown total is never printed as a number and invents no change") {
  auto load = [](const std::string& text) {
    auto l = yplan_test::load(text);
    REQUIRE(l.parsed);
    return l.plan;
  };
  yplan::Plan big = load(kOverflow);
  std::string other = kOverflow;
  other.replace(other.find("9000000000000000000"), 19, "9000000000000000001");
  yplan::Plan big2 = load(other);
  auto d = yplan::diff_plans(big, big2, {});
  std::ostringstream out;
  yplan::render_diff_text(out, d, {"old", "new", false, false, false});
  CHECK(out.str().find("446,744") == std::string::npos);
  for (const auto& c : d.changes) CHECK(c.group != yplan::DiffGroup::total);  // both overflow: no total change
  std::ostringstream js;
  yplan::render_diff_json(js, d, {"old", "new", false, false, false});
  auto j = nlohmann::json::parse(js.str());
  CHECK(j["total"]["new"]["budget"].is_null());
  CHECK(j["total"]["new"]["reason"]["budget"] == "overflow");

  // An unknown total on both sides is no change; known → unknown shows the word, no difference.
  yplan::Plan u = load(kUnreadable);
  std::string fixed = kUnreadable;
  fixed.replace(fixed.find(".inf"), 4, "7");
  fixed.replace(fixed.find("\"12万3\""), 8, "8");
  yplan::Plan k = load(fixed);
  auto d2 = yplan::diff_plans(k, u, {});
  const yplan::Change* total = nullptr;
  for (const auto& c : d2.changes)
    if (c.group == yplan::DiffGroup::total && c.field == "budget") total = &c;
  REQUIRE(total);
  CHECK(total->old_value == "25");
  CHECK(total->new_value == "(unknown)");
  CHECK(!total->new_number);
  auto d3 = yplan::diff_plans(u, u, {});
  CHECK(d3.changes.empty());
}

TEST_CASE("kpi-outlier compares decimals exactly: 4.7 against 0.47 is 470 against 47") {
  auto plan = [](const std::string& a, const std::string& b) {
    return "yplan: 1\n"
           "plan: {id: p, title: T, period: [R2, R5]}\n"
           "sections:\n"
           "  - id: s\n"
           "    title: S\n"
           "    kpis:\n"
           "      - id: k\n"
           "        name: K\n"
           "        targets: {R2: " + b + ", R3: " + b + ", R4: " + b + ", R5: " + a + "}\n";  // 9
  };
  CHECK(findings(plan("470", "47"), "kpi-outlier") == Lines{});
  CHECK(findings(plan("4.7", "0.47"), "kpi-outlier") == Lines{});
  CHECK(findings(plan("0.047", "0.47"), "kpi-outlier") == Lines{});
  CHECK(findings(plan("\"4.70\"", "0.470"), "kpi-outlier") == Lines{});
  CHECK(findings(plan("4.71", "0.47"), "kpi-outlier") ==
        Lines{"9:53 warning[kpi-outlier] kpi.k.targets.R5: target R5 4.71 of KPI `k` is over ten times the median "
              "0.47 of its other targets; a digit typed twice or dropped?"});
  CHECK(findings(plan("0.046", "0.47"), "kpi-outlier") ==
        Lines{"9:53 warning[kpi-outlier] kpi.k.targets.R5: target R5 0.046 of KPI `k` is under a tenth of the "
              "median 0.47 of its other targets; a digit typed twice or dropped?"});
}

TEST_CASE("exact comparisons in kpi-direction, kpi-cumulative, kpi-baseline, kpi-percent and goal-direction") {
  const std::string head =
      "yplan: 1\n"                                    // 1
      "plan: {id: p, title: T, period: [R2, R3]}\n"   // 2
      "sections:\n"                                   // 3
      "  - id: s\n"                                   // 4
      "    title: S\n";                               // 5
  // 0.3 and 0.30000000000000001 are one double but two decimals; 0.1 + 0.2 style drift cannot hide a fall.
  CHECK(findings(head + "    kpis:\n      - {id: k, name: K, direction: maintain, targets: {R2: 0.3, R3: \"0.30\"}}\n",
                 "kpi-direction") == Lines{});
  CHECK(findings(head + "    kpis:\n      - {id: k, name: K, targets: {R2: 0.30000000000000001, R3: 0.3}}\n",
                 "kpi-direction") ==
        Lines{"7:65 error[kpi-direction] kpi.k.targets.R3: target R3 0.3 falls below R2's 0.3 but KPI `k` should "
              "increase"});
  CHECK(findings(head + "    kpis:\n      - {id: k, name: K, cumulative: true, targets: {R2: 0.30000000000000001, "
                        "R3: 0.3}}\n",
                 "kpi-cumulative") ==
        Lines{"7:83 error[kpi-cumulative] kpi.k.targets.R3: cumulative KPI `k` falls from 0.3 (R2) to 0.3 (R3); a "
              "cumulative count never falls"});
  CHECK(findings(head + "    kpis:\n      - {id: k, name: K, unit: \"%\", targets: {R2: 100.000000000000001, R3: 100}}\n",
                 "kpi-percent") ==
        Lines{"7:51 error[kpi-percent] kpi.k.targets.R2: target 100 of KPI `k` is outside 0–100 %"});
  CHECK(findings(head + "    kpis:\n      - {id: k, name: K, baseline: {year: R1, value: 0.30000000000000001}, "
                        "targets: {R2: 0.3, R3: 0.4}}\n",
                 "kpi-baseline") ==
        Lines{"7:90 warning[kpi-baseline] kpi.k.targets.R2: first target 0.3 (R2) of KPI `k` is below its "
              "baseline 0.3, but the KPI should increase"});
  CHECK(findings(head + "    goals:\n      - {id: g, name: G, baseline: {year: R1, value: 0.30000000000000001}, "
                        "target: {year: R3, value: 0.3}}\n",
                 "goal-direction") ==
        Lines{"7:102 error[goal-direction] goal.g.target.value: target 0.3 of goal `g` is below its baseline 0.3, "
              "but the goal should increase"});
}

TEST_CASE("kpi-outlier takes magnitudes: targets crossing zero do not flag ordinary ones") {
  const std::string plan =
      "yplan: 1\n"
      "plan: {id: p, title: T, period: [R2, R5]}\n"
      "sections:\n"
      "  - id: s\n"
      "    title: S\n"
      "    kpis:\n"
      "      - id: k\n"
      "        name: K\n"
      "        targets: {R2: \"△100\", R3: 5, R4: 60, R5: 100}\n";  // 9
  // A signed median flagged R4 (60 against 5) and R5 (100 against 5); by
  // magnitude only the 5 stands out (against 100).
  CHECK(findings(plan, "kpi-outlier") ==
        Lines{"9:35 warning[kpi-outlier] kpi.k.targets.R3: target R3 5 of KPI `k` is under a tenth of the median "
              "100 of its other targets; a digit typed twice or dropped?"});
}

TEST_CASE("a sign then a blank is value-format, not a negative amount") {
  for (std::string text : {"△ 12", "- 12", "▲　12", "－ 12", "+ 12"}) {
    CAPTURE(text);
    std::string why;
    CHECK(!yplan::parse_number(text, &why));
    CHECK(why.find("a space stands between the sign") == 0);
  }
  std::string why;
  yplan::parse_number("▲　12", &why);
  CHECK(why == "a space stands between the sign `▲` and the digits; write `▲12`");
  CHECK(yplan::parse_number("△12")->integer == -12);
  CHECK(yplan::parse_number(" △12 ")->integer == -12);
  const std::string plan =
      "yplan: 1\n"
      "plan: {id: p, title: T}\n"
      "projects:\n"
      "  - {id: a, name: A, budget: \"△ 12\"}\n"  // 4
      "sections:\n"
      "  - {id: s, title: S, projects: [a]}\n";
  CHECK(yplan_test::show_all(yplan_test::check_all(plan)) ==
        Lines{"4:30 error[value-format] project.a.budget: cannot read `△ 12` as a number: a space stands between "
              "the sign `△` and the digits; write `△12`"});
}

TEST_CASE("progress against an unreadable target: target and rate unknown, not no target") {
  yplan::Plan plan;
  auto r = report_of("yplan: 1\n"
                     "plan: {id: p, title: T, period: [R2, R3]}\n"
                     "sections:\n"
                     "  - id: s\n"
                     "    title: S\n"
                     "    kpis:\n"
                     "      - {id: k, name: K, targets: {R2: 1, R3: x}, actuals: {R3: 5}}\n",
                     plan);
  REQUIRE(r.progress.size() == 1);
  CHECK(r.progress[0].target_unknown);
  CHECK(!r.progress[0].target);
  CHECK(!r.progress[0].rate);
  REQUIRE(r.indicators.size() == 1);
  REQUIRE(r.indicators[0].targets.size() == 2);
  CHECK(r.indicators[0].targets[1].unreadable);  // the R3 cell says unknown, not open
}
