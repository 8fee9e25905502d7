#include "yplan/budget.hpp"

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "yplan/values.hpp"

namespace yplan {

Figures listing_figures(const Plan& plan, const Listing& l) {
  Figures f;
  int p = plan.find_project(l.project.value);
  const Project* proj = p >= 0 ? &plan.projects[static_cast<size_t>(p)] : nullptr;
  if (!proj && !l.budget.stated && !l.previous.stated) return f;
  f.known = true;
  const AmountField& budget = l.budget.stated || !proj ? l.budget : proj->budget;
  const AmountField& previous = l.previous.stated || !proj ? l.previous : proj->previous;
  f.budget = budget.value_or(0);
  f.previous = previous.value_or(0);
  f.invalid = budget.invalid || previous.invalid;
  return f;
}

void BudgetSum::add(int64_t b, int64_t p) {
  overflow |= !checked_add(budget, b, budget);
  overflow |= !checked_add(previous, p, previous);
}

void BudgetSum::add(const Figures& f) {
  if (!f.known) {
    unknown = true;
    return;
  }
  invalid |= f.invalid;
  add(f.budget, f.previous);
}

namespace {
// Per project in the subtree: its first whole listing, or else its partial ones.
struct Counted {
  const Listing* whole = nullptr;
  std::vector<const Listing*> parts;
};

void collect(const Plan& plan, int s, std::vector<std::string_view>& order,
             std::unordered_map<std::string_view, Counted>& seen) {
  const Section& sec = plan.sections[static_cast<size_t>(s)];
  for (const auto& l : sec.listings) {
    auto [it, fresh] = seen.try_emplace(l.project.value);
    if (fresh) order.push_back(l.project.value);
    if (l.partial) it->second.parts.push_back(&l);
    else if (!it->second.whole) it->second.whole = &l;
  }
  for (int c : sec.children) collect(plan, c, order, seen);
}
}  // namespace

BudgetSum section_sum(const Plan& plan, int section) {
  std::vector<std::string_view> order;
  std::unordered_map<std::string_view, Counted> seen;
  collect(plan, section, order, seen);
  BudgetSum sum;
  for (auto id : order) {
    const Counted& c = seen[id];
    if (c.whole) {
      sum.add(listing_figures(plan, *c.whole));
    } else {
      for (const Listing* l : c.parts) sum.add(listing_figures(plan, *l));
    }
  }
  return sum;
}

BudgetSum project_sum(const Plan& plan) {
  BudgetSum sum;
  std::unordered_set<std::string_view> seen;
  for (const auto& p : plan.projects)
    if (seen.insert(p.id.value).second) {
      sum.invalid |= p.budget.invalid || p.previous.invalid;
      sum.add(p.budget.value_or(0), p.previous.value_or(0));
    }
  return sum;
}

BudgetSum listing_sum(const Plan& plan) {
  BudgetSum sum;
  for (const auto& s : plan.sections)
    for (const auto& l : s.listings) sum.add(listing_figures(plan, l));
  return sum;
}

}  // namespace yplan
