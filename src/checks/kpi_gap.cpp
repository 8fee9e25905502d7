// kpi-gap: a year inside the period has no target and no note. Drafts are
// exempt: their open values need no note, and so is a retired KPI.
#include "util.hpp"

namespace yplan {

void check_kpi_gap(const Plan& plan, Sink& sink) {
  // A status misspelt or unreadable may be `draft`: schema has said so.
  if (plan.draft() || !plan.meta.status_known || !plan.has_period()) return;
  const int first = plan.meta.period_start->year, last = plan.meta.period_end->year;
  const Era era = plan.meta.period_start->era;
  for (const auto& ind : plan.indicators) {
    if (ind.kind != IndicatorKind::kpi || ind.retired) continue;  // retired: no targets ahead
    std::vector<std::string> missing;
    for (int y = first; y <= last; ++y) {
      const Point* t = nullptr;
      for (const auto& p : ind.targets)
        if (p.year && p.year->year == y) t = &p;
      if (!t) {
        missing.push_back(format_year(y, era));
      } else if (!t->value && !t->invalid && !t->note_unknown && t->note.empty()) {
        sink.warning("kpi-gap", t->pos, target_path(ind, *t),
                     trf("target {} of KPI `{}` is open with no note saying why", t->year->written,
                                 ind.label()));
      }
    }
    // A year that could not be read (year-format) may be the one missing.
    if (!missing.empty() && !ind.targets_unreadable)
      sink.warning("kpi-gap", ind.targets_pos, path_of(ind) + (ind.has_target_map ? ".targets" : ""),
                   trf("KPI `{}` has no target for {} (period {}); give a value, or "
                       "{{value: null, note: …}} to say why it is open",
                               ind.label(), fmt::join(missing, ", "), period_text(plan)));
  }
}

}  // namespace yplan
