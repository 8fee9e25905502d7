// kpi-dropped (cross-year): a KPI or goal of the followed plan is missing from
// this plan, and was not already retired there. The way to drop one on
// purpose is to keep it with `retired:` saying why (yplan-plan(5)); the
// finding sits at plan.follows, since the KPI has no place in this file.
#include "util.hpp"

namespace yplan {

void check_kpi_dropped(const Plan& plan, const Plan& before, Sink& sink) {
  if (!plan.meta.follows) return;
  for (const auto& old : before.indicators) {
    if (old.id.value.empty() || old.retired) continue;
    const int i = plan.find_indicator(old.id.value);
    if (i >= 0 && plan.indicators[i].kind == old.kind) continue;
    sink.warning("kpi-dropped", plan.meta.follows->pos, "plan.follows",
                 trf("{} `{}` of plan `{}` is missing here; if it was dropped on purpose, keep it with `retired:` "
                     "saying why",
                     kind_word(old), old.id.value, before.meta.id.value));
  }
}

}  // namespace yplan
