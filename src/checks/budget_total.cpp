// budget-total: a stated total differs from the sum of the listings under it,
// or plan.total differs from the sum of the projects (each counted once).
//
// A section's total covers the listings in its subtree. A project listed more
// than once in that subtree counts once (with its first listing's figures),
// so a total above several directions counts each project once, as a
// department total does.
#include <unordered_set>

#include "util.hpp"

namespace yplan {

namespace {

struct Sum {
  int64_t budget = 0;
  int64_t previous = 0;
  bool overflow = false;

  void add(int64_t b, int64_t p) {
    overflow |= !checked_add(budget, b, budget);
    overflow |= !checked_add(previous, p, previous);
  }
};

void collect(const Plan& plan, int s, std::unordered_set<std::string_view>& seen, Sum& sum) {
  const Section& sec = plan.sections[static_cast<size_t>(s)];
  for (const auto& l : sec.listings) {
    if (!seen.insert(l.project.value).second) continue;
    Figures f = listing_figures(plan, l);
    if (f.known) sum.add(f.budget, f.previous);
  }
  for (int c : sec.children) collect(plan, c, seen, sum);
}

void compare(Sink& sink, const Total& total, const Sum& sum, const std::string& path, const char* what) {
  if (sum.overflow) {
    sink.error("value-format", total.pos, path, fmt::format("the sum of {} exceeds 64 bits", what));
    return;
  }
  auto one = [&](const AmountField& stated, int64_t computed, const char* field) {
    if (!stated.stated) return;
    int64_t s = stated.value_or(0);
    if (s == computed) return;
    sink.error("budget-total", stated.pos, path + "." + field,
               fmt::format("stated total {} {} differs from the sum of {}, {} (difference {})", field,
                           amount(s), what, amount(computed), difference(s, computed)));
  };
  one(total.budget, sum.budget, "budget");
  one(total.previous, sum.previous, "previous");
}

}  // namespace

void check_budget_total(const Plan& plan, Sink& sink) {
  for (size_t i = 0; i < plan.sections.size(); ++i) {
    const Section& s = plan.sections[i];
    if (!s.total) continue;
    std::unordered_set<std::string_view> seen;
    Sum sum;
    collect(plan, static_cast<int>(i), seen, sum);
    compare(sink, *s.total, sum, path_of(s) + ".total", "the listings");
  }
  if (plan.meta.total) {
    Sum sum;
    std::unordered_set<std::string_view> seen;
    for (const auto& p : plan.projects)
      if (seen.insert(p.id.value).second) sum.add(p.budget.value_or(0), p.previous.value_or(0));
    compare(sink, *plan.meta.total, sum, "plan.total", "the projects (each counted once)");
  }
}

}  // namespace yplan
