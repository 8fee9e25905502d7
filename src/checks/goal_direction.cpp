// goal-direction: a goal's target is on the wrong side of its baseline
// (a maintain goal whose target differs is a warning).
#include "util.hpp"

namespace yplan {

void check_goal_direction(const Plan& plan, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    if (ind.kind != IndicatorKind::goal || !ind.target || !ind.target->value) continue;
    if (!ind.has_baseline || !ind.baseline.value) continue;
    double b = ind.baseline.value->value, t = ind.target->value->value;
    std::string msg = fmt::format("target {} of goal `{}` is {} its baseline {}, but the goal should {}", num(t),
                                  ind.id.value, t < b ? "below" : "above", num(b), direction_name(ind.direction));
    std::string path = path_of(ind) + ".target.value";
    if ((ind.direction == Direction::increase && t < b) || (ind.direction == Direction::decrease && t > b))
      sink.error("goal-direction", ind.target->value->pos, path, msg);
    else if (ind.direction == Direction::maintain && t != b)
      sink.warning("goal-direction", ind.target->value->pos, path, msg);
  }
}

}  // namespace yplan
