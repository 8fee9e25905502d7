// The outline (施策体系): the measure tree as the plan document's first page
// prints it — pillars, policies with their ref (【１－４】), measures,
// directions — with each direction's KPIs and budget. Text, Markdown, JSON,
// a CSV table and an HTML fragment.
#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/report_parts.hpp"
#include "render/svg_chart.hpp"
#include "yplan/report.hpp"
#include "yplan/text.hpp"

namespace yplan {

namespace {

// "(1) 国内外の様々な人材の呼び込み【１－４】"
std::string node_line(const OutlineNode& n) {
  std::string s = n.label;
  if (!s.empty()) s += ' ';
  s += n.title;
  if (!n.ref.empty()) s += render::printed_ref(n.ref);
  return s;
}

std::string indicator_line(const OutlineIndicator& i) {
  return fmt::format("{}: {}", i.kind == IndicatorKind::kpi ? tr("KPI") : tr("Goal"), i.name);
}

// One printed line of the text tree.
struct TreeLine {
  std::string text;
  std::string budget;  // "" when the node lists no projects
  bool indicator = false;
};

void tree_lines(const OutlineNode& n, const std::string& lead, const std::string& branch, const ReportOptions& o,
                std::vector<TreeLine>& out) {
  out.push_back({lead + branch + node_line(n), n.budget ? render::report_money(n.budget->budget, o) : "", false});
  std::string next = lead + (branch.empty() ? "" : branch == "└─ " ? "   " : "│  ");
  size_t count = n.indicators.size() + n.children.size();
  size_t k = 0;
  for (const auto& i : n.indicators)
    out.push_back({next + (++k == count ? "└─ " : "├─ ") + indicator_line(i), "", true});
  for (const auto& c : n.children) tree_lines(c, next, ++k == count ? "└─ " : "├─ ", o, out);
}

std::string md_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

void markdown_node(std::ostream& out, const OutlineNode& n, size_t depth, const ReportOptions& o) {
  std::string indent(depth * 2, ' ');
  out << indent << "- " << md_escape(node_line(n));
  if (n.budget) out << " — " << render::report_money(n.budget->budget, o);
  out << '\n';
  for (const auto& i : n.indicators) out << indent << "  - " << md_escape(indicator_line(i)) << '\n';
  for (const auto& c : n.children) markdown_node(out, c, depth + 1, o);
}

// A figure in JSON: its number, or null when unknown or overflowing (the
// text forms say which).
nlohmann::ordered_json figure_json(const Figure& f) { return f.known() ? nlohmann::ordered_json(f.value) : nullptr; }

nlohmann::ordered_json json_node(const OutlineNode& n) {
  using json = nlohmann::ordered_json;
  json inds = json::array();
  for (const auto& i : n.indicators)
    inds.push_back(json{{"kind", i.kind == IndicatorKind::kpi ? "kpi" : "goal"}, {"id", i.id}, {"name", i.name}});
  json children = json::array();
  for (const auto& c : n.children) children.push_back(json_node(c));
  return json{{"id", n.id},
              {"label", n.label},
              {"title", n.title},
              {"ref", n.ref.empty() ? json(nullptr) : json(n.ref)},
              {"budget", n.budget ? json{{"budget", figure_json(n.budget->budget)}, {"previous", figure_json(n.budget->previous)}}
                                : json(nullptr)},
              {"indicators", inds},
              {"children", children}};
}

void table_rows(const OutlineNode& n, size_t depth, const ReportOptions& o, Table& t) {
  t.add({std::to_string(depth + 1), n.label, n.id, n.title, n.ref, n.budget ? render::report_money(n.budget->budget, o) : "",
         std::to_string(n.indicators.size())});
  for (const auto& c : n.children) table_rows(c, depth + 1, o, t);
}

void html_node(std::ostream& out, const OutlineNode& n, const ReportOptions& o) {
  out << "<li><span class=\"node\"><span class=\"label\">" << render::xml_escape(n.label) << "</span> <span class=\"title\">"
      << render::xml_escape(n.title);
  if (!n.ref.empty()) out << "<span class=\"ref\">" << render::xml_escape(render::printed_ref(n.ref)) << "</span>";
  out << "</span>";
  if (n.budget)
    out << " <span class=\"amount\">" << render::xml_escape(render::report_money(n.budget->budget, o)) << "</span>";
  out << "</span>";
  if (!n.indicators.empty()) {
    out << "<ul class=\"indicators\">";
    for (const auto& i : n.indicators) out << "<li>" << render::xml_escape(indicator_line(i)) << "</li>";
    out << "</ul>";
  }
  if (!n.children.empty()) {
    out << "\n<ul>";
    for (const auto& c : n.children) html_node(out, c, o);
    out << "</ul>";
  }
  out << "</li>\n";
}

}  // namespace

void render_outline_text(std::ostream& out, const ReportModel& m, const ReportOptions& o) {
  bool first = true;
  for (const auto& r : m.plans) {
    if (!first) out << '\n';
    first = false;
    std::vector<TreeLine> lines;
    for (const auto& n : r.outline) tree_lines(n, "", "", o, lines);
    std::string heading = fmt::format("{} ({})", render::report_heading(render::Heading::this_year, o), r.unit);
    size_t tree = 0, amount = display_width(heading);
    for (const auto& l : lines) {
      if (!l.indicator) tree = std::max(tree, display_width(l.text));
      amount = std::max(amount, display_width(l.budget));
    }
    size_t total = std::max(tree + 2 + amount, o.width);
    out << r.title << " (" << r.id << ")\n";
    std::string title = tr("Outline");
    out << pad(title, total - amount) << pad(heading, amount, true) << '\n';
    for (const auto& l : lines) {
      if (l.indicator) out << truncate_to_width(l.text, total) << '\n';
      else if (l.budget.empty()) out << l.text << '\n';
      else out << pad(l.text, total - amount) << pad(l.budget, amount, true) << '\n';
    }
  }
}

void render_outline_markdown(std::ostream& out, const ReportModel& m, const ReportOptions& o) {
  bool first = true;
  for (const auto& r : m.plans) {
    if (!first) out << '\n';
    first = false;
    out << "# " << md_escape(fmt::format("{} ({})", r.title, r.id)) << "\n\n## " << tr("Outline") << " ("
        << md_escape(fmt::format("{}: {}", render::report_heading(render::Heading::this_year, o), r.unit)) << ")\n\n";
    for (const auto& n : r.outline) markdown_node(out, n, 0, o);
  }
}

void render_outline_json(std::ostream& out, const ReportModel& m, const ReportOptions&) {
  using json = nlohmann::ordered_json;
  json plans = json::array();
  for (const auto& r : m.plans) {
    json tree = json::array();
    for (const auto& n : r.outline) tree.push_back(json_node(n));
    plans.push_back(json{{"file", r.file},
                         {"plan", json{{"id", r.id}, {"title", r.title}, {"budget_unit", r.unit}}},
                         {"section", r.section.empty() ? json(nullptr) : json(r.section)},
                         {"outline", tree}});
  }
  out << json{{"plans", plans}}.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

namespace render {

ReportTable outline_table(const PlanReport& r, const ReportOptions& o) {
  ReportTable t;
  t.title = tr("Outline");
  t.table.columns = {{tr("Level"), true},
                     {report_heading(Heading::label, o)},
                     {report_heading(Heading::id, o)},
                     {report_heading(Heading::title, o), false, true, 8},
                     {tr("Ref")},
                     {fmt::format("{} ({})", report_heading(Heading::this_year, o), r.unit), true},
                     {tr("Indicators"), true}};
  for (const auto& n : r.outline) table_rows(n, 0, o, t.table);
  return t;
}

void render_outline_html(std::ostream& out, const PlanReport& r, const ReportOptions& o) {
  out << "<ul class=\"outline\">\n";
  for (const auto& n : r.outline) html_node(out, n, o);
  out << "</ul>\n";
}

}  // namespace render

}  // namespace yplan
