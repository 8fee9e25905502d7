// Fuzz target: load → check → report (every format) → diff against itself.
// Besides crashes and undefined behaviour (the sanitizers), it asserts: a
// plan diffed against itself has no differences; and every path a diff
// prints (against an empty plan, both ways: every project, section, KPI and
// goal removed, then added) resolves in the file with the edit library's
// lookup, as `yplan get` would resolve it.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "yplan/checks.hpp"
#include "yplan/diff.hpp"
#include "yplan/edit.hpp"
#include "yplan/loader.hpp"
#include "yplan/render.hpp"
#include "yplan/report.hpp"
#include "yplan/validate.hpp"

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

  for (auto lang : {yplan::Lang::en, yplan::Lang::ja}) {
    yplan::ReportOptions ro;
    ro.lang = lang;
    ro.width = 60;
    ro.era = lang == yplan::Lang::en ? yplan::EraStyle::gregorian : yplan::EraStyle::japanese;
    yplan::ReportModel m;
    m.plans.emplace_back();
    if (!yplan::build_plan_report(plan, ro, 0, 0, m.plans.back())) continue;
    yplan::render_report_text(out, m, ro);
    yplan::render_report_markdown(out, m, ro);
    yplan::render_report_csv(out, m, ro);
    yplan::render_report_json(out, m, ro);
  }

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
