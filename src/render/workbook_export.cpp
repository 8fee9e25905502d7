// `yplan export`: the plan as a workbook to edit (libxlsxwriter). Each
// editable cell is written with the value the file holds at its contract
// path, and recorded in the hidden sheet for `yplan import`
// (yplan/workbook.hpp); everything else is locked.
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "render/workbook_file.hpp"
#include "yplan/budget.hpp"
#include "yplan/format.hpp"
#include "yplan/i18n.hpp"
#include "yplan/text.hpp"
#include "yplan/workbook.hpp"
#include "yplan/workbook_export.hpp"

namespace yplan {

namespace {

using workbook::Kind;

struct XCell {
  enum Type { blank, text, amount, number } type = blank;
  std::string s;
  double v = 0;
  bool open = false;  // unlocked: meant for editing
  const char* list = nullptr;  // a node kind whose key's words the cell offers ("project" → category)
};

struct XSheet {
  std::string name;
  std::vector<std::string> headers;
  std::vector<std::vector<XCell>> rows;
};

struct Builder {
  const PlanValueAt& value_at;
  std::vector<workbook::Entry> entries;

  // A row's presence, so that import can tell a deleted row from a new one.
  void row(XSheet& s, std::vector<XCell> cells) {
    std::string key;
    const int n = workbook::key_columns(s.name);
    for (int c = 0; c < n && c < static_cast<int>(cells.size()); ++c) key += (c ? "\t" : "") + cells[static_cast<size_t>(c)].s;
    entries.push_back({s.name, key, 1, "", Kind::text, false, ""});
    s.rows.push_back(std::move(cells));
  }

  // The editable cell of `path`: the file's value, open, recorded. A path
  // that names a mapping or list (not a scalar) gives a locked empty cell.
  XCell field(const XSheet& s, const std::vector<XCell>& cells, const std::string& path, Kind kind,
              bool may_empty) {
    PlanValue pv = value_at(path);
    if (pv.found && !pv.scalar) return XCell{};
    const std::string base = pv.found && !pv.null ? pv.text : std::string();
    XCell c;
    c.open = true;
    if (!base.empty()) {
      c.type = XCell::text;
      c.s = base;
      if (kind == Kind::amount || kind == Kind::number) {
        // A number cell only when the number reads back as the same value
        // (a double holds 15 digits): else the text as written.
        if (auto n = parse_number(base); n && std::isfinite(n->value) &&
                                         workbook::same_value(kind, fmt::format("{}", n->value), base)) {
          c.type = kind == Kind::amount && n->integral ? XCell::amount : XCell::number;
          c.v = n->value;
        }
      }
    }
    std::string key;
    const int n = workbook::key_columns(s.name);
    for (int i = 0; i < n && i < static_cast<int>(cells.size()); ++i) key += (i ? "\t" : "") + cells[static_cast<size_t>(i)].s;
    entries.push_back({s.name, key, static_cast<uint32_t>(cells.size() + 1), path, kind, !may_empty, base});
    return c;
  }
};

XCell T(std::string s) { return {XCell::text, std::move(s), 0, false, nullptr}; }
XCell A(const Figure& f) {
  if (f.known()) return {XCell::amount, "", static_cast<double>(f.value), false, nullptr};
  return T(f.overflow() ? tr("overflow") : tr("unknown"));
}

// May an emptied cell of this key be written as null? Only an optional key that accepts null.
bool may_empty(std::string_view kind, std::string_view key) {
  const auto* k = format::find_key(kind, key);
  return k && !k->required && k->nullable;
}

std::string join(const std::vector<Text>& v) {
  std::string out;
  for (const auto& t : v) out += (out.empty() ? "" : "\n") + t.value;
  return out;
}

// Only entities whose path is by id get a row: a repeated id has no row key.
bool by_id(const std::string& path, std::string_view kind, const std::string& id) {
  return !id.empty() && path == fmt::format("{}.{}", kind, id);
}

std::vector<XSheet> build(const Plan& plan, Builder& b) {
  XSheet sec{"sections", {tr("ID"), tr("Label"), tr("Title"), tr("Reference")}, {}};
  for (const auto& s : plan.sections) {
    if (!by_id(s.path, "section", s.id.value)) continue;
    std::vector<XCell> r{T(s.id.value)};
    r.push_back(b.field(sec, r, s.path + ".label", Kind::text, may_empty("section", "label")));
    r.push_back(b.field(sec, r, s.path + ".title", Kind::text, false));
    r.push_back(b.field(sec, r, s.path + ".ref", Kind::text, may_empty("section", "ref")));
    b.row(sec, std::move(r));
  }
  XSheet proj{"projects",
              {tr("ID"), tr("Name"), fmt::format("{} ({})", tr("Budget"), plan.meta.budget_unit),
               fmt::format("{} ({})", tr("Previous"), plan.meta.budget_unit), tr("Category"), tr("Summary")},
              {}};
  for (const auto& p : plan.projects) {
    if (!by_id(p.path, "project", p.id.value)) continue;
    std::vector<XCell> r{T(p.id.value)};
    r.push_back(b.field(proj, r, p.path + ".name", Kind::text, false));
    r.push_back(b.field(proj, r, p.path + ".budget", Kind::amount, may_empty("project", "budget")));
    r.push_back(b.field(proj, r, p.path + ".previous", Kind::amount, may_empty("project", "previous")));
    XCell cat = b.field(proj, r, p.path + ".category", Kind::word, may_empty("project", "category"));
    cat.list = "project";
    r.push_back(cat);
    r.push_back(T(join(p.summary)));
    b.row(proj, std::move(r));
  }
  XSheet lst{"listings",
             {tr("Section"), tr("Project"), fmt::format("{} ({})", tr("Budget"), plan.meta.budget_unit),
              fmt::format("{} ({})", tr("Previous"), plan.meta.budget_unit), tr("Partial"), tr("Relisted")},
             {}};
  for (const auto& s : plan.sections) {
    if (!by_id(s.path, "section", s.id.value)) continue;
    for (const auto& l : s.listings) {
      if (l.path != s.path + ".projects." + l.project.value || l.project.value.empty()) continue;
      std::vector<XCell> r{T(s.id.value), T(l.project.value)};
      const bool mapping = b.value_at(l.path).found && !b.value_at(l.path).scalar;
      if (mapping) {
        r.push_back(b.field(lst, r, l.path + ".budget", Kind::amount, may_empty("listing", "budget")));
        r.push_back(b.field(lst, r, l.path + ".previous", Kind::amount, may_empty("listing", "previous")));
        r.push_back(b.field(lst, r, l.path + ".partial", Kind::flag, may_empty("listing", "partial")));
        r.push_back(b.field(lst, r, l.path + ".relisted", Kind::flag, may_empty("listing", "relisted")));
      } else {
        // A bare id: the project's own figures, read-only (a listing states none).
        r.push_back(XCell{});
        r.push_back(XCell{});
        r.push_back(T(l.partial ? "true" : ""));
        r.push_back(T(l.relisted ? "true" : ""));
      }
      b.row(lst, std::move(r));
    }
  }
  XSheet tot{"totals",
             {tr("Section"), fmt::format("{} ({})", tr("Budget"), plan.meta.budget_unit),
              fmt::format("{} ({})", tr("Previous"), plan.meta.budget_unit), tr("Sum of budgets"),
              tr("Sum of previous")},
             {}};
  if (plan.meta.total) {
    std::vector<XCell> r{T("plan")};
    r.push_back(b.field(tot, r, "plan.total.budget", Kind::amount, may_empty("total", "budget")));
    r.push_back(b.field(tot, r, "plan.total.previous", Kind::amount, may_empty("total", "previous")));
    const BudgetSum sum = project_sum(plan);
    r.push_back(A(sum.budget));
    r.push_back(A(sum.previous));
    b.row(tot, std::move(r));
  }
  for (size_t i = 0; i < plan.sections.size(); ++i) {
    const Section& s = plan.sections[i];
    if (!s.total || !by_id(s.path, "section", s.id.value)) continue;
    std::vector<XCell> r{T(s.id.value)};
    r.push_back(b.field(tot, r, s.path + ".total.budget", Kind::amount, may_empty("total", "budget")));
    r.push_back(b.field(tot, r, s.path + ".total.previous", Kind::amount, may_empty("total", "previous")));
    const BudgetSum sum = section_sum(plan, static_cast<int>(i));
    r.push_back(A(sum.budget));
    r.push_back(A(sum.previous));
    b.row(tot, std::move(r));
  }
  // The period's years, written as the period's first year is.
  std::vector<int> years;
  std::string example;
  if (plan.has_period()) {
    example = plan.meta.period_start->written;
    for (int y = plan.meta.period_start->year; y <= plan.meta.period_end->year && years.size() < 50; ++y)
      years.push_back(y);
  }
  auto year_header = [&](int y) { return format_year_like(y, example); };
  // A year's key in a year map: as the file writes it, else like the period.
  auto key_of = [&](const std::vector<Point>& points, int y) {
    for (const auto& p : points)
      if (p.year && p.year->year == y) return p.year->written;
    return year_header(y);
  };
  // A year map's value: the scalar, or the `value` of a {value, note} mapping.
  auto point_path = [&](const std::string& path) {
    PlanValue v = b.value_at(path);
    return v.found && !v.scalar ? path + ".value" : path;
  };
  XSheet kpi{"kpis", {tr("ID"), tr("Kind"), tr("Name"), tr("Unit"), tr("Direction"), tr("Baseline year"),
                      tr("Baseline")}, {}};
  for (int y : years) kpi.headers.push_back(year_header(y));
  XSheet act{"actuals", {tr("ID"), tr("Name")}, {}};
  for (int y : years) act.headers.push_back(year_header(y));
  for (const auto& ind : plan.indicators) {
    const char* kind = ind.kind_name();
    if (!by_id(ind.path, kind, ind.id.value)) continue;
    std::vector<XCell> r{T(ind.id.value), T(kind)};
    r.push_back(b.field(kpi, r, ind.path + ".name", Kind::text, false));
    r.push_back(b.field(kpi, r, ind.path + ".unit", Kind::text, may_empty(kind, "unit")));
    XCell dir = b.field(kpi, r, ind.path + ".direction", Kind::word, may_empty(kind, "direction"));
    dir.list = kind;
    r.push_back(dir);
    if (ind.has_baseline && b.value_at(ind.path + ".baseline").found && !b.value_at(ind.path + ".baseline").scalar) {
      r.push_back(b.field(kpi, r, ind.path + ".baseline.year", Kind::year, false));
      r.push_back(b.field(kpi, r, ind.path + ".baseline.value", Kind::number, false));
    } else {
      r.push_back(XCell{});
      r.push_back(XCell{});
    }
    for (int y : years) {
      if (ind.kind == IndicatorKind::kpi) {
        r.push_back(b.field(kpi, r, point_path(ind.path + ".targets." + key_of(ind.targets, y)), Kind::number, true));
      } else if (ind.target && ind.target->year && ind.target->year->year == y &&
                 b.value_at(ind.path + ".target").found && !b.value_at(ind.path + ".target").scalar) {
        r.push_back(b.field(kpi, r, ind.path + ".target.value", Kind::number, true));
      } else {
        r.push_back(XCell{});
      }
    }
    b.row(kpi, std::move(r));
    if (ind.kind != IndicatorKind::kpi) continue;
    std::vector<XCell> a{T(ind.id.value), T(ind.name.value)};
    for (int y : years)
      a.push_back(b.field(act, a, point_path(ind.path + ".actuals." + key_of(ind.actuals, y)), Kind::number, true));
    b.row(act, std::move(a));
  }
  std::vector<XSheet> out;
  for (XSheet* s : {&sec, &proj, &lst, &tot, &kpi, &act}) out.push_back(std::move(*s));
  return out;
}

struct Formats {
  lxw_format *header, *text, *open_text, *amount, *open_amount, *number, *open_number;
};

size_t width_of(const XCell& c) {
  switch (c.type) {
    case XCell::blank: return 0;
    case XCell::text: {
      size_t w = 0, start = 0;
      while (start <= c.s.size()) {  // the widest line
        size_t nl = c.s.find('\n', start);
        w = std::max(w, display_width(c.s.substr(start, nl == std::string::npos ? std::string::npos : nl - start)));
        if (nl == std::string::npos) break;
        start = nl + 1;
      }
      return w;
    }
    default: return fmt::format("{}", c.v).size() + 3;
  }
}

void write_sheet(lxw_workbook* wb, const Formats& f, const XSheet& s) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
  if (!ws) return;
  std::vector<size_t> widths(s.headers.size(), 6);
  for (size_t c = 0; c < s.headers.size(); ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), s.headers[c].c_str(), f.header);
    widths[c] = std::max(widths[c], display_width(s.headers[c]));
  }
  worksheet_freeze_panes(ws, 1, 0);
  lxw_row_t row = 1;
  for (const auto& cells : s.rows) {
    for (size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
      const XCell& x = cells[c];
      auto col = static_cast<lxw_col_t>(c);
      switch (x.type) {
        case XCell::blank: worksheet_write_blank(ws, row, col, x.open ? f.open_text : f.text); break;
        case XCell::text: worksheet_write_string(ws, row, col, x.s.c_str(), x.open ? f.open_text : f.text); break;
        case XCell::amount: worksheet_write_number(ws, row, col, x.v, x.open ? f.open_amount : f.amount); break;
        case XCell::number: worksheet_write_number(ws, row, col, x.v, x.open ? f.open_number : f.number); break;
      }
      if (x.list && x.open) {
        // The words the key accepts, as a drop-down (other text is still allowed: validate judges it).
        const auto* k = format::find_key(x.list, c == 4 && s.name == "projects" ? "category" : "direction");
        std::vector<std::string> words;
        if (k)
          for (const auto& w : k->values) words.emplace_back(w.name);
        std::vector<char*> list;
        for (auto& w : words) list.push_back(w.data());
        list.push_back(nullptr);
        lxw_data_validation dv{};
        dv.validate = LXW_VALIDATION_TYPE_LIST;
        dv.value_list = list.data();
        dv.show_error = LXW_VALIDATION_OFF;
        if (words.size() > 0) worksheet_data_validation_cell(ws, row, col, &dv);
      }
      widths[c] = std::max(widths[c], width_of(x));
    }
    ++row;
  }
  for (size_t c = 0; c < widths.size(); ++c)
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                         static_cast<double>(std::min<size_t>(widths[c], 60) + 2), nullptr);
  // Locked cells stay locked; no password, so a user can lift it knowingly.
  lxw_protection prot{};
  prot.format_columns = 1;
  prot.format_rows = 1;
  prot.sort = 1;
  prot.autofilter = 1;
  worksheet_protect(ws, nullptr, &prot);
}

void write_source(lxw_workbook* wb, const Formats& f, const WorkbookSource& src,
                  const std::vector<workbook::Entry>& entries) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, std::string(workbook::kSourceSheet).c_str());
  if (!ws) return;
  auto put = [&](lxw_row_t r, lxw_col_t c, const std::string& s) { worksheet_write_string(ws, r, c, s.c_str(), f.text); };
  put(0, 0, "format");
  put(0, 1, std::to_string(workbook::kFormatVersion));
  put(1, 0, "plan");
  put(1, 1, src.plan_path);
  put(2, 0, "sha256");
  put(2, 1, src.sha256);
  put(3, 0, "lang");
  put(3, 1, src.lang);
  const char* head[] = {"sheet", "key", "column", "path", "kind", "required", "value"};
  for (lxw_col_t c = 0; c < 7; ++c) put(workbook::kFirstEntryRow - 1, c, head[c]);
  lxw_row_t r = workbook::kFirstEntryRow;
  for (const auto& e : entries) {
    put(r, 0, e.sheet);
    put(r, 1, e.key);
    put(r, 2, std::to_string(e.column));
    if (!e.path.empty()) {
      put(r, 3, e.path);
      put(r, 4, workbook::kind_name(e.kind));
      put(r, 5, e.required ? "1" : "0");
      if (!e.value.empty()) put(r, 6, e.value);
    }
    ++r;
  }
  worksheet_hide(ws);
  worksheet_protect(ws, nullptr, nullptr);
}

}  // namespace

bool render_workbook(std::string& bytes, const Plan& plan, const PlanValueAt& value_at, const WorkbookSource& source,
                     std::string& error) {
  Builder b{value_at, {}};
  std::vector<XSheet> sheets = build(plan, b);
  // libxlsxwriter writes only to a named file: a private temporary one, read back and removed.
  lxw_workbook_options wo{};
  wo.constant_memory = LXW_TRUE;  // rows in order; inline strings (no shared-string tree to search)
  std::string tmp;
  lxw_workbook* wb = render::open_workbook_file("yplan-export", &wo, tmp, error);
  if (!wb) return false;
  Formats f{};
  auto fmt_ = [&](bool open, const char* num) {
    lxw_format* x = workbook_add_format(wb);
    if (num) format_set_num_format(x, num);
    if (open) {
      format_set_unlocked(x);
      format_set_bg_color(x, 0xFFFDE7);  // a pale yellow: the cells to edit
    }
    format_set_text_wrap(x);
    format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
    return x;
  };
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  format_set_bg_color(f.header, 0xEAEEF2);
  f.text = fmt_(false, "@");
  f.open_text = fmt_(true, "@");
  f.amount = fmt_(false, "#,##0");
  f.open_amount = fmt_(true, "#,##0");
  f.number = fmt_(false, nullptr);
  f.open_number = fmt_(true, nullptr);
  for (const auto& s : sheets) write_sheet(wb, f, s);
  write_source(wb, f, source, b.entries);
  return render::close_workbook_file(wb, tmp, bytes, error);
}

}  // namespace yplan
