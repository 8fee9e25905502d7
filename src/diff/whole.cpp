// A whole plan added or removed (git's diff driver, a side that is /dev/null):
// one added or removed entity, as an added or removed project reads.
#include "yplan/diff.hpp"

#include <algorithm>

#include "yplan/values.hpp"

namespace yplan {

namespace {

DiffResult whole(const Plan& plan, const DiffOptions& opts, bool added) {
  // The entities under the plan (projects, indicators, sections) are each
  // added or removed as diff_plans says; the plan's own fields and the
  // department total, which the absent side does not have, become one line.
  const Plan none{};
  DiffResult r = added ? diff_plans(none, plan, opts) : diff_plans(plan, none, opts);
  std::erase_if(r.changes, [](const Change& c) { return c.group == DiffGroup::plan || c.group == DiffGroup::total; });
  Change c;
  c.group = DiffGroup::plan;
  c.kind = added ? ChangeKind::added : ChangeKind::removed;
  c.thing = "plan";
  c.id = plan.meta.id.value;
  c.name = plan.meta.title.value;
  c.path = "plan";
  if (plan.meta.total && plan.meta.total->budget.amount) {
    const int64_t v = plan.meta.total->budget.amount->value;
    (added ? c.new_value : c.old_value) = group_thousands(v);
    (added ? c.new_number : c.old_number) = static_cast<double>(v);
  }
  if (added && plan.meta.total && plan.meta.total->previous.amount)
    c.detail = "previous " + group_thousands(plan.meta.total->previous.amount->value);
  r.changes.insert(r.changes.begin(), std::move(c));
  return r;
}

}  // namespace

DiffResult diff_plan_added(const Plan& plan, const DiffOptions& opts) { return whole(plan, opts, true); }
DiffResult diff_plan_removed(const Plan& plan, const DiffOptions& opts) { return whole(plan, opts, false); }

}  // namespace yplan
