// Helpers shared by the checks (internal to src/checks).
#pragma once

#include <fmt/format.h>
#include <optional>
#include <string>
#include <vector>

#include "yplan/diagnostic.hpp"
#include "yplan/budget.hpp"
#include "yplan/i18n.hpp"
#include "yplan/model.hpp"
#include "yplan/values.hpp"

namespace yplan::checks {

inline std::string amount(int64_t v) { return group_thousands(v); }
// (fmt rather than "+" + string: GCC 12 warns falsely about the latter at -O3, bug 105329.)
inline std::string signed_amount(int64_t v) { return fmt::format("{}{}", v > 0 ? "+" : "", group_thousands(v)); }
inline std::string num(double v) { return format_number(v); }
// a − b with a sign, as messages print it; overflow-safe.
inline std::string difference(int64_t a, int64_t b) {
  int64_t d = 0;
  if (__builtin_sub_overflow(a, b, &d)) return tr("beyond 64 bits");
  return signed_amount(d);
}

// The targets (or a goal's one target) that have a value, in year order.
inline std::vector<const Point*> set_targets(const Indicator& ind) {
  std::vector<const Point*> out;
  if (ind.kind == IndicatorKind::kpi) {
    for (const auto& t : ind.targets)
      if (t.value) out.push_back(&t);
  } else if (ind.target && ind.target->value) {
    out.push_back(&*ind.target);
  }
  return out;
}

// "KPI" or "goal" (Indicator::kind_label) as a message word.
inline const char* kind_word(const Indicator& ind) { return ind.kind == IndicatorKind::kpi ? tr("KPI") : tr("goal"); }

inline std::string year_text(const Point& p) { return p.year ? p.year->written : std::string("?"); }

// The path of a target of a KPI ("kpi.x.targets.R3") or of a goal ("goal.x.target").
inline std::string target_path(const Indicator& ind, const Point& p) {
  if (ind.kind == IndicatorKind::goal) return path_of(ind) + ".target.value";
  return path_of(ind) + ".targets." + year_text(p);
}

// The point of `points` for the year of `p`; nullptr when none (or either year is unreadable).
inline const Point* same_year(const std::vector<Point>& points, const Point& p) {
  for (const auto& q : points)
    if (q.year && p.year && q.year->year == p.year->year) return &q;
  return nullptr;
}

inline std::string period_text(const Plan& plan) {
  return plan.meta.period_start->written + "–" + plan.meta.period_end->written;
}

}  // namespace yplan::checks

namespace yplan {
// The check files use these helpers unqualified.
using namespace checks;
}  // namespace yplan
