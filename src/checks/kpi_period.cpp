// kpi-period: a target year lies outside plan.period.
#include "util.hpp"

namespace yplan {

void check_kpi_period(const Plan& plan, Sink& sink) {
  if (!plan.has_period()) return;
  const int first = plan.meta.period_start->year, last = plan.meta.period_end->year;
  auto check = [&](const Indicator& ind, const Point& t, const std::string& path) {
    if (!t.year || (t.year->year >= first && t.year->year <= last)) return;
    sink.error("kpi-period", t.year->pos, path,
               trf("target year {} ({}) of {} `{}` lies outside the plan period {}", t.year->written, t.year->year,
                   kind_word(ind), ind.label(), period_text(plan)));
  };
  for (const auto& ind : plan.indicators) {
    for (const auto& t : ind.targets) check(ind, t, target_path(ind, t));
    if (ind.target) check(ind, *ind.target, path_of(ind) + ".target.year");
  }
}

}  // namespace yplan
