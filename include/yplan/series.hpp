// The series report (`yplan report --kind series`): a plan's issues across
// fiscal years, read from the plans of one set linked by plan.follows
// (yplan/planset.hpp). Per KPI and goal: each year's target as each plan set
// it, and the actuals; per project: its budget in each plan (千円). Computed
// once here; each output format renders it (yplan/render.hpp has none of it:
// render/series*.cpp).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "yplan/budget.hpp"
#include "yplan/model.hpp"
#include "yplan/planset.hpp"
#include "yplan/report.hpp"

namespace yplan {

// One plan of the series, a column.
struct SeriesPlan {
  std::string id, file, title;
  std::string fiscal_year;  // as written, in the chosen era style ("" when the plan has none)
};

// A value one plan wrote for one year: a target or an actual.
struct SeriesCell {
  bool present = false;     // the plan wrote this year (even as open)
  bool unreadable = false;  // written but not readable: unknown, never a number
  std::optional<double> value;  // nullopt when open (or unreadable)
  std::string note;
};

struct SeriesIndicator {
  IndicatorKind kind = IndicatorKind::kpi;
  std::string id, name, unit;
  std::vector<std::string> years;  // every year a plan sets a target or reports an actual for, in order
  std::vector<int> year_values;    // the same years, Gregorian
  std::vector<bool> in_plan;       // [plan]: the plan has this KPI (goal)
  std::vector<std::vector<SeriesCell>> targets;  // [plan][year]: the target that plan set (a goal: its final target)
  std::vector<std::vector<SeriesCell>> actuals;  // [plan][year]: the actual that plan reported
  std::vector<bool> revised;       // [plan]: a target differs from the plan before's (plan 0: false)
  std::string retired;             // the `retired` of the last plan that has it ("" when none)
};

struct SeriesProject {
  std::string id, name;                  // the name as the last plan that has it writes it
  std::vector<std::optional<Figure>> budget;    // [plan]: nullopt when the plan has no such project
  std::vector<std::optional<Figure>> previous;  // [plan]: as stated (0 when none)
};

struct SeriesReport {
  std::vector<SeriesPlan> plans;  // first year to last
  std::vector<SeriesIndicator> indicators;  // in order of first appearance (the first plan's document order)
  std::vector<SeriesProject> projects;      // likewise
};

// One report per series of the set (PlanSet::series()), in that order. A
// plan linked to nothing is a series of one.
std::vector<SeriesReport> build_series(const PlanSet& set, const ReportOptions& opts);

// Renderers (src/render/series*.cpp). Text: one table per KPI (rows: the
// plans; columns: the years; then a row of actuals) and one of the projects'
// budgets by plan; Markdown likewise; CSV: one row per value (series, kind,
// id, plan, fiscal_year, year, what, value, note), numbers plain; JSON: the
// model as it is, whole numbers as integers, a value not known as null with
// a "reason" (as the other kinds' JSON).
void render_series_text(std::ostream& out, const std::vector<SeriesReport>& s, const ReportOptions& o);
void render_series_markdown(std::ostream& out, const std::vector<SeriesReport>& s, const ReportOptions& o);
void render_series_csv(std::ostream& out, const std::vector<SeriesReport>& s, const ReportOptions& o);
void render_series_json(std::ostream& out, const std::vector<SeriesReport>& s, const ReportOptions& o);
// One self-contained HTML page (inline CSS, no script): the text report's
// tables, a plan's row of revised targets highlighted.
void render_series_html(std::ostream& out, const std::vector<SeriesReport>& s, const ReportOptions& o);

}  // namespace yplan
