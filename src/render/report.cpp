// Rendering the report model: text, Markdown and CSV (JSON: report_json.cpp).
#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/report_parts.hpp"
#include "yplan/i18n.hpp"
#include "yplan/report.hpp"
#include "yplan/table.hpp"
#include "yplan/text.hpp"
#include "yplan/values.hpp"

namespace yplan {

namespace {

// Headings and labels, in the language of the message catalog (yplan/i18n.hpp;
// po/ja.po has the Japanese, in the plan's own terms). Plan content stays as written.
struct Labels {
  const char *budget, *by_project, *categories, *indicators, *progress, *organization, *fiscal_year, *period,
      *status, *unit, *validation, *label, *id, *title, *name, *this_year, *last_year, *change, *change_pct,
      *computed, *department_total, *listing_sum, *category, *projects, *listed_in, *kind, *baseline,
      *direction, *cumulative, *year, *actual, *target, *rate, *open, *none, *new_, *revised, *continuing,
      *unspecified, *achieved, *on_track, *behind, *no_data, *increase, *decrease, *maintain, *kpi, *goal,
      *yes, *differs_note, *notes, *no_actuals, *combined, *section, *not_checked, *trajectories,
      *outside_period, *final_, *draft, *no_projects;
};

Labels L(const ReportOptions&) {
  return {
      tr("Budget by section"),
      tr("Budget by project"),
      tr("By category"),
      tr("KPIs and goals"),
      tr("Progress"),
      tr("Organization"),
      tr("Fiscal year"),
      tr("Period"),
      tr("Status"),
      tr("Unit"),
      tr("Validation"),
      tr("Label"),
      tr("ID"),
      tr("Title"),
      tr("Name"),
      tr("This year"),
      tr("Last year"),
      tr("Change"),
      tr("Change %"),
      tr("Computed"),
      tr("Total (each project once)"),
      tr("Sum of listings (re-listings counted)"),
      tr("Category"),
      tr("Projects"),
      tr("Listed in"),
      tr("Kind"),
      tr("Baseline"),
      tr("Direction"),
      tr("Cum."),
      tr("Year"),
      tr("Actual"),
      tr("Target"),
      tr("Rate"),
      tr("open"),
      tr("none"),
      tr("new"),
      tr("revised"),
      tr("continuing"),
      tr("unspecified"),
      tr("achieved"),
      tr("on track"),
      tr("behind"),
      tr("no data"),
      tr("increase"),
      tr("decrease"),
      tr("maintain"),
      tr("KPI"),
      tr("goal"),
      tr("yes"),
      tr("! the stated total differs from the sum of its listings (computed)"),
      tr("Notes"),
      tr("{} indicators have no actuals"),
      tr("Combined total of {} plans"),
      tr("Section"),
      tr("not checked"),
      tr("Targets"),
      tr("outside the period"),
      tr("final"),
      tr("draft"),
      tr("No budgeted projects.")};
}

std::string neg(const ReportOptions& o) { return o.lang == Lang::ja ? "△" : "-"; }

// What a figure that is not a known value says instead of a number.
std::string not_a_number(const Figure& f) { return f.overflow() ? tr("overflow") : tr("unknown"); }

// 1234567 → "1,234,567"; negatives with - (en) or △ (ja), as budget documents print them.
std::string money(int64_t v, const ReportOptions& o) {
  if (o.plain_numbers) return std::to_string(v);
  std::string s = group_thousands(v);
  if (v < 0) s = neg(o) + s.substr(1);
  return s;
}
std::string money(const Figure& f, const ReportOptions& o) { return f.known() ? money(f.value, o) : not_a_number(f); }
std::string signed_money(const Figure& f, const ReportOptions& o) {
  if (!f.known()) return not_a_number(f);
  return f.value > 0 && !o.plain_numbers ? fmt::format("+{}", money(f.value, o)) : money(f.value, o);
}

std::string quantity(double v, const ReportOptions& o) {
  if (o.plain_numbers) {
    std::string p = fmt::format("{}", v);  // shortest exact form: 116000, 56.4, -4543
    return p;
  }
  std::string s = format_number(v);
  if (!s.empty() && s[0] == '-') s = neg(o) + s.substr(1);
  return s;
}

std::string percent_change(const Figure& now_f, const Figure& before_f, const ReportOptions& o) {
  if (!now_f.known() || !before_f.known()) return not_a_number(now_f - before_f);  // not computed
  const int64_t now = now_f.value, before = before_f.value;
  if (before == 0) return "—";
  // The difference in long double: now − before may not fit in 64 bits.
  double pct = static_cast<double>(100.0L * (static_cast<long double>(now) - static_cast<long double>(before)) /
                                   static_cast<long double>(before));
  // 0.0% is no change at all; a change under 0.1 % reads +<0.1% or -<0.1% (values.hpp).
  if (o.plain_numbers) return percent_number(pct);
  return format_percent(pct, true, neg(o));
}

const char* category_label(Category c, const Labels& l) {
  switch (c) {
    case Category::new_: return l.new_;
    case Category::revised: return l.revised;
    case Category::continuing: return l.continuing;
    case Category::none: return l.unspecified;
  }
  return "";
}

const char* direction_label(Direction d, const Labels& l) {
  return d == Direction::increase ? l.increase : d == Direction::decrease ? l.decrease : l.maintain;
}

const char* status_label(ProgressStatus s, const Labels& l) {
  switch (s) {
    case ProgressStatus::achieved: return l.achieved;
    case ProgressStatus::on_track: return l.on_track;
    case ProgressStatus::behind: return l.behind;
    case ProgressStatus::no_data: return l.no_data;
  }
  return "";
}

std::string counted(size_t n, const std::string& pattern) { return fmt::format(fmt::runtime(pattern), n); }

bool want(const ReportOptions& o, ReportKind k) { return o.kind == ReportKind::all || o.kind == k; }

// ---- tables built from the model, shared by text, Markdown and CSV -------

struct Titled {
  std::string title;
  Table table;
  std::vector<std::string> notes;  // lines printed under the table
};

std::vector<std::string> money_cells(const Money& m, bool has_previous, const ReportOptions& o) {
  if (!has_previous) return {money(m.budget, o), "—", "—", "—"};
  return {money(m.budget, o), money(m.previous, o), signed_money(m.budget - m.previous, o),
          percent_change(m.budget, m.previous, o)};
}

// Notes saying why a figure is not a number, once per table.
void figure_notes(Titled& t, bool unknown, bool overflow) {
  if (unknown)
    t.notes.push_back(tr("unknown: a figure this counts is missing or cannot be read (see yplan validate); "
                         "totals that include it are not computed"));
  if (overflow) t.notes.push_back(tr("overflow: the sum exceeds 64 bits and is not shown"));
}
void note_figures(const Money& m, bool& unknown, bool& overflow) {
  unknown |= m.budget.is_unknown() || m.previous.is_unknown();
  overflow |= m.budget.overflow() || m.previous.overflow();
}

Titled budget_table(const PlanReport& r, const ReportOptions& o) {
  const Labels& l = L(o);
  Titled t;
  bool any_differs = std::any_of(r.sections.begin(), r.sections.end(), [](const BudgetRow& b) { return b.differs; });
  if (!o.by_project) {
    t.title = fmt::format("{} ({})", l.budget, r.unit);
    t.table.columns = {{l.label}, {l.id}, {l.title, false, true, 8}, {l.this_year, true},
                       {l.last_year, true}, {l.change, true}, {l.change_pct, true}};
    if (any_differs) t.table.columns.push_back({l.computed, true});
    for (const auto& b : r.sections) {
      std::vector<std::string> row{b.label, b.id, b.title};
      for (auto& c : money_cells(b.shown, true, o)) row.push_back(c);
      if (any_differs)
        row.push_back(b.differs ? fmt::format("! {} ({})", money(b.computed.budget, o), money(b.computed.previous, o))
                                : "");
      t.table.add(std::move(row));
    }
    if (any_differs) t.notes.push_back(l.differs_note);
  } else {
    t.title = fmt::format("{} ({})", l.by_project, r.unit);
    t.table.columns = {{l.id},           {l.name, false, true, 8}, {l.category},   {l.this_year, true},
                       {l.last_year, true}, {l.change, true},          {l.change_pct, true}, {l.listed_in, false, true, 9}};
    bool any_relisted = false;
    for (const auto& p : r.projects) {
      std::vector<std::string> row{p.id, p.name, category_label(p.category, l)};
      for (auto& c : money_cells(p.money, p.has_previous, o)) row.push_back(c);
      // A listing the print marks （再掲） carries a *; the note below says so.
      std::vector<std::string> where;
      for (const auto& s : p.listed_in) {
        bool re = std::find(p.relisted_in.begin(), p.relisted_in.end(), s) != p.relisted_in.end();
        any_relisted = any_relisted || re;
        where.push_back(re ? s + "*" : s);
      }
      row.push_back(where.empty() ? "—" : fmt::format("{}", fmt::join(where, " ")));
      t.table.add(std::move(row));
    }
    if (any_relisted) t.notes.push_back(tr("* listed with the print's （再掲） mark"));
  }
  // The totals, below a rule: the first cells hold the label, the money lines up.
  size_t first = t.table.rows.size();
  auto total_row = [&](const char* label, const Money& m) {
    std::vector<std::string> row(t.table.columns.size());
    size_t money_col = o.by_project ? 3 : 3;
    row[o.by_project ? 1 : 2] = label;
    auto cells = money_cells(m, true, o);
    for (size_t i = 0; i < cells.size(); ++i) row[money_col + i] = cells[i];
    t.table.add(std::move(row));
  };
  total_row(l.department_total, r.total);
  total_row(l.listing_sum, r.listings);
  t.table.rules_before.push_back(first);
  bool unknown = false, overflow = false;
  for (const auto& b : r.sections) note_figures(b.shown, unknown, overflow), note_figures(b.computed, unknown, overflow);
  for (const auto& p : r.projects) note_figures(p.money, unknown, overflow);
  note_figures(r.total, unknown, overflow);
  note_figures(r.listings, unknown, overflow);
  figure_notes(t, unknown, overflow);
  return t;
}

Titled category_table(const PlanReport& r, const ReportOptions& o) {
  const Labels& l = L(o);
  Titled t;
  t.title = l.categories;
  t.table.columns = {{l.category}, {l.projects, true}, {l.this_year, true}, {l.last_year, true},
                     {l.change, true}, {l.change_pct, true}};
  for (const auto& c : r.categories) {
    std::vector<std::string> row{category_label(c.category, l), std::to_string(c.count)};
    for (auto& cell : money_cells(c.money, true, o)) row.push_back(cell);
    t.table.add(std::move(row));
  }
  bool unknown = false, overflow = false;
  for (const auto& c : r.categories) note_figures(c.money, unknown, overflow);
  figure_notes(t, unknown, overflow);
  return t;
}

std::string year_value(const YearCell& c, const ReportOptions& o) {
  if (c.value) return quantity(*c.value, o);
  if (c.unreadable) return tr("unknown");
  return c.present ? L(o).open : "";
}

Titled indicator_table(const PlanReport& r, const ReportOptions& o) {
  const Labels& l = L(o);
  Titled t;
  t.title = l.indicators;
  t.table.columns = {{l.id}, {l.kind}, {l.name, false, true, 8}, {l.unit}, {l.direction}, {l.cumulative}, {l.section}};
  for (const auto& ind : r.indicators)
    t.table.add({ind.id, ind.kind == IndicatorKind::kpi ? l.kpi : l.goal, ind.name, ind.unit,
                 direction_label(ind.direction, l), ind.cumulative ? l.yes : "", ind.section});
  return t;
}

// Baseline and one column per year of the period; open targets point to
// their notes under the table.
Titled trajectory_table(const PlanReport& r, const ReportOptions& o) {
  const Labels& l = L(o);
  Titled t;
  t.title = l.trajectories;
  t.table.columns = {{l.id, false, true, 10}, {l.baseline, true}};
  for (const auto& y : r.period_years) t.table.columns.push_back({y, true});
  int note_no = 0;
  for (const auto& ind : r.indicators) {
    std::string base = "—";
    if (ind.baseline) {
      std::string v = ind.baseline->value ? quantity(*ind.baseline->value, o)
                      : ind.baseline->unreadable ? std::string(tr("unknown")) : "—";
      base = ind.baseline->year_text.empty() ? v : ind.baseline->year_text + " " + v;
    }
    std::vector<std::string> row{ind.id, base};
    std::vector<std::string> cells(r.period_years.size());
    std::vector<std::string> outside;  // targets in years the period has no column for
    for (const auto& c : ind.targets) {
      if (!c.present) continue;
      std::string v = year_value(c, o);
      if (!c.note.empty()) {
        ++note_no;
        v += fmt::format(" ※{}", note_no);
        t.notes.push_back(c.year_text.empty() ? fmt::format("※{} {}: {}", note_no, ind.id, c.note)
                                              : fmt::format("※{} {} {}: {}", note_no, ind.id, c.year_text, c.note));
      }
      // By year value, so a goal's 令和６年度 lands in the R6 column; a goal
      // target with no year is the final one.
      auto col = c.year ? std::find(r.period_year_values.begin(), r.period_year_values.end(), c.year)
                        : (r.period_year_values.empty() ? r.period_year_values.end() : r.period_year_values.end() - 1);
      if (col != r.period_year_values.end() && cells[static_cast<size_t>(col - r.period_year_values.begin())].empty())
        cells[static_cast<size_t>(col - r.period_year_values.begin())] = v;
      else
        outside.push_back((c.year_text.empty() ? std::string() : c.year_text + " ") + v);
    }
    for (auto& c : cells) row.push_back(c);
    t.table.add(std::move(row));
    for (const auto& x : outside) t.notes.push_back(fmt::format("{} {}: {}", ind.id, l.outside_period, x));
  }
  return t;
}

Titled progress_table(const PlanReport& r, const ReportOptions& o) {
  const Labels& l = L(o);
  Titled t;
  t.title = l.progress;
  t.table.columns = {{l.id},          {l.name, false, true, 8}, {l.year}, {l.actual, true}, {l.target, true},
                     {l.rate, true}, {l.status}};
  for (const auto& p : r.progress) {
    t.table.add({p.id, p.name, p.actual ? p.actual->year_text : "",
                 p.actual && p.actual->value ? quantity(*p.actual->value, o) : "",
                 p.target ? quantity(*p.target, o) : p.target_unknown ? std::string(tr("unknown")) : "—",
                 p.rate             ? o.plain_numbers ? percent_number(*p.rate * 100) : format_percent(*p.rate * 100, false)
                 : p.target_unknown ? std::string(tr("unknown"))
                                    : "—",
                 status_label(p.status, l)});
  }
  size_t without = r.indicators.size() - r.progress.size();  // each progress row is one indicator
  if (without) t.notes.push_back(fmt::format(fmt::runtime(l.no_actuals), without));
  return t;
}

std::vector<Titled> tables(const PlanReport& r, const ReportOptions& o) {
  std::vector<Titled> out;
  if (want(o, ReportKind::budget)) {
    if (r.projects.empty() && r.sections.empty()) {
      Titled t;
      t.title = fmt::format("{} ({})", L(o).budget, r.unit);
      t.notes.push_back(L(o).no_projects);
      out.push_back(std::move(t));
    } else {
      out.push_back(budget_table(r, o));
      out.push_back(category_table(r, o));
    }
  }
  if (r.indicators.empty() && (want(o, ReportKind::kpi) || want(o, ReportKind::progress))) {
    // One line instead of empty tables (a draft may leave its indicators to be set later).
    Titled t;
    t.title = L(o).indicators;
    t.notes.push_back(tr("No KPIs or goals."));
    out.push_back(std::move(t));
    return out;
  }
  if (want(o, ReportKind::kpi)) {
    out.push_back(indicator_table(r, o));
    out.push_back(trajectory_table(r, o));
  }
  if (want(o, ReportKind::progress)) out.push_back(progress_table(r, o));
  if (o.kind == ReportKind::outline) {
    render::ReportTable t = render::outline_table(r, o);
    out.push_back({std::move(t.title), std::move(t.table), std::move(t.notes)});
  }
  return out;
}

std::vector<std::string> header_lines(const PlanReport& r, const ReportOptions& o) {
  const Labels& l = L(o);
  std::vector<std::string> parts;
  if (!r.organization.empty()) parts.push_back(fmt::format("{}: {}", l.organization, r.organization));
  if (!r.fiscal_year.empty()) parts.push_back(fmt::format("{}: {}", l.fiscal_year, r.fiscal_year));
  if (!r.period.empty()) parts.push_back(fmt::format("{}: {}", l.period, r.period));
  parts.push_back(fmt::format("{}: {}", l.status, r.status == "draft" ? l.draft : l.final_));
  parts.push_back(fmt::format("{}: {}", l.unit, r.unit));
  std::vector<std::string> lines{fmt::format("{} ({})", r.title, r.id), fmt::format("{}", fmt::join(parts, " · "))};
  if (!r.section.empty()) lines.push_back(fmt::format("{}: {}", l.section, r.section));
  lines.push_back(fmt::format("{}: {}", l.validation,
                              r.checked ? trf("{}, {}", counted(r.errors, ntr("{} error", "{} errors", r.errors)),
                                              counted(r.warnings, ntr("{} warning", "{} warnings", r.warnings)))
                                        : std::string(l.not_checked)));
  return lines;
}

// Text lines no wider than the report: a line of several (a note written
// over lines) continues indented, and control characters are shown escaped.
void put_wrapped(std::ostream& out, const std::string& text, size_t width) {
  size_t start = 0;
  bool first = true;
  for (;;) {
    size_t nl = text.find('\n', start);
    std::string part = escape_control(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (!first) part.insert(0, "  ");
    for (const auto& line : wrap_to_width(part, width)) out << line << '\n';
    first = false;
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
}

}  // namespace

void render_report_text(std::ostream& out, const ReportModel& m, const ReportOptions& o) {
  if (o.kind == ReportKind::outline) return render_outline_text(out, m, o);
  bool first = true;
  for (const auto& r : m.plans) {
    if (!first) out << '\n';
    first = false;
    for (const auto& line : header_lines(r, o)) put_wrapped(out, line, o.width);
    for (const auto& t : tables(r, o)) {
      out << '\n';
      put_wrapped(out, t.title, o.width);
      if (!t.table.rows.empty()) render_text_table(out, t.table, o.width);
      for (const auto& n : t.notes) put_wrapped(out, n, o.width);
    }
  }
  if (m.plans.size() > 1 && want(o, ReportKind::budget)) {
    out << '\n';
    put_wrapped(out,
                fmt::format(fmt::runtime(L(o).combined), m.plans.size()) + ": " + money(m.combined.budget, o) +
                    " (" + L(o).last_year + ' ' + money(m.combined.previous, o) + ")",
                o.width);
  }
}

void render_report_markdown(std::ostream& out, const ReportModel& m, const ReportOptions& o) {
  if (o.kind == ReportKind::outline) return render_outline_markdown(out, m, o);
  bool first = true;
  for (const auto& r : m.plans) {
    if (!first) out << '\n';
    first = false;
    auto lines = header_lines(r, o);
    out << "# " << lines[0] << "\n\n";
    // A hard break between the header lines: a backslash (CommonMark), not
    // two trailing spaces, which no line yplan prints ends in.
    for (size_t i = 1; i < lines.size(); ++i) out << lines[i] << (i + 1 < lines.size() ? "\\\n" : "\n");
    for (const auto& t : tables(r, o)) {
      out << "\n## " << t.title << "\n\n";
      if (!t.table.rows.empty()) render_markdown_table(out, t.table);
      if (!t.notes.empty()) out << '\n';
      for (const auto& n : t.notes) out << "- " << n << '\n';
    }
  }
  if (m.plans.size() > 1 && want(o, ReportKind::budget))
    out << "\n**" << fmt::format(fmt::runtime(L(o).combined), m.plans.size()) << "**: "
        << money(m.combined.budget, o) << " (" << L(o).last_year << ' ' << money(m.combined.previous, o) << ")\n";
}

void render_report_csv(std::ostream& out, const ReportModel& m, const ReportOptions& options) {
  ReportOptions o = options;
  o.plain_numbers = true;  // cells a spreadsheet reads as numbers
  if (o.bom) out << "\xEF\xBB\xBF";
  bool first = true;
  for (const auto& r : m.plans) {
    for (const auto& t : tables(r, o)) {
      if (t.table.columns.empty()) continue;
      if (!first) out << "\r\n";  // tables are separated by an empty line
      first = false;
      // Each table starts with a row naming the plan and the table.
      out << csv_field(r.id) << ',' << csv_field(t.title) << "\r\n";
      render_csv_table(out, t.table);
    }
  }
}


}  // namespace yplan

// ---- shared with the HTML and xlsx renderers (report_parts.hpp) ------------

namespace yplan::render {

std::vector<ReportTable> report_tables(const PlanReport& r, const ReportOptions& o) {
  std::vector<ReportTable> out;
  for (auto& t : tables(r, o)) out.push_back({std::move(t.title), std::move(t.table), std::move(t.notes)});
  return out;
}
std::vector<std::string> report_header_lines(const PlanReport& r, const ReportOptions& o) { return header_lines(r, o); }
std::string report_money(int64_t v, const ReportOptions& o) { return money(v, o); }
std::string report_money(const Figure& f, const ReportOptions& o) { return money(f, o); }
std::string report_quantity(double v, const ReportOptions& o) { return quantity(v, o); }
std::string report_status(ProgressStatus s, const ReportOptions& o) { return status_label(s, L(o)); }
std::string report_direction(Direction d, const ReportOptions& o) { return direction_label(d, L(o)); }
std::string report_category(Category c, const ReportOptions& o) { return category_label(c, L(o)); }

std::string report_heading(Heading h, const ReportOptions& o) {
  const Labels& l = L(o);
  switch (h) {
    case Heading::budget: return l.budget;
    case Heading::by_project: return l.by_project;
    case Heading::categories: return l.categories;
    case Heading::indicators: return l.indicators;
    case Heading::progress: return l.progress;
    case Heading::this_year: return l.this_year;
    case Heading::last_year: return l.last_year;
    case Heading::change_pct: return l.change_pct;
    case Heading::label: return l.label;
    case Heading::id: return l.id;
    case Heading::title: return l.title;
    case Heading::name: return l.name;
    case Heading::category: return l.category;
    case Heading::projects: return l.projects;
    case Heading::baseline: return l.baseline;
    case Heading::direction: return l.direction;
    case Heading::actual: return l.actual;
    case Heading::target: return l.target;
    case Heading::rate: return l.rate;
    case Heading::status: return l.status;
    case Heading::kind: return l.kind;
    case Heading::year: return l.year;
    case Heading::listed_in: return l.listed_in;
    case Heading::department_total: return l.department_total;
    case Heading::listing_sum: return l.listing_sum;
    case Heading::change: return l.change;
    case Heading::unit: return l.unit;
    case Heading::section: return l.section;
    case Heading::cumulative: return l.cumulative;
  }
  return "";
}

std::string printed_ref(const std::string& ref) {
  std::string s = "【";
  for (char c : ref) {
    static constexpr std::string_view kDigits = "０１２３４５６７８９";  // 3 bytes each in UTF-8
    if (c >= '0' && c <= '9') s += kDigits.substr(3 * static_cast<size_t>(c - '0'), 3);
    else if (c == '-') s += "－";
    else s += c;
  }
  return s + "】";
}

}  // namespace yplan::render
