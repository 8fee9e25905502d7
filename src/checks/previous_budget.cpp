// previous-budget (cross-year): a project's `previous` differs from its
// `budget` in the plan this plan follows (plan.follows, when that plan is in
// the set). A project the followed plan does not have (new this year, or
// renamed) is not compared, nor is a figure that cannot be read.
//
// Fix (certain): `previous` gets the followed plan's budget, when `previous`
// is written (a number or null: a fix never adds a key).
#include "util.hpp"

namespace yplan {

void check_previous_budget(const Plan& plan, const Plan& before, Sink& sink) {
  for (const auto& p : plan.projects) {
    if (p.previous.invalid) continue;
    const int q = before.find_project(p.id.value);
    if (q < 0) continue;
    const AmountField& budget = before.projects[q].budget;
    if (budget.invalid || !budget.has()) continue;  // no figure the year before to compare with
    const int64_t was = budget.amount->value;
    const std::string path = path_of(p) + ".previous";
    if (p.previous.has()) {
      const int64_t says = p.previous.amount->value;
      if (says == was) continue;
      sink.error("previous-budget", p.previous.pos, path,
                 trf("project `{}` states a previous budget of {}, but plan `{}` budgets it at {} (difference {})",
                     p.id.value, amount(says), before.meta.id.value, amount(was), difference(says, was)));
    } else {
      if (was == 0) continue;  // none, as a previous of 0 is none
      sink.error("previous-budget", p.previous.stated ? p.previous.pos : p.pos, path,
                 trf("project `{}` states no previous budget, but plan `{}` budgets it at {}", p.id.value,
                     before.meta.id.value, amount(was)));
    }
    if (p.previous.stated) sink.diagnostics().back().fixes.push_back({path, std::to_string(was)});
  }
}

}  // namespace yplan
