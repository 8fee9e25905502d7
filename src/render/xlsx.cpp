// The report as an Excel workbook (libxlsxwriter): one sheet per part, the
// header row frozen, columns fitted to their text (Japanese counted by display
// width), amounts as numbers in #,##0 with the unit in the header, rates as
// numbers in 0.0%, and text always written as text (a string cell: never a
// formula, never a guessed number).
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "render/report_parts.hpp"
#include "render/workbook_file.hpp"
#include "yplan/report.hpp"
#include "yplan/source.hpp"
#include "yplan/text.hpp"

namespace yplan {

namespace {

using render::Heading;
using render::report_heading;

struct Cell {
  enum Kind { blank, text, money, percent, quantity, integer } kind = blank;
  std::string s;
  double v = 0;
};
Cell T(std::string s) { return {Cell::text, std::move(s), 0}; }
Cell M(int64_t v) { return {Cell::money, "", static_cast<double>(v)}; }
// A figure: a number when known; else the word, as text ("unknown", "overflow"), never a number.
Cell M(const Figure& f) {
  if (f.known()) return M(f.value);
  return T(f.overflow() ? tr("overflow") : tr("unknown"));
}
Cell Q(std::optional<double> v) { return v ? Cell{Cell::quantity, "", *v} : Cell{}; }
Cell I(double v) { return {Cell::integer, "", v}; }
Cell P(std::optional<double> v) { return v ? Cell{Cell::percent, "", *v} : Cell{}; }
Cell change_rate(const Money& m) {
  const Figure d = m.budget - m.previous;
  if (!d.known() || !m.previous.known() || m.previous.value == 0) return Cell{};
  return P(static_cast<double>(d.value) / static_cast<double>(m.previous.value));
}

struct Sheet {
  std::string name;
  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows;
  std::vector<size_t> bold;  // rows in bold (totals)
};

struct Formats {
  lxw_format *title, *header, *money, *percent, *integer, *quantity, *text, *bold_text, *bold_money;
  lxw_format *percent_tiny_up, *percent_tiny_down;  // under 0.1 % either way: never shown as 0.0%
};

// Display width of a cell as Excel shows it.
size_t cell_width(const Cell& c) {
  switch (c.kind) {
    case Cell::blank: return 0;
    case Cell::text: return display_width(c.s);
    case Cell::percent: return 8;
    default: return group_thousands(static_cast<int64_t>(std::llround(c.v))).size() + (c.v != std::floor(c.v) ? 4 : 0);
  }
}

// Text as XML 1.0 allows it (§2.2 Char), for every string that reaches the
// workbook (cells, the page header, sheet names): a control character other
// than tab, line feed and carriage return — a form feed left by copying from
// a PDF — and U+FFFE, U+FFFF become a space. libxlsxwriter writes strings
// as given, and one such byte makes the whole file unreadable (issue 23).
std::string xml_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out += ' ';
    } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      out += ' ';
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string header_text(const std::string& s) {  // & is the header's escape character
  std::string out;
  for (char c : truncate_to_width(xml_text(s), 80)) out += c == '&' ? std::string("&&") : std::string(1, c);
  return out;
}

// A string cell; text longer than a cell holds (32,767 characters) is cut, ending in "…".
constexpr size_t kCellChars = 32767;  // Excel's limit on a cell's text
void write_text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& given, lxw_format* format) {
  const std::string text = xml_text(given);
  if (worksheet_write_string(ws, row, col, text.c_str(), format) != LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) return;
  size_t chars = 0, i = 0;
  for (; i < text.size() && chars < kCellChars - 1; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  worksheet_write_string(ws, row, col, (text.substr(0, i) + "…").c_str(), format);
}

void write_sheet(lxw_workbook* wb, const Formats& f, const Sheet& s, const std::vector<std::string>& head,
                 const std::string& page_header) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, xml_text(s.name).c_str());
  if (!ws) return;
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_header(ws, page_header.c_str());
  lxw_row_t row = 0;
  for (const auto& h : head) {
    write_text(ws, row, 0, h, row == 0 ? f.title : f.text);
    ++row;
  }
  ++row;
  std::vector<size_t> widths(s.headers.size(), 4);
  for (size_t c = 0; c < s.headers.size(); ++c) {
    worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), xml_text(s.headers[c]).c_str(), f.header);
    widths[c] = std::max(widths[c], display_width(s.headers[c]));
  }
  worksheet_freeze_panes(ws, row + 1, 0);
  ++row;
  for (size_t i = 0; i < s.rows.size(); ++i, ++row) {
    bool b = std::find(s.bold.begin(), s.bold.end(), i) != s.bold.end();
    for (size_t c = 0; c < s.rows[i].size() && c < widths.size(); ++c) {
      const Cell& x = s.rows[i][c];
      auto col = static_cast<lxw_col_t>(c);
      switch (x.kind) {
        case Cell::blank: break;
        case Cell::text: write_text(ws, row, col, x.s, b ? f.bold_text : f.text); break;
        case Cell::money: worksheet_write_number(ws, row, col, x.v, b ? f.bold_money : f.money); break;
        case Cell::percent: {
          // The cell keeps the exact rate; one that 0.0% would round to 0
          // without being 0 shows <0.1% or -<0.1%, as the text report does.
          const bool tiny = x.v != 0 && std::fabs(x.v) < 0.0005;
          worksheet_write_number(ws, row, col, x.v,
                                 !tiny ? f.percent : x.v > 0 ? f.percent_tiny_up : f.percent_tiny_down);
          break;
        }
        case Cell::integer: worksheet_write_number(ws, row, col, x.v, nullptr); break;
        case Cell::quantity:
          worksheet_write_number(ws, row, col, x.v, x.v == std::floor(x.v) ? f.integer : f.quantity);
          break;
      }
      widths[c] = std::max(widths[c], cell_width(x));
    }
  }
  for (size_t c = 0; c < widths.size(); ++c)
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                         static_cast<double>(std::min<size_t>(widths[c], 60) + 2), nullptr);
}

std::vector<Sheet> sheets(const ReportModel& m, const ReportOptions& o) {
  const bool many = m.plans.size() > 1;
  auto unit = [&](Heading h, const PlanReport& r) { return fmt::format("{} ({})", report_heading(h, o), r.unit); };
  const PlanReport& r0 = m.plans.front();
  Sheet sec{tr("Budget by section"),
            {report_heading(Heading::label, o), report_heading(Heading::id, o), report_heading(Heading::title, o),
             unit(Heading::this_year, r0), unit(Heading::last_year, r0), unit(Heading::change, r0),
             report_heading(Heading::change_pct, o)}, {}, {}};
  Sheet proj{tr("Budget by project"),
             {report_heading(Heading::id, o), report_heading(Heading::name, o), report_heading(Heading::category, o),
              unit(Heading::this_year, r0), unit(Heading::last_year, r0), unit(Heading::change, r0),
              report_heading(Heading::change_pct, o), report_heading(Heading::listed_in, o)}, {}, {}};
  Sheet cat{tr("Budget by category"),
            {report_heading(Heading::category, o), report_heading(Heading::projects, o), unit(Heading::this_year, r0),
             unit(Heading::last_year, r0), unit(Heading::change, r0), report_heading(Heading::change_pct, o)}, {}, {}};
  Sheet kpi{tr("KPIs and targets"),
            {report_heading(Heading::kind, o), report_heading(Heading::id, o), report_heading(Heading::name, o),
             report_heading(Heading::unit, o), report_heading(Heading::direction, o),
             report_heading(Heading::cumulative, o), report_heading(Heading::section, o),
             fmt::format("{} ({})", report_heading(Heading::baseline, o), report_heading(Heading::year, o)),
             report_heading(Heading::baseline, o)}, {}, {}};
  for (const auto& y : r0.period_years) kpi.headers.push_back(y);
  kpi.headers.push_back(tr("Note"));
  Sheet prog{tr("Progress"),
             {report_heading(Heading::id, o), report_heading(Heading::name, o), report_heading(Heading::year, o),
              report_heading(Heading::actual, o), report_heading(Heading::target, o), report_heading(Heading::rate, o),
              report_heading(Heading::status, o)}, {}, {}};
  Sheet find{tr("Findings"), {tr("File"), tr("Line"), tr("Column"), tr("Severity"), tr("Check"), tr("Message")}, {}, {}};
  std::vector<Sheet*> all{&sec, &proj, &cat, &kpi, &prog, &find};
  if (many)
    for (Sheet* s : all) s->headers.insert(s->headers.begin(), tr("Plan"));

  for (const auto& r : m.plans) {
    auto add = [&](Sheet& s, std::vector<Cell> row, bool bold = false) {
      if (many) row.insert(row.begin(), T(r.id));
      if (bold) s.bold.push_back(s.rows.size());
      s.rows.push_back(std::move(row));
    };
    auto money_row = [&](const Money& x, bool has_previous) {
      if (!has_previous) return std::vector<Cell>{M(x.budget), Cell{}, Cell{}, Cell{}};
      return std::vector<Cell>{M(x.budget), M(x.previous), M(x.budget - x.previous), change_rate(x)};
    };
    auto total_rows = [&](Sheet& s, size_t label_col) {
      for (auto [h, x] : {std::pair{Heading::department_total, r.total}, std::pair{Heading::listing_sum, r.listings}}) {
        std::vector<Cell> row(label_col);
        row.push_back(T(report_heading(h, o)));
        if (label_col < 2) row.emplace_back();
        for (auto& c : money_row(x, true)) row.push_back(c);
        add(s, std::move(row), true);
      }
    };
    for (const auto& b : r.sections) {
      std::vector<Cell> row{T(b.label), T(b.id), T(b.title)};
      for (auto& c : money_row(b.shown, true)) row.push_back(c);
      add(sec, std::move(row));
    }
    total_rows(sec, 2);
    for (const auto& p : r.projects) {
      std::vector<Cell> row{T(p.id), T(p.name), T(render::report_category(p.category, o))};
      for (auto& c : money_row(p.money, p.has_previous)) row.push_back(c);
      std::string listed;
      for (const auto& s : p.listed_in) listed += (listed.empty() ? "" : ", ") + s;
      row.push_back(T(listed));
      add(proj, std::move(row));
    }
    total_rows(proj, 1);
    for (const auto& c : r.categories) {
      std::vector<Cell> row{T(render::report_category(c.category, o)), I(static_cast<double>(c.count))};
      for (auto& x : money_row(c.money, true)) row.push_back(x);
      add(cat, std::move(row));
    }
    for (const auto& i : r.indicators) {
      std::vector<Cell> row{T(i.kind == IndicatorKind::kpi ? tr("KPI") : tr("Goal")), T(i.id), T(i.name), T(i.unit),
                            T(render::report_direction(i.direction, o)), i.cumulative ? T("○") : Cell{}, T(i.section),
                            i.baseline ? T(i.baseline->year_text) : Cell{},
                            i.baseline ? Q(i.baseline->value) : Cell{}};
      std::vector<Cell> years(r0.period_year_values.size());
      std::string note;
      for (const auto& t : i.targets) {
        if (!t.present) continue;
        Cell v = t.value ? Q(t.value) : T(tr("open"));
        auto at = std::find(r0.period_year_values.begin(), r0.period_year_values.end(), t.year);
        if (i.kind == IndicatorKind::goal && !r0.period_year_values.empty() && t.year == 0) at = r0.period_year_values.end() - 1;
        if (at != r0.period_year_values.end() && years[static_cast<size_t>(at - r0.period_year_values.begin())].kind == Cell::blank)
          years[static_cast<size_t>(at - r0.period_year_values.begin())] = v;
        else
          note += fmt::format("{}{}: {}", note.empty() ? "" : "; ", t.year_text,
                              t.value ? render::report_quantity(*t.value, o) : tr("open"));
        if (!t.note.empty()) note += (note.empty() ? "" : "; ") + t.note;
      }
      for (auto& y : years) row.push_back(std::move(y));
      row.push_back(note.empty() ? Cell{} : T(note));
      add(kpi, std::move(row));
    }
    for (const auto& p : r.progress)
      add(prog, {T(p.id), T(p.name), p.actual ? T(p.actual->year_text) : Cell{}, p.actual ? Q(p.actual->value) : Cell{},
                 Q(p.target), P(p.rate), T(render::report_status(p.status, o))});
    for (const auto& f : r.findings)
      add(find, {T(f.file), I(f.line), I(f.col), T(f.severity == "error" ? tr("error") : tr("warning")), T(f.check),
                 T(f.message)});
  }
  std::vector<Sheet> out;
  for (Sheet* s : all) out.push_back(std::move(*s));
  return out;
}

}  // namespace

bool render_report_xlsx(std::string& bytes, const ReportModel& m, const ReportOptions& o, std::string& error) {
  if (m.plans.empty()) {
    error = tr("no plan to write");
    return false;
  }
  // libxlsxwriter writes only to a named file: a private temporary one in
  // $TMPDIR, read back and removed. Where the bytes go (a file written
  // atomically, a FIFO or device written through, standard output) is the
  // caller's: the same writer as every other output (yplan/edit.hpp).
  std::string tmp;
  lxw_workbook* wb = render::open_workbook_file("yplan-report", nullptr, tmp, error);
  if (!wb) return false;
  Formats f{};
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  format_set_bg_color(f.header, 0xEAEEF2);
  f.text = workbook_add_format(wb);
  format_set_num_format(f.text, "@");  // text: what a user types there stays text too
  f.bold_text = workbook_add_format(wb);
  format_set_num_format(f.bold_text, "@");
  format_set_bold(f.bold_text);
  f.money = workbook_add_format(wb);
  format_set_num_format(f.money, "#,##0");
  f.bold_money = workbook_add_format(wb);
  format_set_num_format(f.bold_money, "#,##0");
  format_set_bold(f.bold_money);
  f.percent = workbook_add_format(wb);
  format_set_num_format(f.percent, "0.0%");
  f.percent_tiny_up = workbook_add_format(wb);
  format_set_num_format(f.percent_tiny_up, "\"<0.1%\"");
  f.percent_tiny_down = workbook_add_format(wb);
  format_set_num_format(f.percent_tiny_down, "\"-<0.1%\"");
  f.integer = workbook_add_format(wb);
  format_set_num_format(f.integer, "#,##0");
  f.quantity = workbook_add_format(wb);
  format_set_num_format(f.quantity, "#,##0.0##");

  const PlanReport& r0 = m.plans.front();
  std::vector<std::string> head;
  for (const auto& r : m.plans) head.push_back(fmt::format("{} ({})", r.title, r.id));
  auto lines = render::report_header_lines(r0, o);
  if (m.plans.size() == 1 && lines.size() > 1) head.push_back(lines[1]);
  std::string page = "&L" + header_text(r0.title) + "&R" + header_text(r0.period);
  for (const auto& s : sheets(m, o)) write_sheet(wb, f, s, head, page);
  return render::close_workbook_file(wb, tmp, bytes, error);
}

}  // namespace yplan
