// kpi-cumulative: a cumulative KPI (累計) never falls: not from one set target
// to the next, and its first target not below its baseline.
#include "util.hpp"

namespace yplan {

void check_kpi_cumulative(const Plan& plan, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    if (ind.kind != IndicatorKind::kpi || !ind.cumulative) continue;
    auto targets = set_targets(ind);
    if (targets.empty()) continue;
    const Point* first = targets.front();
    if (ind.has_baseline && ind.baseline.value && compare(first->value->exact, ind.baseline.value->exact) < 0)
      sink.error("kpi-cumulative", first->value->pos, target_path(ind, *first),
                 trf("cumulative KPI `{}` starts at {} ({}), below its baseline {}", ind.label(),
                             num(first->value->value), year_text(*first), num(ind.baseline.value->value)));
    for (size_t i = 1; i < targets.size(); ++i) {
      const Point& a = *targets[i - 1];
      const Point& b = *targets[i];
      if (compare(b.value->exact, a.value->exact) < 0)
        sink.error("kpi-cumulative", b.value->pos, target_path(ind, b),
                   trf("cumulative KPI `{}` falls from {} ({}) to {} ({}); a cumulative count never falls",
                               ind.label(), num(a.value->value), year_text(a), num(b.value->value), year_text(b)));
    }
  }
}

}  // namespace yplan
