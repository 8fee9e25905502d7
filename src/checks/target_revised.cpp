// target-revised (cross-year): a KPI's target for a year, or a goal's final
// target, differs from the one the followed plan set, and the new target has
// no note saying why. Targets that are open or unreadable in either plan are
// not compared; values compare exactly as written (4.70 equals 4.7).
#include "util.hpp"

namespace yplan {

void check_target_revised(const Plan& plan, const Plan& before, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    const int j = before.find_indicator(ind.id.value);
    if (ind.id.value.empty() || j < 0 || before.indicators[j].kind != ind.kind) continue;
    const Indicator& old = before.indicators[j];
    auto compare_one = [&](const Point& t, const Point* o) {
      if (!t.value || !o || !o->value || !t.note.empty()) return;
      if (compare(t.value->exact, o->value->exact) == 0) return;
      sink.warning("target-revised", t.value->pos, target_path(ind, t),
                   trf("target {} of {} `{}` is {} here but was {} in plan `{}`, with no note saying why",
                       year_text(t), kind_word(ind), ind.label(), num(t.value->value), num(o->value->value),
                       before.meta.id.value));
    };
    if (ind.kind == IndicatorKind::kpi) {
      for (const auto& t : ind.targets) compare_one(t, same_year(old.targets, t));
    } else if (ind.target && old.target) {
      // A goal's one final target: compared when both name the same year (or neither names one).
      const bool same = ind.target->year && old.target->year ? ind.target->year->year == old.target->year->year
                                                             : !ind.target->year && !old.target->year;
      if (same) compare_one(*ind.target, &*old.target);
    }
  }
}

}  // namespace yplan
