// What the report's renderers share: the report's tables (as text cells) and
// the words and number notation of the text report, so that the HTML page and
// the workbook print the same figures the same way. Internal to src/render/.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "yplan/report.hpp"
#include "yplan/table.hpp"

namespace yplan::render {

struct ReportTable {
  std::string title;
  Table table;
  std::vector<std::string> notes;  // lines printed under the table
};

// The tables of the text report for `r` (as --kind and --by select them).
std::vector<ReportTable> report_tables(const PlanReport& r, const ReportOptions& o);

// The header lines: "TITLE (ID)", the meta line, the section, the validation summary.
std::vector<std::string> report_header_lines(const PlanReport& r, const ReportOptions& o);

// 1234567 → "1,234,567" (△ for negatives in Japanese); quantities likewise.
std::string report_money(int64_t v, const ReportOptions& o);
// A figure: its number when known, else "unknown" / "overflow" (never a number).
std::string report_money(const Figure& f, const ReportOptions& o);
std::string report_quantity(double v, const ReportOptions& o);

// The report's words for a status, a direction, a category and a few headings.
std::string report_status(ProgressStatus s, const ReportOptions& o);
std::string report_direction(Direction d, const ReportOptions& o);
std::string report_category(Category c, const ReportOptions& o);
enum class Heading { budget, by_project, categories, indicators, progress, this_year, last_year, change_pct,
                     label, id, title, name, category, projects, baseline, direction, actual, target, rate,
                     status, kind, year, listed_in, department_total, listing_sum, change, unit, section,
                     cumulative };
std::string report_heading(Heading h, const ReportOptions& o);

// The outline as a table (Level, Label, ID, Title, Ref, budget, indicators)
// for CSV, and as nested lists inside the HTML page (outline.cpp).
ReportTable outline_table(const PlanReport& r, const ReportOptions& o);
void render_outline_html(std::ostream& out, const PlanReport& r, const ReportOptions& o);

// 【１－４】: a ref as the plan document prints it (full-width digits and dash).
std::string printed_ref(const std::string& ref);

}  // namespace yplan::render
