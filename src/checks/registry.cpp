// The table of checks. Adding a check: write src/checks/NAME.cpp with one
// function, declare it here, and add its row to the table.
#include <algorithm>

#include "yplan/checks.hpp"
#include "yplan/i18n.hpp"

namespace yplan {

void check_duplicate_id(const Plan&, Sink&);
void check_budget_total(const Plan&, Sink&);
void check_unknown_project(const Plan&, Sink&);
void check_negative_amount(const Plan&, Sink&);
void check_partial_exceeds(const Plan&, Sink&);
void check_relisting_mismatch(const Plan&, Sink&);
void check_category_previous(const Plan&, Sink&);
void check_unlisted_project(const Plan&, Sink&);
void check_kpi_period(const Plan&, Sink&);
void check_kpi_gap(const Plan&, Sink&);
void check_kpi_direction(const Plan&, Sink&);
void check_kpi_cumulative(const Plan&, Sink&);
void check_kpi_baseline(const Plan&, Sink&);
void check_kpi_percent(const Plan&, Sink&);
void check_kpi_outlier(const Plan&, Sink&);
void check_goal_direction(const Plan&, Sink&);
void check_sum_overflow(const Plan&, Sink&);
void check_previous_budget(const Plan&, const Plan&, Sink&);
void check_target_revised(const Plan&, const Plan&, Sink&);
void check_kpi_dropped(const Plan&, const Plan&, Sink&);
void check_actual_revised(const Plan&, const Plan&, Sink&);

namespace {
constexpr CheckInfo kChecks[] = {
    {"parse", "error", tr_noop("the YAML does not parse"), nullptr},
    {"schema", "error",
     tr_noop("unknown key (with the nearest known one), missing required field, wrong type, bad enum, "
             "duplicate key"),
     nullptr},
    {"duplicate-id", "error", tr_noop("an id repeats within its kind (kpis and goals share one)"),
     check_duplicate_id},
    {"year-format", "error", tr_noop("a year is not in an accepted notation"), nullptr},
    {"value-format", "error", tr_noop("a number cannot be read, or an amount or sum exceeds 64 bits"),
     check_sum_overflow},
    {"budget-total", "error",
     tr_noop("a stated total differs from the sum of the listings under it; plan.total against the "
             "unique projects"),
     check_budget_total, FixKind::certain},
    {"unknown-project", "error", tr_noop("a listing names a project that is not defined"),
     check_unknown_project},
    {"negative-amount", "error", tr_noop("a budget or previous is below zero"), check_negative_amount},
    {"partial-exceeds", "error", tr_noop("a partial listing states more than the project's budget"),
     check_partial_exceeds},
    {"relisting-mismatch", "warning",
     tr_noop("a listing states figures that differ from the project's and is not partial"),
     check_relisting_mismatch, FixKind::on_request},
    {"category-previous", "error / warning",
     tr_noop("`new` with a previous budget (error); another category and no previous (warning)"),
     check_category_previous},
    {"unlisted-project", "warning", tr_noop("a project no section lists"), check_unlisted_project},
    {"kpi-period", "error", tr_noop("a target year lies outside plan.period"), check_kpi_period},
    {"kpi-gap", "warning", tr_noop("a year inside the period has no target and no note (drafts excepted)"),
     check_kpi_gap},
    {"kpi-direction", "error / warning",
     tr_noop("an increase KPI's target falls or a decrease KPI's rises (error); a maintain KPI changes "
             "(warning)"),
     check_kpi_direction},
    {"kpi-cumulative", "error", tr_noop("a cumulative KPI falls, or starts below its baseline"),
     check_kpi_cumulative},
    {"kpi-baseline", "warning",
     tr_noop("the baseline year is not before the period; the first target is on the wrong side of the "
             "baseline"),
     check_kpi_baseline},
    // xgettext:no-c-format
    {"kpi-percent", "error", tr_noop("unit % and a value outside 0–100"), check_kpi_percent},
    {"kpi-outlier", "warning",
     tr_noop("a target over ten times, or under a tenth of, the median of the KPI's other targets"),
     check_kpi_outlier},
    {"goal-direction", "error", tr_noop("a goal's target is on the wrong side of its baseline"),
     check_goal_direction},
    // Across years: a plan and the plan it follows, in the set of plans given (yplan/planset.hpp).
    {"plan-follows", "error",
     tr_noop("plans follow each other in a cycle, two plans follow one, or a plan follows a later year"),
     nullptr},
    {"previous-budget", "error",
     tr_noop("a project's previous differs from its budget in the plan this one follows"), nullptr,
     FixKind::certain, check_previous_budget},
    {"target-revised", "warning",
     tr_noop("a target differs from the one the followed plan set, with no note saying why"), nullptr,
     FixKind::none, check_target_revised},
    {"kpi-dropped", "warning",
     tr_noop("a KPI or goal of the followed plan is missing, and not marked `retired`"), nullptr, FixKind::none,
     check_kpi_dropped},
    {"actual-revised", "warning",
     tr_noop("an actual differs from the one the followed plan reported, with no note saying why"), nullptr,
     FixKind::none, check_actual_revised},
};
}  // namespace

std::span<const CheckInfo> all_checks() { return kChecks; }

const CheckInfo* find_check(std::string_view name) {
  for (const auto& c : kChecks)
    if (c.name == name) return &c;
  return nullptr;
}

void run_checks(const Plan& plan, Sink& sink) {
  for (const auto& c : kChecks)
    if (c.run) c.run(plan, sink);
}

void run_pair_checks(const Plan& plan, const Plan& before, Sink& sink) {
  for (const auto& c : kChecks)
    if (c.pair) c.pair(plan, before, sink);
}

}  // namespace yplan
