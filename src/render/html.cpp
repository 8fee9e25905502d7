// The report as one self-contained HTML page: inline CSS and inline SVG
// charts (svg_chart.cpp), no script and no external reference; A4 landscape
// in print. Every figure of a chart is also in a table or a <title>.
#include <algorithm>
#include <climits>
#include <fmt/format.h>
#include <map>

#include "render/report_parts.hpp"
#include "render/svg_chart.hpp"
#include "yplan/report.hpp"

namespace yplan {

namespace {

using render::Heading;
using render::report_heading;
using render::xml_escape;

constexpr const char* kStyle = R"(
:root { color-scheme: light; }
body { font-family: "IPAexGothic", "IPAGothic", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif;
       margin: 24px; color: #1f2328; font-size: 14px; line-height: 1.5; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; border-bottom: 2px solid #1f2328; margin: 28px 0 10px; }
h3 { font-size: 15px; margin: 0; }
section > h3 { margin: 16px 0 4px; }
.meta, .subtitle, .note { color: #57606a; margin: 2px 0; }
table { border-collapse: collapse; margin: 8px 0 12px; font-size: 13px; }
th, td { border: 1px solid #8c959f; padding: 2px 6px; vertical-align: top; }
th { background: #eaeef2; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 12px 0 20px; }
.charts { display: flex; flex-wrap: wrap; gap: 8px 24px; }
.charts figure { width: 560px; max-width: 100%; }
svg.chart { max-width: 100%; height: auto; }
.chart text { font-size: 12px; fill: #1f2328; }
.chart .tick, .chart .unit { fill: #57606a; }
.chart .grid { stroke: #d0d7de; stroke-width: 1; }
.chart .axis { stroke: #1f2328; stroke-width: 1; }
.chart .bar.s0, .chart rect.s0 { fill: #0969da; }
.chart .bar.s1, .chart rect.s1 { fill: #afb8c1; }
.chart .line { fill: none; stroke-width: 2; }
.chart .target .line { stroke: #0969da; }
.chart .actual .line { stroke: #cf222e; stroke-dasharray: 5 3; }
.chart .mark.target { fill: #0969da; }
.chart .mark.actual { fill: #ffffff; stroke: #cf222e; stroke-width: 2.5; }
.chart .mark.baseline { fill: #57606a; stroke: #1f2328; stroke-width: 1; }
.chart .open circle { fill: #ffffff; stroke: #57606a; stroke-dasharray: 2 2; }
.chart .open-mark { fill: #57606a; }
ul.outline, ul.outline ul { list-style: none; padding-left: 1.4em; margin: 0; }
ul.outline { padding-left: 0; }
ul.outline li { margin: 1px 0; }
ul.outline .label { font-weight: bold; }
ul.outline { max-width: 64em; }
ul.outline .node { display: flex; gap: 0.4em; }
ul.outline .amount { color: #57606a; margin-left: auto; padding-left: 1em; white-space: nowrap; }
ul.outline ul.indicators { color: #57606a; font-size: 12px; }
ul.findings { padding-left: 1.2em; }
.error { color: #cf222e; font-weight: bold; }
.warning { color: #9a6700; font-weight: bold; }
tr.achieved td.status { background: #1a7f37; color: #ffffff; font-weight: bold; }
tr.on-track td.status { background: #aceebb; color: #1f2328; }
tr.behind td.status { background: #ffffff; color: #cf222e; font-weight: bold; border: 2px solid #cf222e; }
tr.no-data td.status { background: #ffffff; color: #57606a; border: 1px dashed #57606a; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 11px; }
  section.part { break-before: page; }
  .charts figure { width: 48%; }
  figure, table, tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

const char* status_class(ProgressStatus s) {
  static constexpr const char* k[] = {"achieved", "on-track", "behind", "no-data"};
  return k[static_cast<int>(s)];
}
const char* status_symbol(ProgressStatus s) {
  static constexpr const char* k[] = {"● ", "◐ ", "▲ ", "○ "};  // tells the statuses apart in grey print
  return k[static_cast<int>(s)];
}

void html_table(std::ostream& out, const Table& t, const std::vector<std::string>& row_classes = {}) {
  out << "<table>\n<thead><tr>";
  for (const auto& c : t.columns) out << (c.right ? "<th class=\"num\">" : "<th>") << xml_escape(c.header) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < t.rows.size(); ++i) {
    out << (i < row_classes.size() ? fmt::format("<tr class=\"{}\">", row_classes[i]) : "<tr>");
    for (size_t k = 0; k < t.rows[i].size(); ++k) {
      bool right = k < t.columns.size() && t.columns[k].right;
      bool last = !row_classes.empty() && k + 1 == t.rows[i].size();
      out << (right ? "<td class=\"num\">" : last ? "<td class=\"status\">" : "<td>") << xml_escape(t.rows[i][k])
          << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void notes(std::ostream& out, const std::vector<std::string>& lines) {
  for (const auto& n : lines) out << "<p class=\"note\">" << xml_escape(n) << "</p>\n";
}

// A bar for a figure: none when it is unknown or overflowing (the table
// beside the chart says which); never a made-up length.
std::optional<double> bar(const Figure& f) {
  return f.known() ? std::optional<double>(static_cast<double>(f.value)) : std::nullopt;
}

void budget_part(std::ostream& out, const PlanReport& r, const ReportOptions& o) {
  ReportOptions ob = o;
  ob.kind = ReportKind::budget;
  auto tables = render::report_tables(r, ob);
  render::Formatter fmt_money = [&](double v) { return render::report_money(static_cast<int64_t>(v), o); };
  std::vector<std::string> series{report_heading(Heading::this_year, o), report_heading(Heading::last_year, o)};
  out << "<section class=\"part budget\">\n";
  if (tables.empty() || tables[0].table.rows.empty()) {
    if (!tables.empty()) out << "<h2>" << xml_escape(tables[0].title) << "</h2>\n";
    if (!tables.empty()) notes(out, tables[0].notes);
    out << "</section>\n";
    return;
  }
  render::BarChart by_section{tables[0].title, series, {}, r.unit, fmt_money};
  if (o.by_project) {
    for (const auto& p : r.projects)
      by_section.items.push_back({p.name.empty() ? p.id : p.name,
                                  {bar(p.money.budget),
                                   p.has_previous ? bar(p.money.previous) : std::nullopt}});
  } else {
    for (const auto& b : r.sections)
      by_section.items.push_back({b.label.empty() ? b.title : b.label + " " + b.title,
                                  {bar(b.shown.budget), bar(b.shown.previous)}});
  }
  out << "<h2>" << xml_escape(tables[0].title) << "</h2>\n<figure>\n" << render::bar_chart_svg(by_section) << "</figure>\n";
  html_table(out, tables[0].table);
  notes(out, tables[0].notes);
  if (tables.size() > 1) {
    render::BarChart by_category{tables[1].title, series, {}, r.unit, fmt_money};
    for (const auto& c : r.categories)
      if (c.count)
        by_category.items.push_back({render::report_category(c.category, o),
                                     {bar(c.money.budget), bar(c.money.previous)}});
    out << "<h2>" << xml_escape(tables[1].title) << "</h2>\n<figure>\n"
        << render::bar_chart_svg(by_category) << "</figure>\n";
    html_table(out, tables[1].table);
    notes(out, tables[1].notes);
  }
  out << "</section>\n";
}

// One indicator's chart and its figures as a table.
void indicator_figure(std::ostream& out, const IndicatorRow& ind, const ReportOptions& o) {
  // x positions by Gregorian year; a baseline or target without a year goes first / last.
  std::map<int, std::string> xs;
  auto key = [](const YearCell& c, int fallback) { return c.year_text.empty() && c.year == 0 ? fallback : c.year; };
  if (ind.baseline) xs.emplace(key(*ind.baseline, INT_MIN), ind.baseline->year_text.empty() ? tr("Baseline") : ind.baseline->year_text);
  for (const auto& t : ind.targets) xs.emplace(key(t, INT_MAX), t.year_text.empty() ? tr("Target") : t.year_text);
  for (const auto& a : ind.actuals) xs.emplace(key(a, INT_MAX - 1), a.year_text.empty() ? tr("Actual") : a.year_text);
  std::vector<int> keys;
  render::LineChart c;
  c.title = fmt::format("{} ({})", ind.name, ind.unit);
  c.unit = ind.unit;
  c.format = [&](double v) { return render::report_quantity(v, o); };
  for (const auto& [k, label] : xs) {
    keys.push_back(k);
    c.xs.push_back(label);
  }
  auto index = [&](int k) { return static_cast<size_t>(std::find(keys.begin(), keys.end(), k) - keys.begin()); };
  render::LineSeries base{report_heading(Heading::baseline, o), "baseline", std::vector<std::optional<double>>(keys.size()), {}};
  render::LineSeries target{report_heading(Heading::target, o), "target", std::vector<std::optional<double>>(keys.size()),
                            std::vector<std::string>(keys.size())};
  render::LineSeries actual{report_heading(Heading::actual, o), "actual", std::vector<std::optional<double>>(keys.size()), {}};
  if (ind.baseline) base.values[index(key(*ind.baseline, INT_MIN))] = ind.baseline->value;
  for (const auto& t : ind.targets) {
    size_t i = index(key(t, INT_MAX));
    if (t.value) target.values[i] = t.value;
    else if (t.present) target.open[i] = t.note.empty() ? tr("open") : t.note;
  }
  for (const auto& a : ind.actuals) actual.values[index(key(a, INT_MAX - 1))] = a.value;
  c.series = {base, target, actual};

  std::string subtitle = render::report_direction(ind.direction, o) + " · " + ind.unit;
  if (ind.cumulative) subtitle += " · " + std::string(tr("cumulative"));
  out << "<figure class=\"indicator\" id=\"" << xml_escape(std::string(ind.kind == IndicatorKind::kpi ? "kpi" : "goal") + "-" + ind.id) << "\">\n"
      << "<figcaption><h3>" << xml_escape(ind.name) << "</h3><p class=\"subtitle\">"
      << xml_escape(ind.kind == IndicatorKind::kpi ? tr("KPI") : tr("Goal")) << " " << xml_escape(ind.id) << " · "
      << xml_escape(subtitle) << "</p></figcaption>\n"
      << render::line_chart_svg(c);
  Table t;
  t.columns = {{report_heading(Heading::year, o)}, {base.name, true}, {target.name, true}, {actual.name, true}, {tr("Note")}};
  for (size_t i = 0; i < keys.size(); ++i) {
    auto v = [&](const std::optional<double>& x) { return x ? render::report_quantity(*x, o) : std::string(); };
    t.add({c.xs[i], v(base.values[i]), target.values[i] ? v(target.values[i]) : target.open[i].empty() ? "" : tr("open"),
           v(actual.values[i]), target.open[i]});
  }
  html_table(out, t);
  if (!ind.note.empty()) out << "<p class=\"note\">" << xml_escape(ind.note) << "</p>\n";
  out << "</figure>\n";
}

void kpi_part(std::ostream& out, const PlanReport& r, const ReportOptions& o) {
  ReportOptions ok = o;
  ok.kind = ReportKind::kpi;
  auto tables = render::report_tables(r, ok);
  out << "<section class=\"part indicators\">\n<h2>" << xml_escape(report_heading(Heading::indicators, o)) << "</h2>\n";
  out << "<div class=\"charts\">\n";
  for (const auto& ind : r.indicators) indicator_figure(out, ind, o);
  out << "</div>\n";
  for (const auto& t : tables) {
    out << "<h3>" << xml_escape(t.title) << "</h3>\n";
    if (!t.table.rows.empty()) html_table(out, t.table);
    notes(out, t.notes);
  }
  out << "</section>\n";
}

void progress_part(std::ostream& out, const PlanReport& r, const ReportOptions& o) {
  ReportOptions op = o;
  op.kind = ReportKind::progress;
  auto tables = render::report_tables(r, op);
  if (tables.empty()) return;
  render::ReportTable& t = tables[0];
  std::vector<std::string> classes;
  for (size_t i = 0; i < r.progress.size() && i < t.table.rows.size(); ++i) {
    classes.push_back(status_class(r.progress[i].status));
    t.table.rows[i].back() = status_symbol(r.progress[i].status) + t.table.rows[i].back();
  }
  out << "<section class=\"part progress\">\n<h2>" << xml_escape(t.title) << "</h2>\n";
  if (!t.table.rows.empty()) html_table(out, t.table, classes);
  notes(out, t.notes);
  out << "</section>\n";
}

void plan_page(std::ostream& out, const PlanReport& r, const ReportOptions& o) {
  auto header = render::report_header_lines(r, o);
  out << "<header>\n<h1>" << xml_escape(header[0]) << "</h1>\n";
  for (size_t i = 1; i + 1 < header.size(); ++i) out << "<p class=\"meta\">" << xml_escape(header[i]) << "</p>\n";
  out << "</header>\n<section class=\"validation\">\n<p>" << xml_escape(header.back()) << "</p>\n";
  if (!r.findings.empty()) {
    out << "<ul class=\"findings\">\n";
    for (const auto& f : r.findings)
      out << "<li><code>" << xml_escape(fmt::format("{}:{}:{}", f.file, f.line, f.col)) << "</code> <span class=\""
          << (f.severity == "error" ? "error" : "warning") << "\">"
          << xml_escape(f.severity == "error" ? tr("error") : tr("warning")) << "</span> [" << xml_escape(f.check)
          << "] " << xml_escape(f.message) << "</li>\n";
    out << "</ul>\n";
  }
  out << "</section>\n";
  if (o.kind == ReportKind::all || o.kind == ReportKind::outline) {
    out << "<section class=\"part outline\">\n<h2>" << xml_escape(tr("Outline")) << "</h2>\n";
    render::render_outline_html(out, r, o);
    out << "</section>\n";
  }
  if (o.kind == ReportKind::all || o.kind == ReportKind::budget) budget_part(out, r, o);
  if (o.kind == ReportKind::all || o.kind == ReportKind::kpi) kpi_part(out, r, o);
  if (o.kind == ReportKind::all || o.kind == ReportKind::progress) progress_part(out, r, o);
}

}  // namespace

void render_report_html(std::ostream& out, const ReportModel& m, const ReportOptions& o) {
  std::string title = m.plans.size() == 1 ? m.plans[0].title : std::string(tr("Report"));
  out << "<!DOCTYPE html>\n<html lang=\"" << (o.lang == Lang::ja ? "ja" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << xml_escape(title)
      << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
  for (size_t i = 0; i < m.plans.size(); ++i) {
    out << "<article class=\"plan\">\n";
    plan_page(out, m.plans[i], o);
    out << "</article>\n";
  }
  if (m.plans.size() > 1 && (o.kind == ReportKind::all || o.kind == ReportKind::budget))
    out << "<p class=\"combined\">"
        << xml_escape(trf("Combined total of {} plans: {} (last year {})", m.plans.size(),
                          render::report_money(m.combined.budget, o), render::report_money(m.combined.previous, o)))
        << "</p>\n";
  out << "</body>\n</html>\n";
}

}  // namespace yplan
