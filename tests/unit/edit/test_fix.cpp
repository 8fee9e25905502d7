// Fixes and recalculation (fix.hpp): which findings carry a fix, the value
// written in the old value's notation, the byte edits an editor gets, and
// what follows an edit.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "yplan/edit.hpp"
#include "yplan/fix.hpp"
#include "yplan/values.hpp"

using yplan::format_amount_like;

namespace {

yplan::PlanDocument open(const std::string& text) {
  yplan::PlanDocument d;
  std::string err;
  REQUIRE(d.open(yplan_test::source(text), err));
  return d;
}

std::vector<std::string> fixes_of(const std::vector<yplan::Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds)
    for (const auto& f : d.fixes) out.push_back(d.check + " " + f.path + "=" + f.value);
  return out;
}

const char* kPlan =
    "yplan: 1\n"
    "plan:\n"
    "  id: t\n"
    "  title: T\n"
    "  total: {budget: \"1,500\", previous: 900}\n"
    "projects:\n"
    "  - id: a\n"
    "    name: A\n"
    "    budget: 1000\n"
    "    previous: 900\n"
    "  - id: b\n"
    "    name: B\n"
    "    budget: 500\n"
    "sections:\n"
    "  - id: \"1\"\n"
    "    title: S\n"
    "    projects:\n"
    "      - a\n"
    "      - project: b\n"
    "        budget: 400\n"
    "    total:\n"
    "      budget: \"１，５００\"\n"
    "      previous: 900\n"
    "  - id: \"2\"\n"
    "    title: U\n"
    "    projects:\n"
    "      - project: a\n"
    "        budget: 1000\n"
    "        previous: 900\n"
    "    total: {budget: 1000, previous: 900}\n";

}  // namespace

TEST_CASE("format_amount_like: the old value's notation") {
  CHECK(format_amount_like(210000, "200753") == "210000");
  CHECK(format_amount_like(210000, "200,753") == "210,000");
  CHECK(format_amount_like(1234567, "２００，７５３") == "１，２３４，５６７");
  CHECK(format_amount_like(1234567, "２００７５３") == "１２３４５６７");
  CHECK(format_amount_like(-700, "△500") == "△700");
  CHECK(format_amount_like(-1700, "△4,543") == "△1,700");
  CHECK(format_amount_like(-5, "▲1") == "▲5");
  CHECK(format_amount_like(700, "△500") == "700");  // positive: no sign
  CHECK(format_amount_like(-5, "12") == "-5");
  CHECK(format_amount_like(12345, "null") == "12345");  // not a number: plain digits
  CHECK(format_amount_like(12345, "") == "12345");
  CHECK(format_amount_like(12345, "1,00") == "12345");  // unreadable example: plain
  CHECK(format_amount_like(999, "1,000") == "999");
  CHECK(format_amount_like(INT64_MIN, "-1") == "-9223372036854775808");
}

TEST_CASE("budget-total carries a certain fix; relisting-mismatch only when offered") {
  auto ds = yplan_test::check_all(kPlan);
  CHECK(fixes_of(ds) == yplan_test::Lines{"budget-total section.1.total.budget=1400"});
  // plan.total adds projects once with their own figures (1,500): right.
  auto doc = open(kPlan);
  auto offered = yplan::check_document(doc.source(), doc.tree(), {"relisting-mismatch"});
  CHECK(fixes_of(offered.diagnostics) ==
        yplan_test::Lines{"budget-total section.1.total.budget=1400",
                          "relisting-mismatch section.1.projects.b.budget=500"});
}

TEST_CASE("budget-total: no fix when the sum is not certain") {
  // A listing of an undefined project (a typo?) that states no figure counts
  // 0 (yplan-plan(5): it counts only what it states): the total is compared
  // and found wrong, but not fixed, and the help says why (issue 22, kind 8).
  std::string text =
      "yplan: 1\nplan: {id: t, title: T}\nprojects:\n  - {id: a, name: A, budget: 10}\n"
      "sections:\n  - id: s\n    title: S\n    projects: [a, aa]\n    total: {budget: 11}\n";
  auto ds = yplan_test::check_all(text);
  REQUIRE(yplan_test::only(ds, "budget-total").size() == 1);
  CHECK(yplan_test::only(ds, "budget-total")[0].help.find("undefined project") != std::string::npos);
  CHECK(yplan_test::only(ds, "unknown-project").size() == 1);
  CHECK(fixes_of(ds).empty());
  // The budget sum overflows: the previous total is still compared (its sum is
  // known), but not fixed: a human looks at a total with an unknown part.
  std::string over =
      "yplan: 1\nplan: {id: t, title: T}\nprojects:\n"
      "  - {id: a, name: A, budget: 9223372036854775807, previous: 1}\n"
      "  - {id: b, name: B, budget: 1, previous: 1}\n"
      "sections:\n  - id: s\n    title: S\n    projects: [a, b]\n    total: {budget: 1, previous: 3}\n";
  auto ov = yplan_test::check_all(over);
  CHECK(yplan_test::only(ov, "budget-total").size() == 1);
  CHECK(fixes_of(ov).empty());
  // Two sections with one id: the path would name the first; no fix for the second.
  std::string dup =
      "yplan: 1\nplan: {id: t, title: T}\nprojects:\n  - {id: a, name: A, budget: 10}\n"
      "sections:\n  - {id: s, title: S, projects: [a], total: {budget: 10}}\n"
      "  - {id: s, title: S, projects: [a], total: {budget: 11}}\n";
  CHECK(fixes_of(yplan_test::check_all(dup)).empty());
}

TEST_CASE("fix_text_edits: byte edits in the old notation, for an editor") {
  auto doc = open(kPlan);
  std::vector<yplan::TextEdit> edits;
  std::vector<yplan::EditError> errors;
  REQUIRE(yplan::fix_text_edits(doc, {{"section.1.total.budget", "1400"}, {"plan.total.budget", "1600"}}, edits,
                                errors));
  REQUIRE(edits.size() == 2);
  const std::string& t = doc.source().text;
  CHECK(t.substr(edits[0].begin, edits[0].end - edits[0].begin) == "\"1,500\"");
  CHECK(edits[0].text == "\"1,600\"");
  CHECK(t.substr(edits[1].begin, edits[1].end - edits[1].begin) == "\"１，５００\"");
  CHECK(edits[1].text == "\"１，４００\"");
  // A fix never adds a key.
  CHECK_FALSE(yplan::fix_text_edits(doc, {{"project.b.previous", "1"}}, edits, errors));
}

TEST_CASE("fix_plan: totals get their sums; a second run finds nothing") {
  auto doc = open(kPlan);
  yplan::EditOutcome out;
  std::vector<yplan::EditError> errors;
  REQUIRE(yplan::fix_plan(doc, {}, out, errors));
  REQUIRE(out.changes.size() == 1);
  CHECK(yplan::describe(out.changes[0]) == "section.1.total.budget 1,500 → 1,400 (budget-total)");
  CHECK(out.result.text.find("      budget: \"１，４００\"\n") != std::string::npos);
  CHECK(yplan_test::only(out.after, "budget-total").empty());
  auto again = open(out.result.text);
  yplan::EditOutcome second;
  REQUIRE(yplan::fix_plan(again, {}, second, errors));
  CHECK(second.changes.empty());
  CHECK(second.result.text == out.result.text);
}

TEST_CASE("fix_plan --prefer project: the listing mirrors the project, and its right total follows") {
  auto doc = open(kPlan);
  yplan::EditOutcome out;
  std::vector<yplan::EditError> errors;
  REQUIRE(yplan::fix_plan(doc, {{"relisting-mismatch"}, true, {}}, out, errors));
  std::vector<std::string> lines;
  for (const auto& c : out.changes) lines.push_back(yplan::describe(c));
  // Total 1 was wrong (1,500 against 1,400); with b at 500 the sum is 1,500:
  // it was already wrong before, so it is left as it is (and now right).
  CHECK(lines == yplan_test::Lines{"section.1.projects.b.budget 400 → 500 (relisting-mismatch)"});
  CHECK(yplan_test::only(out.after, "relisting-mismatch").empty());
  CHECK(yplan_test::only(out.after, "budget-total").empty());
}

TEST_CASE("recalculation: mirrors and totals follow; values the edit sets itself do not") {
  auto doc = open(kPlan);
  yplan::EditOutcome out;
  std::vector<yplan::EditError> errors;
  REQUIRE(yplan::edit_plan(doc, {{"project.a.budget", "1100", "#1"}}, true, out, errors));
  std::vector<std::string> lines;
  for (const auto& c : out.changes) lines.push_back(yplan::describe(c));
  CHECK(lines == yplan_test::Lines{
                     "plan.total.budget 1,500 → 1,600 (follows project.a.budget)",
                     "section.2.projects.a.budget 1,000 → 1,100 (follows project.a.budget)",
                     "section.2.total.budget 1,000 → 1,100 (follows project.a.budget)",
                 });
  // Total 1 was wrong before (1,500 against 1,400): left, and named.
  REQUIRE(out.already_wrong.size() == 1);
  CHECK(out.already_wrong[0].path == "section.1.total.budget");
  CHECK(yplan::describe(out.already_wrong[0]) == "the total of 1 was already wrong; `yplan fix` rewrites it");
  CHECK(out.result.text.find("  total: {budget: \"1,600\", previous: 900}\n") != std::string::npos);

  // The edit sets section 2's total itself: it is not derived.
  yplan::EditOutcome own;
  REQUIRE(yplan::edit_plan(doc, {{"project.a.budget", "1100", "#1"}, {"section.2.total.budget", "7", "#2"}}, true,
                           own, errors));
  lines.clear();
  for (const auto& c : own.changes) lines.push_back(c.path);
  CHECK(lines == yplan_test::Lines{"plan.total.budget", "section.2.projects.a.budget"});
  CHECK(own.result.text.find("total: {budget: 7, previous: 900}") != std::string::npos);
}

TEST_CASE("recalculation: a change of several projects names the first and counts the rest") {
  auto doc = open(kPlan);
  yplan::EditOutcome out;
  std::vector<yplan::EditError> errors;
  REQUIRE(yplan::edit_plan(doc, {{"project.a.previous", "1000", "#1"}, {"project.b.previous", "5", "#2"}}, true, out,
                           errors));
  std::vector<std::string> lines;
  for (const auto& c : out.changes) lines.push_back(yplan::describe(c));
  // b's listing states no previous: it counts the project's, so total 1 follows both.
  CHECK(lines == yplan_test::Lines{
                     "plan.total.previous 900 → 1,005 (follows project.a.previous and 1 more)",
                     "section.1.total.previous 900 → 1,005 (follows project.a.previous and 1 more)",
                     "section.2.projects.a.previous 900 → 1,000 (follows project.a.previous)",
                     "section.2.total.previous 900 → 1,000 (follows project.a.previous)",
                 });
}

// The plan after an edit of amounts is the plan before with those amounts
// read again (patched_plan); any other edit has the edited tree loaded. Both
// must read an assigned value alike: the same figures follow either way.
TEST_CASE("recalculation: an assigned amount reads as the loader reads it, however the edited plan is built") {
  auto doc = open(kPlan);
  auto follow = [&](std::vector<yplan::Assignment> edits) {
    yplan::EditOutcome out;
    std::vector<yplan::EditError> errors;
    REQUIRE(yplan::edit_plan(doc, edits, true, out, errors));
    std::vector<std::string> lines;
    for (const auto& c : out.changes) lines.push_back(yplan::describe(c));
    return lines;
  };
  for (const char* value : {"1100", "１，１００", "\"1,100\"", "△100", "null", "abc", "1.5", "99999999999999999999"}) {
    INFO(value);
    auto amounts_only = follow({{"project.a.budget", value, "#1"}});
    auto with_a_name = follow({{"project.a.budget", value, "#1"}, {"project.a.name", "A2", "#2"}});
    CHECK(amounts_only == with_a_name);
  }
  CHECK(follow({{"project.a.budget", "１，１００", "#1"}}) ==
        yplan_test::Lines{
            "plan.total.budget 1,500 → 1,600 (follows project.a.budget)",
            "section.2.projects.a.budget 1,000 → 1,100 (follows project.a.budget)",
            "section.2.total.budget 1,000 → 1,100 (follows project.a.budget)",
        });
  // An unreadable figure: nothing follows (value-format says why).
  CHECK(follow({{"project.a.budget", "abc", "#1"}}).empty());
  // None the year before: the mirror and the totals follow to what is left.
  CHECK(follow({{"project.a.budget", "null", "#1"}}) ==
        yplan_test::Lines{
            "plan.total.budget 1,500 → 500 (follows project.a.budget)",
            "section.2.projects.a.budget 1,000 → null (follows project.a.budget)",
            "section.2.total.budget 1,000 → 0 (follows project.a.budget)",
        });
}
