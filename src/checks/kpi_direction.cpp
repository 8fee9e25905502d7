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
        std::string where = fmt::format("target {} {} {} {}'s {}", year_text(*t), num(b),
                                        c < 0 ? "falls below" : "rises above", year_text(*prev), num(a));
        if (ind.direction == Direction::increase && c < 0)
          sink.error("kpi-direction", t->value->pos, target_path(ind, *t),
                     fmt::format("{} but KPI `{}` should increase", where, ind.label()));
        else if (ind.direction == Direction::decrease && c > 0)
          sink.error("kpi-direction", t->value->pos, target_path(ind, *t),
                     fmt::format("{} but KPI `{}` should decrease", where, ind.label()));
        else if (ind.direction == Direction::maintain && c != 0)
          sink.warning("kpi-direction", t->value->pos, target_path(ind, *t),
                       fmt::format("{} but KPI `{}` should be maintained", where, ind.label()));
      }
      prev = t;
    }
  }
}

}  // namespace yplan
