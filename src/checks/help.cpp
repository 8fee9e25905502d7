// How to fix a finding, one line per check: the fix hints yplan-plan(5)
// gives under CHECKS, printed with each finding (text: an indented `help:`
// line; JSON: "help"). A finding that knows better sets its own help (a YAML
// mistake, an unreadable number); these fill the rest.
#include "yplan/checks.hpp"
#include "yplan/i18n.hpp"

namespace yplan {

std::string check_help(std::string_view check) {
  // One `if` a check, so that each hint is a tr() call xgettext can extract.
  // parse: the YAML layer gives each parse finding its own help, or none.
  if (check == "schema") return tr("fix the key, add the field, or write the value in the expected form");
  if (check == "duplicate-id") return tr("give each its own id");
  if (check == "year-format") return tr("write the year as 2020, R2 or 令和２年度");
  if (check == "value-format") return tr("write the number alone, as printed; put the unit in `unit`");
  if (check == "budget-total")
    return tr("fix the total, or the figure that is wrong; list a project that only partly belongs here with "
              "`partial: true` and its part");
  if (check == "unknown-project") return tr("correct the id, or define the project under `projects:`");
  if (check == "negative-amount")
    return tr("a printed △ figure is usually the change column (増減), not a budget: take the previous "
              "year's column instead");
  if (check == "partial-exceeds") return tr("a part cannot exceed the whole: correct the part, or the project");
  if (check == "relisting-mismatch")
    return tr("add `partial: true` if only part of the project belongs here; otherwise correct the figure, or "
              "list the project by its bare id");
  if (check == "category-previous") return tr("correct the category, or the previous budget");
  if (check == "unlisted-project") return tr("list it under the section it serves, or remove it");
  if (check == "kpi-period") return tr("correct the year, drop the target, or widen the period");
  if (check == "kpi-gap")
    return tr("give the value, or write {value: null, note: …} to say why the target is open");
  if (check == "kpi-direction") return tr("correct the target, or the KPI's `direction`");
  if (check == "kpi-cumulative")
    return tr("a cumulative target counts everything so far: check that a yearly figure was not typed in its "
              "place, or drop `cumulative`");
  if (check == "kpi-baseline") return tr("check the baseline's year and value against the printed plan");
  if (check == "kpi-percent") return tr("correct the value (a digit or a decimal point lost?), or the unit");
  if (check == "kpi-outlier")
    return tr("correct the digit; if the value is right after all, run with `--skip kpi-outlier`");
  if (check == "goal-direction")
    return tr("correct the target, or the goal's `direction` (`direction: decrease` for a goal that should fall)");
  if (check == "plan-follows")
    return tr("name in `follows` the plan of the year before; each plan is followed by the next year's only");
  if (check == "previous-budget")
    return tr("take the previous budget from the plan of the year before (`yplan fix` does, given both plans), or "
              "correct that plan");
  if (check == "target-revised")
    return tr("if the target was revised on purpose, write it as {value: …, note: …} saying why");
  if (check == "kpi-dropped") return tr("keep the KPI with `retired:` saying why, or restore it");
  if (check == "actual-revised")
    return tr("if the figure was revised (a final statistic), write it as {value: …, note: …} saying so");
  return {};
}

void fill_help(std::vector<Diagnostic>& diags) {
  for (auto& d : diags)
    if (d.help.empty()) d.help = check_help(d.check);
}

}  // namespace yplan
