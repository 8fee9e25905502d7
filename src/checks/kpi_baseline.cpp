// kpi-baseline: the baseline year is not before the period; the first target
// is on the wrong side of the baseline.
#include "util.hpp"

namespace yplan {

void check_kpi_baseline(const Plan& plan, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    if (ind.kind != IndicatorKind::kpi || !ind.has_baseline) continue;
    const Point& base = ind.baseline;
    if (base.year && plan.has_period() && base.year->year >= plan.meta.period_start->year)
      sink.warning("kpi-baseline", base.year->pos, path_of(ind) + ".baseline.year",
                   trf("baseline year {} of KPI `{}` is not before the period {}", base.year->written,
                               ind.label(), period_text(plan)));
    auto targets = set_targets(ind);
    if (!base.value || targets.empty() || !ind.direction_known) continue;
    const Point& first = *targets.front();
    double b = base.value->value, t = first.value->value;
    const int c = compare(first.value->exact, base.value->exact);  // exact, as written
    bool wrong = (ind.direction == Direction::increase && c < 0) || (ind.direction == Direction::decrease && c > 0);
    if (wrong)
      sink.warning("kpi-baseline", first.value->pos, target_path(ind, first),
                   c < 0 ? trf("first target {} ({}) of KPI `{}` is below its baseline {}, but the KPI should increase",
                               num(t), year_text(first), ind.label(), num(b))
                         : trf("first target {} ({}) of KPI `{}` is above its baseline {}, but the KPI should decrease",
                               num(t), year_text(first), ind.label(), num(b)));
  }
}

}  // namespace yplan
