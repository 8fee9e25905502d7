// goal-direction: a goal's target is on the wrong side of its baseline: below
// it for an increase goal, above it for a decrease goal. (A maintain goal has
// no wrong side.)
#include "util.hpp"

namespace yplan {

void check_goal_direction(const Plan& plan, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    if (ind.kind != IndicatorKind::goal || !ind.target || !ind.target->value) continue;
    if (!ind.has_baseline || !ind.baseline.value) continue;
    double b = ind.baseline.value->value, t = ind.target->value->value;
    if ((ind.direction == Direction::increase && t < b) || (ind.direction == Direction::decrease && t > b))
      sink.error("goal-direction", ind.target->value->pos, path_of(ind) + ".target.value",
                 t < b ? trf("target {} of goal `{}` is below its baseline {}, but the goal should increase", num(t),
                             ind.id.value, num(b))
                       : trf("target {} of goal `{}` is above its baseline {}, but the goal should decrease", num(t),
                             ind.id.value, num(b)));
  }
}

}  // namespace yplan
