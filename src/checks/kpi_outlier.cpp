// kpi-outlier: a target over ten times, or (unless the KPI decreases) under a
// tenth of, the median of the KPI's other set targets, in magnitude — the
// trace of a digit typed twice or dropped. Needs three or more set targets and
// a non-zero median.
#include <algorithm>
#include <cmath>

#include "util.hpp"

namespace yplan {

void check_kpi_outlier(const Plan& plan, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    if (ind.kind != IndicatorKind::kpi) continue;
    auto targets = set_targets(ind);
    if (targets.size() < 3) continue;
    for (const Point* t : targets) {
      std::vector<double> others;
      for (const Point* o : targets)
        if (o != t) others.push_back(o->value->value);
      std::sort(others.begin(), others.end());
      size_t n = others.size();
      double median = n % 2 ? others[n / 2] : (others[n / 2 - 1] + others[n / 2]) / 2;
      double m = std::fabs(median), v = std::fabs(t->value->value);
      if (m == 0) continue;
      const char* msgid = nullptr;
      if (v > 10 * m)
        msgid = tr_noop("target {} {} of KPI `{}` is over ten times the median {} of its other targets; "
                        "a digit typed twice or dropped?");
      else if (ind.direction != Direction::decrease && v < m / 10)
        msgid = tr_noop("target {} {} of KPI `{}` is under a tenth of the median {} of its other targets; "
                        "a digit typed twice or dropped?");
      if (msgid)
        sink.warning("kpi-outlier", t->value->pos, target_path(ind, *t),
                     trf(msgid, year_text(*t), num(t->value->value), ind.id.value, num(median)));
    }
  }
}

}  // namespace yplan
