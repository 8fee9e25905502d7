// kpi-outlier: a target over ten times, or (unless the KPI decreases) under a
// tenth of, the median of the KPI's other set targets, in magnitude — the
// trace of a digit typed twice or dropped. Needs three or more set targets and
// a non-zero median. Magnitudes throughout (plan-format, kpi-outlier): a KPI
// whose targets cross zero (△) compares sizes, not signs. The comparison is
// exact on the decimals as written (4.7 against 0.47 is 470 against 47).
#include <algorithm>

#include "util.hpp"

namespace yplan {

void check_kpi_outlier(const Plan& plan, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    if (ind.kind != IndicatorKind::kpi) continue;
    auto targets = set_targets(ind);
    if (targets.size() < 3) continue;
    for (const Point* t : targets) {
      std::vector<Decimal> others;
      for (const Point* o : targets)
        if (o != t) others.push_back(o->value->exact.abs());
      std::sort(others.begin(), others.end(), [](const Decimal& a, const Decimal& b) { return compare(a, b) < 0; });
      size_t n = others.size();
      // The median as a sum over `halves`: one value (halves 1), or two (halves 2).
      const Decimal median2 = n % 2 ? others[n / 2] : add(others[n / 2 - 1], others[n / 2]);
      const int halves = n % 2 ? 1 : 2;
      const Decimal v = t->value->exact.abs();
      if (compare(median2, Decimal::of(0)) == 0) continue;
      const char* msgid = nullptr;
      if (compare_scaled(v, halves, median2, 10) > 0)  // v > 10·median
        msgid = tr_noop("target {} {} of KPI `{}` is over ten times the median {} of its other targets; "
                        "a digit typed twice or dropped?");
      else if (ind.direction_known && ind.direction != Direction::decrease &&
               compare_scaled(v, 10 * halves, median2, 1) < 0)  // v < median / 10
        msgid = tr_noop("target {} {} of KPI `{}` is under a tenth of the median {} of its other targets; "
                        "a digit typed twice or dropped?");
      if (msgid)
        sink.warning("kpi-outlier", t->value->pos, target_path(ind, *t),
                     trf(msgid, year_text(*t), num(t->value->value), ind.label(), num(median2.approx / halves)));
    }
  }
}

}  // namespace yplan
