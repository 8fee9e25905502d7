// kpi-percent: unit % (or full-width ％) and a value outside 0–100.
#include "util.hpp"

namespace yplan {

void check_kpi_percent(const Plan& plan, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    if (nfkc(ind.unit) != "%") continue;
    auto check = [&](const Point& p, const std::string& path, const char* what) {
      if (!p.value) return;
      static const Decimal zero = Decimal::of(0), hundred = Decimal::of(100);
      if (compare(p.value->exact, zero) >= 0 && compare(p.value->exact, hundred) <= 0) return;
      sink.error("kpi-percent", p.value->pos, path,
                 trf("{} {} of {} `{}` is outside 0–100 %", tr(what), num(p.value->value), kind_word(ind),
                     ind.label()));
    };
    if (ind.has_baseline) check(ind.baseline, path_of(ind) + ".baseline.value", tr_noop("baseline"));
    for (const auto& t : ind.targets) check(t, target_path(ind, t), tr_noop("target"));
    if (ind.target) check(*ind.target, target_path(ind, *ind.target), tr_noop("target"));
    for (const auto& a : ind.actuals) check(a, path_of(ind) + ".actuals." + year_text(a), tr_noop("actual"));
  }
}

}  // namespace yplan
