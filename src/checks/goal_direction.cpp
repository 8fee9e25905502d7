// goal-direction: a goal's target is on the wrong side of its baseline: below
// it for an increase goal, above it for a decrease goal. (A maintain goal has
// no wrong side.)
#include "util.hpp"

namespace yplan {

void check_goal_direction(const Plan& plan, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    if (ind.kind != IndicatorKind::goal || !ind.target || !ind.target->value) continue;
    if (!ind.has_baseline || !ind.baseline.value || !ind.direction_known) continue;
    double b = ind.baseline.value->value, t = ind.target->value->value;
    const int c = compare(ind.target->value->exact, ind.baseline.value->exact);  // exact, as written
    if ((ind.direction == Direction::increase && c < 0) || (ind.direction == Direction::decrease && c > 0))
      sink.error("goal-direction", ind.target->value->pos, path_of(ind) + ".target.value",
                 c < 0 ? trf("target {} of goal `{}` is below its baseline {}, but the goal should increase", num(t),
                             ind.label(), num(b))
                       : trf("target {} of goal `{}` is above its baseline {}, but the goal should decrease", num(t),
                             ind.label(), num(b)));
  }
}

}  // namespace yplan
