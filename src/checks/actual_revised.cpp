// actual-revised (cross-year): the actual for a year differs from the one the
// followed plan reported, and the new actual has no note saying why (a
// revised statistic should say so). Open or unreadable actuals are not compared.
#include "util.hpp"

namespace yplan {

void check_actual_revised(const Plan& plan, const Plan& before, Sink& sink) {
  for (const auto& ind : plan.indicators) {
    const int j = before.find_indicator(ind.id.value);
    if (ind.id.value.empty() || j < 0 || before.indicators[j].kind != ind.kind) continue;
    const Indicator& old = before.indicators[j];
    for (const auto& a : ind.actuals) {
      const Point* o = same_year(old.actuals, a);
      if (!a.value || !o || !o->value || !a.note.empty()) continue;
      if (compare(a.value->exact, o->value->exact) == 0) continue;
      sink.warning("actual-revised", a.value->pos, path_of(ind) + ".actuals." + year_text(a),
                   trf("actual {} of {} `{}` is {} here but was {} in plan `{}`, with no note saying why",
                       year_text(a), kind_word(ind), ind.label(), num(a.value->value), num(o->value->value),
                       before.meta.id.value));
    }
  }
}

}  // namespace yplan
