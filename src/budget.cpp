#include "yplan/budget.hpp"

#include <string_view>
#include <unordered_set>

#include "yplan/values.hpp"

namespace yplan {

Figures listing_figures(const Plan& plan, const Listing& l) {
  Figures f;
  int p = plan.find_project(l.project.value);
  const Project* proj = p >= 0 ? &plan.projects[static_cast<size_t>(p)] : nullptr;
  if (!proj && !l.budget.stated && !l.previous.stated) return f;
  f.known = true;
  f.budget = l.budget.stated ? l.budget.value_or(0) : (proj ? proj->budget.value_or(0) : 0);
  f.previous = l.previous.stated ? l.previous.value_or(0) : (proj ? proj->previous.value_or(0) : 0);
  return f;
}

void BudgetSum::add(int64_t b, int64_t p) {
  overflow |= !checked_add(budget, b, budget);
  overflow |= !checked_add(previous, p, previous);
}

namespace {
void collect(const Plan& plan, int s, std::unordered_set<std::string_view>& seen, BudgetSum& sum) {
  const Section& sec = plan.sections[static_cast<size_t>(s)];
  for (const auto& l : sec.listings) {
    if (!seen.insert(l.project.value).second) continue;
    Figures f = listing_figures(plan, l);
    if (f.known) sum.add(f.budget, f.previous);
  }
  for (int c : sec.children) collect(plan, c, seen, sum);
}
}  // namespace

BudgetSum section_sum(const Plan& plan, int section) {
  BudgetSum sum;
  std::unordered_set<std::string_view> seen;
  collect(plan, section, seen, sum);
  return sum;
}

BudgetSum project_sum(const Plan& plan) {
  BudgetSum sum;
  std::unordered_set<std::string_view> seen;
  for (const auto& p : plan.projects)
    if (seen.insert(p.id.value).second) sum.add(p.budget.value_or(0), p.previous.value_or(0));
  return sum;
}

BudgetSum listing_sum(const Plan& plan) {
  BudgetSum sum;
  for (const auto& s : plan.sections)
    for (const auto& l : s.listings) {
      Figures f = listing_figures(plan, l);
      if (f.known) sum.add(f.budget, f.previous);
    }
  return sum;
}

}  // namespace yplan
