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
  int p = plan.find_project(l.project.value);
  const Project* proj = p >= 0 ? &plan.projects[static_cast<size_t>(p)] : nullptr;
  if (!proj && !l.budget.stated && !l.previous.stated) return f;
  f.known = true;
  const AmountField& budget = l.budget.stated || !proj ? l.budget : proj->budget;
  const AmountField& previous = l.previous.stated || !proj ? l.previous : proj->previous;
  f.budget = figure_of(budget);
  f.previous = figure_of(previous);
  f.budget_pos = budget.pos;
  f.previous_pos = previous.pos;
  return f;
}

void BudgetSum::add(const Figure& b, const Figure& p, Pos bpos, Pos ppos) {
  const bool had = overflow();
  budget += b;
  if (!had && budget.overflow() && !overflow_pos.known()) {
    overflow_pos = bpos;
    overflow_field = "budget";
  }
  const bool hadp = previous.overflow();
  previous += p;
  if (!hadp && previous.overflow() && !overflow_pos.known()) {
    overflow_pos = ppos;
    overflow_field = "previous";
  }
}

void BudgetSum::add(const Figures& f) {
  if (!f.known) return;
  add(f.budget, f.previous, f.budget_pos, f.previous_pos);
}

namespace {
// Per project in the subtree: its first whole listing, or else its partial ones.
struct Counted {
  const Listing* whole = nullptr;
  std::vector<const Listing*> parts;
  bool unknown = false;  // a listing of it does not say whether it is partial
};

void collect(const Plan& plan, int s, std::vector<std::string_view>& order,
             std::unordered_map<std::string_view, Counted>& seen) {
  const Section& sec = plan.sections[static_cast<size_t>(s)];
  for (const auto& l : sec.listings) {
    auto [it, fresh] = seen.try_emplace(l.project.value);
    if (fresh) order.push_back(l.project.value);
    it->second.unknown |= l.partial_unknown;
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
    // A listing of an undefined project that states no figures (unknown-project
    // said so) counts an unknown figure: the total is not compared against a guess.
    auto count = [&](const Listing& l) {
      Figures f = listing_figures(plan, l);
      if (!f.known) sum.add(Figure::unknown(), Figure::unknown());
      else sum.add(f);
    };
    if (c.unknown) {
      sum.add(Figure::unknown(), Figure::unknown());
    } else if (c.whole) {
      count(*c.whole);
    } else {
      for (const Listing* l : c.parts) count(*l);
    }
  }
  return sum;
}

BudgetSum project_sum(const Plan& plan) {
  BudgetSum sum;
  std::unordered_set<std::string_view> seen;
  for (const auto& p : plan.projects)
    if (seen.insert(p.id.value).second)
      sum.add(figure_of(p.budget), figure_of(p.previous), p.budget.pos, p.previous.pos);
  return sum;
}

BudgetSum listing_sum(const Plan& plan) {
  BudgetSum sum;
  for (const auto& s : plan.sections)
    for (const auto& l : s.listings) sum.add(listing_figures(plan, l));
  return sum;
}

}  // namespace yplan
