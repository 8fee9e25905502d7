// kpi-direction: an increase KPI's target falls, or a decrease KPI's rises,
// against the previous set target (error); a maintain KPI changes (warning).
#include "util.hpp"

namespace yplan {

void check_kpi_direction(const Plan& plan, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    if (ind.kind != IndicatorKind::kpi || !ind.direction_known) continue;
    const Point* prev = nullptr;
    for (const Point* t : set_targets(ind)) {
      if (prev) {
        double a = prev->value->value, b = t->value->value;
        const int c = compare(t->value->exact, prev->value->exact);  // exact, as written
        const std::string ty = year_text(*t), py = year_text(*prev), id = ind.label();
        if (ind.direction == Direction::increase && c < 0)
          sink.error("kpi-direction", t->value->pos, target_path(ind, *t),
                     trf("target {} {} falls below {}'s {} but KPI `{}` should increase", ty, num(b), py, num(a), id));
        else if (ind.direction == Direction::decrease && c > 0)
          sink.error("kpi-direction", t->value->pos, target_path(ind, *t),
                     trf("target {} {} rises above {}'s {} but KPI `{}` should decrease", ty, num(b), py, num(a), id));
        else if (ind.direction == Direction::maintain && c != 0)
          sink.warning("kpi-direction", t->value->pos, target_path(ind, *t),
                       c < 0 ? trf("target {} {} falls below {}'s {} but KPI `{}` should be maintained", ty, num(b),
                                   py, num(a), id)
                             : trf("target {} {} rises above {}'s {} but KPI `{}` should be maintained", ty, num(b),
                                   py, num(a), id));
      }
      prev = t;
    }
  }
}

}  // namespace yplan
