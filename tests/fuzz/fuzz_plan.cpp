// Fuzz target: load → check → report (every format) → diff against itself.
// Besides crashes and undefined behaviour (the sanitizers), it asserts these
// properties: a plan diffed against itself has no differences; the report's
// department total equals the checks' sum (budget.hpp) and, recomputed in
// 128 bits, is that number, or is marked unknown (a figure unreadable) or
// overflow (a running sum past 64 bits, which validate reports as
// value-format) — never a wrapped number; and every path a diff prints
// (against an empty plan, both ways: every project, section, KPI and goal
// removed, then added) resolves in the file with the edit library's lookup,
// as `yplan get` would resolve it. And the fix property (fix_property.hpp):
// fix rewrites only totals whose every input figure is known and certain,
// to their sum, and validate finds nothing wrong with what it rewrote.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <unordered_set>

#include "yplan/budget.hpp"

#include "yplan/checks.hpp"
#include "yplan/diff.hpp"
#include "yplan/edit.hpp"
#include "yplan/loader.hpp"
#include "yplan/render.hpp"
#include "yplan/report.hpp"
#include "yplan/validate.hpp"

#include "fix_property.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  yplan::SourceFile src;
  src.path = "fuzz.yaml";
  src.text.assign(reinterpret_cast<const char*>(data), size);
  src.index_lines();

  yplan::Sink sink(src.path);
  yplan::Plan plan;
  if (!yplan::load_plan(src, plan, sink)) return 0;
  yplan::run_checks(plan, sink);

  yplan::Validation v;
  v.files = {src.path};
  v.diagnostics = sink.diagnostics();
  std::ostringstream out;
  yplan::render_text(out, v, true, false);
  yplan::render_json(out, v);
  yplan::render_github(out, v);
  yplan::render_junit(out, v, {});

  // The department total, independently: each project once, in 128 bits.
  struct Exact {
    bool unknown = false, overflow = false;
    yplan::Int128 sum = 0;
  } eb, ep;
  {
    std::unordered_set<std::string> seen;
    auto add = [](Exact& e, const yplan::AmountField& f) {
      if (f.invalid) e.unknown = true;
      e.sum += f.value_or(0);
      if (e.sum > INT64_MAX || e.sum < INT64_MIN) e.overflow = true;
    };
    // A project without an id counts on its own; a project list that could
    // not be read makes the total unknown.
    if (plan.projects_unknown) eb.unknown = ep.unknown = true;
    for (const auto& p : plan.projects)
      if (p.id.value.empty() || seen.insert(p.id.value).second) {
        add(eb, p.budget);
        add(ep, p.previous);
      }
  }
  auto agrees = [](const yplan::Figure& f, const Exact& e) {
    if (e.unknown) return f.is_unknown();
    if (e.overflow) return f.overflow();
    return f.known() && f.value == static_cast<int64_t>(e.sum);
  };
  const yplan::BudgetSum checks_sum = yplan::project_sum(plan);
  if (checks_sum.overflow()) {  // validate must say so, as value-format
    bool reported = false;
    for (const auto& d : sink.diagnostics()) reported |= d.check == "value-format";
    if (!reported) std::abort();
  }

  for (auto lang : {yplan::Lang::en, yplan::Lang::ja}) {
    yplan::ReportOptions ro;
    ro.lang = lang;
    ro.width = 60;
    ro.era = lang == yplan::Lang::en ? yplan::EraStyle::gregorian : yplan::EraStyle::japanese;
    yplan::ReportModel m;
    m.plans.emplace_back();
    if (!yplan::build_plan_report(plan, ro, 0, 0, m.plans.back())) continue;
    const yplan::PlanReport& r = m.plans.back();
    if (!(r.total.budget == checks_sum.budget) || !(r.total.previous == checks_sum.previous)) std::abort();
    if (!agrees(r.total.budget, eb) || !agrees(r.total.previous, ep)) std::abort();
    yplan::render_report_text(out, m, ro);
    yplan::render_report_markdown(out, m, ro);
    yplan::render_report_csv(out, m, ro);
    yplan::render_report_json(out, m, ro);
  }

  fix_property::check(src, plan);

  yplan::DiffResult d = yplan::diff_plans(plan, plan, {});
  if (!d.empty()) std::abort();  // a plan differs from itself: a diff bug
  yplan::PlanDocument doc;
  std::string err;
  if (doc.open(src, err)) {
    yplan::Plan empty;
    for (const auto& e : {yplan::diff_plans(plan, empty, {}), yplan::diff_plans(empty, plan, {})})
      for (const auto& c : e.changes)
        if (!c.path.empty() && !doc.lookup(c.path).found) std::abort();  // a diff path that get cannot read
  }
  yplan::DiffRenderOptions dr;
  yplan::render_diff_text(out, d, dr);
  yplan::render_diff_json(out, d, dr);
  return 0;
}
