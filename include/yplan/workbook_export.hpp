// `yplan export`: a plan as a workbook for staff to edit, and for
// `yplan import` to read back (yplan/workbook.hpp holds the contract).
//
// Sheets: sections, projects, listings, totals, kpis (KPIs and goals, one
// column per year of the period), actuals (per KPI, one column per year).
// Ids are locked by sheet protection without a password; the cells meant for
// editing are unlocked; amounts (千円) are numbers in #,##0; text is always
// text; category and direction cells offer their words. The hidden sheet
// `_yplan` records the format version, the plan's path, the SHA-256 of its
// bytes and every editable cell with its path and exported value.
#pragma once

#include <functional>
#include <string>

#include "yplan/model.hpp"
#include "yplan/workbook.hpp"

namespace yplan {

using workbook::PlanValue;
using PlanValueAt = std::function<PlanValue(const std::string& path)>;

struct WorkbookSource {
  std::string plan_path;  // as given to export
  std::string sha256;     // of the plan's bytes
  std::string lang;       // "en" or "ja": the language of the headers
};

// Writes the workbook's bytes. False with a reason (libxlsxwriter's, or a
// temporary file that cannot be made).
bool render_workbook(std::string& bytes, const Plan& plan, const PlanValueAt& value_at, const WorkbookSource& source,
                     std::string& error);

}  // namespace yplan
