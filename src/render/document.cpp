// The plan document (--kind document): the plan typeset as its printed
// document, one self-contained HTML page (inline CSS, no script, no external
// reference) for A4 portrait. The 施策体系 outline page first, then every
// section with its goals, KPI table, text blocks and project table, closed by
// its 計. The PDF is this page printed by an external engine (document_pdf.cpp).
#include <algorithm>
#include <fmt/format.h>
#include <map>

#include "render/report_parts.hpp"
#include "render/xml.hpp"
#include "yplan/report.hpp"

namespace yplan {

namespace {

using render::xml_escape;

// Japanese fonts first (Noto CJK, IPAex), then what other systems have.
constexpr const char* kStyle = R"(
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Hiragino Sans", "Yu Gothic",
       Meiryo, sans-serif; color: #000; font-size: 10.5pt; line-height: 1.45; margin: 0; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #000; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; background: #e6e6e6; padding: 1mm 2mm; }
h4 { font-size: 11pt; margin: 4mm 0 2mm; border-left: 3pt solid #000; padding-left: 2mm; }
h5, h6 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; }
.subtitle { text-align: center; font-size: 13pt; margin: 0 0 6mm; }
.meta { text-align: center; margin: 0 0 6mm; }
ul.outline, ul.outline ul { list-style: none; padding-left: 1.6em; margin: 0; }
ul.outline { padding-left: 0; }
ul.outline li { margin: 0.5mm 0; }
ul.outline > li > .node { font-weight: bold; }
.label { margin-right: 0.4em; }
section.body { break-before: page; }
section.node { margin: 0; }
.block-title { font-weight: bold; margin: 2mm 0 0.5mm; }
ul.bullets { list-style: none; padding-left: 1em; margin: 0 0 1mm; }
ul.bullets li { text-indent: -1em; padding-left: 0; break-inside: avoid; }
ul.bullets li::before { content: "・"; }
ul.bullets li.cont { padding-left: 1em; }
ul.bullets li.cont::before { content: ""; }
.goal { border: 1pt solid #000; padding: 1.5mm 3mm; margin: 2mm 0; break-inside: avoid; }
.goal .name { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 1.5mm 0; font-size: 9.5pt; }
th, td { border: 0.75pt solid #000; padding: 0.8mm 1.5mm; vertical-align: top; }
th { background: #e6e6e6; font-weight: bold; text-align: center; }
tr { break-inside: avoid; }
th.amount, td.num { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.kpi-name { width: 34%; }
td.project { width: 22%; }
td.cat { width: 4.5em; text-align: center; white-space: nowrap; }
.cat span { display: block; color: #555; }
.cat span.on { color: #000; font-weight: bold; border: 1pt solid #000; border-radius: 50%; }
tr.total td { font-weight: bold; }
.unit { text-align: right; font-size: 9pt; margin: 2mm 0 0; }
.note, .footnote { font-size: 9pt; margin: 0.5mm 0; }
.flag, .footnote .mark { color: #b00; font-weight: bold; }
@page {
  size: A4 portrait;
  margin: 18mm 15mm 16mm;
  @top-center { content: "%TITLE%"; font-size: 9pt; color: #444; }
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; }
}
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen { body { max-width: 180mm; margin: 10mm auto; padding: 0 5mm; } }
)";

// A CSS string's content: quotes, backslashes and line breaks escaped, and
// "<" too, so that no text can close the <style> element.
std::string css_string(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (c == '\n' || c == '\r') out += "\\A ";
    else if (c == '<') out += "\\3C ";
    else if (static_cast<unsigned char>(c) < 0x20) out += ' ';
    else out += c;
  }
  return out;
}

std::string node_heading(const OutlineNode& n) {
  std::string s;
  if (!n.label.empty()) s = "<span class=\"label\">" + xml_escape(n.label) + "</span>";
  s += xml_escape(n.title);
  if (!n.ref.empty()) s += xml_escape(render::printed_ref(n.ref));
  return s;
}

void outline_item(std::ostream& out, const OutlineNode& n) {
  out << "<li><span class=\"node\">" << node_heading(n) << "</span>";
  if (!n.children.empty()) {
    out << "\n<ul>\n";
    for (const auto& c : n.children) outline_item(out, c);
    out << "</ul>";
  }
  out << "</li>\n";
}

// A line that goes on from the bullet above it (⇒…, as the print indents it) gets no bullet of its own.
void bullets(std::ostream& out, const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  out << "<ul class=\"bullets\">\n";
  for (const auto& l : lines)
    out << (l.rfind("⇒", 0) == 0 ? "<li class=\"cont\">" : "<li>") << xml_escape(l) << "</li>\n";
  out << "</ul>\n";
}

void block(std::ostream& out, const char* title, const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  out << "<p class=\"block-title\">" << xml_escape(title) << "</p>\n";
  bullets(out, lines);
}

std::string with_unit(const std::string& v, const std::string& unit) { return unit.empty() ? v : v + " " + unit; }

// A value of an indicator: its figure and unit; "－" where the target is left
// open; "unknown" where it was written but cannot be read; "" where none.
std::string value_text(const YearCell& c, const std::string& unit, const ReportOptions& o) {
  if (c.value) return with_unit(render::report_quantity(*c.value, o), unit);
  if (c.unreadable) return tr("unknown");
  return c.present ? "－" : "";
}

std::string note_text(const std::string& n) { return n.rfind("※", 0) == 0 ? n : "※" + n; }

// The goal indicators (目標指標) of a measure: name, baseline and target.
void goal_box(std::ostream& out, const IndicatorRow& g, const ReportOptions& o) {
  out << "<div class=\"goal\">\n<p class=\"block-title\">" << xml_escape(tr("Goal indicator")) << "</p>\n<p class=\"name\">"
      << xml_escape(g.name) << "</p>\n";
  auto line = [&](const char* what, const std::optional<YearCell>& c) {
    std::string year = c && !c->year_text.empty() ? "（" + c->year_text + "）" : "";
    std::string v = c ? value_text(*c, g.unit, o) : "";
    out << "<p>" << xml_escape(fmt::format("{}{}：{}", what, year, v.empty() ? "－" : v)) << "</p>\n";
  };
  line(tr("Baseline"), g.baseline);
  line(tr("Target"), g.targets.empty() ? std::nullopt : std::optional<YearCell>(g.targets.front()));
  if (!g.note.empty()) out << "<p class=\"note\">" << xml_escape(note_text(g.note)) << "</p>\n";
  out << "</div>\n";
}

// The KPI table: 指標, 基準値 (its year), one column per target year; the ※ notes under it.
void kpi_table(std::ostream& out, const std::vector<const IndicatorRow*>& kpis, const ReportOptions& o) {
  std::map<int, std::string> years;  // Gregorian → as printed
  for (const auto* k : kpis)
    for (const auto& t : k->targets)
      if (t.year) years.emplace(t.year, t.year_text);
  out << "<table class=\"kpis\">\n<thead><tr><th>" << xml_escape(tr("Indicator")) << "</th><th>" << xml_escape(tr("Baseline"))
      << "</th>";
  for (const auto& [y, text] : years) out << "<th>" << xml_escape(text) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  std::vector<std::string> notes;
  for (const auto* k : kpis) {
    out << "<tr><td class=\"kpi-name\">" << xml_escape(k->name) << "</td><td class=\"num\">";
    if (k->baseline) {
      std::string v = value_text(*k->baseline, k->unit, o);
      out << xml_escape(v.empty() ? "－" : v);
      if (!k->baseline->year_text.empty()) out << "<br>" << xml_escape("（" + k->baseline->year_text + "）");
    } else {
      out << "－";
    }
    out << "</td>";
    for (const auto& [y, text] : years) {
      auto t = std::find_if(k->targets.begin(), k->targets.end(), [&](const YearCell& c) { return c.year == y; });
      std::string v = t == k->targets.end() ? "" : value_text(*t, k->unit, o);
      if (t != k->targets.end() && !t->note.empty()) {
        v += v.empty() ? "※" : " ※";
        notes.push_back(note_text(fmt::format("{}: {}", text, t->note)));
      }
      out << "<td class=\"num\">" << xml_escape(v) << "</td>";
    }
    out << "</tr>\n";
    if (!k->note.empty()) notes.push_back(note_text(k->note));
  }
  out << "</tbody>\n</table>\n";
  for (const auto& n : notes) out << "<p class=\"note\">" << xml_escape(n) << "</p>\n";
}

// "200,753<br>(155,613)", "(-)" where there is no previous budget.
std::string amounts(const Money& m, bool has_previous, const ReportOptions& o) {
  return xml_escape(render::report_money(m.budget, o)) + "<br>" +
         xml_escape(has_previous ? "(" + render::report_money(m.previous, o) + ")" : "(-)");
}

// The 区分 cell: the three words, the project's own marked (none when it is not known).
std::string categories(Category c, const ReportOptions& o) {
  std::string s;
  for (Category k : {Category::new_, Category::revised, Category::continuing})
    s += (k == c ? "<span class=\"on\">" : "<span>") + xml_escape(render::report_category(k, o)) + "</span>";
  return s;
}

// The project table (関連事務事業) closed by its 計; a 計 that differs from
// its sum is printed as stated, marked, and explained in a footnote.
void project_table(std::ostream& out, const PlanReport& r, const DocumentBlock& d, const ReportOptions& o,
                   int& footnotes) {
  out << "<p class=\"unit\">" << xml_escape(trf("(unit: {})", r.unit)) << "</p>\n<table class=\"projects\">\n<thead><tr><th>"
      << xml_escape(tr("Project")) << "</th><th class=\"amount\">" << xml_escape(tr("Budget")) << "<br>" << xml_escape(tr("(previous year)"))
      << "</th><th>" << xml_escape(tr("Category")) << "※</th><th>" << xml_escape(tr("Summary")) << "</th></tr></thead>\n<tbody>\n";
  for (const auto& l : d.listings) {
    std::string name = l.name.empty() ? l.project : l.name;
    if (l.relisted) name += tr("(relisted)");
    out << "<tr><td class=\"project\">" << xml_escape(name) << "</td><td class=\"num\">"
        << amounts(l.money, l.has_previous, o) << "</td><td class=\"cat\">" << categories(l.category, o) << "</td><td>";
    bullets(out, l.summary);
    out << "</td></tr>\n";
  }
  std::vector<std::string> notes;
  if (d.total) {
    const BudgetRow& t = *d.total;
    std::string mark;
    if (t.differs) {
      mark = fmt::format("*{}", ++footnotes);
      std::string finding;
      for (const auto& f : r.findings)
        if (f.check == "budget-total" && f.path.rfind(d.path + ".total.", 0) == 0)
          finding += fmt::format(" {}:{}: {}[{}]: {}", f.file, f.line, f.severity == "error" ? tr("error") : tr("warning"),
                                 f.check, f.message);
      if (finding.empty())  // not checked: say what the figures say
        finding = " " + trf("the stated total differs from the sum of its listings, {} ({})",
                            render::report_money(t.computed.budget, o), render::report_money(t.computed.previous, o));
      notes.push_back("<span class=\"mark\">" + xml_escape(mark) + "</span>" +
                      xml_escape(trf(" {} as printed;", tr("Total")) + finding));
    }
    out << "<tr class=\"total\"><td>" << xml_escape(tr("Total")) << "</td><td class=\"num\">";
    // The mark stands after the figure that differs (this year's, last
    // year's or both), so that a reader knows which one the footnote means.
    auto differs = [](const Figure& stated, const Figure& sum) {
      return stated.known() && sum.known() && stated.value != sum.value;
    };
    const bool budget_differs = differs(t.shown.budget, t.computed.budget);
    const bool previous_differs = differs(t.shown.previous, t.computed.previous);
    const std::string flag = "<span class=\"flag\">" + xml_escape(mark) + "</span>";
    if (mark.empty())
      out << amounts(t.shown, true, o);
    else if (budget_differs || previous_differs)
      out << xml_escape(render::report_money(t.shown.budget, o)) << (budget_differs ? flag : "") << "<br>"
          << xml_escape("(" + render::report_money(t.shown.previous, o) + ")") << (previous_differs ? flag : "");
    else
      out << amounts(t.shown, true, o) << flag;
    out << "</td><td></td><td></td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
  for (const auto& n : notes) out << "<p class=\"footnote\">" << n << "</p>\n";
  out << "<p class=\"note\">" << xml_escape(tr("※ Category: new = a project new this year, revised = revised since last "
                                                "year, continuing = continued from last year"))
      << "</p>\n";
}

void body_node(std::ostream& out, const PlanReport& r, const OutlineNode& n, size_t depth, const ReportOptions& o,
               int& footnotes) {
  const DocumentBlock& d = n.document;
  int h = static_cast<int>(std::min<size_t>(depth + 2, 6));
  out << "<section class=\"node\">\n<h" << h << ">" << node_heading(n) << "</h" << h << ">\n";
  std::vector<const IndicatorRow*> kpis;
  for (const auto& ind : r.indicators) {
    if (ind.section != n.id) continue;
    if (ind.kind == IndicatorKind::goal) goal_box(out, ind, o);
    else kpis.push_back(&ind);
  }
  if (!kpis.empty()) kpi_table(out, kpis, o);
  bullets(out, d.items);
  block(out, tr("(Issues)"), d.issues);
  block(out, tr("(Responses)"), d.responses);
  if (!d.listings.empty()) project_table(out, r, d, o, footnotes);
  if (!d.note.empty()) out << "<p class=\"note\">" << xml_escape(d.note) << "</p>\n";
  for (const auto& c : n.children) body_node(out, r, c, depth + 1, o, footnotes);
  out << "</section>\n";
}

}  // namespace

void render_document_html(std::ostream& out, const ReportModel& m, const ReportOptions& o) {
  if (m.plans.empty()) return;
  const PlanReport& r = m.plans.front();
  std::string style = kStyle;
  style.replace(style.find("%TITLE%"), 7, css_string(r.title));
  out << "<!DOCTYPE html>\n<html lang=\"" << (o.lang == Lang::ja ? "ja" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<title>" << xml_escape(r.title) << "</title>\n<style>" << style << "</style>\n</head>\n<body>\n";
  out << "<section class=\"outline\">\n<h1>" << xml_escape(r.title) << "</h1>\n<p class=\"subtitle\">"
      << xml_escape(tr("Outline")) << "</p>\n";
  std::vector<std::string> meta;
  if (!r.organization.empty()) meta.push_back(r.organization);
  if (!r.period.empty()) meta.push_back(fmt::format("{}: {}", tr("Period"), r.period));
  if (r.status == "draft") meta.push_back(tr("draft"));
  if (!meta.empty()) {
    std::string line;
    for (const auto& s : meta) line += (line.empty() ? "" : " · ") + s;
    out << "<p class=\"meta\">" << xml_escape(line) << "</p>\n";
  }
  out << "<ul class=\"outline\">\n";
  for (const auto& n : r.outline) outline_item(out, n);
  out << "</ul>\n</section>\n<section class=\"body\">\n";
  int footnotes = 0;
  for (const auto& n : r.outline) body_node(out, r, n, 0, o, footnotes);
  out << "</section>\n</body>\n</html>\n";
}

}  // namespace yplan
