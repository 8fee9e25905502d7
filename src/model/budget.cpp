#include "yplan/budget.hpp"

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "yplan/values.hpp"

namespace yplan {

Figure& Figure::operator+=(const Figure& o) {
  if (is_unknown() || o.is_unknown()) return *this = unknown();
  if (overflow() || o.overflow()) return *this = overflowed();
  if (!checked_add(value, o.value, value)) *this = overflowed();
  return *this;
}

Figure operator-(const Figure& a, const Figure& b) {
  if (a.is_unknown() || b.is_unknown()) return Figure::unknown();
  if (a.overflow() || b.overflow()) return Figure::overflowed();
  int64_t d = 0;
  if (__builtin_sub_overflow(a.value, b.value, &d)) return Figure::overflowed();
  return Figure(d);
}

Figure figure_of(const AmountField& f) {
  if (f.invalid) return Figure::unknown();
  return Figure(f.value_or(0));
}

Figures listing_figures(const Plan& plan, const Listing& l) {
  Figures f;
  if (l.project_unknown) {
    f.budget = f.previous = Figure::unknown();
    f.certain = false;
    return f;
  }
  int p = plan.find_project(l.project.value);
  const Project* proj = p >= 0 ? &plan.projects[static_cast<size_t>(p)] : nullptr;
  f.certain = proj != nullptr;
  // Its own figure where it states one, or wrote one under a misspelt key (unknown).
  auto own = [&](const AmountField& a) { return a.stated || a.invalid || !proj; };
  const AmountField& budget = own(l.budget) ? l.budget : proj->budget;
  const AmountField& previous = own(l.previous) ? l.previous : proj->previous;
  f.budget = figure_of(budget);
  f.previous = figure_of(previous);
  f.budget_pos = budget.pos;
  f.previous_pos = previous.pos;
  return f;
}

void BudgetSum::add(const Figure& b, const Figure& p, Pos bpos, Pos ppos) {
  const bool had = budget.overflow();
  budget += b;
  if (!had && budget.overflow() && !budget_overflow_pos.known()) budget_overflow_pos = bpos;
  const bool hadp = previous.overflow();
  previous += p;
  if (!hadp && previous.overflow() && !previous_overflow_pos.known()) previous_overflow_pos = ppos;
}

void BudgetSum::add(const Figures& f) {
  certain = certain && f.certain;
  add(f.budget, f.previous, f.budget_pos, f.previous_pos);
}

std::optional<int64_t> BudgetSum::fixable(int field) const {
  if (!certain || !budget.known() || !previous.known()) return std::nullopt;
  return field == 0 ? budget.value : previous.value;
}

namespace {
// Per project in the subtree: its first whole listing, or else its partial ones.
struct Counted {
  const Listing* whole = nullptr;
  std::vector<const Listing*> parts;
  bool unknown = false;  // a listing of it does not say whether it is partial
};

void collect(const Plan& plan, int s, std::vector<std::string_view>& order,
             std::unordered_map<std::string_view, Counted>& seen, bool& unknown_listing) {
  const Section& sec = plan.sections[static_cast<size_t>(s)];
  unknown_listing |= sec.listings_unknown;
  for (const auto& l : sec.listings) {
    if (l.project_unknown) {  // which project: unknown (section_sum makes the sum unknown)
      unknown_listing = true;
      continue;
    }
    auto [it, fresh] = seen.try_emplace(l.project.value);
    if (fresh) order.push_back(l.project.value);
    it->second.unknown |= l.partial_unknown;
    if (l.partial) it->second.parts.push_back(&l);
    else if (!it->second.whole) it->second.whole = &l;
  }
  for (int c : sec.children) collect(plan, c, order, seen, unknown_listing);
}
}  // namespace

BudgetSum section_sum(const Plan& plan, int section) {
  std::vector<std::string_view> order;
  std::unordered_map<std::string_view, Counted> seen;
  bool unknown_listing = false;
  collect(plan, section, order, seen, unknown_listing);
  BudgetSum sum;
  // A listing whose project is unknown: its share is unknown, and so is which
  // listing of a project counts (it may be the first whole one).
  if (unknown_listing) sum.add(Figures{Figure::unknown(), Figure::unknown(), {}, {}, false});
  for (auto id : order) {
    const Counted& c = seen[id];
    if (c.unknown) {
      sum.add(Figures{Figure::unknown(), Figure::unknown(), {}, {}, false});
    } else if (c.whole) {
      sum.add(listing_figures(plan, *c.whole));
    } else {
      for (const Listing* l : c.parts) sum.add(listing_figures(plan, *l));
    }
  }
  return sum;
}

BudgetSum project_sum(const Plan& plan) {
  BudgetSum sum;
  if (plan.projects_unknown) sum.add(Figures{Figure::unknown(), Figure::unknown(), {}, {}, false});
  std::unordered_set<std::string_view> seen;
  for (const auto& p : plan.projects) {
    // No id (schema said so): defined, so it counts, but it may repeat another.
    if (p.id.value.empty()) sum.certain = false;
    else if (!seen.insert(p.id.value).second) continue;
    sum.add(figure_of(p.budget), figure_of(p.previous), p.budget.pos, p.previous.pos);
  }
  return sum;
}

BudgetSum listing_sum(const Plan& plan) {
  BudgetSum sum;
  for (const auto& s : plan.sections) {
    if (s.listings_unknown) sum.add(Figures{Figure::unknown(), Figure::unknown(), {}, {}, false});
    for (const auto& l : s.listings) sum.add(listing_figures(plan, l));
  }
  return sum;
}

}  // namespace yplan
