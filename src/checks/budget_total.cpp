// budget-total: a stated total differs from the sum of the listings under it,
// or plan.total differs from the sum of the projects (each counted once).
//
// A section's total covers the listings in its subtree. A project listed more
// than once in that subtree counts once (with its first listing's figures),
// so a total above several directions counts each project once, as a
// department total does (see section_sum in budget.hpp).
#include "util.hpp"
#include "yplan/budget.hpp"

namespace yplan {

namespace {

void compare(Sink& sink, const Total& total, const BudgetSum& sum, const std::string& path, const char* what) {
  // An unknown sum (a figure missing or unreadable) or one beyond 64 bits:
  // value-format or schema has said so (sum_overflow.cpp); nothing to compare.
  auto one = [&](const AmountField& stated, const Figure& sum_figure, const char* field) {
    if (!stated.stated || stated.invalid || !sum_figure.known()) return;
    const int64_t computed = sum_figure.value;
    int64_t s = stated.value_or(0);  // a stated null means none: zero
    if (s == computed) return;
    sink.error("budget-total", stated.pos, path + "." + field,
               fmt::format("stated total {} {} differs from the sum of {}, {} (difference {})", field,
                           stated.has() ? amount(s) : std::string("none"), what, amount(computed),
                           difference(s, computed)));
  };
  one(total.budget, sum.budget, "budget");
  one(total.previous, sum.previous, "previous");
}

}  // namespace

void check_budget_total(const Plan& plan, Sink& sink) {
  for (size_t i = 0; i < plan.sections.size(); ++i) {
    const Section& s = plan.sections[i];
    if (s.total) compare(sink, *s.total, section_sum(plan, static_cast<int>(i)), path_of(s) + ".total", "the listings");
  }
  if (plan.meta.total) compare(sink, *plan.meta.total, project_sum(plan), "plan.total", "the projects (each counted once)");
}

}  // namespace yplan
