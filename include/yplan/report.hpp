// The report: budget, KPI and progress summaries of a plan, computed once
// into a ReportModel that each output format renders.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "yplan/budget.hpp"
#include "yplan/i18n.hpp"
#include "yplan/model.hpp"

namespace yplan {

enum class EraStyle { as_written, gregorian, japanese };
enum class ReportKind { all, budget, kpi, progress, outline, document };

struct ReportOptions {
  std::string section;  // limit to this section's subtree ("" = whole plan)
  ReportKind kind = ReportKind::all;
  bool by_project = false;  // budget rows per project instead of per section
  bool check = true;        // count validation findings
  Lang lang = Lang::en;
  EraStyle era = EraStyle::as_written;
  size_t width = 100;  // text: maximum line width
  bool bom = false;    // csv: start with a UTF-8 byte-order mark
  bool plain_numbers = false;  // numbers without separators or % (the CSV renderer sets it)
};

// Money (budget.hpp) holds Figures: a cell is a known value, unknown (a
// figure it counts is missing or unreadable) or overflow (beyond 64 bits);
// renderers print only known values as numbers.

// One section that lists projects.
struct BudgetRow {
  std::string id, label, title;
  Money shown;                    // the stated total where there is one, else the computed sum
  Money computed;                 // the listings' sum (each project once)
  std::optional<Money> stated;    // the printed total
  bool stated_previous = false;   // the printed total states a previous figure
  bool differs = false;           // stated and computed disagree
};

struct CategoryRow {
  Category category = Category::none;
  size_t count = 0;
  Money money;
};

struct ProjectRow {
  std::string id, name;
  Money money;
  bool has_previous = false;
  Category category = Category::none;
  std::vector<std::string> listed_in;  // section ids, in document order, each once
  std::vector<std::string> relisted_in;  // those of listed_in whose listing the print marks （再掲）
};

struct YearCell {
  int year = 0;
  std::string year_text;  // in the chosen era notation
  std::optional<double> value;
  bool present = false;   // a target was written for this year (even if open)
  bool unreadable = false;  // a value was written but could not be read: unknown, not open
  std::string note;
};

struct IndicatorRow {
  IndicatorKind kind = IndicatorKind::kpi;
  std::string id, name, unit, section;
  Direction direction = Direction::increase;
  bool cumulative = false;
  std::optional<YearCell> baseline;  // year_text empty when the baseline has no year
  std::vector<YearCell> targets;     // KPI: one per year of the period (plus any outside it); goal: the one target
  std::vector<YearCell> actuals;     // extension: measured values, as written (document order)
  std::string note;                  // the indicator's note (※…), as written
};

enum class ProgressStatus { achieved, on_track, behind, no_data };

struct ProgressRow {
  IndicatorKind kind = IndicatorKind::kpi;
  std::string id, name, unit;
  Direction direction = Direction::increase;
  std::optional<YearCell> actual;     // the latest actual
  std::optional<double> target;       // that year's target (goals: the final target)
  bool target_unknown = false;        // that target was written but cannot be read: no rate either
  std::string target_year;
  std::optional<double> baseline;
  std::optional<double> rate;         // achievement, 1.0 = 100 %
  ProgressStatus status = ProgressStatus::no_data;
};

// A listing as the plan document's project table (関連事務事業) prints it.
struct DocumentListing {
  std::string project;            // the project id
  std::string name;               // the project's name ("" when no project has that id)
  bool relisted = false;          // printed with （再掲）
  Money money;                    // the listing's own figures where stated, else its project's (千円)
  bool has_previous = false;      // false: no previous budget, printed "(-)"
  Category category = Category::none;
  std::vector<std::string> summary;  // the listing's own summary where stated, else its project's
};

// What the plan document prints under a section's heading (--kind document
// only; empty otherwise): text blocks, the project table and its 計.
struct DocumentBlock {
  std::string path;  // the section's contract path (findings name its total by it: PATH.total.budget)
  std::vector<std::string> items, issues, responses;  // as written
  std::vector<DocumentListing> listings;               // document order, re-listings included
  std::optional<BudgetRow> total;                      // the 計 row, when the section lists projects
  std::string note;
};

// One node of the measure tree as the 施策体系 (outline) page prints it.
struct OutlineIndicator {
  IndicatorKind kind = IndicatorKind::kpi;
  std::string id, name;
};
struct OutlineNode {
  std::string id;
  std::string label;   // the section's outline_label when set, else its label (plan-format: sections)
  std::string title, ref;  // ref as written ("1-4"); the renderers print it 【１－４】
  std::vector<OutlineIndicator> indicators;  // goals then KPIs, document order
  std::optional<Money> budget;               // sections that list projects: as in BudgetRow::shown (千円)
  std::vector<OutlineNode> children;
  DocumentBlock document;  // --kind document only
};

// A validation finding as the report shows it.
struct FindingRow {
  std::string file;
  int line = 0, col = 0;
  std::string severity;  // "error" / "warning" (the contract's words)
  std::string check, message;
  std::string path;  // the contract path the finding names ("" when none)
};

struct PlanReport {
  std::string file;
  std::string id, title, organization, fiscal_year, period, status, unit;
  std::string section;  // the subtree reported ("" = all)

  std::vector<BudgetRow> sections;
  std::vector<ProjectRow> projects;  // each once
  Money total;                       // each project once (the department total)
  Money listings;                    // every listing, re-listings included
  std::vector<CategoryRow> categories;

  std::vector<std::string> period_years;  // the period's years in the chosen notation
  std::vector<int> period_year_values;     // the same years, Gregorian
  std::vector<IndicatorRow> indicators;
  std::vector<ProgressRow> progress;

  std::vector<OutlineNode> outline;  // the subtree reported (its roots)

  bool checked = false;
  size_t errors = 0, warnings = 0;
  std::vector<FindingRow> findings;  // filled by the caller when checked (the HTML and xlsx renderers list them)
};

struct ReportModel {
  std::vector<PlanReport> plans;
  Money combined;  // the plans' department totals added up
};

// Builds one plan's report. `findings` are the plan's validation findings
// (counted when opts.check). Returns false if opts.section names no section.
bool build_plan_report(const Plan& plan, const ReportOptions& opts, size_t errors, size_t warnings,
                       PlanReport& out);

// Achievement and status of a latest actual against its target (see yplan-report(1)).
std::optional<double> achievement(Direction d, double actual, double target, std::optional<double> baseline);
ProgressStatus progress_status(std::optional<double> rate);

// Renderers: one per format, all from the same model.
void render_report_text(std::ostream& out, const ReportModel& m, const ReportOptions& o);
void render_report_markdown(std::ostream& out, const ReportModel& m, const ReportOptions& o);
void render_report_csv(std::ostream& out, const ReportModel& m, const ReportOptions& o);
void render_report_json(std::ostream& out, const ReportModel& m, const ReportOptions& o);

// The outline (--kind outline) in text (tree lines in box characters, the
// budget column aligned by display width), Markdown (nested list) and JSON
// (nested objects). render_report_text/markdown/json call these for
// ReportKind::outline.
void render_outline_text(std::ostream& out, const ReportModel& m, const ReportOptions& o);
void render_outline_markdown(std::ostream& out, const ReportModel& m, const ReportOptions& o);
void render_outline_json(std::ostream& out, const ReportModel& m, const ReportOptions& o);

// One self-contained HTML page (inline CSS and SVG; no script, no external
// reference), A4 landscape in print.
void render_report_html(std::ostream& out, const ReportModel& m, const ReportOptions& o);

// An Excel workbook (libxlsxwriter): one sheet per part (budget by section,
// by project, by category, KPIs and targets, progress, findings), amounts as
// #,##0 numbers (千円), rates as 0.0%, text always as text. `bytes` gets the
// .xlsx file; false (with `error`, one line) when it cannot be made.
bool render_report_xlsx(std::string& bytes, const ReportModel& m, const ReportOptions& o, std::string& error);

// The plan document (--kind document): one self-contained HTML page (inline
// CSS, no script, no external reference), A4 portrait, with page numbers and
// a running header carrying the plan title: the 施策体系 outline page, then
// each section with its goals, KPI table (指標, 基準値 and its year, one
// column per target year, ※ notes), text blocks (課題, 対応, items) and
// project table (事業名 with （再掲）, 予算額 with 前年度 in parentheses or
// "(-)", 区分, 事業概要, 計). A 計 that differs from its sum is printed as
// stated, marked, with a footnote giving the finding. One plan (m.plans[0]).
void render_document_html(std::ostream& out, const ReportModel& m, const ReportOptions& o);

// The same page as PDF, printed by an HTML-to-PDF engine found in PATH:
// Chromium headless (chromium, chromium-browser) or else WeasyPrint
// (weasyprint), run through the process runner; never laid out by yplan.
// `bytes` gets the PDF; false (with `error`, one line naming the engines
// when none is installed) when it cannot be made.
bool render_document_pdf(std::string& bytes, const ReportModel& m, const ReportOptions& o, std::string& error);

}  // namespace yplan
