// value-format (sums): a sum yplan computes — a section's listings, the
// department total (each project once), every listing, a category's projects —
// exceeds 64 bits. Reported at the amount whose addition overflowed, once
// however many sums it takes past the limit (one cause, one finding), and once
// for each field: a budget sum and a previous sum that both overflow are two
// causes, each at its own amount; report
// and diff show such a sum as "overflow", never as a number (yplan-plan(5)).
// The loader reports single amounts beyond 64 bits itself.
#include <unordered_set>

#include "util.hpp"
#include "yplan/i18n.hpp"

namespace yplan {

namespace {
// The contract path of the amount at `pos` (a project's or a listing's own figure).
std::string path_at(const Plan& plan, Pos pos) {
  for (const auto& p : plan.projects) {
    if (p.budget.pos == pos) return path_of(p) + ".budget";
    if (p.previous.pos == pos) return path_of(p) + ".previous";
  }
  for (const auto& s : plan.sections)
    for (const auto& l : s.listings) {
      if (l.budget.stated && l.budget.pos == pos) return path_of(s, l) + ".budget";
      if (l.previous.stated && l.previous.pos == pos) return path_of(s, l) + ".previous";
    }
  return "";
}
}  // namespace

void check_sum_overflow(const Plan& plan, Sink& sink) {
  std::unordered_set<uint32_t> reported;  // offsets of the addends already named
  auto report = [&](const BudgetSum& sum, const std::string& what) {
    if (sum.budget.overflow() && sum.budget_overflow_pos.known() &&
        reported.insert(sum.budget_overflow_pos.offset).second)
      sink.error("value-format", sum.budget_overflow_pos, path_at(plan, sum.budget_overflow_pos),
                 trf("adding this budget makes {} exceed 64 bits; the sum is shown as overflow", what));
    if (sum.previous.overflow() && sum.previous_overflow_pos.known() &&
        reported.insert(sum.previous_overflow_pos.offset).second)
      sink.error("value-format", sum.previous_overflow_pos, path_at(plan, sum.previous_overflow_pos),
                 trf("adding this previous budget makes {} exceed 64 bits; the sum is shown as overflow", what));
  };
  for (size_t i = 0; i < plan.sections.size(); ++i)
    report(section_sum(plan, static_cast<int>(i)),
           trf("the sum of the listings under section {}", plan.sections[i].id.value));
  report(project_sum(plan), tr("the department total (each project once)"));
  report(listing_sum(plan), tr("the sum of every listing"));
  for (Category c : {Category::new_, Category::revised, Category::continuing, Category::none}) {
    // Each project once, as the report's categories count them: a repeated id is the first one's.
    BudgetSum sum;
    for (size_t i = 0; i < plan.projects.size(); ++i) {
      const Project& p = plan.projects[i];
      if (p.category == c && (p.id.value.empty() || plan.find_project(p.id.value) == static_cast<int>(i)))
        sum.add(figure_of(p.budget), figure_of(p.previous), p.budget.pos, p.previous.pos);
    }
    report(sum, trf("the sum of the `{}` projects", c == Category::none ? "unspecified" : category_name(c)));
  }
}

}  // namespace yplan
